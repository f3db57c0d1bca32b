// labctl: LabDesk's command line for scripts and benchmarks (DESIGN.md, "Command-line contracts").
// Exit codes: 0 ok, 1 findings, 2 usage or I/O error.
#include "core/app/language.h"
#include "core/app/libraryversions.h"

#include <buildinfo.h>

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

namespace {

struct Labctl
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Labctl)
};

QString usage()
{
    return Labctl::tr("Usage: labctl [--version [--verbose]] [--help]\n"
                      "\n"
                      "LabDesk's command line for scripts.\n"
                      "\n"
                      "Options:\n"
                      "  -h, --help       Print this help and exit.\n"
                      "  -v, --version    Print the version and exit; with --verbose, also the libraries.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LabDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("LabDesk"));
    LabDesk::Language::install(&app, LabDesk::Language::choose({}, QSettings().value(QStringLiteral("ui/language")).toString(),
                                                               QLocale::system()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    if (args.size() == 1 && (args.constFirst() == QLatin1String("--help") || args.constFirst() == QLatin1String("-h"))) {
        out << usage();
        return 0;
    }
    if (args.size() == 1 && (args.constFirst() == QLatin1String("--version") || args.constFirst() == QLatin1String("-v"))) {
        out << "labctl " LABDESK_VERSION "\n";
        if (verbose) {
            for (const LabDesk::LibraryVersion &library : LabDesk::LibraryVersions::all()) {
                out << library.name << ' ' << library.version;
                if (!library.details.isEmpty())
                    out << " (" << library.details << ')';
                out << '\n';
            }
        }
        return 0;
    }
    if (args.isEmpty())
        err << "labctl: " << Labctl::tr("missing command") << '\n' << usage();
    else
        err << "labctl: " << Labctl::tr("unknown command or option '%1'").arg(args.constFirst()) << '\n' << usage();
    return 2;
}
