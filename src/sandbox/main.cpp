// labdesk-sandbox: the GitLab API v4 sandbox as a standalone server (DESIGN.md).
#include "gitshell.h"
#include "sandboxserver.h"

#include "core/app/language.h"


#include <buildinfo.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <cstring>

using LabDesk::Sandbox::SandboxServer;

namespace {

struct SandboxCli
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::SandboxCli)
};

int usageError(const QCommandLineParser &parser, const QString &message)
{
    QTextStream err(stderr);
    err << "labdesk-sandbox: " << message << '\n' << parser.helpText();
    return 2;
}

// Reads the admin token from `path`, or creates the file (mode 0600) with a new token.
bool loadOrCreateToken(const QString &path, QString *token, QString *error)
{
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = existing.errorString();
            return false;
        }
        *token = QString::fromUtf8(existing.readLine()).trimmed();
        if (!token->isEmpty())
            return true;
    }
    *token = SandboxServer::generateToken();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token->toUtf8() + '\n');
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // sshd runs `labdesk-sandbox git-shell ...` for every uploaded key (gitshell.h); it takes
    // gitlab-shell's arguments, not the server's.
    if (argc > 1 && std::strcmp(argv[1], "git-shell") == 0)
        return LabDesk::Sandbox::runGitShell(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("labdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LABDESK_VERSION));
    LabDesk::Language::install(&app, LabDesk::Language::choose({}, {}, QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(SandboxCli::tr("A GitLab REST API v4 server for LabDesk's demo mode and tests."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    SandboxCli::tr("Address and port to listen on; port 0 picks a free one."),
                                    SandboxCli::tr("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption tokenFile(QStringLiteral("admin-token-file"),
                                       SandboxCli::tr("Read the administrator's token from FILE, or write a new one there."),
                                       SandboxCli::tr("FILE"));
    const QCommandLineOption version(QStringLiteral("version-string"),
                                     SandboxCli::tr("GitLab version to emulate, e.g. 16.2.3-jh."),
                                     SandboxCli::tr("VERSION"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  SandboxCli::tr("Keep the server's state in DIR, so a restart keeps it; without it the state lives in memory."),
                                  SandboxCli::tr("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  SandboxCli::tr("What an empty state starts with: empty (only the administrator), demo, or projects:N."),
                                  SandboxCli::tr("SEED"), QStringLiteral("empty"));
    parser.addOptions({listen, data, seed, tokenFile, version});
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "labdesk-sandbox " LABDESK_VERSION "\n";
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, SandboxCli::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    SandboxServer::Options options;
    const QString hostPort = parser.value(listen);
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = hostPort.mid(colon + 1).toUInt(&portOk);
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (colon <= 0 || !portOk || port > 65535 || !options.address.setAddress(host))
        return usageError(parser, SandboxCli::tr("--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8080."));
    options.port = quint16(port);
    if (parser.isSet(version))
        options.versionString = parser.value(version);
    options.dataDir = parser.value(data);
    options.seed = parser.value(seed);
    if (!SandboxServer::isValidSeed(options.seed))
        return usageError(parser, SandboxCli::tr("--seed wants empty, demo or projects:N, not '%1'.").arg(options.seed));
    if (parser.isSet(tokenFile)) {
        QString error;
        if (!loadOrCreateToken(parser.value(tokenFile), &options.adminToken, &error)) {
            QTextStream(stderr) << "labdesk-sandbox: " << parser.value(tokenFile) << ": " << error << '\n';
            return 2;
        }
    }

    SandboxServer server;
    if (!server.start(options)) {
        QTextStream(stderr) << "labdesk-sandbox: " << SandboxCli::tr("cannot listen on %1: %2").arg(hostPort, server.errorString()) << '\n';
        return 1;
    }
    if (!parser.isSet(tokenFile))
        QTextStream(stderr) << SandboxCli::tr("administrator token: %1").arg(server.adminToken()) << '\n';
    // Scripts wait for this exact line.
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
