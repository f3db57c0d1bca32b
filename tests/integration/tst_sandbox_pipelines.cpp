// The sandbox's pipelines, jobs, traces and CI lint over loopback HTTP, with the simulated runner.
// The server runs in this thread, so the test prepares repositories and runners through its
// SandboxApi (git plumbing, store records) and needs no other API module.
#include "sandbox/api/modules.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using LabDesk::Sandbox::SandboxApi;
using LabDesk::Sandbox::SandboxServer;

namespace {

const QString AdminToken = QStringLiteral("glpat-pipelinestestadmin1");
constexpr int Slow = 45000; // generous: a job runs a few 300 ms ticks, a pipeline a few jobs

struct Reply
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

// A small JSON Schema (draft-04) checker for GitLab's response schemas, with the leniencies of
// the Ruby json-schema gem GitLab's own specs use: unknown types ("date") accept anything, and
// `additionalProperties` binds only the schema file being checked, not files it references (GitLab's
// pipeline/detail.json references basic.json, whose list predates PipelineBasic's other fields).
// References to files the corpus does not have are skipped and reported.
class SchemaChecker
{
public:
    explicit SchemaChecker(const QString &root)
        : m_root(root)
    {
    }

    QStringList check(const QJsonValue &value, const QString &file)
    {
        m_errors.clear();
        const QJsonObject schema = load(m_root + QLatin1Char('/') + file);
        validate(value, schema, QFileInfo(m_root + QLatin1Char('/') + file).absolutePath(), QStringLiteral("$"), true);
        return m_errors;
    }
    QStringList missingReferences() const { return m_missing; }

private:
    QJsonObject load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == QLatin1String("null"))
            return value.isNull();
        if (type == QLatin1String("string"))
            return value.isString();
        if (type == QLatin1String("boolean"))
            return value.isBool();
        if (type == QLatin1String("object"))
            return value.isObject();
        if (type == QLatin1String("array"))
            return value.isArray();
        if (type == QLatin1String("number"))
            return value.isDouble();
        if (type == QLatin1String("integer"))
            return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        return true; // unknown types, such as GitLab's "date"
    }

    // Returns false when `value` does not match; errors are collected only when `record`.
    bool validate(const QJsonValue &value, const QJsonObject &schema, const QString &dir, const QString &where, bool own,
                  bool record = true)
    {
        bool ok = true;
        const auto fail = [&](const QString &message) {
            ok = false;
            if (record)
                m_errors << where + QStringLiteral(": ") + message;
        };
        if (schema.contains(QLatin1String("$ref"))) {
            const QString path = QDir(dir).absoluteFilePath(schema.value(QLatin1String("$ref")).toString());
            if (!QFile::exists(path)) {
                m_missing << schema.value(QLatin1String("$ref")).toString();
                return true;
            }
            return validate(value, load(path), QFileInfo(path).absolutePath(), where, false, record);
        }
        if (schema.contains(QLatin1String("type"))) {
            const QJsonValue type = schema.value(QLatin1String("type"));
            const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
            bool matched = false;
            for (const QJsonValue &t : types)
                matched = matched || hasType(value, t.toString());
            if (!matched)
                fail(QStringLiteral("type is not %1").arg(QString::fromUtf8(QJsonDocument(types).toJson(QJsonDocument::Compact))));
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
                if (!object.contains(required.toString()))
                    fail(QStringLiteral("required property %1 is missing").arg(required.toString()));
            }
            const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (object.contains(it.key()) && it.value().isObject())
                    ok = validate(object.value(it.key()), it.value().toObject(), dir, where + QLatin1Char('.') + it.key(), false, record) && ok;
            }
            if (own && schema.value(QLatin1String("additionalProperties")) == QJsonValue(false)) {
                for (const QString &key : object.keys()) {
                    if (!properties.contains(key))
                        fail(QStringLiteral("property %1 is not allowed").arg(key));
                }
            }
        }
        if (value.isArray() && schema.value(QLatin1String("items")).isObject()) {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                ok = validate(items.at(i), schema.value(QLatin1String("items")).toObject(), dir,
                              where + QStringLiteral("[%1]").arg(i), false, record) && ok;
        }
        for (const QJsonValue &sub : schema.value(QLatin1String("allOf")).toArray())
            ok = validate(value, sub.toObject(), dir, where, own, record) && ok;
        for (const char *keyword : {"anyOf", "oneOf"}) {
            const QJsonArray subs = schema.value(QLatin1String(keyword)).toArray();
            if (subs.isEmpty())
                continue;
            int matches = 0;
            bool unresolved = false;
            for (const QJsonValue &sub : subs) {
                const QString ref = sub.toObject().value(QLatin1String("$ref")).toString();
                if (!ref.isEmpty() && !QFile::exists(QDir(dir).absoluteFilePath(ref))) {
                    unresolved = true;
                    m_missing << ref;
                    continue;
                }
                if (validate(value, sub.toObject(), dir, where, false, false))
                    ++matches;
            }
            // With a branch we cannot check, oneOf can only be read as anyOf.
            const bool exclusive = QLatin1String(keyword) == QLatin1String("oneOf") && !unresolved;
            if ((matches == 0 && !unresolved) || (exclusive && matches != 1))
                fail(QStringLiteral("%1 matched %2 schemas").arg(QLatin1String(keyword)).arg(matches));
        }
        return ok;
    }

    QString m_root;
    QStringList m_errors;
    QStringList m_missing;
};

} // namespace

class tst_SandboxPipelines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createWithRefAndVariables();
    void createErrors_data();
    void createErrors();
    void rulesDecideWhichJobsExist_data();
    void rulesDecideWhichJobsExist();
    void listFilters_data();
    void listFilters();
    void latestPipeline();
    void pipelineRunsToSuccess();
    void needsStartJobsBeforeTheirStage();
    void manualJobWaitsUntilPlayed();
    void allowedFailureGivesWarnings();
    void failureSkipsLaterStages();
    void retryPipelineAndJob();
    void cancelPipelineAndJob();
    void deleteNeedsOwner();
    void bridgeLeadsToChildPipeline();
    void traceHasSectionsAndGrows();
    void unmatchedTagsStayPendingUntilARunnerAppears();
    void projectJobsListHasNoTotals();
    void lint_data();
    void lint();
    void lintProjectConfiguration();
    void lintExpandsAnchorsReferencesAndDefaults();
    void globalLintDependsOnVersion();
    void pushStartsPipeline();
    void includesAndExtendsBuildThePipeline();
    void includeErrorsAnswerAsGitLab_data();
    void includeErrorsAnswerAsGitLab();
    void rulesChangesFollowThePush();

private:
    QStringList jobNames(const QJsonObject &project, int pipelineId);
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QString &token = AdminToken, SandboxServer *server = nullptr);
    QJsonObject makeProject(const QString &path, const QHash<QString, QByteArray> &files);
    QString commitFiles(const QJsonObject &project, const QString &branch, const QHash<QString, QByteArray> &files,
                        const QString &message = QStringLiteral("Update files"));
    void addRunner(const QStringList &tags, bool runUntagged, const QString &description);
    QJsonObject createPipeline(const QJsonObject &project, const QString &ref, const QJsonArray &variables = {});
    QString pipelineStatus(const QJsonObject &project, int pipelineId);
    QJsonObject job(const QJsonObject &project, int pipelineId, const QString &name);
    QString jobStatus(const QJsonObject &project, int pipelineId, const QString &name);
    QByteArray trace(const QJsonObject &project, int jobId);
    QString projectPath(const QJsonObject &project) const;
    void expectSchema(const QJsonValue &value, const QString &file);

    SandboxServer m_server;
    QNetworkAccessManager m_network;
    QJsonObject m_root;
    int m_projects = 0;
};

void tst_SandboxPipelines::initTestCase()
{
    SandboxServer::Options options;
    options.adminToken = AdminToken;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_root = m_server.api().findUser(QStringLiteral("root"));
    QVERIFY(!m_root.isEmpty());
    addRunner({}, true, QStringLiteral("shared-docker"));
}

Reply tst_SandboxPipelines::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                                 const QString &token, SandboxServer *server)
{
    SandboxServer &target = server ? *server : m_server;
    QNetworkRequest request(QUrl(target.url().toString() + QStringLiteral("/api/v4") + path));
    if (!token.isEmpty())
        request.setRawHeader("PRIVATE-TOKEN", token.toUtf8());
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, payload));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    return result;
}

QString tst_SandboxPipelines::projectPath(const QJsonObject &project) const
{
    return QStringLiteral("/projects/%1").arg(project.value(QLatin1String("id")).toInt());
}

