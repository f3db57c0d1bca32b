// GitLabClient against the sandbox over loopback: pagination, cancellation, every injected fault,
// 401 handling, redirects, ETags and what the client sends.
#include "core/api/gitlabclient.h"
#include "core/api/types.h"
#include "sandbox/httpserver.h"
#include "support/sandboxfixture.h"

#include <buildinfo.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace LabDesk;
using LabDesk::Test::SandboxFixture;

namespace {

Api::Response waitFor(Api::Call *call, int timeoutMs = 30000)
{
    QSignalSpy finished(call, &Api::Call::finished);
    if (!finished.wait(timeoutMs))
        return {};
    return finished.constFirst().constFirst().value<Api::Response>();
}

struct Collected
{
    QList<int> ids;
    QList<int> pages;
    Api::ApiError error;
    bool finished = false;
};

Collected collect(Api::PagedCall *call, int timeoutMs = 120000)
{
    auto result = std::make_shared<Collected>();
    QObject::connect(call, &Api::PagedCall::pageReceived, call, [result](const QJsonArray &items, int page) {
        result->pages << page;
        for (const QJsonValue &item : items)
            result->ids << item.toObject().value(QLatin1String("id")).toInt();
    });
    QSignalSpy finished(call, &Api::PagedCall::finished);
    QObject::connect(call, &Api::PagedCall::finished, call, [result](const Api::ApiError &error) {
        result->error = error;
        result->finished = true;
    });
    finished.wait(timeoutMs);
    return *result;
}

} // namespace

class tst_SandboxClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void offsetPagesInParallelInOrder();
    void keysetPagination();
    void noTotalsAboveTenThousand();
    void maxPagesStopsEarly();
    void cancelStopsPaging();
    void faults_data();
    void faults();
    void postIsNeverRetried();
    void timeoutIsReported();
    void unauthorizedSignalledOnce();
    void redirectToAnotherHostKeepsTheToken();
    void sameOriginRedirectIsFollowed();
    void etagPolling();

private:
    void addFault(const QJsonObject &rule);
    Api::GitLabClient *client(const QString &token = QStringLiteral("admin"));

    SandboxFixture m_sandbox;
    SandboxFixture m_many;
};

void tst_SandboxClient::initTestCase()
{
    qRegisterMetaType<Api::Response>();
    qRegisterMetaType<Api::ApiError>();
    Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("projects:450");
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
}

void tst_SandboxClient::cleanup()
{
    auto reply = m_sandbox.request("DELETE", QStringLiteral("/sandbox/faults"));
    QVERIFY(reply->error() == QNetworkReply::NoError);
}

Api::GitLabClient *tst_SandboxClient::client(const QString &token)
{
    auto *c = new Api::GitLabClient(this);
    c->setServer(m_sandbox.url());
    c->setToken(token == QLatin1String("admin") ? m_sandbox.adminToken() : token);
    Api::RetryPolicy fast;
    fast.maxAttempts = 4;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 200;
    c->setRetryPolicy(fast);
    return c;
}

void tst_SandboxClient::addFault(const QJsonObject &rule)
{
    auto reply = m_sandbox.request("POST", QStringLiteral("/sandbox/faults"), QJsonDocument(rule).toJson());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
}

