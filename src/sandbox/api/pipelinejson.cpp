#include "pipelinejson.h"

#include "ciconfig.h"
#include "pipelineengine.h"
#include "sandbox/sandboxapi.h"

#include <QJsonArray>

#include <algorithm>

namespace LabDesk::Sandbox {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

QJsonValue orNull(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

QString projectPathOf(const SandboxApi &api, int projectId)
{
    return api.projectFullPath(api.store.get(QStringLiteral("projects"), projectId));
}

bool hasWarnings(const SandboxApi &api, int pipelineId)
{
    for (const QJsonObject &job : api.store.where(QStringLiteral("jobs"), QStringLiteral("pipeline_id"), pipelineId)) {
        if (!job.value(QLatin1String("retried")).toBool() && job.value(QLatin1String("allow_failure")).toBool()
            && (str(job, "status") == QLatin1String("failed") || str(job, "status") == QLatin1String("canceled")))
            return true;
    }
    return false;
}

// Gitlab::Ci::Status::* as DetailedStatusEntity shows them for a pipeline.
QJsonObject detailedStatus(const SandboxApi &api, const QJsonObject &pipeline)
{
    struct Look
    {
        const char *status;
        const char *icon;
        const char *text;  // lower case before 16.4, capitalised since (CiStatusText)
        const char *label;
        const char *group;
        const char *favicon;
    };
    static const Look looks[] = {
        {"created", "status_created", "created", "created", "created", "favicon_status_created"},
        {"waiting_for_resource", "status_pending", "waiting", "waiting for resource", "waiting-for-resource", "favicon_status_pending"},
        {"preparing", "status_preparing", "preparing", "preparing", "preparing", "favicon_status_preparing"},
        {"pending", "status_pending", "pending", "pending", "pending", "favicon_status_pending"},
        {"running", "status_running", "running", "running", "running", "favicon_status_running"},
        {"success", "status_success", "passed", "passed", "success", "favicon_status_success"},
        {"failed", "status_failed", "failed", "failed", "failed", "favicon_status_failed"},
        {"canceled", "status_canceled", "canceled", "canceled", "canceled", "favicon_status_canceled"},
        {"skipped", "status_skipped", "skipped", "skipped", "skipped", "favicon_status_skipped"},
        {"manual", "status_manual", "blocked", "waiting for manual action", "manual", "favicon_status_manual"},
        {"scheduled", "status_scheduled", "delayed", "waiting for delayed job", "scheduled", "favicon_status_scheduled"},
    };
    const QString status = str(pipeline, "status");
    const Look *look = &looks[0];
    for (const Look &l : looks) {
        if (status == QLatin1String(l.status))
            look = &l;
    }
    QString icon = QString::fromLatin1(look->icon);
    QString text = QString::fromLatin1(look->text);
    QString label = QString::fromLatin1(look->label);
    QString group = QString::fromLatin1(look->group);
    const bool capitalised = Ci::versionCode(api.versionString) >= 1604;
    if (status == QLatin1String("success") && hasWarnings(api, num(pipeline, "id"))) {
        icon = QStringLiteral("status_warning");
        text = capitalised ? QStringLiteral("warning") : QStringLiteral("passed");
        label = QStringLiteral("passed with warnings");
        group = QStringLiteral("success-with-warnings");
    }
    if (capitalised && !text.isEmpty())
        text[0] = text.at(0).toUpper();
    const QString path = QLatin1Char('/') + projectPathOf(api, num(pipeline, "project_id")) + QStringLiteral("/-/pipelines/")
                         + QString::number(num(pipeline, "id"));
    return {
        {QStringLiteral("icon"), icon},
        {QStringLiteral("text"), text},
        {QStringLiteral("label"), label},
        {QStringLiteral("group"), group},
        {QStringLiteral("tooltip"), label},
        {QStringLiteral("has_details"), true},
        {QStringLiteral("details_path"), path},
        {QStringLiteral("illustration"), QJsonValue::Null},
        {QStringLiteral("favicon"), QStringLiteral("/assets/ci_favicons/%1.png").arg(QString::fromLatin1(look->favicon))},
    };
}

// Entities::User: UserBasic with the public profile fields.
QJsonValue userJson(const SandboxApi &api, int userId)
{
    const QJsonObject user = api.store.get(QStringLiteral("users"), userId);
    if (user.isEmpty())
        return QJsonValue::Null;
    const QJsonObject full = api.userFull(user, false);
    QJsonObject out = api.userBasic(user);
    for (const char *key : {"created_at", "bio", "location", "public_email", "skype", "linkedin", "twitter", "discord",
                            "website_url", "organization", "job_title", "pronouns", "bot", "work_information", "followers",
                            "following", "is_followed", "local_time"})
        out.insert(QString::fromLatin1(key), orNull(full, key));
    return out;
}

QString runnerStatus(const SandboxApi &api, const QJsonObject &runner)
{
    const QDateTime contacted = QDateTime::fromString(str(runner, "contacted_at"), Qt::ISODateWithMs);
    const QDateTime now = api.currentTime();
    if (runner.value(QLatin1String("_always_online")).toBool() || (contacted.isValid() && contacted.secsTo(now) < 2 * 3600))
        return QStringLiteral("online");
    if (!contacted.isValid())
        return QStringLiteral("never_contacted");
    return contacted.daysTo(now) > 7 ? QStringLiteral("stale") : QStringLiteral("offline");
}

QJsonValue runnerJson(const SandboxApi &api, int runnerId)
{
    const QJsonObject runner = api.store.get(QStringLiteral("runners"), runnerId);
    if (runner.isEmpty())
        return QJsonValue::Null;
    const QString status = runnerStatus(api, runner);
    const bool paused = runner.value(QLatin1String("paused")).toBool();
    return QJsonObject{
        {QStringLiteral("id"), runnerId},
        {QStringLiteral("description"), str(runner, "description")},
        {QStringLiteral("ip_address"), runner.value(QLatin1String("ip_address")).toString(QStringLiteral("127.0.0.1"))},
        {QStringLiteral("active"), !paused},
        {QStringLiteral("paused"), paused},
        {QStringLiteral("is_shared"), str(runner, "runner_type") == QLatin1String("instance_type")},
        {QStringLiteral("runner_type"), str(runner, "runner_type")},
        {QStringLiteral("name"), orNull(runner, "name")},
        {QStringLiteral("online"), status == QLatin1String("online")},
        {QStringLiteral("status"), status},
    };
}

QJsonValue runnerManagerJson(const SandboxApi &api, int managerId)
{
    const QJsonObject manager = api.store.get(QStringLiteral("runner_managers"), managerId);
    if (manager.isEmpty())
        return QJsonValue::Null;
    const QJsonObject runner = api.store.get(QStringLiteral("runners"), num(manager, "runner_id"));
    return QJsonObject{
        {QStringLiteral("id"), managerId},
        {QStringLiteral("system_id"), str(manager, "system_id")},
        {QStringLiteral("version"), manager.value(QLatin1String("version")).toString(QStringLiteral("17.5.0"))},
        {QStringLiteral("revision"), manager.value(QLatin1String("revision")).toString(QStringLiteral("66a723c3"))},
        {QStringLiteral("platform"), manager.value(QLatin1String("platform")).toString(QStringLiteral("linux"))},
        {QStringLiteral("architecture"), manager.value(QLatin1String("architecture")).toString(QStringLiteral("amd64"))},
        {QStringLiteral("created_at"), orNull(manager, "created_at")},
        {QStringLiteral("contacted_at"), orNull(manager, "contacted_at")},
        {QStringLiteral("ip_address"), manager.value(QLatin1String("ip_address")).toString(QStringLiteral("127.0.0.1"))},
        {QStringLiteral("status"), manager.contains(QLatin1String("status")) ? str(manager, "status") : runnerStatus(api, runner)},
    };
}

// Running jobs' durations and pending jobs' queue times count up, as GitLab computes them live.
QJsonValue liveSeconds(const SandboxApi &api, const QJsonObject &job, const char *from, const char *to)
{
    const QDateTime start = QDateTime::fromString(str(job, from), Qt::ISODateWithMs);
    if (!start.isValid())
        return QJsonValue::Null;
    QDateTime end = QDateTime::fromString(str(job, to), Qt::ISODateWithMs);
    if (!end.isValid())
        end = api.currentTime();
    return qMax<qint64>(0, start.msecsTo(end)) / 1000.0;
}

QJsonObject jobBasic(const SandboxApi &api, const QJsonObject &job)
{
    const int projectId = num(job, "project_id");
    const QString path = projectPathOf(api, projectId);
    const QJsonObject pipeline = api.store.get(QStringLiteral("pipelines"), num(job, "pipeline_id"));
    PipelineEngine *engine = PipelineEngine::of(api);
    const QJsonObject commit = engine ? engine->commit(projectId, str(job, "sha")) : QJsonObject();
    QJsonObject out{
        {QStringLiteral("id"), num(job, "id")},
        {QStringLiteral("status"), str(job, "status")},
        {QStringLiteral("stage"), str(job, "stage")},
        {QStringLiteral("name"), str(job, "name")},
        {QStringLiteral("ref"), str(job, "ref")},
        {QStringLiteral("tag"), job.value(QLatin1String("tag")).toBool()},
        {QStringLiteral("coverage"), orNull(job, "coverage")},
        {QStringLiteral("allow_failure"), job.value(QLatin1String("allow_failure")).toBool()},
        {QStringLiteral("created_at"), str(job, "created_at")},
        {QStringLiteral("started_at"), orNull(job, "started_at")},
        {QStringLiteral("finished_at"), orNull(job, "finished_at")},
        {QStringLiteral("erased_at"), orNull(job, "erased_at")},
        {QStringLiteral("duration"), liveSeconds(api, job, "started_at", "finished_at")},
        {QStringLiteral("queued_duration"), liveSeconds(api, job, "queued_at", "started_at")},
        {QStringLiteral("user"), userJson(api, num(job, "user_id"))},
        {QStringLiteral("commit"), commit.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(commit)},
        {QStringLiteral("pipeline"), pipelineBasicJson(api, pipeline)},
        {QStringLiteral("web_url"), api.webUrl(path + QStringLiteral("/-/jobs/") + QString::number(num(job, "id")))},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("ci_job_token_scope_enabled"), false}}},
    };
    if (str(job, "status") == QLatin1String("failed"))
        out.insert(QStringLiteral("failure_reason"), job.value(QLatin1String("failure_reason")).toString(QStringLiteral("script_failure")));
    return out;
}

} // namespace

