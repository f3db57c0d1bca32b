// Runners: the user-facing Runners API (lib/api/ci/runners.rb), runner creation linked to a user
// (lib/api/user_runners.rb), the legacy registration-token flow and the runner-facing endpoints
// a real gitlab-runner calls (lib/api/ci/runner.rb), with GitLab's statuses and error bodies.
//
// Records: runners (see sandboxapi.h), runner_managers {runner_id, system_id, version, revision,
// platform, architecture, ip_address, created_at, contacted_at}, settings (id 1:
// runners_registration_token). Projects and groups get a `runners_token` field on first use.
#include "directory.h"
#include "modules.h"

#include "sandbox/sandboxapi.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <memory>

namespace LabDesk::Sandbox {

namespace {

const QString Runners = QStringLiteral("runners");
const QString Managers = QStringLiteral("runner_managers");
const QString Settings = QStringLiteral("settings");
const QString Projects = QStringLiteral("projects");
const QString Namespaces = QStringLiteral("namespaces");
const QString Jobs = QStringLiteral("jobs");

const QString InstanceType = QStringLiteral("instance_type");
const QString GroupType = QStringLiteral("group_type");
const QString ProjectType = QStringLiteral("project_type");

// GitLab's Ci::Runner::ONLINE_CONTACT_TIMEOUT and STALE_TIMEOUT.
constexpr qint64 OnlineSeconds = 2 * 3600;
constexpr qint64 StaleSeconds = 7 * 24 * 3600;
constexpr int MinimumTimeout = 600;
// Ci::Runner::RUNNER_TOKEN_PREFIX for project and group registration tokens.
const QString RegistrationTokenPrefix = QStringLiteral("GR1348941");
const QString LegacySystemId = QStringLiteral("<legacy>");

const QStringList RunnerTypes{InstanceType, GroupType, ProjectType};
const QStringList AccessLevels{QStringLiteral("not_protected"), QStringLiteral("ref_protected")};
// Ci::Runner::AVAILABLE_STATUSES_INCL_DEPRECATED, AVAILABLE_TYPES_LEGACY.
const QStringList Statuses{QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("online"),
                           QStringLiteral("offline"), QStringLiteral("never_contacted"), QStringLiteral("stale")};
const QStringList LegacyTypes{QStringLiteral("specific"), QStringLiteral("shared")};
// Ci::Build::AVAILABLE_STATUSES.
const QStringList JobStatuses{QStringLiteral("created"), QStringLiteral("waiting_for_resource"),
                              QStringLiteral("preparing"), QStringLiteral("pending"), QStringLiteral("running"),
                              QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("canceling"),
                              QStringLiteral("canceled"), QStringLiteral("skipped"), QStringLiteral("manual"),
                              QStringLiteral("scheduled")};

QString randomString(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return out;
}

QString digest(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QDateTime parseTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

QList<int> ids(const QJsonObject &record, const QString &field)
{
    QList<int> out;
    for (const QJsonValue &value : record.value(field).toArray())
        out.append(value.toInt());
    return out;
}

// Grape's messages for parameters that do not coerce or are outside `values:`.
HttpResponse notValid(const QString &parameter)
{
    return Errors::error(400, QStringLiteral("%1 does not have a valid value").arg(parameter));
}

// Routes hold the module through `keep`, so it lives exactly as long as they do.
class RunnerModule : public std::enable_shared_from_this<RunnerModule>
{
public:
    explicit RunnerModule(SandboxApi &api)
        : m_api(api)
    {
    }

    void registerRoutes();
    void seedDemo();

private:
    // --- state -------------------------------------------------------------------------------
    QJsonValue contactedAt(const QJsonObject &runner) const
    {
        if (runner.value(QLatin1String("_always_online")).toBool())
            return m_api.now();
        const QJsonValue contacted = runner.value(QLatin1String("contacted_at"));
        return contacted.isString() ? contacted : QJsonValue(QJsonValue::Null);
    }

    bool isStale(const QJsonObject &record) const
    {
        const QDateTime created = parseTime(record.value(QLatin1String("created_at")));
        if (!created.isValid())
            return false;
        QDateTime latest = created;
        const QDateTime contacted = parseTime(contactedAt(record));
        if (contacted.isValid() && contacted > latest)
            latest = contacted;
        return latest <= m_api.currentTime().addSecs(-StaleSeconds);
    }

    // Ci::Runner#status: stale, never_contacted, online or offline.
    QString status(const QJsonObject &record) const
    {
        if (isStale(record))
            return QStringLiteral("stale");
        if (contactedAt(record).isNull())
            return QStringLiteral("never_contacted");
        return m_api.isRunnerOnline(record) ? QStringLiteral("online") : QStringLiteral("offline");
    }

    // The REST `status` field is still Ci::Runner#deprecated_rest_status: "paused" for a paused
    // runner that has contacted the server.
    QString restStatus(const QJsonObject &runner) const
    {
        const QString current = status(runner);
        if (current == QLatin1String("stale") || current == QLatin1String("never_contacted"))
            return current;
        return runner.value(QLatin1String("paused")).toBool() ? QStringLiteral("paused") : current;
    }

    // The scopes of Ci::Runner the `status`/`scope` filters map to; `offline` includes stale
    // runners that were contacted once, as GitLab documents.
    bool inStatusScope(const QJsonObject &runner, const QString &scope) const
    {
        const QDateTime contacted = parseTime(contactedAt(runner));
        const QDateTime onlineDeadline = m_api.currentTime().addSecs(-OnlineSeconds);
        if (scope == QLatin1String("online"))
            return contacted.isValid() && contacted > onlineDeadline;
        if (scope == QLatin1String("offline"))
            return contacted.isValid() && contacted <= onlineDeadline;
        if (scope == QLatin1String("never_contacted"))
            return !contacted.isValid();
        if (scope == QLatin1String("stale"))
            return isStale(runner);
        if (scope == QLatin1String("active"))
            return !runner.value(QLatin1String("paused")).toBool();
        if (scope == QLatin1String("paused"))
            return runner.value(QLatin1String("paused")).toBool();
        if (scope == QLatin1String("specific"))
            return runner.value(QLatin1String("runner_type")).toString() != InstanceType;
        if (scope == QLatin1String("shared"))
            return runner.value(QLatin1String("runner_type")).toString() == InstanceType;
        return runner.value(QLatin1String("runner_type")).toString() == scope;
    }

    QList<QJsonObject> managersOf(int runnerId) const
    {
        return m_api.store.where(Managers, QStringLiteral("runner_id"), runnerId);
    }

    QJsonObject latestManager(int runnerId) const
    {
        QJsonObject latest;
        for (const QJsonObject &manager : managersOf(runnerId)) {
            if (latest.isEmpty()
                || parseTime(manager.value(QLatin1String("contacted_at"))) > parseTime(latest.value(QLatin1String("contacted_at"))))
                latest = manager;
        }
        return latest;
    }

    // --- permissions -------------------------------------------------------------------------
    // Membership-based access, without the administrator's implicit ownership: GET /runners lists
    // what a user's memberships give, also for an administrator (GET /runners/all is the rest).
    static QJsonObject asMember(const QJsonObject &user)
    {
        QJsonObject plain = user;
        plain.insert(QStringLiteral("is_admin"), false);
        return plain;
    }

    int bestProjectAccess(const QJsonObject &user, const QJsonObject &runner) const
    {
        int best = AccessLevel::None;
        for (int projectId : ids(runner, QStringLiteral("project_ids")))
            best = qMax(best, m_api.projectAccess(user, m_api.store.get(Projects, projectId)));
        return best;
    }

    int bestGroupAccess(const QJsonObject &user, const QJsonObject &runner) const
    {
        int best = AccessLevel::None;
        for (int groupId : ids(runner, QStringLiteral("group_ids")))
            best = qMax(best, m_api.groupAccess(user, m_api.store.get(Namespaces, groupId)));
        return best;
    }

    // Ci::Runner owned by the user: Maintainer of one of its projects, Owner of one of its groups.
    bool owns(const QJsonObject &user, const QJsonObject &runner) const
    {
        const QString type = runner.value(QLatin1String("runner_type")).toString();
        if (type == ProjectType)
            return bestProjectAccess(user, runner) >= AccessLevel::Maintainer;
        if (type == GroupType)
            return bestGroupAccess(user, runner) >= AccessLevel::Owner;
        return user.value(QLatin1String("is_admin")).toBool();
    }

    bool canRead(const QJsonObject &user, const QJsonObject &runner) const
    {
        if (user.value(QLatin1String("is_admin")).toBool())
            return true;
        const QString type = runner.value(QLatin1String("runner_type")).toString();
        if (type == InstanceType)
            return true; // instance runners are visible to every signed-in user
        if (type == GroupType)
            return bestGroupAccess(user, runner) >= AccessLevel::Maintainer;
        return bestProjectAccess(user, runner) >= AccessLevel::Maintainer;
    }

    // --- serializers -------------------------------------------------------------------------
    QJsonObject runnerJson(const QJsonObject &runner) const
    {
        const int id = runner.value(QLatin1String("id")).toInt();
        const bool paused = runner.value(QLatin1String("paused")).toBool();
        const QJsonValue contacted = contactedAt(runner);
        // ip_address is deprecated: GitLab 17.0 and later send an empty string.
        QString ip;
        if (compareVersions(m_api.versionString, QStringLiteral("17.0")) < 0)
            ip = latestManager(id).value(QLatin1String("ip_address")).toString();
        return {
            {QStringLiteral("id"), id},
            {QStringLiteral("description"), runner.value(QLatin1String("description")).toString()},
            {QStringLiteral("ip_address"), ip},
            {QStringLiteral("active"), !paused},
            {QStringLiteral("paused"), paused},
            {QStringLiteral("is_shared"), runner.value(QLatin1String("runner_type")).toString() == InstanceType},
            {QStringLiteral("runner_type"), runner.value(QLatin1String("runner_type"))},
            {QStringLiteral("name"), runner.value(QLatin1String("name")).isString() ? runner.value(QLatin1String("name"))
                                                                                      : QJsonValue(QJsonValue::Null)},
            // online? is `contacted_at && contacted_at > deadline`: null for a runner never seen.
            {QStringLiteral("online"), contacted.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_api.isRunnerOnline(runner))},
            {QStringLiteral("status"), restStatus(runner)},
        };
    }

    // Entities::Ci::RunnerDetails.
    QJsonObject runnerDetails(const QJsonObject &runner, const QJsonObject &user, bool includeProjects) const
    {
        QJsonObject out = runnerJson(runner);
        const int id = runner.value(QLatin1String("id")).toInt();
        const bool admin = user.value(QLatin1String("is_admin")).toBool();
        out.insert(QStringLiteral("tag_list"), runner.value(QLatin1String("tag_list")).toArray());
        out.insert(QStringLiteral("run_untagged"), runner.value(QLatin1String("run_untagged")).toBool(true));
        out.insert(QStringLiteral("locked"), runner.value(QLatin1String("locked")).toBool());
        out.insert(QStringLiteral("maximum_timeout"), runner.value(QLatin1String("maximum_timeout")).isDouble()
                                                          ? runner.value(QLatin1String("maximum_timeout"))
                                                          : QJsonValue(QJsonValue::Null));
        out.insert(QStringLiteral("access_level"), runner.value(QLatin1String("access_level")).toString(AccessLevels.first()));
        const QJsonObject manager = latestManager(id);
        for (const char *field : {"version", "revision", "platform", "architecture"}) {
            const QString key = QString::fromLatin1(field);
            out.insert(key, manager.value(key).isString() ? manager.value(key) : QJsonValue(QJsonValue::Null));
        }
        out.insert(QStringLiteral("contacted_at"), contactedAt(runner));
        out.insert(QStringLiteral("maintenance_note"), canUpdate(user, runner) && runner.value(QLatin1String("maintenance_note")).isString()
                                                           ? runner.value(QLatin1String("maintenance_note"))
                                                           : QJsonValue(QJsonValue::Null));
        if (includeProjects) {
            const Directory directory(m_api, user);
            QJsonArray projects;
            for (int projectId : ids(runner, QStringLiteral("project_ids"))) {
                const QJsonObject project = m_api.store.get(Projects, projectId);
                if (!project.isEmpty() && (admin || m_api.projectAccess(user, project) >= AccessLevel::Guest))
                    projects.append(directory.projectJson(project, Directory::ProjectView::Basic));
            }
            out.insert(QStringLiteral("projects"), projects);
        }
        QJsonArray groups;
        for (int groupId : ids(runner, QStringLiteral("group_ids"))) {
            const QJsonObject group = m_api.store.get(Namespaces, groupId);
            if (group.isEmpty() || !(admin || m_api.groupAccess(user, group) >= AccessLevel::Guest))
                continue;
            groups.append(QJsonObject{{QStringLiteral("id"), groupId},
                                      {QStringLiteral("web_url"), m_api.webUrl(QStringLiteral("groups/") + m_api.namespaceFullPath(groupId))},
                                      {QStringLiteral("name"), group.value(QLatin1String("name"))}});
        }
        out.insert(QStringLiteral("groups"), groups);
        return out;
    }

    QJsonObject managerJson(const QJsonObject &manager, const QJsonObject &runner) const
    {
        QJsonObject effective = manager;
        // A simulated always-online runner's managers are online with it.
        if (runner.value(QLatin1String("_always_online")).toBool())
            effective.insert(QStringLiteral("_always_online"), true);
        return {
            {QStringLiteral("id"), manager.value(QLatin1String("id"))},
            {QStringLiteral("system_id"), manager.value(QLatin1String("system_id"))},
            {QStringLiteral("version"), manager.value(QLatin1String("version")).toString()},
            {QStringLiteral("revision"), manager.value(QLatin1String("revision")).toString()},
            {QStringLiteral("platform"), manager.value(QLatin1String("platform")).toString()},
            {QStringLiteral("architecture"), manager.value(QLatin1String("architecture")).toString()},
            {QStringLiteral("created_at"), manager.value(QLatin1String("created_at"))},
            {QStringLiteral("contacted_at"), contactedAt(effective)},
            {QStringLiteral("ip_address"), manager.value(QLatin1String("ip_address")).toString()},
            {QStringLiteral("status"), status(effective)},
        };
    }

    // Entities::Ci::JobBasicWithProject, from the record the pipelines module keeps.
    QJsonObject jobJson(const Directory &directory, const QJsonObject &job) const
    {
        QJsonObject out;
        for (auto it = job.begin(); it != job.end(); ++it) {
            if (!it.key().startsWith(QLatin1Char('_')))
                out.insert(it.key(), it.value());
        }
        const QJsonObject project = m_api.store.get(Projects, job.value(QLatin1String("project_id")).toInt());
        if (!project.isEmpty()) {
            const QString fullPath = directory.projectFullPath(project);
            out.insert(QStringLiteral("project"),
                       QJsonObject{{QStringLiteral("id"), project.value(QLatin1String("id"))},
                                   {QStringLiteral("description"), project.value(QLatin1String("description"))},
                                   {QStringLiteral("name"), project.value(QLatin1String("name"))},
                                   {QStringLiteral("name_with_namespace"),
                                    QString(directory.fullName(project.value(QLatin1String("namespace_id")).toInt())
                                            + QStringLiteral(" / ") + project.value(QLatin1String("name")).toString())},
                                   {QStringLiteral("path"), project.value(QLatin1String("path"))},
                                   {QStringLiteral("path_with_namespace"), fullPath},
                                   {QStringLiteral("created_at"), project.value(QLatin1String("created_at"))}});
        }
        return out;
    }

    bool canUpdate(const QJsonObject &user, const QJsonObject &runner) const
    {
        return user.value(QLatin1String("is_admin")).toBool() || owns(user, runner);
    }

    // --- request helpers ---------------------------------------------------------------------
    // Validates the filter parameters (`type`, `status`, `paused`, `tag_list`, `version_prefix`
    // and, where allowed, the deprecated `scope`) and applies them. An error response is set
    // when a value is refused.
    bool filter(const ApiRequest &request, QList<QJsonObject> *runners, const QStringList *scopeValues,
                const QStringList &scopeAllowed, HttpResponse *error) const
    {
        QList<QPair<QString, QStringList>> checks{{QStringLiteral("type"), RunnerTypes}, {QStringLiteral("status"), Statuses}};
        if (scopeValues)
            checks.prepend({QStringLiteral("scope"), *scopeValues});
        QStringList scopes;
        for (const auto &[name, allowed] : checks) {
            if (!request.has(name))
                continue;
            const QString value = request.string(name);
            if (!allowed.contains(value)) {
                *error = notValid(name);
                return false;
            }
            if (name == QLatin1String("scope") && !scopeAllowed.contains(value)) {
                *error = Errors::message(400, QStringLiteral("Scope contains invalid value"));
                return false;
            }
            scopes << value;
        }
        if (request.has(QStringLiteral("paused"))) {
            const bool paused = request.boolean(QStringLiteral("paused"), false);
            if (paused != request.boolean(QStringLiteral("paused"), true)) {
                *error = Errors::invalid(QStringLiteral("paused"));
                return false;
            }
            scopes << (paused ? QStringLiteral("paused") : QStringLiteral("active"));
        }
        const QStringList tags = request.list(QStringLiteral("tag_list"));
        const QString versionPrefix = request.string(QStringLiteral("version_prefix"));
        QList<QJsonObject> kept;
        for (const QJsonObject &runner : std::as_const(*runners)) {
            bool keep = true;
            for (const QString &scope : std::as_const(scopes))
                keep = keep && inStatusScope(runner, scope);
            const QJsonArray runnerTags = runner.value(QLatin1String("tag_list")).toArray();
            for (const QString &tag : tags)
                keep = keep && runnerTags.contains(tag);
            if (keep && !versionPrefix.isEmpty()) {
                bool anyVersion = false;
                for (const QJsonObject &manager : managersOf(runner.value(QLatin1String("id")).toInt()))
                    anyVersion = anyVersion || manager.value(QLatin1String("version")).toString().startsWith(versionPrefix);
                keep = anyVersion;
            }
            if (keep)
                kept.append(runner);
        }
        *runners = kept;
        return true;
    }

    HttpResponse listRunners(const ApiRequest &request, QList<QJsonObject> runners, const QStringList *scopeValues,
                             const QStringList &scopeAllowed) const
    {
        HttpResponse error;
        if (!filter(request, &runners, scopeValues, scopeAllowed, &error))
            return error;
        QJsonArray out;
        for (const QJsonObject &runner : std::as_const(runners))
            out.append(runnerJson(runner));
        return paginate(m_api, request, out);
    }

    // The runner named by the `:id` path parameter, or the error to answer.
    bool runnerFromPath(const ApiRequest &request, const QString &param, QJsonObject *runner, HttpResponse *error) const
    {
        bool ok = false;
        const int id = request.pathParam(param).toInt(&ok);
        if (!ok) {
            *error = Errors::invalid(param);
            return false;
        }
        *runner = m_api.store.get(Runners, id);
        if (runner->isEmpty()) {
            *error = Errors::notFound(QStringLiteral("Runner"));
            return false;
        }
        return true;
    }

    // A project the caller may see, else GitLab's 404.
    bool projectFromPath(const ApiRequest &request, QJsonObject *project, HttpResponse *error) const
    {
        *project = m_api.findProject(request.pathParam(QStringLiteral("id")));
        if (project->isEmpty() || !Directory(m_api, request.user).canReadProject(*project)) {
            *error = Errors::notFound(QStringLiteral("Project"));
            return false;
        }
        return true;
    }

    bool groupFromPath(const ApiRequest &request, QJsonObject *group, HttpResponse *error) const
    {
        *group = m_api.findGroup(request.pathParam(QStringLiteral("id")));
        if (group->isEmpty() || !Directory(m_api, request.user).canReadGroup(*group)) {
            *error = Errors::notFound(QStringLiteral("Group"));
            return false;
        }
        return true;
    }

    // The group and its ancestors, nearest first.
    QList<int> groupChain(int groupId) const
    {
        QList<int> chain;
        QJsonObject ns = m_api.store.get(Namespaces, groupId);
        for (int depth = 0; !ns.isEmpty() && depth < 32; ++depth) {
            if (ns.value(QLatin1String("kind")).toString() == QLatin1String("group"))
                chain.append(ns.value(QLatin1String("id")).toInt());
            const QJsonValue parent = ns.value(QLatin1String("parent_id"));
            if (!parent.isDouble())
                break;
            ns = m_api.store.get(Namespaces, parent.toInt());
        }
        return chain;
    }

    // Runners available to the groups in `groupIds` (group runners) plus instance runners and,
    // when projectId > 0, that project's runners.
    QList<QJsonObject> availableRunners(const QList<int> &groupIds, int projectId) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &runner : m_api.store.all(Runners)) {
            const QString type = runner.value(QLatin1String("runner_type")).toString();
            bool keep = type == InstanceType;
            if (type == GroupType) {
                for (int groupId : ids(runner, QStringLiteral("group_ids")))
                    keep = keep || groupIds.contains(groupId);
            } else if (type == ProjectType && projectId > 0) {
                keep = ids(runner, QStringLiteral("project_ids")).contains(projectId);
            }
            if (keep)
                out.append(runner);
        }
        return out;
    }

