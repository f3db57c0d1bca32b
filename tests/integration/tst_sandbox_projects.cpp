// The sandbox's projects API against GitLab's documented behaviour: fields (checked against
// GitLab's own response schema), visibility, offset and keyset pagination, creation and the
// demo seed's real repositories.
#include "support/sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using LabDesk::Test::SandboxFixture;

namespace {

int status(const std::unique_ptr<QNetworkReply> &reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// The reply's JSON; peeking leaves it readable for another look.
QJsonDocument body(const std::unique_ptr<QNetworkReply> &reply)
{
    return QJsonDocument::fromJson(reply->peek(reply->bytesAvailable()));
}

// The URL of Link's rel="next", or empty.
QString nextLink(const std::unique_ptr<QNetworkReply> &reply)
{
    static const QRegularExpression next(QStringLiteral("<([^>]+)>; rel=\"next\""));
    return next.match(QString::fromUtf8(reply->rawHeader("Link"))).captured(1);
}

// A tiny JSON Schema check, as much as GitLab's response schemas need: required fields and
// types. It tolerates the corpus quirks (README): type "date" means an ISO 8601 string, type
// names may carry stray spaces, and $ref targets that are not in the corpus are skipped.
bool matchesType(const QJsonValue &value, QString type)
{
    type = type.trimmed();
    if (type == QLatin1String("null"))
        return value.isNull();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("date") || type == QLatin1String("datetime"))
        return value.isString() && QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
    if (type == QLatin1String("integer"))
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    return true; // unknown type words: nothing to check
}

QString schemaErrors(const QJsonValue &value, const QJsonObject &schema, const QString &where)
{
    if (schema.contains(QLatin1String("$ref")))
        return {};
    QStringList errors;
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isString() || type.isArray()) {
        QStringList types;
        if (type.isString())
            types << type.toString();
        for (const QJsonValue &t : type.toArray())
            types << t.toString();
        if (std::none_of(types.cbegin(), types.cend(), [&value](const QString &t) { return matchesType(value, t); }))
            errors << QStringLiteral("%1: expected %2, got %3")
                          .arg(where, types.join(QLatin1Char('|')),
                               QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString()))
                errors << QStringLiteral("%1: missing %2").arg(where, required.toString());
        }
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key()))
                errors << schemaErrors(object.value(it.key()), it.value().toObject(),
                                       where + QLatin1Char('.') + it.key());
        }
    }
    if (value.isArray() && schema.value(QLatin1String("items")).isObject()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            errors << schemaErrors(array.at(i), schema.value(QLatin1String("items")).toObject(),
                                   QStringLiteral("%1[%2]").arg(where).arg(i));
    }
    errors.removeAll(QString());
    return errors.join(QLatin1Char('\n'));
}

} // namespace

class tst_SandboxProjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offsetPaginationHeaders_data();
    void offsetPaginationHeaders();
    void perPageIsCappedAt100();
    void noTotalsAboveTenThousand();
    void keysetWalksEveryProjectOnce();
    void keysetDefaultsToNewestFirst();
    void keysetNeedsOrderById();
    void projectByEncodedPath();
    void schemaCheckerCatchesMistakes();
    void listsMatchGitLabSchema_data();
    void listsMatchGitLabSchema();
    void projectCarriesCloneUrlsAndPermissions();
    void visibilityRules_data();
    void visibilityRules();
    void filtersAndOrder_data();
    void filtersAndOrder();
    void invalidParametersAreRefused_data();
    void invalidParametersAreRefused();
    void createProjectWithReadme();
    void createProjectRefusesDuplicatesAndForeignNamespaces();
    void updateAndDeleteProject();
    void demoRepositoriesCloneWithCiFiles();

private:
    QString tokenFor(const QString &username);
    QString createUser(const QString &username);

    QTemporaryDir m_data; // outlives the sandbox that writes into it
    SandboxFixture m_demo;
    SandboxFixture m_many;
    QHash<QString, QString> m_tokens;
};

void tst_SandboxProjects::initTestCase()
{
    QVERIFY(m_data.isValid());
    LabDesk::Sandbox::SandboxServer::Options demo;
    demo.seed = QStringLiteral("demo");
    demo.dataDir = m_data.path();
    QVERIFY2(m_demo.start(demo), qPrintable(m_demo.errorString()));
    LabDesk::Sandbox::SandboxServer::Options many;
    many.seed = QStringLiteral("projects:10050");
    QVERIFY2(m_many.start(many), qPrintable(m_many.errorString()));
}

