// The sandbox's HTTP layer and its first route, over real loopback sockets.
#include "support/sandboxfixture.h"
#include "support/temphome.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using LabDesk::Test::SandboxFixture;

class tst_SandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionNeedsAToken_data();
    void versionNeedsAToken();
    void versionReportsTheEmulatedRelease();
    void unknownRoutesAnswerLikeGitLab();
    void keepAliveAndChunkedBodiesOnOneSocket();
    void malformedRequestGets400();
    void standaloneServerPrintsItsAddress();

private:
    QByteArray rawExchange(const QByteArray &request, int expectedResponses);

    SandboxFixture m_sandbox;
};

void tst_SandboxHttp::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QCOMPARE(m_sandbox.url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_sandbox.url().port() > 0);
    QVERIFY(m_sandbox.adminToken().startsWith(QLatin1String("glpat-")));
}

void tst_SandboxHttp::versionNeedsAToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("admin token") << QStringLiteral("admin") << 200;
    QTest::newRow("no token") << QString() << 401;
    QTest::newRow("wrong token") << QStringLiteral("glpat-wrongwrongwrongwrong") << 401;
}

void tst_SandboxHttp::versionNeedsAToken()
{
    QFETCH(QString, token);
    QFETCH(int, status);
    auto reply = m_sandbox.request("GET", QStringLiteral("/version"), {}, token);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("application/json")));
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 401)
        QCOMPARE(body.value(QLatin1String("message")).toString(), QStringLiteral("401 Unauthorized"));
    else
        QVERIFY(body.contains(QLatin1String("version")));
}

void tst_SandboxHttp::versionReportsTheEmulatedRelease()
{
    SandboxFixture jihu;
    LabDesk::Sandbox::SandboxServer::Options options;
    options.versionString = QStringLiteral("16.2.3-jh");
    options.adminToken = QStringLiteral("glpat-fixedfixedfixedfixed");
    QVERIFY2(jihu.start(options), qPrintable(jihu.errorString()));
    QCOMPARE(jihu.adminToken(), options.adminToken);

    auto reply = jihu.request("GET", QStringLiteral("/version"));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(QLatin1String("version")).toString(), QStringLiteral("16.2.3-jh"));
    QVERIFY(!body.value(QLatin1String("revision")).toString().isEmpty());

    // The token also works as a Bearer token and as ?private_token=, as on GitLab.
    QNetworkAccessManager network;
    QNetworkRequest bearer(jihu.apiUrl(QStringLiteral("/version")));
    bearer.setRawHeader("Authorization", "Bearer glpat-fixedfixedfixedfixed");
    std::unique_ptr<QNetworkReply> viaBearer(network.get(bearer));
    QSignalSpy done(viaBearer.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(viaBearer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void tst_SandboxHttp::unknownRoutesAnswerLikeGitLab()
{
    auto reply = m_sandbox.request("GET", QStringLiteral("/no/such/route"));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("error")).toString(),
             QStringLiteral("404 Not Found"));
}

QByteArray tst_SandboxHttp::rawExchange(const QByteArray &request, int expectedResponses)
{
    QTcpSocket socket;
    socket.connectToHost(m_sandbox.url().host(), quint16(m_sandbox.url().port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray received;
    // Read until every expected status line and its body have arrived, or the server closes.
    while (received.count("HTTP/1.1 ") < expectedResponses || !received.endsWith("}")) {
        if (!socket.waitForReadyRead(5000))
            break;
        received += socket.readAll();
    }
    return received;
}

void tst_SandboxHttp::keepAliveAndChunkedBodiesOnOneSocket()
{
    const QByteArray token = m_sandbox.adminToken().toUtf8();
    const QByteArray twoRequests =
        "POST /api/v4/version HTTP/1.1\r\nHost: x\r\nPRIVATE-TOKEN: " + token
        + "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
          "GET /api/v4/version HTTP/1.1\r\nHost: x\r\nPRIVATE-TOKEN: "
        + token + "\r\n\r\n";
    const QByteArray received = rawExchange(twoRequests, 2);
    // /version only answers GET (405, as Grape does); the pipelined GET behind it still gets its answer.
    QVERIFY2(received.startsWith("HTTP/1.1 405 Method Not Allowed\r\n"), received.constData());
    QVERIFY2(received.contains("HTTP/1.1 200 OK\r\n"), received.constData());
    QVERIFY(received.endsWith("\"enterprise\":false}") || received.contains("\"version\""));
}

void tst_SandboxHttp::malformedRequestGets400()
{
    const QByteArray received = rawExchange("NONSENSE\r\n\r\n", 1);
    QVERIFY2(received.startsWith("HTTP/1.1 400 Bad Request\r\n"), received.constData());
    QVERIFY(received.contains("Connection: close"));
}

void tst_SandboxHttp::standaloneServerPrintsItsAddress()
{
    LabDesk::Test::TempHome home;
    const QString tokenFile = home.filePath(QStringLiteral("admin-token"));
    QProcess server;
    server.start(QStringLiteral(LABDESK_SANDBOX_EXE),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--admin-token-file"),
                  tokenFile});
    QVERIFY(server.waitForStarted(10000));
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(10000))
        line += server.readAllStandardOutput();
    const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))\n$"));
    const auto match = listening.match(QString::fromUtf8(line));
    QVERIFY2(match.hasMatch(), line.constData());
    QVERIFY(match.captured(2).toInt() > 0);

    // It wrote a private token file, and that token works.
    QFileInfo info(tokenFile);
    QVERIFY(info.exists());
    QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray token = file.readAll().trimmed();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(match.captured(1) + QStringLiteral("/api/v4/version")));
    request.setRawHeader("PRIVATE-TOKEN", token);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    server.terminate();
    QVERIFY(server.waitForFinished(10000));

    // A second start reuses the token in the file.
    QProcess again;
    again.start(QStringLiteral(LABDESK_SANDBOX_EXE),
                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--admin-token-file"), tokenFile});
    QVERIFY(again.waitForStarted(10000));
    QVERIFY(again.waitForReadyRead(10000));
    again.terminate();
    QVERIFY(again.waitForFinished(10000));
    QFile reread(tokenFile);
    QVERIFY(reread.open(QIODevice::ReadOnly));
    QCOMPARE(reread.readAll().trimmed(), token);

    // Bad --listen values are usage errors.
    QProcess bad;
    bad.start(QStringLiteral(LABDESK_SANDBOX_EXE), {QStringLiteral("--listen"), QStringLiteral("localhost")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--listen"));
}

QTEST_GUILESS_MAIN(tst_SandboxHttp)
#include "tst_sandboxhttp.moc"