    // Reads the attributes shared by PUT /runners/:id, POST /user/runners and POST /runners into
    // `runner`. Returns false with Grape's error for a value that does not coerce.
    bool readAttributes(const ApiRequest &request, QJsonObject *runner, HttpResponse *error) const
    {
        if (request.has(QStringLiteral("active")) && request.has(QStringLiteral("paused"))) {
            *error = Errors::error(400, QStringLiteral("active, paused are mutually exclusive"));
            return false;
        }
        if (request.has(QStringLiteral("description")))
            runner->insert(QStringLiteral("description"), request.string(QStringLiteral("description")));
        for (const char *flag : {"paused", "active", "locked", "run_untagged"}) {
            const QString name = QString::fromLatin1(flag);
            if (!request.has(name))
                continue;
            const bool value = request.boolean(name, false);
            if (value != request.boolean(name, true)) {
                *error = Errors::invalid(name);
                return false;
            }
            if (name == QLatin1String("active"))
                runner->insert(QStringLiteral("paused"), !value);
            else
                runner->insert(name, value);
        }
        if (request.has(QStringLiteral("tag_list"))) {
            QStringList tags = request.list(QStringLiteral("tag_list"));
            tags.removeDuplicates();
            runner->insert(QStringLiteral("tag_list"), QJsonArray::fromStringList(tags));
        }
        if (request.has(QStringLiteral("access_level"))) {
            const QString level = request.string(QStringLiteral("access_level"));
            if (!AccessLevels.contains(level)) {
                *error = notValid(QStringLiteral("access_level"));
                return false;
            }
            runner->insert(QStringLiteral("access_level"), level);
        }
        if (request.has(QStringLiteral("maximum_timeout"))) {
            bool ok = false;
            const int timeout = request.string(QStringLiteral("maximum_timeout")).toInt(&ok);
            if (!ok) {
                *error = Errors::invalid(QStringLiteral("maximum_timeout"));
                return false;
            }
            runner->insert(QStringLiteral("maximum_timeout"), timeout);
        }
        for (const char *note : {"maintainer_note", "maintenance_note"}) {
            if (request.has(QString::fromLatin1(note)))
                runner->insert(QStringLiteral("maintenance_note"), request.string(QString::fromLatin1(note)));
        }
        return true;
    }

