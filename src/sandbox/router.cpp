#include "router.h"

#include <QJsonDocument>
#include <QUrl>

namespace LabDesk::Sandbox {

namespace {

QString decode(const QByteArray &segment)
{
    return QUrl::fromPercentEncoding(segment);
}

void addParameter(QJsonObject *params, QString key, const QString &value)
{
    if (key.endsWith(QLatin1String("[]"))) {
        key.chop(2);
        QJsonArray array = params->value(key).toArray();
        array.append(value);
        params->insert(key, array);
        return;
    }
    params->insert(key, value);
}

void addForm(QJsonObject *params, const QByteArray &encoded)
{
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        addParameter(params, decode(key), decode(value));
    }
}

} // namespace

bool ApiRequest::has(const QString &name) const
{
    return params.contains(name) && !params.value(name).isNull();
}

QString ApiRequest::string(const QString &name, const QString &fallback) const
{
    const QJsonValue v = params.value(name);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return fallback;
}

int ApiRequest::integer(const QString &name, int fallback) const
{
    const QJsonValue v = params.value(name);
    if (v.isDouble())
        return v.toInt();
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? n : fallback;
}

bool ApiRequest::boolean(const QString &name, bool fallback) const
{
    const QJsonValue v = params.value(name);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toInt() != 0;
    const QString s = v.toString().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no"))
        return false;
    return fallback;
}

QStringList ApiRequest::list(const QString &name) const
{
    const QJsonValue v = params.value(name);
    QStringList result;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            result << item.toVariant().toString();
    } else if (v.isString() && !v.toString().isEmpty()) {
        for (const QString &item : v.toString().split(QLatin1Char(',')))
            result << item.trimmed();
    }
    result.removeAll(QString());
    return result;
}

void Router::add(const QByteArray &method, const QString &pattern, ApiHandler handler, Access access,
                 const QStringList &scopes)
{
    Route route;
    route.method = method;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.access = access;
    route.scopes = scopes;
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QByteArray &apiPath, const Route **route,
                            QHash<QString, QString> *params) const
{
    QList<QByteArray> segments = apiPath.split('/');
    segments.removeAll(QByteArray());
    bool pathMatched = false;
    const Route *best = nullptr;
    int bestLiterals = -1;
    QHash<QString, QString> bestParams;
    // The most specific route wins: /pipelines/latest before /pipelines/:pipeline_id.
    for (const Route &candidate : m_routes) {
        if (candidate.segments.size() != segments.size())
            continue;
        QHash<QString, QString> found;
        bool ok = true;
        int literals = 0;
        for (int i = 0; i < segments.size() && ok; ++i) {
            const QString &expected = candidate.segments.at(i);
            if (expected.startsWith(QLatin1Char(':'))) {
                found.insert(expected.mid(1), decode(segments.at(i)));
            } else {
                ok = expected == decode(segments.at(i));
                ++literals;
            }
        }
        if (!ok)
            continue;
        const bool methodOk = candidate.method == method || (method == "HEAD" && candidate.method == "GET");
        if (!methodOk) {
            pathMatched = true;
            continue;
        }
        if (literals > bestLiterals) {
            best = &candidate;
            bestLiterals = literals;
            bestParams = found;
        }
    }
    if (best) {
        *route = best;
        *params = bestParams;
        return Match::Found;
    }
    return pathMatched ? Match::WrongMethod : Match::NotFound;
}

bool parseParameters(const HttpRequest &request, QJsonObject *params, QString *error)
{
    const qsizetype q = request.target.indexOf('?');
    if (q >= 0)
        addForm(params, request.target.mid(q + 1));
    if (request.body.isEmpty())
        return true;
    const QByteArray type = request.header("content-type").toLower();
    if (type.startsWith("application/json")) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (!doc.isObject()) {
            *error = parseError.error == QJsonParseError::NoError ? QStringLiteral("the body must be a JSON object")
                                                                 : parseError.errorString();
            return false;
        }
        const QJsonObject body = doc.object();
        for (auto it = body.begin(); it != body.end(); ++it)
            params->insert(it.key(), it.value());
    } else if (type.startsWith("application/x-www-form-urlencoded") || type.isEmpty()) {
        addForm(params, request.body);
    }
    return true;
}

QByteArray requestToken(const HttpRequest &request)
{
    QByteArray token = request.header("private-token");
    const QByteArray authorization = request.header("authorization");
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = authorization.mid(7).trimmed();
    if (token.isEmpty())
        token = request.query.queryItemValue(QStringLiteral("private_token"), QUrl::FullyDecoded).toUtf8();
    if (token.isEmpty())
        token = request.query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8();
    return token;
}

namespace Errors {

HttpResponse message(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("message"), message}});
}

HttpResponse error(int status, const QString &error)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error}});
}

HttpResponse notFound(const QString &what)
{
    return message(404, what.isEmpty() ? QStringLiteral("404 Not found") : QStringLiteral("404 %1 Not Found").arg(what));
}

HttpResponse routeNotFound()
{
    return error(404, QStringLiteral("404 Not Found"));
}

HttpResponse forbidden(const QString &text)
{
    return message(403, text);
}

HttpResponse missing(const QString &parameter)
{
    return error(400, QStringLiteral("%1 is missing").arg(parameter));
}

HttpResponse invalid(const QString &parameter)
{
    return error(400, QStringLiteral("%1 is invalid").arg(parameter));
}

HttpResponse validation(const QJsonObject &fieldErrors)
{
    return HttpResponse::json(400, QJsonObject{{QStringLiteral("message"), fieldErrors}});
}

HttpResponse unauthorized()
{
    return message(401, QStringLiteral("401 Unauthorized"));
}

} // namespace Errors

} // namespace LabDesk::Sandbox
