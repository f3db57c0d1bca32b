#include "directory.h"

#include "repository.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace LabDesk::Sandbox {

namespace {

const QString Namespaces = QStringLiteral("namespaces");
const QString Members = QStringLiteral("members");
const QString Projects = QStringLiteral("projects");

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QString featureLevel(const QJsonObject &project, const char *feature,
                     const QString &fallback = QStringLiteral("enabled"))
{
    const QString value = project.value(QLatin1String(feature)).toString();
    return value.isEmpty() ? fallback : value;
}

} // namespace

Directory::Directory(const SandboxApi &api, const QJsonObject &user)
    : m_api(api)
    , m_user(user)
    , m_userId(user.value(QLatin1String("id")).toInt())
{
    for (const QJsonObject &ns : api.store.all(Namespaces)) {
        const int id = ns.value(QLatin1String("id")).toInt();
        m_namespaces.insert(id, ns);
        const QJsonValue parent = ns.value(QLatin1String("parent_id"));
        if (parent.isDouble())
            m_children[parent.toInt()].append(id);
    }
    loadMemberships();
}

void Directory::loadMemberships()
{
    if (m_userId == 0)
        return;
    const QString today = m_api.currentTime().date().toString(Qt::ISODate);
    for (const QJsonObject &member : m_api.store.where(Members, QStringLiteral("user_id"), m_userId)) {
        const QString expires = member.value(QLatin1String("expires_at")).toString();
        if (!expires.isEmpty() && expires < today)
            continue;
        const int source = member.value(QLatin1String("source_id")).toInt();
        const int level = member.value(QLatin1String("access_level")).toInt();
        if (member.value(QLatin1String("source_type")).toString() == QLatin1String("Project")) {
            m_projectLevels[source] = qMax(m_projectLevels.value(source), level);
            const QJsonObject project = m_api.store.get(Projects, source);
            for (int ns = project.value(QLatin1String("namespace_id")).toInt(); ns > 0;
                 ns = m_namespaces.value(ns).value(QLatin1String("parent_id")).toInt())
                m_groupsAboveMemberships.insert(ns);
        } else {
            m_groupLevels[source] = qMax(m_groupLevels.value(source), level);
            for (int ns = source; ns > 0; ns = m_namespaces.value(ns).value(QLatin1String("parent_id")).toInt())
                m_groupsAboveMemberships.insert(ns);
        }
    }
}

bool Directory::isAdmin() const
{
    return m_user.value(QLatin1String("is_admin")).toBool();
}

QJsonObject Directory::namespaceRecord(int id) const
{
    return m_namespaces.value(id);
}

QString Directory::fullPath(int namespaceId) const
{
    const auto cached = m_fullPaths.constFind(namespaceId);
    if (cached != m_fullPaths.cend())
        return *cached;
    const QJsonObject ns = m_namespaces.value(namespaceId);
    QString path = ns.value(QLatin1String("path")).toString();
    const int parent = ns.value(QLatin1String("parent_id")).toInt();
    if (parent > 0 && parent != namespaceId)
        path = fullPath(parent) + QLatin1Char('/') + path;
    m_fullPaths.insert(namespaceId, path);
    return path;
}

QString Directory::fullName(int namespaceId) const
{
    const auto cached = m_fullNames.constFind(namespaceId);
    if (cached != m_fullNames.cend())
        return *cached;
    const QJsonObject ns = m_namespaces.value(namespaceId);
    QString name = ns.value(QLatin1String("name")).toString();
    const int parent = ns.value(QLatin1String("parent_id")).toInt();
    if (parent > 0 && parent != namespaceId)
        name = fullName(parent) + QStringLiteral(" / ") + name;
    m_fullNames.insert(namespaceId, name);
    return name;
}

QString Directory::projectFullPath(const QJsonObject &project) const
{
    return fullPath(project.value(QLatin1String("namespace_id")).toInt()) + QLatin1Char('/')
        + project.value(QLatin1String("path")).toString();
}

QList<QJsonObject> Directory::namespaces() const
{
    QList<QJsonObject> out = m_namespaces.values();
    std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("id")).toInt() < b.value(QLatin1String("id")).toInt();
    });
    return out;
}

