// The sandbox's repository APIs: files (get, HEAD, raw, create, update with the last_commit_id
// lock, delete), the commits API with actions, branches (also with a slash in the name) and the
// tree, all backed by real git repositories.
#include "support/sandboxfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

QString message(const std::unique_ptr<QNetworkReply> &reply)
{
    const QJsonObject object = body(reply).object();
    return object.contains(QLatin1String("message")) ? object.value(QLatin1String("message")).toString()
                                                     : object.value(QLatin1String("error")).toString();
}

bool isSha(const QString &text)
{
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{40}$"));
    return sha.match(text).hasMatch();
}

} // namespace

class tst_SandboxFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void getFile();
    void fileErrors_data();
    void fileErrors();
    void headAndRaw();
    void createUpdateDelete();
    void staleLastCommitIdIsRefused();
    void branchRulesForWrites();
    void commitWithActions();
    void commitActionErrors_data();
    void commitActionErrors();
    void listAndShowCommits();
    void branchesWithSlash();
    void tree();
    void ciCommitStartsPipeline();

private:
    // A fresh project of the administrator with a README on main, so tests do not share state.
    int createProject(const QString &path);
    QString tokenFor(const QString &username);
    // The head of a branch of a project (id or encoded path).
    QString branchHead(const QVariant &project, const QString &encodedBranch);

    SandboxFixture m_sandbox;
    QHash<QString, QString> m_tokens;
};

void tst_SandboxFiles::initTestCase()
{
    LabDesk::Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("demo");
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
}

int tst_SandboxFiles::createProject(const QString &path)
{
    auto reply
        = m_sandbox.request("POST", QStringLiteral("/projects"),
                            json({{QStringLiteral("path"), path}, {QStringLiteral("initialize_with_readme"), true}}));
    return status(reply) == 201 ? body(reply).object().value(QLatin1String("id")).toInt() : 0;
}

QString tst_SandboxFiles::tokenFor(const QString &username)
{
    if (!m_tokens.contains(username)) {
        auto user = m_sandbox.request("GET", QStringLiteral("/users?username=") + username);
        const int id = body(user).array().first().toObject().value(QLatin1String("id")).toInt();
        auto reply = m_sandbox.request("POST", QStringLiteral("/users/%1/personal_access_tokens").arg(id),
                                       json({{QStringLiteral("name"), QStringLiteral("test")},
                                             {QStringLiteral("scopes"), QJsonArray {QStringLiteral("api")}}}));
        m_tokens.insert(username, body(reply).object().value(QLatin1String("token")).toString());
    }
    return m_tokens.value(username);
}

QString tst_SandboxFiles::branchHead(const QVariant &project, const QString &encodedBranch)
{
    auto reply = m_sandbox.request(
        "GET", QStringLiteral("/projects/%1/repository/branches/%2").arg(project.toString(), encodedBranch));
    return body(reply).object().value(QLatin1String("commit")).toObject().value(QLatin1String("id")).toString();
}

