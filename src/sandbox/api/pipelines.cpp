// Pipelines, jobs, job traces and CI lint, with simulated execution (PipelineEngine) and the demo's
// pipelines.
//
// Records (fields starting with "_" are private):
//   pipelines: {id, iid, project_id, sha, before_sha, ref, tag, status, source, name, user_id,
//               created_at, updated_at, started_at, finished_at, committed_at, duration,
//               queued_duration, coverage, yaml_errors, failure_reason, _variables [{key, value,
//               variable_type}], _parent_pipeline_id, _parent_bridge_id, _files, _frozen}
//   jobs:      {id, pipeline_id, project_id, type "Ci::Build"|"Ci::Bridge", name, stage, stage_idx,
//               status, ref, tag, sha, user_id, when, allow_failure, tag_list, scheduling_type
//               "stage"|"dag", needs [names], created_at, queued_at, started_at, finished_at,
//               erased_at, duration, queued_duration, scheduled_at, runner_id, runner_manager_id,
//               failure_reason, retried, archived, artifacts_expire_at, environment, coverage,
//               downstream_pipeline_id (bridges), _script, _before_script, _after_script, _image,
//               _start_in, _will_fail, _run_ticks, _job_variables, _trigger_*}
#include "modules.h"

#include "ciconfig.h"
#include "pipelineengine.h"
#include "pipelinejson.h"
#include "sandbox/sandboxapi.h"

#include <QJsonDocument>

#include <algorithm>

