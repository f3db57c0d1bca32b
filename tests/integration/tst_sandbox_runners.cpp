// The sandbox's Runners API against GitLab's documented behaviour: creation with a one-time
// glrt- token, the legacy registration-token flow and its 410 from 17.0 on, list/show/update/
// delete/managers/jobs, statuses driven by the runner-facing /runners/verify and the sandbox
// clock, and response shapes checked with GitLab's own JSON schemas.
#include "support/sandboxfixture.h"

#include "sandbox/api/modules.h"
#include "sandbox/sandboxapi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using LabDesk::Test::SandboxFixture;
namespace Sandbox = LabDesk::Sandbox;

namespace {

// The users, group and project every fixture gets, and tokens with the scopes the tests need.
struct Team
{
    int groupId = 0;
    int projectId = 0;
    int otherProjectId = 0;
    QString alice;         // Maintainer of the project, scope api
    QString aliceRunner;   // scope create_runner
    QString aliceReadOnly; // scope read_api
    QString bob;           // Developer of the project
    QString carol;         // Owner of the group
    QString dave;          // no membership
};

Team seedTeam(SandboxFixture &sandbox)
{
    Team team;
    sandbox.runOnServer([&team](Sandbox::SandboxServer &server) {
        Sandbox::SandboxApi &api = server.api();
        const auto user = [&api](const QString &name) {
            return Sandbox::createUser(api, name, name, name + QStringLiteral("@example.com")).value(QLatin1String("id")).toInt();
        };
        const auto member = [&api](const QString &type, int source, int userId, int level) {
            api.store.put(QStringLiteral("members"), api.store.nextId(QStringLiteral("members")),
                          {{QStringLiteral("source_type"), type},
                           {QStringLiteral("source_id"), source},
                           {QStringLiteral("user_id"), userId},
                           {QStringLiteral("access_level"), level},
                           {QStringLiteral("expires_at"), QJsonValue::Null},
                           {QStringLiteral("created_at"), api.now()}});
        };
        const auto project = [&api](int namespaceId, const QString &path) {
            const int id = api.store.nextId(QStringLiteral("projects"));
            api.store.put(QStringLiteral("projects"), id,
                          {{QStringLiteral("name"), path},
                           {QStringLiteral("path"), path},
                           {QStringLiteral("namespace_id"), namespaceId},
                           {QStringLiteral("visibility"), QStringLiteral("private")},
                           {QStringLiteral("default_branch"), QStringLiteral("main")},
                           {QStringLiteral("description"), QString()},
                           {QStringLiteral("created_at"), api.now()},
                           {QStringLiteral("last_activity_at"), api.now()},
                           {QStringLiteral("archived"), false}});
            return id;
        };
        const int alice = user(QStringLiteral("alice"));
        const int bob = user(QStringLiteral("bob"));
        const int carol = user(QStringLiteral("carol"));
        const int dave = user(QStringLiteral("dave"));
        team.groupId = api.store.nextId(QStringLiteral("namespaces"));
        api.store.put(QStringLiteral("namespaces"), team.groupId,
                      {{QStringLiteral("name"), QStringLiteral("Team")},
                       {QStringLiteral("path"), QStringLiteral("team")},
                       {QStringLiteral("kind"), QStringLiteral("group")},
                       {QStringLiteral("parent_id"), QJsonValue::Null},
                       {QStringLiteral("visibility"), QStringLiteral("private")},
                       {QStringLiteral("description"), QString()},
                       {QStringLiteral("created_at"), api.now()}});
        team.projectId = project(team.groupId, QStringLiteral("app"));
        team.otherProjectId = project(team.groupId, QStringLiteral("site"));
        member(QStringLiteral("Namespace"), team.groupId, carol, Sandbox::AccessLevel::Owner);
        member(QStringLiteral("Project"), team.projectId, alice, Sandbox::AccessLevel::Maintainer);
        member(QStringLiteral("Project"), team.otherProjectId, alice, Sandbox::AccessLevel::Maintainer);
        member(QStringLiteral("Project"), team.projectId, bob, Sandbox::AccessLevel::Developer);
        team.alice = Sandbox::createPersonalAccessToken(api, alice, QStringLiteral("api"), {QStringLiteral("api")});
        team.aliceRunner = Sandbox::createPersonalAccessToken(api, alice, QStringLiteral("runner"), {QStringLiteral("create_runner")});
        team.aliceReadOnly = Sandbox::createPersonalAccessToken(api, alice, QStringLiteral("read"), {QStringLiteral("read_api")});
        team.bob = Sandbox::createPersonalAccessToken(api, bob, QStringLiteral("api"), {QStringLiteral("api")});
        team.carol = Sandbox::createPersonalAccessToken(api, carol, QStringLiteral("api"), {QStringLiteral("api")});
        team.dave = Sandbox::createPersonalAccessToken(api, dave, QStringLiteral("api"), {QStringLiteral("api")});
    });
    return team;
}

int statusOf(const std::unique_ptr<QNetworkReply> &reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonDocument jsonOf(const std::unique_ptr<QNetworkReply> &reply)
{
    return QJsonDocument::fromJson(reply->readAll());
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QSet<QString> descriptions(const QJsonArray &runners)
{
    QSet<QString> out;
    for (const QJsonValue &runner : runners)
        out.insert(runner.toObject().value(QLatin1String("description")).toString());
    return out;
}

// A small JSON Schema check covering what GitLab's response schemas use: `type` (a name or a
// list, with GitLab's stray spaces and its non-standard "date"), `required`, `properties`,
// `additionalProperties: false` and `format: date-time`. `extra` names properties newer GitLab
// versions added after the schema's copy was taken.
void checkSchema(const QJsonValue &value, const QJsonObject &schema, const QString &where, const QStringList &extra,
                 QStringList *problems)
{
    QStringList types;
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            types << t.toString().trimmed();
    } else if (type.isString()) {
        types << type.toString().trimmed();
    }
    const auto is = [&value](const QString &name) {
        if (name == QLatin1String("null"))
            return value.isNull();
        if (name == QLatin1String("string") || name == QLatin1String("date"))
            return value.isString();
        if (name == QLatin1String("integer"))
            return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        if (name == QLatin1String("number"))
            return value.isDouble();
        if (name == QLatin1String("boolean"))
            return value.isBool();
        if (name == QLatin1String("array"))
            return value.isArray();
        if (name == QLatin1String("object"))
            return value.isObject();
        return true;
    };
    bool matched = types.isEmpty();
    for (const QString &t : std::as_const(types))
        matched = matched || is(t);
    if (!matched) {
        *problems << QStringLiteral("%1: %2 is not %3")
                         .arg(where, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                              types.join(QLatin1Char('|')));
        return;
    }
    if (schema.value(QLatin1String("format")).toString() == QLatin1String("date-time") && value.isString()
        && !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
        *problems << QStringLiteral("%1: %2 is no date-time").arg(where, value.toString());
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
        if (!object.contains(required.toString()))
            *problems << QStringLiteral("%1: missing %2").arg(where, required.toString());
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (properties.contains(it.key()))
            checkSchema(it.value(), properties.value(it.key()).toObject(), where + QLatin1Char('.') + it.key(), {}, problems);
        else if (schema.value(QLatin1String("additionalProperties")) == QJsonValue(false) && !extra.contains(it.key()))
            *problems << QStringLiteral("%1: unexpected property %2").arg(where, it.key());
    }
}

QJsonObject loadSchema(const QString &name)
{
    QFile file(QDir(QStringLiteral(LABDESK_SOURCE_DIR)).filePath(QStringLiteral("../shared/corpus/api-schemas/public_api/v4/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_SandboxRunners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createReturnsTokenOnce();
    void createNeedsScopeAndRole_data();
    void createNeedsScopeAndRole();
    void createRouteNeedsGitLab15_10_data();
    void createRouteNeedsGitLab15_10();
    void registrationTokenFlow_data();
    void registrationTokenFlow();
    void listShowUpdateDelete();
    void updateIsValidatedLikeGitLab_data();
    void updateIsValidatedLikeGitLab();
    void verifyCreatesManagers();
    void runnerJobs();
    void projectAndGroupRunners();
    void statusFilters_data();
    void statusFilters();
    void responsesMatchGitLabSchemas();
    void demoSeedHasEveryStatus();

private:
    QString createRunner(SandboxFixture &sandbox, const QJsonObject &attributes, int *id,
                         const QString &token = QStringLiteral("admin"));
    bool verify(SandboxFixture &sandbox, const QString &runnerToken, const QString &systemId);
    void setClockOffset(SandboxFixture &sandbox, qint64 seconds);
    bool prepareStatusRunners();

    SandboxFixture m_sandbox;
    Team m_team;
    // A second server whose clock the status tests move, so the others keep real time.
    std::unique_ptr<SandboxFixture> m_clocked;
};

void tst_SandboxRunners::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_team = seedTeam(m_sandbox);
    QVERIFY(m_team.projectId > 0);
}

QString tst_SandboxRunners::createRunner(SandboxFixture &sandbox, const QJsonObject &attributes, int *id, const QString &token)
{
    auto reply = sandbox.request("POST", QStringLiteral("/user/runners"), json(attributes), token);
    const QJsonObject body = jsonOf(reply).object();
    if (statusOf(reply) != 201) {
        qWarning("POST /user/runners: %d %s", statusOf(reply), QJsonDocument(body).toJson(QJsonDocument::Compact).constData());
        return {};
    }
    *id = body.value(QLatin1String("id")).toInt();
    return body.value(QLatin1String("token")).toString();
}

bool tst_SandboxRunners::verify(SandboxFixture &sandbox, const QString &runnerToken, const QString &systemId)
{
    const QJsonObject body{{QStringLiteral("token"), runnerToken},
                           {QStringLiteral("system_id"), systemId},
                           {QStringLiteral("info"), QJsonObject{{QStringLiteral("version"), QStringLiteral("17.5.1")},
                                                                {QStringLiteral("revision"), QStringLiteral("affd9e7d")},
                                                                {QStringLiteral("platform"), QStringLiteral("linux")},
                                                                {QStringLiteral("architecture"), QStringLiteral("arm64")}}}};
    // A runner has no personal access token: the body's token is all it sends.
    auto reply = sandbox.request("POST", QStringLiteral("/runners/verify"), json(body), QString());
    return statusOf(reply) == 200 && jsonOf(reply).object().value(QLatin1String("token")).toString() == runnerToken;
}

void tst_SandboxRunners::setClockOffset(SandboxFixture &sandbox, qint64 seconds)
{
    sandbox.runOnServer([seconds](Sandbox::SandboxServer &server) { server.api().setClockOffset(seconds); });
}

void tst_SandboxRunners::createReturnsTokenOnce()
{
    int id = 0;
    const QString token = createRunner(m_sandbox,
                                       {{QStringLiteral("runner_type"), QStringLiteral("project_type")},
                                        {QStringLiteral("project_id"), m_team.projectId},
                                        {QStringLiteral("description"), QStringLiteral("once")},
                                        {QStringLiteral("tag_list"), QStringLiteral("docker,linux")}},
                                       &id, m_team.aliceRunner);
    QVERIFY(id > 0);
    QVERIFY2(token.startsWith(QLatin1String("glrt-")), qPrintable(token));
    QCOMPARE(token.size(), 25);

    // Nothing ever shows the token again, and the store keeps only its digest.
    auto show = m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(id), {}, m_team.alice);
    QCOMPARE(statusOf(show), 200);
    const QByteArray details = show->readAll();
    QVERIFY(!details.contains(token.toUtf8()));
    QVERIFY(!QJsonDocument::fromJson(details).object().contains(QLatin1String("token")));
    QJsonObject stored;
    m_sandbox.runOnServer([&stored, id](Sandbox::SandboxServer &server) {
        stored = server.api().store.get(QStringLiteral("runners"), id);
    });
    QCOMPARE(stored.value(QLatin1String("_token_digest")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(!QJsonDocument(stored).toJson().contains(token.toUtf8()));
    QCOMPARE(stored.value(QLatin1String("tag_list")).toArray(), (QJsonArray{QStringLiteral("docker"), QStringLiteral("linux")}));

    // The token is the runner's credential: /runners/verify accepts it.
    QVERIFY(verify(m_sandbox, token, QStringLiteral("s_once")));
}

void tst_SandboxRunners::createNeedsScopeAndRole_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");

    const QString type = QStringLiteral("runner_type");
    const QJsonObject project{{type, QStringLiteral("project_type")}, {QStringLiteral("project_id"), m_team.projectId}};
    const QJsonObject group{{type, QStringLiteral("group_type")}, {QStringLiteral("group_id"), m_team.groupId}};
    const QJsonObject instance{{type, QStringLiteral("instance_type")}};
    const QString insufficient = QStringLiteral("403 Forbidden - Insufficient permissions");

    QTest::newRow("create_runner scope") << m_team.aliceRunner << project << 201 << QString() << QString();
    QTest::newRow("api scope") << m_team.alice << project << 201 << QString() << QString();
    QTest::newRow("read_api scope") << m_team.aliceReadOnly << project << 403 << QStringLiteral("error")
                                    << QStringLiteral("insufficient_scope");
    QTest::newRow("no token") << QString() << project << 401 << QStringLiteral("message") << QStringLiteral("401 Unauthorized");
    QTest::newRow("project developer") << m_team.bob << project << 403 << QStringLiteral("message") << insufficient;
    QTest::newRow("instance by a user") << m_team.alice << instance << 403 << QStringLiteral("message") << insufficient;
    QTest::newRow("instance by admin") << QStringLiteral("admin") << instance << 201 << QString() << QString();
    QTest::newRow("group owner") << m_team.carol << group << 201 << QString() << QString();
    QTest::newRow("group non-owner") << m_team.alice << group << 403 << QStringLiteral("message") << insufficient;
    QTest::newRow("no runner_type") << QStringLiteral("admin") << QJsonObject() << 400 << QStringLiteral("error")
                                    << QStringLiteral("runner_type is missing, runner_type does not have a valid value");
    QTest::newRow("unknown runner_type") << QStringLiteral("admin") << QJsonObject{{type, QStringLiteral("unknown")}} << 400
                                         << QStringLiteral("error") << QStringLiteral("runner_type does not have a valid value");
    QTest::newRow("group_id missing") << m_team.carol << QJsonObject{{type, QStringLiteral("group_type")}} << 400
                                      << QStringLiteral("error") << QStringLiteral("group_id is missing");
    QTest::newRow("project_id missing") << m_team.alice << QJsonObject{{type, QStringLiteral("project_type")}} << 400
                                        << QStringLiteral("error") << QStringLiteral("project_id is missing");
    QTest::newRow("unknown project") << QStringLiteral("admin")
                                     << QJsonObject{{type, QStringLiteral("project_type")}, {QStringLiteral("project_id"), 999999}}
                                     << 400 << QStringLiteral("message")
                                     << QStringLiteral("400 Bad request - Missing/invalid project");
    QTest::newRow("untagged off without tags")
        << QStringLiteral("admin") << QJsonObject{{type, QStringLiteral("instance_type")}, {QStringLiteral("run_untagged"), false}}
        << 400 << QStringLiteral("message")
        << QStringLiteral("400 Bad request - Tags list can not be empty when runner is not allowed to pick untagged jobs");
}

void tst_SandboxRunners::createNeedsScopeAndRole()
{
    QFETCH(QString, who);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, text);

    int before = 0;
    m_sandbox.runOnServer([&before](Sandbox::SandboxServer &server) { before = server.api().store.count(QStringLiteral("runners")); });
    auto reply = m_sandbox.request("POST", QStringLiteral("/user/runners"), json(body), who);
    const QJsonObject answer = jsonOf(reply).object();
    QCOMPARE(statusOf(reply), status);
    int after = 0;
    m_sandbox.runOnServer([&after](Sandbox::SandboxServer &server) { after = server.api().store.count(QStringLiteral("runners")); });
    if (status == 201) {
        QVERIFY(answer.value(QLatin1String("token")).toString().startsWith(QLatin1String("glrt-")));
        QVERIFY(answer.value(QLatin1String("token_expires_at")).isNull());
        QCOMPARE(after, before + 1);
    } else {
        QCOMPARE(answer.value(field).toString(), text);
        QCOMPARE(after, before);
    }
}

void tst_SandboxRunners::createRouteNeedsGitLab15_10_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::newRow("15.9") << QStringLiteral("15.9.8") << 404;
    QTest::newRow("15.10") << QStringLiteral("15.10.0") << 201;
    QTest::newRow("JiHu 16.2") << QStringLiteral("16.2.3-jh") << 201;
}

void tst_SandboxRunners::createRouteNeedsGitLab15_10()
{
    QFETCH(QString, version);
    QFETCH(int, status);
    SandboxFixture sandbox;
    Sandbox::SandboxServer::Options options;
    options.versionString = version;
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    auto reply = sandbox.request("POST", QStringLiteral("/user/runners"),
                                 json({{QStringLiteral("runner_type"), QStringLiteral("instance_type")}}));
    QCOMPARE(statusOf(reply), status);
    if (status == 404)
        QCOMPARE(jsonOf(reply).object().value(QLatin1String("error")).toString(), QStringLiteral("404 Not Found"));
}

void tst_SandboxRunners::registrationTokenFlow_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("16.11") << QStringLiteral("16.11.2") << true;
    QTest::newRow("JiHu 16.2") << QStringLiteral("16.2.3-jh") << true;
    QTest::newRow("17.0") << QStringLiteral("17.0.0") << false;
    QTest::newRow("17.5 EE") << QStringLiteral("17.5.2-ee") << false;
}

void tst_SandboxRunners::registrationTokenFlow()
{
    QFETCH(QString, version);
    QFETCH(bool, allowed);
    SandboxFixture sandbox;
    Sandbox::SandboxServer::Options options;
    options.versionString = version;
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    const Team team = seedTeam(sandbox);

    auto reset = sandbox.request("POST", QStringLiteral("/projects/%1/runners/reset_registration_token").arg(team.projectId), {},
                                 team.alice);
    QCOMPARE(statusOf(reset), 201);
    const QString registrationToken = jsonOf(reset).object().value(QLatin1String("token")).toString();
    QVERIFY2(registrationToken.startsWith(QLatin1String("GR1348941")), qPrintable(registrationToken));

    // What `gitlab-runner register --registration-token` sends: no personal access token.
    const QJsonObject registration{{QStringLiteral("token"), registrationToken},
                                   {QStringLiteral("description"), QStringLiteral("legacy")},
                                   {QStringLiteral("tag_list"), QStringLiteral("shell,linux")},
                                   {QStringLiteral("info"), QJsonObject{{QStringLiteral("name"), QStringLiteral("gitlab-runner")}}}};
    auto reply = sandbox.request("POST", QStringLiteral("/runners"), json(registration), QString());
    const QJsonObject body = jsonOf(reply).object();
    auto wrong = sandbox.request("POST", QStringLiteral("/runners"),
                                 json({{QStringLiteral("token"), QStringLiteral("GR1348941notarealtokenatall")}}), QString());
    const QJsonObject wrongBody = jsonOf(wrong).object();
    if (!allowed) {
        QCOMPARE(statusOf(reply), 410);
        QCOMPARE(body.value(QLatin1String("message")).toString(), QStringLiteral("410 Gone - runner registration disallowed"));
        // With registration tokens disabled GitLab does not even look at the token.
        QCOMPARE(statusOf(wrong), 410);
        return;
    }
    QCOMPARE(statusOf(reply), 201);
    const QString runnerToken = body.value(QLatin1String("token")).toString();
    // Before 17.0 runners registered this way get tokens without the glrt- prefix.
    QCOMPARE(runnerToken.size(), 20);
    QVERIFY(!runnerToken.startsWith(QLatin1String("glrt-")));
    QVERIFY(body.value(QLatin1String("token_expires_at")).isNull());
    QCOMPARE(statusOf(wrong), 403);
    QCOMPARE(wrongBody.value(QLatin1String("message")).toString(), QStringLiteral("403 Forbidden - invalid token supplied"));

    auto show = sandbox.request("GET", QStringLiteral("/runners/%1").arg(body.value(QLatin1String("id")).toInt()), {}, team.alice);
    const QJsonObject runner = jsonOf(show).object();
    QCOMPARE(runner.value(QLatin1String("runner_type")).toString(), QStringLiteral("project_type"));
    QCOMPARE(runner.value(QLatin1String("name")).toString(), QStringLiteral("gitlab-runner"));
    QCOMPARE(runner.value(QLatin1String("status")).toString(), QStringLiteral("never_contacted"));
    QCOMPARE(runner.value(QLatin1String("tag_list")).toArray(), (QJsonArray{QStringLiteral("shell"), QStringLiteral("linux")}));
    QCOMPARE(runner.value(QLatin1String("projects")).toArray().first().toObject().value(QLatin1String("path_with_namespace")).toString(),
             QStringLiteral("team/app"));
    // The registered runner's token works for the runner-facing API.
    QVERIFY(verify(sandbox, runnerToken, QStringLiteral("s_legacy")));

    // The instance's registration token registers instance runners; only an admin may reset it.
    QCOMPARE(statusOf(sandbox.request("POST", QStringLiteral("/runners/reset_registration_token"), {}, team.alice)), 403);
    auto instanceReset = sandbox.request("POST", QStringLiteral("/runners/reset_registration_token"));
    QCOMPARE(statusOf(instanceReset), 201);
    auto instance = sandbox.request(
        "POST", QStringLiteral("/runners"),
        json({{QStringLiteral("token"), jsonOf(instanceReset).object().value(QLatin1String("token")).toString()}}), QString());
    QCOMPARE(statusOf(instance), 201);
    auto instanceShow = sandbox.request("GET", QStringLiteral("/runners/%1").arg(jsonOf(instance).object().value(QLatin1String("id")).toInt()));
    QCOMPARE(jsonOf(instanceShow).object().value(QLatin1String("runner_type")).toString(), QStringLiteral("instance_type"));
}

void tst_SandboxRunners::listShowUpdateDelete()
{
    int projectRunner = 0;
    int instanceRunner = 0;
    int groupRunner = 0;
    QVERIFY(!createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("project_type")},
                                      {QStringLiteral("project_id"), m_team.projectId},
                                      {QStringLiteral("description"), QStringLiteral("list-project")}},
                          &projectRunner, m_team.alice).isEmpty());
    QVERIFY(!createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("instance_type")},
                                      {QStringLiteral("description"), QStringLiteral("list-instance")}},
                          &instanceRunner).isEmpty());
    QVERIFY(!createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("group_type")},
                                      {QStringLiteral("group_id"), m_team.groupId},
                                      {QStringLiteral("description"), QStringLiteral("list-group")}},
                          &groupRunner, m_team.carol).isEmpty());

    // GET /runners: what the caller's memberships give; instance runners are not "owned".
    const QSet<QString> alices = descriptions(jsonOf(m_sandbox.request("GET", QStringLiteral("/runners?per_page=100"), {}, m_team.alice)).array());
    QVERIFY(alices.contains(QStringLiteral("list-project")));
    QVERIFY(!alices.contains(QStringLiteral("list-instance")));
    QVERIFY(!alices.contains(QStringLiteral("list-group")));
    const QSet<QString> carols = descriptions(jsonOf(m_sandbox.request("GET", QStringLiteral("/runners?per_page=100"), {}, m_team.carol)).array());
    QVERIFY(carols.contains(QStringLiteral("list-group")));
    const QSet<QString> bobs = descriptions(jsonOf(m_sandbox.request("GET", QStringLiteral("/runners?per_page=100"), {}, m_team.bob)).array());
    QVERIFY(!bobs.contains(QStringLiteral("list-project")));

    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/runners/all"), {}, m_team.alice)), 403);
    auto all = m_sandbox.request("GET", QStringLiteral("/runners/all?per_page=100"));
    QCOMPARE(statusOf(all), 200);
    QVERIFY(!all->rawHeader("X-Total").isEmpty());
    const QSet<QString> everything = descriptions(jsonOf(all).array());
    for (const char *name : {"list-project", "list-instance", "list-group"})
        QVERIFY2(everything.contains(QString::fromLatin1(name)), name);

    auto show = m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(projectRunner), {}, m_team.alice);
    QCOMPARE(statusOf(show), 200);
    const QJsonObject details = jsonOf(show).object();
    QCOMPARE(details.value(QLatin1String("id")).toInt(), projectRunner);
    QCOMPARE(details.value(QLatin1String("runner_type")).toString(), QStringLiteral("project_type"));
    QCOMPARE(details.value(QLatin1String("is_shared")).toBool(), false);
    QCOMPARE(details.value(QLatin1String("active")).toBool(), true);
    QCOMPARE(details.value(QLatin1String("paused")).toBool(), false);
    QCOMPARE(details.value(QLatin1String("run_untagged")).toBool(), true);
    QCOMPARE(details.value(QLatin1String("locked")).toBool(), false);
    QCOMPARE(details.value(QLatin1String("access_level")).toString(), QStringLiteral("not_protected"));
    QVERIFY(details.value(QLatin1String("maximum_timeout")).isNull());
    QVERIFY(details.value(QLatin1String("contacted_at")).isNull());
    QVERIFY(details.value(QLatin1String("online")).isNull());
    QCOMPARE(details.value(QLatin1String("status")).toString(), QStringLiteral("never_contacted"));
    QCOMPARE(details.value(QLatin1String("tag_list")).toArray(), QJsonArray());
    QCOMPARE(details.value(QLatin1String("groups")).toArray(), QJsonArray());
    const QJsonArray projects = details.value(QLatin1String("projects")).toArray();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.first().toObject().value(QLatin1String("path_with_namespace")).toString(), QStringLiteral("team/app"));
    QCOMPARE(projects.first().toObject().value(QLatin1String("name_with_namespace")).toString(), QStringLiteral("Team / app"));
    auto groupShow = jsonOf(m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(groupRunner), {}, m_team.carol)).object();
    QCOMPARE(groupShow.value(QLatin1String("groups")).toArray().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Team"));

    auto forbidden = m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(projectRunner), {}, m_team.bob);
    QCOMPARE(statusOf(forbidden), 403);
    QCOMPARE(jsonOf(forbidden).object().value(QLatin1String("message")).toString(), QStringLiteral("403 Forbidden - No access granted"));
    // Instance runners are visible to every signed-in user.
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(instanceRunner), {}, m_team.bob)), 200);
    auto missing = m_sandbox.request("GET", QStringLiteral("/runners/999999"));
    QCOMPARE(statusOf(missing), 404);
    QCOMPARE(jsonOf(missing).object().value(QLatin1String("message")).toString(), QStringLiteral("404 Runner Not Found"));

    const QJsonObject update{{QStringLiteral("description"), QStringLiteral("list-project-renamed")},
                             {QStringLiteral("paused"), true},
                             {QStringLiteral("tag_list"), QJsonArray{QStringLiteral("docker"), QStringLiteral("arm64")}},
                             {QStringLiteral("run_untagged"), false},
                             {QStringLiteral("locked"), true},
                             {QStringLiteral("access_level"), QStringLiteral("ref_protected")},
                             {QStringLiteral("maximum_timeout"), 3600},
                             {QStringLiteral("maintenance_note"), QStringLiteral("rack 4")}};
    auto updated = m_sandbox.request("PUT", QStringLiteral("/runners/%1").arg(projectRunner), json(update), m_team.alice);
    QCOMPARE(statusOf(updated), 200);
    const QJsonObject after = jsonOf(updated).object();
    QCOMPARE(after.value(QLatin1String("description")).toString(), QStringLiteral("list-project-renamed"));
    QCOMPARE(after.value(QLatin1String("paused")).toBool(), true);
    QCOMPARE(after.value(QLatin1String("active")).toBool(), false);
    QCOMPARE(after.value(QLatin1String("tag_list")).toArray(), (QJsonArray{QStringLiteral("docker"), QStringLiteral("arm64")}));
    QCOMPARE(after.value(QLatin1String("run_untagged")).toBool(), false);
    QCOMPARE(after.value(QLatin1String("locked")).toBool(), true);
    QCOMPARE(after.value(QLatin1String("access_level")).toString(), QStringLiteral("ref_protected"));
    QCOMPARE(after.value(QLatin1String("maximum_timeout")).toInt(), 3600);
    QCOMPARE(after.value(QLatin1String("maintenance_note")).toString(), QStringLiteral("rack 4"));
    // The form encoding gitlab-runner and curl use works too: tag_list as a comma-separated string.
    QNetworkRequest form(m_sandbox.apiUrl(QStringLiteral("/runners/%1").arg(projectRunner)));
    form.setRawHeader("PRIVATE-TOKEN", m_team.alice.toUtf8());
    form.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> formReply(network.put(form, QByteArrayLiteral("tag_list=ruby,mysql&active=true")));
    QSignalSpy formDone(formReply.get(), &QNetworkReply::finished);
    QVERIFY(formDone.wait(10000));
    const QJsonObject formAfter = QJsonDocument::fromJson(formReply->readAll()).object();
    QCOMPARE(formAfter.value(QLatin1String("tag_list")).toArray(), (QJsonArray{QStringLiteral("ruby"), QStringLiteral("mysql")}));
    QCOMPARE(formAfter.value(QLatin1String("paused")).toBool(), false);

    QCOMPARE(statusOf(m_sandbox.request("PUT", QStringLiteral("/runners/%1").arg(projectRunner),
                                        json({{QStringLiteral("description"), QStringLiteral("x")}}), m_team.bob)),
             403);
    auto deniedDelete = m_sandbox.request("DELETE", QStringLiteral("/runners/%1").arg(instanceRunner), {}, m_team.alice);
    QCOMPARE(statusOf(deniedDelete), 403);
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/runners/%1").arg(projectRunner), {}, m_team.alice)), 204);
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(projectRunner))), 404);
}

