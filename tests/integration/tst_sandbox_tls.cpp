// TLS trust with certificates made for the test (valid with a private CA, expired, self-signed,
// for the wrong host), served over HTTPS on loopback: what the client refuses, how it explains
// it, and that a pin or an imported CA opens exactly one server.
#include "core/accounts/doctor.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/signincheck.h"
#include "core/api/gitlabclient.h"
#include "sandbox/httpserver.h"
#include "support/temphome.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace LabDesk;

namespace {

// Serves a GitLab-like /api/v4/version over HTTPS and counts the requests that got through.
class TlsServer
{
public:
    bool start(const QString &certFile, const QString &keyFile)
    {
        QFile cert(certFile);
        QFile key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(cert.readAll()));
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        m_http.setSslConfiguration(config);
        m_http.setHandler([this](const Sandbox::HttpRequest &request, const Sandbox::HttpResponder &responder) {
            ++requests;
            tokens << request.header("private-token");
            responder.send(Sandbox::HttpResponse::json(200, QJsonObject{{"version", "17.5.2"}, {"revision", "x"}}));
        });
        return m_http.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("https://%1:%2").arg(host).arg(m_http.serverPort()));
    }
    int port() const { return m_http.serverPort(); }

    int requests = 0;
    QList<QByteArray> tokens;

private:
    Sandbox::HttpServer m_http;
};

} // namespace

class tst_SandboxTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unknownCaIsRefusedAndExplained();
    void importedCaOpensThatServerOnly();
    void expiredCertificate();
    void wrongHostName();
    void selfSignedPinnedForOneServer();
    void doctorReportsAndTrustsAPin();

private:
    bool openssl(const QStringList &args);
    bool makeLeaf(const QString &name, const QString &san, const QString &start, const QString &end);
    QString path(const QString &file) const { return m_dir.filePath(file); }
    QSslCertificate certificate(const QString &name) const;
    Api::Response get(const QUrl &server, Accounts::ServerTrust *trust, Accounts::CertificateProblem *problem = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TempHome> m_home;
};

bool tst_SandboxTls::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "openssl" << args << p.readAllStandardError();
        return false;
    }
    return true;
}

bool tst_SandboxTls::makeLeaf(const QString &name, const QString &san, const QString &start, const QString &end)
{
    QFile ext(path(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("[leaf]\nsubjectAltName=" + san.toUtf8() + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    ext.close();
    return openssl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                    name + ".key", "-out", name + ".csr", "-subj", "/CN=" + name})
           && openssl({"ca", "-batch", "-notext", "-config", "ca.cnf", "-in", name + ".csr", "-out", name + ".pem",
                       "-startdate", start, "-enddate", end, "-extfile", name + ".ext", "-extensions", "leaf"});
}

QSslCertificate tst_SandboxTls::certificate(const QString &name) const
{
    const auto certs = QSslCertificate::fromPath(path(name + QStringLiteral(".pem")));
    return certs.isEmpty() ? QSslCertificate() : certs.constFirst();
}

void tst_SandboxTls::initTestCase()
{
    qRegisterMetaType<Api::Response>();
    qRegisterMetaType<Accounts::CertificateProblem>();
    QVERIFY(m_dir.isValid());
    QFile cnf(path(QStringLiteral("ca.cnf")));
    QVERIFY(cnf.open(QIODevice::WriteOnly));
    cnf.write("[ca]\ndefault_ca=test\n[test]\ndir=.\ndatabase=index.txt\nnew_certs_dir=.\ncertificate=ca.pem\n"
              "private_key=ca.key\nserial=serial\ndefault_md=sha256\npolicy=anything\nunique_subject=no\n"
              "[anything]\ncommonName=supplied\n");
    cnf.close();
    QFile(path(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
    QFile serial(path(QStringLiteral("serial")));
    QVERIFY(serial.open(QIODevice::WriteOnly));
    serial.write("1000\n");
    serial.close();

    const QString now = QDateTime::currentDateTimeUtc().addDays(-1).toString(QStringLiteral("yyMMddHHmmss'Z'"));
    const QString later = QDateTime::currentDateTimeUtc().addDays(30).toString(QStringLiteral("yyMMddHHmmss'Z'"));
    QVERIFY(openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                     "ca.key", "-out", "ca.pem", "-days", "30", "-subj", "/CN=LabDesk Test CA"}));
    QVERIFY(makeLeaf(QStringLiteral("valid"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), now, later));
    QVERIFY(makeLeaf(QStringLiteral("expired"), QStringLiteral("DNS:localhost,IP:127.0.0.1"),
                     QStringLiteral("200101000000Z"), QStringLiteral("210101000000Z")));
    QVERIFY(makeLeaf(QStringLiteral("wronghost"), QStringLiteral("DNS:gitlab.wrong.example"), now, later));
    QVERIFY(openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                     "selfsigned.key", "-out", "selfsigned.pem", "-days", "30", "-subj", "/CN=gitlab.local", "-addext",
                     "subjectAltName=DNS:localhost,IP:127.0.0.1"}));
}

