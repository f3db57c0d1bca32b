// Injected faults and rate limiting, as a client sees them through QNetworkAccessManager: first
// FaultInjector in front of a bare HttpServer (every kind of fault, `times`, matching), then
// the sandbox's admin-only control routes and SandboxServer::faults().
#include "support/sandboxfixture.h"

#include "sandbox/api/modules.h"
#include "sandbox/faults.h"
#include "sandbox/httpserver.h"
#include "sandbox/sandboxapi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using LabDesk::Sandbox::FaultInjector;
using LabDesk::Sandbox::FaultRule;
using LabDesk::Sandbox::HttpRequest;
using LabDesk::Sandbox::HttpResponder;
using LabDesk::Sandbox::HttpResponse;
using LabDesk::Test::SandboxFixture;
namespace Sandbox = LabDesk::Sandbox;

namespace {

int statusOf(const std::unique_ptr<QNetworkReply> &reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FaultRule rule(FaultRule::Kind kind, const QString &path, int times = -1)
{
    FaultRule r;
    r.kind = kind;
    r.path = path;
    r.times = times;
    return r;
}

} // namespace

class tst_SandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // FaultInjector in front of a bare HttpServer.
    void statusFault_data();
    void statusFault();
    void timesAreCounted();
    void methodAndPathSelectRequests();
    void heldAnswerArrivesAfterTheRuleIsRemoved();
    void delayedAnswerArrivesWhole();
    void resetMidBodyBreaksTheTransfer();
    void truncatedJsonDoesNotParse();
    void htmlErrorPage_data();
    void htmlErrorPage();
    void rateLimitRule_data();
    void rateLimitRule();
    void rateLimiterCountsPerToken();
    void controlAndNonApiPathsAreExempt();

    // The sandbox's control routes and SandboxServer::faults().
    void controlRoutesNeedAnAdmin();
    void controlRoutesManageRules();
    void clearingReleasesHeldAnswers();
    void rateLimitRoute();
    void faultsInProcess();

private:
    std::unique_ptr<QNetworkReply> send(const QByteArray &method, const QString &path, const QByteArray &token = {});
    std::unique_ptr<QNetworkReply> get(const QString &path, const QByteArray &token = {});
    static bool finish(const std::unique_ptr<QNetworkReply> &reply);

    Sandbox::HttpServer m_server;
    FaultInjector m_faults;
    int m_dispatched = 0;
    QNetworkAccessManager m_network;

    SandboxFixture m_sandbox;
    QString m_userToken;
};

void tst_SandboxFaults::initTestCase()
{
    // The "API" behind the injector: a JSON answer big enough to cut in half.
    m_server.setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
        m_faults.handle(request, responder, [this](const HttpRequest &r) {
            ++m_dispatched;
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("path"), QString::fromUtf8(r.path)},
                                                       {QStringLiteral("method"), QString::fromLatin1(r.method)},
                                                       {QStringLiteral("padding"), QString(4000, QLatin1Char('x'))}});
        });
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));

    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.runOnServer([this](Sandbox::SandboxServer &server) {
        const int id = Sandbox::createUser(server.api(), QStringLiteral("alice"), QStringLiteral("Alice"),
                                           QStringLiteral("alice@example.com")).value(QLatin1String("id")).toInt();
        m_userToken = Sandbox::createPersonalAccessToken(server.api(), id, QStringLiteral("api"), {QStringLiteral("api")});
    });
    QVERIFY(!m_userToken.isEmpty());
}

void tst_SandboxFaults::cleanup()
{
    m_faults.clear();
    m_faults.setRateLimit(0);
    m_sandbox.request("DELETE", QStringLiteral("/sandbox/faults"));
    m_sandbox.request("PUT", QStringLiteral("/sandbox/rate_limit"), json({{QStringLiteral("requests"), 0}}));
}

std::unique_ptr<QNetworkReply> tst_SandboxFaults::send(const QByteArray &method, const QString &path, const QByteArray &token)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path)));
    if (!token.isEmpty())
        request.setRawHeader("PRIVATE-TOKEN", token);
    return std::unique_ptr<QNetworkReply>(m_network.sendCustomRequest(request, method));
}

