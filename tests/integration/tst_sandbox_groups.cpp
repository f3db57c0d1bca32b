// The sandbox's groups, namespaces, members and access requests, as GitLab documents them:
// who sees which group, nested groups, creation rules and the members API's status codes.
#include "support/sandboxfixture.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList field(const QJsonArray &array, const char *name)
{
    QStringList out;
    for (const QJsonValue &value : array)
        out << value.toObject().value(QLatin1String(name)).toVariant().toString();
    return out;
}

} // namespace

class tst_SandboxGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listGroups_data();
    void listGroups();
    void invalidListParameters();
    void groupDetails();
    void subgroupsDescendantsAndProjects();
    void privateGroupIsHidden();
    void createGroup();
    void subgroupCreationNeedsMaintainer();
    void updateAndDeleteGroup();
    void namespaces();
    void inheritedMembers_data();
    void inheritedMembers();
    void memberLifecycle_data();
    void memberLifecycle();
    void inheritedLevelIsAFloor();
    void accessRequests_data();
    void accessRequests();
    void demoAccessRequestsArePending();

private:
    QString tokenFor(const QString &username);
    int userId(const QString &username);
    // A fresh group ("groups/ID") or personal project of alice ("projects/ID"), so flows that
    // change members never touch what other tests read.
    QString freshSource(bool group, const QString &path);

    SandboxFixture m_sandbox;
    QHash<QString, QString> m_tokens;
};

void tst_SandboxGroups::initTestCase()
{
    LabDesk::Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("demo");
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
}

int tst_SandboxGroups::userId(const QString &username)
{
    auto lookup = m_sandbox.request("GET", QStringLiteral("/users?username=") + username);
    const QJsonArray found = body(lookup).array();
    if (!found.isEmpty())
        return found.first().toObject().value(QLatin1String("id")).toInt();
    auto created
        = m_sandbox.request("POST", QStringLiteral("/users"),
                            json({{QStringLiteral("username"), username},
                                  {QStringLiteral("name"), username},
                                  {QStringLiteral("email"), QString(username + QStringLiteral("@example.org"))}}));
    return body(created).object().value(QLatin1String("id")).toInt();
}

QString tst_SandboxGroups::tokenFor(const QString &username)
{
    if (username == QLatin1String("admin") || username.isEmpty())
        return username;
    if (!m_tokens.contains(username)) {
        auto reply = m_sandbox.request("POST", QStringLiteral("/users/%1/personal_access_tokens").arg(userId(username)),
                                       json({{QStringLiteral("name"), QStringLiteral("test")},
                                             {QStringLiteral("scopes"), QJsonArray {QStringLiteral("api")}}}));
        m_tokens.insert(username, body(reply).object().value(QLatin1String("token")).toString());
    }
    return m_tokens.value(username);
}

QString tst_SandboxGroups::freshSource(bool group, const QString &path)
{
    const QString alice = tokenFor(QStringLiteral("alice"));
    auto reply = group
        ? m_sandbox.request("POST", QStringLiteral("/groups"),
                            json({{QStringLiteral("name"), path},
                                  {QStringLiteral("path"), path},
                                  {QStringLiteral("visibility"), QStringLiteral("internal")}}),
                            alice)
        : m_sandbox.request(
            "POST", QStringLiteral("/projects"),
            json({{QStringLiteral("path"), path}, {QStringLiteral("visibility"), QStringLiteral("internal")}}), alice);
    if (status(reply) != 201)
        return {};
    return (group ? QStringLiteral("groups/%1") : QStringLiteral("projects/%1"))
        .arg(body(reply).object().value(QLatin1String("id")).toInt());
}