    // Ci::Runner's model validations, as {attribute: [messages]}.
    static QJsonObject validate(const QJsonObject &runner)
    {
        QJsonObject errors;
        if (!runner.value(QLatin1String("run_untagged")).toBool(true)
            && runner.value(QLatin1String("tag_list")).toArray().isEmpty())
            errors.insert(QStringLiteral("tags_list"),
                          QJsonArray{QStringLiteral("can not be empty when runner is not allowed to pick untagged jobs")});
        const QJsonValue timeout = runner.value(QLatin1String("maximum_timeout"));
        if (timeout.isDouble() && timeout.toInt() < MinimumTimeout)
            errors.insert(QStringLiteral("maximum_timeout"), QJsonArray{QStringLiteral("needs to be at least 10 minutes")});
        if (runner.value(QLatin1String("maintenance_note")).toString().size() > 1024)
            errors.insert(QStringLiteral("maintenance_note"), QJsonArray{QStringLiteral("is too long (maximum is 1024 characters)")});
        return errors;
    }

    // ActiveModel's full messages, joined as Array#to_sentence does.
    static QString fullMessages(const QJsonObject &errors)
    {
        QStringList messages;
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            QString attribute = it.key();
            attribute.replace(QLatin1Char('_'), QLatin1Char(' '));
            attribute[0] = attribute.at(0).toUpper();
            for (const QJsonValue &message : it.value().toArray())
                messages << attribute + QLatin1Char(' ') + message.toString();
        }
        if (messages.size() <= 1)
            return messages.join(QString());
        if (messages.size() == 2)
            return messages.join(QStringLiteral(" and "));
        const QString last = messages.takeLast();
        return messages.join(QStringLiteral(", ")) + QStringLiteral(", and ") + last;
    }

    // Stores a new runner with GitLab's defaults and returns {id, token, token_expires_at}; the
    // plaintext token exists only in this answer.
    QJsonObject createRunner(QJsonObject runner, const QString &tokenPrefix)
    {
        const QString token = tokenPrefix + randomString(20);
        for (const auto &[field, value] : std::initializer_list<std::pair<const char *, QJsonValue>>{
                 {"description", QString()},
                 {"name", QJsonValue::Null},
                 {"paused", false},
                 {"tag_list", QJsonArray()},
                 {"run_untagged", true},
                 {"locked", false},
                 {"access_level", AccessLevels.first()},
                 {"maximum_timeout", QJsonValue::Null},
                 {"maintenance_note", QJsonValue::Null},
                 {"project_ids", QJsonArray()},
                 {"group_ids", QJsonArray()},
                 {"contacted_at", QJsonValue::Null},
                 {"token_expires_at", QJsonValue::Null},
                 {"_always_online", false}}) {
            if (!runner.contains(QString::fromLatin1(field)))
                runner.insert(QString::fromLatin1(field), value);
        }
        runner.insert(QStringLiteral("created_at"), m_api.now());
        runner.insert(QStringLiteral("_token_digest"), digest(token));
        const int id = m_api.store.nextId(Runners);
        m_api.store.put(Runners, id, runner);
        return {
            {QStringLiteral("id"), id},
            {QStringLiteral("token"), token},
            {QStringLiteral("token_expires_at"), QJsonValue::Null},
        };
    }

    QJsonObject runnerByToken(const QString &token) const
    {
        if (token.isEmpty())
            return {};
        return m_api.store.findOne(Runners, QStringLiteral("_token_digest"), digest(token));
    }

    // What a runner's request does to its records (Ci::Runner#heartbeat and
    // RunnerManager#heartbeat): contacted now, a manager per system_id with the runner's info.
    void heartbeat(QJsonObject runner, const ApiRequest &request)
    {
        const int runnerId = runner.value(QLatin1String("id")).toInt();
        const QString now = m_api.now();
        runner.insert(QStringLiteral("contacted_at"), now);
        m_api.store.put(Runners, runnerId, runner);

        const QString systemId = request.string(QStringLiteral("system_id"), LegacySystemId);
        QJsonObject manager;
        for (const QJsonObject &candidate : managersOf(runnerId)) {
            if (candidate.value(QLatin1String("system_id")).toString() == systemId)
                manager = candidate;
        }
        int managerId = manager.value(QLatin1String("id")).toInt();
        if (manager.isEmpty()) {
            managerId = m_api.store.nextId(Managers);
            manager = {{QStringLiteral("runner_id"), runnerId},
                       {QStringLiteral("system_id"), systemId},
                       {QStringLiteral("created_at"), now}};
        }
        const QJsonObject info = request.params.value(QLatin1String("info")).toObject();
        for (const char *field : {"version", "revision", "platform", "architecture"}) {
            const QString key = QString::fromLatin1(field);
            if (info.value(key).isString())
                manager.insert(key, info.value(key));
            else if (!manager.contains(key))
                manager.insert(key, QString());
        }
        manager.insert(QStringLiteral("ip_address"), request.http.peer.toString());
        manager.insert(QStringLiteral("contacted_at"), now);
        m_api.store.put(Managers, managerId, manager);
    }

    // The registration token kept in `record` (a project or a group), created on first use.
    QString registrationToken(const QString &collection, QJsonObject record, bool reset)
    {
        QString token = record.value(QLatin1String("runners_token")).toString();
        if (token.isEmpty() || reset) {
            token = RegistrationTokenPrefix + randomString(20);
            record.insert(QStringLiteral("runners_token"), token);
            m_api.store.put(collection, record.value(QLatin1String("id")).toInt(), record);
        }
        return token;
    }

    QString instanceRegistrationToken(bool reset)
    {
        QJsonObject settings = m_api.store.get(Settings, 1);
        QString token = settings.value(QLatin1String("runners_registration_token")).toString();
        if (token.isEmpty() || reset) {
            token = randomString(20);
            settings.insert(QStringLiteral("runners_registration_token"), token);
            m_api.store.put(Settings, 1, settings);
        }
        return token;
    }

    static HttpResponse resetTokenResult(const QString &token)
    {
        return HttpResponse::json(201, QJsonObject{{QStringLiteral("token"), token},
                                                   {QStringLiteral("token_expires_at"), QJsonValue::Null}});
    }

    static HttpResponse noContent() { return HttpResponse::text(204, {}, "application/json"); }

    // --- routes ------------------------------------------------------------------------------
    void registerListRoutes();
    void registerRunnerRoutes();
    void registerProjectAndGroupRoutes();
    void registerCreationRoutes();
    void registerRunnerFacingRoutes();

    SandboxApi &m_api;
};