// Commits `files` on `branch` (on top of its head, or of main's for a new branch) with git plumbing only.
QString tst_SandboxPipelines::commitFiles(const QJsonObject &project, const QString &branch,
                                          const QHash<QString, QByteArray> &files, const QString &message)
{
    SandboxApi &api = m_server.api();
    const int id = project.value(QLatin1String("id")).toInt();
    QTemporaryDir scratch;
    const QString index = QStringLiteral("GIT_INDEX_FILE=") + scratch.filePath(QStringLiteral("index"));
    // A new branch starts from main, as `git checkout -b` would.
    QString parent = api.resolveRef(id, QStringLiteral("refs/heads/") + branch);
    if (parent.isEmpty())
        parent = api.resolveRef(id, QStringLiteral("refs/heads/main"));
    if (!parent.isEmpty())
        api.runGit(id, {QStringLiteral("read-tree"), parent}, {}, {index});
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString blob = QString::fromLatin1(
            api.runGit(id, {QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("--stdin")}, it.value()).out.trimmed());
        api.runGit(id, {QStringLiteral("update-index"), QStringLiteral("--add"), QStringLiteral("--cacheinfo"),
                        QStringLiteral("100644,%1,%2").arg(blob, it.key())}, {}, {index});
    }
    const QString tree = QString::fromLatin1(api.runGit(id, {QStringLiteral("write-tree")}, {}, {index}).out.trimmed());
    QStringList args{QStringLiteral("commit-tree"), tree, QStringLiteral("-m"), message};
    if (!parent.isEmpty())
        args << QStringLiteral("-p") << parent;
    const QString commit = QString::fromLatin1(
        api.runGit(id, args, {}, {QStringLiteral("GIT_AUTHOR_NAME=Administrator"), QStringLiteral("GIT_AUTHOR_EMAIL=admin@example.com"),
                                  QStringLiteral("GIT_COMMITTER_NAME=Administrator"), QStringLiteral("GIT_COMMITTER_EMAIL=admin@example.com")})
            .out.trimmed());
    api.runGit(id, {QStringLiteral("update-ref"), QStringLiteral("refs/heads/") + branch, commit});
    return commit;
}

QJsonObject tst_SandboxPipelines::makeProject(const QString &path, const QHash<QString, QByteArray> &files)
{
    SandboxApi &api = m_server.api();
    const int id = api.store.nextId(QStringLiteral("projects"));
    api.store.put(QStringLiteral("projects"), id,
                  {{QStringLiteral("name"), path},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("namespace_id"), m_root.value(QLatin1String("namespace_id"))},
                   {QStringLiteral("visibility"), QStringLiteral("private")},
                   {QStringLiteral("default_branch"), QStringLiteral("main")},
                   {QStringLiteral("creator_id"), m_root.value(QLatin1String("id"))},
                   {QStringLiteral("archived"), false},
                   {QStringLiteral("created_at"), api.now()}});
    const QJsonObject project = api.store.get(QStringLiteral("projects"), id);
    QString error;
    if (!api.ensureRepository(project, &error))
        qWarning("cannot create the repository: %s", qPrintable(error));
    QHash<QString, QByteArray> all = files;
    all.insert(QStringLiteral("README.md"), "# " + path.toUtf8() + "\n");
    commitFiles(project, QStringLiteral("main"), all, QStringLiteral("Initial commit"));
    ++m_projects;
    return project;
}

void tst_SandboxPipelines::addRunner(const QStringList &tags, bool runUntagged, const QString &description)
{
    SandboxApi &api = m_server.api();
    const int id = api.store.nextId(QStringLiteral("runners"));
    api.store.put(QStringLiteral("runners"), id,
                  {{QStringLiteral("description"), description},
                   {QStringLiteral("name"), QStringLiteral("gitlab-runner")},
                   {QStringLiteral("runner_type"), QStringLiteral("instance_type")},
                   {QStringLiteral("paused"), false},
                   {QStringLiteral("tag_list"), QJsonArray::fromStringList(tags)},
                   {QStringLiteral("run_untagged"), runUntagged},
                   {QStringLiteral("locked"), false},
                   {QStringLiteral("access_level"), QStringLiteral("not_protected")},
                   {QStringLiteral("maximum_timeout"), QJsonValue::Null},
                   {QStringLiteral("project_ids"), QJsonArray()},
                   {QStringLiteral("group_ids"), QJsonArray()},
                   {QStringLiteral("contacted_at"), api.now()},
                   {QStringLiteral("created_at"), api.now()},
                   {QStringLiteral("_always_online"), true}});
}

QJsonObject tst_SandboxPipelines::createPipeline(const QJsonObject &project, const QString &ref, const QJsonArray &variables)
{
    QJsonObject body{{QStringLiteral("ref"), ref}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    const Reply reply = call("POST", projectPath(project) + QStringLiteral("/pipeline"), body);
    if (reply.status != 201)
        qWarning("pipeline creation answered %d: %s", reply.status, reply.body.constData());
    return reply.object();
}

QString tst_SandboxPipelines::pipelineStatus(const QJsonObject &project, int pipelineId)
{
    return call("GET", projectPath(project) + QStringLiteral("/pipelines/%1").arg(pipelineId)).object().value(QLatin1String("status")).toString();
}

QJsonObject tst_SandboxPipelines::job(const QJsonObject &project, int pipelineId, const QString &name)
{
    for (const QJsonValue &j : call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/jobs?per_page=100").arg(pipelineId)).array()) {
        if (j.toObject().value(QLatin1String("name")).toString() == name)
            return j.toObject();
    }
    return {};
}

QString tst_SandboxPipelines::jobStatus(const QJsonObject &project, int pipelineId, const QString &name)
{
    return job(project, pipelineId, name).value(QLatin1String("status")).toString();
}

QByteArray tst_SandboxPipelines::trace(const QJsonObject &project, int jobId)
{
    return call("GET", projectPath(project) + QStringLiteral("/jobs/%1/trace").arg(jobId)).body;
}

void tst_SandboxPipelines::expectSchema(const QJsonValue &value, const QString &file)
{
    const QString root = QStringLiteral(LABDESK_SHARED_DIR "/corpus/api-schemas/public_api/v4");
    if (!QFile::exists(root + QLatin1Char('/') + file))
        QSKIP(qPrintable(QStringLiteral("GitLab's response schema %1 is not available (no ../shared/corpus)").arg(file)));
    SchemaChecker checker(root);
    const QStringList errors = checker.check(value, file);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))
                                          + QStringLiteral("\n") + QString::fromUtf8(QJsonDocument(value.toObject()).toJson())));
}

const QByteArray ThreeStages = R"(stages: [build, test, deploy]
build:
  stage: build
  script:
    - echo "compiling"
unit:
  stage: test
  script:
    - echo "testing"
deploy:
  stage: deploy
  script:
    - echo "deploying"
)";

void tst_SandboxPipelines::createWithRefAndVariables()
{
    const QJsonObject project = makeProject(QStringLiteral("create-vars"), {{QStringLiteral(".gitlab-ci.yml"), ThreeStages}});
    const QString head = m_server.api().resolveRef(project.value(QLatin1String("id")).toInt(), QStringLiteral("refs/heads/main"));
    const QJsonArray variables{
        QJsonObject{{QStringLiteral("key"), QStringLiteral("DEPLOY_TARGET")}, {QStringLiteral("value"), QStringLiteral("staging")}},
        QJsonObject{{QStringLiteral("key"), QStringLiteral("CONFIG")}, {QStringLiteral("value"), QStringLiteral("a=1")},
                    {QStringLiteral("variable_type"), QStringLiteral("file")}},
    };
    const QJsonObject pipeline = createPipeline(project, QStringLiteral("main"), variables);
    QCOMPARE(pipeline.value(QLatin1String("ref")).toString(), QStringLiteral("main"));
    QCOMPARE(pipeline.value(QLatin1String("sha")).toString(), head);
    QCOMPARE(pipeline.value(QLatin1String("source")).toString(), QStringLiteral("api"));
    QCOMPARE(pipeline.value(QLatin1String("before_sha")).toString(), QString(40, QLatin1Char('0')));
    QCOMPARE(pipeline.value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(), QStringLiteral("root"));
    QCOMPARE(pipeline.value(QLatin1String("iid")).toInt(), 1);
    QVERIFY(pipeline.value(QLatin1String("web_url")).toString().endsWith(
        QStringLiteral("/root/create-vars/-/pipelines/%1").arg(pipeline.value(QLatin1String("id")).toInt())));
    // The first stage is queued at once; the pipeline is pending or already running.
    QVERIFY2(QStringList({QStringLiteral("pending"), QStringLiteral("running")}).contains(pipeline.value(QLatin1String("status")).toString()),
             qPrintable(pipeline.value(QLatin1String("status")).toString()));
    QVERIFY(pipeline.value(QLatin1String("detailed_status")).toObject().value(QLatin1String("details_path")).toString()
                .endsWith(QStringLiteral("/-/pipelines/%1").arg(pipeline.value(QLatin1String("id")).toInt())));

    const int id = pipeline.value(QLatin1String("id")).toInt();
    const Reply stored = call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/variables").arg(id));
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.array().size(), 2);
    QCOMPARE(stored.array().at(0).toObject().value(QLatin1String("variable_type")).toString(), QStringLiteral("env_var"));
    QCOMPARE(stored.array().at(1).toObject().value(QLatin1String("variable_type")).toString(), QStringLiteral("file"));
    QCOMPARE(stored.array().at(1).toObject().value(QLatin1String("value")).toString(), QStringLiteral("a=1"));

    const QJsonObject fetched = call("GET", projectPath(project) + QStringLiteral("/pipelines/%1").arg(id)).object();
    QCOMPARE(fetched.value(QLatin1String("id")).toInt(), id);
    QVERIFY(fetched.contains(QLatin1String("name")));

    // The path works as well as the id; someone else's private project is a 404.
    QCOMPARE(call("GET", QStringLiteral("/projects/root%2Fcreate-vars/pipelines/%1").arg(id)).status, 200);
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/999999")).status, 404);
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/999999")).object().value(QLatin1String("message")).toString(),
             QStringLiteral("404 Not found"));
    expectSchema(fetched, QStringLiteral("pipeline/detail.json"));
}

