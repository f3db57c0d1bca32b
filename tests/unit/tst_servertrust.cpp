#include "core/accounts/servertrust.h"
#include "support/temphome.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using LabDesk::Accounts::ServerTrust;

class tst_ServerTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pinAppliesToThatServerOnly();
    void pinsPersistAndCanBeRemoved();
    void caCertificatesPerServer();
    void describeExplains_data();
    void describeExplains();

private:
    QSslCertificate makeCertificate(const QString &name);

    QTemporaryDir m_dir;
    QSslCertificate m_a;
    QSslCertificate m_b;
};

QSslCertificate tst_ServerTrust::makeCertificate(const QString &name)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return QSslCertificate();
    const auto certs = QSslCertificate::fromPath(m_dir.filePath(name + QStringLiteral(".pem")));
    return certs.isEmpty() ? QSslCertificate() : certs.constFirst();
}

void tst_ServerTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = makeCertificate(QStringLiteral("a.example"));
    m_b = makeCertificate(QStringLiteral("b.example"));
    QVERIFY2(!m_a.isNull() && !m_b.isNull(), "openssl could not make test certificates");
}

void tst_ServerTrust::pinAppliesToThatServerOnly()
{
    LabDesk::Test::TempHome home;
    ServerTrust trust;
    const QList<QSslError> selfSignedA{QSslError(QSslError::SelfSignedCertificate, m_a)};
    QVERIFY(!trust.accepts(QStringLiteral("a.example"), 443, selfSignedA));

    trust.pin(QStringLiteral("A.example"), 443, m_a);
    QVERIFY(trust.accepts(QStringLiteral("a.example"), 443, selfSignedA));
    QVERIFY(trust.accepts(QStringLiteral("a.example"), 443,
                          {QSslError(QSslError::SelfSignedCertificate, m_a), QSslError(QSslError::HostNameMismatch, m_a)}));
    // Not another port, not another host, not another certificate on the pinned server.
    QVERIFY(!trust.accepts(QStringLiteral("a.example"), 8443, selfSignedA));
    QVERIFY(!trust.accepts(QStringLiteral("b.example"), 443, selfSignedA));
    QVERIFY(!trust.accepts(QStringLiteral("a.example"), 443, {QSslError(QSslError::SelfSignedCertificate, m_b)}));
    // An error without a certificate is never waved through.
    QVERIFY(!trust.accepts(QStringLiteral("a.example"), 443, {QSslError(QSslError::UnspecifiedError)}));
}

void tst_ServerTrust::pinsPersistAndCanBeRemoved()
{
    LabDesk::Test::TempHome home;
    {
        ServerTrust trust;
        trust.pin(QStringLiteral("a.example"), 443, m_a);
        trust.pin(QStringLiteral("10.0.0.5"), 8443, m_b);
    }
    ServerTrust again;
    QCOMPARE(again.pins().size(), 2);
    QCOMPARE(again.pins().at(0).subject, QStringLiteral("a.example"));
    QVERIFY(again.isPinned(QStringLiteral("10.0.0.5"), 8443, m_b));
    again.removePin(QStringLiteral("a.example"), 443);
    ServerTrust third;
    QCOMPARE(third.pins().size(), 1);
    QVERIFY(!third.isPinned(QStringLiteral("a.example"), 443, m_a));
}

void tst_ServerTrust::caCertificatesPerServer()
{
    LabDesk::Test::TempHome home;
    {
        ServerTrust trust;
        trust.addCaCertificate(QStringLiteral("a.example"), 443, m_b);
    }
    ServerTrust again;
    QCOMPARE(again.caCertificates(QStringLiteral("a.example"), 443).size(), 1);
    QVERIFY(again.caCertificates(QStringLiteral("b.example"), 443).isEmpty());
    QCOMPARE(again.caEntries().size(), 1);
    again.removeCaCertificates(QStringLiteral("a.example"), 443);
    QVERIFY(again.caCertificates(QStringLiteral("a.example"), 443).isEmpty());
}

void tst_ServerTrust::describeExplains_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("expired") << int(QSslError::CertificateExpired) << "expired";
    QTest::newRow("self-signed") << int(QSslError::SelfSignedCertificate) << "self-signed";
    QTest::newRow("unknown CA") << int(QSslError::UnableToGetLocalIssuerCertificate) << "certificate authority";
    QTest::newRow("wrong host") << int(QSslError::HostNameMismatch) << "another name";
}

void tst_ServerTrust::describeExplains()
{
    QFETCH(int, error);
    QFETCH(QString, mentions);
    const auto problem = ServerTrust::describe(QStringLiteral("a.example"), 443,
                                               {QSslError(QSslError::SslError(error), m_a)}, {m_a});
    QCOMPARE(problem.reasons.size(), 1);
    QVERIFY2(problem.summary().contains(mentions), qPrintable(problem.summary()));
    QCOMPARE(problem.subject, QStringLiteral("a.example"));
    QVERIFY(problem.notAfter > problem.notBefore);
    // The fingerprint is printed as openssl and browsers print it.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                              QStringLiteral("-sha256"), QStringLiteral("-in"), m_dir.filePath(QStringLiteral("a.example.pem"))});
    QVERIFY(openssl.waitForFinished(30000));
    const QString printed = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed().section(QLatin1Char('='), 1);
    QCOMPARE(problem.sha256Fingerprint, printed);
}

QTEST_GUILESS_MAIN(tst_ServerTrust)
#include "tst_servertrust.moc"