QList<int> Directory::children(int groupId) const
{
    QList<int> out = m_children.value(groupId);
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> Directory::subtree(int groupId) const
{
    QList<int> out {groupId};
    for (qsizetype i = 0; i < out.size() && out.size() < 100000; ++i)
        out += children(out.at(i));
    return out;
}

int Directory::directProjectLevel(int projectId) const
{
    return m_projectLevels.value(projectId);
}

int Directory::directGroupLevel(int groupId) const
{
    return m_groupLevels.value(groupId);
}

int Directory::inheritedGroupLevel(int groupId) const
{
    const auto cached = m_inheritedLevels.constFind(groupId);
    if (cached != m_inheritedLevels.cend())
        return *cached;
    int level = m_groupLevels.value(groupId);
    const int parent = m_namespaces.value(groupId).value(QLatin1String("parent_id")).toInt();
    if (parent > 0 && parent != groupId)
        level = qMax(level, inheritedGroupLevel(parent));
    m_inheritedLevels.insert(groupId, level);
    return level;
}

int Directory::membershipLevel(const QJsonObject &project) const
{
    if (m_userId == 0)
        return AccessLevel::None;
    const int nsId = project.value(QLatin1String("namespace_id")).toInt();
    const QJsonObject ns = m_namespaces.value(nsId);
    int level = m_projectLevels.value(project.value(QLatin1String("id")).toInt());
    if (ns.value(QLatin1String("kind")).toString() == QLatin1String("group"))
        level = qMax(level, inheritedGroupLevel(nsId));
    else if (ns.value(QLatin1String("owner_id")).toInt() == m_userId)
        level = AccessLevel::Owner;
    return level;
}

int Directory::projectAccess(const QJsonObject &project) const
{
    if (project.isEmpty() || m_userId == 0)
        return AccessLevel::None;
    return isAdmin() ? AccessLevel::Owner : membershipLevel(project);
}

int Directory::groupAccess(const QJsonObject &group) const
{
    if (group.isEmpty() || m_userId == 0)
        return AccessLevel::None;
    return isAdmin() ? AccessLevel::Owner : inheritedGroupLevel(group.value(QLatin1String("id")).toInt());
}

bool Directory::canReadProject(const QJsonObject &project) const
{
    if (project.isEmpty())
        return false;
    const QString visibility = project.value(QLatin1String("visibility")).toString();
    if (visibility == QLatin1String("public"))
        return true;
    if (m_userId == 0)
        return false;
    if (visibility == QLatin1String("internal"))
        return true;
    return projectAccess(project) >= AccessLevel::Guest;
}

bool Directory::canReadGroup(const QJsonObject &group) const
{
    if (group.isEmpty())
        return false;
    const QString visibility = group.value(QLatin1String("visibility")).toString();
    if (visibility == QLatin1String("public"))
        return true;
    if (m_userId == 0)
        return false;
    if (visibility == QLatin1String("internal") || isAdmin())
        return true;
    return isRelatedGroup(group.value(QLatin1String("id")).toInt());
}

bool Directory::isRelatedGroup(int groupId) const
{
    return inheritedGroupLevel(groupId) >= AccessLevel::Guest || m_groupsAboveMemberships.contains(groupId);
}

QString Directory::sshUrl(const QString &path) const
{
    const QString host = m_api.sshHost.isEmpty() ? m_api.baseUrl.host() : m_api.sshHost;
    const QString user = m_api.sshUser.isEmpty() ? QStringLiteral("git") : m_api.sshUser;
    if (m_api.sshPort != 22)
        return QStringLiteral("ssh://%1@%2:%3/%4.git").arg(user, host).arg(m_api.sshPort).arg(path);
    return QStringLiteral("%1@%2:%3.git").arg(user, host, path);
}

QString Directory::httpUrl(const QString &path) const
{
    return m_api.webUrl(path) + QStringLiteral(".git");
}

QJsonObject Directory::namespaceJson(const QJsonObject &ns) const
{
    const int id = ns.value(QLatin1String("id")).toInt();
    const QString path = fullPath(id);
    const bool group = ns.value(QLatin1String("kind")).toString() == QLatin1String("group");
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), ns.value(QLatin1String("name"))},
        {QStringLiteral("path"), ns.value(QLatin1String("path"))},
        {QStringLiteral("kind"), ns.value(QLatin1String("kind"))},
        {QStringLiteral("full_path"), path},
        {QStringLiteral("parent_id"), orNull(ns.value(QLatin1String("parent_id")))},
        {QStringLiteral("avatar_url"), orNull(ns.value(QLatin1String("avatar_url")))},
        {QStringLiteral("web_url"), m_api.webUrl(group ? QStringLiteral("groups/") + path : path)},
    };
}

