#pragma once

#include "httpserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace LabDesk::Sandbox {

class SandboxApi;

// One injected fault: which API requests it hits and what happens to them.
struct FaultRule
{
    enum class Kind {
        Status,        // answers `status` with `body` instead of the API ({"message":"<status> <reason>"} by default)
        Delay,         // the API's answer, `delayMs` later; a negative delay holds it until the rule is removed
        ResetMidBody,  // the API's headers and half of its body, then a TCP reset
        TruncatedJson, // the first half of the API's body, with a Content-Length that matches: malformed JSON
        HtmlErrorPage, // a reverse proxy's HTML error page (`status` 502, 503 or 504), text/html
        RateLimit,     // 429 as GitLab's throttle sends it; Retry-After only when retryAfterSeconds >= 0
    };

    int id = 0;               // set by FaultInjector::addRule()
    QByteArray method;        // "GET", "POST", ...; empty or "*": any method
    QString path;             // regular expression searched in the path below /api/v4 (still percent-encoded)
    Kind kind = Kind::Status;
    int status = 500;         // Status, HtmlErrorPage
    QByteArray body;          // Status: the body to send instead of GitLab's default one
    int delayMs = 0;          // Delay
    int retryAfterSeconds = -1; // RateLimit
    int times = -1;           // requests it still applies to; -1: until removed. Spent rules stay listed.

    QJsonObject toJson() const;
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

// Misbehaves on purpose, so tests can watch clients cope with what real servers and proxies do:
// per-route faults (FaultRule) and a global rate limiter, off by default, that counts requests per
// token (or per client address without one) in fixed windows and answers 429 as GitLab's
// Rack::Attack throttle does. Only requests below /api/v4 are affected, and never the control
// routes below /api/v4/sandbox/, so a test can always undo what it set.
//
// The first rule that matches a request (and has times left) applies, then the rate limiter.
// Not thread-safe: lives on the sandbox server's thread, like the server that owns it.
class FaultInjector
{
public:
    using Dispatch = std::function<HttpResponse(const HttpRequest &)>;

    FaultInjector();
    ~FaultInjector();
    FaultInjector(const FaultInjector &) = delete;
    FaultInjector &operator=(const FaultInjector &) = delete;

    // Returns the new rule's id, or 0 (with `error` set) when its path is not a valid expression.
    int addRule(FaultRule rule, QString *error = nullptr);
    // Removing a rule sends the answers it still holds.
    bool removeRule(int id);
    void clear();
    QList<FaultRule> rules() const;

    // At most `requests` requests per `periodSeconds`; requests <= 0 turns the limiter off.
    void setRateLimit(int requests, int periodSeconds = 60);
    int rateLimitRequests() const;
    int rateLimitPeriodSeconds() const;

    // Answers `request` through `responder`: with `dispatch(request)`, unless a fault applies.
    void handle(const HttpRequest &request, const HttpResponder &responder, const Dispatch &dispatch);

private:
    struct Held
    {
        int ruleId = 0;
        HttpResponder responder;
        HttpResponse response;
    };

    bool isSubject(const HttpRequest &request) const;
    FaultRule *match(const HttpRequest &request);
    bool throttled(const HttpRequest &request, HttpResponse *response);
    void apply(const FaultRule &rule, const HttpRequest &request, const HttpResponder &responder,
               const Dispatch &dispatch);
    void release(int ruleId);

    QList<FaultRule> m_rules;
    QList<QRegularExpression> m_patterns; // parallel to m_rules
    QList<Held> m_held;
    int m_nextId = 1;

    int m_rateLimit = 0;
    int m_ratePeriod = 60;
    struct Window
    {
        qint64 index = -1;
        int count = 0;
    };
    QHash<QByteArray, Window> m_windows;

    std::unique_ptr<QObject> m_timerContext; // delayed answers die with the injector
};

// The admin-only control routes: POST|GET|DELETE /sandbox/faults, DELETE /sandbox/faults/:id,
// GET|PUT /sandbox/rate_limit.
void registerFaultRoutes(SandboxApi &api, FaultInjector &faults);

} // namespace LabDesk::Sandbox