void tst_SandboxClient::offsetPagesInParallelInOrder()
{
    Api::Request request = Api::Request::get(QStringLiteral("/projects"));
    request.query.addQueryItem(QStringLiteral("order_by"), QStringLiteral("id"));
    request.query.addQueryItem(QStringLiteral("sort"), QStringLiteral("asc"));
    const Collected c = collect(client()->fetchAll(request));
    QVERIFY2(c.finished && !c.error.isError(), qPrintable(c.error.userMessage()));
    QCOMPARE(c.pages, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(c.ids.size(), 450);
    QCOMPARE(QSet<int>(c.ids.begin(), c.ids.end()).size(), 450);
    QVERIFY(std::is_sorted(c.ids.begin(), c.ids.end()));
}

void tst_SandboxClient::keysetPagination()
{
    Api::Request request = Api::Request::get(QStringLiteral("/projects"));
    request.paging = Api::Request::Paging::Keyset;
    const Collected c = collect(client()->fetchAll(request));
    QVERIFY2(c.finished && !c.error.isError(), qPrintable(c.error.userMessage()));
    QCOMPARE(c.ids.size(), 450);
    QCOMPARE(QSet<int>(c.ids.begin(), c.ids.end()).size(), 450);
    QCOMPARE(c.pages.size(), 5);
}

void tst_SandboxClient::noTotalsAboveTenThousand()
{
    Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("projects:10050");
    QVERIFY2(m_many.start(options), qPrintable(m_many.errorString()));
    auto *c = new Api::GitLabClient(this);
    c->setServer(m_many.url());
    c->setToken(m_many.adminToken());
    Api::Request request = Api::Request::get(QStringLiteral("/projects"));
    request.query.addQueryItem(QStringLiteral("simple"), QStringLiteral("true"));
    const Collected result = collect(c->fetchAll(request));
    QVERIFY2(result.finished && !result.error.isError(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.ids.size(), 10050); // followed x-next-page to the end without x-total-pages
    QCOMPARE(result.pages.size(), 101);
}

void tst_SandboxClient::maxPagesStopsEarly()
{
    const Collected c = collect(client()->fetchAll(Api::Request::get(QStringLiteral("/projects")), 4, 2));
    QVERIFY(!c.error.isError());
    QCOMPARE(c.pages, (QList<int>{1, 2}));
    QCOMPARE(c.ids.size(), 200);
}

void tst_SandboxClient::cancelStopsPaging()
{
    // Hold every page after the first, so the cancel lands while they are in flight.
    addFault({{"method", "GET"}, {"path", "^/projects$"}, {"kind", "delay"}, {"delay_ms", -1}});
    Api::PagedCall *call = client()->fetchAll(Api::Request::get(QStringLiteral("/projects")));
    QSignalSpy pages(call, &Api::PagedCall::pageReceived);
    QSignalSpy finished(call, &Api::PagedCall::finished);
    QTimer::singleShot(200, call, &Api::PagedCall::cancel);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().value<Api::ApiError>().kind, Api::ApiError::Kind::Cancelled);
    QCOMPARE(pages.size(), 0);
}

void tst_SandboxClient::faults_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<bool>("recovers");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<int>("status");

    using K = Api::ApiError::Kind;
    QTest::newRow("429 with Retry-After") << QJsonObject{{"kind", "rate_limit"}, {"retry_after", 1}, {"times", 1}} << true << 0 << 200;
    QTest::newRow("429 without Retry-After") << QJsonObject{{"kind", "rate_limit"}, {"times", 2}} << true << 0 << 200;
    QTest::newRow("502 page, then fine") << QJsonObject{{"kind", "html_error_page"}, {"status", 502}, {"times", 2}} << true << 0 << 200;
    QTest::newRow("504 for good") << QJsonObject{{"kind", "html_error_page"}, {"status", 504}} << false << int(K::Http) << 504;
    QTest::newRow("reset mid-body, then fine") << QJsonObject{{"kind", "reset_mid_body"}, {"times", 1}} << true << 0 << 200;
    QTest::newRow("truncated JSON") << QJsonObject{{"kind", "truncated_json"}} << false << int(K::InvalidBody) << 200;
    QTest::newRow("500 with GitLab's body") << QJsonObject{{"kind", "status"}, {"status", 500}} << false << int(K::Http) << 500;
    QTest::newRow("429 for good") << QJsonObject{{"kind", "rate_limit"}} << false << int(K::Http) << 429;
}

void tst_SandboxClient::faults()
{
    QFETCH(QJsonObject, rule);
    QFETCH(bool, recovers);
    QFETCH(int, errorKind);
    QFETCH(int, status);
    rule.insert(QStringLiteral("method"), QStringLiteral("GET"));
    rule.insert(QStringLiteral("path"), QStringLiteral("^/user$"));
    addFault(rule);

    Api::Call *call = client()->send(Api::Request::get(QStringLiteral("/user")));
    const Api::Response r = waitFor(call, 60000);
    QCOMPARE(r.status, status);
    if (recovers) {
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(Api::User::fromJson(r.json.object()).username, QStringLiteral("root"));
    } else {
        QCOMPARE(int(r.error.kind), errorKind);
        QVERIFY(!r.error.userMessage().isEmpty());
        if (rule.value(QLatin1String("kind")).toString() == QLatin1String("html_error_page"))
            QVERIFY2(r.error.excerpt.contains(QLatin1String("504")), qPrintable(r.error.excerpt));
    }
}

void tst_SandboxClient::postIsNeverRetried()
{
    addFault({{"method", "POST"}, {"path", "^/users$"}, {"kind", "html_error_page"}, {"status", 503}, {"times", 1}});
    Api::Call *call = client()->send(Api::Request::post(QStringLiteral("/users"),
                                                        {{"username", "zed"}, {"name", "Zed"}, {"email", "zed@example.com"}}));
    const Api::Response r = waitFor(call);
    // A retry would have succeeded (the fault applies once): the failure proves there was none.
    QCOMPARE(r.status, 503);
    QCOMPARE(r.error.kind, Api::ApiError::Kind::Http);
    auto users = m_sandbox.request("GET", QStringLiteral("/users?username=zed"));
    QCOMPARE(QJsonDocument::fromJson(users->readAll()).array().size(), 0);
}

void tst_SandboxClient::timeoutIsReported()
{
    addFault({{"method", "GET"}, {"path", "^/version$"}, {"kind", "delay"}, {"delay_ms", 5000}});
    Api::GitLabClient *c = client();
    Api::RetryPolicy policy = c->retryPolicy();
    policy.maxAttempts = 2;
    c->setRetryPolicy(policy);
    Api::Request request = Api::Request::get(QStringLiteral("/version"));
    request.timeoutMs = 300;
    const Api::Response r = waitFor(c->send(request));
    QCOMPARE(r.error.kind, Api::ApiError::Kind::Timeout);
}

