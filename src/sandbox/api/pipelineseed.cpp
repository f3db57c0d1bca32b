// The demo's pipelines: finished pipelines in every status, a parent with a child pipeline, a job
// with a 50 MB log and one pipeline that is running when the demo starts.
#include "modules.h"

#include "core/app/logging.h"
#include "pipelineengine.h"
#include "sandbox/sandboxapi.h"

#include <QElapsedTimer>

namespace LabDesk::Sandbox {

namespace {

// For projects whose repository has no .gitlab-ci.yml, and for the statuses a project's own file
// cannot show (a blocking manual job, a delayed job, a job no runner takes, a child pipeline).
const QByteArray DemoConfig = R"(stages:
  - build
  - test
  - deploy

variables:
  GIT_DEPTH: "20"

build:
  stage: build
  image: gcc:12
  script:
    - cmake -S . -B build -G Ninja
    - cmake --build build --parallel 8

unit-tests:
  stage: test
  image: gcc:12
  needs: [build]
  script:
    - ctest --test-dir build --output-on-failure

lint:
  stage: test
  allow_failure: true
  script:
    - clang-tidy -p build src/main.cpp

deploy-staging:
  stage: deploy
  script:
    - echo "Deploying to staging"
    - ./scripts/deploy.sh staging
  environment: staging
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

deploy-production:
  stage: deploy
  script:
    - ./scripts/deploy.sh production
  environment: production
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
      when: manual
      allow_failure: true
)";

const QByteArray BlockedConfig = R"(stages: [build, release]

build:
  stage: build
  script:
    - make all

approve-release:
  stage: release
  when: manual
  allow_failure: false
  script:
    - echo "Tagging the release"

announce:
  stage: .post
  script:
    - echo "Release announced"
)";

const QByteArray DelayedConfig = R"(nightly-report:
  stage: build
  when: delayed
  start_in: 1 week
  script:
    - ./scripts/report.sh --nightly
)";

const QByteArray StuckConfig = R"(gpu-benchmark:
  stage: test
  tags: [gpu-a100, cuda-12]
  script:
    - ./bench --device gpu
)";

const QByteArray ParentConfig = R"(stages: [build, docs]

build:
  stage: build
  script:
    - make all

docs:
  stage: docs
  trigger:
    include: ci/docs.gitlab-ci.yml
    strategy: depend
)";

const QByteArray ChildConfig = R"(stages: [build, test]

docs-build:
  stage: build
  script:
    - pip install mkdocs
    - mkdocs build --strict

docs-linkcheck:
  stage: test
  script:
    - ./scripts/linkcheck.sh site/
)";

struct Seeder
{
    SandboxApi &api;
    PipelineEngine &engine;
    QJsonObject user;

    // A pipeline from the project's own configuration, or from `config` when given (or when the
    // project's own file cannot make one).
    QJsonObject create(const QJsonObject &project, const QDateTime &at, const QString &source,
                       const QByteArray &config = {}, const QHash<QString, QByteArray> &extra = {}, bool frozen = false)
    {
        PipelineEngine::CreateRequest request;
        request.project = project;
        request.ref = project.value(QLatin1String("default_branch")).toString();
        request.source = source;
        request.user = user;
        request.at = at;
        request.files = extra;
        request.frozen = frozen;
        if (!config.isEmpty())
            request.files.insert(QStringLiteral(".gitlab-ci.yml"), config);
        QJsonObject pipeline = engine.create(request).pipeline;
        if (pipeline.isEmpty() && config.isEmpty()) {
            request.files.insert(QStringLiteral(".gitlab-ci.yml"), DemoConfig);
            pipeline = engine.create(request).pipeline;
        }
        return pipeline;
    }

    QList<QJsonObject> jobs(int pipelineId) const
    {
        QList<QJsonObject> list = api.store.where(QStringLiteral("jobs"), QStringLiteral("pipeline_id"), pipelineId);
        std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("id")).toInt() < b.value(QLatin1String("id")).toInt();
        });
        return list;
    }

    // The first job of the pipeline's second stage: the one a demo failure breaks.
    QString secondStageJob(int pipelineId, bool allowedToFail) const
    {
        int firstStage = -1;
        for (const QJsonObject &job : jobs(pipelineId)) {
            const int stage = job.value(QLatin1String("stage_idx")).toInt();
            if (firstStage < 0 || stage < firstStage)
                firstStage = stage;
        }
        for (const QJsonObject &job : jobs(pipelineId)) {
            if (job.value(QLatin1String("stage_idx")).toInt() > firstStage
                && job.value(QLatin1String("type")).toString() == QLatin1String("Ci::Build")
                && job.value(QLatin1String("allow_failure")).toBool() == allowedToFail
                && job.value(QLatin1String("when")).toString() == QLatin1String("on_success"))
                return job.value(QLatin1String("name")).toString();
        }
        // A single-stage pipeline (or one whose later jobs are manual): break its last plain job.
        QString last;
        for (const QJsonObject &job : jobs(pipelineId)) {
            if (job.value(QLatin1String("type")).toString() == QLatin1String("Ci::Build")
                && job.value(QLatin1String("allow_failure")).toBool() == allowedToFail
                && job.value(QLatin1String("when")).toString() == QLatin1String("on_success"))
                last = job.value(QLatin1String("name")).toString();
        }
        return last;
    }

    QString stageOf(int pipelineId, const QString &job) const
    {
        for (const QJsonObject &j : jobs(pipelineId)) {
            if (j.value(QLatin1String("name")).toString() == job)
                return j.value(QLatin1String("stage")).toString();
        }
        return {};
    }
};

