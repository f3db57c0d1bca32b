#pragma once

#include "core/api/apierror.h"
#include "core/api/request.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace LabDesk::Models {

// A group or a project: what members and access requests belong to.
struct Source
{
    enum class Kind {
        Group,
        Project,
    };

    Kind kind = Kind::Project;
    int id = 0;

    bool isValid() const { return id > 0; }
    bool isGroup() const { return kind == Kind::Group; }
    // "/groups/12" or "/projects/7"
    QString apiPath() const;
    bool operator==(const Source &other) const { return kind == other.kind && id == other.id; }
    bool operator!=(const Source &other) const { return !(*this == other); }
};

struct NewProject
{
    QString name;
    QString path;
    int namespaceId = 0; // 0: the user's own namespace
    QString visibility = QStringLiteral("private");
    QString description;
    bool initializeWithReadme = true;
    QString defaultBranch = QStringLiteral("main");
};

// The field errors of a refused create or update: ApiError::fieldErrors when GitLab sent them as
// JSON ({"message": {"path": ["has already been taken"]}}), else those inside the Ruby hash some
// endpoints put in a string ("Failed to save group {:path=>[\"has already been taken\"]}").
QMap<QString, QStringList> fieldErrorsOf(const Api::ApiError &error);

// The REST calls of groups, projects, members, access requests and user approval, as values
// (doc/api/groups.md, projects.md, members.md, access_requests.md, users.md). No I/O.
namespace Requests {

Api::Request topLevelGroups();
Api::Request subgroups(int groupId);
// Every project the user can see (keyset pages), or those of one group and its subgroups.
Api::Request projects(int groupId, const QString &search);
Api::Request project(int projectId);
Api::Request latestPipeline(int projectId);
// Namespaces where the user may create projects.
Api::Request namespaces();
Api::Request createGroup(const QString &name, const QString &path, int parentId, const QString &visibility,
                         const QString &description = {});
Api::Request createProject(const NewProject &project);
Api::Request forkProject(int projectId, int namespaceId);
Api::Request importStatus(int projectId);

Api::Request members(const Source &source, bool inherited);
Api::Request addMember(const Source &source, int userId, int accessLevel, const QDate &expiresAt);
Api::Request updateMember(const Source &source, int userId, int accessLevel, const QDate &expiresAt);
Api::Request removeMember(const Source &source, int userId);

Api::Request accessRequests(const Source &source);
Api::Request requestAccess(const Source &source);
Api::Request approveAccess(const Source &source, int userId, int accessLevel);
Api::Request denyAccess(const Source &source, int userId);

Api::Request searchUsers(const QString &text);
// Blocked users; those in state "blocked_pending_approval" are the sign-ups waiting (admin only).
Api::Request blockedUsers();
Api::Request approveUser(int userId);
Api::Request rejectUser(int userId);

} // namespace Requests

} // namespace LabDesk::Models
