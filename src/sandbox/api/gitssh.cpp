// Git over SSH, the way GitLab does it with gitlab-shell: sshd authenticates keys from an
// authorized_keys file the sandbox rewrites whenever the "keys" collection changes, and every
// line forces the command `labdesk-sandbox git-shell ... --key-id N` (src/sandbox/gitshell.cpp),
// which asks this module's internal API what that key may do:
//
//   POST /internal/allowed       {key_id, project, action, protocol, changes}
//                                -> 200 {status: true, gl_*, repository_path} or 401 / 404 {status: false, message}
//   POST /internal/post_receive  {gl_repository, identifier, changes} -> runs the push hooks
//   GET  /internal/discover      ?key_id=N -> {id, name, username} or null ("Welcome to GitLab, @user!")
//   GET  /internal/check
//
// GitLab protects its internal API with a JWT signed by a shared secret (Gitlab-Shell-Api-Request).
// Here the header carries the shared secret itself: both ends are on this machine and read the same
// file (ssh/.gitlab_shell_secret, mode 0600), which is all the signature would prove.
#include "modules.h"

#include "gitaccess.h"

#include "core/app/logging.h"
#include "sandbox/sandboxapi.h"

#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace LabDesk::Sandbox {

namespace {

const QString Keys = QStringLiteral("keys");
const QString Users = QStringLiteral("users");
const QString Projects = QStringLiteral("projects");

QString secretPath(const SandboxApi &api)
{
    return api.store.filesDir(QStringLiteral("ssh")) + QStringLiteral("/.gitlab_shell_secret");
}

QString authorizedKeysPath(const SandboxApi &api)
{
    return api.store.filesDir(QStringLiteral("ssh")) + QStringLiteral("/authorized_keys");
}

QByteArray loadOrCreateSecret(const QString &path)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray secret = existing.readAll().trimmed();
        if (!secret.isEmpty())
            return secret;
    }
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QByteArray secret = random.toHex();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(secret + '\n');
        if (file.commit())
            return secret;
    }
    qCWarning(lcSandbox) << "cannot write" << path << file.errorString();
    return secret;
}

// One word for `sh -c`, which is how sshd runs a forced command.
QString shellQuote(QString word)
{
    return QLatin1Char('\'') + word.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

bool keyExpired(const SandboxApi &api, const QJsonObject &key)
{
    const QString expires = key.value(QLatin1String("expires_at")).toString();
    if (expires.isEmpty())
        return false;
    QDateTime at = QDateTime::fromString(expires, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDate::fromString(expires.left(10), Qt::ISODate).startOfDay(Qt::UTC);
    return at.isValid() && at < api.currentTime();
}

// gitlab-shell's authorized_keys: one line per authentication key, each forcing the shell with
// that key's id and switching off everything a git user does not need.
void writeAuthorizedKeys(const SandboxApi &api)
{
    if (api.shellCommandPath.isEmpty())
        return;
    const QStringList shell {api.shellCommandPath,   QStringLiteral("git-shell"),     QStringLiteral("--api"),
                             api.baseUrl.toString(), QStringLiteral("--secret-file"), secretPath(api)};
    QByteArray content = "# Managed by labdesk-sandbox: rewritten whenever a user's SSH keys change.\n";
    for (const QJsonObject &key : api.store.all(Keys)) {
        // Signing-only keys verify commits; they do not log in (GitLab's Key.auth scope).
        if (key.value(QLatin1String("usage_type")).toString() == QLatin1String("signing"))
            continue;
        const QString publicKey = key.value(QLatin1String("key")).toString().simplified();
        if (publicKey.isEmpty())
            continue;
        QStringList words;
        for (const QString &word : shell)
            words << shellQuote(word);
        words << shellQuote(QStringLiteral("--key-id"))
              << shellQuote(QString::number(key.value(QLatin1String("id")).toInt()));
        QString command = words.join(QLatin1Char(' '));
        // Inside command="...", sshd only unescapes \".
        command.replace(QLatin1Char('"'), QLatin1String("\\\""));
        content += QStringLiteral("command=\"%1\",no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty %2\n")
                       .arg(command, publicKey)
                       .toUtf8();
    }
    QSaveFile file(authorizedKeysPath(api));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandbox) << "cannot write authorized_keys:" << file.errorString();
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    if (!file.commit())
        qCWarning(lcSandbox) << "cannot write authorized_keys:" << file.errorString();
}

bool fromShell(const ApiRequest &request, const QByteArray &secret)
{
    const QByteArray given = request.http.header("gitlab-shell-api-request");
    return !secret.isEmpty() && given == secret;
}

// response_with_status in GitLab's lib/api/internal/base.rb.
HttpResponse status(int code, bool success, const QString &message, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("status"), success);
    if (!message.isEmpty())
        extra.insert(QStringLiteral("message"), message);
    return HttpResponse::json(code, extra);
}

// The user behind "user-N" or "key-N" (GitLab's gl_id / identifier).
QJsonObject userForIdentifier(const SandboxApi &api, const QString &identifier)
{
    if (identifier.startsWith(QLatin1String("user-")))
        return api.store.get(Users, identifier.mid(5).toInt());
    if (identifier.startsWith(QLatin1String("key-"))) {
        const QJsonObject key = api.store.get(Keys, identifier.mid(4).toInt());
        return api.store.get(Users, key.value(QLatin1String("user_id")).toInt());
    }
    return {};
}