void tst_SandboxGroups::listGroups_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    // Ordered by name unless the query says otherwise: Infrastructure, Mobile, Platform, Web.
    QTest::newRow("admin sees all") << QStringLiteral("admin") << QString()
                                    << QStringList {"platform/infra", "mobile", "platform", "web"};
    QTest::newRow("anonymous sees public") << QString() << QString() << QStringList {"platform"};
    QTest::newRow("member sees own and below")
        << QStringLiteral("alice") << QString() << QStringList {"platform/infra", "mobile", "platform", "web"};
    QTest::newRow("outsider sees none of his own") << QStringLiteral("outsider") << QString() << QStringList {};
    QTest::newRow("outsider, all available") << QStringLiteral("outsider") << QStringLiteral("all_available=true")
                                             << QStringList {"platform/infra", "platform", "web"};
    QTest::newRow("top level only") << QStringLiteral("carol") << QStringLiteral("top_level_only=true")
                                    << QStringList {"mobile", "platform", "web"};
    QTest::newRow("owned") << QStringLiteral("carol") << QStringLiteral("owned=true") << QStringList {"web"};
    QTest::newRow("min access level") << QStringLiteral("bob") << QStringLiteral("min_access_level=50")
                                      << QStringList {"platform/infra", "mobile"};
    QTest::newRow("search") << QStringLiteral("admin") << QStringLiteral("search=infra")
                            << QStringList {"platform/infra"};
    QTest::newRow("order by path, desc") << QStringLiteral("admin") << QStringLiteral("order_by=path&sort=desc")
                                         << QStringList {"web", "platform", "mobile", "platform/infra"};
    QTest::newRow("order by id") << QStringLiteral("admin") << QStringLiteral("order_by=id")
                                 << QStringList {"platform", "platform/infra", "web", "mobile"};
}

void tst_SandboxGroups::listGroups()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    auto reply = m_sandbox.request("GET", QStringLiteral("/groups?per_page=100&") + query, {}, tokenFor(user));
    QCOMPARE(status(reply), 200);
    QStringList paths = field(body(reply).array(), "full_path");
    // Groups other tests create are not part of the demo's fixed expectations.
    paths.erase(
        std::remove_if(paths.begin(), paths.end(), [](const QString &p) { return p.contains(QLatin1String("test-")); }),
        paths.end());
    QCOMPARE(paths, expected);
}

void tst_SandboxGroups::invalidListParameters()
{
    auto order = m_sandbox.request("GET", QStringLiteral("/groups?order_by=size"));
    QCOMPARE(status(order), 400);
    QCOMPARE(body(order).object().value(QLatin1String("error")).toString(),
             QStringLiteral("order_by does not have a valid value"));
    auto level = m_sandbox.request("GET", QStringLiteral("/groups?min_access_level=33"));
    QCOMPARE(status(level), 400);
}

void tst_SandboxGroups::groupDetails()
{
    auto platform = m_sandbox.request("GET", QStringLiteral("/groups/platform"));
    const int platformId = body(platform).object().value(QLatin1String("id")).toInt();
    auto reply = m_sandbox.request("GET", QStringLiteral("/groups/platform%2Finfra"));
    QCOMPARE(status(reply), 200);
    const QJsonObject group = body(reply).object();
    QCOMPARE(group.value(QLatin1String("full_path")).toString(), QStringLiteral("platform/infra"));
    QCOMPARE(group.value(QLatin1String("full_name")).toString(), QStringLiteral("Platform / Infrastructure"));
    QCOMPARE(group.value(QLatin1String("path")).toString(), QStringLiteral("infra"));
    QCOMPARE(group.value(QLatin1String("parent_id")).toInt(), platformId);
    QCOMPARE(group.value(QLatin1String("visibility")).toString(), QStringLiteral("internal"));
    QCOMPARE(group.value(QLatin1String("web_url")).toString(),
             m_sandbox.url().toString() + QStringLiteral("/groups/platform/infra"));
    // GitLab still lists the group's own projects unless with_projects=false.
    QStringList projects = field(group.value(QLatin1String("projects")).toArray(), "path");
    projects.sort();
    QCOMPARE(projects, (QStringList {"k8s-manifests", "terraform-modules"}));
    QVERIFY(group.value(QLatin1String("shared_projects")).isArray());

    auto lean = m_sandbox.request(
        "GET", QStringLiteral("/groups/%1?with_projects=false").arg(group.value(QLatin1String("id")).toInt()));
    QCOMPARE(status(lean), 200);
    QVERIFY(!body(lean).object().contains(QLatin1String("projects")));
}