void tst_SandboxRunners::updateIsValidatedLikeGitLab_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nothing to update")
        << QJsonObject() << QStringLiteral("error")
        << QByteArray("[\"description, active, paused, tag_list, run_untagged, locked, access_level, maximum_timeout, "
                      "maintenance_note are missing, at least one parameter must be provided\"]");
    QTest::newRow("timeout below 10 minutes") << QJsonObject{{QStringLiteral("maximum_timeout"), 60}} << QStringLiteral("message")
                                              << QByteArray("[{\"maximum_timeout\":[\"needs to be at least 10 minutes\"]}]");
    QTest::newRow("unknown access level") << QJsonObject{{QStringLiteral("access_level"), QStringLiteral("everyone")}}
                                          << QStringLiteral("error") << QByteArray("[\"access_level does not have a valid value\"]");
    QTest::newRow("active and paused") << QJsonObject{{QStringLiteral("active"), true}, {QStringLiteral("paused"), true}}
                                       << QStringLiteral("error") << QByteArray("[\"active, paused are mutually exclusive\"]");
    QTest::newRow("untagged off without tags")
        << QJsonObject{{QStringLiteral("run_untagged"), false}} << QStringLiteral("message")
        << QByteArray("[{\"tags_list\":[\"can not be empty when runner is not allowed to pick untagged jobs\"]}]");
    QTest::newRow("not a boolean") << QJsonObject{{QStringLiteral("paused"), QStringLiteral("maybe")}} << QStringLiteral("error")
                                   << QByteArray("[\"paused is invalid\"]");
}