namespace LabDesk::Sandbox {

namespace {

const QString Pipelines = QStringLiteral("pipelines");
const QString Jobs = QStringLiteral("jobs");
const QString ZeroSha = QStringLiteral("0000000000000000000000000000000000000000");

// Ci::HasStatus::AVAILABLE_STATUSES
const QStringList Statuses{
    QStringLiteral("created"), QStringLiteral("waiting_for_resource"), QStringLiteral("preparing"),
    QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("success"), QStringLiteral("failed"),
    QStringLiteral("canceled"), QStringLiteral("skipped"), QStringLiteral("manual"), QStringLiteral("scheduled"),
};
// Ci::Pipeline.sources
const QStringList Sources{
    QStringLiteral("unknown"), QStringLiteral("push"), QStringLiteral("web"), QStringLiteral("trigger"),
    QStringLiteral("schedule"), QStringLiteral("api"), QStringLiteral("external"), QStringLiteral("pipeline"),
    QStringLiteral("chat"), QStringLiteral("webide"), QStringLiteral("merge_request_event"),
    QStringLiteral("external_pull_request_event"), QStringLiteral("parent_pipeline"),
    QStringLiteral("ondemand_dast_scan"), QStringLiteral("ondemand_dast_validation"),
    QStringLiteral("security_orchestration_policy"), QStringLiteral("container_registry_push"),
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

HttpResponse notValid(const QString &parameter)
{
    return Errors::error(400, QStringLiteral("%1 does not have a valid value").arg(parameter));
}

// The project named by :id, when the caller may read it; otherwise GitLab's 404.
bool readableProject(const SandboxApi &api, const ApiRequest &request, QJsonObject *project, HttpResponse *error)
{
    *project = api.findProject(request.pathParam(QStringLiteral("id")));
    if (project->isEmpty() || !api.canReadProject(request.user, *project)) {
        *error = Errors::notFound(QStringLiteral("Project"));
        return false;
    }
    return true;
}

bool projectWithAccess(const SandboxApi &api, const ApiRequest &request, int level, QJsonObject *project,
                       HttpResponse *error)
{
    if (!readableProject(api, request, project, error))
        return false;
    if (api.projectAccess(request.user, *project) < level) {
        *error = Errors::forbidden();
        return false;
    }
    return true;
}

// A record of `collection` by :param that belongs to the project; ActiveRecord's 404 otherwise.
bool recordInProject(const SandboxApi &api, const ApiRequest &request, const QString &collection, const QString &param,
                     const QJsonObject &project, QJsonObject *record, HttpResponse *error)
{
    bool ok = false;
    const int id = request.pathParam(param).toInt(&ok);
    *record = ok ? api.store.get(collection, id) : QJsonObject();
    if (record->isEmpty() || num(*record, "project_id") != num(project, "id")) {
        *error = ok ? Errors::notFound() : Errors::invalid(param);
        return false;
    }
    return true;
}

bool isChild(const QJsonObject &pipeline)
{
    return str(pipeline, "source") == QLatin1String("parent_pipeline");
}

// The sandbox speaks GitLab's JSON; a sort key per `order_by` keeps the comparisons in one place.
QVariant sortKey(const QJsonObject &pipeline, const QString &orderBy)
{
    if (orderBy == QLatin1String("status") || orderBy == QLatin1String("ref") || orderBy == QLatin1String("updated_at"))
        return pipeline.value(orderBy).toString();
    if (orderBy == QLatin1String("user_id"))
        return num(pipeline, "user_id");
    return num(pipeline, "id");
}

HttpResponse listPipelines(SandboxApi &api, ApiRequest &request)
{
    QJsonObject project;
    HttpResponse error;
    if (!readableProject(api, request, &project, &error))
        return error;
    const QString scope = request.string(QStringLiteral("scope"));
    const QString status = request.string(QStringLiteral("status"));
    const QString source = request.string(QStringLiteral("source"));
    const QString orderBy = request.string(QStringLiteral("order_by"), QStringLiteral("id"));
    const QString sort = request.string(QStringLiteral("sort"), QStringLiteral("desc"));
    if (!scope.isEmpty() && !QStringList{QStringLiteral("running"), QStringLiteral("pending"), QStringLiteral("finished"),
                                         QStringLiteral("branches"), QStringLiteral("tags")}.contains(scope))
        return notValid(QStringLiteral("scope"));
    if (!status.isEmpty() && !Statuses.contains(status))
        return notValid(QStringLiteral("status"));
    if (!source.isEmpty() && !Sources.contains(source))
        return notValid(QStringLiteral("source"));
    if (!QStringList{QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("ref"), QStringLiteral("updated_at"),
                     QStringLiteral("user_id")}.contains(orderBy))
        return notValid(QStringLiteral("order_by"));
    if (sort != QLatin1String("asc") && sort != QLatin1String("desc"))
        return notValid(QStringLiteral("sort"));

    QHash<QString, QDateTime> bounds;
    for (const char *key : {"updated_after", "updated_before", "created_after", "created_before"}) {
        const QString name = QString::fromLatin1(key);
        if (!request.has(name))
            continue;
        const QDateTime time = QDateTime::fromString(request.string(name), Qt::ISODateWithMs);
        if (!time.isValid())
            return Errors::invalid(name);
        bounds.insert(name, time);
    }
    const QString ref = request.string(QStringLiteral("ref"));
    const QString sha = request.string(QStringLiteral("sha"));
    const QString name = request.string(QStringLiteral("name"));
    const QString username = request.string(QStringLiteral("username"));
    const int userId = username.isEmpty() ? 0 : num(api.findUser(username), "id");
    const bool childrenListed = source == QLatin1String("parent_pipeline") && Ci::versionCode(api.versionString) >= 1700;

    QList<QJsonObject> pipelines = api.store.where(Pipelines, QStringLiteral("project_id"), num(project, "id"));
    // scope=branches|tags: the latest pipeline of each branch or tag.
    QHash<QString, int> latestPerRef;
    for (const QJsonObject &p : std::as_const(pipelines)) {
        if (isChild(p))
            continue;
        const QString key = (p.value(QLatin1String("tag")).toBool() ? QStringLiteral("t:") : QStringLiteral("b:")) + str(p, "ref");
        latestPerRef.insert(key, qMax(latestPerRef.value(key), num(p, "id")));
    }
    QList<QJsonObject> selected;
    for (const QJsonObject &p : std::as_const(pipelines)) {
        if (isChild(p) != childrenListed)
            continue;
        const QString s = str(p, "status");
        if (scope == QLatin1String("running") && s != QLatin1String("running"))
            continue;
        if (scope == QLatin1String("pending") && s != QLatin1String("pending"))
            continue;
        if (scope == QLatin1String("finished")
            && !QStringList{QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("canceled"), QStringLiteral("skipped")}.contains(s))
            continue;
        if (scope == QLatin1String("branches") || scope == QLatin1String("tags")) {
            const bool tag = p.value(QLatin1String("tag")).toBool();
            if (tag != (scope == QLatin1String("tags"))
                || latestPerRef.value((tag ? QStringLiteral("t:") : QStringLiteral("b:")) + str(p, "ref")) != num(p, "id"))
                continue;
        }
        if (!status.isEmpty() && s != status)
            continue;
        if (!source.isEmpty() && str(p, "source") != source)
            continue;
        if (!ref.isEmpty() && str(p, "ref") != ref)
            continue;
        if (!sha.isEmpty() && str(p, "sha") != sha)
            continue;
        if (!name.isEmpty() && str(p, "name") != name)
            continue;
        if (!username.isEmpty() && (userId == 0 || num(p, "user_id") != userId))
            continue;
        if (request.has(QStringLiteral("yaml_errors"))
            && request.boolean(QStringLiteral("yaml_errors")) == p.value(QLatin1String("yaml_errors")).isNull())
            continue;
        const QDateTime updated = QDateTime::fromString(str(p, "updated_at"), Qt::ISODateWithMs);
        const QDateTime created = QDateTime::fromString(str(p, "created_at"), Qt::ISODateWithMs);
        if (bounds.contains(QStringLiteral("updated_after")) && !(updated > bounds.value(QStringLiteral("updated_after"))))
            continue;
        if (bounds.contains(QStringLiteral("updated_before")) && !(updated < bounds.value(QStringLiteral("updated_before"))))
            continue;
        if (bounds.contains(QStringLiteral("created_after")) && !(created > bounds.value(QStringLiteral("created_after"))))
            continue;
        if (bounds.contains(QStringLiteral("created_before")) && !(created < bounds.value(QStringLiteral("created_before"))))
            continue;
        selected.append(p);
    }
    const bool ascending = sort == QLatin1String("asc");
    std::stable_sort(selected.begin(), selected.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const QVariant ka = sortKey(a, orderBy);
        const QVariant kb = sortKey(b, orderBy);
        if (ka != kb)
            return ascending ? QVariant::compare(ka, kb) < 0 : QVariant::compare(ka, kb) > 0;
        return ascending ? num(a, "id") < num(b, "id") : num(a, "id") > num(b, "id");
    });
    QJsonArray out;
    for (const QJsonObject &p : std::as_const(selected))
        out.append(pipelineBasicJson(api, p, true));
    return paginate(api, request, out);
}

HttpResponse createPipeline(SandboxApi &api, PipelineEngine *engine, ApiRequest &request)
{
    QJsonObject project;
    HttpResponse error;
    if (!projectWithAccess(api, request, AccessLevel::Developer, &project, &error))
        return error;
    if (request.string(QStringLiteral("ref")).isEmpty())
        return Errors::missing(QStringLiteral("ref"));
    QJsonArray variables;
    const QJsonArray given = request.params.value(QLatin1String("variables")).toArray();
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QJsonObject variable = given.at(i).toObject();
        const QString type = variable.value(QLatin1String("variable_type")).toString(QStringLiteral("env_var"));
        if (type != QLatin1String("env_var") && type != QLatin1String("file"))
            return notValid(QStringLiteral("variables[%1][variable_type]").arg(i));
        variables.append(QJsonObject{
            {QStringLiteral("key"), variable.value(QLatin1String("key")).toString()},
            {QStringLiteral("value"), variable.value(QLatin1String("value")).toVariant().toString()},
            {QStringLiteral("variable_type"), type},
        });
    }
    PipelineEngine::CreateRequest create;
    create.project = project;
    create.ref = request.string(QStringLiteral("ref"));
    create.source = QStringLiteral("api");
    create.user = request.user;
    create.variables = variables;
    const PipelineEngine::CreateResult result = engine->create(create);
    if (result.pipeline.isEmpty())
        return Errors::validation(QJsonObject{{QStringLiteral("base"), QJsonArray::fromStringList(result.errors)}});
    return HttpResponse::json(201, pipelineJson(api, result.pipeline));
}

HttpResponse latestPipeline(SandboxApi &api, ApiRequest &request)
{
    QJsonObject project;
    HttpResponse error;
    if (!readableProject(api, request, &project, &error))
        return error;
    const QString ref = request.string(QStringLiteral("ref"), str(project, "default_branch"));
    const int projectId = num(project, "id");
    QString sha = api.resolveRef(projectId, QStringLiteral("refs/heads/") + ref);
    if (sha.isEmpty())
        sha = api.resolveRef(projectId, QStringLiteral("refs/tags/") + ref);
    QJsonObject latest;
    for (const QJsonObject &p : api.store.where(Pipelines, QStringLiteral("project_id"), projectId)) {
        if (isChild(p) || str(p, "ref") != ref || sha.isEmpty() || str(p, "sha") != sha)
            continue;
        if (latest.isEmpty() || num(p, "id") > num(latest, "id"))
            latest = p;
    }
    // No pipeline for the ref's head commit: GitLab's authorize! on nil answers 403.
    if (latest.isEmpty())
        return Errors::forbidden();
    return HttpResponse::json(200, pipelineJson(api, latest, true));
}

QStringList scopeFilter(const ApiRequest &request, bool *valid)
{
    const QStringList scope = request.list(QStringLiteral("scope"));
    *valid = std::all_of(scope.cbegin(), scope.cend(), [](const QString &s) { return Statuses.contains(s); });
    return scope;
}

HttpResponse pipelineJobs(SandboxApi &api, ApiRequest &request, bool bridges)
{
    QJsonObject project;
    QJsonObject pipeline;
    HttpResponse error;
    if (!readableProject(api, request, &project, &error)
        || !recordInProject(api, request, Pipelines, QStringLiteral("pipeline_id"), project, &pipeline, &error))
        return error;
    bool valid = true;
    const QStringList scope = scopeFilter(request, &valid);
    if (!valid)
        return notValid(QStringLiteral("scope"));
    const bool includeRetried = !bridges && request.boolean(QStringLiteral("include_retried"));
    QList<QJsonObject> jobs = api.store.where(Jobs, QStringLiteral("pipeline_id"), num(pipeline, "id"));
    std::sort(jobs.begin(), jobs.end(), [](const QJsonObject &a, const QJsonObject &b) { return num(a, "id") > num(b, "id"); });
    QJsonArray out;
    for (const QJsonObject &job : std::as_const(jobs)) {
        if ((str(job, "type") == QLatin1String("Ci::Bridge")) != bridges)
            continue;
        if (job.value(QLatin1String("retried")).toBool() && !includeRetried)
            continue;
        if (!scope.isEmpty() && !scope.contains(str(job, "status")))
            continue;
        out.append(bridges ? bridgeJson(api, job) : jobJson(api, job));
    }
    return paginate(api, request, out);
}

HttpResponse projectJobs(SandboxApi &api, ApiRequest &request)
{
    QJsonObject project;
    HttpResponse error;
    if (!readableProject(api, request, &project, &error))
        return error;
    bool valid = true;
    const QStringList scope = scopeFilter(request, &valid);
    if (!valid)
        return notValid(QStringLiteral("scope"));
    QList<QJsonObject> jobs = api.store.where(Jobs, QStringLiteral("project_id"), num(project, "id"));
    std::sort(jobs.begin(), jobs.end(), [](const QJsonObject &a, const QJsonObject &b) { return num(a, "id") > num(b, "id"); });
    QJsonArray out;
    for (const QJsonObject &job : std::as_const(jobs)) {
        if (str(job, "type") == QLatin1String("Ci::Bridge"))
            continue;
        if (!scope.isEmpty() && !scope.contains(str(job, "status")))
            continue;
        out.append(jobJson(api, job));
    }
    // GitLab counts nothing for this list (paginator without_count): no x-total, no rel="last".
    return paginate(api, request, out, PageOptions{false});
}

HttpResponse jobResponse(SandboxApi &api, int status, const QJsonObject &job)
{
    return HttpResponse::json(status, str(job, "type") == QLatin1String("Ci::Bridge") ? bridgeJson(api, job) : jobJson(api, job));
}

// --- CI lint -------------------------------------------------------------------------------------

struct LintOptions
{
    bool dryRun = false;
    bool includeJobs = false;
    QString ref;
};

QJsonObject lint(SandboxApi &api, const QJsonObject &project, const QByteArray &content, const QString &sha,
                 const LintOptions &options, const QJsonObject &user)
{
    const int version = Ci::versionCode(api.versionString);
    const int projectId = num(project, "id");
    Ci::Source source;
    source.projectPath = project.isEmpty() ? QString() : api.projectFullPath(project);
    source.sha = sha;
    source.webBase = api.baseUrl.toString();
    source.version = version;
    source.readProjectFile = projectFileReader(api, user);
    if (!project.isEmpty()) {
        source.readFile = [&api, projectId, sha](const QString &path) -> std::optional<QByteArray> {
            bool found = false;
            const QByteArray text = sha.isEmpty() ? QByteArray() : api.readRepositoryFile(projectId, sha, path, &found);
            return found ? std::optional<QByteArray>(text) : std::nullopt;
        };
    }
    const Ci::Config config = Ci::load(content, source);
    QStringList errors = config.errors;
    QJsonArray jobs = Ci::lintJobs(config);
    if (options.dryRun && config.isValid() && !project.isEmpty()) {
        Ci::Context context;
        context.ref = options.ref;
        context.source = QStringLiteral("push");
        context.projectPath = source.projectPath;
        context.variables = Ci::predefinedVariables(options.ref, false, context.source, sha,
                                                    str(project, "default_branch"), source.projectPath);
        for (const auto &[key, value] : config.variables) {
            if (!context.variables.contains(key))
                context.variables.insert(key, value);
        }
        const Ci::Seed seed = Ci::seed(config, context, version);
        if (!seed.error.isEmpty())
            errors << seed.error;
        jobs = seed.error.isEmpty() ? Ci::dryRunJobs(config, seed) : QJsonArray();
    }
    QJsonObject out{
        {QStringLiteral("valid"), errors.isEmpty()},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(config.warnings)},
        {QStringLiteral("merged_yaml"), config.parsed ? QJsonValue(QString::fromUtf8(Ci::dumpYaml(config.merged, version < 1600)))
                                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("includes"), config.parsed ? QJsonValue(config.includes) : QJsonValue(QJsonValue::Null)},
    };
    if (options.includeJobs)
        out.insert(QStringLiteral("jobs"), jobs);
    return out;
}