void tst_SandboxGroups::subgroupsDescendantsAndProjects()
{
    auto subgroups = m_sandbox.request("GET", QStringLiteral("/groups/platform/subgroups"));
    QCOMPARE(status(subgroups), 200);
    QStringList paths = field(body(subgroups).array(), "full_path");
    paths.removeIf([](const QString &p) { return p.contains(QLatin1String("test-")); });
    QCOMPARE(paths, QStringList {"platform/infra"});

    auto descendants = m_sandbox.request("GET", QStringLiteral("/groups/platform/descendant_groups"));
    QCOMPARE(status(descendants), 200);
    QVERIFY(field(body(descendants).array(), "full_path").contains(QStringLiteral("platform/infra")));

    auto own = m_sandbox.request("GET", QStringLiteral("/groups/platform/projects"));
    QCOMPARE(field(body(own).array(), "path_with_namespace"), QStringList {"platform/api-gateway"});
    auto all = m_sandbox.request(
        "GET", QStringLiteral("/groups/platform/projects?include_subgroups=true&order_by=path&sort=asc"));
    QCOMPARE(
        field(body(all).array(), "path_with_namespace"),
        (QStringList {"platform/api-gateway", "platform/infra/k8s-manifests", "platform/infra/terraform-modules"}));
}

void tst_SandboxGroups::privateGroupIsHidden()
{
    auto outsider
        = m_sandbox.request("GET", QStringLiteral("/groups/mobile"), {}, tokenFor(QStringLiteral("outsider")));
    QCOMPARE(status(outsider), 404);
    QCOMPARE(body(outsider).object().value(QLatin1String("message")).toString(), QStringLiteral("404 Group Not Found"));
    auto anonymous = m_sandbox.request("GET", QStringLiteral("/groups/web"), {}, QString());
    QCOMPARE(status(anonymous), 404);
    auto guest = m_sandbox.request("GET", QStringLiteral("/groups/mobile"), {}, tokenFor(QStringLiteral("alice")));
    QCOMPARE(status(guest), 200);
    // Not even its projects leak through the group's project list.
    auto projects
        = m_sandbox.request("GET", QStringLiteral("/groups/mobile/projects"), {}, tokenFor(QStringLiteral("outsider")));
    QCOMPARE(status(projects), 404);
}