void tst_SandboxRunners::updateIsValidatedLikeGitLab()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QByteArray, expected);
    int id = 0;
    QVERIFY(!createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("instance_type")},
                                      {QStringLiteral("description"), QStringLiteral("validated")}}, &id).isEmpty());
    auto reply = m_sandbox.request("PUT", QStringLiteral("/runners/%1").arg(id), body.isEmpty() ? QByteArray() : json(body));
    QCOMPARE(statusOf(reply), 400);
    QCOMPARE(jsonOf(reply).object().value(field), QJsonDocument::fromJson(expected).array().first());
    // Nothing changed.
    QCOMPARE(jsonOf(m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(id))).object().value(QLatin1String("description")).toString(),
             QStringLiteral("validated"));
}

void tst_SandboxRunners::verifyCreatesManagers()
{
    int id = 0;
    const QString token = createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("instance_type")}}, &id);
    QVERIFY(!token.isEmpty());
    QVERIFY(verify(m_sandbox, token, QStringLiteral("s_first")));
    QVERIFY(verify(m_sandbox, token, QStringLiteral("s_second")));
    QVERIFY(verify(m_sandbox, token, QStringLiteral("s_first"))); // the same machine again: no new manager

    auto managers = m_sandbox.request("GET", QStringLiteral("/runners/%1/managers").arg(id));
    QCOMPARE(statusOf(managers), 200);
    const QJsonArray list = jsonOf(managers).array();
    QCOMPARE(list.size(), 2);
    QSet<QString> systems;
    for (const QJsonValue &value : list) {
        const QJsonObject manager = value.toObject();
        systems.insert(manager.value(QLatin1String("system_id")).toString());
        QCOMPARE(manager.value(QLatin1String("version")).toString(), QStringLiteral("17.5.1"));
        QCOMPARE(manager.value(QLatin1String("architecture")).toString(), QStringLiteral("arm64"));
        QCOMPARE(manager.value(QLatin1String("ip_address")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(manager.value(QLatin1String("status")).toString(), QStringLiteral("online"));
        QVERIFY(!manager.value(QLatin1String("contacted_at")).isNull());
    }
    QCOMPARE(systems, (QSet<QString>{QStringLiteral("s_first"), QStringLiteral("s_second")}));

    const QJsonObject details = jsonOf(m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(id))).object();
    QCOMPARE(details.value(QLatin1String("status")).toString(), QStringLiteral("online"));
    QCOMPARE(details.value(QLatin1String("online")).toBool(), true);
    QCOMPARE(details.value(QLatin1String("version")).toString(), QStringLiteral("17.5.1"));
    QCOMPARE(details.value(QLatin1String("platform")).toString(), QStringLiteral("linux"));
    QVERIFY(!details.value(QLatin1String("contacted_at")).isNull());

    auto wrong = m_sandbox.request("POST", QStringLiteral("/runners/verify"),
                                   json({{QStringLiteral("token"), QStringLiteral("glrt-notarealtokenatall")}}), QString());
    QCOMPARE(statusOf(wrong), 403);
    QCOMPARE(jsonOf(wrong).object().value(QLatin1String("message")).toString(), QStringLiteral("403 Forbidden"));
    auto missing = m_sandbox.request("POST", QStringLiteral("/runners/verify"), json({{QStringLiteral("system_id"), QStringLiteral("x")}}), QString());
    QCOMPARE(statusOf(missing), 400);
    QCOMPARE(jsonOf(missing).object().value(QLatin1String("error")).toString(), QStringLiteral("token is missing"));

    // A reset token replaces the old one.
    auto reset = m_sandbox.request("POST", QStringLiteral("/runners/reset_authentication_token"),
                                   json({{QStringLiteral("token"), token}}), QString());
    QCOMPARE(statusOf(reset), 201);
    const QString newToken = jsonOf(reset).object().value(QLatin1String("token")).toString();
    QVERIFY(newToken.startsWith(QLatin1String("glrt-")));
    QVERIFY(!verify(m_sandbox, token, QStringLiteral("s_first")));
    QVERIFY(verify(m_sandbox, newToken, QStringLiteral("s_first")));

    // `gitlab-runner unregister` deletes the runner with its own token.
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/runners"), json({{QStringLiteral("token"), newToken}}), QString())), 204);
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(id))), 404);
}