QJsonObject pipelineBasicJson(const SandboxApi &api, const QJsonObject &pipeline, bool withName)
{
    const int id = num(pipeline, "id");
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("iid"), num(pipeline, "iid")},
        {QStringLiteral("project_id"), num(pipeline, "project_id")},
        {QStringLiteral("sha"), str(pipeline, "sha")},
        {QStringLiteral("ref"), str(pipeline, "ref")},
        {QStringLiteral("status"), str(pipeline, "status")},
        {QStringLiteral("source"), str(pipeline, "source")},
        {QStringLiteral("created_at"), str(pipeline, "created_at")},
        {QStringLiteral("updated_at"), str(pipeline, "updated_at")},
        {QStringLiteral("web_url"), api.webUrl(projectPathOf(api, num(pipeline, "project_id")) + QStringLiteral("/-/pipelines/")
                                               + QString::number(id))},
    };
    if (withName && Ci::versionCode(api.versionString) >= 1603)
        out.insert(QStringLiteral("name"), orNull(pipeline, "name"));
    return out;
}

QJsonObject pipelineJson(const SandboxApi &api, const QJsonObject &pipeline, bool withName)
{
    QJsonObject out = pipelineBasicJson(api, pipeline, withName);
    const QJsonObject user = api.store.get(QStringLiteral("users"), num(pipeline, "user_id"));
    out.insert(QStringLiteral("before_sha"), orNull(pipeline, "before_sha"));
    out.insert(QStringLiteral("tag"), pipeline.value(QLatin1String("tag")).toBool());
    out.insert(QStringLiteral("yaml_errors"), orNull(pipeline, "yaml_errors"));
    out.insert(QStringLiteral("user"), user.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(api.userBasic(user)));
    out.insert(QStringLiteral("started_at"), orNull(pipeline, "started_at"));
    out.insert(QStringLiteral("finished_at"), orNull(pipeline, "finished_at"));
    out.insert(QStringLiteral("committed_at"), orNull(pipeline, "committed_at"));
    out.insert(QStringLiteral("duration"), orNull(pipeline, "duration"));
    out.insert(QStringLiteral("queued_duration"), orNull(pipeline, "queued_duration"));
    out.insert(QStringLiteral("coverage"), orNull(pipeline, "coverage"));
    out.insert(QStringLiteral("detailed_status"), detailedStatus(api, pipeline));
    return out;
}

