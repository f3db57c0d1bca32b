// The models behind the Projects and Admin pages, against the sandbox: every one runs under
// QAbstractItemModelTester while it loads, so a wrong begin/end pair or a bad parent() fails here.
#include "core/api/gitlabclient.h"
#include "core/models/accesslevels.h"
#include "core/models/accessrequestsmodel.h"
#include "core/models/avatarcache.h"
#include "core/models/grouptreemodel.h"
#include "core/models/membersmodel.h"
#include "core/models/namerules.h"
#include "core/models/pendingusersmodel.h"
#include "core/models/projectlistmodel.h"
#include "core/models/projectrequests.h"
#include "sandbox/api/modules.h"
#include "sandbox/sandboxapi.h"
#include "support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LabDesk;
using Models::AccessLevels;

class tst_SandboxProjectModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupTreeLoadsSubgroupsLazily();
    void projectListStreamsKeysetPagesAndFiltersLocally();
    void projectListSearchesTheServerWhileIncomplete();
    void projectListShowsTheLatestPipeline();
    void membersAreDirectAndInheritedWithLevelNames();
    void accessRequestsListWhoAsked();
    void pendingUsersAreOnlySignUpsWaiting();
    void avatarsAreFetchedOnceAndKeptOnDisk();
    void forkReportsImportStatusUntilFinished();
    void fieldErrorsInsideRubyHashes();
    void nameRules_data();
    void nameRules();

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     const QString &token = QStringLiteral("admin"));

    Test::SandboxFixture m_sandbox;
    Api::GitLabClient m_client;
    QString m_aliceToken;
    int m_aliceId = 0;
    int m_acme = 0;
    int m_web = 0;
    int m_site = 0;
};

QJsonObject tst_SandboxProjectModels::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                                           const QString &token)
{
    auto reply = m_sandbox.request(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), token);
    const QByteArray data = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        qWarning("%s %s -> %d %s", method.constData(), qPrintable(path), status, data.constData());
    return QJsonDocument::fromJson(data).object();
}

void tst_SandboxProjectModels::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client.setServer(m_sandbox.url());
    m_client.setToken(m_sandbox.adminToken());
    m_sandbox.runOnServer([this](Sandbox::SandboxServer &server) {
        m_aliceId = Sandbox::createUser(server.api(), QStringLiteral("alice"), QStringLiteral("Alice Zhang"),
                                        QStringLiteral("alice@example.com"))
                        .value(QLatin1String("id"))
                        .toInt();
        m_aliceToken
            = Sandbox::createPersonalAccessToken(server.api(), m_aliceId, QStringLiteral("t"), {QStringLiteral("api")});
        Sandbox::createUser(server.api(), QStringLiteral("dave"), QStringLiteral("Dave Chen"),
                            QStringLiteral("dave@example.com"), false, QStringLiteral("blocked_pending_approval"));
        Sandbox::createUser(server.api(), QStringLiteral("frank"), QStringLiteral("Frank Zhao"),
                            QStringLiteral("frank@example.com"), false, QStringLiteral("blocked"));
    });
    m_acme = call("POST", QStringLiteral("/groups"),
                  {{QStringLiteral("name"), QStringLiteral("Acme")},
                   {QStringLiteral("path"), QStringLiteral("acme")},
                   {QStringLiteral("visibility"), QStringLiteral("public")}})
                 .value(QLatin1String("id"))
                 .toInt();
    m_web = call("POST", QStringLiteral("/groups"),
                 {{QStringLiteral("name"), QStringLiteral("Web")},
                  {QStringLiteral("path"), QStringLiteral("web")},
                  {QStringLiteral("parent_id"), m_acme},
                  {QStringLiteral("visibility"), QStringLiteral("public")}})
                .value(QLatin1String("id"))
                .toInt();
    call("POST", QStringLiteral("/groups"),
         {{QStringLiteral("name"), QStringLiteral("Api")},
          {QStringLiteral("path"), QStringLiteral("api")},
          {QStringLiteral("parent_id"), m_acme}});
    call("POST", QStringLiteral("/groups"),
         {{QStringLiteral("name"), QStringLiteral("Solo")}, {QStringLiteral("path"), QStringLiteral("solo")}});
    m_site = call("POST", QStringLiteral("/projects"),
                  {{QStringLiteral("name"), QStringLiteral("Site")},
                   {QStringLiteral("namespace_id"), m_web},
                   {QStringLiteral("visibility"), QStringLiteral("public")},
                   {QStringLiteral("initialize_with_readme"), true}})
                 .value(QLatin1String("id"))
                 .toInt();
    QVERIFY(m_acme > 0 && m_web > 0 && m_site > 0 && m_aliceId > 0);
}