void tst_SandboxRunners::runnerJobs()
{
    int busy = 0;
    int idle = 0;
    QVERIFY(!createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("project_type")},
                                      {QStringLiteral("project_id"), m_team.projectId}}, &busy, m_team.alice).isEmpty());
    QVERIFY(!createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("project_type")},
                                      {QStringLiteral("project_id"), m_team.projectId}}, &idle, m_team.alice).isEmpty());
    // Jobs are the pipelines module's records; a runner's jobs are those carrying its runner_id.
    const int projectId = m_team.projectId;
    m_sandbox.runOnServer([busy, projectId](Sandbox::SandboxServer &server) {
        Sandbox::SandboxApi &api = server.api();
        for (const char *status : {"success", "failed"}) {
            api.store.put(QStringLiteral("jobs"), api.store.nextId(QStringLiteral("jobs")),
                          {{QStringLiteral("pipeline_id"), 1},
                           {QStringLiteral("project_id"), projectId},
                           {QStringLiteral("name"), QStringLiteral("build")},
                           {QStringLiteral("stage"), QStringLiteral("build")},
                           {QStringLiteral("status"), QString::fromLatin1(status)},
                           {QStringLiteral("runner_id"), busy},
                           {QStringLiteral("_trace_file"), QStringLiteral("private")}});
        }
    });
    auto jobs = m_sandbox.request("GET", QStringLiteral("/runners/%1/jobs").arg(busy), {}, m_team.alice);
    QCOMPARE(statusOf(jobs), 200);
    const QJsonArray list = jsonOf(jobs).array();
    QCOMPARE(list.size(), 2);
    // Newest first, GitLab's default sort; private fields stay inside.
    QVERIFY(list.at(0).toObject().value(QLatin1String("id")).toInt() > list.at(1).toObject().value(QLatin1String("id")).toInt());
    QVERIFY(!list.at(0).toObject().contains(QLatin1String("_trace_file")));
    QCOMPARE(list.at(0).toObject().value(QLatin1String("project")).toObject().value(QLatin1String("path_with_namespace")).toString(),
             QStringLiteral("team/app"));
    const QJsonArray failed = jsonOf(m_sandbox.request("GET", QStringLiteral("/runners/%1/jobs?status=failed").arg(busy), {}, m_team.alice)).array();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(jsonOf(m_sandbox.request("GET", QStringLiteral("/runners/%1/jobs").arg(idle), {}, m_team.alice)).array(), QJsonArray());
    auto bogus = m_sandbox.request("GET", QStringLiteral("/runners/%1/jobs?status=bogus").arg(busy), {}, m_team.alice);
    QCOMPARE(statusOf(bogus), 400);
    QCOMPARE(jsonOf(bogus).object().value(QLatin1String("error")).toString(), QStringLiteral("status does not have a valid value"));
}