// A project to show pipelines on needs commits; without any, the first project gets an initial
// commit with the demo configuration (git plumbing, no working tree).
bool ensureCommit(SandboxApi &api, const QJsonObject &project)
{
    const int id = project.value(QLatin1String("id")).toInt();
    QString branch = project.value(QLatin1String("default_branch")).toString();
    if (branch.isEmpty())
        branch = QStringLiteral("main");
    if (!api.ensureRepository(project))
        return false;
    const auto blob = [&](const QByteArray &content) {
        return QString::fromLatin1(api.runGit(id, {QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("--stdin")}, content)
                                       .out.trimmed());
    };
    const QString ci = blob(DemoConfig);
    const QString readme = blob("# " + project.value(QLatin1String("name")).toString().toUtf8() + "\n");
    const QByteArray listing = "100644 blob " + ci.toLatin1() + "\t.gitlab-ci.yml\n100644 blob " + readme.toLatin1() + "\tREADME.md\n";
    const QString tree = QString::fromLatin1(api.runGit(id, {QStringLiteral("mktree")}, listing).out.trimmed());
    const QStringList identity{QStringLiteral("GIT_AUTHOR_NAME=Administrator"), QStringLiteral("GIT_AUTHOR_EMAIL=admin@example.com"),
                               QStringLiteral("GIT_COMMITTER_NAME=Administrator"), QStringLiteral("GIT_COMMITTER_EMAIL=admin@example.com")};
    const QString commit = QString::fromLatin1(
        api.runGit(id, {QStringLiteral("commit-tree"), tree, QStringLiteral("-m"), QStringLiteral("Initial commit")}, {}, identity)
            .out.trimmed());
    if (commit.isEmpty())
        return false;
    return api.runGit(id, {QStringLiteral("update-ref"), QStringLiteral("refs/heads/") + branch, commit}).exitCode == 0;
}

} // namespace