void tst_SandboxProjectModels::groupTreeLoadsSubgroupsLazily()
{
    Models::GroupTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setShowAllRow(true);
    QSignalSpy loaded(&model, &Models::GroupTreeModel::loaded);
    model.setClient(&m_client);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 3); // All projects, Acme, Solo
    QCOMPARE(model.index(0, 0).data(Models::GroupTreeModel::GroupIdRole).toInt(), 0);
    QVERIFY(!model.hasChildren(model.index(0, 0)));

    const QModelIndex acme = model.indexOfGroup(m_acme);
    QVERIFY(acme.isValid());
    QCOMPARE(acme.data().toString(), QStringLiteral("Acme"));
    // Subgroups come through fetchMore() (the tester may have asked already, as a view would).
    QVERIFY(model.hasChildren(acme));
    if (model.canFetchMore(acme))
        model.fetchMore(acme);
    QTRY_COMPARE(model.rowCount(acme), 2);
    QVERIFY(!model.canFetchMore(acme));
    const QModelIndex web = model.indexOfGroup(m_web);
    QCOMPARE(web.parent(), acme);
    QCOMPARE(web.data(Models::GroupTreeModel::FullPathRole).toString(), QStringLiteral("acme/web"));

    // A group without subgroups says so once fetched.
    if (model.canFetchMore(web))
        model.fetchMore(web);
    QTRY_VERIFY(!model.canFetchMore(web) && !web.data(Models::GroupTreeModel::LoadingRole).toBool());
    QVERIFY(!model.hasChildren(web));

    // Nothing is fetched below a group until a view (or anyone) asks.
    Models::GroupTreeModel lazy;
    QSignalSpy lazyLoaded(&lazy, &Models::GroupTreeModel::loaded);
    lazy.setClient(&m_client);
    QVERIFY(lazyLoaded.wait(10000));
    const QModelIndex lazyAcme = lazy.indexOfGroup(m_acme);
    QVERIFY(lazy.hasChildren(lazyAcme));
    QCOMPARE(lazy.rowCount(lazyAcme), 0);
    QVERIFY(lazy.canFetchMore(lazyAcme));
    lazy.fetchMore(lazyAcme);
    QVERIFY(lazyAcme.data(Models::GroupTreeModel::LoadingRole).toBool());
    QTRY_COMPARE(lazy.rowCount(lazyAcme), 2);

    // A new subgroup appears after reloadChildren().
    call("POST", QStringLiteral("/groups"),
         {{QStringLiteral("name"), QStringLiteral("Docs")},
          {QStringLiteral("path"), QStringLiteral("docs")},
          {QStringLiteral("parent_id"), m_acme}});
    model.reloadChildren(m_acme);
    QTRY_COMPARE(model.rowCount(model.indexOfGroup(m_acme)), 3);
}

