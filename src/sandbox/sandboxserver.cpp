#include "sandboxserver.h"

#include "core/app/logging.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace LabDesk::Sandbox {

namespace {

HttpResponse notFound()
{
    // GitLab's body for an unknown API route.
    return HttpResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("404 Not Found")}});
}

HttpResponse unauthorized()
{
    return HttpResponse::json(401, QJsonObject{{QStringLiteral("message"), QStringLiteral("401 Unauthorized")}});
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
        handle(request, responder);
    });
}

bool SandboxServer::start(const Options &options)
{
    m_options = options;
    if (m_options.adminToken.isEmpty())
        m_options.adminToken = generateToken();
    if (!m_http.listen(m_options.address, m_options.port)) {
        m_error = m_http.errorString();
        return false;
    }
    qCInfo(lcSandbox) << "listening on" << url().toString();
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
    HttpResponse response = route(request);
    response.setHeader("Server", "labdesk-sandbox");
    responder.send(response);
}

bool SandboxServer::isAuthenticated(const HttpRequest &request) const
{
    QByteArray token = request.header("private-token");
    const QByteArray authorization = request.header("authorization");
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = authorization.mid(7).trimmed();
    if (token.isEmpty())
        token = request.query.queryItemValue(QStringLiteral("private_token")).toUtf8();
    return !token.isEmpty() && token == m_options.adminToken.toUtf8();
}

HttpResponse SandboxServer::route(const HttpRequest &request)
{
    if (!request.path.startsWith("/api/v4/"))
        return notFound();
    const QByteArray path = request.path.mid(7);

    if (path == "/version" && (request.method == "GET" || request.method == "HEAD")) {
        if (!isAuthenticated(request))
            return unauthorized();
        return HttpResponse::json(200, QJsonObject{
                                           {QStringLiteral("version"), m_options.versionString},
                                           {QStringLiteral("revision"), QStringLiteral("6d1c5e4a2b7")},
                                           {QStringLiteral("kas"), QJsonObject{
                                                                       {QStringLiteral("enabled"), false},
                                                                       {QStringLiteral("externalUrl"), QJsonValue::Null},
                                                                       {QStringLiteral("version"), QJsonValue::Null},
                                                                   }},
                                           {QStringLiteral("enterprise"), false},
                                       });
    }
    return notFound();
}

} // namespace LabDesk::Sandbox