HttpResponse lintContent(SandboxApi &api, ApiRequest &request)
{
    QJsonObject project;
    HttpResponse error;
    if (!projectWithAccess(api, request, AccessLevel::Developer, &project, &error))
        return error;
    if (!request.has(QStringLiteral("content")))
        return Errors::missing(QStringLiteral("content"));
    LintOptions options;
    options.dryRun = request.boolean(QStringLiteral("dry_run"));
    options.includeJobs = request.boolean(QStringLiteral("include_jobs"));
    options.ref = request.string(QStringLiteral("ref"), str(project, "default_branch"));
    const QString sha
        = api.resolveRef(num(project, "id"), QStringLiteral("refs/heads/") + str(project, "default_branch"));
    return HttpResponse::json(
        200, lint(api, project, request.string(QStringLiteral("content")).toUtf8(), sha, options, request.user));
}

HttpResponse lintProject(SandboxApi &api, ApiRequest &request)
{
    QJsonObject project;
    HttpResponse error;
    if (!readableProject(api, request, &project, &error))
        return error;
    const int projectId = num(project, "id");
    const QString head = api.resolveRef(projectId, QStringLiteral("refs/heads/") + str(project, "default_branch"));
    if (head.isEmpty() && api.resolveRef(projectId, QStringLiteral("HEAD")).isEmpty())
        return Errors::notFound(QStringLiteral("Repository"));
    QString contentRef = request.string(QStringLiteral("content_ref"), request.string(QStringLiteral("sha")));
    if (request.has(QStringLiteral("content_ref")) && request.has(QStringLiteral("sha")))
        return Errors::error(400, QStringLiteral("sha, content_ref are mutually exclusive"));
    const QString sha = contentRef.isEmpty() ? head : api.resolveRef(projectId, contentRef);
    if (sha.isEmpty())
        return Errors::notFound(QStringLiteral("Commit"));
    QString path = str(project, "ci_config_path");
    if (path.isEmpty())
        path = QStringLiteral(".gitlab-ci.yml");
    bool found = false;
    const QByteArray content = api.readRepositoryFile(projectId, sha, path, &found);
    LintOptions options;
    options.dryRun = request.boolean(QStringLiteral("dry_run"));
    options.includeJobs = request.boolean(QStringLiteral("include_jobs"));
    options.ref = request.string(QStringLiteral("dry_run_ref"),
                                 request.string(QStringLiteral("ref"), str(project, "default_branch")));
    return HttpResponse::json(200, lint(api, project, found ? content : QByteArray(), sha, options, request.user));
}