void tst_SandboxProjectModels::projectListStreamsKeysetPagesAndFiltersLocally()
{
    Test::SandboxFixture many;
    Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("projects:250");
    QVERIFY2(many.start(options), qPrintable(many.errorString()));
    Api::GitLabClient client;
    client.setServer(many.url());
    client.setToken(many.adminToken());

    Models::ProjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy first(&model, &Models::ProjectListModel::firstPageReceived);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(&model, &Models::ProjectListModel::loaded);
    model.setClient(&client);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(first.size(), 1);
    QCOMPARE(model.rowCount(), 250);
    QVERIFY2(inserted.size() >= 3, "keyset pages of 100 arrive one by one");
    QVERIFY(model.isComplete());
    QCOMPARE(model.index(0, Models::ProjectListModel::NameColumn).data().toString(), QStringLiteral("Project 00001"));
    QCOMPARE(model.index(0, 0).data(Models::ProjectListModel::PathWithNamespaceRole).toString().right(13),
             QStringLiteral("project-00001"));
    QVERIFY(model.index(0, 0).data(Models::ProjectListModel::HttpUrlRole).toString().endsWith(QLatin1String(".git")));

    // The local filter narrows at once, no request, and widens again.
    model.setFilterText(QStringLiteral("PROJECT-0012"));
    QCOMPARE(model.rowCount(), 10); // 00120..00129
    model.setFilterText(QStringLiteral("project 00250"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.projectAt(0)->name, QStringLiteral("Project 00250"));
    model.setFilterText({});
    QCOMPARE(model.rowCount(), 250);

    // A complete list does not ask the server to search.
    model.setSearchDelay(0);
    model.setSearch(QStringLiteral("00042"));
    QTRY_VERIFY(!model.isSearchPending());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.search(), QString());

    // One group (and its subgroups) only.
    const QJsonObject labs
        = QJsonDocument::fromJson(many.request("GET", QStringLiteral("/groups/labs"))->readAll()).object();
    model.setGroup(labs.value(QLatin1String("id")).toInt());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(model.rowCount(), 50);
}

void tst_SandboxProjectModels::projectListSearchesTheServerWhileIncomplete()
{
    Models::ProjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &Models::ProjectListModel::loaded);
    model.setSearchDelay(0);
    model.setClient(&m_client);
    model.setSearch(QStringLiteral("site")); // before the first page: the list is incomplete
    QTRY_COMPARE(model.search(), QStringLiteral("site"));
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.projectAt(0)->id, m_site);
    // Clearing the search fetches everything again.
    model.setSearch({});
    QTRY_COMPARE(model.search(), QString());
    QTRY_VERIFY(model.isComplete());
    QVERIFY(model.loadedCount() >= 1);
}

void tst_SandboxProjectModels::projectListShowsTheLatestPipeline()
{
    Models::ProjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &Models::ProjectListModel::loaded);
    model.setClient(&m_client);
    QVERIFY(loaded.wait(10000));
    const int row = model.rowOfProject(m_site);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, Models::ProjectListModel::PipelineColumn).data().toString(), QString());
    model.requestPipelineStatuses(0, model.rowCount() - 1);
    QVERIFY(model.isFetchingPipelines());
    QTRY_VERIFY(!model.isFetchingPipelines());
    QCOMPARE(model.index(row, 0).data(Models::ProjectListModel::PipelineStatusRole).toString(), QStringLiteral("none"));
    QCOMPARE(model.index(row, Models::ProjectListModel::PipelineColumn).data().toString(),
             QStringLiteral("No pipeline"));
}

void tst_SandboxProjectModels::membersAreDirectAndInheritedWithLevelNames()
{
    call("POST", QStringLiteral("/projects/%1/members").arg(m_site),
         {{QStringLiteral("user_id"), m_aliceId},
          {QStringLiteral("access_level"), 30},
          {QStringLiteral("expires_at"), QDate::currentDate().addDays(30).toString(Qt::ISODate)}});
    Models::MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &Models::MembersModel::loaded);
    model.setClient(&m_client);
    model.setSource({Models::Source::Kind::Project, m_site});
    QVERIFY(loaded.wait(10000));
    const int alice = model.rowOfId(m_aliceId);
    QVERIFY(alice >= 0);
    QCOMPARE(model.index(alice, Models::MembersModel::AccessLevelColumn).data().toString(),
             QStringLiteral("Developer"));
    QVERIFY(model.index(alice, 0).data(Models::MembersModel::DirectRole).toBool());
    QCOMPARE(model.index(alice, 0).data(Models::MembersModel::ExpiresAtRole).toDate(),
             QDate::currentDate().addDays(30));
    // root owns the groups above: inherited here.
    const QJsonObject root = call("GET", QStringLiteral("/user"));
    const int rootRow = model.rowOfId(root.value(QLatin1String("id")).toInt());
    QVERIFY(rootRow >= 0);
    QVERIFY(!model.isDirectMember(root.value(QLatin1String("id")).toInt()));
    QCOMPARE(model.index(rootRow, Models::MembersModel::MembershipColumn).data().toString(),
             QStringLiteral("Inherited"));
    QCOMPARE(model.accessLevelOf(root.value(QLatin1String("id")).toInt()), int(AccessLevels::Owner));
    QCOMPARE(AccessLevels::name(40), QStringLiteral("Maintainer"));

    // Someone without access to a private group's members gets the server's error.
    Api::GitLabClient aliceClient;
    aliceClient.setServer(m_sandbox.url());
    aliceClient.setToken(m_aliceToken);
    Models::MembersModel denied;
    QSignalSpy failed(&denied, &Models::MembersModel::errorOccurred);
    denied.setClient(&aliceClient);
    const int solo = call("GET", QStringLiteral("/groups/solo")).value(QLatin1String("id")).toInt();
    denied.setSource({Models::Source::Kind::Group, solo});
    QVERIFY(failed.wait(10000));
    QVERIFY(denied.lastError().isNotFound());
    QCOMPARE(denied.rowCount(), 0);
}