void tst_SandboxFiles::getFile()
{
    // A nested file of a seeded project, last changed before the branch's head.
    auto reply = m_sandbox.request(
        "GET", QStringLiteral("/projects/platform%2Fapi-gateway/repository/files/cmd%2Fgateway%2Fmain.go?ref=main"));
    QCOMPARE(status(reply), 200);
    const QJsonObject file = body(reply).object();
    QCOMPARE(file.value(QLatin1String("file_name")).toString(), QStringLiteral("main.go"));
    QCOMPARE(file.value(QLatin1String("file_path")).toString(), QStringLiteral("cmd/gateway/main.go"));
    QCOMPARE(file.value(QLatin1String("encoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(file.value(QLatin1String("ref")).toString(), QStringLiteral("main"));
    const QByteArray content = QByteArray::fromBase64(file.value(QLatin1String("content")).toString().toLatin1());
    QVERIFY(content.startsWith("package main"));
    QCOMPARE(file.value(QLatin1String("size")).toInt(), int(content.size()));
    QCOMPARE(file.value(QLatin1String("content_sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QVERIFY(isSha(file.value(QLatin1String("blob_id")).toString()));
    QCOMPARE(file.value(QLatin1String("commit_id")).toString(),
             branchHead(QStringLiteral("platform%2Fapi-gateway"), QStringLiteral("main")));
    QVERIFY(isSha(file.value(QLatin1String("last_commit_id")).toString()));
    QVERIFY2(file.value(QLatin1String("last_commit_id")) != file.value(QLatin1String("commit_id")),
             "main.go was last changed by the first commit, not by the head");
    QCOMPARE(file.value(QLatin1String("execute_filemode")).toBool(true), false);
    // The same facts as headers, as GitLab sends them.
    QCOMPARE(reply->rawHeader("X-Gitlab-Blob-Id"), file.value(QLatin1String("blob_id")).toString().toLatin1());
    QCOMPARE(reply->rawHeader("X-Gitlab-Last-Commit-Id"),
             file.value(QLatin1String("last_commit_id")).toString().toLatin1());
    QCOMPARE(reply->rawHeader("X-Gitlab-File-Path"), QByteArray("cmd/gateway/main.go"));
}

void tst_SandboxFiles::fileErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no ref") << QStringLiteral("README.md") << 400 << QStringLiteral("ref is missing");
    QTest::newRow("unknown ref") << QStringLiteral("README.md?ref=nope") << 404
                                 << QStringLiteral("404 Commit Not Found");
    QTest::newRow("unknown file") << QStringLiteral("nope.txt?ref=main") << 404 << QStringLiteral("404 File Not Found");
    QTest::newRow("directory") << QStringLiteral("cmd?ref=main") << 404 << QStringLiteral("404 File Not Found");
    QTest::newRow("unknown project") << QString() << 404 << QStringLiteral("404 Project Not Found");
}

void tst_SandboxFiles::fileErrors()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString project
        = path.isEmpty() ? QStringLiteral("nobody%2Fnothing") : QStringLiteral("platform%2Fapi-gateway");
    auto reply = m_sandbox.request("GET",
                                   QStringLiteral("/projects/%1/repository/files/%2")
                                       .arg(project, path.isEmpty() ? QStringLiteral("README.md?ref=main") : path));
    QCOMPARE(::status(reply), status);
    QCOMPARE(::message(reply), message);
}

void tst_SandboxFiles::headAndRaw()
{
    auto head = m_sandbox.request(
        "HEAD", QStringLiteral("/projects/platform%2Fapi-gateway/repository/files/.gitlab-ci.yml?ref=main"));
    QCOMPARE(status(head), 200);
    QVERIFY(head->readAll().isEmpty());
    QCOMPARE(head->rawHeader("X-Gitlab-File-Name"), QByteArray(".gitlab-ci.yml"));
    QVERIFY(isSha(QString::fromLatin1(head->rawHeader("X-Gitlab-Commit-Id"))));

    // raw: the bytes themselves; the default branch when no ref is given.
    auto raw = m_sandbox.request(
        "GET", QStringLiteral("/projects/platform%2Fapi-gateway/repository/files/.gitlab-ci.yml/raw"));
    QCOMPARE(status(raw), 200);
    QVERIFY(raw->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/plain")));
    const QByteArray ci = raw->readAll();
    QVERIFY(ci.contains("stages:"));
    QCOMPARE(raw->rawHeader("X-Gitlab-Size"), QByteArray::number(ci.size()));
}

void tst_SandboxFiles::createUpdateDelete()
{
    const int project = createProject(QStringLiteral("files-crud"));
    QVERIFY(project > 0);
    const QString file = QStringLiteral("/projects/%1/repository/files/docs%2Fguide.md").arg(project);

    auto created = m_sandbox.request("POST", file,
                                     json({{QStringLiteral("branch"), QStringLiteral("main")},
                                           {QStringLiteral("content"), QStringLiteral("# Guide\n")},
                                           {QStringLiteral("commit_message"), QStringLiteral("Add guide")}}));
    QCOMPARE(status(created), 201);
    QCOMPARE(body(created).object(),
             (QJsonObject {{QStringLiteral("file_path"), QStringLiteral("docs/guide.md")},
                           {QStringLiteral("branch"), QStringLiteral("main")}}));
    auto duplicate = m_sandbox.request("POST", file,
                                       json({{QStringLiteral("branch"), QStringLiteral("main")},
                                             {QStringLiteral("content"), QStringLiteral("again")},
                                             {QStringLiteral("commit_message"), QStringLiteral("Add guide again")}}));
    QCOMPARE(status(duplicate), 400);
    QCOMPARE(message(duplicate), QStringLiteral("A file with this name already exists"));

    auto read = m_sandbox.request("GET", file + QStringLiteral("?ref=main"));
    const QString lastCommit = body(read).object().value(QLatin1String("last_commit_id")).toString();
    QCOMPARE(lastCommit, branchHead(project, QStringLiteral("main")));

    // base64 content with the right last_commit_id: accepted.
    auto updated = m_sandbox.request(
        "PUT", file,
        json({{QStringLiteral("branch"), QStringLiteral("main")},
              {QStringLiteral("content"), QString::fromLatin1(QByteArray("# Guide v2\n").toBase64())},
              {QStringLiteral("encoding"), QStringLiteral("base64")},
              {QStringLiteral("last_commit_id"), lastCommit},
              {QStringLiteral("commit_message"), QStringLiteral("Update guide")}}));
    QCOMPARE(status(updated), 200);
    auto raw = m_sandbox.request("GET", file + QStringLiteral("/raw?ref=main"));
    QCOMPARE(raw->readAll(), QByteArray("# Guide v2\n"));

    auto deleted = m_sandbox.request("DELETE", file,
                                     json({{QStringLiteral("branch"), QStringLiteral("main")},
                                           {QStringLiteral("commit_message"), QStringLiteral("Remove guide")}}));
    QCOMPARE(status(deleted), 204);
    QCOMPARE(status(m_sandbox.request("GET", file + QStringLiteral("?ref=main"))), 404);
    auto missing = m_sandbox.request("PUT", file,
                                     json({{QStringLiteral("branch"), QStringLiteral("main")},
                                           {QStringLiteral("content"), QStringLiteral("x")},
                                           {QStringLiteral("commit_message"), QStringLiteral("Update")}}));
    QCOMPARE(status(missing), 400);
    QCOMPARE(message(missing), QStringLiteral("A file with this name doesn't exist"));
    auto noMessage = m_sandbox.request(
        "POST", file,
        json({{QStringLiteral("branch"), QStringLiteral("main")}, {QStringLiteral("content"), QStringLiteral("x")}}));
    QCOMPARE(status(noMessage), 400);
    QCOMPARE(message(noMessage), QStringLiteral("commit_message is missing"));
}

void tst_SandboxFiles::staleLastCommitIdIsRefused()
{
    const int project = createProject(QStringLiteral("files-lock"));
    QVERIFY(project > 0);
    const QString file = QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml").arg(project);
    QCOMPARE(status(m_sandbox.request("POST", file,
                                      json({{QStringLiteral("branch"), QStringLiteral("main")},
                                            {QStringLiteral("content"), QStringLiteral("stages: [build]\n")},
                                            {QStringLiteral("commit_message"), QStringLiteral("Add CI")}}))),
             201);
    // Two editors read the same version...
    auto read = m_sandbox.request("GET", file + QStringLiteral("?ref=main"));
    const QString seen = body(read).object().value(QLatin1String("last_commit_id")).toString();
    // ...an unrelated commit does not make the file stale...
    QCOMPARE(status(m_sandbox.request("POST", QStringLiteral("/projects/%1/repository/files/other.txt").arg(project),
                                      json({{QStringLiteral("branch"), QStringLiteral("main")},
                                            {QStringLiteral("content"), QStringLiteral("x")},
                                            {QStringLiteral("commit_message"), QStringLiteral("Unrelated")}}))),
             201);
    const auto save = [&](const QString &content) {
        return m_sandbox.request("PUT", file,
                                 json({{QStringLiteral("branch"), QStringLiteral("main")},
                                       {QStringLiteral("content"), content},
                                       {QStringLiteral("last_commit_id"), seen},
                                       {QStringLiteral("commit_message"), QStringLiteral("Edit CI")}}));
    };
    // ...the first save wins, the second one was made from a stale copy.
    QCOMPARE(status(save(QStringLiteral("stages: [build, test]\n"))), 200);
    auto stale = save(QStringLiteral("stages: [build, deploy]\n"));
    QCOMPARE(status(stale), 400);
    QCOMPARE(message(stale),
             QStringLiteral("You are attempting to update a file that has changed since you started editing it."));
    auto raw = m_sandbox.request("GET", file + QStringLiteral("/raw?ref=main"));
    QCOMPARE(raw->readAll(), QByteArray("stages: [build, test]\n"));
}

void tst_SandboxFiles::branchRulesForWrites()
{
    const int project = createProject(QStringLiteral("files-branches"));
    QVERIFY(project > 0);
    auto user = m_sandbox.request("GET", QStringLiteral("/users?username=bob"));
    const int bob = body(user).array().first().toObject().value(QLatin1String("id")).toInt();
    QCOMPARE(status(m_sandbox.request("POST", QStringLiteral("/projects/%1/members").arg(project),
                                      json({{QStringLiteral("user_id"), bob}, {QStringLiteral("access_level"), 30}}))),
             201);
    const QString file = QStringLiteral("/projects/%1/repository/files/notes.txt").arg(project);
    const auto write = [&](const QJsonObject &extra, const QString &token) {
        QJsonObject request {{QStringLiteral("content"), QStringLiteral("notes")},
                             {QStringLiteral("commit_message"), QStringLiteral("Add notes")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            request.insert(it.key(), it.value());
        return m_sandbox.request("POST", file, json(request), token);
    };
    // A developer cannot push to the protected default branch, but can start a branch from it.
    auto protectedBranch = write({{QStringLiteral("branch"), QStringLiteral("main")}}, tokenFor(QStringLiteral("bob")));
    QCOMPARE(status(protectedBranch), 403);
    QCOMPARE(message(protectedBranch), QStringLiteral("You are not allowed to push into this branch"));
    auto newBranch = write({{QStringLiteral("branch"), QStringLiteral("bob/notes")},
                            {QStringLiteral("start_branch"), QStringLiteral("main")}},
                           tokenFor(QStringLiteral("bob")));
    QCOMPARE(status(newBranch), 201);
    QVERIFY(!branchHead(project, QStringLiteral("bob%2Fnotes")).isEmpty());
    // Without start_branch the branch must exist.
    auto noBranch = write({{QStringLiteral("branch"), QStringLiteral("nowhere")}}, QStringLiteral("admin"));
    QCOMPARE(status(noBranch), 400);
    QCOMPARE(message(noBranch), QStringLiteral("You can only create or edit files when you are on a branch"));
    // A new branch from start_branch must really be new.
    auto exists = write({{QStringLiteral("branch"), QStringLiteral("bob/notes")},
                         {QStringLiteral("start_branch"), QStringLiteral("main")}},
                        QStringLiteral("admin"));
    QCOMPARE(status(exists), 400);
    QVERIFY(message(exists).startsWith(QLatin1String("A branch called 'bob/notes' already exists")));
}

void tst_SandboxFiles::commitWithActions()
{
    const int project = createProject(QStringLiteral("commits-actions"));
    QVERIFY(project > 0);
    const QString before = branchHead(project, QStringLiteral("main"));
    const QJsonArray actions {
        QJsonObject {{QStringLiteral("action"), QStringLiteral("create")},
                     {QStringLiteral("file_path"), QStringLiteral("src/app.py")},
                     {QStringLiteral("content"), QStringLiteral("print('hi')\nprint('bye')\n")}},
        QJsonObject {{QStringLiteral("action"), QStringLiteral("create")},
                     {QStringLiteral("file_path"), QStringLiteral("run.sh")},
                     {QStringLiteral("content"), QString::fromLatin1(QByteArray("#!/bin/sh\n").toBase64())},
                     {QStringLiteral("encoding"), QStringLiteral("base64")},
                     {QStringLiteral("execute_filemode"), true}},
        QJsonObject {{QStringLiteral("action"), QStringLiteral("move")},
                     {QStringLiteral("file_path"), QStringLiteral("docs/README.md")},
                     {QStringLiteral("previous_path"), QStringLiteral("README.md")}},
    };
    auto reply
        = m_sandbox.request("POST", QStringLiteral("/projects/%1/repository/commits").arg(project),
                            json({{QStringLiteral("branch"), QStringLiteral("main")},
                                  {QStringLiteral("commit_message"), QStringLiteral("Add the app\n\nWith a script.")},
                                  {QStringLiteral("author_name"), QStringLiteral("Pat Doe")},
                                  {QStringLiteral("author_email"), QStringLiteral("pat@example.com")},
                                  {QStringLiteral("actions"), actions}}));
    QCOMPARE(status(reply), 201);
    const QJsonObject commit = body(reply).object();
    const QString id = commit.value(QLatin1String("id")).toString();
    QVERIFY(isSha(id));
    QCOMPARE(commit.value(QLatin1String("short_id")).toString(), id.left(8));
    QCOMPARE(commit.value(QLatin1String("title")).toString(), QStringLiteral("Add the app"));
    QCOMPARE(commit.value(QLatin1String("message")).toString(), QStringLiteral("Add the app\n\nWith a script."));
    QCOMPARE(commit.value(QLatin1String("parent_ids")).toArray(), QJsonArray {before});
    QCOMPARE(commit.value(QLatin1String("author_name")).toString(), QStringLiteral("Pat Doe"));
    QCOMPARE(commit.value(QLatin1String("committer_name")).toString(), QStringLiteral("Administrator"));
    QCOMPARE(commit.value(QLatin1String("project_id")).toInt(), project);
    QCOMPARE(commit.value(QLatin1String("stats")).toObject().value(QLatin1String("additions")).toInt(), 3);
    QVERIFY(commit.value(QLatin1String("web_url")).toString().endsWith(QStringLiteral("/-/commit/") + id));
    QCOMPARE(branchHead(project, QStringLiteral("main")), id);

    auto tree = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/tree?recursive=true").arg(project));
    QStringList entries;
    for (const QJsonValue &entry : body(tree).array())
        entries << entry.toObject().value(QLatin1String("path")).toString() + QLatin1Char(':')
                + entry.toObject().value(QLatin1String("mode")).toString();
    entries.sort();
    QCOMPARE(
        entries,
        (QStringList {"docs/README.md:100644", "docs:040000", "run.sh:100755", "src/app.py:100644", "src:040000"}));

    // chmod and delete in a second commit, locked on the file's last commit.
    auto second = m_sandbox.request(
        "POST", QStringLiteral("/projects/%1/repository/commits").arg(project),
        json({{QStringLiteral("branch"), QStringLiteral("main")},
              {QStringLiteral("commit_message"), QStringLiteral("Tidy up")},
              {QStringLiteral("actions"),
               QJsonArray {QJsonObject {{QStringLiteral("action"), QStringLiteral("chmod")},
                                        {QStringLiteral("file_path"), QStringLiteral("run.sh")},
                                        {QStringLiteral("execute_filemode"), false},
                                        {QStringLiteral("last_commit_id"), id}},
                           QJsonObject {{QStringLiteral("action"), QStringLiteral("delete")},
                                        {QStringLiteral("file_path"), QStringLiteral("src/app.py")}}}}}));
    QCOMPARE(status(second), 201);
    auto script
        = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/files/run.sh?ref=main").arg(project));
    QCOMPARE(body(script).object().value(QLatin1String("execute_filemode")).toBool(true), false);
    QCOMPARE(status(m_sandbox.request(
                 "GET", QStringLiteral("/projects/%1/repository/files/src%2Fapp.py?ref=main").arg(project))),
             404);

    // run.sh changed in the second commit: the first commit's id is stale for it now.
    auto stale = m_sandbox.request(
        "POST", QStringLiteral("/projects/%1/repository/commits").arg(project),
        json({{QStringLiteral("branch"), QStringLiteral("main")},
              {QStringLiteral("commit_message"), QStringLiteral("Edit the script")},
              {QStringLiteral("actions"),
               QJsonArray {QJsonObject {{QStringLiteral("action"), QStringLiteral("update")},
                                        {QStringLiteral("file_path"), QStringLiteral("run.sh")},
                                        {QStringLiteral("content"), QStringLiteral("#!/bin/bash\n")},
                                        {QStringLiteral("last_commit_id"), id}}}}}));
    QCOMPARE(status(stale), 400);
    QCOMPARE(message(stale), QStringLiteral("The file has changed since you started editing it: run.sh"));
}

void tst_SandboxFiles::commitActionErrors_data()
{
    QTest::addColumn<QJsonObject>("action");
    QTest::addColumn<QString>("message");
    QTest::newRow("create existing") << QJsonObject {{QStringLiteral("action"), QStringLiteral("create")},
                                                     {QStringLiteral("file_path"), QStringLiteral("README.md")},
                                                     {QStringLiteral("content"), QStringLiteral("x")}}
                                     << QStringLiteral("A file with this name already exists");
    QTest::newRow("update missing") << QJsonObject {{QStringLiteral("action"), QStringLiteral("update")},
                                                    {QStringLiteral("file_path"), QStringLiteral("nope.txt")},
                                                    {QStringLiteral("content"), QStringLiteral("x")}}
                                    << QStringLiteral("A file with this name doesn't exist");
    QTest::newRow("delete missing") << QJsonObject {{QStringLiteral("action"), QStringLiteral("delete")},
                                                    {QStringLiteral("file_path"), QStringLiteral("nope.txt")}}
                                    << QStringLiteral("A file with this name doesn't exist");
    QTest::newRow("unknown action") << QJsonObject {{QStringLiteral("action"), QStringLiteral("rename")},
                                                    {QStringLiteral("file_path"), QStringLiteral("README.md")}}
                                    << QStringLiteral("actions[0][action] does not have a valid value");
    QTest::newRow("move without source") << QJsonObject {{QStringLiteral("action"), QStringLiteral("move")},
                                                         {QStringLiteral("file_path"), QStringLiteral("b.md")}}
                                         << QStringLiteral("actions[0][previous_path] is missing");
    QTest::newRow("path escapes") << QJsonObject {{QStringLiteral("action"), QStringLiteral("create")},
                                                  {QStringLiteral("file_path"), QStringLiteral("../outside")},
                                                  {QStringLiteral("content"), QStringLiteral("x")}}
                                  << QStringLiteral("file_path should be a valid file path");
}

void tst_SandboxFiles::commitActionErrors()
{
    QFETCH(QJsonObject, action);
    QFETCH(QString, message);
    static const int project = createProject(QStringLiteral("commits-errors"));
    QVERIFY(project > 0);
    const QString before = branchHead(project, QStringLiteral("main"));
    auto reply = m_sandbox.request("POST", QStringLiteral("/projects/%1/repository/commits").arg(project),
                                   json({{QStringLiteral("branch"), QStringLiteral("main")},
                                         {QStringLiteral("commit_message"), QStringLiteral("Try")},
                                         {QStringLiteral("actions"), QJsonArray {action}}}));
    QCOMPARE(status(reply), 400);
    QCOMPARE(::message(reply), message);
    QCOMPARE(branchHead(project, QStringLiteral("main")), before); // nothing was committed
}

void tst_SandboxFiles::listAndShowCommits()
{
    const int project = createProject(QStringLiteral("commits-list"));
    QVERIFY(project > 0);
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(status(m_sandbox.request(
                     "POST", QStringLiteral("/projects/%1/repository/files/log%2.txt").arg(project).arg(i),
                     json({{QStringLiteral("branch"), QStringLiteral("main")},
                           {QStringLiteral("content"), QString::number(i)},
                           {QStringLiteral("commit_message"), QStringLiteral("Entry %1").arg(i)}}))),
                 201);
    }
    // Newest first; commits announce a next page but never a total, as on GitLab.
    auto first = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/commits?per_page=2").arg(project));
    QCOMPARE(status(first), 200);
    QCOMPARE(body(first).array().size(), 2);
    QVERIFY(!first->hasRawHeader("X-Total"));
    QCOMPARE(first->rawHeader("X-Next-Page"), QByteArray("2"));
    auto last
        = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/commits?per_page=2&page=3").arg(project));
    const QJsonArray lastPage = body(last).array();
    QCOMPARE(lastPage.size(), 1); // README's initial commit
    QCOMPARE(lastPage.first().toObject().value(QLatin1String("title")).toString(), QStringLiteral("Initial commit"));
    QCOMPARE(last->rawHeader("X-Next-Page"), QByteArray());

    auto byPath
        = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/commits?path=log2.txt").arg(project));
    const QJsonArray touching = body(byPath).array();
    QCOMPARE(touching.size(), 1);
    const QJsonObject entry = touching.first().toObject();
    QCOMPARE(entry.value(QLatin1String("title")).toString(), QStringLiteral("Entry 2"));

    auto shown = m_sandbox.request("GET",
                                   QStringLiteral("/projects/%1/repository/commits/%2")
                                       .arg(project)
                                       .arg(entry.value(QLatin1String("id")).toString()));
    QCOMPARE(status(shown), 200);
    QCOMPARE(body(shown).object().value(QLatin1String("stats")).toObject().value(QLatin1String("total")).toInt(), 1);
    QVERIFY(body(shown).object().contains(QLatin1String("last_pipeline")));
    auto byBranch = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/commits/main").arg(project));
    QCOMPARE(body(byBranch).object().value(QLatin1String("title")).toString(), QStringLiteral("Entry 4"));
    auto unknown
        = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/commits/0123456789abcdef").arg(project));
    QCOMPARE(status(unknown), 404);
    QCOMPARE(message(unknown), QStringLiteral("404 Commit Not Found"));
}

void tst_SandboxFiles::branchesWithSlash()
{
    const int project = createProject(QStringLiteral("branches-slash"));
    QVERIFY(project > 0);
    const QString branches = QStringLiteral("/projects/%1/repository/branches").arg(project);
    auto created = m_sandbox.request("POST", branches,
                                     json({{QStringLiteral("branch"), QStringLiteral("feature/login-form")},
                                           {QStringLiteral("ref"), QStringLiteral("main")}}));
    QCOMPARE(status(created), 201);
    const QJsonObject branch = body(created).object();
    QCOMPARE(branch.value(QLatin1String("name")).toString(), QStringLiteral("feature/login-form"));
    QCOMPARE(branch.value(QLatin1String("default")).toBool(true), false);
    QCOMPARE(branch.value(QLatin1String("protected")).toBool(true), false);
    QCOMPARE(branch.value(QLatin1String("merged")).toBool(), true); // it is where main is
    QCOMPARE(branch.value(QLatin1String("commit")).toObject().value(QLatin1String("id")).toString(),
             branchHead(project, QStringLiteral("main")));
    QVERIFY(branch.value(QLatin1String("web_url")).toString().endsWith(QLatin1String("/-/tree/feature/login-form")));

    auto single = m_sandbox.request("GET", branches + QStringLiteral("/feature%2Flogin-form"));
    QCOMPARE(status(single), 200);
    QCOMPARE(body(single).object().value(QLatin1String("name")).toString(), QStringLiteral("feature/login-form"));
    auto main = m_sandbox.request("GET", branches + QStringLiteral("/main"));
    QCOMPARE(body(main).object().value(QLatin1String("protected")).toBool(), true);
    QCOMPARE(body(main).object().value(QLatin1String("default")).toBool(), true);
    auto search = m_sandbox.request("GET", branches + QStringLiteral("?search=login"));
    QCOMPARE(body(search).array().size(), 1);
    QCOMPARE(search->rawHeader("X-Total"), QByteArray("1"));

    auto again = m_sandbox.request("POST", branches,
                                   json({{QStringLiteral("branch"), QStringLiteral("feature/login-form")},
                                         {QStringLiteral("ref"), QStringLiteral("main")}}));
    QCOMPARE(status(again), 400);
    QCOMPARE(message(again), QStringLiteral("Branch already exists"));
    auto badRef = m_sandbox.request(
        "POST", branches,
        json({{QStringLiteral("branch"), QStringLiteral("x")}, {QStringLiteral("ref"), QStringLiteral("nope")}}));
    QCOMPARE(status(badRef), 400);
    QCOMPARE(message(badRef), QStringLiteral("Invalid reference name: nope"));
    auto badName = m_sandbox.request("POST", branches,
                                     json({{QStringLiteral("branch"), QStringLiteral("bad..name")},
                                           {QStringLiteral("ref"), QStringLiteral("main")}}));
    QCOMPARE(status(badName), 400);
    QCOMPARE(message(badName), QStringLiteral("Branch name is invalid"));

    QCOMPARE(status(m_sandbox.request("DELETE", branches + QStringLiteral("/main"))), 405);
    QCOMPARE(status(m_sandbox.request("DELETE", branches + QStringLiteral("/feature%2Flogin-form"))), 204);
    auto gone = m_sandbox.request("GET", branches + QStringLiteral("/feature%2Flogin-form"));
    QCOMPARE(status(gone), 404);
    QCOMPARE(message(gone), QStringLiteral("404 Branch Not Found"));
}

void tst_SandboxFiles::tree()
{
    auto root = m_sandbox.request("GET", QStringLiteral("/projects/platform%2Fapi-gateway/repository/tree"));
    QCOMPARE(status(root), 200);
    QStringList names;
    for (const QJsonValue &entry : body(root).array())
        names << entry.toObject().value(QLatin1String("type")).toString() + QLatin1Char(' ')
                + entry.toObject().value(QLatin1String("path")).toString();
    // Directories first, then files.
    QCOMPARE(names,
             (QStringList {"tree cmd", "tree internal", "blob .gitlab-ci.yml", "blob README.md", "blob go.mod"}));

    auto sub = m_sandbox.request(
        "GET",
        QStringLiteral("/projects/platform%2Fapi-gateway/repository/tree?path=internal&ref=feature%2Fjwt-rotation"));
    QStringList paths;
    for (const QJsonValue &entry : body(sub).array())
        paths << entry.toObject().value(QLatin1String("path")).toString();
    QCOMPARE(paths, (QStringList {"internal/auth", "internal/ratelimit"}));

    auto missing
        = m_sandbox.request("GET", QStringLiteral("/projects/platform%2Fapi-gateway/repository/tree?path=nope"));
    QCOMPARE(status(missing), 404);
    auto badRef = m_sandbox.request("GET", QStringLiteral("/projects/platform%2Fapi-gateway/repository/tree?ref=nope"));
    QCOMPARE(status(badRef), 404);
    QCOMPARE(message(badRef), QStringLiteral("404 Tree Not Found"));
}

void tst_SandboxFiles::ciCommitStartsPipeline()
{
    // A commit through the API is a push: with a .gitlab-ci.yml it starts a pipeline, as on GitLab.
    const int project = createProject(QStringLiteral("files-ci"));
    QVERIFY(project > 0);
    auto before = m_sandbox.request("GET", QStringLiteral("/projects/%1/pipelines").arg(project));
    QCOMPARE(status(before), 200);
    QVERIFY(body(before).array().isEmpty());
    auto saved = m_sandbox.request("POST", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml").arg(project),
                                   json({{QStringLiteral("branch"), QStringLiteral("main")},
                                         {QStringLiteral("content"), QStringLiteral("build:\n  script: make\n")},
                                         {QStringLiteral("commit_message"), QStringLiteral("Add CI")}}));
    QCOMPARE(status(saved), 201);
    const QString head = branchHead(project, QStringLiteral("main"));
    auto after = m_sandbox.request("GET", QStringLiteral("/projects/%1/pipelines").arg(project));
    const QJsonArray pipelines = body(after).array();
    QCOMPARE(pipelines.size(), 1);
    QCOMPARE(pipelines.first().toObject().value(QLatin1String("sha")).toString(), head);
    QCOMPARE(pipelines.first().toObject().value(QLatin1String("ref")).toString(), QStringLiteral("main"));
}

QTEST_GUILESS_MAIN(tst_SandboxFiles)
#include "tst_sandbox_files.moc"