void tst_SandboxPipelines::createErrors_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("expected"); // message.base[0], or "error:<text>" for {"error": ...}

    QTest::newRow("unknown ref") << ThreeStages << QStringLiteral("no-such-branch") << QStringLiteral("Reference not found");
    QTest::newRow("no config file") << QByteArray() << QStringLiteral("main") << QStringLiteral("Missing CI config file");
    QTest::newRow("broken yaml") << QByteArray("build:\n  script: [echo\n") << QStringLiteral("main")
                                 << QStringLiteral("(<unknown>): did not find expected ',' or ']' while parsing a flow sequence at line 2 column 11");
    QTest::newRow("job without script") << QByteArray("build:\n  stage: build\n") << QStringLiteral("main")
                                        << QStringLiteral("jobs build config should implement the script:, run:, or trigger: keyword");
    QTest::newRow("rules leave nothing")
        << QByteArray("build:\n  script: make\n  rules:\n    - if: $CI_COMMIT_BRANCH == \"release\"\n") << QStringLiteral("main")
        << QStringLiteral("Pipeline will not run for the selected trigger. The rules configuration prevented any jobs from being added to the pipeline.");
    QTest::newRow("missing ref") << ThreeStages << QString() << QStringLiteral("error:ref is missing");
}

void tst_SandboxPipelines::createErrors()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, ref);
    QFETCH(QString, expected);
    QHash<QString, QByteArray> files;
    if (!config.isEmpty())
        files.insert(QStringLiteral(".gitlab-ci.yml"), config);
    const QJsonObject project = makeProject(QStringLiteral("errors-%1").arg(m_projects), files);
    const Reply reply = call("POST", projectPath(project) + QStringLiteral("/pipeline"),
                             ref.isEmpty() ? QJsonObject{{QStringLiteral("variables"), QJsonArray()}} : QJsonObject{{QStringLiteral("ref"), ref}});
    QCOMPARE(reply.status, 400);
    if (expected.startsWith(QLatin1String("error:"))) {
        QCOMPARE(reply.object().value(QLatin1String("error")).toString(), expected.mid(6));
    } else {
        const QJsonArray base = reply.object().value(QLatin1String("message")).toObject().value(QLatin1String("base")).toArray();
        QCOMPARE(base.size(), 1);
        QCOMPARE(base.at(0).toString(), expected);
    }
    // Nothing was kept.
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines")).array().size(), 0);
}

void tst_SandboxPipelines::rulesDecideWhichJobsExist_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QStringList>("jobs");
    QTest::newRow("default branch") << QStringLiteral("main")
                                    << QStringList{QStringLiteral("always"), QStringLiteral("main-only"), QStringLiteral("main-rule")};
    QTest::newRow("feature branch") << QStringLiteral("feature/login")
                                    << QStringList{QStringLiteral("always"), QStringLiteral("features"), QStringLiteral("not-main")};
}

void tst_SandboxPipelines::rulesDecideWhichJobsExist()
{
    QFETCH(QString, ref);
    QFETCH(QStringList, jobs);
    const QByteArray config = R"(
.base:
  script: echo base
always:
  extends: .base
main-only:
  extends: .base
  only: [main]
features:
  extends: .base
  only:
    - /^feature\/.*/
not-main:
  extends: .base
  except:
    refs: [main]
main-rule:
  script: echo rule
  rules:
    - if: $CI_COMMIT_BRANCH == "main" && $CI_PIPELINE_SOURCE == "api"
    - when: never
tags-only:
  script: echo tag
  only: [tags]
)";
    const QJsonObject project = makeProject(QStringLiteral("rules-%1").arg(m_projects), {{QStringLiteral(".gitlab-ci.yml"), config}});
    if (ref != QLatin1String("main"))
        commitFiles(project, ref, {{QStringLiteral("feature.txt"), "x\n"}});
    const QJsonObject pipeline = createPipeline(project, ref);
    QVERIFY(!pipeline.isEmpty());
    QStringList names;
    for (const QJsonValue &j : call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/jobs").arg(pipeline.value(QLatin1String("id")).toInt())).array())
        names << j.toObject().value(QLatin1String("name")).toString();
    names.sort();
    QCOMPARE(names, jobs);
}

void tst_SandboxPipelines::listFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("refs"); // expected refs, in order; "!NNN" expects that status
    QTest::newRow("all, newest first") << QString() << QStringList{QStringLiteral("feature"), QStringLiteral("main"), QStringLiteral("main")};
    QTest::newRow("oldest first") << QStringLiteral("sort=asc") << QStringList{QStringLiteral("main"), QStringLiteral("main"), QStringLiteral("feature")};
    QTest::newRow("by ref") << QStringLiteral("ref=feature") << QStringList{QStringLiteral("feature")};
    QTest::newRow("finished") << QStringLiteral("scope=finished") << QStringList{QStringLiteral("main")};
    QTest::newRow("canceled status") << QStringLiteral("status=canceled") << QStringList{QStringLiteral("main")};
    QTest::newRow("branches: latest per branch") << QStringLiteral("scope=branches") << QStringList{QStringLiteral("feature"), QStringLiteral("main")};
    QTest::newRow("tags") << QStringLiteral("scope=tags") << QStringList{};
    QTest::newRow("username") << QStringLiteral("username=root") << QStringList{QStringLiteral("feature"), QStringLiteral("main"), QStringLiteral("main")};
    QTest::newRow("unknown username") << QStringLiteral("username=nobody") << QStringList{};
    QTest::newRow("source") << QStringLiteral("source=push") << QStringList{};
    QTest::newRow("updated in the future") << QStringLiteral("updated_after=2999-01-01T00:00:00Z") << QStringList{};
    QTest::newRow("order by ref") << QStringLiteral("order_by=ref&sort=asc") << QStringList{QStringLiteral("feature"), QStringLiteral("main"), QStringLiteral("main")};
    QTest::newRow("bad scope") << QStringLiteral("scope=everything") << QStringList{QStringLiteral("!400")};
    QTest::newRow("bad order") << QStringLiteral("order_by=name") << QStringList{QStringLiteral("!400")};
    QTest::newRow("bad date") << QStringLiteral("updated_after=yesterday") << QStringList{QStringLiteral("!400")};
}

void tst_SandboxPipelines::listFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, refs);
    static QJsonObject project;
    if (project.isEmpty()) {
        // Two pipelines on main (the first canceled), one on a branch; every job waits for a
        // runner tag nobody has, so nothing moves while the rows run.
        project = makeProject(QStringLiteral("listing"), {{QStringLiteral(".gitlab-ci.yml"), "build:\n  tags: [nobody-has-this]\n  script: make\n"}});
        commitFiles(project, QStringLiteral("feature"), {{QStringLiteral("f.txt"), "f\n"}});
        const int first = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
        QCOMPARE(call("POST", projectPath(project) + QStringLiteral("/pipelines/%1/cancel").arg(first)).status, 200);
        createPipeline(project, QStringLiteral("main"));
        createPipeline(project, QStringLiteral("feature"));
    }
    const Reply reply = call("GET", projectPath(project) + QStringLiteral("/pipelines?") + query);
    if (!refs.isEmpty() && refs.constFirst().startsWith(QLatin1Char('!'))) {
        QCOMPARE(reply.status, refs.constFirst().mid(1).toInt());
        QVERIFY(reply.object().value(QLatin1String("error")).toString().contains(QLatin1String("valid")));
        return;
    }
    QCOMPARE(reply.status, 200);
    QStringList got;
    for (const QJsonValue &p : reply.array())
        got << p.toObject().value(QLatin1String("ref")).toString();
    QCOMPARE(got, refs);
    QCOMPARE(reply.headers.value("x-total").toInt(), refs.size());
    for (const QJsonValue &p : reply.array()) {
        // The list shows PipelineBasicWithMetadata, not the detail.
        QVERIFY(!p.toObject().contains(QLatin1String("detailed_status")));
        QVERIFY(p.toObject().contains(QLatin1String("iid")));
    }
}

void tst_SandboxPipelines::latestPipeline()
{
    const QJsonObject project = makeProject(QStringLiteral("latest"), {{QStringLiteral(".gitlab-ci.yml"), "build:\n  tags: [nobody-has-this]\n  script: make\n"}});
    commitFiles(project, QStringLiteral("topic"), {{QStringLiteral("t.txt"), "t\n"}});
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/latest")).status, 403);
    createPipeline(project, QStringLiteral("main"));
    const int newest = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    const int topic = createPipeline(project, QStringLiteral("topic")).value(QLatin1String("id")).toInt();

    const Reply onMain = call("GET", projectPath(project) + QStringLiteral("/pipelines/latest"));
    QCOMPARE(onMain.status, 200);
    QCOMPARE(onMain.object().value(QLatin1String("id")).toInt(), newest);
    QVERIFY(onMain.object().contains(QLatin1String("detailed_status")));
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/latest?ref=topic")).object().value(QLatin1String("id")).toInt(), topic);

    // A new commit on main has no pipeline yet: GitLab answers 403.
    commitFiles(project, QStringLiteral("main"), {{QStringLiteral("later.txt"), "later\n"}});
    const Reply stale = call("GET", projectPath(project) + QStringLiteral("/pipelines/latest"));
    QCOMPARE(stale.status, 403);
    QCOMPARE(stale.object().value(QLatin1String("message")).toString(), QStringLiteral("403 Forbidden"));
}