void RunnerModule::registerListRoutes()
{
    Router &r = m_api.router;
    const auto keep = shared_from_this();
    const QStringList allScopes = LegacyTypes + RunnerTypes + Statuses; // Ci::Runner::AVAILABLE_SCOPES

    r.add("GET", QStringLiteral("/runners"), [this, keep, allScopes](ApiRequest &request) {
        const QJsonObject member = asMember(request.user);
        QList<QJsonObject> owned;
        for (const QJsonObject &runner : m_api.store.all(Runners)) {
            if (runner.value(QLatin1String("runner_type")).toString() != InstanceType && owns(member, runner))
                owned.append(runner);
        }
        return listRunners(request, owned, &allScopes, Statuses);
    });

    r.add("GET", QStringLiteral("/runners/all"), [this, keep, allScopes](ApiRequest &request) {
        if (!request.isAdmin())
            return Errors::forbidden();
        return listRunners(request, m_api.store.all(Runners), &allScopes, allScopes);
    });
}

void RunnerModule::registerRunnerRoutes()
{
    Router &r = m_api.router;
    const auto keep = shared_from_this();

    r.add("GET", QStringLiteral("/runners/:id"), [this, keep](ApiRequest &request) {
        QJsonObject runner;
        HttpResponse error;
        if (!runnerFromPath(request, QStringLiteral("id"), &runner, &error))
            return error;
        if (!canRead(request.user, runner))
            return Errors::forbidden(QStringLiteral("403 Forbidden - No access granted"));
        return HttpResponse::json(200, runnerDetails(runner, request.user, request.boolean(QStringLiteral("include_projects"), true)));
    });

    r.add("PUT", QStringLiteral("/runners/:id"), [this, keep](ApiRequest &request) {
        QJsonObject runner;
        HttpResponse error;
        if (!runnerFromPath(request, QStringLiteral("id"), &runner, &error))
            return error;
        bool any = false;
        for (const char *name : {"description", "active", "paused", "tag_list", "run_untagged", "locked", "access_level",
                                 "maximum_timeout", "maintenance_note"})
            any = any || request.has(QString::fromLatin1(name));
        if (!any)
            return Errors::error(400, QStringLiteral("description, active, paused, tag_list, run_untagged, locked, access_level, "
                                                     "maximum_timeout, maintenance_note are missing, at least one parameter must be provided"));
        if (!canUpdate(request.user, runner))
            return Errors::forbidden(QStringLiteral("403 Forbidden - No access granted"));
        QJsonObject updated = runner;
        if (!readAttributes(request, &updated, &error))
            return error;
        const QJsonObject invalid = validate(updated);
        if (!invalid.isEmpty())
            return Errors::validation(invalid);
        m_api.store.put(Runners, runner.value(QLatin1String("id")).toInt(), updated);
        return HttpResponse::json(200, runnerDetails(updated, request.user, true));
    });

    r.add("DELETE", QStringLiteral("/runners/:id"), [this, keep](ApiRequest &request) {
        QJsonObject runner;
        HttpResponse error;
        if (!runnerFromPath(request, QStringLiteral("id"), &runner, &error))
            return error;
        if (!request.isAdmin()) {
            if (ids(runner, QStringLiteral("project_ids")).size() > 1)
                return Errors::forbidden(QStringLiteral("403 Forbidden - Runner associated with more than one project"));
            if (!canUpdate(request.user, runner))
                return Errors::forbidden(QStringLiteral("403 Forbidden - No access granted"));
        }
        const int id = runner.value(QLatin1String("id")).toInt();
        for (const QJsonObject &manager : managersOf(id))
            m_api.store.remove(Managers, manager.value(QLatin1String("id")).toInt());
        m_api.store.remove(Runners, id);
        return noContent();
    });

    r.add("GET", QStringLiteral("/runners/:id/managers"), [this, keep](ApiRequest &request) {
        QJsonObject runner;
        HttpResponse error;
        if (!runnerFromPath(request, QStringLiteral("id"), &runner, &error))
            return error;
        if (!canRead(request.user, runner))
            return Errors::forbidden(QStringLiteral("403 Forbidden - No access granted"));
        QJsonArray out;
        for (const QJsonObject &manager : managersOf(runner.value(QLatin1String("id")).toInt()))
            out.append(managerJson(manager, runner));
        return HttpResponse::json(200, out);
    });

    r.add("GET", QStringLiteral("/runners/:id/jobs"), [this, keep](ApiRequest &request) {
        QJsonObject runner;
        HttpResponse error;
        if (!runnerFromPath(request, QStringLiteral("id"), &runner, &error))
            return error;
        if (!canRead(request.user, runner))
            return Errors::forbidden(QStringLiteral("403 Forbidden - No access granted"));
        const QString status = request.string(QStringLiteral("status"));
        if (request.has(QStringLiteral("status")) && !JobStatuses.contains(status))
            return notValid(QStringLiteral("status"));
        const QString sort = request.string(QStringLiteral("sort"), QStringLiteral("desc"));
        if (sort != QLatin1String("asc") && sort != QLatin1String("desc"))
            return notValid(QStringLiteral("sort"));
        if (request.has(QStringLiteral("order_by")) && request.string(QStringLiteral("order_by")) != QLatin1String("id"))
            return notValid(QStringLiteral("order_by"));
        const QString systemId = request.string(QStringLiteral("system_id"));
        int managerId = 0;
        if (!systemId.isEmpty()) {
            for (const QJsonObject &manager : managersOf(runner.value(QLatin1String("id")).toInt())) {
                if (manager.value(QLatin1String("system_id")).toString() == systemId)
                    managerId = manager.value(QLatin1String("id")).toInt();
            }
        }
        const Directory directory(m_api, request.user);
        QJsonArray out;
        for (const QJsonObject &job : m_api.store.where(Jobs, QStringLiteral("runner_id"), runner.value(QLatin1String("id")))) {
            if (!status.isEmpty() && job.value(QLatin1String("status")).toString() != status)
                continue;
            if (!systemId.isEmpty() && job.value(QLatin1String("runner_manager_id")).toInt() != managerId)
                continue;
            // Only jobs of projects where the caller is at least Reporter.
            const QJsonObject project = m_api.store.get(Projects, job.value(QLatin1String("project_id")).toInt());
            if (!request.isAdmin() && m_api.projectAccess(request.user, project) < AccessLevel::Reporter)
                continue;
            if (sort == QLatin1String("desc"))
                out.prepend(jobJson(directory, job));
            else
                out.append(jobJson(directory, job));
        }
        return paginate(m_api, request, out);
    });

    r.add("POST", QStringLiteral("/runners/:id/reset_authentication_token"), [this, keep](ApiRequest &request) {
        QJsonObject runner;
        HttpResponse error;
        if (!runnerFromPath(request, QStringLiteral("id"), &runner, &error))
            return error;
        if (!canUpdate(request.user, runner))
            return Errors::forbidden(QStringLiteral("403 Forbidden - No access granted"));
        const QString token = QStringLiteral("glrt-") + randomString(20);
        runner.insert(QStringLiteral("_token_digest"), digest(token));
        m_api.store.put(Runners, runner.value(QLatin1String("id")).toInt(), runner);
        return resetTokenResult(token);
    });
}

