// The connection doctor's verdict for each broken setup it knows, against real servers on
// loopback: the sandbox, and small HTTP servers that misbehave as proxies and wrong ports do.
#include "core/accounts/doctor.h"
#include "core/accounts/servertrust.h"
#include "sandbox/httpserver.h"
#include "support/sandboxfixture.h"
#include "support/temphome.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace LabDesk;
using Status = Accounts::Doctor::Status;

namespace {

QMap<QString, Accounts::Doctor::Check> diagnose(const QString &server, const QString &token = {})
{
    Accounts::ServerTrust trust;
    Accounts::Doctor doctor(server, token, &trust);
    QSignalSpy finished(&doctor, &Accounts::Doctor::finished);
    doctor.start();
    finished.wait(60000);
    QMap<QString, Accounts::Doctor::Check> byId;
    for (const auto &check : doctor.checks())
        byId.insert(check.id, check);
    return byId;
}

QString describe(const QMap<QString, Accounts::Doctor::Check> &checks)
{
    QStringList lines;
    for (const auto &c : checks)
        lines << c.id + QLatin1Char('=') + Accounts::Doctor::statusName(c.status) + QStringLiteral(": ") + c.detail;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_SandboxDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthyServer();
    void bareHostNeedsAScheme();
    void apiSuffixIsDropped();
    void unresolvableName();
    void closedPort();
    void notGitLab();
    void wrongToken();
    void limitedToken();
    void proxyDecodingEncodedSlashes();
    void redirectToAnotherAddress();
    void clockSkew();
    void oldServer();
    void everyCheckReportedInOrder();

private:
    Test::TempHome m_home;
    Test::SandboxFixture m_sandbox;
};

void tst_SandboxDoctor::initTestCase()
{
    qRegisterMetaType<Accounts::Doctor::Check>();
    Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("demo");
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
}

void tst_SandboxDoctor::healthyServer()
{
    const auto checks = diagnose(m_sandbox.url().toString(), m_sandbox.adminToken());
    for (const char *id : {"url", "dns", "tcp", "redirect", "api", "token", "encoded-slash", "clock"})
        QVERIFY2(checks.value(QLatin1String(id)).status == Status::Pass, qPrintable(describe(checks)));
    QCOMPARE(checks.value(QStringLiteral("tls")).status, Status::Warn); // plain http: said, not failed
    QVERIFY(checks.value(QStringLiteral("api")).detail.contains(QLatin1String("17.5.2")));
}

void tst_SandboxDoctor::bareHostNeedsAScheme()
{
    const auto checks = diagnose(QStringLiteral("gitlab2"));
    QCOMPARE(checks.value(QStringLiteral("url")).status, Status::Fail);
    QVERIFY(checks.value(QStringLiteral("url")).fix.contains(QLatin1String("http://")));
    QCOMPARE(checks.value(QStringLiteral("dns")).status, Status::Skipped);
    QCOMPARE(checks.size(), 9);
}

void tst_SandboxDoctor::apiSuffixIsDropped()
{
    const auto checks = diagnose(m_sandbox.url().toString() + QStringLiteral("/api/v4/"), m_sandbox.adminToken());
    QCOMPARE(checks.value(QStringLiteral("url")).status, Status::Pass);
    QVERIFY(checks.value(QStringLiteral("url")).detail.contains(QLatin1String("/api/v4")));
    QCOMPARE(checks.value(QStringLiteral("api")).status, Status::Pass);
}

void tst_SandboxDoctor::unresolvableName()
{
    const auto checks = diagnose(QStringLiteral("http://gitlab.labdesk-test.invalid"));
    QCOMPARE(checks.value(QStringLiteral("dns")).status, Status::Fail);
    const QString fix = checks.value(QStringLiteral("dns")).fix;
    QVERIFY(fix.contains(QLatin1String("IP")) && fix.contains(QLatin1String("hosts")) && fix.contains(QLatin1String("container")));
    QCOMPARE(checks.value(QStringLiteral("tcp")).status, Status::Skipped);
}

void tst_SandboxDoctor::closedPort()
{
    QTcpServer probe; // find a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const auto checks = diagnose(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QCOMPARE(checks.value(QStringLiteral("tcp")).status, Status::Fail);
    QVERIFY(checks.value(QStringLiteral("tcp")).fix.contains(QString::number(port)));
    QCOMPARE(checks.value(QStringLiteral("api")).status, Status::Skipped);
}

void tst_SandboxDoctor::notGitLab()
{
    Sandbox::HttpServer web; // some other web server on that port
    web.setHandler([](const Sandbox::HttpRequest &, const Sandbox::HttpResponder &responder) {
        responder.send(Sandbox::HttpResponse::text(404, "<html><body><h1>Welcome to nginx!</h1></body></html>", "text/html"));
    });
    QVERIFY(web.listen(QHostAddress::LocalHost, 0));
    const auto checks = diagnose(QStringLiteral("http://127.0.0.1:%1").arg(web.serverPort()), QStringLiteral("glpat-x"));
    QCOMPARE(checks.value(QStringLiteral("api")).status, Status::Fail);
    QVERIFY2(checks.value(QStringLiteral("api")).detail.contains(QLatin1String("nginx")), qPrintable(describe(checks)));
}

void tst_SandboxDoctor::wrongToken()
{
    const auto checks = diagnose(m_sandbox.url().toString(), QStringLiteral("glpat-wrongwrongwrongwrong"));
    QCOMPARE(checks.value(QStringLiteral("token")).status, Status::Fail);
    QVERIFY(checks.value(QStringLiteral("token")).fix.contains(QLatin1String("api")));
}

void tst_SandboxDoctor::limitedToken()
{
    auto reply = m_sandbox.request("POST", QStringLiteral("/users/1/personal_access_tokens"),
                                   R"({"name":"ro","scopes":["read_api"]})");
    const QString token = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("token")).toString();
    const auto checks = diagnose(m_sandbox.url().toString(), token);
    QCOMPARE(checks.value(QStringLiteral("token")).status, Status::Warn);
    QVERIFY(checks.value(QStringLiteral("token")).fix.contains(QLatin1String("create_runner")));
}