QString tst_SandboxProjects::createUser(const QString &username)
{
    const QByteArray user
        = QJsonDocument(QJsonObject {{QStringLiteral("username"), username},
                                     {QStringLiteral("name"), username},
                                     {QStringLiteral("email"), QString(username + QStringLiteral("@example.org"))}})
              .toJson();
    auto reply = m_demo.request("POST", QStringLiteral("/users"), user);
    return QString::number(body(reply).object().value(QLatin1String("id")).toInt());
}

// A personal access token (api scope) for a demo user, made through the admin API.
QString tst_SandboxProjects::tokenFor(const QString &username)
{
    if (m_tokens.contains(username))
        return m_tokens.value(username);
    auto lookup = m_demo.request("GET", QStringLiteral("/users?username=") + username);
    const QJsonArray found = body(lookup).array();
    const QString id = found.isEmpty() ? createUser(username)
                                       : QString::number(found.first().toObject().value(QLatin1String("id")).toInt());
    const QByteArray request
        = QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("test")},
                                     {QStringLiteral("scopes"), QJsonArray {QStringLiteral("api")}}})
              .toJson();
    auto reply = m_demo.request("POST", QStringLiteral("/users/%1/personal_access_tokens").arg(id), request);
    const QString token = body(reply).object().value(QLatin1String("token")).toString();
    m_tokens.insert(username, token);
    return token;
}

void tst_SandboxProjects::offsetPaginationHeaders_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("items");
    QTest::addColumn<QByteArray>("next");
    QTest::addColumn<QByteArray>("prev");
    QTest::addColumn<QStringList>("rels");
    // The demo has 8 projects (ids 1 to 8; id_before leaves out what other tests create):
    // pages of 3 hold 3, 3 and 2.
    QTest::newRow("first page") << 1 << 3 << QByteArray("2") << QByteArray() << QStringList {"next", "first", "last"};
    QTest::newRow("middle page") << 2 << 3 << QByteArray("3") << QByteArray("1")
                                 << QStringList {"prev", "next", "first", "last"};
    QTest::newRow("last page") << 3 << 2 << QByteArray() << QByteArray("2") << QStringList {"prev", "first", "last"};
    QTest::newRow("past the end") << 4 << 0 << QByteArray() << QByteArray("3") << QStringList {"prev", "first", "last"};
}

void tst_SandboxProjects::offsetPaginationHeaders()
{
    QFETCH(int, page);
    QFETCH(int, items);
    QFETCH(QByteArray, next);
    QFETCH(QByteArray, prev);
    QFETCH(QStringList, rels);
    auto reply = m_demo.request("GET", QStringLiteral("/projects?id_before=9&per_page=3&page=%1").arg(page));
    QCOMPARE(status(reply), 200);
    QCOMPARE(reply->rawHeader("X-Page"), QByteArray::number(page));
    QCOMPARE(reply->rawHeader("X-Per-Page"), QByteArray("3"));
    QCOMPARE(reply->rawHeader("X-Total"), QByteArray("8"));
    QCOMPARE(reply->rawHeader("X-Total-Pages"), QByteArray("3"));
    QCOMPARE(reply->rawHeader("X-Next-Page"), next);
    QCOMPARE(reply->rawHeader("X-Prev-Page"), prev);
    QStringList found;
    static const QRegularExpression rel(QStringLiteral("rel=\"(\\w+)\""));
    for (auto it = rel.globalMatch(QString::fromUtf8(reply->rawHeader("Link"))); it.hasNext();)
        found << it.next().captured(1);
    QCOMPARE(found, rels);
    QCOMPARE(body(reply).array().size(), items);
}

void tst_SandboxProjects::perPageIsCappedAt100()
{
    auto reply = m_many.request("GET", QStringLiteral("/projects?per_page=1000"));
    QCOMPARE(status(reply), 200);
    QCOMPARE(reply->rawHeader("X-Per-Page"), QByteArray("100"));
    QCOMPARE(body(reply).array().size(), 100);
}