void RunnerModule::registerProjectAndGroupRoutes()
{
    Router &r = m_api.router;
    const auto keep = shared_from_this();
    const QStringList allScopes = LegacyTypes + RunnerTypes + Statuses;

    r.add("GET", QStringLiteral("/projects/:id/runners"), [this, keep, allScopes](ApiRequest &request) {
        QJsonObject project;
        HttpResponse error;
        if (!projectFromPath(request, &project, &error))
            return error;
        if (m_api.projectAccess(request.user, project) < AccessLevel::Maintainer)
            return Errors::forbidden();
        const QList<QJsonObject> runners =
            availableRunners(groupChain(project.value(QLatin1String("namespace_id")).toInt()), project.value(QLatin1String("id")).toInt());
        return listRunners(request, runners, &allScopes, allScopes);
    });

    r.add("POST", QStringLiteral("/projects/:id/runners"), [this, keep](ApiRequest &request) {
        QJsonObject project;
        HttpResponse error;
        if (!projectFromPath(request, &project, &error))
            return error;
        if (m_api.projectAccess(request.user, project) < AccessLevel::Maintainer)
            return Errors::forbidden();
        if (!request.has(QStringLiteral("runner_id")))
            return Errors::missing(QStringLiteral("runner_id"));
        bool ok = false;
        const int runnerId = request.string(QStringLiteral("runner_id")).toInt(&ok);
        if (!ok)
            return Errors::invalid(QStringLiteral("runner_id"));
        QJsonObject runner = m_api.store.get(Runners, runnerId);
        if (runner.isEmpty())
            return Errors::notFound(QStringLiteral("Runner"));
        const QString type = runner.value(QLatin1String("runner_type")).toString();
        if (type == GroupType)
            return Errors::forbidden(QStringLiteral("403 Forbidden - Runner is a group runner"));
        if (!request.isAdmin()) {
            if (runner.value(QLatin1String("locked")).toBool())
                return Errors::forbidden(QStringLiteral("403 Forbidden - Runner is locked"));
            if (type != ProjectType || !owns(request.user, runner))
                return Errors::forbidden(QStringLiteral("403 Forbidden - No access granted"));
        }
        const int projectId = project.value(QLatin1String("id")).toInt();
        QJsonArray projectIds = runner.value(QLatin1String("project_ids")).toArray();
        if (type != ProjectType)
            return Errors::message(400, QStringLiteral("Runner is not a project runner - runner_error"));
        if (projectIds.contains(projectId))
            // Ci::Runner#assign_to's RecordInvalid, through render_api_error_with_reason!.
            return Errors::message(400, QStringLiteral("Assign to Validation failed: Runner has already been taken - runner_error"));
        projectIds.append(projectId);
        runner.insert(QStringLiteral("project_ids"), projectIds);
        m_api.store.put(Runners, runnerId, runner);
        return HttpResponse::json(201, runnerJson(runner));
    });

    r.add("DELETE", QStringLiteral("/projects/:id/runners/:runner_id"), [this, keep](ApiRequest &request) {
        QJsonObject project;
        HttpResponse error;
        if (!projectFromPath(request, &project, &error))
            return error;
        if (m_api.projectAccess(request.user, project) < AccessLevel::Maintainer)
            return Errors::forbidden();
        QJsonObject runner;
        if (!runnerFromPath(request, QStringLiteral("runner_id"), &runner, &error))
            return error;
        const int projectId = project.value(QLatin1String("id")).toInt();
        QList<int> projectIds = ids(runner, QStringLiteral("project_ids"));
        if (!projectIds.contains(projectId))
            return Errors::notFound(QStringLiteral("Runner"));
        if (!request.isAdmin() && runner.value(QLatin1String("locked")).toBool())
            return Errors::forbidden(QStringLiteral("403 Forbidden - Runner is locked"));
        if (projectIds.constFirst() == projectId)
            return Errors::forbidden(
                QStringLiteral("403 Forbidden - You cannot unassign a runner from the owner project. Delete the runner instead"));
        projectIds.removeAll(projectId);
        QJsonArray kept;
        for (int id : std::as_const(projectIds))
            kept.append(id);
        runner.insert(QStringLiteral("project_ids"), kept);
        m_api.store.put(Runners, runner.value(QLatin1String("id")).toInt(), runner);
        return noContent();
    });

    r.add("GET", QStringLiteral("/groups/:id/runners"), [this, keep](ApiRequest &request) {
        QJsonObject group;
        HttpResponse error;
        if (!groupFromPath(request, &group, &error))
            return error;
        if (m_api.groupAccess(request.user, group) < AccessLevel::Maintainer)
            return Errors::forbidden();
        // No deprecated `scope` here: Grape drops it, as GitLab's route does not declare it.
        return listRunners(request, availableRunners(groupChain(group.value(QLatin1String("id")).toInt()), 0), nullptr, {});
    });

    r.add("POST", QStringLiteral("/projects/:id/runners/reset_registration_token"), [this, keep](ApiRequest &request) {
        QJsonObject project;
        HttpResponse error;
        if (!projectFromPath(request, &project, &error))
            return error;
        if (m_api.projectAccess(request.user, project) < AccessLevel::Maintainer)
            return Errors::forbidden();
        return resetTokenResult(registrationToken(Projects, project, true));
    });

    r.add("POST", QStringLiteral("/groups/:id/runners/reset_registration_token"), [this, keep](ApiRequest &request) {
        QJsonObject group;
        HttpResponse error;
        if (!groupFromPath(request, &group, &error))
            return error;
        if (m_api.groupAccess(request.user, group) < AccessLevel::Owner)
            return Errors::forbidden();
        return resetTokenResult(registrationToken(Namespaces, group, true));
    });

    r.add("POST", QStringLiteral("/runners/reset_registration_token"), [this, keep](ApiRequest &request) {
        if (!request.isAdmin())
            return Errors::forbidden();
        return resetTokenResult(instanceRegistrationToken(true));
    });
}