void tst_SandboxPipelines::pipelineRunsToSuccess()
{
    const QJsonObject project = makeProject(QStringLiteral("to-success"), {{QStringLiteral(".gitlab-ci.yml"), ThreeStages}});
    const QJsonObject pipeline = createPipeline(project, QStringLiteral("main"));
    const int id = pipeline.value(QLatin1String("id")).toInt();
    // Stages run in order: while build runs, deploy has not been queued.
    QTRY_COMPARE_WITH_TIMEOUT(jobStatus(project, id, QStringLiteral("build")), QStringLiteral("running"), Slow);
    QCOMPARE(jobStatus(project, id, QStringLiteral("deploy")), QStringLiteral("created"));
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("success"), Slow);

    const QJsonObject detail = call("GET", projectPath(project) + QStringLiteral("/pipelines/%1").arg(id)).object();
    QVERIFY(!detail.value(QLatin1String("started_at")).isNull());
    QVERIFY(!detail.value(QLatin1String("finished_at")).isNull());
    QVERIFY(detail.value(QLatin1String("duration")).isDouble());
    QCOMPARE(detail.value(QLatin1String("detailed_status")).toObject().value(QLatin1String("group")).toString(), QStringLiteral("success"));
    QCOMPARE(detail.value(QLatin1String("detailed_status")).toObject().value(QLatin1String("icon")).toString(), QStringLiteral("status_success"));

    const QJsonArray jobs = call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/jobs").arg(id)).array();
    QCOMPARE(jobs.size(), 3);
    QString previousFinish;
    for (qsizetype i = jobs.size() - 1; i >= 0; --i) { // ids descending: walk build, unit, deploy
        const QJsonObject j = jobs.at(i).toObject();
        QCOMPARE(j.value(QLatin1String("status")).toString(), QStringLiteral("success"));
        QVERIFY(j.value(QLatin1String("started_at")).toString() >= previousFinish);
        previousFinish = j.value(QLatin1String("finished_at")).toString();
        QCOMPARE(j.value(QLatin1String("runner")).toObject().value(QLatin1String("description")).toString(), QStringLiteral("shared-docker"));
        QCOMPARE(j.value(QLatin1String("pipeline")).toObject().value(QLatin1String("id")).toInt(), id);
        QCOMPARE(j.value(QLatin1String("commit")).toObject().value(QLatin1String("id")).toString(), pipeline.value(QLatin1String("sha")).toString());
        QVERIFY(!j.contains(QLatin1String("failure_reason")));
    }
    expectSchema(jobs.at(0), QStringLiteral("job.json"));
    expectSchema(detail, QStringLiteral("pipeline/detail.json"));
}

void tst_SandboxPipelines::needsStartJobsBeforeTheirStage()
{
    const QByteArray config = R"(build:
  stage: build
  script:
    - make one
    - make two
long-test:
  stage: test
  script:
    - make check-1
    - make check-2
    - make check-3
    - make check-4
    - make check-5
    - make check-6
deploy:
  stage: deploy
  needs: [build]
  script: echo deploy
docs:
  stage: deploy
  needs: []
  script: echo docs
)";
    const QJsonObject project = makeProject(QStringLiteral("dag"), {{QStringLiteral(".gitlab-ci.yml"), config}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    // `needs: []` is queued with the first stage.
    QVERIFY(QStringList({QStringLiteral("pending"), QStringLiteral("running")}).contains(jobStatus(project, id, QStringLiteral("docs"))));
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("success"), Slow);
    const auto at = [&](const QString &name, const char *field) {
        return job(project, id, name).value(QLatin1String(field)).toString();
    };
    // deploy waited for build only, not for the test stage.
    QVERIFY(at(QStringLiteral("deploy"), "started_at") >= at(QStringLiteral("build"), "finished_at"));
    QVERIFY(at(QStringLiteral("deploy"), "started_at") < at(QStringLiteral("long-test"), "finished_at"));
    QVERIFY(at(QStringLiteral("docs"), "started_at") < at(QStringLiteral("build"), "finished_at"));
}

void tst_SandboxPipelines::manualJobWaitsUntilPlayed()
{
    const QByteArray config = R"(build:
  stage: build
  script: echo build
release:
  stage: deploy
  when: manual
  allow_failure: false
  script: echo release
after-release:
  stage: .post
  script: echo done
)";
    const QJsonObject project = makeProject(QStringLiteral("manual"), {{QStringLiteral(".gitlab-ci.yml"), config}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    // A blocking manual job holds the pipeline in "manual" and the next stage in "created".
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("manual"), Slow);
    QCOMPARE(jobStatus(project, id, QStringLiteral("release")), QStringLiteral("manual"));
    QCOMPARE(jobStatus(project, id, QStringLiteral("after-release")), QStringLiteral("created"));
    const QJsonObject detail = call("GET", projectPath(project) + QStringLiteral("/pipelines/%1").arg(id)).object();
    QCOMPARE(detail.value(QLatin1String("detailed_status")).toObject().value(QLatin1String("label")).toString(),
             QStringLiteral("waiting for manual action"));

    // A job that is not manual cannot be played.
    const int buildId = job(project, id, QStringLiteral("build")).value(QLatin1String("id")).toInt();
    const Reply refused = call("POST", projectPath(project) + QStringLiteral("/jobs/%1/play").arg(buildId));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.object().value(QLatin1String("message")).toString(), QStringLiteral("400 Bad request - Unplayable Job"));

    const int releaseId = job(project, id, QStringLiteral("release")).value(QLatin1String("id")).toInt();
    const QJsonObject body{{QStringLiteral("job_variables_attributes"),
                            QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("VERSION")}, {QStringLiteral("value"), QStringLiteral("1.2")}}}}};
    const Reply played = call("POST", projectPath(project) + QStringLiteral("/jobs/%1/play").arg(releaseId), body);
    QCOMPARE(played.status, 200);
    QCOMPARE(played.object().value(QLatin1String("id")).toInt(), releaseId);
    QVERIFY(QStringList({QStringLiteral("pending"), QStringLiteral("running")}).contains(played.object().value(QLatin1String("status")).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("success"), Slow);
    QCOMPARE(jobStatus(project, id, QStringLiteral("after-release")), QStringLiteral("success"));
}

void tst_SandboxPipelines::allowedFailureGivesWarnings()
{
    const QByteArray config = R"(flaky:
  stage: test
  allow_failure: true
  script:
    - ./run-flaky-suite.sh
    - exit 1
check:
  stage: test
  script: echo ok
)";
    const QJsonObject project = makeProject(QStringLiteral("warnings"), {{QStringLiteral(".gitlab-ci.yml"), config}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("success"), Slow);
    const QJsonObject flaky = job(project, id, QStringLiteral("flaky"));
    QCOMPARE(flaky.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(flaky.value(QLatin1String("allow_failure")).toBool(), true);
    QCOMPARE(flaky.value(QLatin1String("failure_reason")).toString(), QStringLiteral("script_failure"));
    const QJsonObject status = call("GET", projectPath(project) + QStringLiteral("/pipelines/%1").arg(id))
                                   .object().value(QLatin1String("detailed_status")).toObject();
    QCOMPARE(status.value(QLatin1String("group")).toString(), QStringLiteral("success-with-warnings"));
    QCOMPARE(status.value(QLatin1String("label")).toString(), QStringLiteral("passed with warnings"));
    QCOMPARE(status.value(QLatin1String("icon")).toString(), QStringLiteral("status_warning"));
}

void tst_SandboxPipelines::failureSkipsLaterStages()
{
    const QByteArray config = R"(build:
  stage: build
  script: echo build
unit:
  stage: test
  script:
    - echo "running tests"
    - exit 1
deploy:
  stage: deploy
  script: echo deploy
notify-failure:
  stage: deploy
  when: on_failure
  script: echo "the pipeline broke"
)";
    const QJsonObject project = makeProject(QStringLiteral("failing"), {{QStringLiteral(".gitlab-ci.yml"), config}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("failed"), Slow);
    QCOMPARE(jobStatus(project, id, QStringLiteral("build")), QStringLiteral("success"));
    QCOMPARE(jobStatus(project, id, QStringLiteral("unit")), QStringLiteral("failed"));
    QCOMPARE(jobStatus(project, id, QStringLiteral("deploy")), QStringLiteral("skipped"));
    QCOMPARE(jobStatus(project, id, QStringLiteral("notify-failure")), QStringLiteral("success"));
    const QJsonObject unit = job(project, id, QStringLiteral("unit"));
    QCOMPARE(unit.value(QLatin1String("failure_reason")).toString(), QStringLiteral("script_failure"));
    const QByteArray log = trace(project, unit.value(QLatin1String("id")).toInt());
    QVERIFY2(log.contains("ERROR: Job failed: exit code 1"), log.right(300).constData());
    QVERIFY(log.contains("$ exit 1"));
}

void tst_SandboxPipelines::retryPipelineAndJob()
{
    const QByteArray config = R"(build:
  stage: build
  script: echo build
unit:
  stage: test
  script: exit 1
deploy:
  stage: deploy
  script: echo deploy
)";
    const QJsonObject project = makeProject(QStringLiteral("retrying"), {{QStringLiteral(".gitlab-ci.yml"), config}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("failed"), Slow);
    const int failedUnit = job(project, id, QStringLiteral("unit")).value(QLatin1String("id")).toInt();

    const Reply retried = call("POST", projectPath(project) + QStringLiteral("/pipelines/%1/retry").arg(id));
    QCOMPARE(retried.status, 201);
    QVERIFY(QStringList({QStringLiteral("pending"), QStringLiteral("running")}).contains(retried.object().value(QLatin1String("status")).toString()));
    // The failed job is kept as retried; a new one runs; the skipped deploy waits again.
    const QJsonObject again = job(project, id, QStringLiteral("unit"));
    QVERIFY(again.value(QLatin1String("id")).toInt() > failedUnit);
    QCOMPARE(jobStatus(project, id, QStringLiteral("deploy")), QStringLiteral("created"));
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/jobs").arg(id)).array().size(), 3);
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/jobs?include_retried=true").arg(id)).array().size(), 4);
    // Deterministic failures fail again.
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("failed"), Slow);

    // Retrying one job makes a new job and marks the old one retried.
    const int buildId = job(project, id, QStringLiteral("build")).value(QLatin1String("id")).toInt();
    const Reply newBuild = call("POST", projectPath(project) + QStringLiteral("/jobs/%1/retry").arg(buildId));
    QCOMPARE(newBuild.status, 201);
    QVERIFY(newBuild.object().value(QLatin1String("id")).toInt() > buildId);
    QCOMPARE(newBuild.object().value(QLatin1String("name")).toString(), QStringLiteral("build"));
    const Reply twice = call("POST", projectPath(project) + QStringLiteral("/jobs/%1/retry").arg(buildId));
    QCOMPARE(twice.status, 403);
    QCOMPARE(twice.object().value(QLatin1String("message")).toString(), QStringLiteral("403 Forbidden - Job is not retryable"));
}

