#include "core/accounts/signincheck.h"
#include "core/api/request.h"
#include "core/api/types.h"

#include <QJsonDocument>
#include <QTest>

using namespace LabDesk;

class tst_ApiRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeId_data();
    void encodeId();
    void pageInfo();
    void pageInfoWithoutTotals();
    void linkRelations();
    void httpDate();
    void serverVersion_data();
    void serverVersion();
    void scopeGaps_data();
    void scopeGaps();
    void expiryWarning_data();
    void expiryWarning();
    void parsersAreTotal();
};

void tst_ApiRequest::encodeId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("numeric") << "42" << "42";
    QTest::newRow("nested path") << "group/sub/project" << "group%2Fsub%2Fproject";
    QTest::newRow("file path") << "ci/templates/.gitlab-ci.yml" << "ci%2Ftemplates%2F.gitlab-ci.yml";
    QTest::newRow("space and plus") << "a b+c" << "a%20b%2Bc";
    QTest::newRow("unicode") << QString::fromUtf8("组/项目") << "%E7%BB%84%2F%E9%A1%B9%E7%9B%AE";
}

void tst_ApiRequest::encodeId()
{
    QFETCH(QString, input);
    QFETCH(QString, encoded);
    QCOMPARE(Api::encodeId(input), encoded);
}

void tst_ApiRequest::pageInfo()
{
    const auto info = Api::PageInfo::fromHeaders({
        {"X-Page", "2"}, {"X-Per-Page", "100"}, {"X-Next-Page", "3"}, {"X-Prev-Page", "1"},
        {"X-Total", "450"}, {"X-Total-Pages", "5"},
        {"Link", R"(<https://h/api/v4/projects?page=1&per_page=100>; rel="prev", <https://h/api/v4/projects?page=3&per_page=100>; rel="next", <https://h/api/v4/projects?page=1&per_page=100>; rel="first", <https://h/api/v4/projects?page=5&per_page=100>; rel="last")"},
    });
    QCOMPARE(info.page, 2);
    QCOMPARE(info.perPage, 100);
    QCOMPARE(info.nextPage, 3);
    QCOMPARE(info.total, 450);
    QCOMPARE(info.totalPages, 5);
    QVERIFY(info.hasTotals());
    QCOMPARE(info.next.toString(), QStringLiteral("https://h/api/v4/projects?page=3&per_page=100"));
}

void tst_ApiRequest::pageInfoWithoutTotals()
{
    // Above 10,000 records GitLab leaves the totals out and sends an empty x-next-page on the last page.
    const auto middle = Api::PageInfo::fromHeaders({{"x-page", "101"}, {"x-next-page", "102"}});
    QVERIFY(!middle.hasTotals());
    QVERIFY(middle.hasNext());
    const auto last = Api::PageInfo::fromHeaders({{"x-page", "102"}, {"x-next-page", ""}});
    QVERIFY(!last.hasNext());
    QCOMPARE(last.total, -1);
}

void tst_ApiRequest::linkRelations()
{
    const QByteArray keyset = R"(<https://h/api/v4/projects?id_after=42&order_by=id&pagination=keyset&per_page=20&sort=asc>; rel="next")";
    QCOMPARE(Api::linkRelation(keyset, "next").query(), QStringLiteral("id_after=42&order_by=id&pagination=keyset&per_page=20&sort=asc"));
    QVERIFY(!Api::linkRelation(keyset, "prev").isValid());
    QVERIFY(!Api::linkRelation(QByteArray(), "next").isValid());
}

void tst_ApiRequest::httpDate()
{
    const QDateTime t = Api::parseHttpDate("Tue, 24 Nov 2026 16:27:16 GMT");
    QVERIFY(t.isValid());
    QCOMPARE(t, QDateTime(QDate(2026, 11, 24), QTime(16, 27, 16), Qt::UTC));
    QVERIFY(!Api::parseHttpDate("yesterday").isValid());
}

