#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace LabDesk::Sandbox {

class SandboxApi;

// include:project for a pipeline or a lint run by `user`: a file of another project of the
// sandbox, with GitLab's errors for a project the user cannot read, a missing ref or file.
std::function<std::optional<QByteArray>(const QString &project, const QString &ref, const QString &path,
                                        QString *error)>
projectFileReader(const SandboxApi &api, const QJsonObject &user);

// The simulated CI of one sandbox: creates pipelines from `.gitlab-ci.yml` (Ci::load/seed), moves
// their jobs through GitLab's states and writes the job logs. It never runs a script.
//
// Processing follows GitLab's atomic processing: a `created` job looks at the composite status of
// the earlier stages (or of its `needs`); once that is complete it is enqueued (pending), made
// `manual`, `scheduled`, or skipped according to its `when`. A pending build starts only when an
// online, unpaused runner can take it (tags, run_untagged, runner type and scope), so a job whose
// tags no runner has stays pending, as on GitLab. A running job's log grows over a few ticks of a
// 300 ms timer, then it succeeds or fails.
//
// Which jobs fail is deterministic: a job fails when a line of its `script` contains `exit N` with
// N other than 0, or the word "fail" (case-insensitive, as a whole word). Everything else succeeds.
//
// Records: "pipelines" and "jobs" in the store (see pipelines.cpp for their fields); logs are files
// under store.filesDir("traces"), appended while a job runs. Lives on the sandbox's thread, as a
// child of the Store, so it goes away with it.
class PipelineEngine : public QObject
{
    Q_OBJECT

public:
    PipelineEngine(SandboxApi &api, QObject *parent);
    ~PipelineEngine() override;

    // The engine of `api`'s store (registerPipelineRoutes creates it), or nullptr.
    static PipelineEngine *of(const SandboxApi &api);

    struct CreateRequest
    {
        QJsonObject project;
        QString ref;                       // branch or tag name
        QString source;                    // push, web, api, trigger, schedule, parent_pipeline, pipeline
        QJsonObject user;
        QJsonArray variables;              // [{key, value, variable_type}]
        QString beforeSha;                 // empty: 40 zeros
        QString sha;                       // empty: the ref's head
        bool saveOnErrors = false;         // a push keeps a failed pipeline with yaml_errors
        bool skipCi = false;               // "[ci skip]": a skipped pipeline without jobs
        int parentPipelineId = 0;          // child pipelines
        int parentBridgeId = 0;
        QStringList includes;              // child pipelines: the files making the configuration
        QHash<QString, QByteArray> files;  // demo only: files the repository does not have
        QDateTime at;                      // creation time; invalid: now
        bool frozen = false;               // demo only: keep every job `created`
    };
    struct CreateResult
    {
        QJsonObject pipeline;              // empty when nothing was created
        QStringList errors;                // GitLab's `base` messages
    };
    CreateResult create(const CreateRequest &request);

    // The job/pipeline actions of the API. Each returns the updated (or new) record.
    QJsonObject cancelPipeline(int pipelineId);
    QJsonObject retryPipeline(int pipelineId, const QJsonObject &user);
    void deletePipeline(int pipelineId);
    QJsonObject cancelJob(int jobId);
    // Empty with `error` set when the job cannot be retried / played.
    QJsonObject retryJob(int jobId, const QJsonObject &user, QString *error);
    QJsonObject playJob(int jobId, const QJsonObject &user, const QJsonArray &variables, QString *error);

    QString tracePath(int jobId) const;
    QByteArray trace(int jobId) const;

    // The commit as GitLab's Entities::Commit shows it (cached: commits never change), or empty.
    QJsonObject commit(int projectId, const QString &sha);

    // Demo seeding: runs a pipeline (and its children) to its natural end at once, on a virtual
    // clock starting at `start`; jobs named in `failing` fail, and with `cancelAtStage` the
    // pipeline is canceled once that stage is running. Logs are written whole.
    void runInstantly(int pipelineId, const QDateTime &start, const QStringList &failing = {},
                      const QString &cancelAtStage = {});
    // Demo seeding: makes a job's log the given size, written as a long realistic build log.
    void writeLargeTrace(int jobId, qint64 bytes);
    // How many timer ticks a job runs (demo: long jobs, so a pipeline is running when it starts).
    void setRunTicks(int jobId, int ticks);
    // Makes the timer pick up newly runnable work now (runners added, pipelines created).
    void wake();

private:
    QDateTime now() const;
    void tick();
    bool step(int pipelineId, const QDateTime &now, bool instant);
    bool process(int pipelineId, const QDateTime &now);
    void updatePipelineStatus(int pipelineId, const QDateTime &now);
    QList<QJsonObject> latestJobs(int pipelineId) const;
    QJsonObject findRunner(const QJsonObject &job, const QDateTime &now) const;
    void startJob(QJsonObject job, const QJsonObject &runner, const QDateTime &now);
    void advanceJob(QJsonObject job, const QDateTime &now);
    void finishJob(QJsonObject job, const QDateTime &finishedAt);
    void startBridge(QJsonObject bridge, const QDateTime &now);
    void followDownstream(QJsonObject bridge, const QDateTime &now);
    void cancelJobRecord(QJsonObject job, const QDateTime &now);
    QJsonObject cloneForRetry(QJsonObject job, const QJsonObject &user, const QString &status, const QDateTime &now);
    void resetSkippedAfter(const QJsonObject &job);
    void putJob(const QJsonObject &job);
    void putPipeline(const QJsonObject &pipeline);
    void activate(int pipelineId);
    void freeze(int pipelineId);

    struct Log
    {
        QList<QByteArray> parts;           // written one per tick while running
        QByteArray ending;                 // written when the job finishes
        int written = 0;
    };
    Log &logFor(const QJsonObject &job);
    Log buildLog(const QJsonObject &job) const;
    void appendTrace(int jobId, const QByteArray &bytes) const;

    SandboxApi &m_api;
    QTimer m_timer;
    QSet<int> m_active;                    // pipelines that may still change
    QHash<int, Log> m_logs;                // running jobs' logs
    QHash<int, int> m_ticks;               // running jobs' ticks so far
    QHash<QString, QJsonObject> m_commits; // "project:sha"
};

} // namespace LabDesk::Sandbox