void tst_SandboxProjects::noTotalsAboveTenThousand()
{
    auto reply = m_many.request("GET", QStringLiteral("/projects?per_page=50&page=2"));
    QCOMPARE(status(reply), 200);
    // GitLab stops counting above 10,000 records: no totals and no rel="last", but paging goes on.
    QVERIFY(!reply->hasRawHeader("X-Total"));
    QVERIFY(!reply->hasRawHeader("X-Total-Pages"));
    QCOMPARE(reply->rawHeader("X-Next-Page"), QByteArray("3"));
    QCOMPARE(reply->rawHeader("X-Prev-Page"), QByteArray("1"));
    const QString link = QString::fromUtf8(reply->rawHeader("Link"));
    QVERIFY2(link.contains(QLatin1String("rel=\"next\"")), qPrintable(link));
    QVERIFY2(!link.contains(QLatin1String("rel=\"last\"")), qPrintable(link));
    // Newest first by default (created_at desc): the second page of 50 starts at the 51st newest.
    const QJsonArray page = body(reply).array();
    QCOMPARE(page.size(), 50);
    QCOMPARE(page.first().toObject().value(QLatin1String("path")).toString(), QStringLiteral("project-10000"));
}

void tst_SandboxProjects::keysetWalksEveryProjectOnce()
{
    QSet<int> seen;
    int previous = 0;
    int requests = 0;
    QString path = QStringLiteral("/projects?pagination=keyset&order_by=id&sort=asc&per_page=100&simple=true");
    while (!path.isEmpty()) {
        auto reply = m_many.request("GET", path);
        QCOMPARE(status(reply), 200);
        QVERIFY(!reply->hasRawHeader("X-Total")); // keyset pages never count
        for (const QJsonValue &project : body(reply).array()) {
            const int id = project.toObject().value(QLatin1String("id")).toInt();
            QVERIFY2(id > previous, "keyset pages must continue in id order");
            QVERIFY2(!seen.contains(id), "a project appeared twice");
            seen.insert(id);
            previous = id;
        }
        const QString next = nextLink(reply);
        QVERIFY(next.isEmpty() || next.contains(QLatin1String("id_after=")));
        path = next.isEmpty() ? QString() : next.mid(next.indexOf(QLatin1String("/api/v4")) + 7);
        QVERIFY(++requests < 200);
    }
    QCOMPARE(seen.size(), 10050);
}

void tst_SandboxProjects::keysetDefaultsToNewestFirst()
{
    // Without sort, projects come newest first, and so do keyset pages: the next one starts below.
    auto first
        = m_many.request("GET", QStringLiteral("/projects?pagination=keyset&order_by=id&per_page=5&simple=true"));
    QCOMPARE(status(first), 200);
    QStringList ids;
    for (const QJsonValue &project : body(first).array())
        ids << QString::number(project.toObject().value(QLatin1String("id")).toInt());
    QCOMPARE(ids, (QStringList {"10050", "10049", "10048", "10047", "10046"}));
    const QString next = nextLink(first);
    QVERIFY2(next.contains(QLatin1String("id_before=10046")), qPrintable(next));
    auto second = m_many.request("GET", next.mid(next.indexOf(QLatin1String("/api/v4")) + 7));
    QCOMPARE(body(second).array().first().toObject().value(QLatin1String("id")).toInt(), 10045);
}

void tst_SandboxProjects::keysetNeedsOrderById()
{
    // The default order is created_at, which keyset pagination does not support.
    auto reply = m_many.request("GET", QStringLiteral("/projects?pagination=keyset&per_page=5"));
    QCOMPARE(status(reply), 405);
    QCOMPARE(body(reply).object().value(QLatin1String("error")).toString(),
             QStringLiteral("Keyset pagination is not yet available for this type of request"));
}