QJsonObject Directory::projectJson(const QJsonObject &project, ProjectView view) const
{
    const int id = project.value(QLatin1String("id")).toInt();
    const int nsId = project.value(QLatin1String("namespace_id")).toInt();
    const QJsonObject ns = m_namespaces.value(nsId);
    const QString path = projectFullPath(project);
    const QString webUrl = m_api.webUrl(path);
    QString defaultBranch = project.value(QLatin1String("default_branch")).toString();
    if (defaultBranch.isEmpty())
        defaultBranch = QStringLiteral("main"); // default_branch_or_main, as an empty project shows

    const Repository repository(m_api, id);
    const bool empty = repository.isEmpty();
    QJsonValue readmeUrl = QJsonValue::Null;
    if (!empty) {
        // GitLab links the first README of the default branch's root, whatever its extension.
        bool found = false;
        static const QRegularExpression readme(QStringLiteral("^readme(\\.|$)"),
                                               QRegularExpression::CaseInsensitiveOption);
        for (const Repository::TreeEntry &entry :
             repository.tree(QStringLiteral("refs/heads/") + defaultBranch, {}, false, &found)) {
            if (entry.type == QLatin1String("blob") && readme.match(entry.path).hasMatch()) {
                readmeUrl
                    = QString(webUrl + QStringLiteral("/-/blob/") + defaultBranch + QLatin1Char('/') + entry.path);
                break;
            }
        }
    }
    const QJsonArray topics = project.value(QLatin1String("topics")).toArray();

    QJsonObject out {
        {QStringLiteral("id"), id},
        {QStringLiteral("description"), orNull(project.value(QLatin1String("description")))},
        {QStringLiteral("name"), project.value(QLatin1String("name"))},
        {QStringLiteral("name_with_namespace"),
         QString(fullName(nsId) + QStringLiteral(" / ") + project.value(QLatin1String("name")).toString())},
        {QStringLiteral("path"), project.value(QLatin1String("path"))},
        {QStringLiteral("path_with_namespace"), path},
        {QStringLiteral("created_at"), project.value(QLatin1String("created_at"))},
        {QStringLiteral("default_branch"), defaultBranch},
        {QStringLiteral("tag_list"), topics},
        {QStringLiteral("topics"), topics},
        {QStringLiteral("ssh_url_to_repo"), sshUrl(path)},
        {QStringLiteral("http_url_to_repo"), httpUrl(path)},
        {QStringLiteral("web_url"), webUrl},
        {QStringLiteral("readme_url"), readmeUrl},
        {QStringLiteral("forks_count"), 0},
        {QStringLiteral("avatar_url"), orNull(project.value(QLatin1String("avatar_url")))},
        {QStringLiteral("star_count"), 0},
        {QStringLiteral("last_activity_at"), project.value(QLatin1String("last_activity_at"))},
        {QStringLiteral("namespace"), namespaceJson(ns)},
    };
    if (view == ProjectView::Basic)
        return out;

    const int access = projectAccess(project);
    const bool admin = access >= AccessLevel::Maintainer;
    const QString apiBase = m_api.baseUrl.toString() + QStringLiteral("/api/v4/projects/") + QString::number(id);
    out.insert(QStringLiteral("container_registry_image_prefix"),
               QString(m_api.baseUrl.host() + QStringLiteral(":5050/") + path.toLower()));
    out.insert(QStringLiteral("_links"),
               QJsonObject {
                   {QStringLiteral("self"), apiBase},
                   {QStringLiteral("issues"), QString(apiBase + QStringLiteral("/issues"))},
                   {QStringLiteral("merge_requests"), QString(apiBase + QStringLiteral("/merge_requests"))},
                   {QStringLiteral("repo_branches"), QString(apiBase + QStringLiteral("/repository/branches"))},
                   {QStringLiteral("labels"), QString(apiBase + QStringLiteral("/labels"))},
                   {QStringLiteral("events"), QString(apiBase + QStringLiteral("/events"))},
                   {QStringLiteral("members"), QString(apiBase + QStringLiteral("/members"))},
                   {QStringLiteral("cluster_agents"), QString(apiBase + QStringLiteral("/cluster_agents"))},
               });
    out.insert(QStringLiteral("packages_enabled"), true);
    out.insert(QStringLiteral("empty_repo"), empty);
    out.insert(QStringLiteral("archived"), project.value(QLatin1String("archived")).toBool());
    out.insert(QStringLiteral("visibility"), project.value(QLatin1String("visibility")));
    if (ns.value(QLatin1String("kind")).toString() == QLatin1String("user")) {
        const QJsonObject owner = m_api.store.get(QStringLiteral("users"), ns.value(QLatin1String("owner_id")).toInt());
        if (!owner.isEmpty())
            out.insert(QStringLiteral("owner"), m_api.userBasic(owner));
    }
    out.insert(QStringLiteral("resolve_outdated_diff_discussions"), false);
    out.insert(QStringLiteral("container_expiration_policy"),
               QJsonObject {
                   {QStringLiteral("cadence"), QStringLiteral("1d")},
                   {QStringLiteral("enabled"), false},
                   {QStringLiteral("keep_n"), 10},
                   {QStringLiteral("older_than"), QStringLiteral("90d")},
                   {QStringLiteral("name_regex"), QStringLiteral(".*")},
                   {QStringLiteral("name_regex_keep"), QJsonValue::Null},
                   {QStringLiteral("next_run_at"), project.value(QLatin1String("created_at"))},
               });
    out.insert(QStringLiteral("repository_object_format"), QStringLiteral("sha1"));
    for (const char *feature : {"issues_enabled", "merge_requests_enabled", "wiki_enabled", "jobs_enabled",
                                "snippets_enabled", "container_registry_enabled"})
        out.insert(QString::fromLatin1(feature), true);
    out.insert(QStringLiteral("service_desk_enabled"), false);
    if (access >= AccessLevel::Reporter)
        out.insert(QStringLiteral("service_desk_address"), QJsonValue::Null);
    out.insert(QStringLiteral("can_create_merge_request_in"), access >= AccessLevel::Developer);
    for (const char *feature :
         {"issues_access_level", "repository_access_level", "merge_requests_access_level", "forking_access_level",
          "wiki_access_level", "builds_access_level", "snippets_access_level", "pages_access_level",
          "analytics_access_level", "container_registry_access_level", "releases_access_level",
          "environments_access_level", "feature_flags_access_level", "infrastructure_access_level",
          "monitor_access_level", "model_experiments_access_level", "model_registry_access_level"})
        out.insert(QString::fromLatin1(feature), featureLevel(project, feature));
    out.insert(QStringLiteral("security_and_compliance_access_level"),
               featureLevel(project, "security_and_compliance_access_level", QStringLiteral("private")));
    out.insert(QStringLiteral("emails_disabled"), false);
    out.insert(QStringLiteral("emails_enabled"), true);
    out.insert(QStringLiteral("shared_runners_enabled"),
               project.value(QLatin1String("shared_runners_enabled")).toBool(true));
    out.insert(QStringLiteral("lfs_enabled"), true);
    out.insert(QStringLiteral("creator_id"), project.value(QLatin1String("creator_id")));
    if (admin) {
        out.insert(QStringLiteral("import_url"), QJsonValue::Null);
        out.insert(QStringLiteral("import_type"), QJsonValue::Null);
    }
    out.insert(QStringLiteral("import_status"), QStringLiteral("none"));
    if (admin)
        out.insert(QStringLiteral("import_error"), QJsonValue::Null);
    out.insert(QStringLiteral("open_issues_count"), 0);
    const QString description = project.value(QLatin1String("description")).toString();
    out.insert(QStringLiteral("description_html"),
               description.isEmpty() ? QString()
                                     : QStringLiteral("<p data-sourcepos=\"1:1-1:%1\" dir=\"auto\">%2</p>")
                                           .arg(description.toUtf8().size())
                                           .arg(description.toHtmlEscaped()));
    out.insert(QStringLiteral("updated_at"),
               project.contains(QLatin1String("updated_at")) ? project.value(QLatin1String("updated_at"))
                                                             : project.value(QLatin1String("last_activity_at")));
    if (admin) {
        out.insert(QStringLiteral("ci_default_git_depth"), 20);
        out.insert(QStringLiteral("ci_delete_pipelines_in_seconds"), QJsonValue::Null);
        out.insert(QStringLiteral("ci_forward_deployment_enabled"), true);
        out.insert(QStringLiteral("ci_forward_deployment_rollback_allowed"), true);
        out.insert(QStringLiteral("ci_job_token_scope_enabled"), false);
        out.insert(QStringLiteral("ci_separated_caches"), true);
        out.insert(QStringLiteral("ci_allow_fork_pipelines_to_run_in_parent_project"), true);
        out.insert(QStringLiteral("ci_id_token_sub_claim_components"),
                   QJsonArray {QStringLiteral("project_path"), QStringLiteral("ref_type"), QStringLiteral("ref")});
        out.insert(QStringLiteral("build_git_strategy"), QStringLiteral("fetch"));
        out.insert(QStringLiteral("keep_latest_artifact"), true);
        out.insert(QStringLiteral("restrict_user_defined_variables"), false);
        out.insert(QStringLiteral("ci_pipeline_variables_minimum_override_role"), QStringLiteral("developer"));
        // The runners module owns registration tokens; a project shows one only once it has it.
        if (project.contains(QLatin1String("runners_token")))
            out.insert(QStringLiteral("runners_token"), project.value(QLatin1String("runners_token")));
        out.insert(QStringLiteral("runner_token_expiration_interval"), QJsonValue::Null);
        out.insert(QStringLiteral("group_runners_enabled"), true);
        out.insert(QStringLiteral("auto_cancel_pending_pipelines"), QStringLiteral("enabled"));
        out.insert(QStringLiteral("build_timeout"), 3600);
        out.insert(QStringLiteral("auto_devops_enabled"), false);
        out.insert(QStringLiteral("auto_devops_deploy_strategy"), QStringLiteral("continuous"));
        out.insert(QStringLiteral("ci_push_repository_for_job_token_allowed"), false);
    }
    out.insert(QStringLiteral("ci_config_path"), orNull(project.value(QLatin1String("ci_config_path"))));
    out.insert(QStringLiteral("public_jobs"), true);
    out.insert(QStringLiteral("shared_with_groups"), QJsonArray());
    out.insert(QStringLiteral("only_allow_merge_if_pipeline_succeeds"), false);
    out.insert(QStringLiteral("allow_merge_on_skipped_pipeline"), false);
    out.insert(QStringLiteral("request_access_enabled"),
               project.value(QLatin1String("request_access_enabled")).toBool(true));
    out.insert(QStringLiteral("only_allow_merge_if_all_discussions_are_resolved"), false);
    out.insert(QStringLiteral("remove_source_branch_after_merge"), true);
    out.insert(QStringLiteral("printing_merge_request_link_enabled"), true);
    out.insert(QStringLiteral("merge_method"), QStringLiteral("merge"));
    out.insert(QStringLiteral("squash_option"), QStringLiteral("default_off"));
    out.insert(QStringLiteral("enforce_auth_checks_on_uploads"), true);
    out.insert(QStringLiteral("suggestion_commit_message"), QJsonValue::Null);
    out.insert(QStringLiteral("merge_commit_template"), QJsonValue::Null);
    out.insert(QStringLiteral("squash_commit_template"), QJsonValue::Null);
    out.insert(QStringLiteral("issue_branch_template"), QJsonValue::Null);
    out.insert(QStringLiteral("warn_about_potentially_unwanted_characters"), true);
    out.insert(QStringLiteral("autoclose_referenced_issues"), true);
    out.insert(QStringLiteral("max_artifacts_size"), QJsonValue::Null);
    if (view != ProjectView::WithPermissions)
        return out;

    // The caller's own memberships: the project's, and the highest in its group's hierarchy.
    const auto accessJson = [](int level) {
        return level > 0 ? QJsonValue(
                   QJsonObject {{QStringLiteral("access_level"), level}, {QStringLiteral("notification_level"), 3}})
                         : QJsonValue(QJsonValue::Null);
    };
    const bool inGroup = ns.value(QLatin1String("kind")).toString() == QLatin1String("group");
    out.insert(QStringLiteral("permissions"),
               QJsonObject {
                   {QStringLiteral("project_access"), accessJson(directProjectLevel(id))},
                   {QStringLiteral("group_access"), accessJson(inGroup ? inheritedGroupLevel(nsId) : 0)},
               });
    return out;
}