void seedDemoPipelines(SandboxApi &api)
{
    PipelineEngine *engine = PipelineEngine::of(api);
    if (!engine)
        return;
    QElapsedTimer elapsed;
    elapsed.start();
    QList<QJsonObject> projects;
    for (const QJsonObject &project : api.store.all(QStringLiteral("projects"))) {
        const QString branch = project.value(QLatin1String("default_branch")).toString();
        if (!branch.isEmpty() && !api.resolveRef(project.value(QLatin1String("id")).toInt(), QStringLiteral("refs/heads/") + branch).isEmpty())
            projects.append(project);
        if (projects.size() == 4)
            break;
    }
    if (projects.isEmpty()) {
        const QList<QJsonObject> all = api.store.all(QStringLiteral("projects"));
        if (all.isEmpty() || !ensureCommit(api, all.constFirst()))
            return;
        projects.append(api.store.get(QStringLiteral("projects"), all.constFirst().value(QLatin1String("id")).toInt()));
    }

    QJsonObject user = api.findUser(QStringLiteral("alice"));
    if (user.isEmpty())
        user = api.findUser(QStringLiteral("root"));
    Seeder seeder{api, *engine, user};
    const QDateTime now = api.currentTime();
    const QJsonObject main = projects.constFirst();

    // Finished pipelines, oldest first, so ids and times agree.
    QJsonObject passed = seeder.create(main, now.addSecs(-72 * 3600), QStringLiteral("push"));
    if (passed.isEmpty())
        return;
    engine->runInstantly(passed.value(QLatin1String("id")).toInt(), now.addSecs(-72 * 3600 + 4));
    // One job with a 50 MB log: what the log viewer must page through.
    for (const QJsonObject &job : seeder.jobs(passed.value(QLatin1String("id")).toInt())) {
        if (job.value(QLatin1String("type")).toString() == QLatin1String("Ci::Build")
            && !job.value(QLatin1String("started_at")).isNull()) {
            engine->writeLargeTrace(job.value(QLatin1String("id")).toInt(), 50 * 1024 * 1024);
            break;
        }
    }

    const QJsonObject failed = seeder.create(main, now.addSecs(-60 * 3600), QStringLiteral("push"));
    if (!failed.isEmpty()) {
        const int id = failed.value(QLatin1String("id")).toInt();
        engine->runInstantly(id, now.addSecs(-60 * 3600 + 3), {seeder.secondStageJob(id, false)});
    }

    // Passed with warnings: a job that may fail, fails.
    const QJsonObject warned = seeder.create(main, now.addSecs(-48 * 3600), QStringLiteral("web"), DemoConfig);
    if (!warned.isEmpty()) {
        const int id = warned.value(QLatin1String("id")).toInt();
        engine->runInstantly(id, now.addSecs(-48 * 3600 + 5), {seeder.secondStageJob(id, true)});
    }

    const QJsonObject canceled = seeder.create(main, now.addSecs(-40 * 3600), QStringLiteral("push"));
    if (!canceled.isEmpty()) {
        const int id = canceled.value(QLatin1String("id")).toInt();
        engine->runInstantly(id, now.addSecs(-40 * 3600 + 2), {}, seeder.stageOf(id, seeder.secondStageJob(id, false)));
    }

    {
        PipelineEngine::CreateRequest skipped;
        skipped.project = main;
        skipped.ref = main.value(QLatin1String("default_branch")).toString();
        skipped.source = QStringLiteral("push");
        skipped.user = user;
        skipped.at = now.addSecs(-30 * 3600);
        skipped.skipCi = true;
        engine->create(skipped);
    }

    const QJsonObject blocked = seeder.create(main, now.addSecs(-24 * 3600), QStringLiteral("web"), BlockedConfig);
    if (!blocked.isEmpty())
        engine->runInstantly(blocked.value(QLatin1String("id")).toInt(), now.addSecs(-24 * 3600 + 3));

    const QJsonObject delayed = seeder.create(main, now.addSecs(-20 * 3600), QStringLiteral("schedule"), DelayedConfig);
    if (!delayed.isEmpty())
        engine->runInstantly(delayed.value(QLatin1String("id")).toInt(), now.addSecs(-20 * 3600 + 1));

    const QJsonObject stuck = seeder.create(main, now.addSecs(-12 * 3600), QStringLiteral("web"), StuckConfig);
    if (!stuck.isEmpty())
        engine->runInstantly(stuck.value(QLatin1String("id")).toInt(), now.addSecs(-12 * 3600 + 1));

    const QJsonObject parent = seeder.create(main, now.addSecs(-6 * 3600), QStringLiteral("push"), ParentConfig,
                                             {{QStringLiteral("ci/docs.gitlab-ci.yml"), ChildConfig}});
    if (!parent.isEmpty())
        engine->runInstantly(parent.value(QLatin1String("id")).toInt(), now.addSecs(-6 * 3600 + 2));

    seeder.create(main, now.addSecs(-600), QStringLiteral("api"), {}, {}, true);

    // Other projects: a passed and a failed pipeline each.
    for (qsizetype i = 1; i < projects.size(); ++i) {
        const QJsonObject ok = seeder.create(projects.at(i), now.addSecs(-50 * 3600 + qint64(i) * 600), QStringLiteral("push"));
        if (!ok.isEmpty())
            engine->runInstantly(ok.value(QLatin1String("id")).toInt(), now.addSecs(-50 * 3600 + qint64(i) * 600 + 3));
        const QJsonObject broken = seeder.create(projects.at(i), now.addSecs(-8 * 3600 + qint64(i) * 600), QStringLiteral("push"));
        if (!broken.isEmpty()) {
            const int id = broken.value(QLatin1String("id")).toInt();
            engine->runInstantly(id, now.addSecs(-8 * 3600 + qint64(i) * 600 + 3), {seeder.secondStageJob(id, false)});
        }
    }

    // Running as the demo opens: long jobs, so the log visibly grows for a few minutes.
    const QJsonObject live = seeder.create(main, now.addSecs(-20), QStringLiteral("push"));
    if (!live.isEmpty()) {
        int ticks = 200;
        for (const QJsonObject &job : seeder.jobs(live.value(QLatin1String("id")).toInt())) {
            engine->setRunTicks(job.value(QLatin1String("id")).toInt(), ticks);
            ticks += 100;
        }
    }
    qCDebug(lcSandbox) << "demo pipelines seeded in" << elapsed.elapsed() << "ms";
}

} // namespace LabDesk::Sandbox