void tst_SandboxRunners::projectAndGroupRunners()
{
    int projectRunner = 0;
    int groupRunner = 0;
    int instanceRunner = 0;
    QVERIFY(!createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("project_type")},
                                      {QStringLiteral("project_id"), m_team.projectId},
                                      {QStringLiteral("description"), QStringLiteral("scoped-project")}},
                          &projectRunner, m_team.alice).isEmpty());
    QVERIFY(!createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("group_type")},
                                      {QStringLiteral("group_id"), m_team.groupId},
                                      {QStringLiteral("description"), QStringLiteral("scoped-group")}},
                          &groupRunner, m_team.carol).isEmpty());
    QVERIFY(!createRunner(m_sandbox, {{QStringLiteral("runner_type"), QStringLiteral("instance_type")},
                                      {QStringLiteral("description"), QStringLiteral("scoped-instance")}},
                          &instanceRunner).isEmpty());

    // A project sees its own runners, its groups' runners and the instance's, by id or by path.
    for (const QString &id : {QString::number(m_team.projectId), QStringLiteral("team%2Fapp")}) {
        auto reply = m_sandbox.request("GET", QStringLiteral("/projects/%1/runners?per_page=100").arg(id), {}, m_team.alice);
        QCOMPARE(statusOf(reply), 200);
        const QSet<QString> seen = descriptions(jsonOf(reply).array());
        for (const char *name : {"scoped-project", "scoped-group", "scoped-instance"})
            QVERIFY2(seen.contains(QString::fromLatin1(name)), name);
    }
    const QSet<QString> groupTyped = descriptions(
        jsonOf(m_sandbox.request("GET", QStringLiteral("/projects/%1/runners?type=group_type&per_page=100").arg(m_team.projectId), {},
                                 m_team.alice))
            .array());
    QVERIFY(groupTyped.contains(QStringLiteral("scoped-group")));
    QVERIFY(!groupTyped.contains(QStringLiteral("scoped-project")));
    auto developer = m_sandbox.request("GET", QStringLiteral("/projects/%1/runners").arg(m_team.projectId), {}, m_team.bob);
    QCOMPARE(statusOf(developer), 403);
    QCOMPARE(jsonOf(developer).object().value(QLatin1String("message")).toString(), QStringLiteral("403 Forbidden"));

    const QSet<QString> groupSeen = descriptions(
        jsonOf(m_sandbox.request("GET", QStringLiteral("/groups/%1/runners?per_page=100").arg(m_team.groupId), {}, m_team.carol)).array());
    QVERIFY(groupSeen.contains(QStringLiteral("scoped-group")));
    QVERIFY(groupSeen.contains(QStringLiteral("scoped-instance")));
    QVERIFY(!groupSeen.contains(QStringLiteral("scoped-project")));
    // A member of a project in the group sees the group, but not its runners; to anyone else the
    // private group does not exist.
    auto member = m_sandbox.request("GET", QStringLiteral("/groups/%1/runners").arg(m_team.groupId), {}, m_team.alice);
    QCOMPARE(statusOf(member), 403);
    QCOMPARE(jsonOf(member).object().value(QLatin1String("message")).toString(), QStringLiteral("403 Forbidden"));
    auto hidden = m_sandbox.request("GET", QStringLiteral("/groups/%1/runners").arg(m_team.groupId), {}, m_team.dave);
    QCOMPARE(statusOf(hidden), 404);
    QCOMPARE(jsonOf(hidden).object().value(QLatin1String("message")).toString(), QStringLiteral("404 Group Not Found"));
    auto hiddenProject = m_sandbox.request("GET", QStringLiteral("/projects/%1/runners").arg(m_team.projectId), {}, m_team.dave);
    QCOMPARE(statusOf(hiddenProject), 404);
    QCOMPARE(jsonOf(hiddenProject).object().value(QLatin1String("message")).toString(), QStringLiteral("404 Project Not Found"));

    // Assigning to a second project, then unassigning, as GitLab allows it.
    const QString site = QStringLiteral("/projects/%1/runners").arg(m_team.otherProjectId);
    auto assigned = m_sandbox.request("POST", site, json({{QStringLiteral("runner_id"), projectRunner}}), m_team.alice);
    QCOMPARE(statusOf(assigned), 201);
    QCOMPARE(jsonOf(assigned).object().value(QLatin1String("id")).toInt(), projectRunner);
    QCOMPARE(jsonOf(m_sandbox.request("GET", QStringLiteral("/runners/%1").arg(projectRunner), {}, m_team.alice))
                 .object().value(QLatin1String("projects")).toArray().size(),
             2);
    QCOMPARE(statusOf(m_sandbox.request("POST", site, json({{QStringLiteral("runner_id"), projectRunner}}), m_team.alice)), 400);
    auto groupAssign = m_sandbox.request("POST", site, json({{QStringLiteral("runner_id"), groupRunner}}), m_team.alice);
    QCOMPARE(statusOf(groupAssign), 403);
    QCOMPARE(jsonOf(groupAssign).object().value(QLatin1String("message")).toString(),
             QStringLiteral("403 Forbidden - Runner is a group runner"));
    // Deleting a runner shared by two projects is an administrator's call.
    auto shared = m_sandbox.request("DELETE", QStringLiteral("/runners/%1").arg(projectRunner), {}, m_team.alice);
    QCOMPARE(statusOf(shared), 403);
    QCOMPARE(jsonOf(shared).object().value(QLatin1String("message")).toString(),
             QStringLiteral("403 Forbidden - Runner associated with more than one project"));
    auto owner = m_sandbox.request("DELETE", QStringLiteral("/projects/%1/runners/%2").arg(m_team.projectId).arg(projectRunner), {},
                                   m_team.alice);
    QCOMPARE(statusOf(owner), 403);
    QCOMPARE(jsonOf(owner).object().value(QLatin1String("message")).toString(),
             QStringLiteral("403 Forbidden - You cannot unassign a runner from the owner project. Delete the runner instead"));
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("%1/%2").arg(site).arg(projectRunner), {}, m_team.alice)), 204);
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("%1/%2").arg(site).arg(projectRunner), {}, m_team.alice)), 404);
}