void tst_SandboxPipelines::cancelPipelineAndJob()
{
    const QByteArray config = R"(build:
  stage: build
  tags: [nobody-has-this]
  script: make
test:
  stage: test
  script: make test
)";
    const QJsonObject project = makeProject(QStringLiteral("canceling"), {{QStringLiteral(".gitlab-ci.yml"), config}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    QCOMPARE(jobStatus(project, id, QStringLiteral("build")), QStringLiteral("pending"));
    const Reply canceled = call("POST", projectPath(project) + QStringLiteral("/pipelines/%1/cancel").arg(id));
    QCOMPARE(canceled.status, 200);
    QCOMPARE(canceled.object().value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    QCOMPARE(jobStatus(project, id, QStringLiteral("build")), QStringLiteral("canceled"));
    QCOMPARE(jobStatus(project, id, QStringLiteral("test")), QStringLiteral("canceled"));
    // Canceling again still answers 200, as GitLab does.
    QCOMPARE(call("POST", projectPath(project) + QStringLiteral("/pipelines/%1/cancel").arg(id)).status, 200);

    // A single job: canceled while it runs.
    const QJsonObject other = makeProject(QStringLiteral("canceling-job"),
                                          {{QStringLiteral(".gitlab-ci.yml"), "long:\n  script:\n    - make\n    - make test\n    - make install\n    - make dist\n    - make check\n    - make docs\n"}});
    const int pid = createPipeline(other, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(jobStatus(other, pid, QStringLiteral("long")), QStringLiteral("running"), Slow);
    const int jobId = job(other, pid, QStringLiteral("long")).value(QLatin1String("id")).toInt();
    const Reply stopped = call("POST", projectPath(other) + QStringLiteral("/jobs/%1/cancel").arg(jobId));
    QCOMPARE(stopped.status, 201);
    QCOMPARE(stopped.object().value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    QCOMPARE(pipelineStatus(other, pid), QStringLiteral("canceled"));
    QVERIFY(!trace(other, jobId).contains("Job succeeded"));
}

void tst_SandboxPipelines::deleteNeedsOwner()
{
    SandboxApi &api = m_server.api();
    const QJsonObject project = makeProject(QStringLiteral("deleting"), {{QStringLiteral(".gitlab-ci.yml"), "build:\n  script: echo hi\n"}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("success"), Slow);
    const int jobId = job(project, id, QStringLiteral("build")).value(QLatin1String("id")).toInt();
    QVERIFY(!trace(project, jobId).isEmpty());

    // A developer may run pipelines but not delete them.
    const QJsonObject dev = LabDesk::Sandbox::createUser(api, QStringLiteral("dev%1").arg(m_projects), QStringLiteral("Developer"),
                                                         QStringLiteral("dev%1@example.com").arg(m_projects));
    const QString devToken = LabDesk::Sandbox::createPersonalAccessToken(api, dev.value(QLatin1String("id")).toInt(), QStringLiteral("t"),
                                                                         {QStringLiteral("api")});
    const int memberId = api.store.nextId(QStringLiteral("members"));
    api.store.put(QStringLiteral("members"), memberId,
                  {{QStringLiteral("source_type"), QStringLiteral("Project")}, {QStringLiteral("source_id"), project.value(QLatin1String("id"))},
                   {QStringLiteral("user_id"), dev.value(QLatin1String("id"))}, {QStringLiteral("access_level"), 30},
                   {QStringLiteral("expires_at"), QJsonValue::Null}, {QStringLiteral("created_at"), api.now()}});
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/%1").arg(id), {}, devToken).status, 200);
    QCOMPARE(call("DELETE", projectPath(project) + QStringLiteral("/pipelines/%1").arg(id), {}, devToken).status, 403);
    // Without a token a private project does not exist.
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/%1").arg(id), {}, QString()).status, 404);

    const Reply deleted = call("DELETE", projectPath(project) + QStringLiteral("/pipelines/%1").arg(id));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/%1").arg(id)).status, 404);
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/jobs/%1").arg(jobId)).status, 404);
    QVERIFY(!QFile::exists(api.store.filesDir(QStringLiteral("traces")) + QStringLiteral("/%1.log").arg(jobId)));
}

void tst_SandboxPipelines::bridgeLeadsToChildPipeline()
{
    const QByteArray parent = R"(stages: [build, downstream]
build:
  stage: build
  script: echo build
child:
  stage: downstream
  trigger:
    include: ci/child.yml
    strategy: depend
)";
    const QByteArray child = "child-test:\n  script: echo child\n";
    const QJsonObject project = makeProject(QStringLiteral("parent-child"), {{QStringLiteral(".gitlab-ci.yml"), parent},
                                                                             {QStringLiteral("ci/child.yml"), child}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("success"), Slow);

    const Reply bridges = call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/bridges").arg(id));
    QCOMPARE(bridges.status, 200);
    QCOMPARE(bridges.array().size(), 1);
    const QJsonObject bridge = bridges.array().at(0).toObject();
    QCOMPARE(bridge.value(QLatin1String("name")).toString(), QStringLiteral("child"));
    QCOMPARE(bridge.value(QLatin1String("status")).toString(), QStringLiteral("success"));
    const QJsonObject downstream = bridge.value(QLatin1String("downstream_pipeline")).toObject();
    QVERIFY(!downstream.isEmpty());
    const int childId = downstream.value(QLatin1String("id")).toInt();
    QCOMPARE(downstream.value(QLatin1String("source")).toString(), QStringLiteral("parent_pipeline"));
    QCOMPARE(downstream.value(QLatin1String("status")).toString(), QStringLiteral("success"));
    // Bridges are not in the jobs list; the child's jobs are in the child.
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/jobs").arg(id)).array().size(), 1);
    QCOMPARE(jobStatus(project, childId, QStringLiteral("child-test")), QStringLiteral("success"));
    // Child pipelines are listed only when asked for (GitLab 17.0+).
    QStringList ids;
    for (const QJsonValue &p : call("GET", projectPath(project) + QStringLiteral("/pipelines")).array())
        ids << QString::number(p.toObject().value(QLatin1String("id")).toInt());
    QCOMPARE(ids, QStringList{QString::number(id)});
    const QJsonArray children = call("GET", projectPath(project) + QStringLiteral("/pipelines?source=parent_pipeline")).array();
    QCOMPARE(children.size(), 1);
    QCOMPARE(children.at(0).toObject().value(QLatin1String("id")).toInt(), childId);
}

void tst_SandboxPipelines::traceHasSectionsAndGrows()
{
    const QByteArray config = R"(compile:
  image: gcc:12
  script:
    - echo "step one"
    - cmake -S . -B build
    - cmake --build build
    - echo "step four"
    - ctest --test-dir build
    - echo "all done"
)";
    const QJsonObject project = makeProject(QStringLiteral("tracing"), {{QStringLiteral(".gitlab-ci.yml"), config}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(jobStatus(project, id, QStringLiteral("compile")), QStringLiteral("running"), Slow);
    const int jobId = job(project, id, QStringLiteral("compile")).value(QLatin1String("id")).toInt();

    const Reply early = call("GET", projectPath(project) + QStringLiteral("/jobs/%1/trace").arg(jobId));
    QCOMPARE(early.status, 200);
    QVERIFY(early.headers.value("content-type").startsWith("text/plain"));
    QVERIFY(early.body.contains("section_start:"));
    QVERIFY(early.body.contains(":prepare_executor\r\x1b[0K"));
    QVERIFY(!early.body.contains("Job succeeded"));

    QTRY_COMPARE_WITH_TIMEOUT(jobStatus(project, id, QStringLiteral("compile")), QStringLiteral("success"), Slow);
    const QByteArray full = trace(project, jobId);
    QVERIFY(full.size() > early.body.size());
    QVERIFY(full.startsWith(early.body)); // appended, never rewritten
    static const QRegularExpression sectionStart(QStringLiteral("section_start:\\d+:get_sources\r\x1b\\[0K"));
    static const QRegularExpression sectionEnd(QStringLiteral("section_end:\\d+:step_script\r\x1b\\[0K"));
    QVERIFY(sectionStart.match(QString::fromUtf8(full)).hasMatch());
    QVERIFY(sectionEnd.match(QString::fromUtf8(full)).hasMatch());
    QVERIFY(full.contains("[collapsed=true]"));
    QVERIFY(full.contains("\x1b[32;1m$ cmake --build build\x1b[0;m\n"));
    QVERIFY(full.contains("step four\n"));
    QVERIFY(full.contains('\r'));
    QVERIFY(full.contains("gcc:12"));
    QVERIFY(full.contains("Job succeeded"));
    // The commands come in the order the script lists them.
    QVERIFY(full.indexOf("$ echo \"step one\"") < full.indexOf("$ echo \"all done\""));
}

void tst_SandboxPipelines::unmatchedTagsStayPendingUntilARunnerAppears()
{
    const QByteArray config = R"(untagged:
  stage: test
  script:
    - echo one
    - echo two
gpu:
  stage: test
  tags: [gpu-a100]
  script: ./bench
)";
    const QJsonObject project = makeProject(QStringLiteral("pending-tags"), {{QStringLiteral(".gitlab-ci.yml"), config}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    // The untagged job goes all the way through while the tagged one is still waiting.
    QTRY_COMPARE_WITH_TIMEOUT(jobStatus(project, id, QStringLiteral("untagged")), QStringLiteral("success"), Slow);
    QCOMPARE(jobStatus(project, id, QStringLiteral("gpu")), QStringLiteral("pending"));
    QCOMPARE(pipelineStatus(project, id), QStringLiteral("running"));
    QVERIFY(job(project, id, QStringLiteral("gpu")).value(QLatin1String("runner")).isNull());
    QVERIFY(trace(project, job(project, id, QStringLiteral("gpu")).value(QLatin1String("id")).toInt()).isEmpty());

    addRunner({QStringLiteral("gpu-a100"), QStringLiteral("linux")}, false, QStringLiteral("gpu-box"));
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("success"), Slow);
    QCOMPARE(job(project, id, QStringLiteral("gpu")).value(QLatin1String("runner")).toObject().value(QLatin1String("description")).toString(),
             QStringLiteral("gpu-box"));
}

void tst_SandboxPipelines::projectJobsListHasNoTotals()
{
    const QJsonObject project = makeProject(QStringLiteral("jobs-list"),
                                            {{QStringLiteral(".gitlab-ci.yml"), "a:\n  script: echo a\nb:\n  script: echo b\nc:\n  script: echo c\n"}});
    const int id = createPipeline(project, QStringLiteral("main")).value(QLatin1String("id")).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, id), QStringLiteral("success"), Slow);

    const Reply page = call("GET", projectPath(project) + QStringLiteral("/jobs?per_page=2"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.array().size(), 2);
    QVERIFY(!page.headers.contains("x-total"));
    QVERIFY(!page.headers.contains("x-total-pages"));
    QCOMPARE(page.headers.value("x-next-page"), QByteArray("2"));
    QVERIFY(page.headers.value("link").contains("rel=\"next\""));
    QVERIFY(!page.headers.value("link").contains("rel=\"last\""));
    // The pipeline's own job list counts.
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/jobs?per_page=2").arg(id)).headers.value("x-total"), QByteArray("3"));

    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/jobs?scope[]=success&scope[]=failed")).array().size(), 3);
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/jobs?scope=pending")).array().size(), 0);
    const Reply bad = call("GET", projectPath(project) + QStringLiteral("/jobs?scope=exploded"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object().value(QLatin1String("error")).toString(), QStringLiteral("scope does not have a valid value"));

    const QJsonObject single = call("GET", projectPath(project) + QStringLiteral("/jobs/%1").arg(page.array().at(0).toObject().value(QLatin1String("id")).toInt())).object();
    QCOMPARE(single.value(QLatin1String("status")).toString(), QStringLiteral("success"));
    QCOMPARE(single.value(QLatin1String("tag_list")).toArray().size(), 0);
}

void tst_SandboxPipelines::lint_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("message"); // first error or warning (prefix match)

    QTest::newRow("valid") << QByteArray("build:\n  script: make\n") << true << QString();
    QTest::newRow("yaml syntax") << QByteArray("build:\n  script: make\n bad: indentation\n") << false
                                 << QStringLiteral("(<unknown>): did not find expected key while parsing a block mapping at line 1 column 1");
    QTest::newRow("not a mapping") << QByteArray("- just\n- a list\n") << false << QStringLiteral("Invalid configuration format");
    QTest::newRow("no script") << QByteArray("build:\n  stage: build\n") << false
                               << QStringLiteral("jobs build config should implement the script:, run:, or trigger: keyword");
    QTest::newRow("unknown stage") << QByteArray("build:\n  stage: compile\n  script: make\n") << false
                                   << QStringLiteral("build job: chosen stage does not exist; available stages are .pre, build, test, deploy, .post");
    QTest::newRow("undefined need") << QByteArray("test:\n  script: make\n  needs: [build]\n") << false
                                    << QStringLiteral("test job: undefined need: build");
    QTest::newRow("need in a later stage") << QByteArray("build:\n  stage: build\n  script: make\n  needs: [test]\ntest:\n  script: make test\n")
                                           << false << QStringLiteral("build job: need test is not defined in current or prior stages");
    QTest::newRow("unknown key") << QByteArray("build:\n  script: make\n  scirpt: typo\n") << false
                                 << QStringLiteral("jobs:build config contains unknown keys: scirpt");
    QTest::newRow("unknown extends") << QByteArray("build:\n  extends: .missing\n  script: make\n") << false
                                     << QStringLiteral("build: unknown keys in `extends` (.missing)");
    QTest::newRow("only hidden jobs") << QByteArray(".template:\n  script: make\n") << false
                                      << QStringLiteral("jobs config should contain at least one visible job");
    QTest::newRow("rules:when warning") << QByteArray("build:\n  script: make\n  rules:\n    - when: always\n") << true
                                        << QStringLiteral("jobs:build may allow multiple pipelines to run for a single action");
}

void tst_SandboxPipelines::lint()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, valid);
    QFETCH(QString, message);
    static QJsonObject project;
    if (project.isEmpty())
        project = makeProject(QStringLiteral("linting"), {{QStringLiteral(".gitlab-ci.yml"), "build:\n  script: make\n"}});
    const Reply reply = call("POST", projectPath(project) + QStringLiteral("/ci/lint"),
                             {{QStringLiteral("content"), QString::fromUtf8(content)}, {QStringLiteral("include_jobs"), true}});
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.object();
    QCOMPARE(result.value(QLatin1String("valid")).toBool(), valid);
    for (const char *key : {"errors", "warnings", "merged_yaml", "includes", "jobs"})
        QVERIFY2(result.contains(QLatin1String(key)), key);
    const QJsonArray errors = result.value(QLatin1String("errors")).toArray();
    const QJsonArray warnings = result.value(QLatin1String("warnings")).toArray();
    if (valid) {
        QCOMPARE(errors.size(), 0);
        QVERIFY(result.value(QLatin1String("merged_yaml")).toString().startsWith(QLatin1String("---\nbuild:\n")));
        const QJsonObject first = result.value(QLatin1String("jobs")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("build"));
        QCOMPARE(first.value(QLatin1String("stage")).toString(), QStringLiteral("test"));
        QCOMPARE(first.value(QLatin1String("script")).toArray(), QJsonArray{QStringLiteral("make")});
        if (message.isEmpty()) {
            QCOMPARE(warnings.size(), 0);
            QCOMPARE(first.value(QLatin1String("only")).toObject().value(QLatin1String("refs")).toArray(),
                     (QJsonArray{QStringLiteral("branches"), QStringLiteral("tags")}));
        } else {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.at(0).toString().startsWith(message), qPrintable(warnings.at(0).toString()));
        }
    } else {
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.at(0).toString().startsWith(message), qPrintable(errors.at(0).toString()));
        QCOMPARE(result.value(QLatin1String("jobs")).toArray().size(), 0);
    }
}

void tst_SandboxPipelines::lintProjectConfiguration()
{
    const QByteArray config = R"(include:
  - local: ci/common.yml
build:
  extends: .common
  script: make
deploy:
  stage: deploy
  script: ./deploy.sh
  rules:
    - if: $CI_COMMIT_BRANCH == "release"
)";
    const QJsonObject project = makeProject(QStringLiteral("lint-project"), {{QStringLiteral(".gitlab-ci.yml"), config},
                                                                             {QStringLiteral("ci/common.yml"), ".common:\n  tags: [docker]\n"}});
    const Reply reply = call("GET", projectPath(project) + QStringLiteral("/ci/lint?include_jobs=true"));
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.object();
    QVERIFY2(result.value(QLatin1String("valid")).toBool(), reply.body.constData());
    const QJsonArray includes = result.value(QLatin1String("includes")).toArray();
    QCOMPARE(includes.size(), 1);
    QCOMPARE(includes.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("local"));
    QCOMPARE(includes.at(0).toObject().value(QLatin1String("location")).toString(), QStringLiteral("ci/common.yml"));
    // merged_yaml has the include expanded and `extends` kept, as GitLab's does.
    const QString merged = result.value(QLatin1String("merged_yaml")).toString();
    QVERIFY2(merged.contains(QLatin1String("\".common\":\n  tags:\n  - docker\n")), qPrintable(merged));
    QVERIFY(merged.contains(QLatin1String("extends: \".common\"")));
    QVERIFY(!merged.contains(QLatin1String("include")));
    const QJsonArray jobs = result.value(QLatin1String("jobs")).toArray();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).toObject().value(QLatin1String("tag_list")).toArray(), QJsonArray{QStringLiteral("docker")});

    // A dry run evaluates rules on the default branch: deploy is not part of that pipeline.
    const QJsonArray dry = call("GET", projectPath(project) + QStringLiteral("/ci/lint?include_jobs=true&dry_run=true")).object()
                               .value(QLatin1String("jobs")).toArray();
    QCOMPARE(dry.size(), 1);
    QCOMPARE(dry.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("build"));

    // Another ref's configuration, and a ref that does not exist.
    commitFiles(project, QStringLiteral("broken"), {{QStringLiteral(".gitlab-ci.yml"), "build:\n  stage: nowhere\n  script: make\n"}});
    const QJsonObject broken = call("GET", projectPath(project) + QStringLiteral("/ci/lint?content_ref=broken")).object();
    QCOMPARE(broken.value(QLatin1String("valid")).toBool(), false);
    const Reply missing = call("GET", projectPath(project) + QStringLiteral("/ci/lint?content_ref=does-not-exist"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.object().value(QLatin1String("message")).toString(), QStringLiteral("404 Commit Not Found"));
}

