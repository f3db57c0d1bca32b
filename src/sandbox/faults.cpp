#include "faults.h"

#include "sandboxapi.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QObject>
#include <QTimer>

#include <cmath>

namespace LabDesk::Sandbox {

namespace {

const QByteArray ApiPrefix = "/api/v4";
const QByteArray ControlPrefix = "/api/v4/sandbox/";

struct KindName
{
    FaultRule::Kind kind;
    const char *name;
};

constexpr KindName KindNames[] = {
    {FaultRule::Kind::Status, "status"},
    {FaultRule::Kind::Delay, "delay"},
    {FaultRule::Kind::ResetMidBody, "reset_mid_body"},
    {FaultRule::Kind::TruncatedJson, "truncated_json"},
    {FaultRule::Kind::HtmlErrorPage, "html_error_page"},
    {FaultRule::Kind::RateLimit, "rate_limit"},
};

QByteArray httpDate(qint64 secondsSinceEpoch)
{
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

// GitLab's Rack::Attack answer (lib/gitlab/rack_attack.rb): text/plain "Retry later\n" and the
// RateLimit-* headers of its throttled_response_headers. `retryAfter` < 0 leaves Retry-After out,
// as some proxies in front of GitLab (and gitlab.com at times) do.
HttpResponse throttledResponse(const QByteArray &name, int limit, int periodSeconds, int observed, qint64 now,
                               int retryAfter)
{
    HttpResponse response = HttpResponse::text(429, "Retry later\n", "text/plain");
    const qint64 untilReset = retryAfter >= 0 ? retryAfter : periodSeconds - now % periodSeconds;
    const qint64 resetAt = now + untilReset;
    const int perMinute = int(std::ceil(double(limit) * 60.0 / double(periodSeconds)));
    response.setHeader("RateLimit-Name", name);
    response.setHeader("RateLimit-Limit", QByteArray::number(perMinute));
    response.setHeader("RateLimit-Observed", QByteArray::number(observed));
    response.setHeader("RateLimit-Remaining", QByteArray::number(qMax(0, limit - observed)));
    response.setHeader("RateLimit-Reset", QByteArray::number(resetAt));
    response.setHeader("RateLimit-ResetTime", httpDate(resetAt));
    if (retryAfter >= 0)
        response.setHeader("Retry-After", QByteArray::number(retryAfter));
    return response;
}

// What nginx (GitLab's bundled reverse proxy) sends when the application behind it is down.
HttpResponse proxyErrorPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
    HttpResponse response = HttpResponse::text(status,
                                               "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>"
                                                   + title + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                                               "text/html");
    response.setHeader("Server", "nginx");
    return response;
}

HttpResponse statusResponse(const FaultRule &rule)
{
    if (rule.body.isEmpty())
        return Errors::message(rule.status, QStringLiteral("%1 %2").arg(rule.status).arg(QString::fromLatin1(HttpResponse::reasonPhrase(rule.status))));
    const bool json = !QJsonDocument::fromJson(rule.body).isNull();
    return HttpResponse::text(rule.status, rule.body, json ? "application/json" : "text/plain; charset=utf-8");
}

} // namespace

QJsonObject FaultRule::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("method"), method.isEmpty() ? QStringLiteral("*") : QString::fromLatin1(method)},
        {QStringLiteral("path"), path},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("status"), status},
        {QStringLiteral("body"), body.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(body))},
        {QStringLiteral("delay_ms"), delayMs},
        {QStringLiteral("retry_after"), retryAfterSeconds >= 0 ? QJsonValue(retryAfterSeconds) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("times"), times},
    };
}

QString FaultRule::kindName(Kind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

bool FaultRule::kindFromName(const QString &name, Kind *kind)
{
    for (const KindName &entry : KindNames) {
        if (name == QLatin1String(entry.name)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

FaultInjector::FaultInjector()
    : m_timerContext(std::make_unique<QObject>())
{
}

FaultInjector::~FaultInjector() = default;

int FaultInjector::addRule(FaultRule rule, QString *error)
{
    const QRegularExpression pattern(rule.path);
    if (!pattern.isValid()) {
        if (error)
            *error = pattern.errorString();
        return 0;
    }
    rule.id = m_nextId++;
    rule.method = rule.method.toUpper();
    if (rule.method == "*")
        rule.method.clear();
    m_rules.append(rule);
    m_patterns.append(pattern);
    return rule.id;
}

bool FaultInjector::removeRule(int id)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).id == id) {
            m_rules.removeAt(i);
            m_patterns.removeAt(i);
            release(id);
            return true;
        }
    }
    return false;
}