QJsonObject Directory::groupJson(const QJsonObject &group) const
{
    const int id = group.value(QLatin1String("id")).toInt();
    const QString path = fullPath(id);
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("web_url"), m_api.webUrl(QStringLiteral("groups/") + path)},
        {QStringLiteral("name"), group.value(QLatin1String("name"))},
        {QStringLiteral("path"), group.value(QLatin1String("path"))},
        {QStringLiteral("description"), group.value(QLatin1String("description")).toString()},
        {QStringLiteral("visibility"), group.value(QLatin1String("visibility"))},
        {QStringLiteral("share_with_group_lock"), false},
        {QStringLiteral("require_two_factor_authentication"), false},
        {QStringLiteral("two_factor_grace_period"), 48},
        {QStringLiteral("project_creation_level"), QStringLiteral("developer")},
        {QStringLiteral("auto_devops_enabled"), QJsonValue::Null},
        {QStringLiteral("subgroup_creation_level"), QStringLiteral("maintainer")},
        {QStringLiteral("emails_disabled"), false},
        {QStringLiteral("emails_enabled"), true},
        {QStringLiteral("mentions_disabled"), QJsonValue::Null},
        {QStringLiteral("lfs_enabled"), true},
        {QStringLiteral("math_rendering_limits_enabled"), true},
        {QStringLiteral("lock_math_rendering_limits_enabled"), false},
        {QStringLiteral("default_branch"), QJsonValue::Null},
        {QStringLiteral("default_branch_protection"), 2},
        {QStringLiteral("default_branch_protection_defaults"),
         QJsonObject {
             {QStringLiteral("allowed_to_push"),
              QJsonArray {QJsonObject {{QStringLiteral("access_level"), AccessLevel::Maintainer}}}},
             {QStringLiteral("allow_force_push"), false},
             {QStringLiteral("allowed_to_merge"),
              QJsonArray {QJsonObject {{QStringLiteral("access_level"), AccessLevel::Maintainer}}}},
         }},
        {QStringLiteral("avatar_url"), orNull(group.value(QLatin1String("avatar_url")))},
        {QStringLiteral("request_access_enabled"), group.value(QLatin1String("request_access_enabled")).toBool(true)},
        {QStringLiteral("full_name"), fullName(id)},
        {QStringLiteral("full_path"), path},
        {QStringLiteral("created_at"), group.value(QLatin1String("created_at"))},
        {QStringLiteral("parent_id"), orNull(group.value(QLatin1String("parent_id")))},
        {QStringLiteral("organization_id"), 1},
        {QStringLiteral("shared_runners_setting"), QStringLiteral("enabled")},
        {QStringLiteral("max_artifacts_size"), QJsonValue::Null},
    };
}