void tst_SandboxPipelines::lintExpandsAnchorsReferencesAndDefaults()
{
    const QByteArray content = R"(default:
  before_script:
    - source env.sh
  tags: [docker]
.setup: &setup
  script:
    - make deps
    - make
.cleanup:
  after_script:
    - rm -rf tmp
build:
  <<: *setup
  stage: build
  after_script: !reference [.cleanup, after_script]
lonely:
  inherit:
    default: false
  script: echo alone
)";
    static QJsonObject project;
    if (project.isEmpty())
        project = makeProject(QStringLiteral("lint-yaml"), {{QStringLiteral(".gitlab-ci.yml"), "x:\n  script: make\n"}});
    const QJsonObject result = call("POST", projectPath(project) + QStringLiteral("/ci/lint"),
                                    {{QStringLiteral("content"), QString::fromUtf8(content)}, {QStringLiteral("include_jobs"), true}})
                                   .object();
    QVERIFY2(result.value(QLatin1String("valid")).toBool(), qPrintable(QJsonDocument(result).toJson()));
    const QJsonArray jobs = result.value(QLatin1String("jobs")).toArray();
    QCOMPARE(jobs.size(), 2);
    const QJsonObject build = jobs.at(0).toObject();
    QCOMPARE(build.value(QLatin1String("name")).toString(), QStringLiteral("build"));
    QCOMPARE(build.value(QLatin1String("script")).toArray(), (QJsonArray{QStringLiteral("make deps"), QStringLiteral("make")}));
    QCOMPARE(build.value(QLatin1String("before_script")).toArray(), QJsonArray{QStringLiteral("source env.sh")});
    QCOMPARE(build.value(QLatin1String("after_script")).toArray(), QJsonArray{QStringLiteral("rm -rf tmp")});
    QCOMPARE(build.value(QLatin1String("tag_list")).toArray(), QJsonArray{QStringLiteral("docker")});
    const QJsonObject lonely = jobs.at(1).toObject();
    QCOMPARE(lonely.value(QLatin1String("before_script")).toArray(), QJsonArray());
    QCOMPARE(lonely.value(QLatin1String("tag_list")).toArray(), QJsonArray());
}