void tst_SandboxGroups::createGroup()
{
    const QString alice = tokenFor(QStringLiteral("alice"));
    auto reply = m_sandbox.request("POST", QStringLiteral("/groups"),
                                   json({{QStringLiteral("name"), QStringLiteral("Test Team")},
                                         {QStringLiteral("path"), QStringLiteral("test-team")},
                                         {QStringLiteral("description"), QStringLiteral("For tests")}}),
                                   alice);
    QCOMPARE(status(reply), 201);
    const QJsonObject group = body(reply).object();
    QCOMPARE(group.value(QLatin1String("full_path")).toString(), QStringLiteral("test-team"));
    QCOMPARE(group.value(QLatin1String("visibility")).toString(), QStringLiteral("private"));
    QVERIFY(group.value(QLatin1String("parent_id")).isNull());
    QVERIFY(!group.contains(QLatin1String("projects")));

    // The creator is the group's Owner.
    auto members = m_sandbox.request("GET", QStringLiteral("/groups/test-team/members"), {}, alice);
    const QJsonArray list = body(members).array();
    QCOMPARE(field(list, "username"), QStringList {"alice"});
    QCOMPARE(list.first().toObject().value(QLatin1String("access_level")).toInt(), 50);

    auto duplicate = m_sandbox.request("POST", QStringLiteral("/groups"),
                                       json({{QStringLiteral("name"), QStringLiteral("Another")},
                                             {QStringLiteral("path"), QStringLiteral("test-team")}}),
                                       alice);
    QCOMPARE(status(duplicate), 400);
    QCOMPARE(body(duplicate).object().value(QLatin1String("message")).toString(),
             QStringLiteral("Failed to save group {:path=>[\"has already been taken\"]}"));

    auto clashWithUser = m_sandbox.request(
        "POST", QStringLiteral("/groups"),
        json({{QStringLiteral("name"), QStringLiteral("Bob's")}, {QStringLiteral("path"), QStringLiteral("bob")}}));
    QCOMPARE(status(clashWithUser), 400);

    auto missing = m_sandbox.request("POST", QStringLiteral("/groups"),
                                     json({{QStringLiteral("path"), QStringLiteral("test-x")}}));
    QCOMPARE(status(missing), 400);
    QCOMPARE(body(missing).object().value(QLatin1String("error")).toString(), QStringLiteral("name is missing"));
}

void tst_SandboxGroups::subgroupCreationNeedsMaintainer()
{
    auto platform = m_sandbox.request("GET", QStringLiteral("/groups/platform"));
    const int parent = body(platform).object().value(QLatin1String("id")).toInt();
    const QJsonObject request {{QStringLiteral("name"), QStringLiteral("Test Sub")},
                               {QStringLiteral("path"), QStringLiteral("test-sub")},
                               {QStringLiteral("parent_id"), parent}};
    // carol is a Developer of platform, bob a Maintainer.
    auto developer
        = m_sandbox.request("POST", QStringLiteral("/groups"), json(request), tokenFor(QStringLiteral("carol")));
    QCOMPARE(status(developer), 403);
    QCOMPARE(body(developer).object().value(QLatin1String("message")).toString(), QStringLiteral("403 Forbidden"));
    auto maintainer
        = m_sandbox.request("POST", QStringLiteral("/groups"), json(request), tokenFor(QStringLiteral("bob")));
    QCOMPARE(status(maintainer), 201);
    QCOMPARE(body(maintainer).object().value(QLatin1String("full_path")).toString(),
             QStringLiteral("platform/test-sub"));
    QCOMPARE(body(maintainer).object().value(QLatin1String("parent_id")).toInt(), parent);

    // A subgroup may not be more visible than its parent.
    auto mobile = m_sandbox.request("GET", QStringLiteral("/groups/mobile"));
    auto tooVisible
        = m_sandbox.request("POST", QStringLiteral("/groups"),
                            json({{QStringLiteral("name"), QStringLiteral("Test Open")},
                                  {QStringLiteral("path"), QStringLiteral("test-open")},
                                  {QStringLiteral("visibility"), QStringLiteral("public")},
                                  {QStringLiteral("parent_id"), body(mobile).object().value(QLatin1String("id"))}}));
    QCOMPARE(status(tooVisible), 400);
    QVERIFY(body(tooVisible)
                .object()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("public is not allowed since the parent group has a private visibility.")));
}