// GitLab before 16.0 had a global lint without project context; 16.0 removed it.
HttpResponse lintGlobal(SandboxApi &api, ApiRequest &request)
{
    if (Ci::versionCode(api.versionString) >= 1600)
        return Errors::routeNotFound();
    if (!request.has(QStringLiteral("content")))
        return Errors::missing(QStringLiteral("content"));
    LintOptions options;
    options.includeJobs = request.boolean(QStringLiteral("include_jobs"));
    QJsonObject out = lint(api, {}, request.string(QStringLiteral("content")).toUtf8(), {}, options, request.user);
    out.insert(QStringLiteral("status"),
               out.value(QLatin1String("valid")).toBool() ? QStringLiteral("valid") : QStringLiteral("invalid"));
    if (!request.boolean(QStringLiteral("include_merged_yaml")))
        out.remove(QStringLiteral("merged_yaml"));
    return HttpResponse::json(200, out);
}

// --- push hook -----------------------------------------------------------------------------------

void onPush(SandboxApi &api, PipelineEngine *engine, const QJsonObject &project, const QString &ref,
            const QString &before, const QString &after, const QJsonObject &user)
{
    // A deleted branch or tag starts nothing.
    if (after.isEmpty() || after == ZeroSha)
        return;
    QString name = ref;
    if (name.startsWith(QLatin1String("refs/heads/")))
        name = name.mid(11);
    else if (name.startsWith(QLatin1String("refs/tags/")))
        name = name.mid(10);
    const int projectId = num(project, "id");
    QString path = str(project, "ci_config_path");
    if (path.isEmpty())
        path = QStringLiteral(".gitlab-ci.yml");
    bool found = false;
    api.readRepositoryFile(projectId, after, path, &found);
    if (!found)
        return;
    const SandboxApi::GitResult message = api.runGit(projectId, {QStringLiteral("log"), QStringLiteral("-1"),
                                                                 QStringLiteral("--format=%B"), after});
    const QString text = QString::fromUtf8(message.out).toLower();
    PipelineEngine::CreateRequest request;
    request.project = project;
    request.ref = name;
    request.source = QStringLiteral("push");
    request.user = user;
    request.beforeSha = before.isEmpty() ? ZeroSha : before;
    request.sha = after;
    request.saveOnErrors = true;
    request.skipCi = text.contains(QLatin1String("[ci skip]")) || text.contains(QLatin1String("[skip ci]"));
    engine->create(request);
}

} // namespace

