#pragma once

#include "sandbox/sandboxapi.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace LabDesk::Sandbox {

// One request's view of groups, namespaces and projects for one caller (or nobody): the
// namespaces with their full paths and the caller's memberships are read once, so listing
// 20,000 projects does not scan the members collection per project. Serializers for projects,
// groups and namespaces with GitLab's fields live here because groups, projects and members all
// show them. Build one per request and drop it afterwards: it does not see later changes.
class Directory
{
public:
    Directory(const SandboxApi &api, const QJsonObject &user);

    const SandboxApi &api() const { return m_api; }
    const QJsonObject &user() const { return m_user; }
    bool isAdmin() const;

    QJsonObject namespaceRecord(int id) const;
    QString fullPath(int namespaceId) const;
    QString fullName(int namespaceId) const; // "Platform / Infrastructure"
    QString projectFullPath(const QJsonObject &project) const;
    QList<QJsonObject> namespaces() const; // ascending id
    // The group and all its descendants (ids), the group first.
    QList<int> subtree(int groupId) const;
    QList<int> children(int groupId) const;

    // The caller's memberships, expired ones left out. Administrators are not members by being
    // administrators: these are what `membership`, `owned` and `min_access_level` filter on.
    int directProjectLevel(int projectId) const;
    int directGroupLevel(int groupId) const;
    int inheritedGroupLevel(int groupId) const; // the group's and its ancestors'
    int membershipLevel(const QJsonObject &project) const; // project, groups, personal namespace
    // Effective access: the membership level, or Owner for administrators.
    int projectAccess(const QJsonObject &project) const;
    int groupAccess(const QJsonObject &group) const;
    bool canReadProject(const QJsonObject &project) const;
    // Public and internal groups, groups the caller belongs to, and private groups above a group
    // or project the caller belongs to (GitLab shows members of a subgroup its ancestors).
    bool canReadGroup(const QJsonObject &group) const;
    // The caller is a member of the group, of an ancestor, or of a group or project below it:
    // GitLab's "authorized groups", the default list of a user who is not an administrator.
    bool isRelatedGroup(int groupId) const;

    enum class ProjectView {
        Basic, // BasicProjectDetails: anonymous callers and simple=true
        Full, // Project
        WithPermissions, // ProjectWithAccess: lists and GET /projects/:id for a signed-in caller
    };
    QJsonObject projectJson(const QJsonObject &project, ProjectView view) const;
    QJsonObject groupJson(const QJsonObject &group) const; // Entities::Group
    QJsonObject namespaceJson(const QJsonObject &ns) const; // NamespaceBasic
    QString sshUrl(const QString &fullPath) const;
    QString httpUrl(const QString &fullPath) const;

private:
    void loadMemberships();

    const SandboxApi &m_api;
    QJsonObject m_user;
    int m_userId = 0;
    QHash<int, QJsonObject> m_namespaces;
    QHash<int, QList<int>> m_children;
    mutable QHash<int, QString> m_fullPaths;
    mutable QHash<int, QString> m_fullNames;
    QHash<int, int> m_projectLevels;
    QHash<int, int> m_groupLevels;
    mutable QHash<int, int> m_inheritedLevels;
    QSet<int> m_groupsAboveMemberships;
};

// Grape's parameter checks, shared by the groups, projects and members modules.
namespace Params {

// The value of an enumerated parameter, or `fallback` when it is absent; `ok` is false when it
// is present but not one of `values`.
QString choice(const ApiRequest &request, const QString &name, const QStringList &values, const QString &fallback,
               bool *ok);
HttpResponse notValid(const QString &parameter); // 400 {"error":"<parameter> does not have a valid value"}
const QStringList &accessLevels(); // what min_access_level accepts
const QStringList &visibilities(); // private, internal, public

} // namespace Params

// Writes and rules shared by the groups, projects and members modules and their seeds.
namespace Catalog {

int visibilityRank(const QString &visibility); // private 0, internal 10, public 20; -1 unknown
// GitLab's validation messages for a namespace or project path and a project name; empty when fine.
QString pathError(const QString &path);
QString projectNameError(const QString &name);
QString slug(const QString &name); // "My Project" -> "my-project", as GitLab derives a path

QJsonObject addMember(SandboxApi &api, const QString &sourceType, int sourceId, int userId, int accessLevel,
                      int createdBy, const QString &expiresAt = {});
// A group (kind "group" namespace); its creator becomes an Owner member, as on GitLab.
QJsonObject createGroup(SandboxApi &api, const QString &name, const QString &path, int parentId,
                        const QString &visibility, const QString &description, int creatorId);
// A project record from `fields` (name, path, namespace_id, visibility, description,
// default_branch, ...) with the timestamps and defaults filled in. A personal project's owner
// becomes its Owner member. The repository is not created here.
QJsonObject createProject(SandboxApi &api, QJsonObject fields, int creatorId);
// Removes the project, its members, access requests and repository.
void deleteProject(SandboxApi &api, int projectId);

} // namespace Catalog

} // namespace LabDesk::Sandbox