std::unique_ptr<QNetworkReply> tst_SandboxFaults::get(const QString &path, const QByteArray &token)
{
    auto reply = send("GET", path, token);
    finish(reply);
    return reply;
}

bool tst_SandboxFaults::finish(const std::unique_ptr<QNetworkReply> &reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    return finished.wait(10000);
}

void tst_SandboxFaults::statusFault_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("500, GitLab's body") << 500 << QByteArray() << QByteArray("{\"message\":\"500 Internal Server Error\"}");
    QTest::newRow("404, GitLab's body") << 404 << QByteArray() << QByteArray("{\"message\":\"404 Not Found\"}");
    QTest::newRow("503, own body") << 503 << QByteArray("{\"message\":\"down for maintenance\"}")
                                   << QByteArray("{\"message\":\"down for maintenance\"}");
}

void tst_SandboxFaults::statusFault()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    FaultRule fault = rule(FaultRule::Kind::Status, QStringLiteral("^/projects$"));
    fault.status = status;
    fault.body = body;
    QVERIFY(m_faults.addRule(fault) > 0);
    const int dispatched = m_dispatched;
    auto reply = get(QStringLiteral("/api/v4/projects"));
    QCOMPARE(statusOf(reply), status);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("application/json")));
    QCOMPARE(reply->readAll(), expected);
    // The fault answered instead of the API.
    QCOMPARE(m_dispatched, dispatched);
}

void tst_SandboxFaults::timesAreCounted()
{
    const int id = m_faults.addRule(rule(FaultRule::Kind::Status, QStringLiteral("^/counted$"), 2));
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/counted"))), 500);
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/counted"))), 500);
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/counted"))), 200);
    // A spent rule stays listed, with no requests left.
    const QList<FaultRule> rules = m_faults.rules();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.first().id, id);
    QCOMPARE(rules.first().times, 0);
}

void tst_SandboxFaults::methodAndPathSelectRequests()
{
    FaultRule fault = rule(FaultRule::Kind::Status, QStringLiteral("^/projects/\\d+$"));
    fault.method = "post";
    QVERIFY(m_faults.addRule(fault) > 0);
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/projects/1"))), 200);
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/projects/1/jobs"))), 200);
    auto posted = send("POST", QStringLiteral("/api/v4/projects/1"));
    QVERIFY(finish(posted));
    QCOMPARE(statusOf(posted), 500);
    // An invalid expression is refused, with the reason.
    QString error;
    QCOMPARE(m_faults.addRule(rule(FaultRule::Kind::Status, QStringLiteral("(")), &error), 0);
    QVERIFY(!error.isEmpty());
}

void tst_SandboxFaults::heldAnswerArrivesAfterTheRuleIsRemoved()
{
    FaultRule hold = rule(FaultRule::Kind::Delay, QStringLiteral("^/slow$"));
    hold.delayMs = -1;
    const int id = m_faults.addRule(hold);
    auto slow = send("GET", QStringLiteral("/api/v4/slow"));
    auto fast = send("GET", QStringLiteral("/api/v4/fast"));
    QVERIFY(finish(fast));
    QCOMPARE(statusOf(fast), 200);
    // The slow request reached the API (its effect is done), only its answer waits.
    QTRY_COMPARE(m_dispatched >= 2, true);
    QVERIFY(!slow->isFinished());
    QVERIFY(m_faults.removeRule(id));
    QVERIFY(finish(slow));
    QCOMPARE(statusOf(slow), 200);
    QCOMPARE(QJsonDocument::fromJson(slow->readAll()).object().value(QLatin1String("path")).toString(), QStringLiteral("/api/v4/slow"));
}

void tst_SandboxFaults::delayedAnswerArrivesWhole()
{
    FaultRule delay = rule(FaultRule::Kind::Delay, QStringLiteral("^/later$"));
    delay.delayMs = 50;
    QVERIFY(m_faults.addRule(delay) > 0);
    auto reply = get(QStringLiteral("/api/v4/later"));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("path")).toString(), QStringLiteral("/api/v4/later"));
}