void tst_SandboxProjectModels::accessRequestsListWhoAsked()
{
    const QJsonObject asked = call("POST", QStringLiteral("/groups/%1/access_requests").arg(m_acme), {}, m_aliceToken);
    QCOMPARE(asked.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
    Models::AccessRequestsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &Models::AccessRequestsModel::loaded);
    model.setClient(&m_client);
    model.setSource({Models::Source::Kind::Group, m_acme});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, Models::AccessRequestsModel::UsernameColumn).data().toString(), QStringLiteral("@alice"));
    QVERIFY(model.index(0, 0).data(Models::AccessRequestsModel::RequestedAtRole).toDateTime().isValid());
    // Withdraw it, so other tests see no request.
    call("DELETE", QStringLiteral("/groups/%1/access_requests/%2").arg(m_acme).arg(m_aliceId));
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 0);
}

void tst_SandboxProjectModels::pendingUsersAreOnlySignUpsWaiting()
{
    Models::PendingUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &Models::PendingUsersModel::loaded);
    model.setClient(&m_client);
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1); // dave, not frank (blocked by an administrator)
    QCOMPARE(model.index(0, Models::PendingUsersModel::UsernameColumn).data().toString(), QStringLiteral("@dave"));
    QCOMPARE(model.index(0, Models::PendingUsersModel::EmailColumn).data().toString(),
             QStringLiteral("dave@example.com"));
}

void tst_SandboxProjectModels::avatarsAreFetchedOnceAndKeptOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Any public URL of the server will do as an avatar: the README of a public project.
    const QUrl url
        = m_sandbox.apiUrl(QStringLiteral("/projects/%1/repository/files/README.md/raw?ref=main").arg(m_site));
    Models::AvatarCache cache;
    cache.setDirectory(dir.path());
    cache.setNetwork(m_client.network());
    QSignalSpy ready(&cache, &Models::AvatarCache::avatarReady);
    QVERIFY(cache.request(url).isEmpty());
    QVERIFY(cache.request(url).isEmpty()); // already on its way: not asked twice
    QVERIFY(ready.wait(10000));
    QCOMPARE(cache.downloadsStarted(), 1);
    const QString path = ready.first().at(1).toString();
    QVERIFY(path.startsWith(dir.path()));
    QCOMPARE(cache.request(url), path);
    QCOMPARE(cache.downloadsStarted(), 1);

    // A second cache (the next start) finds it on disk without the network.
    Models::AvatarCache later;
    later.setDirectory(dir.path());
    QCOMPARE(later.request(url), path);
    QCOMPARE(later.downloadsStarted(), 0);

    // A URL that fails is not tried again in this session.
    const QUrl missing = m_sandbox.apiUrl(QStringLiteral("/projects/999999/avatar"));
    QVERIFY(cache.request(missing).isEmpty());
    QTRY_COMPARE(cache.downloadsStarted(), 2);
    QTRY_VERIFY(!cache.isDownloading(missing));
    QVERIFY(cache.request(missing).isEmpty());
    QCOMPARE(cache.downloadsStarted(), 2);
}