void tst_ApiRequest::serverVersion_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<bool>("jihu");
    QTest::addColumn<bool>("enterprise");
    QTest::newRow("ce") << QByteArray(R"({"version":"17.5.2","revision":"abc"})") << 17 << 5 << false << false;
    QTest::newRow("ee") << QByteArray(R"({"version":"16.11.1-ee","revision":"abc","enterprise":true})") << 16 << 11 << false << true;
    QTest::newRow("jihu") << QByteArray(R"({"version":"16.2.3-jh","revision":"abc"})") << 16 << 2 << true << false;
    QTest::newRow("garbage") << QByteArray(R"({"version":7})") << 0 << 0 << false << false;
}

void tst_ApiRequest::serverVersion()
{
    QFETCH(QByteArray, json);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(bool, jihu);
    QFETCH(bool, enterprise);
    const auto v = Api::ServerVersion::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(v.major, major);
    QCOMPARE(v.minor, minor);
    QCOMPARE(v.isJiHu(), jihu);
    QCOMPARE(v.enterprise, enterprise);
    QCOMPARE(v.isValid(), major > 0);
    if (v.isValid()) {
        QVERIFY(v.atLeast(major, minor));
        QVERIFY(!v.atLeast(major, minor + 1));
        QVERIFY(v.atLeast(major - 1, 99));
    }
}

void tst_ApiRequest::scopeGaps_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("api covers everything") << QStringList{"api"} << QStringList{};
    QTest::newRow("read_api only") << QStringList{"read_api"}
                                   << QStringList{"api", "create_runner", "read_repository", "write_repository"};
    QTest::newRow("runner creator") << QStringList{"read_api", "create_runner", "write_repository"} << QStringList{"api"};
    QTest::newRow("nothing") << QStringList{}
                             << QStringList{"read_api", "api", "create_runner", "read_repository", "write_repository"};
}

void tst_ApiRequest::scopeGaps()
{
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, missing);
    QStringList found;
    for (const auto &gap : Accounts::SignInCheck::scopeGaps(scopes)) {
        found << gap.scope;
        QVERIFY(!gap.feature.isEmpty());
    }
    QCOMPARE(found, missing);
}

void tst_ApiRequest::expiryWarning_data()
{
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<bool>("warns");
    QTest::addColumn<QString>("mentions");
    const QDate today(2026, 11, 24);
    QTest::newRow("never") << QDate() << false << "";
    QTest::newRow("far away") << today.addDays(90) << false << "";
    QTest::newRow("in ten days") << today.addDays(10) << true << "10";
    QTest::newRow("tomorrow") << today.addDays(1) << true << "1 day";
    QTest::newRow("today: expired") << today << true << "expired";
    QTest::newRow("last week") << today.addDays(-7) << true << "expired";
}

void tst_ApiRequest::expiryWarning()
{
    QFETCH(QDate, expires);
    QFETCH(bool, warns);
    QFETCH(QString, mentions);
    const QString warning = Accounts::SignInCheck::expiryWarning(expires, QDate(2026, 11, 24));
    QCOMPARE(!warning.isEmpty(), warns);
    QVERIFY2(warning.contains(mentions), qPrintable(warning));
}

void tst_ApiRequest::parsersAreTotal()
{
    // Wrong types and missing fields never crash and give invalid values.
    const QJsonObject junk = QJsonDocument::fromJson(R"({"id":"x","scopes":"api","namespace":[]})").object();
    QVERIFY(!Api::User::fromJson(junk).isValid());
    QVERIFY(!Api::Project::fromJson(junk).isValid());
    QVERIFY(Api::TokenInfo::fromJson(junk).scopes.isEmpty());
    const auto p = Api::Project::fromJson(QJsonDocument::fromJson(
        R"({"id":3,"path_with_namespace":"g/p","namespace":{"id":9,"full_path":"g"},"last_activity_at":"2024-05-01T10:20:30.123Z"})").object());
    QCOMPARE(p.id, 3);
    QCOMPARE(p.namespaceFullPath, QStringLiteral("g"));
    QCOMPARE(p.lastActivityAt, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 123), Qt::UTC));
}

QTEST_GUILESS_MAIN(tst_ApiRequest)
#include "tst_apirequest.moc"
