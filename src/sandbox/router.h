#pragma once

#include "httpserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace LabDesk::Sandbox {

// One API call as a handler sees it: the HTTP request, the decoded path parameters (`:id` ->
// "group/project"), the parameters from the query string and the body merged (JSON or form;
// `tag_list[]=a&tag_list[]=b` becomes an array), and who is calling.
struct ApiRequest
{
    const HttpRequest &http;
    QHash<QString, QString> path;
    QJsonObject params;
    QJsonObject user;  // empty for anonymous calls
    QJsonObject token; // the personal access token record used, if any

    bool isAuthenticated() const { return !user.isEmpty(); }
    bool isAdmin() const { return user.value(QLatin1String("is_admin")).toBool(); }
    int userId() const { return user.value(QLatin1String("id")).toInt(); }

    bool has(const QString &name) const;
    QString string(const QString &name, const QString &fallback = {}) const;
    int integer(const QString &name, int fallback = 0) const;
    bool boolean(const QString &name, bool fallback = false) const;
    QStringList list(const QString &name) const; // array or comma-separated string
    QString pathParam(const QString &name) const { return path.value(name); }
};

using ApiHandler = std::function<HttpResponse(ApiRequest &)>;

// Who may call a route. Scopes follow GitLab: GET needs `api` or `read_api`, other methods `api`,
// unless the route names its own.
enum class Access {
    Anonymous,     // no token needed; the user is still resolved when one is given
    Authenticated, // any valid token
    Admin,         // an administrator's token
};

struct Route
{
    QByteArray method;
    QStringList segments; // "projects", ":id", "pipelines"
    Access access = Access::Authenticated;
    QStringList scopes;   // empty: by method
    ApiHandler handler;
};

// Matches "/projects/:id/pipelines" style patterns against the raw (still percent-encoded) path
// below /api/v4, segment by segment, so `group%2Fproject` stays one segment.
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, ApiHandler handler,
             Access access = Access::Authenticated, const QStringList &scopes = {});

    enum class Match {
        Found,
        WrongMethod,
        NotFound,
    };
    Match match(const QByteArray &method, const QByteArray &apiPath, const Route **route,
                QHash<QString, QString> *params) const;

private:
    QList<Route> m_routes;
};

// Parameters from the query string and the body (JSON object or x-www-form-urlencoded).
// Returns false and sets `error` when a JSON body does not parse.
bool parseParameters(const HttpRequest &request, QJsonObject *params, QString *error);

// The personal access token a request carries, as GitLab looks for it: PRIVATE-TOKEN,
// Authorization: Bearer, ?private_token= or ?access_token=. Empty when there is none.
QByteArray requestToken(const HttpRequest &request);

// GitLab's error bodies.
namespace Errors {
HttpResponse message(int status, const QString &message);           // {"message": "..."}
HttpResponse error(int status, const QString &error);               // {"error": "..."}
HttpResponse notFound(const QString &what = {});                    // 404 {"message":"404 <What> Not Found"}
HttpResponse routeNotFound();                                       // 404 {"error":"404 Not Found"}
HttpResponse forbidden(const QString &message = QStringLiteral("403 Forbidden"));
HttpResponse missing(const QString &parameter);                     // 400 {"error":"<p> is missing"}
HttpResponse invalid(const QString &parameter);                     // 400 {"error":"<p> is invalid"}
HttpResponse validation(const QJsonObject &fieldErrors);            // 400 {"message":{"field":["..."]}}
HttpResponse unauthorized();                                        // 401 {"message":"401 Unauthorized"}
} // namespace Errors

} // namespace LabDesk::Sandbox
