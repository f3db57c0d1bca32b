#include "commands.h"

#include "cicommands.h"

#include "core/accounts/doctor.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/serverurl.h"
#include "core/api/gitlabclient.h"
#include "core/api/types.h"
#include "core/app/libraryversions.h"

#include <buildinfo.h>

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace LabDesk::Cli {

namespace {

QString usage()
{
    return Labctl::tr("Usage: labctl <command> [options]\n"
                      "\n"
                      "LabDesk's command line for scripts.\n"
                      "\n"
                      "Commands:\n"
                      "  doctor URL [--token-file F] [--json]\n"
                      "                 Check the connection to a GitLab server, layer by layer, and say how to fix\n"
                      "                 what fails. Exit 1 when a check fails.\n"
                      "  projects --server URL --token-file F [--all] [--keyset] [--json]\n"
                      "                 List the projects the token can see (the first 100, or --all).\n"
                      "  ci lint|graph|edit|expand|which FILE ...\n"
                      "                 Check, draw, edit, expand or simulate a .gitlab-ci.yml offline\n"
                      "                 (labctl ci --help lists their options).\n"
                      "\n"
                      "Options:\n"
                      "  -h, --help       Print this help and exit.\n"
                      "  -v, --version    Print the version and exit; with --verbose, also the libraries.\n");
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "labctl: " << message << '\n' << usage();
    return 2;
}

bool readToken(const QString &path, QString *token, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Labctl::tr("cannot read the token file %1: %2").arg(path, file.errorString());
        return false;
    }
    *token = QString::fromUtf8(file.readLine()).trimmed();
    if (token->isEmpty()) {
        *error = Labctl::tr("the token file %1 is empty").arg(path);
        return false;
    }
    return true;
}

int version(bool verbose)
{
    QTextStream out(stdout);
    out << "labctl " LABDESK_VERSION "\n";
    if (verbose) {
        for (const LibraryVersion &library : LibraryVersions::all()) {
            out << library.name << ' ' << library.version;
            if (!library.details.isEmpty())
                out << " (" << library.details << ')';
            out << '\n';
        }
    }
    return 0;
}

int doctor(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), QString(), QStringLiteral("F"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({tokenFile, json});
    if (!parser.parse(QStringList{QStringLiteral("labctl")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(Labctl::tr("doctor needs exactly one server address"));
    QString token;
    QString error;
    if (parser.isSet(tokenFile) && !readToken(parser.value(tokenFile), &token, &error)) {
        QTextStream(stderr) << "labctl: " << error << '\n';
        return 2;
    }

    Accounts::ServerTrust trust;
    Accounts::Doctor doc(parser.positionalArguments().constFirst(), token, &trust);
    const bool asJson = parser.isSet(json);
    QTextStream out(stdout);
    QObject::connect(&doc, &Accounts::Doctor::checkFinished, &doc, [&out, asJson](const Accounts::Doctor::Check &check) {
        if (asJson)
            return;
        out << '[' << Accounts::Doctor::statusName(check.status).toUpper() << "] " << check.title << ": " << check.detail << '\n';
        if (!check.fix.isEmpty() && check.status != Accounts::Doctor::Status::Pass)
            out << "       " << Labctl::tr("Fix: %1").arg(check.fix) << '\n';
        out.flush();
    });
    QObject::connect(&doc, &Accounts::Doctor::finished, &doc, [] { QCoreApplication::exit(0); });
    doc.start();
    QCoreApplication::exec();

    bool failed = false;
    for (const Accounts::Doctor::Check &check : doc.checks())
        failed = failed || check.status == Accounts::Doctor::Status::Fail;
    if (asJson) {
        const QJsonObject result{{QStringLiteral("server"), doc.serverUrl().toString()},
                                 {QStringLiteral("ok"), !failed},
                                 {QStringLiteral("checks"), Accounts::Doctor::toJson(doc.checks())}};
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    }
    return failed ? 1 : 0;
}

int projects(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), QString(), QStringLiteral("F"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption keyset(QStringLiteral("keyset"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({server, tokenFile, all, keyset, json});
    if (!parser.parse(QStringList{QStringLiteral("labctl")} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(Labctl::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(server) || !parser.isSet(tokenFile))
        return usageError(Labctl::tr("projects needs --server and --token-file"));
    const Accounts::ServerUrl url = Accounts::ServerUrl::parse(parser.value(server));
    if (!url.isUsable())
        return usageError(url.error);
    QString token;
    QString error;
    if (!readToken(parser.value(tokenFile), &token, &error)) {
        QTextStream(stderr) << "labctl: " << error << '\n';
        return 2;
    }

    Accounts::ServerTrust trust;
    Api::GitLabClient client;
    client.setServer(url.url);
    client.setToken(token);
    client.setTrust(&trust);
    Api::Request request = Api::Request::get(QStringLiteral("/projects"));
    request.paging = parser.isSet(keyset) ? Api::Request::Paging::Keyset : Api::Request::Paging::Offset;
    request.query.addQueryItem(QStringLiteral("order_by"), QStringLiteral("id"));
    request.query.addQueryItem(QStringLiteral("sort"), QStringLiteral("asc"));

    const bool asJson = parser.isSet(json);
    // Output goes out page by page, so memory stays flat however many projects there are.
    std::FILE *out = stdout;
    bool first = true;
    int count = 0;
    if (asJson)
        std::fputs("[", out);
    Api::PagedCall *call = client.fetchAll(request, 4, parser.isSet(all) ? -1 : 1);
    Api::ApiError failure;
    // JSON goes out as the server sent it, page by page, without its brackets: no re-serialization.
    QObject::connect(call, &Api::PagedCall::rawPageReceived, &client, [&](const QByteArray &body, int) {
        if (!asJson)
            return;
        const QByteArray array = body.trimmed();
        const QByteArray inner = array.size() >= 2 ? array.mid(1, array.size() - 2).trimmed() : QByteArray();
        if (inner.isEmpty())
            return;
        if (!first)
            std::fputs(",\n", out);
        first = false;
        std::fwrite(inner.constData(), 1, size_t(inner.size()), out);
    });
    QObject::connect(call, &Api::PagedCall::pageReceived, &client, [&](const QJsonArray &items, int) {
        if (asJson) {
            count += int(items.size());
            return;
        }
        for (const QJsonValue &item : items) {
            ++count;
            const Api::Project p = Api::Project::fromJson(item.toObject());
            std::fprintf(out, "%d\t%s\t%s\t%s\n", p.id, qPrintable(p.pathWithNamespace), qPrintable(p.visibility),
                         qPrintable(p.defaultBranch));
        }
    });
    QObject::connect(call, &Api::PagedCall::finished, &client, [&failure](const Api::ApiError &result) {
        failure = result;
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    if (asJson)
        std::fputs("]\n", out);
    std::fflush(out);
    if (failure.isError()) {
        QTextStream(stderr) << "labctl: " << failure.userMessage() << '\n';
        return 2;
    }
    return 0;
}

} // namespace

int run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usageError(Labctl::tr("missing command"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
        if (!args.isEmpty())
            return usageError(Labctl::tr("unknown command or option '%1'").arg(args.constFirst()));
        return version(verbose);
    }
    if (command == QLatin1String("doctor"))
        return doctor(args);
    if (command == QLatin1String("projects"))
        return projects(args);
    if (command == QLatin1String("ci"))
        return ci(args);
    return usageError(Labctl::tr("unknown command or option '%1'").arg(command));
}

} // namespace LabDesk::Cli