void tst_SandboxFaults::resetMidBodyBreaksTheTransfer()
{
    QVERIFY(m_faults.addRule(rule(FaultRule::Kind::ResetMidBody, QStringLiteral("^/broken$"), 1)) > 0);
    auto reply = get(QStringLiteral("/api/v4/broken"));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    // The server is fine afterwards, on a new connection.
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/broken"))), 200);
}

void tst_SandboxFaults::truncatedJsonDoesNotParse()
{
    const QByteArray whole = get(QStringLiteral("/api/v4/cut"))->readAll();
    QVERIFY(m_faults.addRule(rule(FaultRule::Kind::TruncatedJson, QStringLiteral("^/cut$"))) > 0);
    auto reply = get(QStringLiteral("/api/v4/cut"));
    // A clean transfer of a broken document: only parsing notices.
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(reply), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("application/json")));
    const QByteArray body = reply->readAll();
    QCOMPARE(body, whole.left(whole.size() / 2));
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void tst_SandboxFaults::htmlErrorPage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("title");
    QTest::newRow("502") << 502 << QStringLiteral("502 Bad Gateway");
    QTest::newRow("503") << 503 << QStringLiteral("503 Service Unavailable");
    QTest::newRow("504") << 504 << QStringLiteral("504 Gateway Timeout");
}

void tst_SandboxFaults::htmlErrorPage()
{
    QFETCH(int, status);
    QFETCH(QString, title);
    FaultRule page = rule(FaultRule::Kind::HtmlErrorPage, QStringLiteral("^/user$"));
    page.status = status;
    QVERIFY(m_faults.addRule(page) > 0);
    auto reply = get(QStringLiteral("/api/v4/user"));
    QCOMPARE(statusOf(reply), status);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("text/html"));
    QCOMPARE(reply->rawHeader("Server"), QByteArray("nginx"));
    const QString html = QString::fromUtf8(reply->readAll());
    QVERIFY2(html.contains(QStringLiteral("<title>%1</title>").arg(title)), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<hr><center>nginx</center>")));
    QVERIFY(QJsonDocument::fromJson(html.toUtf8()).isNull());
}

void tst_SandboxFaults::rateLimitRule_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("with Retry-After") << 30;
    QTest::newRow("without Retry-After") << -1;
}

void tst_SandboxFaults::rateLimitRule()
{
    QFETCH(int, retryAfter);
    FaultRule limit = rule(FaultRule::Kind::RateLimit, QStringLiteral("^/projects$"));
    limit.retryAfterSeconds = retryAfter;
    QVERIFY(m_faults.addRule(limit) > 0);
    auto reply = get(QStringLiteral("/api/v4/projects"));
    QCOMPARE(statusOf(reply), 429);
    // GitLab's Rack::Attack answer.
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("text/plain"));
    QCOMPARE(reply->readAll(), QByteArray("Retry later\n"));
    for (const char *header : {"RateLimit-Name", "RateLimit-Limit", "RateLimit-Observed", "RateLimit-Remaining", "RateLimit-Reset",
                               "RateLimit-ResetTime"})
        QVERIFY2(reply->hasRawHeader(header), header);
    QCOMPARE(reply->rawHeader("RateLimit-Remaining"), QByteArray("0"));
    if (retryAfter >= 0)
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray::number(retryAfter));
    else
        QVERIFY(!reply->hasRawHeader("Retry-After"));
}

