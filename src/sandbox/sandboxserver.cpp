#include "sandboxserver.h"

#include "api/modules.h"
#include "core/app/logging.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace LabDesk::Sandbox {

namespace {

const QString Tokens = QStringLiteral("tokens");
const QStringList AllScopes{
    QStringLiteral("api"),
    QStringLiteral("read_api"),
    QStringLiteral("read_user"),
    QStringLiteral("create_runner"),
    QStringLiteral("read_repository"),
    QStringLiteral("write_repository"),
    QStringLiteral("sudo"),
    QStringLiteral("admin_mode"),
};

HttpResponse invalidToken(const QString &description)
{
    return HttpResponse::json(401, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_token")},
                                               {QStringLiteral("error_description"), description}});
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
        handle(request, responder);
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::isValidSeed(const QString &seed)
{
    static const QRegularExpression many(QStringLiteral("^projects:(\\d{1,6})$"));
    return seed == QLatin1String("empty") || seed == QLatin1String("demo") || many.match(seed).hasMatch();
}

bool SandboxServer::start(const Options &options)
{
    m_options = options;
    if (!isValidSeed(m_options.seed)) {
        m_error = tr("unknown seed '%1' (use empty, demo or projects:N)").arg(m_options.seed);
        return false;
    }
    if (m_options.adminToken.isEmpty())
        m_options.adminToken = generateToken();

    m_store = std::make_unique<Store>(m_options.dataDir);
    if (!m_store->load(&m_error))
        return false;
    m_api = std::make_unique<SandboxApi>(*m_store, m_router);
    m_api->versionString = m_options.versionString;

    if (!m_http.listen(m_options.address, m_options.port)) {
        m_error = m_http.errorString();
        return false;
    }
    m_api->baseUrl = url();

    registerUserRoutes(*m_api);
    registerGroupRoutes(*m_api);
    registerProjectRoutes(*m_api);
    registerMemberRoutes(*m_api);
    registerKeyRoutes(*m_api);
    registerPipelineRoutes(*m_api);
    registerRunnerRoutes(*m_api);
    registerGitRoutes(*m_api);
    registerFaultRoutes(*m_api, m_faults);

    if (m_store->isEmpty() && !seed(m_options.seed))
        return false;

    // The administrator's token always works, also against a data directory seeded earlier.
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(m_options.adminToken.toUtf8(), QCryptographicHash::Sha256).toHex());
    if (m_store->findOne(Tokens, QStringLiteral("_digest"), digest).isEmpty()) {
        const QJsonObject root = m_api->findUser(QStringLiteral("root"));
        createPersonalAccessToken(*m_api, root.value(QLatin1String("id")).toInt(), QStringLiteral("labdesk-sandbox admin"),
                                  AllScopes, {}, m_options.adminToken);
    }
    m_store->save();
    qCInfo(lcSandbox) << "listening on" << url().toString();
    return true;
}

bool SandboxServer::seed(const QString &seed)
{
    createUser(*m_api, QStringLiteral("root"), QStringLiteral("Administrator"), QStringLiteral("admin@example.com"), true);
    if (seed == QLatin1String("demo")) {
        seedDemoUsers(*m_api);
        seedDemoGroupsAndProjects(*m_api);
        seedDemoKeys(*m_api);
        seedDemoRunners(*m_api);
        seedDemoPipelines(*m_api);
    } else if (seed.startsWith(QLatin1String("projects:"))) {
        seedManyProjects(*m_api, seed.mid(9).toInt());
    }
    return true;
}

QString SandboxServer::errorString() const
{
    return m_error;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_http.serverAddress().toString());
    url.setPort(m_http.serverPort());
    return url;
}

QString SandboxServer::adminToken() const
{
    return m_options.adminToken;
}

SandboxApi &SandboxServer::api()
{
    return *m_api;
}

FaultInjector &SandboxServer::faults()
{
    return m_faults;
}

QString SandboxServer::generateToken()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
    QString token = QStringLiteral("glpat-");
    for (int i = 0; i < 20; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return token;
}

