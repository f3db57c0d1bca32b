// The git-shell subcommand: gitlab-shell's part for the sandbox's sshd (see gitshell.h).
#include "gitshell.h"

#include "api/gitaccess.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>
#include <QUrlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

#include <unistd.h>

namespace LabDesk::Sandbox {

namespace {

constexpr int ExitRefused = 1;

// gitlab-shell's console.DisplayWarningMessage: git prints these lines as they come, so the user
// sees the message framed by rulers above git's own "Could not read from remote repository".
void printWarning(const QString &message)
{
    const QByteArray ruler = "remote: " + QByteArray(72, '=') + '\n';
    QByteArray out = "remote: \n" + ruler + "remote: \n";
    for (const QString &line : message.split(QLatin1Char('\n')))
        out += "remote: " + line.toUtf8() + '\n';
    out += "remote: \n" + ruler + "remote: \n";
    std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
    std::fflush(stderr);
}

struct Options
{
    QUrl api;
    QString secretFile;
    int keyId = 0;
};

bool parseOptions(const QStringList &arguments, Options *options)
{
    for (qsizetype i = 2; i + 1 < arguments.size(); i += 2) {
        const QString &name = arguments.at(i);
        const QString &value = arguments.at(i + 1);
        if (name == QLatin1String("--api"))
            options->api = QUrl(value);
        else if (name == QLatin1String("--secret-file"))
            options->secretFile = value;
        else if (name == QLatin1String("--key-id"))
            options->keyId = value.toInt();
        else
            return false;
    }
    return options->api.isValid() && !options->api.isRelative() && options->keyId > 0;
}

QByteArray refList(const QString &repository)
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_DIR"), repository);
    git.setProcessEnvironment(env);
    git.start(QStringLiteral("git"),
              {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(objectname) %(refname)")});
    // A command-line helper may wait here; nothing else runs in this process meanwhile.
    git.waitForFinished(60000);
    return git.readAllStandardOutput();
}

class GitShell : public QObject
{
public:
    GitShell(const Options &options, const QByteArray &secret)
        : m_options(options)
        , m_secret(secret)
    {
        // Loopback only; a proxy from the environment must not get in between.
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void run(const QStringList &command)
    {
        if (command.isEmpty()) {
            discover();
            return;
        }
        const QString action = command.constFirst();
        const bool gitCommand = action == QLatin1String("git-upload-pack")
            || action == QLatin1String("git-receive-pack") || action == QLatin1String("git-upload-archive");
        if (!gitCommand || command.size() != 2) {
            refuse(QStringLiteral("Disallowed command"));
            return;
        }
        checkAccess(action, command.at(1));
    }

private:
    void refuse(const QString &message)
    {
        printWarning(message);
        QCoreApplication::exit(ExitRefused);
    }

    QNetworkRequest internalRequest(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl url = m_options.api;
        url.setPath(url.path() + QStringLiteral("/api/v4/internal") + path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Gitlab-Shell-Api-Request", m_secret);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("GitLab-Shell"));
        return request;
    }

    // Calls `handle` with the status and JSON body; answers the user itself when the sandbox is
    // unreachable or refuses without a message.
    void whenFinished(QNetworkReply *reply, std::function<void(int, const QJsonDocument &)> handle)
    {
        connect(reply, &QNetworkReply::finished, this, [this, reply, handle = std::move(handle)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                refuse(QStringLiteral("Internal API unreachable"));
                return;
            }
            handle(status, QJsonDocument::fromJson(reply->readAll()));
        });
    }

    void discover()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("key_id"), QString::number(m_options.keyId));
        whenFinished(m_network.get(internalRequest(QStringLiteral("/discover"), query)),
                     [this](int status, const QJsonDocument &body) {
                         if (status != 200) {
                             refuse(QStringLiteral("Failed to get username: Internal API error (%1)").arg(status));
                             return;
                         }
                         const QString username = body.object().value(QLatin1String("username")).toString();
                         const QByteArray line = username.isEmpty()
                             ? QByteArray("Welcome to GitLab, Anonymous!\n")
                             : "Welcome to GitLab, @" + username.toUtf8() + "!\n";
                         std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
                         std::fflush(stdout);
                         QCoreApplication::exit(0);
                     });
    }

    void checkAccess(const QString &action, const QString &project)
    {
        const QString connection = qEnvironmentVariable("SSH_CONNECTION");
        const QJsonObject body {
            {QStringLiteral("action"), action},
            {QStringLiteral("key_id"), QString::number(m_options.keyId)},
            {QStringLiteral("project"), project},
            {QStringLiteral("changes"), QStringLiteral("_any")},
            {QStringLiteral("protocol"), QStringLiteral("ssh")},
            {QStringLiteral("check_ip"), connection.section(QLatin1Char(' '), 0, 0)},
        };
        whenFinished(m_network.post(internalRequest(QStringLiteral("/allowed")),
                                    QJsonDocument(body).toJson(QJsonDocument::Compact)),
                     [this, action](int status, const QJsonDocument &reply) {
                         const QJsonObject answer = reply.object();
                         if (status == 200 && answer.value(QLatin1String("status")).toBool()) {
                             runGit(action, answer);
                             return;
                         }
                         const QString message = answer.value(QLatin1String("message")).toString();
                         refuse(message.isEmpty() ? QStringLiteral("Internal API error (%1)").arg(status) : message);
                     });
    }

    QStringList gitArguments(const QString &action, const QJsonObject &allowed) const
    {
        QStringList arguments;
        for (const QJsonValue &option : allowed.value(QLatin1String("git_config_options")).toArray())
            arguments << QStringLiteral("-c") << option.toString();
        arguments << action.mid(4) << allowed.value(QLatin1String("repository_path")).toString();
        return arguments;
    }

    void runGit(const QString &action, const QJsonObject &allowed)
    {
        // The hooks' view of who pushes, as gitlab-shell hands it to Gitaly.
        const QList<QPair<const char *, QString>> hookEnvironment {
            {"GL_ID", allowed.value(QLatin1String("gl_id")).toString()},
            {"GL_USERNAME", allowed.value(QLatin1String("gl_username")).toString()},
            {"GL_REPOSITORY", allowed.value(QLatin1String("gl_repository")).toString()},
            {"GL_PROJECT_PATH", allowed.value(QLatin1String("gl_project_path")).toString()},
            {"GL_PROTOCOL", QStringLiteral("ssh")},
        };
        const QStringList arguments = gitArguments(action, allowed);
        if (action != QLatin1String("git-receive-pack")) {
            // Nothing to do afterwards: become git, so the SSH channel is git's own stdin/stdout.
            for (const auto &[name, value] : hookEnvironment)
                qputenv(name, value.toUtf8());
            std::vector<QByteArray> storage {QByteArrayLiteral("git")};
            for (const QString &argument : arguments)
                storage.push_back(argument.toLocal8Bit());
            std::vector<char *> argv;
            for (QByteArray &argument : storage)
                argv.push_back(argument.data());
            argv.push_back(nullptr);
            ::execvp("git", argv.data());
            refuse(QStringLiteral("Failed to run git: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }

        const QString repository = allowed.value(QLatin1String("repository_path")).toString();
        m_refsBefore = refList(repository);
        m_git = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : hookEnvironment)
            env.insert(QString::fromLatin1(name), value);
        m_git->setProcessEnvironment(env);
        // git talks to the client directly through the inherited descriptors: no copying here.
        m_git->setProcessChannelMode(QProcess::ForwardedChannels);
        m_git->setInputChannelMode(QProcess::ForwardedInputChannel);
        connect(m_git, &QProcess::finished, this,
                [this, allowed, repository](int exitCode, QProcess::ExitStatus exitStatus) {
                    const int code = exitStatus == QProcess::NormalExit ? exitCode : ExitRefused;
                    reportPush(allowed, GitAccess::diffRefs(m_refsBefore, refList(repository)), code);
                });
        connect(m_git, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                refuse(QStringLiteral("Failed to run git: %1").arg(m_git->errorString()));
        });
        m_git->start(QStringLiteral("git"), arguments);
    }

    void reportPush(const QJsonObject &allowed, const QList<GitAccess::RefUpdate> &updates, int exitCode)
    {
        if (updates.isEmpty()) {
            QCoreApplication::exit(exitCode);
            return;
        }
        QString changes;
        for (const GitAccess::RefUpdate &update : updates)
            changes
                += update.before + QLatin1Char(' ') + update.after + QLatin1Char(' ') + update.ref + QLatin1Char('\n');
        const QJsonObject body {
            {QStringLiteral("gl_repository"), allowed.value(QLatin1String("gl_repository"))},
            {QStringLiteral("identifier"), allowed.value(QLatin1String("gl_id"))},
            {QStringLiteral("changes"), changes},
        };
        whenFinished(m_network.post(internalRequest(QStringLiteral("/post_receive")),
                                    QJsonDocument(body).toJson(QJsonDocument::Compact)),
                     [exitCode](int, const QJsonDocument &reply) {
                         QStringList messages;
                         for (const QJsonValue &message : reply.object().value(QLatin1String("messages")).toArray())
                             messages << message.toObject().value(QLatin1String("message")).toString();
                         if (!messages.isEmpty()) {
                             const QByteArray text
                                 = "remote: " + messages.join(QStringLiteral("\nremote: ")).toUtf8() + '\n';
                             std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
                         }
                         QCoreApplication::exit(exitCode);
                     });
    }

    Options m_options;
    QByteArray m_secret;
    QNetworkAccessManager m_network;
    QProcess *m_git = nullptr;
    QByteArray m_refsBefore;
};

} // namespace

bool splitShellWords(const QString &line, QStringList *words)
{
    words->clear();
    QString word;
    bool inWord = false;
    enum class Quote {
        None,
        Single,
        Double,
    } quote
        = Quote::None;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word += c;
            continue;
        case Quote::Double:
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < line.size()
                       && QStringLiteral("\"\\$`").contains(line.at(i + 1))) {
                word += line.at(++i);
            } else {
                word += c;
            }
            continue;
        case Quote::None:
            break;
        }
        if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\''))
            quote = Quote::Single;
        else if (c == QLatin1Char('"'))
            quote = Quote::Double;
        else if (c == QLatin1Char('\\') && i + 1 < line.size())
            word += line.at(++i);
        else
            word += c;
    }
    if (quote != Quote::None)
        return false;
    if (inWord)
        words->append(word);
    return true;
}