void tst_SandboxProjects::projectByEncodedPath()
{
    auto byPath = m_demo.request("GET", QStringLiteral("/projects/platform%2Finfra%2Fterraform-modules"));
    QCOMPARE(status(byPath), 200);
    const QJsonObject project = body(byPath).object();
    QCOMPARE(project.value(QLatin1String("path_with_namespace")).toString(),
             QStringLiteral("platform/infra/terraform-modules"));
    QCOMPARE(project.value(QLatin1String("name_with_namespace")).toString(),
             QStringLiteral("Platform / Infrastructure / Terraform Modules"));
    QCOMPARE(project.value(QLatin1String("namespace")).toObject().value(QLatin1String("full_path")).toString(),
             QStringLiteral("platform/infra"));

    auto byId = m_demo.request("GET", QStringLiteral("/projects/%1").arg(project.value(QLatin1String("id")).toInt()));
    QCOMPARE(body(byId).object().value(QLatin1String("path_with_namespace")).toString(),
             QStringLiteral("platform/infra/terraform-modules"));

    auto missing = m_demo.request("GET", QStringLiteral("/projects/platform%2Fno-such-project"));
    QCOMPARE(status(missing), 404);
    QCOMPARE(body(missing).object().value(QLatin1String("message")).toString(),
             QStringLiteral("404 Project Not Found"));
}

void tst_SandboxProjects::schemaCheckerCatchesMistakes()
{
    // The checker below must be able to fail, or the schema test proves nothing.
    const QJsonObject schema {
        {QStringLiteral("type"), QStringLiteral("array")},
        {QStringLiteral("items"),
         QJsonObject {
             {QStringLiteral("type"), QStringLiteral("object")},
             {QStringLiteral("properties"),
              QJsonObject {
                  {QStringLiteral("id"), QJsonObject {{QStringLiteral("type"), QStringLiteral("integer")}}},
                  {QStringLiteral("created_at"), QJsonObject {{QStringLiteral("type"), QStringLiteral("date")}}},
                  {QStringLiteral("description"),
                   QJsonObject {
                       {QStringLiteral("type"), QJsonArray {QStringLiteral("string "), QStringLiteral("null")}}}}}},
             {QStringLiteral("required"), QJsonArray {QStringLiteral("id"), QStringLiteral("created_at")}}}}};
    const QJsonObject good {{QStringLiteral("id"), 1},
                            {QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:20:30.123Z")},
                            {QStringLiteral("description"), QJsonValue::Null}};
    QCOMPARE(schemaErrors(QJsonArray {good}, schema, QStringLiteral("p")), QString());
    QJsonObject missing = good;
    missing.remove(QStringLiteral("created_at"));
    QVERIFY(
        schemaErrors(QJsonArray {missing}, schema, QStringLiteral("p")).contains(QLatin1String("missing created_at")));
    QJsonObject wrongType = good;
    wrongType.insert(QStringLiteral("id"), QStringLiteral("1"));
    QVERIFY(!schemaErrors(QJsonArray {wrongType}, schema, QStringLiteral("p")).isEmpty());
    QJsonObject badDate = good;
    badDate.insert(QStringLiteral("created_at"), QStringLiteral("yesterday"));
    QVERIFY(!schemaErrors(QJsonArray {badDate}, schema, QStringLiteral("p")).isEmpty());
}

void tst_SandboxProjects::listsMatchGitLabSchema_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::newRow("simple, admin") << QStringLiteral("/projects?simple=true&per_page=100") << QStringLiteral("admin");
    QTest::newRow("full, admin") << QStringLiteral("/projects?per_page=100") << QStringLiteral("admin");
    QTest::newRow("anonymous") << QStringLiteral("/projects?per_page=100") << QString();
    QTest::newRow("group projects") << QStringLiteral("/groups/platform/projects?include_subgroups=true")
                                    << QStringLiteral("admin");
}

void tst_SandboxProjects::listsMatchGitLabSchema()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFile file(QStringLiteral(LABDESK_SHARED_DIR "/corpus/api-schemas/public_api/v4/projects.json"));
    if (!file.exists())
        QSKIP(qPrintable(QStringLiteral("GitLab's response schemas are not available at %1; the corpus is part of the "
                                        "shared workspace")
                             .arg(file.fileName())));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!schema.isEmpty());

    auto reply = m_demo.request("GET", path, {}, token);
    QCOMPARE(status(reply), 200);
    const QJsonDocument list = body(reply);
    QVERIFY(!list.array().isEmpty());
    const QString errors = schemaErrors(list.array(), schema, QStringLiteral("projects"));
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

