// The demo's pipelines (every status, a child pipeline, a 50 MB log, one running now) and a
// running pipeline that carries on across a restart of the sandbox on the same data directory.
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxserver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using LabDesk::Sandbox::SandboxApi;
using LabDesk::Sandbox::SandboxServer;

namespace {

const QString AdminToken = QStringLiteral("glpat-pipelineseedadmin01");
constexpr int Slow = 45000;

} // namespace

class tst_SandboxPipelineSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoHasPipelinesInEveryStatus();
    void demoHasAChildPipelineAndA50MegabyteLog();
    void demoHasARunningPipeline();
    void runningPipelineSurvivesRestart();

private:
    QByteArray get(SandboxServer &server, const QString &path, int *status = nullptr);
    QJsonArray getArray(SandboxServer &server, const QString &path);
    SandboxServer &demo();
    QList<QJsonObject> demoPipelines();

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_demo;
};

QByteArray tst_SandboxPipelineSeed::get(SandboxServer &server, const QString &path, int *status)
{
    QNetworkRequest request(QUrl(server.url().toString() + QStringLiteral("/api/v4") + path));
    request.setRawHeader("PRIVATE-TOKEN", AdminToken.toUtf8());
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

QJsonArray tst_SandboxPipelineSeed::getArray(SandboxServer &server, const QString &path)
{
    return QJsonDocument::fromJson(get(server, path)).array();
}

SandboxServer &tst_SandboxPipelineSeed::demo()
{
    if (!m_demo) {
        m_demo = std::make_unique<SandboxServer>();
        SandboxServer::Options options;
        options.adminToken = AdminToken;
        options.seed = QStringLiteral("demo");
        if (!m_demo->start(options))
            qWarning("the demo sandbox did not start: %s", qPrintable(m_demo->errorString()));
    }
    return *m_demo;
}

// Every pipeline of the demo, children included, read from the store.
QList<QJsonObject> tst_SandboxPipelineSeed::demoPipelines()
{
    return demo().api().store.all(QStringLiteral("pipelines"));
}

void tst_SandboxPipelineSeed::demoHasPipelinesInEveryStatus()
{
    const QList<QJsonObject> pipelines = demoPipelines();
    if (pipelines.isEmpty())
        QSKIP("the demo seed made no projects with a repository to run pipelines on");
    QSet<QString> statuses;
    for (const QJsonObject &p : pipelines)
        statuses.insert(p.value(QLatin1String("status")).toString());
    for (const char *expected : {"success", "failed", "canceled", "skipped", "manual", "scheduled", "pending", "created"})
        QVERIFY2(statuses.contains(QString::fromLatin1(expected)), expected);

    // Finished pipelines are finished as GitLab shows them: timestamps, durations, detailed status.
    const int projectId = pipelines.constFirst().value(QLatin1String("project_id")).toInt();
    int checked = 0;
    for (const QJsonValue &value : getArray(demo(), QStringLiteral("/projects/%1/pipelines?scope=finished&per_page=100").arg(projectId))) {
        const int id = value.toObject().value(QLatin1String("id")).toInt();
        const QJsonObject detail = QJsonDocument::fromJson(get(demo(), QStringLiteral("/projects/%1/pipelines/%2").arg(projectId).arg(id))).object();
        QVERIFY(!detail.value(QLatin1String("finished_at")).isNull());
        QVERIFY(!detail.value(QLatin1String("detailed_status")).toObject().value(QLatin1String("icon")).toString().isEmpty());
        ++checked;
    }
    QVERIFY(checked >= 4);
    // A passed pipeline with an allowed failure shows its warning.
    bool warned = false;
    for (const QJsonObject &p : pipelines) {
        const QJsonObject detail = QJsonDocument::fromJson(get(demo(), QStringLiteral("/projects/%1/pipelines/%2")
                                                                           .arg(p.value(QLatin1String("project_id")).toInt())
                                                                           .arg(p.value(QLatin1String("id")).toInt()))).object();
        warned = warned || detail.value(QLatin1String("detailed_status")).toObject().value(QLatin1String("group")).toString()
                               == QLatin1String("success-with-warnings");
    }
    QVERIFY(warned);
}

void tst_SandboxPipelineSeed::demoHasAChildPipelineAndA50MegabyteLog()
{
    const QList<QJsonObject> pipelines = demoPipelines();
    if (pipelines.isEmpty())
        QSKIP("the demo seed made no projects with a repository to run pipelines on");
    bool child = false;
    for (const QJsonObject &p : pipelines) {
        const int projectId = p.value(QLatin1String("project_id")).toInt();
        for (const QJsonValue &bridge : getArray(demo(), QStringLiteral("/projects/%1/pipelines/%2/bridges").arg(projectId).arg(p.value(QLatin1String("id")).toInt()))) {
            const QJsonObject downstream = bridge.toObject().value(QLatin1String("downstream_pipeline")).toObject();
            child = child || (downstream.value(QLatin1String("source")).toString() == QLatin1String("parent_pipeline")
                              && downstream.value(QLatin1String("status")).toString() == QLatin1String("success"));
        }
    }
    QVERIFY(child);

    // The largest log is a realistic 50 MB build log, served whole.
    SandboxApi &api = demo().api();
    QJsonObject biggest;
    qint64 size = 0;
    for (const QJsonObject &job : api.store.all(QStringLiteral("jobs"))) {
        const qint64 s = QFileInfo(api.store.filesDir(QStringLiteral("traces")) + QStringLiteral("/%1.log").arg(job.value(QLatin1String("id")).toInt())).size();
        if (s > size) {
            size = s;
            biggest = job;
        }
    }
    QVERIFY2(size >= 50 * 1000 * 1000, qPrintable(QString::number(size)));
    int status = 0;
    const QByteArray log = get(demo(), QStringLiteral("/projects/%1/jobs/%2/trace").arg(biggest.value(QLatin1String("project_id")).toInt())
                                           .arg(biggest.value(QLatin1String("id")).toInt()), &status);
    QCOMPARE(status, 200);
    QCOMPARE(qint64(log.size()), size);
    QVERIFY(log.startsWith("\x1b[0KRunning with gitlab-runner"));
    QVERIFY(log.contains("[collapsed=true]\r\x1b[0K"));
    QVERIFY(log.count("section_start:") >= 20);
    QVERIFY(log.contains("warning:"));
    QVERIFY(log.endsWith("Job succeeded\x1b[0;m\n"));
    QVERIFY(!log.contains(QByteArray(64, '\0')));
}

void tst_SandboxPipelineSeed::demoHasARunningPipeline()
{
    const QList<QJsonObject> pipelines = demoPipelines();
    if (pipelines.isEmpty())
        QSKIP("the demo seed made no projects with a repository to run pipelines on");
    QJsonObject newest;
    for (const QJsonObject &p : pipelines) {
        if (p.value(QLatin1String("source")).toString() != QLatin1String("parent_pipeline")
            && p.value(QLatin1String("id")).toInt() > newest.value(QLatin1String("id")).toInt())
            newest = p;
    }
    const int projectId = newest.value(QLatin1String("project_id")).toInt();
    const int id = newest.value(QLatin1String("id")).toInt();
    QVERIFY2(QStringList({QStringLiteral("pending"), QStringLiteral("running")}).contains(newest.value(QLatin1String("status")).toString()),
             qPrintable(newest.value(QLatin1String("status")).toString()));
    // With a runner for it, its first job starts and its log grows while the demo is open.
    const auto runningJob = [&] {
        for (const QJsonValue &job : getArray(demo(), QStringLiteral("/projects/%1/pipelines/%2/jobs").arg(projectId).arg(id))) {
            if (job.toObject().value(QLatin1String("status")).toString() == QLatin1String("running"))
                return job.toObject().value(QLatin1String("id")).toInt();
        }
        return 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(runningJob() != 0, Slow);
    const int jobId = runningJob();
    const QString tracePath = QStringLiteral("/projects/%1/jobs/%2/trace").arg(projectId).arg(jobId);
    const qsizetype before = get(demo(), tracePath).size();
    QTRY_VERIFY_WITH_TIMEOUT(get(demo(), tracePath).size() > before, Slow);
    QCOMPARE(QJsonDocument::fromJson(get(demo(), QStringLiteral("/projects/%1/pipelines/%2").arg(projectId).arg(id))).object()
                 .value(QLatin1String("status")).toString(),
             QStringLiteral("running"));
}

void tst_SandboxPipelineSeed::runningPipelineSurvivesRestart()
{
    QTemporaryDir data;
    SandboxServer::Options options;
    options.adminToken = AdminToken;
    options.dataDir = data.path();
    const QByteArray config = "long:\n  script:\n    - make\n    - make test\n    - make install\n    - make dist\n    - make check\n    - make docs\n";

    auto first = std::make_unique<SandboxServer>();
    QVERIFY2(first->start(options), qPrintable(first->errorString()));
    SandboxApi &api = first->api();
    const QJsonObject root = api.findUser(QStringLiteral("root"));
    const int projectId = api.store.nextId(QStringLiteral("projects"));
    api.store.put(QStringLiteral("projects"), projectId,
                  {{QStringLiteral("name"), QStringLiteral("restart")}, {QStringLiteral("path"), QStringLiteral("restart")},
                   {QStringLiteral("namespace_id"), root.value(QLatin1String("namespace_id"))},
                   {QStringLiteral("visibility"), QStringLiteral("private")}, {QStringLiteral("default_branch"), QStringLiteral("main")}});
    const QJsonObject project = api.store.get(QStringLiteral("projects"), projectId);
    QVERIFY(api.ensureRepository(project));
    const QString blob = QString::fromLatin1(api.runGit(projectId, {QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("--stdin")}, config).out.trimmed());
    const QString tree = QString::fromLatin1(api.runGit(projectId, {QStringLiteral("mktree")}, "100644 blob " + blob.toLatin1() + "\t.gitlab-ci.yml\n").out.trimmed());
    const QString commit = QString::fromLatin1(api.runGit(projectId, {QStringLiteral("commit-tree"), tree, QStringLiteral("-m"), QStringLiteral("CI")}, {},
                                                          {QStringLiteral("GIT_AUTHOR_NAME=A"), QStringLiteral("GIT_AUTHOR_EMAIL=a@example.com"),
                                                           QStringLiteral("GIT_COMMITTER_NAME=A"), QStringLiteral("GIT_COMMITTER_EMAIL=a@example.com")})
                                                   .out.trimmed());
    QCOMPARE(api.runGit(projectId, {QStringLiteral("update-ref"), QStringLiteral("refs/heads/main"), commit}).exitCode, 0);
    api.store.put(QStringLiteral("runners"), api.store.nextId(QStringLiteral("runners")),
                  {{QStringLiteral("description"), QStringLiteral("local")}, {QStringLiteral("runner_type"), QStringLiteral("instance_type")},
                   {QStringLiteral("paused"), false}, {QStringLiteral("tag_list"), QJsonArray()}, {QStringLiteral("run_untagged"), true},
                   {QStringLiteral("_always_online"), true}});
    api.notifyPush(project, QStringLiteral("main"), QString(40, QLatin1Char('0')), commit, root);
    const QJsonObject pipeline = api.store.all(QStringLiteral("pipelines")).value(0);
    QVERIFY(!pipeline.isEmpty());
    const int pipelineId = pipeline.value(QLatin1String("id")).toInt();
    const QJsonObject job = api.store.where(QStringLiteral("jobs"), QStringLiteral("pipeline_id"), pipelineId).value(0);
    const int jobId = job.value(QLatin1String("id")).toInt();
    const QString tracePath = QStringLiteral("/projects/%1/jobs/%2/trace").arg(projectId).arg(jobId);
    QTRY_COMPARE_WITH_TIMEOUT(first->api().store.get(QStringLiteral("jobs"), jobId).value(QLatin1String("status")).toString(),
                              QStringLiteral("running"), Slow);
    const QByteArray partial = get(*first, tracePath);
    QVERIFY(!partial.isEmpty());
    first.reset(); // stops mid-job; the store is saved

    SandboxServer second;
    QVERIFY2(second.start(options), qPrintable(second.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(second.api().store.get(QStringLiteral("pipelines"), pipelineId).value(QLatin1String("status")).toString(),
                              QStringLiteral("success"), Slow);
    const QByteArray full = get(second, tracePath);
    QVERIFY(full.startsWith(partial));
    QCOMPARE(full.count("Job succeeded"), 1);
    QCOMPARE(full.count("section_start:1") - full.count("section_end:1"), 0);
}

QTEST_GUILESS_MAIN(tst_SandboxPipelineSeed)
#include "tst_sandbox_pipelineseed.moc"