namespace Params {

QString choice(const ApiRequest &request, const QString &name, const QStringList &values, const QString &fallback,
               bool *ok)
{
    *ok = true;
    if (!request.has(name))
        return fallback;
    const QString value = request.string(name);
    *ok = values.contains(value);
    return value;
}

HttpResponse notValid(const QString &parameter)
{
    return Errors::error(400, QStringLiteral("%1 does not have a valid value").arg(parameter));
}

const QStringList &accessLevels()
{
    static const QStringList levels {QStringLiteral("5"),  QStringLiteral("10"), QStringLiteral("20"),
                                     QStringLiteral("30"), QStringLiteral("40"), QStringLiteral("50")};
    return levels;
}

const QStringList &visibilities()
{
    static const QStringList values {QStringLiteral("private"), QStringLiteral("internal"), QStringLiteral("public")};
    return values;
}

} // namespace Params

namespace Catalog {

int visibilityRank(const QString &visibility)
{
    if (visibility == QLatin1String("private"))
        return 0;
    if (visibility == QLatin1String("internal"))
        return 10;
    if (visibility == QLatin1String("public"))
        return 20;
    return -1;
}

QString pathError(const QString &path)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9_.][a-zA-Z0-9_\\-.]*$"));
    if (!valid.match(path).hasMatch() || path.endsWith(QLatin1String(".git")) || path.endsWith(QLatin1String(".atom")))
        return QStringLiteral("can contain only letters, digits, '_', '-' and '.'. Cannot start with '-', end in "
                              "'.git' or end in '.atom'");
    static const QRegularExpression special(QStringLiteral("^[._-]|[._-]$|[._-]{2}"));
    if (special.match(path).hasMatch())
        return QStringLiteral(
            "must not start or end with a special character and must not contain consecutive special characters.");
    return {};
}

