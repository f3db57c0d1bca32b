// Git over smart HTTP at each project's http_url_to_repo, served by the system's `git http-backend`,
// with GitLab's authentication and access rules; git over SSH lives in gitssh.cpp.
//
//   GET  /<full/path>.git/info/refs?service=git-upload-pack|git-receive-pack
//   POST /<full/path>.git/git-upload-pack
//   POST /<full/path>.git/git-receive-pack
// (".git" may be left out, as GitLab allows.) Credentials: HTTP Basic with any username and a
// personal access token as the password ("oauth2:<token>" included); public projects may be
// fetched anonymously.
#include "modules.h"

#include "gitaccess.h"
#include "githttpbackend.h"

#include "sandbox/sandboxapi.h"

#include <QFileInfo>
#include <QUrl>

namespace LabDesk::Sandbox {

namespace {

enum class Endpoint {
    InfoRefs,
    UploadPack,
    ReceivePack,
};

struct GitUrl
{
    QString projectPath; // "group/sub/project"
    Endpoint endpoint = Endpoint::InfoRefs;
    QString suffix; // "/info/refs", ...
};

bool parseGitUrl(const QByteArray &encodedPath, GitUrl *url)
{
    if (encodedPath.startsWith("/api/"))
        return false;
    static const struct
    {
        const char *suffix;
        Endpoint endpoint;
    } endpoints[] = {
        {"/info/refs", Endpoint::InfoRefs},
        {"/git-upload-pack", Endpoint::UploadPack},
        {"/git-receive-pack", Endpoint::ReceivePack},
    };
    const QString path = QUrl::fromPercentEncoding(encodedPath);
    for (const auto &candidate : endpoints) {
        const QString suffix = QString::fromLatin1(candidate.suffix);
        if (!path.endsWith(suffix))
            continue;
        url->projectPath = GitAccess::normalizeProjectPath(path.chopped(suffix.size()));
        url->endpoint = candidate.endpoint;
        url->suffix = suffix;
        return url->projectPath.contains(QLatin1Char('/'));
    }
    return false;
}

HttpResponse plain(int status, const QString &message)
{
    return HttpResponse::text(status, message.toUtf8());
}

// GitLab's answer to missing or bad credentials; the challenge makes git ask for a password.
HttpResponse accessDenied(const SandboxApi &api)
{
    HttpResponse response = plain(
        401,
        QStringLiteral("HTTP Basic: Access denied. If a password was provided for Git authentication, the password "
                       "was incorrect or you're required to use a token instead of a password. If a token was "
                       "provided, it was either incorrect, expired, or improperly scoped. See %1")
            .arg(api.webUrl(
                QStringLiteral("help/topics/git/troubleshooting_git.md#error-on-git-fetch-http-basic-access-denied"))));
    response.setHeader("WWW-Authenticate", "Basic realm=\"GitLab\"");
    return response;
}

bool basicCredentials(const HttpRequest &request, QByteArray *login, QByteArray *password)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.left(6).toLower().startsWith("basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    *login = decoded.left(colon);
    *password = decoded.mid(colon + 1);
    return true;
}

void send(const HttpResponder &responder, HttpResponse &&response)
{
    response.setHeader("Server", "labdesk-sandbox");
    responder.send(response);
}

void snapshotRefs(SandboxApi &api, int projectId, std::function<void(QByteArray &&)> done)
{
    GitProcess::run(&api.store, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(objectname) %(refname)")},
                    GitProcess::environment({QStringLiteral("GIT_DIR=") + api.repositoryPath(projectId)}), {},
                    [done = std::move(done)](GitProcess::Result &&result) { done(std::move(result.out)); });
}

// A push: refs before, http-backend, refs after; the push hooks run before the client gets its
// answer, so a pipeline a push starts exists once `git push` returns.
void receivePack(SandboxApi &api, const GitProcess::Cgi &cgi, const HttpRequest &request, const QJsonObject &project,
                 const QJsonObject &user, const HttpResponder &responder)
{
    const int id = project.value(QLatin1String("id")).toInt();
    snapshotRefs(api, id, [&api, cgi, body = request.body, id, user, responder](QByteArray &&before) {
        GitProcess::runHttpBackend(
            &api.store, cgi, body, [&api, id, user, responder, before = std::move(before)](HttpResponse &&response) {
                snapshotRefs(api, id, [&api, id, user, responder, before, response](QByteArray &&after) mutable {
                    const QJsonObject current = api.store.get(QStringLiteral("projects"), id);
                    if (!current.isEmpty())
                        GitAccess::notifyPushes(api, current, user, GitAccess::diffRefs(before, after));
                    send(responder, std::move(response));
                });
            });
    });
}

bool handleGitHttp(SandboxApi &api, const HttpRequest &request, const HttpResponder &responder)
{
    GitUrl url;
    if (!parseGitUrl(request.path, &url))
        return false;

    if (url.endpoint == Endpoint::InfoRefs) {
        if (request.method == "HEAD") {
            send(responder, HttpResponse::text(403, {}));
            return true;
        }
        if (request.method != "GET") {
            send(responder, plain(404, QStringLiteral("Not Found")));
            return true;
        }
    } else if (request.method != "POST") {
        send(responder, plain(404, QStringLiteral("Not Found")));
        return true;
    }

    // The command: from ?service= for the advertisement, from the path for the exchange.
    QString service;
    switch (url.endpoint) {
    case Endpoint::InfoRefs:
        service = request.query.queryItemValue(QStringLiteral("service"));
        break;
    case Endpoint::UploadPack:
        service = QStringLiteral("git-upload-pack");
        break;
    case Endpoint::ReceivePack:
        service = QStringLiteral("git-receive-pack");
        break;
    }
    const bool knownCommand
        = service == QLatin1String("git-upload-pack") || service == QLatin1String("git-receive-pack");
    const GitAccess::Command command = service == QLatin1String("git-receive-pack") ? GitAccess::Command::ReceivePack
                                                                                    : GitAccess::Command::UploadPack;
    const QJsonObject project = api.findProject(url.projectPath);

    // Authentication first, as GitLab's GitHttpClientController: a bad token is 401 even for a
    // public project, and only a fetch of a public project may go without one.
    QJsonObject user;
    GitAccess::Abilities abilities;
    QByteArray login;
    QByteArray password;
    if (basicCredentials(request, &login, &password)) {
        const QJsonObject token = api.authenticateToken(password);
        if (!token.isEmpty())
            user = api.store.get(QStringLiteral("users"), token.value(QLatin1String("user_id")).toInt());
        // Blocked and deactivated users cannot sign in to git at all (Gitlab::Auth).
        if (user.isEmpty() || !GitAccess::userDeniedReason(api, user).isEmpty()) {
            send(responder, accessDenied(api));
            return true;
        }
        abilities = GitAccess::abilitiesForScopes(token.value(QLatin1String("scopes")).toArray());
    } else if (knownCommand && command == GitAccess::Command::UploadPack
               && project.value(QLatin1String("visibility")).toString() == QLatin1String("public")) {
        abilities.download = true;
    } else {
        send(responder, accessDenied(api));
        return true;
    }

    if (!knownCommand) {
        send(responder, plain(403, QStringLiteral("The command you're trying to execute is not allowed.")));
        return true;
    }
    const GitAccess::Decision decision = GitAccess::check(api, user, project, command, abilities);
    if (!decision.isAllowed()) {
        send(responder, plain(decision.kind == GitAccess::Decision::Kind::NotFound ? 404 : 403, decision.message));
        return true;
    }

    QString error;
    if (!api.ensureRepository(project, &error)) {
        send(responder, plain(500, QStringLiteral("Cannot create the repository: ") + error));
        return true;
    }

    const QFileInfo repository(api.repositoryPath(project.value(QLatin1String("id")).toInt()));
    GitProcess::Cgi cgi;
    cgi.projectRoot = repository.absolutePath();
    cgi.pathInfo = QLatin1Char('/') + repository.fileName() + url.suffix;
    cgi.method = request.method;
    const qsizetype question = request.target.indexOf('?');
    cgi.queryString = question < 0 ? QByteArray() : request.target.mid(question + 1);
    cgi.contentType = request.header("content-type");
    cgi.contentEncoding = request.header("content-encoding");
    cgi.gitProtocol = request.header("git-protocol");
    cgi.remoteUser = user.value(QLatin1String("username")).toString();
    cgi.remoteAddr = request.peer.toString();

    if (url.endpoint == Endpoint::ReceivePack) {
        receivePack(api, cgi, request, project, user, responder);
        return true;
    }
    GitProcess::runHttpBackend(&api.store, cgi, request.body,
                               [responder](HttpResponse &&response) { send(responder, std::move(response)); });
    return true;
}

} // namespace

void registerGitRoutes(SandboxApi &api)
{
    api.addRawHandler([&api](const HttpRequest &request, const HttpResponder &responder) {
        return handleGitHttp(api, request, responder);
    });
    registerGitSshRoutes(api);
}

} // namespace LabDesk::Sandbox