int runGitShell(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseOptions(QCoreApplication::arguments(), &options)) {
        std::fputs("usage: labdesk-sandbox git-shell --api URL --secret-file FILE --key-id N\n", stderr);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("SSH_CONNECTION")) {
        printWarning(QStringLiteral("Only SSH allowed"));
        return ExitRefused;
    }
    QStringList command;
    if (!splitShellWords(qEnvironmentVariable("SSH_ORIGINAL_COMMAND"), &command)) {
        printWarning(QStringLiteral("Invalid SSH command"));
        return ExitRefused;
    }
    // Git for Windows 2.14 sends "git upload-pack" rather than "git-upload-pack".
    if (command.size() > 1 && command.constFirst() == QLatin1String("git")) {
        command[1] = QStringLiteral("git-") + command.at(1);
        command.removeFirst();
    }
    QFile secretFile(options.secretFile);
    if (!secretFile.open(QIODevice::ReadOnly)) {
        printWarning(
            QStringLiteral("Cannot read the shell secret %1: %2").arg(options.secretFile, secretFile.errorString()));
        return ExitRefused;
    }
    GitShell shell(options, secretFile.readAll().trimmed());
    QTimer::singleShot(0, &shell, [&shell, command] { shell.run(command); });
    return QCoreApplication::exec();
}

} // namespace LabDesk::Sandbox