void RunnerModule::registerCreationRoutes()
{
    Router &r = m_api.router;
    const auto keep = shared_from_this();

    // POST /user/runners arrived in GitLab 15.10; older servers do not know the route.
    if (compareVersions(m_api.versionString, QStringLiteral("15.10")) >= 0) {
        r.add("POST", QStringLiteral("/user/runners"), [this, keep](ApiRequest &request) {
            const QString type = request.string(QStringLiteral("runner_type"));
            if (!request.has(QStringLiteral("runner_type")))
                return Errors::error(400, QStringLiteral("runner_type is missing, runner_type does not have a valid value"));
            if (!RunnerTypes.contains(type))
                return notValid(QStringLiteral("runner_type"));
            if (type == GroupType && !request.has(QStringLiteral("group_id")))
                return Errors::missing(QStringLiteral("group_id"));
            if (type == ProjectType && !request.has(QStringLiteral("project_id")))
                return Errors::missing(QStringLiteral("project_id"));
            QJsonObject runner{{QStringLiteral("runner_type"), type}, {QStringLiteral("creator_id"), request.userId()}};
            HttpResponse error;
            // This route declares `paused` only; Grape drops the deprecated `active`.
            request.params.remove(QStringLiteral("active"));
            if (!readAttributes(request, &runner, &error))
                return error;

            const auto badRequest = [](const QString &reason) {
                return Errors::message(400, QStringLiteral("400 Bad request - ") + reason);
            };
            const auto insufficient = [] { return Errors::forbidden(QStringLiteral("403 Forbidden - Insufficient permissions")); };
            if (type == InstanceType) {
                if (!request.isAdmin())
                    return insufficient();
            } else if (type == GroupType) {
                const QJsonObject group = m_api.findGroup(QString::number(request.integer(QStringLiteral("group_id"))));
                if (group.isEmpty())
                    return badRequest(QStringLiteral("Missing/invalid group"));
                if (m_api.groupAccess(request.user, group) < AccessLevel::Owner)
                    return insufficient();
                runner.insert(QStringLiteral("group_ids"), QJsonArray{group.value(QLatin1String("id"))});
            } else {
                const QJsonObject project = m_api.store.get(Projects, request.integer(QStringLiteral("project_id")));
                if (project.isEmpty())
                    return badRequest(QStringLiteral("Missing/invalid project"));
                if (m_api.projectAccess(request.user, project) < AccessLevel::Maintainer)
                    return insufficient();
                runner.insert(QStringLiteral("project_ids"), QJsonArray{project.value(QLatin1String("id"))});
            }
            const QJsonObject invalid = validate(runner);
            if (!invalid.isEmpty())
                return badRequest(fullMessages(invalid));
            runner.insert(QStringLiteral("_registration_type"), QStringLiteral("authenticated_user"));
            return HttpResponse::json(201, createRunner(runner, QStringLiteral("glrt-")));
        }, Access::Authenticated, {QStringLiteral("create_runner"), QStringLiteral("api")});
    }

    // The legacy flow `gitlab-runner register --registration-token` uses. Registration tokens are
    // disabled by default from GitLab 17.0 on: every non-empty token then gets 410 Gone.
    r.add("POST", QStringLiteral("/runners"), [this, keep](ApiRequest &request) {
        if (!request.has(QStringLiteral("token")))
            return Errors::missing(QStringLiteral("token"));
        const QString token = request.string(QStringLiteral("token"));
        if (!token.isEmpty() && compareVersions(m_api.versionString, QStringLiteral("17.0")) >= 0)
            return Errors::message(410, QStringLiteral("410 Gone - runner registration disallowed"));

        QJsonObject runner;
        if (!token.isEmpty() && token == m_api.store.get(Settings, 1).value(QLatin1String("runners_registration_token")).toString()) {
            runner.insert(QStringLiteral("runner_type"), InstanceType);
        } else if (!token.isEmpty()) {
            for (const QJsonObject &project : m_api.store.where(Projects, QStringLiteral("runners_token"), token)) {
                runner.insert(QStringLiteral("runner_type"), ProjectType);
                runner.insert(QStringLiteral("project_ids"), QJsonArray{project.value(QLatin1String("id"))});
            }
            for (const QJsonObject &group : m_api.store.where(Namespaces, QStringLiteral("runners_token"), token)) {
                runner.insert(QStringLiteral("runner_type"), GroupType);
                runner.insert(QStringLiteral("group_ids"), QJsonArray{group.value(QLatin1String("id"))});
            }
        }
        if (runner.isEmpty())
            return Errors::forbidden(QStringLiteral("403 Forbidden - invalid token supplied"));
        HttpResponse error;
        if (!readAttributes(request, &runner, &error))
            return error;
        const QJsonObject info = request.params.value(QLatin1String("info")).toObject();
        if (info.value(QLatin1String("name")).isString())
            runner.insert(QStringLiteral("name"), info.value(QLatin1String("name")));
        const QJsonObject invalid = validate(runner);
        if (!invalid.isEmpty())
            return Errors::validation(invalid);
        runner.insert(QStringLiteral("_registration_type"), QStringLiteral("registration_token"));
        // Runners registered with a registration token have unprefixed tokens before 17.0.
        return HttpResponse::json(201, createRunner(runner, QString()));
    }, Access::Anonymous);
}