QString projectNameError(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[\\p{L}\\p{N}\\p{So}_][\\p{L}\\p{N}\\p{So}_.+\\- ]*$"));
    if (!valid.match(name).hasMatch())
        return QStringLiteral("can contain only letters, digits, emoji, '_', '.', '+', dashes, or spaces. It must "
                              "start with a letter, digit, emoji, or '_'.");
    return {};
}

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('_')
            || c == QLatin1Char('.'))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')) || out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

QJsonObject addMember(SandboxApi &api, const QString &sourceType, int sourceId, int userId, int accessLevel,
                      int createdBy, const QString &expiresAt)
{
    const int id = api.store.nextId(Members);
    api.store.put(
        Members, id,
        {{QStringLiteral("source_type"), sourceType},
         {QStringLiteral("source_id"), sourceId},
         {QStringLiteral("user_id"), userId},
         {QStringLiteral("access_level"), accessLevel},
         {QStringLiteral("expires_at"), expiresAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(expiresAt)},
         {QStringLiteral("created_at"), api.now()},
         {QStringLiteral("created_by"), createdBy > 0 ? QJsonValue(createdBy) : QJsonValue(QJsonValue::Null)}});
    return api.store.get(Members, id);
}

QJsonObject createGroup(SandboxApi &api, const QString &name, const QString &path, int parentId,
                        const QString &visibility, const QString &description, int creatorId)
{
    const int id = api.store.nextId(Namespaces);
    api.store.put(Namespaces, id,
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("kind"), QStringLiteral("group")},
                   {QStringLiteral("parent_id"), parentId > 0 ? QJsonValue(parentId) : QJsonValue(QJsonValue::Null)},
                   {QStringLiteral("visibility"), visibility},
                   {QStringLiteral("description"), description},
                   {QStringLiteral("avatar_url"), QJsonValue::Null},
                   {QStringLiteral("request_access_enabled"), true},
                   {QStringLiteral("created_at"), api.now()}});
    if (creatorId > 0)
        addMember(api, QStringLiteral("Namespace"), id, creatorId, AccessLevel::Owner, creatorId);
    return api.store.get(Namespaces, id);
}