void tst_SandboxTls::init()
{
    m_home = std::make_unique<Test::TempHome>();
}

void tst_SandboxTls::cleanup()
{
    m_home.reset();
}

Api::Response tst_SandboxTls::get(const QUrl &server, Accounts::ServerTrust *trust, Accounts::CertificateProblem *problem)
{
    Api::GitLabClient client;
    client.setServer(server);
    client.setToken(QStringLiteral("glpat-secretsecretsecret"));
    client.setTrust(trust);
    Api::Call *call = client.send(Api::Request::get(QStringLiteral("/version")));
    QSignalSpy problems(call, &Api::Call::certificateProblem);
    QSignalSpy finished(call, &Api::Call::finished);
    if (!finished.wait(30000))
        return {};
    if (problem && !problems.isEmpty())
        *problem = problems.constFirst().constFirst().value<Accounts::CertificateProblem>();
    return finished.constFirst().constFirst().value<Api::Response>();
}

void tst_SandboxTls::unknownCaIsRefusedAndExplained()
{
    TlsServer server;
    QVERIFY(server.start(path("valid.pem"), path("valid.key")));
    Accounts::ServerTrust trust;
    Accounts::CertificateProblem problem;
    const Api::Response r = get(server.url(), &trust, &problem);
    QCOMPARE(r.error.kind, Api::ApiError::Kind::Tls);
    QVERIFY2(problem.summary().contains(QLatin1String("certificate authority")), qPrintable(problem.summary()));
    QCOMPARE(problem.subject, QStringLiteral("valid"));
    QCOMPARE(problem.issuer, QStringLiteral("LabDesk Test CA"));
    QCOMPARE(problem.sha256Fingerprint, Accounts::ServerTrust::fingerprintText(certificate("valid")));
    QCOMPARE(server.requests, 0); // nothing, and so no token, went over the untrusted connection
}

void tst_SandboxTls::importedCaOpensThatServerOnly()
{
    TlsServer server;
    QVERIFY(server.start(path("valid.pem"), path("valid.key")));
    TlsServer other;
    QVERIFY(other.start(path("valid.pem"), path("valid.key")));
    Accounts::ServerTrust trust;
    trust.addCaCertificate(QStringLiteral("127.0.0.1"), server.port(), certificate("ca"));
    const Api::Response ok = get(server.url(), &trust);
    QVERIFY2(!ok.error.isError(), qPrintable(ok.error.userMessage()));
    QCOMPARE(server.tokens, (QList<QByteArray>{"glpat-secretsecretsecret"}));
    // The CA was imported for one server: another port is still refused.
    QCOMPARE(get(other.url(), &trust).error.kind, Api::ApiError::Kind::Tls);
    QCOMPARE(other.requests, 0);
}

void tst_SandboxTls::expiredCertificate()
{
    TlsServer server;
    QVERIFY(server.start(path("expired.pem"), path("expired.key")));
    Accounts::ServerTrust trust;
    trust.addCaCertificate(QStringLiteral("127.0.0.1"), server.port(), certificate("ca"));
    Accounts::CertificateProblem problem;
    QCOMPARE(get(server.url(), &trust, &problem).error.kind, Api::ApiError::Kind::Tls);
    QVERIFY2(problem.summary().contains(QLatin1String("expired")), qPrintable(problem.summary()));
    QCOMPARE(problem.notAfter.date(), QDate(2021, 1, 1));
}