bool tst_SandboxRunners::prepareStatusRunners()
{
    if (m_clocked)
        return true;
    auto sandbox = std::make_unique<SandboxFixture>();
    if (!sandbox->start())
        return false;
    const Team team = seedTeam(*sandbox);
    const auto make = [&](const QString &description, const QJsonObject &extra) {
        QJsonObject attributes{{QStringLiteral("runner_type"), QStringLiteral("instance_type")},
                               {QStringLiteral("description"), description},
                               {QStringLiteral("tag_list"), QStringLiteral("clocked")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            attributes.insert(it.key(), it.value());
        int id = 0;
        return std::make_pair(createRunner(*sandbox, attributes, &id), id);
    };
    constexpr qint64 day = 24 * 3600;
    // Contacted once, ten days and three hours before the final clock: stale.
    const auto stale = make(QStringLiteral("stale"), {});
    if (!verify(*sandbox, stale.first, QStringLiteral("s_stale")))
        return false;
    setClockOffset(*sandbox, 10 * day);
    // Contacted three hours before the final clock: offline.
    const auto offline = make(QStringLiteral("offline"), {});
    if (!verify(*sandbox, offline.first, QStringLiteral("s_offline")))
        return false;
    setClockOffset(*sandbox, 10 * day + 3 * 3600);
    const auto online = make(QStringLiteral("online"), {});
    const auto paused = make(QStringLiteral("paused"), {});
    if (!verify(*sandbox, online.first, QStringLiteral("s_online")) || !verify(*sandbox, paused.first, QStringLiteral("s_paused")))
        return false;
    if (statusOf(sandbox->request("PUT", QStringLiteral("/runners/%1").arg(paused.second), json({{QStringLiteral("paused"), true}}))) != 200)
        return false;
    const auto never = make(QStringLiteral("never"), {{QStringLiteral("runner_type"), QStringLiteral("project_type")},
                                                      {QStringLiteral("project_id"), team.projectId}});
    if (never.second == 0)
        return false;
    m_clocked = std::move(sandbox);
    return true;
}

void tst_SandboxRunners::statusFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QString online = QStringLiteral("online");
    const QString offline = QStringLiteral("offline");
    const QString stale = QStringLiteral("stale");
    const QString never = QStringLiteral("never");
    const QString paused = QStringLiteral("paused");
    QTest::newRow("all") << QString() << QStringList{online, offline, stale, never, paused};
    QTest::newRow("online") << QStringLiteral("status=online") << QStringList{online, paused};
    // GitLab documents it: requesting offline runners also returns stale ones contacted once.
    QTest::newRow("offline") << QStringLiteral("status=offline") << QStringList{offline, stale};
    QTest::newRow("stale") << QStringLiteral("status=stale") << QStringList{stale};
    QTest::newRow("never_contacted") << QStringLiteral("status=never_contacted") << QStringList{never};
    QTest::newRow("paused") << QStringLiteral("paused=true") << QStringList{paused};
    QTest::newRow("not paused") << QStringLiteral("paused=false") << QStringList{online, offline, stale, never};
    QTest::newRow("deprecated status=paused") << QStringLiteral("status=paused") << QStringList{paused};
    QTest::newRow("deprecated scope=active") << QStringLiteral("scope=active") << QStringList{online, offline, stale, never};
    QTest::newRow("type") << QStringLiteral("type=project_type") << QStringList{never};
    QTest::newRow("legacy scope=shared") << QStringLiteral("scope=shared") << QStringList{online, offline, stale, paused};
    QTest::newRow("online and unpaused") << QStringLiteral("status=online&paused=false") << QStringList{online};
    QTest::newRow("no such tag") << QStringLiteral("tag_list=clocked,gpu") << QStringList();
}

void tst_SandboxRunners::statusFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QVERIFY(prepareStatusRunners());
    const QString separator = query.isEmpty() || query.contains(QLatin1String("tag_list")) ? QString() : QStringLiteral("&");
    const QString path = query.contains(QLatin1String("tag_list"))
                             ? QString(QStringLiteral("/runners/all?per_page=100&") + query)
                             : QString(QStringLiteral("/runners/all?per_page=100&tag_list=clocked") + separator + query);
    auto reply = m_clocked->request("GET", path);
    QCOMPARE(statusOf(reply), 200);
    const QJsonArray runners = jsonOf(reply).array();
    QSet<QString> expectedSet(expected.cbegin(), expected.cend());
    QCOMPARE(descriptions(runners), expectedSet);
    // Each runner's REST `status`: GitLab still sends the deprecated one, "paused" included.
    const QHash<QString, QString> statusFor{{QStringLiteral("online"), QStringLiteral("online")},
                                            {QStringLiteral("offline"), QStringLiteral("offline")},
                                            {QStringLiteral("stale"), QStringLiteral("stale")},
                                            {QStringLiteral("never"), QStringLiteral("never_contacted")},
                                            {QStringLiteral("paused"), QStringLiteral("paused")}};
    for (const QJsonValue &value : runners) {
        const QJsonObject runner = value.toObject();
        const QString description = runner.value(QLatin1String("description")).toString();
        QCOMPARE(runner.value(QLatin1String("status")).toString(), statusFor.value(description));
    }
}