HttpResponse allowed(SandboxApi &api, const ApiRequest &request)
{
    const int keyId = request.integer(QStringLiteral("key_id"));
    const QJsonObject key = keyId > 0 ? api.store.get(Keys, keyId) : QJsonObject();
    // A key whose user is gone acts as nobody: public projects can still be fetched, as on GitLab.
    const QJsonObject user
        = key.isEmpty() ? QJsonObject() : api.store.get(Users, key.value(QLatin1String("user_id")).toInt());
    if (!key.isEmpty() && keyExpired(api, key))
        return status(401, false, QStringLiteral("Your SSH key has expired."));

    const QString action = request.string(QStringLiteral("action"));
    GitAccess::Command command;
    if (action == QLatin1String("git-upload-pack") || action == QLatin1String("git-upload-archive"))
        command = GitAccess::Command::UploadPack;
    else if (action == QLatin1String("git-receive-pack"))
        command = GitAccess::Command::ReceivePack;
    else
        return status(401, false, QStringLiteral("The command you're trying to execute is not allowed."));

    const QJsonObject project
        = api.findProject(GitAccess::normalizeProjectPath(request.string(QStringLiteral("project"))));
    const GitAccess::Decision decision = GitAccess::check(api, user, project, command, GitAccess::fullAbilities());
    // 401 rather than 403 for a refusal: gitlab-shell shows the message only then (base.rb).
    if (!decision.isAllowed())
        return status(decision.kind == GitAccess::Decision::Kind::NotFound ? 404 : 401, false, decision.message);

    QString error;
    if (!api.ensureRepository(project, &error))
        return status(500, false, error);
    const int projectId = project.value(QLatin1String("id")).toInt();
    return status(
        200, true, {},
        {
            {QStringLiteral("gl_repository"), QStringLiteral("project-%1").arg(projectId)},
            {QStringLiteral("gl_project_path"), api.projectFullPath(project)},
            {QStringLiteral("gl_id"),
             user.isEmpty() ? QString() : QStringLiteral("user-%1").arg(user.value(QLatin1String("id")).toInt())},
            {QStringLiteral("gl_username"), user.value(QLatin1String("username")).toString()},
            {QStringLiteral("gl_key_type"), QStringLiteral("key")},
            {QStringLiteral("gl_key_id"), keyId},
            {QStringLiteral("git_config_options"),
             QJsonArray {QStringLiteral("uploadpack.allowFilter=true"),
                         QStringLiteral("uploadpack.allowAnySHA1InWant=true")}},
            {QStringLiteral("gl_console_messages"), QJsonArray()},
            // Not in GitLab's answer (it sends Gitaly's address): where the shell finds the repository.
            {QStringLiteral("repository_path"), api.repositoryPath(projectId)},
        });
}

HttpResponse postReceive(SandboxApi &api, const ApiRequest &request)
{
    const QString repository = request.string(QStringLiteral("gl_repository"));
    const QJsonObject project = repository.startsWith(QLatin1String("project-"))
        ? api.store.get(Projects, repository.mid(8).toInt())
        : QJsonObject();
    if (project.isEmpty())
        return Errors::notFound(QStringLiteral("Project"));
    const QJsonObject user = userForIdentifier(api, request.string(QStringLiteral("identifier")));
    GitAccess::notifyPushes(api, project, user, GitAccess::parseChanges(request.string(QStringLiteral("changes"))));
    return HttpResponse::json(200,
                              QJsonObject {
                                  {QStringLiteral("messages"), QJsonArray()},
                                  {QStringLiteral("reference_counter_decreased"), true},
                              });
}

} // namespace

void registerGitSshRoutes(SandboxApi &api)
{
    const QByteArray secret = loadOrCreateSecret(secretPath(api));
    api.onKeysChanged([&api] { writeAuthorizedKeys(api); });
    writeAuthorizedKeys(api);

    Router &r = api.router;
    r.add(
        "POST", QStringLiteral("/internal/allowed"),
        [&api, secret](ApiRequest &request) {
            if (!fromShell(request, secret))
                return Errors::unauthorized();
            return allowed(api, request);
        },
        Access::Anonymous);

    r.add(
        "POST", QStringLiteral("/internal/post_receive"),
        [&api, secret](ApiRequest &request) {
            if (!fromShell(request, secret))
                return Errors::unauthorized();
            return postReceive(api, request);
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/internal/discover"),
        [&api, secret](ApiRequest &request) {
            if (!fromShell(request, secret))
                return Errors::unauthorized();
            const QJsonObject key = api.store.get(Keys, request.integer(QStringLiteral("key_id")));
            const QJsonObject user
                = key.isEmpty() ? QJsonObject() : api.store.get(Users, key.value(QLatin1String("user_id")).toInt());
            if (user.isEmpty())
                return HttpResponse::json(200, QJsonValue::Null);
            return HttpResponse::json(200,
                                      QJsonObject {
                                          {QStringLiteral("id"), user.value(QLatin1String("id"))},
                                          {QStringLiteral("name"), user.value(QLatin1String("name"))},
                                          {QStringLiteral("username"), user.value(QLatin1String("username"))},
                                      });
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/internal/check"),
        [&api, secret](ApiRequest &request) {
            if (!fromShell(request, secret))
                return Errors::unauthorized();
            return HttpResponse::json(200,
                                      QJsonObject {
                                          {QStringLiteral("api_version"), QStringLiteral("v4")},
                                          {QStringLiteral("gitlab_version"), api.versionString},
                                          {QStringLiteral("gitlab_rev"), QStringLiteral("6d1c5e4a2b7")},
                                          {QStringLiteral("redis"), true},
                                      });
        },
        Access::Anonymous);
}

} // namespace LabDesk::Sandbox