void tst_SandboxTls::wrongHostName()
{
    TlsServer server;
    QVERIFY(server.start(path("wronghost.pem"), path("wronghost.key")));
    Accounts::ServerTrust trust;
    trust.addCaCertificate(QStringLiteral("127.0.0.1"), server.port(), certificate("ca"));
    Accounts::CertificateProblem problem;
    QCOMPARE(get(server.url(), &trust, &problem).error.kind, Api::ApiError::Kind::Tls);
    QVERIFY2(problem.summary().contains(QLatin1String("another name")), qPrintable(problem.summary()));
}

void tst_SandboxTls::selfSignedPinnedForOneServer()
{
    TlsServer server;
    QVERIFY(server.start(path("selfsigned.pem"), path("selfsigned.key")));
    TlsServer twin; // same certificate, another port
    QVERIFY(twin.start(path("selfsigned.pem"), path("selfsigned.key")));
    Accounts::ServerTrust trust;
    Accounts::CertificateProblem problem;
    QCOMPARE(get(server.url(), &trust, &problem).error.kind, Api::ApiError::Kind::Tls);
    QVERIFY(problem.summary().contains(QLatin1String("self-signed")));

    // "Trust this certificate for this server only"
    trust.pin(problem.host, problem.port, problem.certificate);
    const Api::Response ok = get(server.url(), &trust);
    QVERIFY2(!ok.error.isError(), qPrintable(ok.error.userMessage()));
    QCOMPARE(server.requests, 1);
    QCOMPARE(get(twin.url(), &trust).error.kind, Api::ApiError::Kind::Tls);
    QCOMPARE(get(server.url(QStringLiteral("localhost")), &trust).error.kind, Api::ApiError::Kind::Tls);
    QCOMPARE(twin.requests, 0);

    // Sign-in reports the same problem for the UI to offer the pin.
    Accounts::ServerTrust fresh;
    fresh.removePin(problem.host, problem.port);
    auto *check = new Accounts::SignInCheck(twin.url(), QStringLiteral("glpat-x"), &fresh);
    QSignalSpy done(check, &Accounts::SignInCheck::finished);
    check->start();
    QVERIFY(done.wait(30000));
    const auto result = done.constFirst().constFirst().value<Accounts::SignInResult>();
    QVERIFY(!result.certificate.isEmpty());
    QCOMPARE(result.certificate.sha256Fingerprint, Accounts::ServerTrust::fingerprintText(certificate("selfsigned")));
}

void tst_SandboxTls::doctorReportsAndTrustsAPin()
{
    TlsServer server;
    QVERIFY(server.start(path("selfsigned.pem"), path("selfsigned.key")));
    Accounts::ServerTrust trust;
    {
        Accounts::Doctor doctor(server.url().toString(), {}, &trust);
        QSignalSpy finished(&doctor, &Accounts::Doctor::finished);
        doctor.start();
        QVERIFY(finished.wait(60000));
        const auto checks = doctor.checks();
        const auto tls = std::find_if(checks.begin(), checks.end(), [](const auto &c) { return c.id == QLatin1String("tls"); });
        QVERIFY(tls != checks.end());
        QCOMPARE(tls->status, Accounts::Doctor::Status::Fail);
        QVERIFY(tls->detail.contains(Accounts::ServerTrust::fingerprintText(certificate("selfsigned"))));
        QVERIFY(!doctor.certificateProblem().isEmpty());
        trust.pin(doctor.certificateProblem().host, doctor.certificateProblem().port, doctor.certificateProblem().certificate);
    }
    Accounts::Doctor again(server.url().toString(), {}, &trust);
    QSignalSpy finished(&again, &Accounts::Doctor::finished);
    again.start();
    QVERIFY(finished.wait(60000));
    for (const auto &c : again.checks()) {
        if (c.id == QLatin1String("tls"))
            QCOMPARE(c.status, Accounts::Doctor::Status::Pass);
        if (c.id == QLatin1String("api"))
            QCOMPARE(c.status, Accounts::Doctor::Status::Pass);
    }
}

QTEST_GUILESS_MAIN(tst_SandboxTls)
#include "tst_sandbox_tls.moc"
