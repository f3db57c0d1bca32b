// labctl: LabDesk's command line for scripts and benchmarks (DESIGN.md, "Command-line contracts").
// Exit codes: 0 ok, 1 findings, 2 usage or I/O error.
#include "commands.h"

#include "core/app/language.h"

#include <QCoreApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LabDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("LabDesk"));
    LabDesk::Language::install(&app, LabDesk::Language::choose({}, QSettings().value(QStringLiteral("ui/language")).toString(),
                                                               QLocale::system()));
    return LabDesk::Cli::run(QCoreApplication::arguments().mid(1));
}