void FaultInjector::clear()
{
    const QList<FaultRule> rules = m_rules;
    for (const FaultRule &rule : rules)
        removeRule(rule.id);
}

QList<FaultRule> FaultInjector::rules() const
{
    return m_rules;
}

void FaultInjector::setRateLimit(int requests, int periodSeconds)
{
    m_rateLimit = qMax(0, requests);
    m_ratePeriod = qMax(1, periodSeconds);
    m_windows.clear();
}

int FaultInjector::rateLimitRequests() const
{
    return m_rateLimit;
}

int FaultInjector::rateLimitPeriodSeconds() const
{
    return m_ratePeriod;
}

void FaultInjector::handle(const HttpRequest &request, const HttpResponder &responder, const Dispatch &dispatch)
{
    if (!isSubject(request)) {
        responder.send(dispatch(request));
        return;
    }
    if (FaultRule *rule = match(request)) {
        if (rule->times > 0)
            --rule->times;
        // A copy: applying may clear the rules (a held answer released by a DELETE, say).
        const FaultRule applied = *rule;
        apply(applied, request, responder, dispatch);
        return;
    }
    HttpResponse limited;
    if (throttled(request, &limited)) {
        responder.send(limited);
        return;
    }
    responder.send(dispatch(request));
}

bool FaultInjector::isSubject(const HttpRequest &request) const
{
    return (request.path == ApiPrefix || request.path.startsWith(QByteArray(ApiPrefix + '/')))
           && !request.path.startsWith(ControlPrefix);
}

FaultRule *FaultInjector::match(const HttpRequest &request)
{
    const QString apiPath = QString::fromUtf8(request.path.mid(ApiPrefix.size()));
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (rule.times == 0)
            continue;
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        if (m_patterns.at(i).match(apiPath).hasMatch())
            return &rule;
    }
    return nullptr;
}

bool FaultInjector::throttled(const HttpRequest &request, HttpResponse *response)
{
    if (m_rateLimit <= 0)
        return false;
    const QByteArray token = requestToken(request);
    // Like Rack::Attack: authenticated requests count per token, anonymous ones per address.
    const QByteArray key = token.isEmpty()
                               ? QByteArray("ip:" + request.peer.toString().toLatin1())
                               : QByteArray("token:" + QCryptographicHash::hash(token, QCryptographicHash::Sha256));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Window &window = m_windows[key];
    const qint64 index = now / m_ratePeriod;
    if (window.index != index) {
        window.index = index;
        window.count = 0;
    }
    ++window.count;
    if (window.count <= m_rateLimit)
        return false;
    *response = throttledResponse(token.isEmpty() ? "throttle_unauthenticated_api" : "throttle_authenticated_api",
                                  m_rateLimit, m_ratePeriod, window.count, now, int(m_ratePeriod - now % m_ratePeriod));
    return true;
}

void FaultInjector::apply(const FaultRule &rule, const HttpRequest &request, const HttpResponder &responder,
                          const Dispatch &dispatch)
{
    switch (rule.kind) {
    case FaultRule::Kind::Status:
        responder.send(statusResponse(rule));
        return;
    case FaultRule::Kind::HtmlErrorPage:
        responder.send(proxyErrorPage(rule.status));
        return;
    case FaultRule::Kind::RateLimit: {
        // A throttle that is already exhausted: 60 a minute, this is the 61st.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        responder.send(throttledResponse("throttle_authenticated_api", 60, 60, 61, now, rule.retryAfterSeconds));
        return;
    }
    case FaultRule::Kind::Delay: {
        // The request takes effect now; only its answer is late, as behind a slow network.
        const HttpResponse response = dispatch(request);
        if (rule.delayMs < 0) {
            m_held.append({rule.id, responder, response});
            return;
        }
        QTimer::singleShot(rule.delayMs, m_timerContext.get(), [responder, response] { responder.send(response); });
        return;
    }
    case FaultRule::Kind::ResetMidBody: {
        const HttpResponse response = dispatch(request);
        responder.sendPartialAndReset(response, response.body.size() / 2);
        return;
    }
    case FaultRule::Kind::TruncatedJson: {
        HttpResponse response = dispatch(request);
        response.body.truncate(response.body.size() / 2);
        responder.send(response);
        return;
    }
    }
}