void tst_SandboxProjects::projectCarriesCloneUrlsAndPermissions()
{
    auto reply
        = m_demo.request("GET", QStringLiteral("/projects/web%2Fstorefront"), {}, tokenFor(QStringLiteral("bob")));
    QCOMPARE(status(reply), 200);
    const QJsonObject project = body(reply).object();
    const QString base = m_demo.url().toString();
    QCOMPARE(project.value(QLatin1String("http_url_to_repo")).toString(), base + QStringLiteral("/web/storefront.git"));
    QCOMPARE(project.value(QLatin1String("web_url")).toString(), base + QStringLiteral("/web/storefront"));
    QCOMPARE(project.value(QLatin1String("ssh_url_to_repo")).toString(),
             QStringLiteral("git@%1:web/storefront.git").arg(m_demo.url().host()));
    QCOMPARE(project.value(QLatin1String("readme_url")).toString(),
             base + QStringLiteral("/web/storefront/-/blob/main/README.md"));
    QCOMPARE(project.value(QLatin1String("default_branch")).toString(), QStringLiteral("main"));
    QCOMPARE(project.value(QLatin1String("empty_repo")).toBool(true), false);
    QCOMPARE(project.value(QLatin1String("import_status")).toString(), QStringLiteral("none"));
    QVERIFY(project.value(QLatin1String("creator_id")).toInt() > 0);
    QVERIFY(project.contains(QLatin1String("open_issues_count")));
    QVERIFY(!project.contains(QLatin1String("owner"))); // group projects have no owner
    // bob is a Developer of this project and not a member of its group.
    const QJsonObject permissions = project.value(QLatin1String("permissions")).toObject();
    QCOMPARE(permissions.value(QLatin1String("project_access")).toObject().value(QLatin1String("access_level")).toInt(),
             30);
    QVERIFY(permissions.value(QLatin1String("group_access")).isNull());

    auto personal = m_demo.request("GET", QStringLiteral("/projects/alice%2Fdotfiles"));
    QCOMPARE(
        body(personal).object().value(QLatin1String("owner")).toObject().value(QLatin1String("username")).toString(),
        QStringLiteral("alice"));
    auto master = m_demo.request("GET", QStringLiteral("/projects/web%2Fdesign-system"));
    QCOMPARE(body(master).object().value(QLatin1String("default_branch")).toString(), QStringLiteral("master"));
}

void tst_SandboxProjects::visibilityRules_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("status");
    QTest::newRow("outsider, private") << QStringLiteral("outsider") << QStringLiteral("alice%2Fml-playground") << 404;
    QTest::newRow("outsider, internal") << QStringLiteral("outsider") << QStringLiteral("web%2Fdesign-system") << 200;
    QTest::newRow("outsider, public") << QStringLiteral("outsider") << QStringLiteral("alice%2Fdotfiles") << 200;
    QTest::newRow("anonymous, internal") << QString() << QStringLiteral("web%2Fdesign-system") << 404;
    QTest::newRow("anonymous, public") << QString() << QStringLiteral("platform%2Fapi-gateway") << 200;
    QTest::newRow("project member, private") << QStringLiteral("bob") << QStringLiteral("alice%2Fml-playground") << 200;
    QTest::newRow("group guest, private group")
        << QStringLiteral("alice") << QStringLiteral("mobile%2Fandroid-app") << 200;
    QTest::newRow("group member, inherited")
        << QStringLiteral("carol") << QStringLiteral("platform%2Finfra%2Fk8s-manifests") << 200;
    QTest::newRow("other member, private") << QStringLiteral("carol") << QStringLiteral("alice%2Fml-playground") << 404;
}

void tst_SandboxProjects::visibilityRules()
{
    QFETCH(QString, user);
    QFETCH(QString, project);
    QFETCH(int, status);
    const QString token = user.isEmpty() ? QString() : tokenFor(user);
    auto reply = m_demo.request("GET", QStringLiteral("/projects/") + project, {}, token);
    QCOMPARE(::status(reply), status);
    if (status == 404)
        QCOMPARE(body(reply).object().value(QLatin1String("message")).toString(),
                 QStringLiteral("404 Project Not Found"));

    // Lists agree with single lookups.
    auto list = m_demo.request("GET", QStringLiteral("/projects?per_page=100&simple=true"), {}, token);
    QStringList paths;
    for (const QJsonValue &p : body(list).array())
        paths << p.toObject().value(QLatin1String("path_with_namespace")).toString();
    QCOMPARE(paths.contains(QUrl::fromPercentEncoding(project.toUtf8())), status == 200);
}

