#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace LabDesk {

// The `labdesk` command line (DESIGN.md, "Command-line contracts"):
//   labdesk [--demo] [--lang LANG] [--page NAME] [--screenshot FILE] [--version] [--help] [CI-FILE]
// parseGuiArguments() is pure: it needs no QCoreApplication, so main() can decide on the Qt
// platform before one exists. Messages are translated when a translator is installed.
struct GuiOptions
{
    enum class Action {
        Run,
        ShowVersion,
        ShowHelp,
        UsageError,
    };

    Action action = Action::Run;
    bool demo = false;
    QString language;       // empty: preference, then system locale
    QString page;           // empty: the last page the user had open
    QString screenshotPath; // non-empty: render to this PNG and exit
    QString ciFile;         // a .gitlab-ci.yml to open in the CI editor (implies --page ci-editor)
    QString error;          // set for UsageError
};

class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::GuiCommandLine)

public:
    // Page names accepted by --page, in sidebar order.
    static QStringList pageNames();

    // args includes the program name, as QCoreApplication::arguments() does.
    static GuiOptions parse(const QStringList &args);
    static QString usage();
    static QString versionText();
};

} // namespace LabDesk