void registerPipelineRoutes(SandboxApi &api)
{
    // The engine lives as long as the store it simulates, and is found again through it.
    auto *engine = new PipelineEngine(api, &api.store);
    Router &r = api.router;

    api.onPush([&api, engine](const QJsonObject &project, const QString &ref, const QString &before, const QString &after,
                              const QJsonObject &user) { onPush(api, engine, project, ref, before, after, user); });

    r.add("GET", QStringLiteral("/projects/:id/pipelines"), [&api](ApiRequest &request) { return listPipelines(api, request); },
          Access::Anonymous);
    r.add("POST", QStringLiteral("/projects/:id/pipeline"),
          [&api, engine](ApiRequest &request) { return createPipeline(api, engine, request); });
    r.add("GET", QStringLiteral("/projects/:id/pipelines/latest"),
          [&api](ApiRequest &request) { return latestPipeline(api, request); }, Access::Anonymous);

    r.add("GET", QStringLiteral("/projects/:id/pipelines/:pipeline_id"), [&api](ApiRequest &request) {
        QJsonObject project;
        QJsonObject pipeline;
        HttpResponse error;
        if (!readableProject(api, request, &project, &error)
            || !recordInProject(api, request, Pipelines, QStringLiteral("pipeline_id"), project, &pipeline, &error))
            return error;
        return HttpResponse::json(200, pipelineJson(api, pipeline, true));
    }, Access::Anonymous);

    r.add("DELETE", QStringLiteral("/projects/:id/pipelines/:pipeline_id"), [&api, engine](ApiRequest &request) {
        QJsonObject project;
        QJsonObject pipeline;
        HttpResponse error;
        // Only owners may delete pipelines (destroy_pipeline).
        if (!projectWithAccess(api, request, AccessLevel::Owner, &project, &error)
            || !recordInProject(api, request, Pipelines, QStringLiteral("pipeline_id"), project, &pipeline, &error))
            return error;
        engine->deletePipeline(num(pipeline, "id"));
        return HttpResponse::text(204, {}, "application/json");
    });

    r.add("GET", QStringLiteral("/projects/:id/pipelines/:pipeline_id/jobs"),
          [&api](ApiRequest &request) { return pipelineJobs(api, request, false); }, Access::Anonymous);
    r.add("GET", QStringLiteral("/projects/:id/pipelines/:pipeline_id/bridges"),
          [&api](ApiRequest &request) { return pipelineJobs(api, request, true); }, Access::Anonymous);

    r.add("GET", QStringLiteral("/projects/:id/pipelines/:pipeline_id/variables"), [&api](ApiRequest &request) {
        QJsonObject project;
        QJsonObject pipeline;
        HttpResponse error;
        if (!projectWithAccess(api, request, AccessLevel::Developer, &project, &error)
            || !recordInProject(api, request, Pipelines, QStringLiteral("pipeline_id"), project, &pipeline, &error))
            return error;
        QJsonArray out;
        for (const QJsonValue &v : pipeline.value(QLatin1String("_variables")).toArray()) {
            const QJsonObject variable = v.toObject();
            out.append(QJsonObject{{QStringLiteral("variable_type"), variable.value(QLatin1String("variable_type"))},
                                   {QStringLiteral("key"), variable.value(QLatin1String("key"))},
                                   {QStringLiteral("value"), variable.value(QLatin1String("value"))}});
        }
        return HttpResponse::json(200, out);
    });

    r.add("POST", QStringLiteral("/projects/:id/pipelines/:pipeline_id/retry"), [&api, engine](ApiRequest &request) {
        QJsonObject project;
        QJsonObject pipeline;
        HttpResponse error;
        if (!projectWithAccess(api, request, AccessLevel::Developer, &project, &error)
            || !recordInProject(api, request, Pipelines, QStringLiteral("pipeline_id"), project, &pipeline, &error))
            return error;
        return HttpResponse::json(201, pipelineJson(api, engine->retryPipeline(num(pipeline, "id"), request.user)));
    });

    r.add("POST", QStringLiteral("/projects/:id/pipelines/:pipeline_id/cancel"), [&api, engine](ApiRequest &request) {
        QJsonObject project;
        QJsonObject pipeline;
        HttpResponse error;
        if (!projectWithAccess(api, request, AccessLevel::Developer, &project, &error)
            || !recordInProject(api, request, Pipelines, QStringLiteral("pipeline_id"), project, &pipeline, &error))
            return error;
        // 200 whatever the pipeline's state, as GitLab does (gitlab-org/gitlab#414963).
        return HttpResponse::json(200, pipelineJson(api, engine->cancelPipeline(num(pipeline, "id"))));
    });

    r.add("PUT", QStringLiteral("/projects/:id/pipelines/:pipeline_id/metadata"), [&api](ApiRequest &request) {
        if (Ci::versionCode(api.versionString) < 1606)
            return Errors::routeNotFound();
        QJsonObject project;
        QJsonObject pipeline;
        HttpResponse error;
        if (!projectWithAccess(api, request, AccessLevel::Developer, &project, &error)
            || !recordInProject(api, request, Pipelines, QStringLiteral("pipeline_id"), project, &pipeline, &error))
            return error;
        if (!request.has(QStringLiteral("name")))
            return Errors::missing(QStringLiteral("name"));
        pipeline.insert(QStringLiteral("name"), request.string(QStringLiteral("name")));
        pipeline.insert(QStringLiteral("updated_at"), api.now());
        api.store.put(Pipelines, num(pipeline, "id"), pipeline);
        return HttpResponse::json(200, pipelineJson(api, pipeline, true));
    });

    r.add("GET", QStringLiteral("/projects/:id/jobs"), [&api](ApiRequest &request) { return projectJobs(api, request); },
          Access::Anonymous);

    r.add("GET", QStringLiteral("/projects/:id/jobs/:job_id"), [&api](ApiRequest &request) {
        QJsonObject project;
        QJsonObject job;
        HttpResponse error;
        if (!readableProject(api, request, &project, &error)
            || !recordInProject(api, request, Jobs, QStringLiteral("job_id"), project, &job, &error))
            return error;
        return jobResponse(api, 200, job);
    }, Access::Anonymous);

    r.add("GET", QStringLiteral("/projects/:id/jobs/:job_id/trace"), [&api, engine](ApiRequest &request) {
        QJsonObject project;
        QJsonObject job;
        HttpResponse error;
        if (!readableProject(api, request, &project, &error)
            || !recordInProject(api, request, Jobs, QStringLiteral("job_id"), project, &job, &error))
            return error;
        // The whole raw log, as the runner sent it: no range, no paging.
        HttpResponse response = HttpResponse::text(200, engine->trace(num(job, "id")), "text/plain");
        response.setHeader("Content-Disposition", "infile; filename=\"" + QByteArray::number(num(job, "id")) + ".log\"");
        return response;
    }, Access::Anonymous);

    r.add("POST", QStringLiteral("/projects/:id/jobs/:job_id/cancel"), [&api, engine](ApiRequest &request) {
        QJsonObject project;
        QJsonObject job;
        HttpResponse error;
        if (!projectWithAccess(api, request, AccessLevel::Developer, &project, &error)
            || !recordInProject(api, request, Jobs, QStringLiteral("job_id"), project, &job, &error))
            return error;
        return jobResponse(api, 201, engine->cancelJob(num(job, "id")));
    });

    r.add("POST", QStringLiteral("/projects/:id/jobs/:job_id/retry"), [&api, engine](ApiRequest &request) {
        QJsonObject project;
        QJsonObject job;
        HttpResponse error;
        if (!projectWithAccess(api, request, AccessLevel::Developer, &project, &error)
            || !recordInProject(api, request, Jobs, QStringLiteral("job_id"), project, &job, &error))
            return error;
        QString reason;
        const QJsonObject fresh = engine->retryJob(num(job, "id"), request.user, &reason);
        if (fresh.isEmpty())
            return Errors::forbidden(QStringLiteral("403 Forbidden - ") + reason);
        return jobResponse(api, 201, fresh);
    });

    r.add("POST", QStringLiteral("/projects/:id/jobs/:job_id/play"), [&api, engine](ApiRequest &request) {
        QJsonObject project;
        QJsonObject job;
        HttpResponse error;
        if (!projectWithAccess(api, request, AccessLevel::Developer, &project, &error)
            || !recordInProject(api, request, Jobs, QStringLiteral("job_id"), project, &job, &error))
            return error;
        QJsonArray variables;
        for (const QJsonValue &v : request.params.value(QLatin1String("job_variables_attributes")).toArray()) {
            const QJsonObject variable = v.toObject();
            if (!variable.contains(QLatin1String("key")))
                return Errors::missing(QStringLiteral("job_variables_attributes[key]"));
            if (!variable.contains(QLatin1String("value")))
                return Errors::missing(QStringLiteral("job_variables_attributes[value]"));
            variables.append(QJsonObject{{QStringLiteral("key"), variable.value(QLatin1String("key")).toString()},
                                         {QStringLiteral("value"), variable.value(QLatin1String("value")).toVariant().toString()}});
        }
        QString reason;
        const QJsonObject played = engine->playJob(num(job, "id"), request.user, variables, &reason);
        if (played.isEmpty())
            return Errors::message(400, QStringLiteral("400 Bad request - ") + reason);
        return jobResponse(api, 200, played);
    });

    r.add("POST", QStringLiteral("/projects/:id/ci/lint"), [&api](ApiRequest &request) { return lintContent(api, request); });
    r.add("GET", QStringLiteral("/projects/:id/ci/lint"), [&api](ApiRequest &request) { return lintProject(api, request); },
          Access::Anonymous);
    r.add("POST", QStringLiteral("/ci/lint"), [&api](ApiRequest &request) { return lintGlobal(api, request); },
          Access::Anonymous);
}

} // namespace LabDesk::Sandbox