void RunnerModule::registerRunnerFacingRoutes()
{
    Router &r = m_api.router;
    const auto keep = shared_from_this();

    // What `gitlab-runner verify` and the runner's first contact call. The runner's own token
    // authenticates it; GitLab answers a bare 403 to any other.
    r.add("POST", QStringLiteral("/runners/verify"), [this, keep](ApiRequest &request) {
        if (!request.has(QStringLiteral("token")))
            return Errors::missing(QStringLiteral("token"));
        const QString token = request.string(QStringLiteral("token"));
        const QJsonObject runner = runnerByToken(token);
        if (runner.isEmpty())
            return Errors::forbidden();
        heartbeat(runner, request);
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), runner.value(QLatin1String("id"))},
                                                   {QStringLiteral("token"), token},
                                                   {QStringLiteral("token_expires_at"), runner.value(QLatin1String("token_expires_at"))}});
    }, Access::Anonymous);

    r.add("DELETE", QStringLiteral("/runners"), [this, keep](ApiRequest &request) {
        if (!request.has(QStringLiteral("token")))
            return Errors::missing(QStringLiteral("token"));
        const QJsonObject runner = runnerByToken(request.string(QStringLiteral("token")));
        if (runner.isEmpty())
            return Errors::forbidden();
        const int id = runner.value(QLatin1String("id")).toInt();
        for (const QJsonObject &manager : managersOf(id))
            m_api.store.remove(Managers, manager.value(QLatin1String("id")).toInt());
        m_api.store.remove(Runners, id);
        return noContent();
    }, Access::Anonymous);

    r.add("POST", QStringLiteral("/runners/reset_authentication_token"), [this, keep](ApiRequest &request) {
        if (!request.has(QStringLiteral("token")))
            return Errors::missing(QStringLiteral("token"));
        QJsonObject runner = runnerByToken(request.string(QStringLiteral("token")));
        if (runner.isEmpty())
            return Errors::forbidden();
        heartbeat(runner, request);
        runner = m_api.store.get(Runners, runner.value(QLatin1String("id")).toInt());
        const QString prefix = runner.value(QLatin1String("_registration_type")).toString() == QLatin1String("registration_token")
                                   ? QString()
                                   : QStringLiteral("glrt-");
        const QString token = prefix + randomString(20);
        runner.insert(QStringLiteral("_token_digest"), digest(token));
        m_api.store.put(Runners, runner.value(QLatin1String("id")).toInt(), runner);
        return resetTokenResult(token);
    }, Access::Anonymous);
}