void tst_SandboxDoctor::proxyDecodingEncodedSlashes()
{
    // A reverse proxy that decodes %2F before passing requests on, as a misconfigured nginx does.
    QNetworkAccessManager upstream;
    Sandbox::HttpServer proxy;
    const QUrl sandbox = m_sandbox.url();
    proxy.setHandler([&upstream, sandbox](const Sandbox::HttpRequest &request, const Sandbox::HttpResponder &responder) {
        QByteArray target = request.target;
        target.replace("%2F", "/").replace("%2f", "/");
        QNetworkRequest forwarded(QUrl(sandbox.toString() + QString::fromUtf8(target)));
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
            if (it.key() != "host")
                forwarded.setRawHeader(it.key(), it.value());
        }
        QNetworkReply *reply = upstream.sendCustomRequest(forwarded, request.method, request.body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, responder] {
            Sandbox::HttpResponse response;
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.body = reply->readAll();
            response.setHeader("Content-Type", reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
            responder.send(response);
            reply->deleteLater();
        });
    });
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    const auto checks = diagnose(QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()), m_sandbox.adminToken());
    QCOMPARE(checks.value(QStringLiteral("api")).status, Status::Pass); // the proxy itself works
    QCOMPARE(checks.value(QStringLiteral("encoded-slash")).status, Status::Fail);
    QVERIFY(checks.value(QStringLiteral("encoded-slash")).fix.contains(QLatin1String("AllowEncodedSlashes")));
}

void tst_SandboxDoctor::redirectToAnotherAddress()
{
    Sandbox::HttpServer old; // the server moved; the old address redirects
    const QByteArray target = m_sandbox.url().toString().toUtf8();
    old.setHandler([target](const Sandbox::HttpRequest &request, const Sandbox::HttpResponder &responder) {
        Sandbox::HttpResponse moved = Sandbox::HttpResponse::text(301, {});
        moved.setHeader("Location", target + request.target);
        responder.send(moved);
    });
    QVERIFY(old.listen(QHostAddress::LocalHost, 0));
    const auto checks = diagnose(QStringLiteral("http://127.0.0.1:%1").arg(old.serverPort()), m_sandbox.adminToken());
    QCOMPARE(checks.value(QStringLiteral("redirect")).status, Status::Warn);
    QVERIFY2(checks.value(QStringLiteral("redirect")).fix.contains(m_sandbox.url().toString()), qPrintable(describe(checks)));
}

void tst_SandboxDoctor::clockSkew()
{
    Sandbox::HttpServer skewed;
    skewed.setHandler([](const Sandbox::HttpRequest &, const Sandbox::HttpResponder &responder) {
        Sandbox::HttpResponse r = Sandbox::HttpResponse::json(200, QJsonObject{{"version", "16.0.0"}, {"revision", "x"}});
        r.setHeader("Date", QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                          QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                .toLatin1());
        responder.send(r);
    });
    QVERIFY(skewed.listen(QHostAddress::LocalHost, 0));
    const auto checks = diagnose(QStringLiteral("http://127.0.0.1:%1").arg(skewed.serverPort()));
    QCOMPARE(checks.value(QStringLiteral("clock")).status, Status::Warn);
    QVERIFY2(checks.value(QStringLiteral("clock")).detail.contains(QLatin1String("60")), qPrintable(describe(checks)));
}

void tst_SandboxDoctor::oldServer()
{
    Test::SandboxFixture old;
    Sandbox::SandboxServer::Options options;
    options.versionString = QStringLiteral("15.4.2");
    QVERIFY(old.start(options));
    const auto checks = diagnose(old.url().toString(), old.adminToken());
    QCOMPARE(checks.value(QStringLiteral("api")).status, Status::Warn);
    QVERIFY(checks.value(QStringLiteral("api")).fix.contains(QLatin1String("15.10")));
}

void tst_SandboxDoctor::everyCheckReportedInOrder()
{
    Accounts::ServerTrust trust;
    Accounts::Doctor doctor(m_sandbox.url().toString(), m_sandbox.adminToken(), &trust);
    QSignalSpy each(&doctor, &Accounts::Doctor::checkFinished);
    QSignalSpy finished(&doctor, &Accounts::Doctor::finished);
    doctor.start();
    QVERIFY(finished.wait(60000));
    QStringList ids;
    for (const auto &args : each)
        ids << args.constFirst().value<Accounts::Doctor::Check>().id;
    QCOMPARE(ids, (QStringList{"url", "dns", "tcp", "tls", "redirect", "api", "token", "encoded-slash", "clock"}));
    const QJsonArray json = Accounts::Doctor::toJson(doctor.checks());
    QCOMPARE(json.size(), 9);
    QCOMPARE(json.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("pass"));
}

QTEST_GUILESS_MAIN(tst_SandboxDoctor)
#include "tst_sandbox_doctor.moc"