void tst_SandboxFaults::rateLimiterCountsPerToken()
{
    // A period long enough that no window boundary falls inside the test.
    m_faults.setRateLimit(3, 1000000);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(statusOf(get(QStringLiteral("/api/v4/version"), "glpat-first")), 200);
    auto limited = get(QStringLiteral("/api/v4/version"), "glpat-first");
    QCOMPARE(statusOf(limited), 429);
    QCOMPARE(limited->rawHeader("RateLimit-Name"), QByteArray("throttle_authenticated_api"));
    QCOMPARE(limited->rawHeader("RateLimit-Observed"), QByteArray("4"));
    QCOMPARE(limited->rawHeader("RateLimit-Remaining"), QByteArray("0"));
    const int retryAfter = limited->rawHeader("Retry-After").toInt();
    QVERIFY(retryAfter > 0 && retryAfter <= 1000000);
    QCOMPARE(limited->rawHeader("RateLimit-Reset").toLongLong() - QDateTime::currentSecsSinceEpoch() <= retryAfter, true);
    // Another token has its own budget; so has an anonymous client (by address).
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/version"), "glpat-second")), 200);
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/version"))), 200);
    m_faults.setRateLimit(0);
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/version"), "glpat-first")), 200);
}

void tst_SandboxFaults::controlAndNonApiPathsAreExempt()
{
    QVERIFY(m_faults.addRule(rule(FaultRule::Kind::Status, QStringLiteral(".*"))) > 0);
    m_faults.setRateLimit(1, 1000000);
    QCOMPARE(statusOf(get(QStringLiteral("/api/v4/anything"))), 500);
    // The control routes, so a test can always clear what it set, and git's smart HTTP.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(statusOf(get(QStringLiteral("/api/v4/sandbox/faults"))), 200);
        QCOMPARE(statusOf(get(QStringLiteral("/group/project.git/info/refs?service=git-upload-pack"))), 200);
    }
}

void tst_SandboxFaults::controlRoutesNeedAnAdmin()
{
    const QByteArray body = json({{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("path"), QStringLiteral("^/version$")}});
    QCOMPARE(m_sandbox.request("POST", QStringLiteral("/sandbox/faults"), body, m_userToken)
                 ->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             403);
    QCOMPARE(m_sandbox.request("POST", QStringLiteral("/sandbox/faults"), body, QString())
                 ->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             401);
    QCOMPARE(m_sandbox.request("GET", QStringLiteral("/sandbox/faults"), {}, m_userToken)
                 ->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             403);
    QCOMPARE(m_sandbox.request("PUT", QStringLiteral("/sandbox/rate_limit"), json({{QStringLiteral("requests"), 1}}), m_userToken)
                 ->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             403);
    QCOMPARE(m_sandbox.request("GET", QStringLiteral("/version"), {}, m_userToken)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             200);
}

void tst_SandboxFaults::controlRoutesManageRules()
{
    auto created = m_sandbox.request("POST", QStringLiteral("/sandbox/faults"),
                                     json({{QStringLiteral("method"), QStringLiteral("GET")},
                                           {QStringLiteral("path"), QStringLiteral("^/version$")},
                                           {QStringLiteral("kind"), QStringLiteral("status")},
                                           {QStringLiteral("status"), 503},
                                           {QStringLiteral("times"), 1}}));
    QCOMPARE(statusOf(created), 201);
    const QJsonObject fault = QJsonDocument::fromJson(created->readAll()).object();
    const int id = fault.value(QLatin1String("id")).toInt();
    QVERIFY(id > 0);
    QCOMPARE(fault.value(QLatin1String("kind")).toString(), QStringLiteral("status"));
    QCOMPARE(fault.value(QLatin1String("times")).toInt(), 1);

    auto faulted = m_sandbox.request("GET", QStringLiteral("/version"), {}, m_userToken);
    QCOMPARE(statusOf(faulted), 503);
    QCOMPARE(QJsonDocument::fromJson(faulted->readAll()).object().value(QLatin1String("message")).toString(),
             QStringLiteral("503 Service Unavailable"));
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/version"), {}, m_userToken)), 200);

    const QJsonArray listed = QJsonDocument::fromJson(m_sandbox.request("GET", QStringLiteral("/sandbox/faults"))->readAll()).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("times")).toInt(), 0);

    const struct
    {
        QJsonObject body;
        QString error;
    } refused[] = {
        {{{QStringLiteral("kind"), QStringLiteral("explode")}, {QStringLiteral("path"), QStringLiteral("x")}},
         QStringLiteral("kind does not have a valid value")},
        {{{QStringLiteral("kind"), QStringLiteral("status")}}, QStringLiteral("path is missing")},
        {{{QStringLiteral("kind"), QStringLiteral("html_error_page")}, {QStringLiteral("path"), QStringLiteral("x")}, {QStringLiteral("status"), 500}},
         QStringLiteral("status does not have a valid value")},
        {{{QStringLiteral("kind"), QStringLiteral("delay")}, {QStringLiteral("path"), QStringLiteral("(")}}, QStringLiteral("path is invalid")},
    };
    for (const auto &attempt : refused) {
        auto reply = m_sandbox.request("POST", QStringLiteral("/sandbox/faults"), json(attempt.body));
        QCOMPARE(statusOf(reply), 400);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("error")).toString(), attempt.error);
    }

    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/sandbox/faults/%1").arg(id))), 204);
    auto gone = m_sandbox.request("DELETE", QStringLiteral("/sandbox/faults/%1").arg(id));
    QCOMPARE(statusOf(gone), 404);
    QCOMPARE(QJsonDocument::fromJson(gone->readAll()).object().value(QLatin1String("message")).toString(), QStringLiteral("404 Fault Not Found"));
}