void RunnerModule::registerRoutes()
{
    registerListRoutes();
    registerRunnerRoutes();
    registerProjectAndGroupRoutes();
    registerCreationRoutes();
    registerRunnerFacingRoutes();
}

void RunnerModule::seedDemo()
{
    const QDateTime now = m_api.currentTime();
    const QString monthAgo = SandboxApi::iso(now.addDays(-30));
    const QList<QJsonObject> projects = m_api.store.all(Projects);
    QJsonObject group;
    for (const QJsonObject &ns : m_api.store.all(Namespaces)) {
        if (ns.value(QLatin1String("kind")).toString() == QLatin1String("group")) {
            group = ns;
            break;
        }
    }
    const QJsonValue projectId = projects.isEmpty() ? QJsonValue() : projects.constFirst().value(QLatin1String("id"));
    const QJsonValue groupId = group.isEmpty() ? QJsonValue() : group.value(QLatin1String("id"));

    struct Seed
    {
        const char *description;
        QString type;
        QStringList tags;
        bool paused;
        bool alwaysOnline;
        qint64 contactedSecondsAgo; // < 0: never contacted
        QString createdAt;
    };
    // None of them has the tag "gpu": a job asking for it stays pending, as on GitLab.
    const Seed seeds[] = {
        {"shared-docker", InstanceType, {QStringLiteral("docker"), QStringLiteral("linux")}, false, true, 0, monthAgo},
        {"deploy-runner", projectId.isDouble() ? ProjectType : InstanceType, {QStringLiteral("deploy")}, false, true, 0, monthAgo},
        {"group-builder", groupId.isDouble() ? GroupType : InstanceType, {QStringLiteral("docker"), QStringLiteral("build")}, true,
         false, 600, monthAgo},
        {"macos-runner", projectId.isDouble() ? ProjectType : InstanceType, {QStringLiteral("macos"), QStringLiteral("xcode")}, false,
         false, 3 * 3600, monthAgo},
        {"old-windows-runner", InstanceType, {QStringLiteral("windows")}, false, false, 10 * 24 * 3600, monthAgo},
        {"new-arm64-runner", InstanceType, {QStringLiteral("arm64"), QStringLiteral("linux")}, false, false, -1, m_api.now()},
    };
    int serial = 0;
    for (const Seed &seed : seeds) {
        QJsonObject runner{
            {QStringLiteral("description"), QString::fromLatin1(seed.description)},
            {QStringLiteral("name"), QStringLiteral("gitlab-runner")},
            {QStringLiteral("runner_type"), seed.type},
            {QStringLiteral("paused"), seed.paused},
            {QStringLiteral("tag_list"), QJsonArray::fromStringList(seed.tags)},
            {QStringLiteral("run_untagged"), seed.type == InstanceType},
            {QStringLiteral("locked"), seed.type == ProjectType},
            {QStringLiteral("maximum_timeout"), seed.type == InstanceType ? QJsonValue(3600) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("project_ids"), seed.type == ProjectType ? QJsonArray{projectId} : QJsonArray()},
            {QStringLiteral("group_ids"), seed.type == GroupType ? QJsonArray{groupId} : QJsonArray()},
            {QStringLiteral("_always_online"), seed.alwaysOnline},
            {QStringLiteral("contacted_at"), seed.contactedSecondsAgo < 0 ? QJsonValue(QJsonValue::Null)
                                                                          : QJsonValue(SandboxApi::iso(now.addSecs(-seed.contactedSecondsAgo)))},
            {QStringLiteral("creator_id"), QJsonValue::Null},
        };
        const int id = createRunner(runner, QStringLiteral("glrt-")).value(QLatin1String("id")).toInt();
        QJsonObject stored = m_api.store.get(Runners, id);
        stored.insert(QStringLiteral("created_at"), seed.createdAt);
        m_api.store.put(Runners, id, stored);
        if (seed.contactedSecondsAgo < 0)
            continue;
        m_api.store.put(Managers, m_api.store.nextId(Managers),
                        {{QStringLiteral("runner_id"), id},
                         {QStringLiteral("system_id"), QStringLiteral("s_%1").arg(QString::number(0x5a17c0de00 + ++serial, 16))},
                         {QStringLiteral("version"), QStringLiteral("17.5.1")},
                         {QStringLiteral("revision"), QStringLiteral("affd9e7d")},
                         {QStringLiteral("platform"), seed.tags.contains(QStringLiteral("macos")) ? QStringLiteral("darwin")
                                                      : seed.tags.contains(QStringLiteral("windows")) ? QStringLiteral("windows")
                                                                                                     : QStringLiteral("linux")},
                         {QStringLiteral("architecture"), QStringLiteral("amd64")},
                         {QStringLiteral("ip_address"), QStringLiteral("127.0.0.1")},
                         {QStringLiteral("created_at"), seed.createdAt},
                         {QStringLiteral("contacted_at"), stored.value(QLatin1String("contacted_at"))}});
    }
}

} // namespace

void registerRunnerRoutes(SandboxApi &api)
{
    std::make_shared<RunnerModule>(api)->registerRoutes();
}

void seedDemoRunners(SandboxApi &api)
{
    RunnerModule(api).seedDemo();
}

} // namespace LabDesk::Sandbox