void tst_SandboxPipelines::globalLintDependsOnVersion()
{
    // Current GitLab has no global lint: an unknown route.
    const Reply gone = call("POST", QStringLiteral("/ci/lint"), {{QStringLiteral("content"), QStringLiteral("build:\n  script: make\n")}});
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.object().value(QLatin1String("error")).toString(), QStringLiteral("404 Not Found"));

    SandboxServer old;
    SandboxServer::Options options;
    options.adminToken = AdminToken;
    options.versionString = QStringLiteral("15.11.3");
    QVERIFY2(old.start(options), qPrintable(old.errorString()));
    const Reply served = call("POST", QStringLiteral("/ci/lint"),
                              {{QStringLiteral("content"), QStringLiteral("build:\n  script: make\n")},
                               {QStringLiteral("include_merged_yaml"), true}},
                              AdminToken, &old);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.object().value(QLatin1String("status")).toString(), QStringLiteral("valid"));
    // Before 16.0 merged_yaml carried Ruby symbol keys.
    QCOMPARE(served.object().value(QLatin1String("merged_yaml")).toString(), QStringLiteral("---\n:build:\n  :script: make\n"));
    const Reply invalid = call("POST", QStringLiteral("/ci/lint"), {{QStringLiteral("content"), QStringLiteral("build: {}\n")}}, AdminToken, &old);
    QCOMPARE(invalid.object().value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
    QCOMPARE(invalid.object().value(QLatin1String("errors")).toArray().at(0).toString(),
             QStringLiteral("jobs build config should implement a script: or a trigger: keyword"));
    QVERIFY(!invalid.object().contains(QLatin1String("merged_yaml")));
}

void tst_SandboxPipelines::pushStartsPipeline()
{
    SandboxApi &api = m_server.api();
    const QJsonObject project = makeProject(QStringLiteral("pushing"), {});
    const auto count = [&] { return call("GET", projectPath(project) + QStringLiteral("/pipelines")).array().size(); };
    const QString zero(40, QLatin1Char('0'));

    // No configuration: nothing starts.
    const QString first = api.resolveRef(project.value(QLatin1String("id")).toInt(), QStringLiteral("refs/heads/main"));
    const QString plain = commitFiles(project, QStringLiteral("main"), {{QStringLiteral("a.txt"), "a\n"}});
    api.notifyPush(project, QStringLiteral("main"), first, plain, m_root);
    QCOMPARE(count(), 0);

    const QString withCi = commitFiles(project, QStringLiteral("main"), {{QStringLiteral(".gitlab-ci.yml"), "build:\n  script: echo pushed\n"}});
    api.notifyPush(project, QStringLiteral("refs/heads/main"), plain, withCi, m_root);
    QCOMPARE(count(), 1);
    const QJsonObject pushed = call("GET", projectPath(project) + QStringLiteral("/pipelines/latest")).object();
    QCOMPARE(pushed.value(QLatin1String("source")).toString(), QStringLiteral("push"));
    QCOMPARE(pushed.value(QLatin1String("sha")).toString(), withCi);
    QCOMPARE(pushed.value(QLatin1String("before_sha")).toString(), plain);
    QTRY_COMPARE_WITH_TIMEOUT(pipelineStatus(project, pushed.value(QLatin1String("id")).toInt()), QStringLiteral("success"), Slow);

    // Deleting a branch starts nothing.
    api.notifyPush(project, QStringLiteral("main"), withCi, zero, m_root);
    QCOMPARE(count(), 1);

    // "[ci skip]" keeps a skipped pipeline without jobs.
    const QString skipped = commitFiles(project, QStringLiteral("main"), {{QStringLiteral("b.txt"), "b\n"}}, QStringLiteral("Docs only [ci skip]"));
    api.notifyPush(project, QStringLiteral("main"), withCi, skipped, m_root);
    const QJsonObject skippedPipeline = call("GET", projectPath(project) + QStringLiteral("/pipelines/latest")).object();
    QCOMPARE(skippedPipeline.value(QLatin1String("status")).toString(), QStringLiteral("skipped"));
    QCOMPARE(call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/jobs").arg(skippedPipeline.value(QLatin1String("id")).toInt())).array().size(), 0);

    // A push with a broken configuration leaves a failed pipeline that says why.
    const QString broken = commitFiles(project, QStringLiteral("main"), {{QStringLiteral(".gitlab-ci.yml"), "build:\n  stage: nowhere\n  script: make\n"}});
    api.notifyPush(project, QStringLiteral("main"), skipped, broken, m_root);
    const QJsonObject failed = call("GET", projectPath(project) + QStringLiteral("/pipelines/latest")).object();
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QLatin1String("yaml_errors")).toString(),
             QStringLiteral("build job: chosen stage does not exist; available stages are .pre, build, test, deploy, .post"));
    QCOMPARE(count(), 3);
}

QStringList tst_SandboxPipelines::jobNames(const QJsonObject &project, int pipelineId)
{
    QStringList names;
    for (const QJsonValue &j : call("GET", projectPath(project) + QStringLiteral("/pipelines/%1/jobs?per_page=100").arg(pipelineId)).array())
        names << j.toObject().value(QLatin1String("name")).toString();
    names.sort();
    return names;
}