void FaultInjector::release(int ruleId)
{
    QList<Held> released;
    for (qsizetype i = m_held.size() - 1; i >= 0; --i) {
        if (m_held.at(i).ruleId == ruleId)
            released.prepend(m_held.takeAt(i));
    }
    for (const Held &held : released)
        held.responder.send(held.response);
}

void registerFaultRoutes(SandboxApi &api, FaultInjector &faults)
{
    Router &r = api.router;

    r.add("POST", QStringLiteral("/sandbox/faults"), [&faults](ApiRequest &request) {
        FaultRule rule;
        if (!request.has(QStringLiteral("kind")))
            return Errors::missing(QStringLiteral("kind"));
        if (!FaultRule::kindFromName(request.string(QStringLiteral("kind")), &rule.kind))
            return Errors::error(400, QStringLiteral("kind does not have a valid value"));
        if (!request.has(QStringLiteral("path")))
            return Errors::missing(QStringLiteral("path"));
        rule.path = request.string(QStringLiteral("path"));
        rule.method = request.string(QStringLiteral("method")).toLatin1();
        const int defaultStatus = rule.kind == FaultRule::Kind::HtmlErrorPage ? 502 : 500;
        rule.status = request.integer(QStringLiteral("status"), defaultStatus);
        if (rule.status < 100 || rule.status > 599
            || (rule.kind == FaultRule::Kind::HtmlErrorPage && (rule.status < 502 || rule.status > 504)))
            return Errors::error(400, QStringLiteral("status does not have a valid value"));
        rule.body = request.string(QStringLiteral("body")).toUtf8();
        rule.delayMs = request.integer(QStringLiteral("delay_ms"), 0);
        rule.retryAfterSeconds = request.integer(QStringLiteral("retry_after"), -1);
        rule.times = request.integer(QStringLiteral("times"), -1);
        if (rule.times < -1)
            return Errors::error(400, QStringLiteral("times does not have a valid value"));
        QString error;
        const int id = faults.addRule(rule, &error);
        if (id == 0)
            return Errors::error(400, QStringLiteral("path is invalid"));
        for (const FaultRule &added : faults.rules()) {
            if (added.id == id)
                return HttpResponse::json(201, added.toJson());
        }
        return Errors::notFound(QStringLiteral("Fault"));
    }, Access::Admin);

    r.add("GET", QStringLiteral("/sandbox/faults"), [&faults](ApiRequest &) {
        QJsonArray out;
        for (const FaultRule &rule : faults.rules())
            out.append(rule.toJson());
        return HttpResponse::json(200, out);
    }, Access::Admin);

    r.add("DELETE", QStringLiteral("/sandbox/faults"), [&faults](ApiRequest &) {
        faults.clear();
        return HttpResponse::text(204, {}, "application/json");
    }, Access::Admin);

    r.add("DELETE", QStringLiteral("/sandbox/faults/:id"), [&faults](ApiRequest &request) {
        if (!faults.removeRule(request.pathParam(QStringLiteral("id")).toInt()))
            return Errors::notFound(QStringLiteral("Fault"));
        return HttpResponse::text(204, {}, "application/json");
    }, Access::Admin);

    const auto rateLimitJson = [&faults] {
        return QJsonObject{
            {QStringLiteral("enabled"), faults.rateLimitRequests() > 0},
            {QStringLiteral("requests"), faults.rateLimitRequests()},
            {QStringLiteral("period_seconds"), faults.rateLimitPeriodSeconds()},
        };
    };
    r.add("GET", QStringLiteral("/sandbox/rate_limit"), [rateLimitJson](ApiRequest &) {
        return HttpResponse::json(200, rateLimitJson());
    }, Access::Admin);

    r.add("PUT", QStringLiteral("/sandbox/rate_limit"), [&faults, rateLimitJson](ApiRequest &request) {
        if (!request.has(QStringLiteral("requests")))
            return Errors::missing(QStringLiteral("requests"));
        const int period = request.integer(QStringLiteral("period_seconds"), 60);
        if (period <= 0)
            return Errors::error(400, QStringLiteral("period_seconds does not have a valid value"));
        faults.setRateLimit(request.integer(QStringLiteral("requests"), 0), period);
        return HttpResponse::json(200, rateLimitJson());
    }, Access::Admin);
}

} // namespace LabDesk::Sandbox