void tst_SandboxFaults::clearingReleasesHeldAnswers()
{
    QCOMPARE(statusOf(m_sandbox.request("POST", QStringLiteral("/sandbox/faults"),
                                        json({{QStringLiteral("path"), QStringLiteral("^/version$")},
                                              {QStringLiteral("kind"), QStringLiteral("delay")},
                                              {QStringLiteral("delay_ms"), -1}}))),
             201);
    QNetworkAccessManager network;
    QNetworkRequest request(m_sandbox.apiUrl(QStringLiteral("/version")));
    request.setRawHeader("PRIVATE-TOKEN", m_userToken.toUtf8());
    std::unique_ptr<QNetworkReply> held(network.get(request));
    // Another call completes meanwhile; the held one waits for the fault to go.
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/user"), {}, m_userToken)), 200);
    QVERIFY(!held->isFinished());
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/sandbox/faults"))), 204);
    QVERIFY(finish(held));
    QCOMPARE(statusOf(held), 200);
    QVERIFY(QJsonDocument::fromJson(held->readAll()).object().contains(QLatin1String("version")));
}

void tst_SandboxFaults::rateLimitRoute()
{
    auto set = m_sandbox.request("PUT", QStringLiteral("/sandbox/rate_limit"),
                                 json({{QStringLiteral("requests"), 2}, {QStringLiteral("period_seconds"), 1000000}}));
    QCOMPARE(statusOf(set), 200);
    const QJsonObject limit = QJsonDocument::fromJson(set->readAll()).object();
    QCOMPARE(limit.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(limit.value(QLatin1String("requests")).toInt(), 2);
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/version"), {}, m_userToken)), 200);
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/version"), {}, m_userToken)), 200);
    auto limited = m_sandbox.request("GET", QStringLiteral("/version"), {}, m_userToken);
    QCOMPARE(statusOf(limited), 429);
    QVERIFY(limited->rawHeader("Retry-After").toInt() > 0);
    // The control routes are never throttled, so the limit can be lifted.
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/sandbox/rate_limit"))), 200);
    QCOMPARE(statusOf(m_sandbox.request("PUT", QStringLiteral("/sandbox/rate_limit"), json({{QStringLiteral("requests"), 0}}))), 200);
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/version"), {}, m_userToken)), 200);
}

void tst_SandboxFaults::faultsInProcess()
{
    m_sandbox.runOnServer([](Sandbox::SandboxServer &server) {
        FaultRule page = rule(FaultRule::Kind::HtmlErrorPage, QStringLiteral("^/version$"), 1);
        page.status = 502;
        server.faults().addRule(page);
    });
    auto proxied = m_sandbox.request("GET", QStringLiteral("/version"), {}, m_userToken);
    QCOMPARE(statusOf(proxied), 502);
    QCOMPARE(proxied->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("text/html"));
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/version"), {}, m_userToken)), 200);
}

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_sandbox_faults.moc"