void tst_SandboxProjects::filtersAndOrder_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("membership")
        << QStringLiteral("bob") << QStringLiteral("membership=true&order_by=path&sort=asc")
        << QStringList {"mobile/android-app",  "platform/api-gateway", "platform/infra/k8s-manifests",
                        "alice/ml-playground", "web/storefront",       "platform/infra/terraform-modules"};
    QTest::newRow("owned") << QStringLiteral("alice") << QStringLiteral("owned=true&order_by=id&sort=asc")
                           << QStringList {"platform/api-gateway", "platform/infra/terraform-modules",
                                           "platform/infra/k8s-manifests", "alice/dotfiles", "alice/ml-playground"};
    QTest::newRow("min_access_level") << QStringLiteral("carol")
                                      << QStringLiteral("min_access_level=40&order_by=name&sort=asc")
                                      << QStringList {"web/design-system", "platform/infra/k8s-manifests",
                                                      "web/storefront", "platform/infra/terraform-modules"};
    QTest::newRow("search") << QStringLiteral("admin") << QStringLiteral("search=gateway")
                            << QStringList {"platform/api-gateway"};
    QTest::newRow("search namespaces") << QStringLiteral("admin")
                                       << QStringLiteral("search=infra/k8s&search_namespaces=true")
                                       << QStringList {"platform/infra/k8s-manifests"};
    QTest::newRow("visibility") << QStringLiteral("admin") << QStringLiteral("visibility=public&order_by=name&sort=asc")
                                << QStringList {"platform/api-gateway", "alice/dotfiles", "web/storefront"};
    QTest::newRow("starred") << QStringLiteral("alice") << QStringLiteral("starred=true") << QStringList {};
    QTest::newRow("topic") << QStringLiteral("admin") << QStringLiteral("topic=go,api")
                           << QStringList {"platform/api-gateway"};
}

void tst_SandboxProjects::filtersAndOrder()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    auto reply = m_demo.request("GET", QStringLiteral("/projects?per_page=100&") + query, {},
                                user == QLatin1String("admin") ? user : tokenFor(user));
    QCOMPARE(status(reply), 200);
    QStringList paths;
    for (const QJsonValue &p : body(reply).array()) {
        const QString path = p.toObject().value(QLatin1String("path_with_namespace")).toString();
        // Projects other tests create are not part of the demo's fixed expectations.
        if (!path.contains(QLatin1String("test-")))
            paths << path;
    }
    if (!query.contains(QLatin1String("order_by")))
        std::sort(paths.begin(), paths.end());
    QCOMPARE(paths, expected);
}

void tst_SandboxProjects::invalidParametersAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::newRow("order_by") << QStringLiteral("order_by=stars")
                              << QStringLiteral("order_by does not have a valid value");
    QTest::newRow("sort") << QStringLiteral("sort=up") << QStringLiteral("sort does not have a valid value");
    QTest::newRow("visibility") << QStringLiteral("visibility=secret")
                                << QStringLiteral("visibility does not have a valid value");
    QTest::newRow("min_access_level") << QStringLiteral("min_access_level=35")
                                      << QStringLiteral("min_access_level does not have a valid value");
}

void tst_SandboxProjects::invalidParametersAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    auto reply = m_demo.request("GET", QStringLiteral("/projects?") + query);
    QCOMPARE(status(reply), 400);
    QCOMPARE(body(reply).object().value(QLatin1String("error")).toString(), error);
}

