#include "pipelineengine.h"

#include "ciconfig.h"
#include "citrace.h"
#include "directory.h"
#include "sandbox/sandboxapi.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace LabDesk::Sandbox {

namespace {

const QString Pipelines = QStringLiteral("pipelines");
const QString Jobs = QStringLiteral("jobs");
const QString Runners = QStringLiteral("runners");
const QString Bridge = QStringLiteral("Ci::Bridge");
const QString Build = QStringLiteral("Ci::Build");
const QString ZeroSha = QStringLiteral("0000000000000000000000000000000000000000");

constexpr int TickMs = 300;

// Ci::HasStatus
const QStringList CompletedStatuses{
    QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("canceled"), QStringLiteral("skipped"),
};
const QStringList CancelableStatuses{
    QStringLiteral("running"), QStringLiteral("waiting_for_resource"), QStringLiteral("preparing"),
    QStringLiteral("pending"), QStringLiteral("created"), QStringLiteral("scheduled"),
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

double secondsBetween(const QString &from, const QDateTime &to)
{
    const QDateTime start = parseTime(from);
    return start.isValid() ? qMax<qint64>(0, start.msecsTo(to)) / 1000.0 : 0.0;
}

bool isCompleted(const QString &status)
{
    return CompletedStatuses.contains(status);
}

// Gitlab::Ci::Status::Composite: the status of a group of jobs, allow_failure taken into account.
QString composite(const QList<QJsonObject> &jobs, bool dag, bool *warnings = nullptr)
{
    QSet<QString> set;
    for (const QJsonObject &job : jobs) {
        const QString status = str(job, "status");
        const bool allowed = job.value(QLatin1String("allow_failure")).toBool();
        if (allowed && (status == QLatin1String("failed") || status == QLatin1String("canceled")))
            set.insert(QStringLiteral("success_with_warnings"));
        else if (allowed && (status == QLatin1String("manual") || status == QLatin1String("scheduled")))
            set.insert(QStringLiteral("ignored"));
        else
            set.insert(status);
    }
    if (warnings)
        *warnings = set.contains(QStringLiteral("success_with_warnings"));
    if (set.isEmpty())
        return {};
    const auto onlyOf = [&set](std::initializer_list<const char *> allowed) {
        for (const QString &s : set) {
            bool found = false;
            for (const char *a : allowed)
                found = found || s == QLatin1String(a);
            if (!found)
                return false;
        }
        return true;
    };
    const auto anyOf = [&set](std::initializer_list<const char *> wanted) {
        for (const char *w : wanted) {
            if (set.contains(QString::fromLatin1(w)))
                return true;
        }
        return false;
    };
    if (dag && anyOf({"skipped", "ignored"}))
        return QStringLiteral("skipped");
    if (onlyOf({"skipped", "ignored"}))
        return QStringLiteral("skipped");
    if (onlyOf({"success", "skipped", "success_with_warnings", "ignored"}))
        return QStringLiteral("success");
    if (onlyOf({"created", "success_with_warnings", "ignored"}))
        return QStringLiteral("created");
    if (onlyOf({"preparing", "success_with_warnings", "ignored"}))
        return QStringLiteral("preparing");
    if (onlyOf({"canceled", "success", "skipped", "success_with_warnings", "ignored"}))
        return QStringLiteral("canceled");
    if (onlyOf({"pending", "created", "skipped", "success_with_warnings", "ignored"}))
        return QStringLiteral("pending");
    if (anyOf({"running", "pending"}))
        return QStringLiteral("running");
    if (anyOf({"waiting_for_resource"}))
        return QStringLiteral("waiting_for_resource");
    if (anyOf({"manual"}))
        return QStringLiteral("manual");
    if (anyOf({"scheduled"}))
        return QStringLiteral("scheduled");
    if (anyOf({"preparing"}))
        return QStringLiteral("preparing");
    if (anyOf({"created"}))
        return QStringLiteral("running");
    return QStringLiteral("failed");
}

// Ci::ProcessBuildService#valid_statuses_for_processable
QStringList validPriorStatuses(const QString &when, bool dag)
{
    if (when == QLatin1String("on_failure"))
        return {QStringLiteral("failed")};
    if (when == QLatin1String("always"))
        return {QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("skipped")};
    return dag ? QStringList{QStringLiteral("success")} : QStringList{QStringLiteral("success"), QStringLiteral("skipped")};
}

// The documented failure rule (see the class comment).
bool scriptFails(const QStringList &script)
{
    static const QRegularExpression failing(QStringLiteral("\\bexit\\s+0*[1-9]\\d*\\b|\\bfail\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : script) {
        if (failing.match(line).hasMatch())
            return true;
    }
    return false;
}

// fnmatch with FNM_PATHNAME | FNM_EXTGLOB, as `rules:exists` uses it.
QRegularExpression globPattern(const QString &glob)
{
    QString re;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            if (glob.mid(i, 3) == QLatin1String("**/")) {
                re += QStringLiteral("(?:.*/)?");
                i += 2;
            } else if (glob.mid(i, 2) == QLatin1String("**")) {
                re += QStringLiteral(".*");
                ++i;
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('{')) {
            re += QStringLiteral("(?:");
        } else if (c == QLatin1Char('}')) {
            re += QLatin1Char(')');
        } else if (c == QLatin1Char(',')) {
            re += QLatin1Char('|');
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QStringLiteral("^") + re + QStringLiteral("$"));
}

// A deterministic pseudo-random number from a job's identity, so the demo looks the same each time.
quint32 mix(const QString &text, quint32 salt)
{
    return quint32(qHash(text, 0)) ^ (salt * 2654435761u);
}

} // namespace

std::function<std::optional<QByteArray>(const QString &, const QString &, const QString &, QString *)>
projectFileReader(const SandboxApi &api, const QJsonObject &user)
{
    return [&api, user](const QString &name, const QString &ref, const QString &path,
                        QString *error) -> std::optional<QByteArray> {
        const QJsonObject project = api.findProject(name);
        if (project.isEmpty() || !Directory(api, user).canReadProject(project)) {
            *error = QStringLiteral("Project `%1` not found or access denied! Make sure any includes in the pipeline "
                                    "configuration are correctly defined.")
                         .arg(name);
            return std::nullopt;
        }
        const int id = num(project, "id");
        QString target = ref;
        if (ref == QLatin1String("HEAD") && !str(project, "default_branch").isEmpty())
            target = QStringLiteral("refs/heads/") + str(project, "default_branch");
        const QString commit = api.resolveRef(id, target);
        if (commit.isEmpty()) {
            *error = QStringLiteral("Project `%1` reference `%2` does not exist!").arg(name, ref);
            return std::nullopt;
        }
        bool found = false;
        const QByteArray text = api.readRepositoryFile(id, commit, path, &found);
        if (!found) {
            *error = QStringLiteral("Project `%1` file `%2` does not exist!").arg(name, path);
            return std::nullopt;
        }
        return text;
    };
}

PipelineEngine::PipelineEngine(SandboxApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &PipelineEngine::tick);
    // Pipelines left running by an earlier run of this data directory continue.
    for (const QJsonObject &pipeline : m_api.store.all(Pipelines)) {
        if (!isCompleted(str(pipeline, "status")) && !pipeline.value(QLatin1String("_frozen")).toBool())
            m_active.insert(num(pipeline, "id"));
    }
    if (!m_active.isEmpty())
        m_timer.start();
}

PipelineEngine::~PipelineEngine() = default;

PipelineEngine *PipelineEngine::of(const SandboxApi &api)
{
    return api.store.findChild<PipelineEngine *>(QString(), Qt::FindDirectChildrenOnly);
}

QDateTime PipelineEngine::now() const
{
    return m_api.currentTime();
}

void PipelineEngine::wake()
{
    if (!m_active.isEmpty() && !m_timer.isActive())
        m_timer.start();
}

void PipelineEngine::activate(int pipelineId)
{
    m_active.insert(pipelineId);
    wake();
}

void PipelineEngine::putJob(const QJsonObject &job)
{
    m_api.store.put(Jobs, num(job, "id"), job);
}

void PipelineEngine::putPipeline(const QJsonObject &pipeline)
{
    m_api.store.put(Pipelines, num(pipeline, "id"), pipeline);
}

QList<QJsonObject> PipelineEngine::latestJobs(int pipelineId) const
{
    QList<QJsonObject> jobs;
    for (const QJsonObject &job : m_api.store.where(Jobs, QStringLiteral("pipeline_id"), pipelineId)) {
        if (!job.value(QLatin1String("retried")).toBool())
            jobs.append(job);
    }
    std::stable_sort(jobs.begin(), jobs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return num(a, "stage_idx") != num(b, "stage_idx") ? num(a, "stage_idx") < num(b, "stage_idx")
                                                          : num(a, "id") < num(b, "id");
    });
    return jobs;
}

