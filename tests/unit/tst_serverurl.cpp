#include "core/accounts/serverurl.h"

#include <QTest>

using LabDesk::Accounts::ServerUrl;

class tst_ServerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void displayName();
};

void tst_ServerUrl::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<bool>("schemeMissing");
    QTest::addColumn<bool>("apiDropped");

    QTest::newRow("https host") << "https://gitlab.example.com" << "https://gitlab.example.com" << true << false << false;
    QTest::newRow("trailing slash") << "https://gitlab.example.com/" << "https://gitlab.example.com" << true << false << false;
    QTest::newRow("ip and port") << "http://192.168.1.20:8080" << "http://192.168.1.20:8080" << true << false << false;
    QTest::newRow("relative root") << "https://example.com/gitlab/" << "https://example.com/gitlab" << true << false << false;
    QTest::newRow("api suffix") << "https://example.com/api/v4" << "https://example.com" << true << false << true;
    QTest::newRow("api call pasted") << "https://example.com/gitlab/api/v4/projects?x=1" << "https://example.com/gitlab" << true << false << true;
    QTest::newRow("browser page") << "https://gitlab.com/-/user_settings/personal_access_tokens" << "https://gitlab.com" << true << false << false;
    QTest::newRow("sign in page") << "http://10.0.0.5/users/sign_in" << "http://10.0.0.5" << true << false << false;
    QTest::newRow("gitlab.com bare") << "gitlab.com" << "https://gitlab.com" << true << false << false;
    QTest::newRow("bare host") << "gitlab2" << "https://gitlab2" << false << true << false;
    QTest::newRow("bare ip port") << "192.168.1.20:8080" << "https://192.168.1.20:8080" << false << true << false;
    QTest::newRow("spaces") << "  https://a.example  " << "https://a.example" << true << false << false;
    QTest::newRow("credentials dropped") << "https://user:pw@a.example" << "https://a.example" << true << false << false;
    QTest::newRow("ssh url") << "ssh://git@a.example:222" << "" << false << false << false;
    QTest::newRow("empty") << "" << "" << false << false << false;
    QTest::newRow("garbage") << "http://" << "" << false << false << false;
}

void tst_ServerUrl::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, url);
    QFETCH(bool, usable);
    QFETCH(bool, schemeMissing);
    QFETCH(bool, apiDropped);
    const ServerUrl parsed = ServerUrl::parse(input);
    QCOMPARE(parsed.url.toString(), url);
    QCOMPARE(parsed.isUsable(), usable);
    QCOMPARE(parsed.schemeMissing, schemeMissing);
    QCOMPARE(parsed.apiSuffixDropped, apiDropped);
    if (!usable)
        QVERIFY2(!parsed.error.isEmpty(), "an unusable address needs an explanation");
    if (schemeMissing)
        QVERIFY(parsed.error.contains(QLatin1String("http://")) && parsed.error.contains(QLatin1String("https://")));
}

void tst_ServerUrl::displayName()
{
    QCOMPARE(ServerUrl::displayName(QUrl(QStringLiteral("https://gitlab.com"))), QStringLiteral("gitlab.com"));
    QCOMPARE(ServerUrl::displayName(QUrl(QStringLiteral("http://10.0.0.5:8080/gitlab"))), QStringLiteral("10.0.0.5:8080/gitlab"));
}

QTEST_GUILESS_MAIN(tst_ServerUrl)
#include "tst_serverurl.moc"