void tst_SandboxRunners::responsesMatchGitLabSchemas()
{
    const QJsonObject runnerSchema = loadSchema(QStringLiteral("runner.json"));
    const QJsonObject managerSchema = loadSchema(QStringLiteral("runner_manager.json"));
    if (runnerSchema.isEmpty() || managerSchema.isEmpty())
        QSKIP("GitLab's response schemas (../shared/corpus/api-schemas) are not available here");
    QVERIFY(prepareStatusRunners());

    const QJsonArray runners = jsonOf(m_clocked->request("GET", QStringLiteral("/runners/all?tag_list=clocked&per_page=100"))).array();
    QCOMPARE(runners.size(), 5);
    QStringList problems;
    for (const QJsonValue &value : runners) {
        QJsonObject runner = value.toObject();
        const QString where = runner.value(QLatin1String("description")).toString();
        if (runner.value(QLatin1String("status")).toString() == QLatin1String("never_contacted")) {
            // The schema's copy predates it, but GitLab's entity exposes `online?`, nil for a
            // runner never contacted, and its documentation shows "online": null: check that,
            // then the rest of the shape.
            QVERIFY(runner.value(QLatin1String("online")).isNull());
            runner.insert(QStringLiteral("online"), false);
        }
        // `paused` and `runner_type` came after the schema's copy (lib/api/entities/ci/runner.rb).
        checkSchema(runner, runnerSchema, where, {QStringLiteral("paused"), QStringLiteral("runner_type")}, &problems);

        const int id = runner.value(QLatin1String("id")).toInt();
        for (const QJsonValue &manager : jsonOf(m_clocked->request("GET", QStringLiteral("/runners/%1/managers").arg(id))).array())
            checkSchema(manager, managerSchema, where + QStringLiteral(" manager"), {}, &problems);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_SandboxRunners::demoSeedHasEveryStatus()
{
    SandboxFixture demo;
    Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("demo");
    QVERIFY2(demo.start(options), qPrintable(demo.errorString()));
    auto reply = demo.request("GET", QStringLiteral("/runners/all?per_page=100"));
    QCOMPARE(statusOf(reply), 200);
    const QJsonArray runners = jsonOf(reply).array();
    QHash<QString, QString> byDescription;
    for (const QJsonValue &value : runners) {
        const QJsonObject runner = value.toObject();
        byDescription.insert(runner.value(QLatin1String("description")).toString(), runner.value(QLatin1String("status")).toString());
    }
    QCOMPARE(byDescription.value(QStringLiteral("shared-docker")), QStringLiteral("online"));
    QCOMPARE(byDescription.value(QStringLiteral("deploy-runner")), QStringLiteral("online"));
    QCOMPARE(byDescription.value(QStringLiteral("group-builder")), QStringLiteral("paused"));
    QCOMPARE(byDescription.value(QStringLiteral("macos-runner")), QStringLiteral("offline"));
    QCOMPARE(byDescription.value(QStringLiteral("old-windows-runner")), QStringLiteral("stale"));
    QCOMPARE(byDescription.value(QStringLiteral("new-arm64-runner")), QStringLiteral("never_contacted"));
    // No runner carries "gpu": a job asking for it must stay pending.
    QCOMPARE(jsonOf(demo.request("GET", QStringLiteral("/runners/all?tag_list=gpu"))).array(), QJsonArray());
    const QSet<QString> docker = descriptions(jsonOf(demo.request("GET", QStringLiteral("/runners/all?tag_list=docker,linux"))).array());
    QCOMPARE(docker, QSet<QString>{QStringLiteral("shared-docker")});
    const QJsonObject shared = jsonOf(demo.request("GET", QStringLiteral("/runners/all?status=online&type=instance_type"))).array().first().toObject();
    QCOMPARE(shared.value(QLatin1String("is_shared")).toBool(), true);
}

QTEST_GUILESS_MAIN(tst_SandboxRunners)
#include "tst_sandbox_runners.moc"