void tst_SandboxProjects::createProjectWithReadme()
{
    const QString alice = tokenFor(QStringLiteral("alice"));
    const QByteArray request
        = QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("Test Notes")},
                                     {QStringLiteral("initialize_with_readme"), true},
                                     {QStringLiteral("default_branch"), QStringLiteral("trunk")},
                                     {QStringLiteral("description"), QStringLiteral("Scratch space")},
                                     {QStringLiteral("visibility"), QStringLiteral("internal")}})
              .toJson();
    auto reply = m_demo.request("POST", QStringLiteral("/projects"), request, alice);
    QCOMPARE(status(reply), 201);
    const QJsonObject project = body(reply).object();
    QCOMPARE(project.value(QLatin1String("path")).toString(), QStringLiteral("test-notes"));
    QCOMPARE(project.value(QLatin1String("path_with_namespace")).toString(), QStringLiteral("alice/test-notes"));
    QCOMPARE(project.value(QLatin1String("visibility")).toString(), QStringLiteral("internal"));
    QCOMPARE(project.value(QLatin1String("default_branch")).toString(), QStringLiteral("trunk"));
    QCOMPARE(project.value(QLatin1String("empty_repo")).toBool(true), false);
    QCOMPARE(project.value(QLatin1String("namespace")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("user"));
    const int id = project.value(QLatin1String("id")).toInt();

    // The README is a real commit on the chosen branch, authored by the creator.
    auto readme = m_demo.request("GET", QStringLiteral("/projects/%1/repository/files/README.md/raw?ref=trunk").arg(id),
                                 {}, alice);
    QCOMPARE(status(readme), 200);
    QVERIFY(readme->readAll().startsWith("# Test Notes"));
    auto commits = m_demo.request("GET", QStringLiteral("/projects/%1/repository/commits").arg(id), {}, alice);
    const QJsonArray history = body(commits).array();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toObject().value(QLatin1String("author_name")).toString(), QStringLiteral("Alice Zhang"));

    // The creator of a personal project is its Owner member.
    auto member = m_demo.request("GET", QStringLiteral("/projects/%1/members").arg(id), {}, alice);
    const QJsonArray members = body(member).array();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().toObject().value(QLatin1String("access_level")).toInt(), 50);

    // Without a README the repository exists and is empty.
    auto empty = m_demo.request("POST", QStringLiteral("/projects"), R"({"path":"test-empty"})", alice);
    QCOMPARE(status(empty), 201);
    QCOMPARE(body(empty).object().value(QLatin1String("empty_repo")).toBool(), true);
    QCOMPARE(body(empty).object().value(QLatin1String("name")).toString(), QStringLiteral("test-empty"));
}