QJsonObject createProject(SandboxApi &api, QJsonObject fields, int creatorId)
{
    const QString now = api.now();
    const auto fill = [&fields](const char *key, const QJsonValue &value) {
        if (!fields.contains(QLatin1String(key)))
            fields.insert(QString::fromLatin1(key), value);
    };
    fill("description", QString());
    fill("visibility", QStringLiteral("private"));
    fill("default_branch", QStringLiteral("main"));
    fill("topics", QJsonArray());
    fill("archived", false);
    fill("request_access_enabled", true);
    fill("creator_id", creatorId);
    fill("created_at", now);
    fill("last_activity_at", fields.value(QLatin1String("created_at")));
    fill("updated_at", fields.value(QLatin1String("created_at")));
    const int id = api.store.nextId(Projects);
    api.store.put(Projects, id, fields);
    const QJsonObject ns = api.store.get(Namespaces, fields.value(QLatin1String("namespace_id")).toInt());
    if (ns.value(QLatin1String("kind")).toString() == QLatin1String("user"))
        addMember(api, QStringLiteral("Project"), id, ns.value(QLatin1String("owner_id")).toInt(), AccessLevel::Owner,
                  creatorId);
    return api.store.get(Projects, id);
}

void deleteProject(SandboxApi &api, int projectId)
{
    for (const QString &collection : {Members, QStringLiteral("access_requests")}) {
        for (const QJsonObject &record : api.store.where(collection, QStringLiteral("source_id"), projectId)) {
            if (record.value(QLatin1String("source_type")).toString() == QLatin1String("Project"))
                api.store.remove(collection, record.value(QLatin1String("id")).toInt());
        }
    }
    api.store.remove(Projects, projectId);
    QDir(api.repositoryPath(projectId)).removeRecursively();
}

} // namespace Catalog

} // namespace LabDesk::Sandbox