void SandboxServer::handle(const HttpRequest &request, const HttpResponder &responder)
{
    for (const SandboxApi::RawHandler &raw : m_api->rawHandlers()) {
        if (raw(request, responder))
            return;
    }
    m_faults.handle(request, responder, [this](const HttpRequest &r) {
        HttpResponse response = dispatch(r);
        response.setHeader("Server", "labdesk-sandbox");
        // Conditional GETs, as GitLab's ETag caching answers polling clients (pipelines, jobs).
        if ((r.method == "GET" || r.method == "HEAD") && response.status == 200
            && response.header("Content-Type").startsWith("application/json")) {
            const QByteArray etag = "W/\"" + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex() + '"';
            response.setHeader("ETag", etag);
            if (r.header("if-none-match") == etag) {
                response.status = 304;
                response.body.clear();
            }
        }
        return response;
    });
}

HttpResponse SandboxServer::dispatch(const HttpRequest &request)
{
    if (!request.path.startsWith("/api/v4/"))
        return Errors::routeNotFound();
    const QByteArray apiPath = request.path.mid(7);

    const Route *route = nullptr;
    QHash<QString, QString> pathParams;
    switch (m_router.match(request.method, apiPath, &route, &pathParams)) {
    case Router::Match::NotFound:
        return Errors::routeNotFound();
    case Router::Match::WrongMethod:
        return Errors::error(405, QStringLiteral("405 Not Allowed"));
    case Router::Match::Found:
        break;
    }

    ApiRequest api{request, pathParams, {}, {}, {}};
    QString parseError;
    if (!parseParameters(request, &api.params, &parseError))
        return Errors::message(400, parseError);

    const QByteArray plaintext = requestToken(request);
    if (!plaintext.isEmpty()) {
        const QString digest = QString::fromLatin1(QCryptographicHash::hash(plaintext, QCryptographicHash::Sha256).toHex());
        QJsonObject token = m_store->findOne(Tokens, QStringLiteral("_digest"), digest);
        if (token.isEmpty())
            return Errors::unauthorized();
        if (token.value(QLatin1String("revoked")).toBool())
            return invalidToken(QStringLiteral("Token was revoked. You have to re-authorize from the user."));
        const QString expires = token.value(QLatin1String("expires_at")).toString();
        if (!expires.isEmpty() && expires <= m_api->currentTime().date().toString(Qt::ISODate))
            return invalidToken(QStringLiteral("Token has expired."));
        const QJsonObject user = m_store->get(QStringLiteral("users"), token.value(QLatin1String("user_id")).toInt());
        if (user.isEmpty())
            return Errors::unauthorized();
        const QString state = user.value(QLatin1String("state")).toString();
        if (state == QLatin1String("blocked_pending_approval"))
            return Errors::forbidden(QStringLiteral("403 Forbidden - Your account is pending approval from your administrator and hence blocked."));
        if (state == QLatin1String("blocked") || state == QLatin1String("ldap_blocked"))
            return Errors::forbidden(QStringLiteral("403 Forbidden - Your account has been blocked."));
        if (state == QLatin1String("deactivated"))
            return Errors::forbidden(QStringLiteral("403 Forbidden - Your account has been deactivated by your administrator. Please log back in from a web browser to reactivate your account at %1")
                                         .arg(m_api->baseUrl.toString()));

        QStringList needed = route->scopes;
        if (needed.isEmpty()) {
            needed << QStringLiteral("api");
            if (request.method == "GET" || request.method == "HEAD")
                needed << QStringLiteral("read_api");
        }
        const QJsonArray granted = token.value(QLatin1String("scopes")).toArray();
        bool allowed = false;
        for (const QJsonValue &scope : granted)
            allowed = allowed || needed.contains(scope.toString());
        if (!allowed)
            return HttpResponse::json(403, QJsonObject{
                {QStringLiteral("error"), QStringLiteral("insufficient_scope")},
                {QStringLiteral("error_description"), QStringLiteral("The request requires higher privileges than provided by the access token.")},
                {QStringLiteral("scope"), needed.join(QLatin1Char(' '))},
            });

        // Remember use at minute resolution, so a burst of calls does not rewrite the state file.
        const QString minute = m_api->now().left(16);
        if (!token.value(QLatin1String("last_used_at")).toString().startsWith(minute)) {
            token.insert(QStringLiteral("last_used_at"), m_api->now());
            m_store->put(Tokens, token.value(QLatin1String("id")).toInt(), token);
        }
        api.user = user;
        api.token = token;
    }

    if (route->access != Access::Anonymous && api.user.isEmpty())
        return Errors::unauthorized();
    if (route->access == Access::Admin && !api.isAdmin())
        return Errors::forbidden();
    return route->handler(api);
}

} // namespace LabDesk::Sandbox