QJsonObject jobJson(const SandboxApi &api, const QJsonObject &job)
{
    QJsonObject out = jobBasic(api, job);
    QStringList tags;
    for (const QJsonValue &tag : job.value(QLatin1String("tag_list")).toArray())
        tags << tag.toString();
    std::sort(tags.begin(), tags.end());
    out.insert(QStringLiteral("artifacts"), QJsonArray());
    out.insert(QStringLiteral("runner"), runnerJson(api, num(job, "runner_id")));
    out.insert(QStringLiteral("runner_manager"), runnerManagerJson(api, num(job, "runner_manager_id")));
    out.insert(QStringLiteral("artifacts_expire_at"), orNull(job, "artifacts_expire_at"));
    out.insert(QStringLiteral("archived"), job.value(QLatin1String("archived")).toBool());
    out.insert(QStringLiteral("tag_list"), QJsonArray::fromStringList(tags));
    return out;
}

QJsonObject bridgeJson(const SandboxApi &api, const QJsonObject &bridge)
{
    QJsonObject out = jobBasic(api, bridge);
    const QJsonObject downstream = api.store.get(QStringLiteral("pipelines"), num(bridge, "downstream_pipeline_id"));
    out.insert(QStringLiteral("downstream_pipeline"),
               downstream.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pipelineBasicJson(api, downstream)));
    return out;
}

} // namespace LabDesk::Sandbox