// include: local (nested), include: project (another project's file) and multi-level `extends`
// make the jobs of a pipeline created through the API, and lint lists every include.
void tst_SandboxPipelines::includesAndExtendsBuildThePipeline()
{
    const QJsonObject library = makeProject(QStringLiteral("ci-library"),
                                            {{QStringLiteral("templates/base.yml"), R"(.base:
  stage: test
  tags: [docker]
  variables:
    FROM: library
library-job:
  stage: build
  script: echo from the library
)"}});
    const QString libraryPath = m_server.api().projectFullPath(library);
    const QByteArray config = QStringLiteral(R"(include:
  - local: ci/jobs.yml
  - project: %1
    file: templates/base.yml
stages: [build, test, deploy]
.local:
  extends: .base
  variables:
    LEVEL: two
unit:
  extends: .local
  script: make test
)").arg(libraryPath).toUtf8();
    const QJsonObject project = makeProject(QStringLiteral("includer"),
                                            {{QStringLiteral(".gitlab-ci.yml"), config},
                                             {QStringLiteral("ci/jobs.yml"), "include: ci/more.yml\npackage:\n  extends: .deploy\n  script: make dist\n"},
                                             {QStringLiteral("ci/more.yml"), ".deploy:\n  stage: deploy\n"}});

    const QJsonObject pipeline = createPipeline(project, QStringLiteral("main"));
    const int id = pipeline.value(QLatin1String("id")).toInt();
    QVERIFY2(id > 0, qPrintable(QJsonDocument(pipeline).toJson()));
    QCOMPARE(jobNames(project, id), (QStringList{QStringLiteral("library-job"), QStringLiteral("package"), QStringLiteral("unit")}));
    const QJsonObject unit = job(project, id, QStringLiteral("unit"));
    QCOMPARE(unit.value(QLatin1String("stage")).toString(), QStringLiteral("test"));
    QCOMPARE(unit.value(QLatin1String("tag_list")).toArray(), QJsonArray{QStringLiteral("docker")});
    QCOMPARE(job(project, id, QStringLiteral("package")).value(QLatin1String("stage")).toString(), QStringLiteral("deploy"));

    const QJsonObject lint = call("GET", projectPath(project) + QStringLiteral("/ci/lint?include_jobs=true")).object();
    QVERIFY2(lint.value(QLatin1String("valid")).toBool(), qPrintable(QJsonDocument(lint).toJson()));
    QStringList kinds;
    for (const QJsonValue &include : lint.value(QLatin1String("includes")).toArray())
        kinds << include.toObject().value(QLatin1String("type")).toString() + QLatin1Char(':')
                     + include.toObject().value(QLatin1String("location")).toString();
    QCOMPARE(kinds, (QStringList{QStringLiteral("local:ci/jobs.yml"), QStringLiteral("local:ci/more.yml"),
                                 QStringLiteral("file:templates/base.yml")}));
    const QJsonObject extra = lint.value(QLatin1String("includes")).toArray().at(2).toObject().value(QLatin1String("extra")).toObject();
    QCOMPARE(extra.value(QLatin1String("project")).toString(), libraryPath);
    QCOMPARE(extra.value(QLatin1String("ref")).toString(), QStringLiteral("HEAD"));
}

void tst_SandboxPipelines::includeErrorsAnswerAsGitLab_data()
{
    QTest::addColumn<QString>("include");
    QTest::addColumn<QString>("error");
    QTest::newRow("local missing") << QStringLiteral("local: nowhere.yml") << QStringLiteral("Local file `nowhere.yml` does not exist!");
    QTest::newRow("project missing")
        << QStringLiteral("project: nobody/nothing\n    file: a.yml")
        << QStringLiteral("Project `nobody/nothing` not found or access denied! Make sure any includes in the pipeline "
                          "configuration are correctly defined.");
    QTest::newRow("project file missing") << QStringLiteral("project: %1\n    file: missing.yml")
                                          << QStringLiteral("Project `%1` file `missing.yml` does not exist!");
    QTest::newRow("project ref missing") << QStringLiteral("project: %1\n    ref: v9\n    file: templates/base.yml")
                                         << QStringLiteral("Project `%1` reference `v9` does not exist!");
    // No network: a remote include fails as on an offline GitLab.
    QTest::newRow("remote offline") << QStringLiteral("remote: https://example.com/ci.yml")
                                    << QStringLiteral("Remote file `https://example.com/ci.yml` could not be fetched because of a socket error!");
}

void tst_SandboxPipelines::includeErrorsAnswerAsGitLab()
{
    QFETCH(QString, include);
    QFETCH(QString, error);
    static QJsonObject project;
    static QString libraryPath;
    if (project.isEmpty()) {
        project = makeProject(QStringLiteral("include-errors"), {{QStringLiteral(".gitlab-ci.yml"), "x:\n  script: make\n"}});
        const QJsonObject library = makeProject(QStringLiteral("include-errors-library"),
                                                {{QStringLiteral("templates/base.yml"), ".base:\n  stage: test\n"}});
        libraryPath = m_server.api().projectFullPath(library);
    }
    const QString content = QStringLiteral("include:\n  - %1\nbuild:\n  script: make\n").arg(include.arg(libraryPath));
    const QJsonObject result = call("POST", projectPath(project) + QStringLiteral("/ci/lint"), {{QStringLiteral("content"), content}}).object();
    QCOMPARE(result.value(QLatin1String("valid")).toBool(), false);
    QCOMPARE(result.value(QLatin1String("errors")).toArray(), QJsonArray{error.arg(libraryPath)});

    // Creating a pipeline from such a configuration fails with the same words.
    commitFiles(project, QStringLiteral("main"), {{QStringLiteral(".gitlab-ci.yml"), content.toUtf8()}});
    const Reply created = call("POST", projectPath(project) + QStringLiteral("/pipeline"), {{QStringLiteral("ref"), QStringLiteral("main")}});
    QCOMPARE(created.status, 400);
    QVERIFY2(created.body.contains(error.arg(libraryPath).toUtf8()), created.body.constData());
}

// rules:changes (and only:changes) look at what a push changed; compare_to at the difference from a
// ref; pipelines without a push to compare (API, web) take `changes` as satisfied, as GitLab does.
void tst_SandboxPipelines::rulesChangesFollowThePush()
{
    SandboxApi &api = m_server.api();
    const QByteArray config = R"(docs:
  script: make docs
  rules:
    - changes: [docs/**/*]
code:
  script: make
  rules:
    - changes:
        paths: ['src/*.c']
old-style:
  script: make legacy
  only:
    changes: [src/*.c]
since-main:
  script: make feature
  rules:
    - changes:
        paths: [feature.txt]
        compare_to: refs/heads/main
always:
  script: echo always
)";
    const QJsonObject project = makeProject(QStringLiteral("changes"), {{QStringLiteral(".gitlab-ci.yml"), config}});
    const int projectId = project.value(QLatin1String("id")).toInt();
    const auto latestJobs = [&] {
        const QJsonObject latest = call("GET", projectPath(project) + QStringLiteral("/pipelines?per_page=1")).array().at(0).toObject();
        return jobNames(project, latest.value(QLatin1String("id")).toInt());
    };

    // A push that changes only docs/.
    const QString before = api.resolveRef(projectId, QStringLiteral("refs/heads/main"));
    const QString docs = commitFiles(project, QStringLiteral("main"), {{QStringLiteral("docs/guide/intro.md"), "# Intro\n"}});
    api.notifyPush(project, QStringLiteral("refs/heads/main"), before, docs, m_root);
    QCOMPARE(latestJobs(), (QStringList{QStringLiteral("always"), QStringLiteral("docs")}));

    // A push that changes a C file.
    const QString code = commitFiles(project, QStringLiteral("main"), {{QStringLiteral("src/main.c"), "int main() {}\n"}});
    api.notifyPush(project, QStringLiteral("refs/heads/main"), docs, code, m_root);
    QCOMPARE(latestJobs(), (QStringList{QStringLiteral("always"), QStringLiteral("code"), QStringLiteral("old-style")}));

    // An API pipeline has no push to compare: changes count as satisfied; compare_to still compares.
    const QJsonObject onMain = createPipeline(project, QStringLiteral("main"));
    QCOMPARE(jobNames(project, onMain.value(QLatin1String("id")).toInt()),
             (QStringList{QStringLiteral("always"), QStringLiteral("code"), QStringLiteral("docs"), QStringLiteral("old-style")}));
    commitFiles(project, QStringLiteral("feature"), {{QStringLiteral("feature.txt"), "new\n"}});
    const QJsonObject onFeature = createPipeline(project, QStringLiteral("feature"));
    QVERIFY(jobNames(project, onFeature.value(QLatin1String("id")).toInt()).contains(QStringLiteral("since-main")));

    // A push of nothing that matches leaves only the unconditional job.
    const QString other = commitFiles(project, QStringLiteral("main"), {{QStringLiteral("notes.txt"), "n\n"}});
    api.notifyPush(project, QStringLiteral("refs/heads/main"), code, other, m_root);
    QCOMPARE(latestJobs(), QStringList{QStringLiteral("always")});
}

QTEST_GUILESS_MAIN(tst_SandboxPipelines)
#include "tst_sandbox_pipelines.moc"