PipelineEngine::CreateResult PipelineEngine::create(const CreateRequest &request)
{
    CreateResult result;
    const QJsonObject &project = request.project;
    const int projectId = num(project, "id");
    const QDateTime at = request.at.isValid() ? request.at : now();
    const QString projectPath = m_api.projectFullPath(project);

    // Chain::Validate::Repository
    const QString branchSha = m_api.resolveRef(projectId, QStringLiteral("refs/heads/") + request.ref);
    const QString tagSha = branchSha.isEmpty() ? m_api.resolveRef(projectId, QStringLiteral("refs/tags/") + request.ref)
                                               : QString();
    if (request.ref.isEmpty() || (branchSha.isEmpty() && tagSha.isEmpty())) {
        result.errors << QStringLiteral("Reference not found");
        return result;
    }
    const bool tag = branchSha.isEmpty();
    const QString sha = !request.sha.isEmpty() ? request.sha : (tag ? tagSha : branchSha);

    QJsonArray storedVariables;
    for (const QJsonValue &v : request.variables) {
        const QJsonObject variable = v.toObject();
        storedVariables.append(QJsonObject{
            {QStringLiteral("key"), variable.value(QLatin1String("key")).toString()},
            {QStringLiteral("value"), variable.value(QLatin1String("value")).toVariant().toString()},
            {QStringLiteral("variable_type"), variable.value(QLatin1String("variable_type")).toString(QStringLiteral("env_var"))},
        });
    }

    QJsonObject files;
    for (auto it = request.files.cbegin(); it != request.files.cend(); ++it)
        files.insert(it.key(), QString::fromUtf8(it.value()));

    QJsonObject pipeline{
        {QStringLiteral("project_id"), projectId},
        {QStringLiteral("sha"), sha},
        {QStringLiteral("before_sha"), request.beforeSha.isEmpty() ? ZeroSha : request.beforeSha},
        {QStringLiteral("ref"), request.ref},
        {QStringLiteral("tag"), tag},
        {QStringLiteral("status"), QStringLiteral("created")},
        {QStringLiteral("source"), request.source},
        {QStringLiteral("name"), QJsonValue::Null},
        {QStringLiteral("user_id"), request.user.isEmpty() ? QJsonValue(QJsonValue::Null) : request.user.value(QLatin1String("id"))},
        {QStringLiteral("created_at"), SandboxApi::iso(at)},
        {QStringLiteral("updated_at"), SandboxApi::iso(at)},
        {QStringLiteral("started_at"), QJsonValue::Null},
        {QStringLiteral("finished_at"), QJsonValue::Null},
        {QStringLiteral("committed_at"), QJsonValue::Null},
        {QStringLiteral("duration"), QJsonValue::Null},
        {QStringLiteral("queued_duration"), QJsonValue::Null},
        {QStringLiteral("coverage"), QJsonValue::Null},
        {QStringLiteral("yaml_errors"), QJsonValue::Null},
        {QStringLiteral("_variables"), storedVariables},
    };
    if (request.parentPipelineId)
        pipeline.insert(QStringLiteral("_parent_pipeline_id"), request.parentPipelineId);
    if (request.parentBridgeId)
        pipeline.insert(QStringLiteral("_parent_bridge_id"), request.parentBridgeId);
    if (!files.isEmpty())
        pipeline.insert(QStringLiteral("_files"), files);

    const auto persist = [this, projectId](QJsonObject record) {
        const int id = m_api.store.nextId(Pipelines);
        record.insert(QStringLiteral("iid"), m_api.store.nextId(QStringLiteral("pipeline_iids/%1").arg(projectId)));
        m_api.store.put(Pipelines, id, record);
        return m_api.store.get(Pipelines, id);
    };

    // Chain::Skip: "[ci skip]" keeps a skipped pipeline without jobs.
    if (request.skipCi) {
        pipeline.insert(QStringLiteral("status"), QStringLiteral("skipped"));
        pipeline.insert(QStringLiteral("finished_at"), SandboxApi::iso(at));
        result.pipeline = persist(pipeline);
        return result;
    }

    const auto readFile = [this, projectId, sha, request](const QString &path) -> std::optional<QByteArray> {
        if (request.files.contains(path))
            return request.files.value(path);
        bool found = false;
        const QByteArray text = m_api.readRepositoryFile(projectId, sha, path, &found);
        return found ? std::optional<QByteArray>(text) : std::nullopt;
    };

    QByteArray content;
    if (!request.includes.isEmpty()) {
        // A child pipeline's configuration is its `trigger:include` files.
        content = "include:\n";
        for (const QString &path : request.includes)
            content += "  - local: '" + QString(path).replace(QLatin1Char('\''), QStringLiteral("''")).toUtf8() + "'\n";
    } else {
        QString configPath = str(project, "ci_config_path");
        if (configPath.isEmpty())
            configPath = QStringLiteral(".gitlab-ci.yml");
        const std::optional<QByteArray> text = readFile(configPath);
        if (!text) {
            result.errors << QStringLiteral("Missing CI config file");
            return result;
        }
        content = *text;
    }

    const int version = Ci::versionCode(m_api.versionString);
    Ci::Source source;
    source.readFile = readFile;
    source.readProjectFile = projectFileReader(m_api, request.user);
    source.projectPath = projectPath;
    source.sha = sha;
    source.webBase = m_api.baseUrl.toString();
    source.version = version;
    const Ci::Config config = Ci::load(content, source);
    if (!config.isValid()) {
        result.errors = config.errors;
        if (request.saveOnErrors) {
            // A push with a broken configuration leaves a failed pipeline that says why.
            pipeline.insert(QStringLiteral("status"), QStringLiteral("failed"));
            pipeline.insert(QStringLiteral("failure_reason"), QStringLiteral("config_error"));
            pipeline.insert(QStringLiteral("yaml_errors"), config.errors.join(QStringLiteral(", ")));
            pipeline.insert(QStringLiteral("finished_at"), SandboxApi::iso(at));
            result.pipeline = persist(pipeline);
        }
        return result;
    }

    Ci::Context context;
    context.ref = request.ref;
    context.tag = tag;
    context.source = request.source;
    context.projectPath = projectPath;
    context.variables = Ci::predefinedVariables(request.ref, tag, request.source, sha, str(project, "default_branch"),
                                                projectPath);
    for (const auto &[key, value] : config.variables) {
        if (!context.variables.contains(key))
            context.variables.insert(key, value);
    }
    for (const QJsonValue &v : std::as_const(storedVariables))
        context.variables.insert(v.toObject().value(QLatin1String("key")).toString(),
                                 v.toObject().value(QLatin1String("value")).toString());
    std::optional<QStringList> tree;
    context.exists = [this, projectId, sha, &tree](const QString &glob) {
        if (!tree) {
            const SandboxApi::GitResult r = m_api.runGit(projectId, {QStringLiteral("ls-tree"), QStringLiteral("-r"),
                                                                     QStringLiteral("--name-only"), sha});
            tree = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        const QRegularExpression pattern = globPattern(glob);
        return std::any_of(tree->cbegin(), tree->cend(), [&pattern](const QString &path) { return pattern.match(path).hasMatch(); });
    };
    // rules:changes and only/except:changes look at the pushed range (or since compare_to's merge
    // base); without a push to compare, they count as satisfied, as GitLab's do.
    const QString beforeSha = request.beforeSha;
    const bool pushed = request.source == QLatin1String("push") && !beforeSha.isEmpty() && beforeSha != ZeroSha;
    QHash<QString, std::optional<QStringList>> diffs;
    context.changed = [this, projectId, sha, beforeSha, pushed,
                       &diffs](const QStringList &globs, const QString &compareTo) -> std::optional<bool> {
        if (compareTo.isEmpty() && !pushed)
            return std::nullopt;
        const QString range
            = compareTo.isEmpty() ? beforeSha + QStringLiteral("..") + sha : compareTo + QStringLiteral("...") + sha;
        if (!diffs.contains(range)) {
            const SandboxApi::GitResult r = m_api.runGit(
                projectId,
                {QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--no-renames"), range});
            diffs.insert(range,
                         r.exitCode == 0 ? std::optional<QStringList>(
                             QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                                         : std::nullopt);
        }
        const std::optional<QStringList> &paths = diffs[range];
        if (!paths)
            return std::nullopt;
        return std::any_of(globs.cbegin(), globs.cend(), [&paths](const QString &glob) {
            const QRegularExpression pattern = globPattern(glob);
            return std::any_of(paths->cbegin(), paths->cend(),
                               [&pattern](const QString &path) { return pattern.match(path).hasMatch(); });
        });
    };
    const Ci::Seed seed = Ci::seed(config, context, version);
    if (!seed.error.isEmpty()) {
        result.errors << seed.error;
        return result;
    }

    pipeline = persist(pipeline);
    const int pipelineId = num(pipeline, "id");
    for (const Ci::SeedJob &s : seed.jobs) {
        const Ci::Job &job = *s.job;
        QHash<QString, QString> jobVariables = context.variables;
        for (auto it = job.variables.cbegin(); it != job.variables.cend(); ++it)
            jobVariables.insert(it.key(), it.value());
        QJsonArray needs;
        for (const Ci::Need &need : job.needs) {
            if (std::any_of(seed.jobs.cbegin(), seed.jobs.cend(), [&need](const Ci::SeedJob &o) { return o.job->name == need.job; }))
                needs.append(need.job);
        }
        QJsonObject record{
            {QStringLiteral("pipeline_id"), pipelineId},
            {QStringLiteral("project_id"), projectId},
            {QStringLiteral("type"), job.isBridge ? Bridge : Build},
            {QStringLiteral("name"), job.name},
            {QStringLiteral("stage"), job.stage},
            {QStringLiteral("stage_idx"), s.stageIndex},
            {QStringLiteral("status"), QStringLiteral("created")},
            {QStringLiteral("ref"), request.ref},
            {QStringLiteral("tag"), tag},
            {QStringLiteral("sha"), sha},
            {QStringLiteral("user_id"), pipeline.value(QLatin1String("user_id"))},
            {QStringLiteral("when"), s.when},
            {QStringLiteral("allow_failure"), s.allowFailure},
            {QStringLiteral("tag_list"), QJsonArray::fromStringList(job.isBridge ? QStringList() : job.tags)},
            {QStringLiteral("scheduling_type"), job.hasNeeds ? QStringLiteral("dag") : QStringLiteral("stage")},
            {QStringLiteral("needs"), needs},
            {QStringLiteral("coverage"), QJsonValue::Null},
            {QStringLiteral("created_at"), SandboxApi::iso(at)},
            {QStringLiteral("queued_at"), QJsonValue::Null},
            {QStringLiteral("started_at"), QJsonValue::Null},
            {QStringLiteral("finished_at"), QJsonValue::Null},
            {QStringLiteral("erased_at"), QJsonValue::Null},
            {QStringLiteral("duration"), QJsonValue::Null},
            {QStringLiteral("queued_duration"), QJsonValue::Null},
            {QStringLiteral("runner_id"), QJsonValue::Null},
            {QStringLiteral("runner_manager_id"), QJsonValue::Null},
            {QStringLiteral("artifacts_expire_at"), QJsonValue::Null},
            {QStringLiteral("archived"), false},
            {QStringLiteral("retried"), false},
            {QStringLiteral("environment"), job.environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.environment)},
            {QStringLiteral("_script"), QJsonArray::fromStringList(job.script)},
            {QStringLiteral("_before_script"), QJsonArray::fromStringList(job.beforeScript)},
            {QStringLiteral("_after_script"), QJsonArray::fromStringList(job.afterScript)},
            {QStringLiteral("_image"), Ci::expandVariables(job.image, jobVariables)},
            {QStringLiteral("_start_in"), s.startIn},
            {QStringLiteral("_will_fail"), scriptFails(job.script)},
        };
        if (job.isBridge) {
            record.insert(QStringLiteral("downstream_pipeline_id"), QJsonValue::Null);
            record.insert(QStringLiteral("_trigger_includes"), QJsonArray::fromStringList(job.triggerIncludes));
            record.insert(QStringLiteral("_trigger_project"), job.triggerProject);
            record.insert(QStringLiteral("_trigger_branch"), job.triggerBranch);
            record.insert(QStringLiteral("_strategy_depend"), job.strategyDepend);
        }
        const int jobId = m_api.store.nextId(Jobs);
        m_api.store.put(Jobs, jobId, record);
    }
    if (request.frozen) {
        freeze(pipelineId);
    } else {
        process(pipelineId, at);
        activate(pipelineId);
    }
    result.pipeline = m_api.store.get(Pipelines, pipelineId);
    return result;
}

bool PipelineEngine::process(int pipelineId, const QDateTime &now)
{
    bool any = false;
    for (int pass = 0; pass < 64; ++pass) {
        const QList<QJsonObject> jobs = latestJobs(pipelineId);
        bool changed = false;
        for (QJsonObject job : jobs) {
            if (str(job, "status") != QLatin1String("created"))
                continue;
            const bool dag = str(job, "scheduling_type") == QLatin1String("dag");
            QList<QJsonObject> prior;
            if (dag) {
                const QJsonArray needs = job.value(QLatin1String("needs")).toArray();
                for (const QJsonObject &other : jobs) {
                    if (needs.contains(other.value(QLatin1String("name"))))
                        prior.append(other);
                }
            } else {
                for (const QJsonObject &other : jobs) {
                    if (num(other, "stage_idx") < num(job, "stage_idx"))
                        prior.append(other);
                }
            }
            QString status = composite(prior, dag);
            if (status.isEmpty())
                status = QStringLiteral("success");
            if (!isCompleted(status))
                continue;
            const QString when = str(job, "when");
            if (validPriorStatuses(when, dag).contains(status)) {
                if (when == QLatin1String("manual")) {
                    job.insert(QStringLiteral("status"), QStringLiteral("manual"));
                } else if (when == QLatin1String("delayed")) {
                    const qint64 delay = qMax<qint64>(0, Ci::parseDuration(str(job, "_start_in")));
                    job.insert(QStringLiteral("status"), QStringLiteral("scheduled"));
                    job.insert(QStringLiteral("scheduled_at"), SandboxApi::iso(now.addSecs(delay)));
                } else {
                    job.insert(QStringLiteral("status"), QStringLiteral("pending"));
                    job.insert(QStringLiteral("queued_at"), SandboxApi::iso(now));
                }
            } else {
                job.insert(QStringLiteral("status"), QStringLiteral("skipped"));
            }
            putJob(job);
            changed = true;
        }
        if (!changed)
            break;
        any = true;
    }
    updatePipelineStatus(pipelineId, now);
    return any;
}

void PipelineEngine::updatePipelineStatus(int pipelineId, const QDateTime &now)
{
    QJsonObject pipeline = m_api.store.get(Pipelines, pipelineId);
    if (pipeline.isEmpty())
        return;
    const QList<QJsonObject> jobs = latestJobs(pipelineId);
    if (jobs.isEmpty())
        return;
    const QString old = str(pipeline, "status");
    const QString status = composite(jobs, false);
    QString started;
    QString finished;
    for (const QJsonObject &job : jobs) {
        const QString s = str(job, "started_at");
        if (!s.isEmpty() && (started.isEmpty() || s < started))
            started = s;
        const QString f = str(job, "finished_at");
        if (!f.isEmpty() && f > finished)
            finished = f;
    }
    QJsonObject updated = pipeline;
    updated.insert(QStringLiteral("status"), status);
    updated.insert(QStringLiteral("started_at"), started.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(started));
    if (!started.isEmpty())
        updated.insert(QStringLiteral("queued_duration"),
                       qRound(secondsBetween(str(pipeline, "created_at"), parseTime(started))));
    if (isCompleted(status)) {
        if (finished.isEmpty())
            finished = SandboxApi::iso(now);
        updated.insert(QStringLiteral("finished_at"), finished);
        updated.insert(QStringLiteral("duration"), started.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(qRound(secondsBetween(started, parseTime(finished)))));
    } else {
        updated.insert(QStringLiteral("finished_at"), QJsonValue::Null);
        updated.insert(QStringLiteral("duration"), QJsonValue::Null);
    }
    if (status != old)
        updated.insert(QStringLiteral("updated_at"), SandboxApi::iso(now));
    if (updated != pipeline)
        putPipeline(updated);
    if (isCompleted(status))
        m_active.remove(pipelineId);
    else if (!pipeline.value(QLatin1String("_frozen")).toBool())
        m_active.insert(pipelineId);

    // A bridge with `strategy: depend` mirrors this pipeline once it ends.
    if (status != old && isCompleted(status) && num(pipeline, "_parent_bridge_id")) {
        const QJsonObject bridge = m_api.store.get(Jobs, num(pipeline, "_parent_bridge_id"));
        if (!bridge.isEmpty() && str(bridge, "status") == QLatin1String("running")) {
            followDownstream(bridge, now);
            const int parent = num(bridge, "pipeline_id");
            process(parent, now);
        }
    }
}

void PipelineEngine::tick()
{
    const QDateTime current = now();
    const QList<int> active(m_active.cbegin(), m_active.cend());
    for (int pipelineId : active) {
        const QJsonObject pipeline = m_api.store.get(Pipelines, pipelineId);
        // A deleted project's pipelines stop where they are.
        if (pipeline.isEmpty() || pipeline.value(QLatin1String("_frozen")).toBool()
            || !m_api.store.contains(QStringLiteral("projects"), num(pipeline, "project_id"))) {
            m_active.remove(pipelineId);
            continue;
        }
        step(pipelineId, current, false);
    }
    if (m_active.isEmpty())
        m_timer.stop();
}

bool PipelineEngine::step(int pipelineId, const QDateTime &now, bool instant)
{
    bool changed = process(pipelineId, now);
    for (const QJsonObject &job : latestJobs(pipelineId)) {
        const QString status = str(job, "status");
        const bool bridge = str(job, "type") == Bridge;
        if (status == QLatin1String("scheduled")) {
            const QDateTime due = parseTime(str(job, "scheduled_at"));
            if (!due.isValid() || due <= now) {
                QJsonObject pending = job;
                pending.insert(QStringLiteral("status"), QStringLiteral("pending"));
                pending.insert(QStringLiteral("queued_at"), SandboxApi::iso(now));
                putJob(pending);
                changed = true;
            }
        } else if (status == QLatin1String("pending")) {
            if (bridge) {
                startBridge(job, now);
                changed = true;
                continue;
            }
            QJsonObject runner = findRunner(job, now);
            // Seeding a demo without a suitable runner still shows finished untagged jobs.
            if (runner.isEmpty() && instant && job.value(QLatin1String("tag_list")).toArray().isEmpty())
                runner = QJsonObject{{QStringLiteral("id"), 0}};
            if (!runner.isEmpty()) {
                startJob(job, runner, now);
                changed = true;
            }
        } else if (status == QLatin1String("running")) {
            if (bridge) {
                followDownstream(job, now);
            } else if (instant) {
                const quint32 r = mix(str(job, "name"), quint32(num(job, "id")));
                finishJob(job, parseTime(str(job, "started_at")).addSecs(20 + qint64(r % 220)));
                changed = true;
            } else {
                advanceJob(job, now);
                changed = true;
            }
        }
    }
    if (changed)
        process(pipelineId, now);
    return changed;
}

QJsonObject PipelineEngine::findRunner(const QJsonObject &job, const QDateTime &now) const
{
    const QJsonObject project = m_api.store.get(QStringLiteral("projects"), num(job, "project_id"));
    QList<int> groups;
    QJsonObject ns = m_api.store.get(QStringLiteral("namespaces"), num(project, "namespace_id"));
    for (int depth = 0; !ns.isEmpty() && depth < 32; ++depth) {
        if (str(ns, "kind") == QLatin1String("group"))
            groups << num(ns, "id");
        const QJsonValue parent = ns.value(QLatin1String("parent_id"));
        if (parent.isNull() || parent.isUndefined())
            break;
        ns = m_api.store.get(QStringLiteral("namespaces"), parent.toInt());
    }
    QStringList jobTags;
    for (const QJsonValue &t : job.value(QLatin1String("tag_list")).toArray())
        jobTags << t.toString();

    QList<QJsonObject> candidates = m_api.store.all(Runners);
    // Project runners first, then group runners, then instance runners, as their scope narrows.
    const auto rank = [](const QJsonObject &r) {
        const QString type = str(r, "runner_type");
        return type == QLatin1String("project_type") ? 0 : type == QLatin1String("group_type") ? 1 : 2;
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&rank](const QJsonObject &a, const QJsonObject &b) { return rank(a) < rank(b); });
    for (const QJsonObject &runner : std::as_const(candidates)) {
        if (runner.value(QLatin1String("paused")).toBool())
            continue;
        const QDateTime contacted = parseTime(str(runner, "contacted_at"));
        const bool online = runner.value(QLatin1String("_always_online")).toBool()
                            || (contacted.isValid() && contacted.secsTo(now) < 2 * 3600);
        if (!online)
            continue;
        const QString type = str(runner, "runner_type");
        if (type == QLatin1String("project_type")) {
            if (!runner.value(QLatin1String("project_ids")).toArray().contains(project.value(QLatin1String("id"))))
                continue;
        } else if (type == QLatin1String("group_type")) {
            const QJsonArray ids = runner.value(QLatin1String("group_ids")).toArray();
            if (!std::any_of(groups.cbegin(), groups.cend(), [&ids](int g) { return ids.contains(g); }))
                continue;
        } else if (type != QLatin1String("instance_type")) {
            continue;
        }
        QStringList runnerTags;
        for (const QJsonValue &t : runner.value(QLatin1String("tag_list")).toArray())
            runnerTags << t.toString();
        if (jobTags.isEmpty()) {
            if (!runner.value(QLatin1String("run_untagged")).toBool(true))
                continue;
        } else if (!std::all_of(jobTags.cbegin(), jobTags.cend(), [&runnerTags](const QString &t) { return runnerTags.contains(t); })) {
            continue;
        }
        if (str(runner, "access_level") == QLatin1String("ref_protected") && !job.value(QLatin1String("tag")).toBool()
            && str(job, "ref") != str(project, "default_branch"))
            continue;
        return runner;
    }
    return {};
}

void PipelineEngine::startJob(QJsonObject job, const QJsonObject &runner, const QDateTime &now)
{
    const int runnerId = num(runner, "id");
    job.insert(QStringLiteral("status"), QStringLiteral("running"));
    job.insert(QStringLiteral("started_at"), SandboxApi::iso(now));
    job.insert(QStringLiteral("queued_duration"), secondsBetween(str(job, "queued_at"), now));
    job.insert(QStringLiteral("runner_id"), runnerId ? QJsonValue(runnerId) : QJsonValue(QJsonValue::Null));
    const QJsonObject manager = runnerId ? m_api.store.findOne(QStringLiteral("runner_managers"), QStringLiteral("runner_id"), runnerId)
                                         : QJsonObject();
    job.insert(QStringLiteral("runner_manager_id"), manager.isEmpty() ? QJsonValue(QJsonValue::Null) : manager.value(QLatin1String("id")));
    putJob(job);
    const int id = num(job, "id");
    QFile::remove(tracePath(id));
    m_logs.remove(id);
    Log &log = logFor(job);
    appendTrace(id, log.parts.value(0));
    log.written = 1;
    m_ticks.insert(id, 1);
}

void PipelineEngine::advanceJob(QJsonObject job, const QDateTime &now)
{
    const int id = num(job, "id");
    Log &log = logFor(job);
    if (log.written < log.parts.size()) {
        appendTrace(id, log.parts.at(log.written));
        ++log.written;
    }
    const int ticks = m_ticks.value(id, log.written) + 1;
    m_ticks.insert(id, ticks);
    if (ticks > log.parts.size())
        finishJob(job, now);
}

void PipelineEngine::finishJob(QJsonObject job, const QDateTime &finishedAt)
{
    const int id = num(job, "id");
    Log &log = logFor(job);
    QByteArray rest;
    for (int i = log.written; i < log.parts.size(); ++i)
        rest += log.parts.at(i);
    rest += log.ending;
    appendTrace(id, rest);
    m_logs.remove(id);
    m_ticks.remove(id);

    const bool failed = job.value(QLatin1String("_will_fail")).toBool();
    job.insert(QStringLiteral("status"), failed ? QStringLiteral("failed") : QStringLiteral("success"));
    if (failed)
        job.insert(QStringLiteral("failure_reason"), QStringLiteral("script_failure"));
    job.insert(QStringLiteral("finished_at"), SandboxApi::iso(finishedAt));
    job.insert(QStringLiteral("duration"), secondsBetween(str(job, "started_at"), finishedAt));
    putJob(job);
}

void PipelineEngine::startBridge(QJsonObject bridge, const QDateTime &now)
{
    const QJsonObject pipeline = m_api.store.get(Pipelines, num(bridge, "pipeline_id"));
    const QJsonObject user = m_api.store.get(QStringLiteral("users"), num(bridge, "user_id"));
    bridge.insert(QStringLiteral("started_at"), SandboxApi::iso(now));
    bridge.insert(QStringLiteral("queued_duration"), secondsBetween(str(bridge, "queued_at"), now));

    CreateRequest request;
    request.user = user;
    request.at = now;
    request.parentBridgeId = num(bridge, "id");
    QString failure;
    QStringList includes;
    for (const QJsonValue &path : bridge.value(QLatin1String("_trigger_includes")).toArray())
        includes << path.toString();
    if (!includes.isEmpty()) {
        request.project = m_api.store.get(QStringLiteral("projects"), num(bridge, "project_id"));
        request.ref = str(pipeline, "ref");
        request.sha = str(pipeline, "sha");
        request.beforeSha = str(pipeline, "before_sha");
        request.source = QStringLiteral("parent_pipeline");
        request.parentPipelineId = num(pipeline, "id");
        request.includes = includes;
        const QJsonObject files = pipeline.value(QLatin1String("_files")).toObject();
        for (auto it = files.begin(); it != files.end(); ++it)
            request.files.insert(it.key(), it.value().toString().toUtf8());
    } else {
        request.project = m_api.findProject(str(bridge, "_trigger_project"));
        if (request.project.isEmpty()) {
            failure = QStringLiteral("downstream_bridge_project_not_found");
        } else {
            request.ref = str(bridge, "_trigger_branch");
            if (request.ref.isEmpty())
                request.ref = str(request.project, "default_branch");
            request.source = QStringLiteral("pipeline");
        }
    }
    QJsonObject downstream;
    if (failure.isEmpty()) {
        downstream = create(request).pipeline;
        if (downstream.isEmpty())
            failure = QStringLiteral("downstream_pipeline_creation_failed");
    }
    if (!failure.isEmpty()) {
        bridge.insert(QStringLiteral("status"), QStringLiteral("failed"));
        bridge.insert(QStringLiteral("failure_reason"), failure);
        bridge.insert(QStringLiteral("finished_at"), SandboxApi::iso(now));
        bridge.insert(QStringLiteral("duration"), 0.0);
        putJob(bridge);
        return;
    }
    bridge.insert(QStringLiteral("downstream_pipeline_id"), downstream.value(QLatin1String("id")));
    // Without `strategy: depend` a trigger job succeeds as soon as its pipeline exists.
    if (bridge.value(QLatin1String("_strategy_depend")).toBool()) {
        bridge.insert(QStringLiteral("status"), QStringLiteral("running"));
        putJob(bridge);
        followDownstream(bridge, now);
    } else {
        bridge.insert(QStringLiteral("status"), QStringLiteral("success"));
        bridge.insert(QStringLiteral("finished_at"), SandboxApi::iso(now));
        bridge.insert(QStringLiteral("duration"), 0.0);
        putJob(bridge);
    }
}

void PipelineEngine::followDownstream(QJsonObject bridge, const QDateTime &now)
{
    const QJsonObject downstream = m_api.store.get(Pipelines, num(bridge, "downstream_pipeline_id"));
    const QString status = downstream.isEmpty() ? QStringLiteral("canceled") : str(downstream, "status");
    if (!isCompleted(status))
        return;
    bridge.insert(QStringLiteral("status"), status);
    if (status == QLatin1String("failed"))
        bridge.insert(QStringLiteral("failure_reason"), QStringLiteral("downstream_pipeline_failed"));
    bridge.insert(QStringLiteral("finished_at"), SandboxApi::iso(now));
    bridge.insert(QStringLiteral("duration"), secondsBetween(str(bridge, "started_at"), now));
    putJob(bridge);
}

void PipelineEngine::cancelJobRecord(QJsonObject job, const QDateTime &now)
{
    if (!CancelableStatuses.contains(str(job, "status")))
        return;
    const int id = num(job, "id");
    const bool running = str(job, "status") == QLatin1String("running");
    job.insert(QStringLiteral("status"), QStringLiteral("canceled"));
    job.insert(QStringLiteral("finished_at"), SandboxApi::iso(now));
    if (running && str(job, "type") == Build) {
        job.insert(QStringLiteral("duration"), secondsBetween(str(job, "started_at"), now));
        // What a runner prints when GitLab tells it the job was canceled.
        appendTrace(id, QByteArrayLiteral("\x1b[0;33mWARNING: Job was canceled\x1b[0;m\n"));
    }
    m_logs.remove(id);
    m_ticks.remove(id);
    putJob(job);
    if (str(job, "type") == Bridge && num(job, "downstream_pipeline_id"))
        cancelPipeline(num(job, "downstream_pipeline_id"));
}

QJsonObject PipelineEngine::cancelPipeline(int pipelineId)
{
    const QDateTime current = now();
    for (const QJsonObject &job : latestJobs(pipelineId))
        cancelJobRecord(job, current);
    updatePipelineStatus(pipelineId, current);
    return m_api.store.get(Pipelines, pipelineId);
}

QJsonObject PipelineEngine::cloneForRetry(QJsonObject job, const QJsonObject &user, const QString &status,
                                          const QDateTime &now)
{
    QJsonObject old = job;
    old.insert(QStringLiteral("retried"), true);
    putJob(old);

    for (const char *key : {"started_at", "finished_at", "duration", "queued_duration", "failure_reason", "runner_id",
                            "runner_manager_id", "scheduled_at", "erased_at"})
        job.insert(QString::fromLatin1(key), QJsonValue::Null);
    job.remove(QStringLiteral("failure_reason"));
    job.insert(QStringLiteral("status"), status);
    job.insert(QStringLiteral("created_at"), SandboxApi::iso(now));
    job.insert(QStringLiteral("queued_at"), status == QLatin1String("pending") ? QJsonValue(SandboxApi::iso(now)) : QJsonValue(QJsonValue::Null));
    job.insert(QStringLiteral("retried"), false);
    if (!user.isEmpty())
        job.insert(QStringLiteral("user_id"), user.value(QLatin1String("id")));
    QStringList script;
    for (const QJsonValue &line : job.value(QLatin1String("_script")).toArray())
        script << line.toString();
    job.insert(QStringLiteral("_will_fail"), scriptFails(script));
    job.remove(QStringLiteral("_run_ticks"));
    if (str(job, "type") == Bridge)
        job.insert(QStringLiteral("downstream_pipeline_id"), QJsonValue::Null);
    const int id = m_api.store.nextId(Jobs);
    m_api.store.put(Jobs, id, job);
    return m_api.store.get(Jobs, id);
}

void PipelineEngine::resetSkippedAfter(const QJsonObject &job)
{
    // Ci::ResetSkippedJobsService: jobs skipped because of this one get another chance.
    const QString name = str(job, "name");
    for (QJsonObject other : latestJobs(num(job, "pipeline_id"))) {
        if (str(other, "status") != QLatin1String("skipped"))
            continue;
        const bool later = num(other, "stage_idx") > num(job, "stage_idx");
        const bool needing = other.value(QLatin1String("needs")).toArray().contains(name);
        if (!later && !needing)
            continue;
        other.insert(QStringLiteral("status"), QStringLiteral("created"));
        other.insert(QStringLiteral("finished_at"), QJsonValue::Null);
        putJob(other);
    }
}

QJsonObject PipelineEngine::retryPipeline(int pipelineId, const QJsonObject &user)
{
    const QDateTime current = now();
    // Ci::RetryPipelineService: failed and canceled jobs are cloned, skipped ones processed again.
    for (const QJsonObject &job : latestJobs(pipelineId)) {
        const QString status = str(job, "status");
        if (status == QLatin1String("failed") || status == QLatin1String("canceled"))
            cloneForRetry(job, user, QStringLiteral("created"), current);
    }
    for (QJsonObject job : latestJobs(pipelineId)) {
        if (str(job, "status") != QLatin1String("skipped"))
            continue;
        job.insert(QStringLiteral("status"), QStringLiteral("created"));
        putJob(job);
    }
    process(pipelineId, current);
    activate(pipelineId);
    return m_api.store.get(Pipelines, pipelineId);
}

void PipelineEngine::deletePipeline(int pipelineId)
{
    for (const QJsonObject &job : m_api.store.where(Jobs, QStringLiteral("pipeline_id"), pipelineId)) {
        const int id = num(job, "id");
        QFile::remove(tracePath(id));
        m_logs.remove(id);
        m_ticks.remove(id);
        m_api.store.remove(Jobs, id);
    }
    m_api.store.remove(Pipelines, pipelineId);
    m_active.remove(pipelineId);
}

QJsonObject PipelineEngine::cancelJob(int jobId)
{
    const QDateTime current = now();
    cancelJobRecord(m_api.store.get(Jobs, jobId), current);
    const QJsonObject job = m_api.store.get(Jobs, jobId);
    process(num(job, "pipeline_id"), current);
    return m_api.store.get(Jobs, jobId);
}

QJsonObject PipelineEngine::retryJob(int jobId, const QJsonObject &user, QString *error)
{
    const QJsonObject job = m_api.store.get(Jobs, jobId);
    const QString status = str(job, "status");
    if (job.value(QLatin1String("retried")).toBool()
        || !(status == QLatin1String("success") || status == QLatin1String("failed") || status == QLatin1String("canceled"))) {
        *error = QStringLiteral("Job is not retryable");
        return {};
    }
    const QDateTime current = now();
    const QJsonObject fresh = cloneForRetry(job, user, QStringLiteral("pending"), current);
    resetSkippedAfter(fresh);
    const int pipelineId = num(job, "pipeline_id");
    process(pipelineId, current);
    activate(pipelineId);
    return m_api.store.get(Jobs, num(fresh, "id"));
}

QJsonObject PipelineEngine::playJob(int jobId, const QJsonObject &user, const QJsonArray &variables, QString *error)
{
    QJsonObject job = m_api.store.get(Jobs, jobId);
    const QString when = str(job, "when");
    const QString status = str(job, "status");
    const bool action = when == QLatin1String("manual") || when == QLatin1String("delayed");
    if (!action || job.value(QLatin1String("retried")).toBool()) {
        *error = QStringLiteral("Unplayable Job");
        return {};
    }
    const QDateTime current = now();
    const int pipelineId = num(job, "pipeline_id");
    if (status == QLatin1String("manual") || status == QLatin1String("scheduled")) {
        job.insert(QStringLiteral("status"), QStringLiteral("pending"));
        job.insert(QStringLiteral("queued_at"), SandboxApi::iso(current));
        job.insert(QStringLiteral("scheduled_at"), QJsonValue::Null);
        if (!user.isEmpty())
            job.insert(QStringLiteral("user_id"), user.value(QLatin1String("id")));
        if (!variables.isEmpty())
            job.insert(QStringLiteral("_job_variables"), variables);
        putJob(job);
        resetSkippedAfter(job);
        process(pipelineId, current);
        activate(pipelineId);
        return m_api.store.get(Jobs, jobId);
    }
    // Playing a finished manual job runs it again, as GitLab's Ci::Build#play does.
    if (status == QLatin1String("success") || status == QLatin1String("failed") || status == QLatin1String("canceled"))
        return retryJob(jobId, user, error);
    *error = QStringLiteral("Unplayable Job");
    return {};
}

QString PipelineEngine::tracePath(int jobId) const
{
    return m_api.store.filesDir(QStringLiteral("traces")) + QStringLiteral("/%1.log").arg(jobId);
}

QByteArray PipelineEngine::trace(int jobId) const
{
    QFile file(tracePath(jobId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject PipelineEngine::commit(int projectId, const QString &sha)
{
    const QString key = QStringLiteral("%1:%2").arg(projectId).arg(sha);
    if (m_commits.contains(key))
        return m_commits.value(key);
    const SandboxApi::GitResult r = m_api.runGit(
        projectId, {QStringLiteral("show"), QStringLiteral("-s"), QStringLiteral("--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B"),
                    sha});
    if (r.exitCode != 0)
        return {};
    const QStringList f = QString::fromUtf8(r.out).split(QLatin1Char('\0'));
    if (f.size() < 9)
        return {};
    // GitLab writes commit dates with milliseconds and the author's offset: 2024-05-01T10:20:30.000+02:00.
    const auto date = [](const QString &iso) {
        const qsizetype t = iso.indexOf(QLatin1Char('T'));
        return t < 0 ? iso : iso.left(t + 9) + QStringLiteral(".000") + iso.mid(t + 9);
    };
    QString message = f.at(8);
    while (message.endsWith(QLatin1Char('\n')))
        message.chop(1);
    message += QLatin1Char('\n');
    const QJsonObject project = m_api.store.get(QStringLiteral("projects"), projectId);
    QJsonArray parents;
    for (const QString &parent : f.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        parents.append(parent);
    const QJsonObject json{
        {QStringLiteral("id"), f.at(0)},
        {QStringLiteral("short_id"), f.at(0).left(8)},
        {QStringLiteral("created_at"), date(f.at(7))},
        {QStringLiteral("parent_ids"), parents},
        {QStringLiteral("title"), message.section(QLatin1Char('\n'), 0, 0)},
        {QStringLiteral("message"), message},
        {QStringLiteral("author_name"), f.at(2)},
        {QStringLiteral("author_email"), f.at(3)},
        {QStringLiteral("authored_date"), date(f.at(4))},
        {QStringLiteral("committer_name"), f.at(5)},
        {QStringLiteral("committer_email"), f.at(6)},
        {QStringLiteral("committed_date"), date(f.at(7))},
        {QStringLiteral("trailers"), QJsonObject()},
        {QStringLiteral("extended_trailers"), QJsonObject()},
        {QStringLiteral("web_url"), m_api.webUrl(m_api.projectFullPath(project) + QStringLiteral("/-/commit/") + f.at(0))},
    };
    m_commits.insert(key, json);
    return json;
}

void PipelineEngine::appendTrace(int jobId, const QByteArray &bytes) const
{
    if (bytes.isEmpty())
        return;
    QFile file(tracePath(jobId));
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(bytes);
}

PipelineEngine::Log PipelineEngine::buildLog(const QJsonObject &job) const
{
    TraceInput input;
    input.jobId = num(job, "id");
    input.jobName = str(job, "name");
    input.ref = str(job, "ref");
    input.sha = str(job, "sha");
    input.image = str(job, "_image");
    const QJsonObject project = m_api.store.get(QStringLiteral("projects"), num(job, "project_id"));
    input.projectPath = m_api.projectFullPath(project);
    input.projectId = num(project, "id");
    const QJsonObject runner = m_api.store.get(Runners, num(job, "runner_id"));
    input.runnerDescription = str(runner, "description");
    input.runnerId = num(runner, "id");
    input.started = parseTime(str(job, "started_at"));
    for (const QJsonValue &line : job.value(QLatin1String("_before_script")).toArray())
        input.beforeScript << line.toString();
    for (const QJsonValue &line : job.value(QLatin1String("_script")).toArray())
        input.script << line.toString();
    for (const QJsonValue &line : job.value(QLatin1String("_after_script")).toArray())
        input.afterScript << line.toString();
    input.fails = job.value(QLatin1String("_will_fail")).toBool();
    input.parts = job.contains(QLatin1String("_run_ticks")) ? qMax(2, num(job, "_run_ticks"))
                                                              : 4 + qMin(6, int(input.script.size()));
    const TraceText text = buildTrace(input);
    Log log;
    log.parts = text.parts;
    log.ending = text.ending;
    return log;
}

PipelineEngine::Log &PipelineEngine::logFor(const QJsonObject &job)
{
    const int id = num(job, "id");
    auto it = m_logs.find(id);
    if (it != m_logs.end())
        return *it;
    Log log = buildLog(job);
    // After a restart, continue where the file ends.
    const qint64 size = QFileInfo(tracePath(id)).size();
    qint64 total = 0;
    log.written = 0;
    for (const QByteArray &part : std::as_const(log.parts)) {
        if (total + part.size() > size)
            break;
        total += part.size();
        ++log.written;
    }
    if (!m_ticks.contains(id))
        m_ticks.insert(id, log.written);
    return *m_logs.insert(id, log);
}

void PipelineEngine::runInstantly(int pipelineId, const QDateTime &start, const QStringList &failing,
                                  const QString &cancelAtStage)
{
    const auto markFailing = [this, &failing](int id) {
        for (QJsonObject job : latestJobs(id)) {
            if (failing.contains(str(job, "name")) && !job.value(QLatin1String("_will_fail")).toBool()) {
                job.insert(QStringLiteral("_will_fail"), true);
                putJob(job);
            }
        }
    };
    QList<int> pipelines{pipelineId};
    markFailing(pipelineId);
    QDateTime clock = start;
    for (int round = 0; round < 200; ++round) {
        bool changed = false;
        for (int i = 0; i < pipelines.size(); ++i) {
            if (!cancelAtStage.isEmpty() && pipelines.at(i) == pipelineId) {
                const QList<QJsonObject> jobs = latestJobs(pipelineId);
                const bool reached = std::any_of(jobs.cbegin(), jobs.cend(), [&cancelAtStage](const QJsonObject &j) {
                    return str(j, "stage") == cancelAtStage && str(j, "status") == QLatin1String("running");
                });
                if (reached) {
                    const QDateTime saved = clock;
                    for (const QJsonObject &job : jobs)
                        cancelJobRecord(job, saved);
                    updatePipelineStatus(pipelineId, saved);
                    return;
                }
            }
            changed = step(pipelines.at(i), clock, true) || changed;
            for (const QJsonObject &job : latestJobs(pipelines.at(i))) {
                const int downstream = num(job, "downstream_pipeline_id");
                if (downstream && !pipelines.contains(downstream)) {
                    pipelines.append(downstream);
                    markFailing(downstream);
                }
            }
        }
        if (!changed)
            break;
        // The virtual clock moves to the moment the last job of this round finished.
        QDateTime latest = clock;
        for (int id : std::as_const(pipelines)) {
            for (const QJsonObject &job : latestJobs(id)) {
                const QDateTime finished = parseTime(str(job, "finished_at"));
                if (finished.isValid() && finished > latest)
                    latest = finished;
            }
        }
        clock = latest.addSecs(2);
    }
}

void PipelineEngine::writeLargeTrace(int jobId, qint64 bytes)
{
    const QJsonObject job = m_api.store.get(Jobs, jobId);
    if (job.isEmpty())
        return;
    const QJsonObject project = m_api.store.get(QStringLiteral("projects"), num(job, "project_id"));
    QFile file(tracePath(jobId));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    TraceInput input;
    input.jobId = jobId;
    input.jobName = str(job, "name");
    input.ref = str(job, "ref");
    input.sha = str(job, "sha");
    input.image = str(job, "_image");
    input.projectPath = m_api.projectFullPath(project);
    input.projectId = num(project, "id");
    const QJsonObject runner = m_api.store.get(Runners, num(job, "runner_id"));
    input.runnerDescription = str(runner, "description");
    input.runnerId = num(runner, "id");
    input.started = parseTime(str(job, "started_at"));
    input.fails = str(job, "status") == QLatin1String("failed");
    writeLargeBuildTrace(input, bytes, &file);
}

void PipelineEngine::setRunTicks(int jobId, int ticks)
{
    QJsonObject job = m_api.store.get(Jobs, jobId);
    if (job.isEmpty())
        return;
    job.insert(QStringLiteral("_run_ticks"), ticks);
    putJob(job);
    m_logs.remove(jobId);
}

void PipelineEngine::freeze(int pipelineId)
{
    QJsonObject pipeline = m_api.store.get(Pipelines, pipelineId);
    if (pipeline.isEmpty())
        return;
    pipeline.insert(QStringLiteral("_frozen"), true);
    putPipeline(pipeline);
    m_active.remove(pipelineId);
}

} // namespace LabDesk::Sandbox