void tst_SandboxGroups::updateAndDeleteGroup()
{
    const QString source = freshSource(true, QStringLiteral("test-update"));
    QVERIFY(!source.isEmpty());
    const QString alice = tokenFor(QStringLiteral("alice"));
    auto updated = m_sandbox.request("PUT", QLatin1Char('/') + source,
                                     json({{QStringLiteral("description"), QStringLiteral("Changed")},
                                           {QStringLiteral("name"), QStringLiteral("Test Updated")}}),
                                     alice);
    QCOMPARE(status(updated), 200);
    QCOMPARE(body(updated).object().value(QLatin1String("description")).toString(), QStringLiteral("Changed"));
    QCOMPARE(body(updated).object().value(QLatin1String("name")).toString(), QStringLiteral("Test Updated"));

    const QString bob = tokenFor(QStringLiteral("bob"));
    QCOMPARE(status(m_sandbox.request("PUT", QLatin1Char('/') + source,
                                      json({{QStringLiteral("description"), QStringLiteral("x")}}), bob)),
             403);
    QCOMPARE(status(m_sandbox.request("DELETE", QLatin1Char('/') + source, {}, bob)), 403);

    auto deleted = m_sandbox.request("DELETE", QLatin1Char('/') + source, {}, alice);
    QCOMPARE(status(deleted), 202);
    QCOMPARE(body(deleted).object().value(QLatin1String("message")).toString(), QStringLiteral("202 Accepted"));
    QCOMPARE(status(m_sandbox.request("GET", QLatin1Char('/') + source, {}, alice)), 404);
}

void tst_SandboxGroups::namespaces()
{
    const QString alice = tokenFor(QStringLiteral("alice"));
    auto list = m_sandbox.request("GET", QStringLiteral("/namespaces?per_page=100"), {}, alice);
    QCOMPARE(status(list), 200);
    QStringList paths = field(body(list).array(), "full_path");
    paths.removeIf([](const QString &p) { return p.contains(QLatin1String("test-")); });
    QCOMPARE(paths, (QStringList {"alice", "platform", "web", "mobile"}));

    auto user = m_sandbox.request("GET", QStringLiteral("/namespaces/alice"), {}, alice);
    QCOMPARE(status(user), 200);
    QCOMPARE(body(user).object().value(QLatin1String("kind")).toString(), QStringLiteral("user"));
    auto group = m_sandbox.request("GET", QStringLiteral("/namespaces/platform%2Finfra"), {}, alice);
    QCOMPARE(status(group), 200);
    QCOMPARE(body(group).object().value(QLatin1String("kind")).toString(), QStringLiteral("group"));
    QCOMPARE(body(group).object().value(QLatin1String("full_path")).toString(), QStringLiteral("platform/infra"));

    auto foreign
        = m_sandbox.request("GET", QStringLiteral("/namespaces/platform"), {}, tokenFor(QStringLiteral("outsider")));
    QCOMPARE(status(foreign), 404);
    QCOMPARE(body(foreign).object().value(QLatin1String("message")).toString(),
             QStringLiteral("404 Namespace Not Found"));
}

void tst_SandboxGroups::inheritedMembers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("direct");
    QTest::addColumn<QStringList>("all");
    // username:level, in the order of their memberships.
    QTest::newRow("subgroup") << QStringLiteral("/groups/platform%2Finfra") << QStringList {"bob:50", "carol:40"}
                              << QStringList {"alice:50", "bob:50", "carol:40"};
    QTest::newRow("group project") << QStringLiteral("/projects/web%2Fstorefront") << QStringList {"bob:30"}
                                   << QStringList {"carol:50", "alice:30", "bob:30"};
}

void tst_SandboxGroups::inheritedMembers()
{
    QFETCH(QString, path);
    QFETCH(QStringList, direct);
    QFETCH(QStringList, all);
    const auto levels = [](const QJsonArray &members) {
        QStringList out;
        for (const QJsonValue &m : members)
            out << QStringLiteral("%1:%2")
                       .arg(m.toObject().value(QLatin1String("username")).toString())
                       .arg(m.toObject().value(QLatin1String("access_level")).toInt());
        std::sort(out.begin(), out.end());
        return out;
    };
    auto directReply = m_sandbox.request("GET", path + QStringLiteral("/members"));
    QCOMPARE(status(directReply), 200);
    std::sort(direct.begin(), direct.end());
    QCOMPARE(levels(body(directReply).array()), direct);
    auto allReply = m_sandbox.request("GET", path + QStringLiteral("/members/all"));
    QCOMPARE(status(allReply), 200);
    std::sort(all.begin(), all.end());
    QCOMPARE(levels(body(allReply).array()), all);

    // A single inherited member, and one who is not a direct member.
    auto alice
        = m_sandbox.request("GET", path + QStringLiteral("/members/all/%1").arg(userId(QStringLiteral("alice"))));
    QCOMPARE(status(alice), 200);
    auto notDirect
        = m_sandbox.request("GET", path + QStringLiteral("/members/%1").arg(userId(QStringLiteral("alice"))));
    QCOMPARE(status(notDirect), 404);
    QCOMPARE(body(notDirect).object().value(QLatin1String("message")).toString(), QStringLiteral("404 Not found"));
}

