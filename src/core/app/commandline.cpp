#include "commandline.h"

#include "language.h"

#include <buildinfo.h>

#include <QCommandLineParser>
#include <QFileInfo>

namespace LabDesk {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"),
                            GuiCommandLine::tr("Start on the built-in demo GitLab sandbox.")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            GuiCommandLine::tr("User interface language: %1.")
                                .arg(Language::supported().join(QStringLiteral(", "))),
                            GuiCommandLine::tr("LANG")};
    QCommandLineOption page{QStringLiteral("page"),
                            GuiCommandLine::tr("Open this page: %1.")
                                .arg(GuiCommandLine::pageNames().join(QStringLiteral(", "))),
                            GuiCommandLine::tr("NAME")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        GuiCommandLine::tr("Render the main window to a PNG file once its data has loaded, then exit."),
        GuiCommandLine::tr("FILE")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               GuiCommandLine::tr("Print the version and exit.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            GuiCommandLine::tr("Print this help and exit.")};

    Parser()
    {
        parser.setApplicationDescription(
            GuiCommandLine::tr("LabDesk, a desktop workstation for GitLab."));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({demo, lang, page, screenshot, version, help});
    }
};

} // namespace

QStringList GuiCommandLine::pageNames()
{
    return {
        QStringLiteral("projects"),
        QStringLiteral("pipelines"),
        QStringLiteral("ci-editor"),
        QStringLiteral("clones"),
        QStringLiteral("ssh-keys"),
        QStringLiteral("runners"),
        QStringLiteral("admin"),
    };
}

GuiOptions GuiCommandLine::parse(const QStringList &args)
{
    GuiOptions options;
    Parser p;
    auto fail = [](const QString &message) {
        GuiOptions failed;
        failed.action = GuiOptions::Action::UsageError;
        failed.error = message;
        return failed;
    };

    if (!p.parser.parse(args))
        return fail(p.parser.errorText());
    const QStringList positional = p.parser.positionalArguments();
    // One positional argument: a CI file to open in the CI editor.
    for (qsizetype i = 0; i < positional.size(); ++i) {
        const QString &argument = positional.at(i);
        const bool yaml = argument.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive)
                          || argument.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive);
        if (i > 0 || (!yaml && !QFileInfo(argument).isFile()))
            return fail(tr("Unexpected argument '%1'.").arg(argument));
        options.ciFile = argument;
    }
    if (p.parser.isSet(p.lang)) {
        options.language = Language::canonical(p.parser.value(p.lang));
        if (options.language.isEmpty())
            return fail(tr("Unsupported language '%1'. Available: %2.")
                            .arg(p.parser.value(p.lang), Language::supported().join(QStringLiteral(", "))));
    }
    if (p.parser.isSet(p.help)) {
        options.action = GuiOptions::Action::ShowHelp;
        return options;
    }
    if (p.parser.isSet(p.version)) {
        options.action = GuiOptions::Action::ShowVersion;
        return options;
    }

    options.demo = p.parser.isSet(p.demo);
    if (p.parser.isSet(p.page)) {
        options.page = p.parser.value(p.page).toLower();
        if (!pageNames().contains(options.page))
            return fail(tr("Unknown page '%1'. Pages: %2.")
                            .arg(p.parser.value(p.page), pageNames().join(QStringLiteral(", "))));
    }
    if (p.parser.isSet(p.screenshot)) {
        options.screenshotPath = p.parser.value(p.screenshot);
        if (options.screenshotPath.isEmpty())
            return fail(tr("--screenshot needs a file name."));
    }
    if (!options.ciFile.isEmpty() && options.page.isEmpty())
        options.page = QStringLiteral("ci-editor");
    return options;
}

QString GuiCommandLine::usage()
{
    Parser p;
    // QCommandLineParser's own "Usage:" line names the running binary; keep it stable.
    QString text = p.parser.helpText();
    const int firstLineEnd = text.indexOf(QLatin1Char('\n'));
    return tr("Usage: labdesk [--demo] [--lang LANG] [--page NAME] [--screenshot FILE]")
           + text.mid(firstLineEnd);
}

QString GuiCommandLine::versionText()
{
    return QStringLiteral("LabDesk " LABDESK_VERSION);
}

} // namespace LabDesk