void tst_SandboxClient::unauthorizedSignalledOnce()
{
    Api::GitLabClient *c = client(QStringLiteral("glpat-notarealtokennotreal"));
    QSignalSpy rejected(c, &Api::GitLabClient::tokenRejected);
    const Api::Response first = waitFor(c->send(Api::Request::get(QStringLiteral("/user"))));
    const Api::Response second = waitFor(c->send(Api::Request::get(QStringLiteral("/version"))));
    QVERIFY(first.error.isAuthenticationFailure());
    QVERIFY(second.error.isAuthenticationFailure());
    QCOMPARE(rejected.size(), 1);
    c->setToken(QStringLiteral("glpat-anotherwrongtokenxx"));
    waitFor(c->send(Api::Request::get(QStringLiteral("/user"))));
    QCOMPARE(rejected.size(), 2);
}

void tst_SandboxClient::redirectToAnotherHostKeepsTheToken()
{
    // Server B records what reaches it; server A redirects there.
    QList<QByteArray> tokensAtB;
    Sandbox::HttpServer b;
    b.setHandler([&tokensAtB](const Sandbox::HttpRequest &request, const Sandbox::HttpResponder &responder) {
        tokensAtB << request.header("private-token");
        responder.send(Sandbox::HttpResponse::json(200, QJsonObject{{"version", "1.0"}}));
    });
    QVERIFY(b.listen(QHostAddress::LocalHost, 0));
    Sandbox::HttpServer a;
    const QByteArray target = "http://127.0.0.1:" + QByteArray::number(b.serverPort()) + "/api/v4/version";
    a.setHandler([target](const Sandbox::HttpRequest &, const Sandbox::HttpResponder &responder) {
        Sandbox::HttpResponse redirect = Sandbox::HttpResponse::text(302, {});
        redirect.setHeader("Location", target);
        responder.send(redirect);
    });
    QVERIFY(a.listen(QHostAddress::LocalHost, 0));

    Api::GitLabClient c;
    c.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(a.serverPort())));
    c.setToken(QStringLiteral("glpat-secretsecretsecret"));
    const Api::Response r = waitFor(c.send(Api::Request::get(QStringLiteral("/version"))));
    QCOMPARE(r.error.kind, Api::ApiError::Kind::Redirect);
    QVERIFY(r.error.userMessage().contains(QString::number(b.serverPort())));
    QVERIFY(tokensAtB.isEmpty());
}

void tst_SandboxClient::sameOriginRedirectIsFollowed()
{
    QList<QByteArray> seen;
    Sandbox::HttpServer a;
    a.setHandler([&seen](const Sandbox::HttpRequest &request, const Sandbox::HttpResponder &responder) {
        seen << request.path + ' ' + request.header("private-token") + ' ' + request.header("user-agent");
        if (request.path == "/api/v4/version") {
            Sandbox::HttpResponse redirect = Sandbox::HttpResponse::text(301, {});
            redirect.setHeader("Location", "/api/v4/moved-version");
            responder.send(redirect);
            return;
        }
        responder.send(Sandbox::HttpResponse::json(200, QJsonObject{{"version", "16.0.0"}}));
    });
    QVERIFY(a.listen(QHostAddress::LocalHost, 0));
    Api::GitLabClient c;
    c.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(a.serverPort())));
    c.setToken(QStringLiteral("glpat-secretsecretsecret"));
    const Api::Response r = waitFor(c.send(Api::Request::get(QStringLiteral("/version"))));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
    QCOMPARE(Api::ServerVersion::fromJson(r.json.object()).major, 16);
    // Every request went to this server (Qt may send the first one more than once).
    for (const QByteArray &request : std::as_const(seen))
        QVERIFY(request.startsWith("/api/v4/version ") || request.startsWith("/api/v4/moved-version "));
    QCOMPARE(seen.last(), QByteArray("/api/v4/moved-version glpat-secretsecretsecret LabDesk/" LABDESK_VERSION));
}

void tst_SandboxClient::etagPolling()
{
    Api::GitLabClient *c = client();
    Api::Request request = Api::Request::get(QStringLiteral("/projects/1"));
    request.poll = true;
    const Api::Response first = waitFor(c->send(request));
    QVERIFY2(!first.error.isError(), qPrintable(first.error.userMessage()));
    QVERIFY(!first.header("etag").isEmpty());
    QVERIFY(!first.notModified);
    const Api::Response second = waitFor(c->send(request));
    QCOMPARE(second.status, 304);
    QVERIFY(second.notModified);
    QCOMPARE(second.json, first.json);
}

QTEST_GUILESS_MAIN(tst_SandboxClient)
#include "tst_sandbox_client.moc"