void tst_SandboxProjectModels::forkReportsImportStatusUntilFinished()
{
    const QJsonObject alice = call("GET", QStringLiteral("/user"), {}, m_aliceToken);
    const QJsonObject fork = call("POST", QStringLiteral("/projects/%1/fork").arg(m_site), {}, m_aliceToken);
    QCOMPARE(fork.value(QLatin1String("import_status")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(fork.value(QLatin1String("path_with_namespace")).toString(), QStringLiteral("alice/site"));
    QCOMPARE(fork.value(QLatin1String("forked_from_project")).toObject().value(QLatin1String("id")).toInt(), m_site);
    const int id = fork.value(QLatin1String("id")).toInt();
    QStringList seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QString status = call("GET", QStringLiteral("/projects/%1/import").arg(id), {}, m_aliceToken)
                                       .value(QLatin1String("import_status"))
                                       .toString();
            if (seen.isEmpty() || seen.last() != status)
                seen.append(status);
            return status == QLatin1String("finished");
        }(),
        10000);
    QCOMPARE(seen.last(), QStringLiteral("finished"));
    // The fork has the source's history.
    const QJsonObject readme
        = call("GET", QStringLiteral("/projects/%1/repository/files/README.md?ref=main").arg(id), {}, m_aliceToken);
    QCOMPARE(readme.value(QLatin1String("file_name")).toString(), QStringLiteral("README.md"));
    // Forking again into the same namespace is refused on the field.
    auto again = m_sandbox.request("POST", QStringLiteral("/projects/%1/fork").arg(m_site), {}, m_aliceToken);
    QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 409);
    Q_UNUSED(alice)
}

void tst_SandboxProjectModels::fieldErrorsInsideRubyHashes()
{
    Api::ApiError error = Api::ApiError::fromHttp(
        400,
        R"({"message":"Failed to save group {:path=>[\"has already been taken\"], :name=>[\"is \\\"odd\\\"\", \"too long\"]}"})",
        "application/json");
    const QMap<QString, QStringList> fields = Models::fieldErrorsOf(error);
    QCOMPARE(fields.value(QStringLiteral("path")), QStringList {QStringLiteral("has already been taken")});
    QCOMPARE(fields.value(QStringLiteral("name")),
             (QStringList {QStringLiteral("is \"odd\""), QStringLiteral("too long")}));
    error = Api::ApiError::fromHttp(400, R"({"message":{"path":["is invalid"]}})", "application/json");
    QCOMPARE(Models::fieldErrorsOf(error).value(QStringLiteral("path")), QStringList {QStringLiteral("is invalid")});
    error = Api::ApiError::fromHttp(403, R"({"message":"403 Forbidden"})", "application/json");
    QVERIFY(Models::fieldErrorsOf(error).isEmpty());
}

void tst_SandboxProjectModels::nameRules_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("pathOk");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("nameOk");
    QTest::newRow("plain") << "my-project" << true << "My project" << true;
    QTest::newRow("dot git") << "repo.git" << false << "Repo" << true;
    QTest::newRow("leading dash") << "-x" << false << "-x" << false;
    QTest::newRow("double special") << "a--b" << false << "a--b" << true;
    QTest::newRow("trailing dot") << "abc." << false << "abc." << true;
    QTest::newRow("space in path") << "a b" << false << "a b" << true;
    QTest::newRow("chinese name") << "xm" << true << "项目" << true;
    QTest::newRow("slash") << "a/b" << false << "a/b" << false;
    QTest::newRow("empty") << "" << false << "" << false;
}

void tst_SandboxProjectModels::nameRules()
{
    QFETCH(QString, path);
    QFETCH(bool, pathOk);
    QFETCH(QString, name);
    QFETCH(bool, nameOk);
    QCOMPARE(Models::NameRules::pathError(path).isEmpty(), pathOk);
    QCOMPARE(Models::NameRules::projectNameError(name).isEmpty(), nameOk);
    QCOMPARE(Models::NameRules::pathFromName(QStringLiteral("My  Big--Project!")), QStringLiteral("my-big-project"));
    QVERIFY(Models::NameRules::pathError(Models::NameRules::pathFromName(QStringLiteral("Hello, World"))).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxProjectModels)
#include "tst_sandbox_projectmodels.moc"