void tst_SandboxProjects::createProjectRefusesDuplicatesAndForeignNamespaces()
{
    auto groups = m_demo.request("GET", QStringLiteral("/groups/mobile"));
    const int mobile = body(groups).object().value(QLatin1String("id")).toInt();
    auto duplicate = m_demo.request("POST", QStringLiteral("/projects"),
                                    QStringLiteral(R"({"name":"Android App","namespace_id":%1})").arg(mobile).toUtf8());
    QCOMPARE(status(duplicate), 400);
    const QJsonObject errors = body(duplicate).object().value(QLatin1String("message")).toObject();
    QCOMPARE(errors.value(QLatin1String("path")).toArray().first().toString(),
             QStringLiteral("has already been taken"));
    QCOMPARE(errors.value(QLatin1String("name")).toArray().first().toString(),
             QStringLiteral("has already been taken"));

    // carol is only a Reporter of mobile: she may not create projects there.
    auto foreign = m_demo.request("POST", QStringLiteral("/projects"),
                                  QStringLiteral(R"({"name":"Test Sneaky","namespace_id":%1})").arg(mobile).toUtf8(),
                                  tokenFor(QStringLiteral("carol")));
    QCOMPARE(status(foreign), 400);
    QCOMPARE(body(foreign)
                 .object()
                 .value(QLatin1String("message"))
                 .toObject()
                 .value(QLatin1String("namespace"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("is not valid"));

    auto tooVisible = m_demo.request(
        "POST", QStringLiteral("/projects"),
        QStringLiteral(R"({"name":"Test Public","namespace_id":%1,"visibility":"public"})").arg(mobile).toUtf8());
    QCOMPARE(status(tooVisible), 400);
    QCOMPARE(body(tooVisible)
                 .object()
                 .value(QLatin1String("message"))
                 .toObject()
                 .value(QLatin1String("visibility_level"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("public is not allowed in a private group."));

    auto nothing = m_demo.request("POST", QStringLiteral("/projects"), R"({"description":"x"})");
    QCOMPARE(status(nothing), 400);
    QCOMPARE(body(nothing).object().value(QLatin1String("error")).toString(),
             QStringLiteral("name, path are missing, at least one parameter must be provided"));
}

void tst_SandboxProjects::updateAndDeleteProject()
{
    const QString alice = tokenFor(QStringLiteral("alice"));
    auto created = m_demo.request("POST", QStringLiteral("/projects"), R"({"name":"Test Rename Me"})", alice);
    QCOMPARE(status(created), 201);
    const int id = body(created).object().value(QLatin1String("id")).toInt();

    auto updated = m_demo.request("PUT", QStringLiteral("/projects/%1").arg(id),
                                  R"({"description":"Renamed","topics":["a","b"],"visibility":"public"})", alice);
    QCOMPARE(status(updated), 200);
    QCOMPARE(body(updated).object().value(QLatin1String("description")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(body(updated).object().value(QLatin1String("topics")).toArray().size(), 2);

    // bob is no member: not even allowed to see it... it is public now, but he cannot change it.
    auto forbidden = m_demo.request("PUT", QStringLiteral("/projects/%1").arg(id), R"({"description":"Mine"})",
                                    tokenFor(QStringLiteral("bob")));
    QCOMPARE(status(forbidden), 403);
    auto notOwner
        = m_demo.request("DELETE", QStringLiteral("/projects/%1").arg(id), {}, tokenFor(QStringLiteral("bob")));
    QCOMPARE(status(notOwner), 403);

    auto deleted = m_demo.request("DELETE", QStringLiteral("/projects/%1").arg(id), {}, alice);
    QCOMPARE(status(deleted), 202);
    QCOMPARE(body(deleted).object().value(QLatin1String("message")).toString(), QStringLiteral("202 Accepted"));
    auto gone = m_demo.request("GET", QStringLiteral("/projects/%1").arg(id), {}, alice);
    QCOMPARE(status(gone), 404);
}

void tst_SandboxProjects::demoRepositoriesCloneWithCiFiles()
{
    auto reply = m_demo.request("GET", QStringLiteral("/projects?per_page=100&order_by=id&sort=asc"));
    int withCi = 0;
    int demo = 0;
    for (const QJsonValue &value : body(reply).array()) {
        const QJsonObject project = value.toObject();
        const QString path = project.value(QLatin1String("path_with_namespace")).toString();
        if (path.contains(QLatin1String("test-")))
            continue;
        ++demo;
        QTemporaryDir clone;
        const QString source
            = QDir(m_data.path())
                  .filePath(QStringLiteral("repositories/%1.git").arg(project.value(QLatin1String("id")).toInt()));
        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("clone"), QStringLiteral("--bare"), QStringLiteral("--quiet"), source,
                   clone.filePath(QStringLiteral("repo.git"))});
        QVERIFY(git.waitForFinished(60000));
        QVERIFY2(git.exitCode() == 0,
                 qPrintable(path + QStringLiteral(": ") + QString::fromLocal8Bit(git.readAllStandardError())));

        const QString branch = project.value(QLatin1String("default_branch")).toString();
        git.start(QStringLiteral("git"),
                  {QStringLiteral("--git-dir"), clone.filePath(QStringLiteral("repo.git")), QStringLiteral("rev-list"),
                   QStringLiteral("--count"), branch});
        QVERIFY(git.waitForFinished(30000));
        QVERIFY2(git.readAllStandardOutput().trimmed().toInt() >= 2,
                 qPrintable(path + QStringLiteral(" needs a history")));

        git.start(QStringLiteral("git"),
                  {QStringLiteral("--git-dir"), clone.filePath(QStringLiteral("repo.git")), QStringLiteral("show"),
                   branch + QStringLiteral(":.gitlab-ci.yml")});
        QVERIFY(git.waitForFinished(30000));
        const QByteArray ci = git.readAllStandardOutput();
        if (git.exitCode() != 0)
            continue;
        ++withCi;
        QVERIFY2(ci.contains("stages:") && ci.contains("build") && ci.contains("deploy"), qPrintable(path));
        // The seeded mistakes the CI editor warns about.
        if (path == QLatin1String("platform/api-gateway"))
            QVERIFY(ci.contains("only:\n    - master"));
        if (path == QLatin1String("alice/ml-playground"))
            QVERIFY(ci.contains("tags:\n    - gpu"));
    }
    QCOMPARE(demo, 8);
    QVERIFY2(withCi >= 6, qPrintable(QString::number(withCi)));
}

QTEST_GUILESS_MAIN(tst_SandboxProjects)
#include "tst_sandbox_projects.moc"