void tst_SandboxGroups::memberLifecycle_data()
{
    QTest::addColumn<bool>("group");
    QTest::newRow("group") << true;
    QTest::newRow("project") << false;
}

void tst_SandboxGroups::memberLifecycle()
{
    QFETCH(bool, group);
    const QString source = QLatin1Char('/')
        + freshSource(group, group ? QStringLiteral("test-members-g") : QStringLiteral("test-members-p"));
    QVERIFY(source.size() > 1);
    const QString alice = tokenFor(QStringLiteral("alice"));
    const int bob = userId(QStringLiteral("bob"));
    const int carol = userId(QStringLiteral("carol"));

    auto added
        = m_sandbox.request("POST", source + QStringLiteral("/members"),
                            json({{QStringLiteral("user_id"), bob}, {QStringLiteral("access_level"), 30}}), alice);
    QCOMPARE(status(added), 201);
    const QJsonObject member = body(added).object();
    QCOMPARE(member.value(QLatin1String("username")).toString(), QStringLiteral("bob"));
    QCOMPARE(member.value(QLatin1String("access_level")).toInt(), 30);
    QVERIFY(member.value(QLatin1String("expires_at")).isNull());
    QCOMPARE(member.value(QLatin1String("created_by")).toObject().value(QLatin1String("username")).toString(),
             QStringLiteral("alice"));

    auto again
        = m_sandbox.request("POST", source + QStringLiteral("/members"),
                            json({{QStringLiteral("user_id"), bob}, {QStringLiteral("access_level"), 40}}), alice);
    QCOMPARE(status(again), 409);
    QCOMPARE(body(again).object().value(QLatin1String("message")).toString(), QStringLiteral("Member already exists"));

    auto byName = m_sandbox.request(
        "POST", source + QStringLiteral("/members"),
        json({{QStringLiteral("username"), QStringLiteral("carol")},
              {QStringLiteral("access_level"), 20},
              {QStringLiteral("expires_at"), QDate::currentDate().addDays(30).toString(Qt::ISODate)}}),
        alice);
    QCOMPARE(status(byName), 201);
    QCOMPARE(body(byName).object().value(QLatin1String("expires_at")).toString(),
             QDate::currentDate().addDays(30).toString(Qt::ISODate));

    // A developer cannot manage members; unknown users and levels are refused.
    auto notAllowed = m_sandbox.request(
        "POST", source + QStringLiteral("/members"),
        json({{QStringLiteral("username"), QStringLiteral("outsider")}, {QStringLiteral("access_level"), 10}}),
        tokenFor(QStringLiteral("bob")));
    QCOMPARE(status(notAllowed), 403);
    auto unknown
        = m_sandbox.request("POST", source + QStringLiteral("/members"),
                            json({{QStringLiteral("user_id"), 99999}, {QStringLiteral("access_level"), 30}}), alice);
    QCOMPARE(status(unknown), 404);
    QCOMPARE(body(unknown).object().value(QLatin1String("message")).toString(), QStringLiteral("404 User Not Found"));
    auto badLevel = m_sandbox.request(
        "POST", source + QStringLiteral("/members"),
        json({{QStringLiteral("username"), QStringLiteral("outsider")}, {QStringLiteral("access_level"), 35}}), alice);
    QCOMPARE(status(badLevel), 400);
    QCOMPARE(body(badLevel)
                 .object()
                 .value(QLatin1String("message"))
                 .toObject()
                 .value(QLatin1String("access_level"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("is not included in the list"));
    auto noUser = m_sandbox.request("POST", source + QStringLiteral("/members"),
                                    json({{QStringLiteral("access_level"), 30}}), alice);
    QCOMPARE(status(noUser), 400);

    auto promoted = m_sandbox.request("PUT", source + QStringLiteral("/members/%1").arg(bob),
                                      json({{QStringLiteral("access_level"), 40}}), alice);
    QCOMPARE(status(promoted), 200);
    QCOMPARE(body(promoted).object().value(QLatin1String("access_level")).toInt(), 40);
    auto shown = m_sandbox.request("GET", source + QStringLiteral("/members/%1").arg(bob), {}, alice);
    QCOMPARE(body(shown).object().value(QLatin1String("access_level")).toInt(), 40);

    auto removed = m_sandbox.request("DELETE", source + QStringLiteral("/members/%1").arg(carol), {}, alice);
    QCOMPARE(status(removed), 204);
    QCOMPARE(status(m_sandbox.request("GET", source + QStringLiteral("/members/%1").arg(carol), {}, alice)), 404);
    QCOMPARE(status(m_sandbox.request("DELETE", source + QStringLiteral("/members/%1").arg(carol), {}, alice)), 404);

    // Members may leave on their own.
    auto left = m_sandbox.request("DELETE", source + QStringLiteral("/members/%1").arg(bob), {},
                                  tokenFor(QStringLiteral("bob")));
    QCOMPARE(status(left), 204);
    auto remaining = m_sandbox.request("GET", source + QStringLiteral("/members"), {}, alice);
    QCOMPARE(field(body(remaining).array(), "username"), QStringList {"alice"});

    if (group) {
        // A group keeps its last owner.
        auto lastOwner = m_sandbox.request(
            "DELETE", source + QStringLiteral("/members/%1").arg(userId(QStringLiteral("alice"))), {}, alice);
        QCOMPARE(status(lastOwner), 403);
    }
}

void tst_SandboxGroups::inheritedLevelIsAFloor()
{
    // carol is a Maintainer of platform/infra: a project below cannot make her a Reporter.
    auto reply = m_sandbox.request(
        "POST", QStringLiteral("/projects/platform%2Finfra%2Fk8s-manifests/members"),
        json({{QStringLiteral("username"), QStringLiteral("carol")}, {QStringLiteral("access_level"), 20}}));
    QCOMPARE(status(reply), 400);
    QCOMPARE(
        body(reply)
            .object()
            .value(QLatin1String("message"))
            .toObject()
            .value(QLatin1String("access_level"))
            .toArray()
            .first()
            .toString(),
        QStringLiteral("should be greater than or equal to Maintainer inherited membership from group Infrastructure"));
}

void tst_SandboxGroups::accessRequests_data()
{
    QTest::addColumn<bool>("group");
    QTest::newRow("group") << true;
    QTest::newRow("project") << false;
}

void tst_SandboxGroups::accessRequests()
{
    QFETCH(bool, group);
    const QString source = QLatin1Char('/')
        + freshSource(group, group ? QStringLiteral("test-requests-g") : QStringLiteral("test-requests-p"));
    QVERIFY(source.size() > 1);
    const QString alice = tokenFor(QStringLiteral("alice"));
    const QString outsider = tokenFor(QStringLiteral("outsider"));
    const QString carol = tokenFor(QStringLiteral("carol"));

    auto requested = m_sandbox.request("POST", source + QStringLiteral("/access_requests"), {}, outsider);
    QCOMPARE(status(requested), 201);
    QCOMPARE(body(requested).object().value(QLatin1String("username")).toString(), QStringLiteral("outsider"));
    QVERIFY(!body(requested).object().value(QLatin1String("requested_at")).toString().isEmpty());
    QCOMPARE(status(m_sandbox.request("POST", source + QStringLiteral("/access_requests"), {}, outsider)), 400);
    // Members do not ask.
    QCOMPARE(status(m_sandbox.request("POST", source + QStringLiteral("/access_requests"), {}, alice)), 403);

    // Only those who manage members see requests.
    QCOMPARE(status(m_sandbox.request("GET", source + QStringLiteral("/access_requests"), {}, carol)), 403);
    auto pending = m_sandbox.request("GET", source + QStringLiteral("/access_requests"), {}, alice);
    QCOMPARE(status(pending), 200);
    QCOMPARE(field(body(pending).array(), "username"), QStringList {"outsider"});

    const int outsiderId = userId(QStringLiteral("outsider"));
    QCOMPARE(status(m_sandbox.request("PUT", source + QStringLiteral("/access_requests/%1/approve").arg(outsiderId), {},
                                      carol)),
             403);
    auto approved
        = m_sandbox.request("PUT", source + QStringLiteral("/access_requests/%1/approve").arg(outsiderId), {}, alice);
    QCOMPARE(status(approved), 201);
    QCOMPARE(body(approved).object().value(QLatin1String("access_level")).toInt(),
             30); // Developer unless told otherwise
    auto member = m_sandbox.request("GET", source + QStringLiteral("/members/%1").arg(outsiderId), {}, alice);
    QCOMPARE(status(member), 200);
    QCOMPARE(status(m_sandbox.request("PUT", source + QStringLiteral("/access_requests/%1/approve").arg(outsiderId), {},
                                      alice)),
             404);

    // A request can be withdrawn by its author or denied by a manager.
    QCOMPARE(status(m_sandbox.request("POST", source + QStringLiteral("/access_requests"), {}, carol)), 201);
    QCOMPARE(
        status(m_sandbox.request(
            "DELETE", source + QStringLiteral("/access_requests/%1").arg(userId(QStringLiteral("carol"))), {}, carol)),
        204);
    const QString bob = tokenFor(QStringLiteral("bob"));
    QCOMPARE(status(m_sandbox.request("POST", source + QStringLiteral("/access_requests"), {}, bob)), 201);
    auto approveAs = m_sandbox.request(
        "PUT",
        source + QStringLiteral("/access_requests/%1/approve?access_level=20").arg(userId(QStringLiteral("bob"))), {},
        alice);
    QCOMPARE(status(approveAs), 201);
    QCOMPARE(body(approveAs).object().value(QLatin1String("access_level")).toInt(), 20);
    QCOMPARE(status(m_sandbox.request("DELETE",
                                      source + QStringLiteral("/access_requests/%1").arg(userId(QStringLiteral("bob"))),
                                      {}, alice)),
             404);
    auto empty = m_sandbox.request("GET", source + QStringLiteral("/access_requests"), {}, alice);
    QVERIFY(body(empty).array().isEmpty());
}

void tst_SandboxGroups::demoAccessRequestsArePending()
{
    auto group = m_sandbox.request("GET", QStringLiteral("/groups/web/access_requests"), {},
                                   tokenFor(QStringLiteral("carol")));
    QCOMPARE(status(group), 200);
    QCOMPARE(field(body(group).array(), "username"), QStringList {"bob"});
    auto project = m_sandbox.request("GET", QStringLiteral("/projects/alice%2Fdotfiles/access_requests"), {},
                                     tokenFor(QStringLiteral("alice")));
    QCOMPARE(status(project), 200);
    QStringList users = field(body(project).array(), "username");
    users.sort();
    QCOMPARE(users, (QStringList {"bob", "carol"}));
}

QTEST_GUILESS_MAIN(tst_SandboxGroups)
#include "tst_sandbox_groups.moc"
