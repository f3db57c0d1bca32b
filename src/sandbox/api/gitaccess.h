#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace LabDesk::Sandbox {

class SandboxApi;

// Who may fetch or push a project's repository, shared by git over HTTP (git.cpp) and over SSH
// (gitssh.cpp). It follows GitLab's Gitlab::GitAccess#check: the same order of checks and the
// same messages, so clients print what they would print against GitLab.
namespace GitAccess {

enum class Command {
    UploadPack, // fetch, clone
    ReceivePack, // push
};

// What a credential permits, as Gitlab::Auth#abilities_for_scopes: `api` and `write_repository`
// fetch and push; `read_api` and `read_repository` only fetch; SSH keys do both.
struct Abilities
{
    bool download = false;
    bool push = false;
};
Abilities abilitiesForScopes(const QJsonArray &scopes);
Abilities fullAbilities();

// The outcome of a check: allowed, or refused with GitLab's kind of refusal and message.
struct Decision
{
    enum class Kind {
        Allowed,
        Forbidden, // Gitlab::GitAccess::ForbiddenError: HTTP 403, /internal/allowed 401
        NotFound, // Gitlab::GitAccess::NotFoundError: 404 both ways
    };
    Kind kind = Kind::Allowed;
    QString message;

    bool isAllowed() const { return kind == Kind::Allowed; }
};

// `user` empty: anonymous (only public projects may be fetched). `project` empty: not found.
Decision check(const SandboxApi &api, const QJsonObject &user, const QJsonObject &project, Command command,
               const Abilities &abilities);

// Why GitLab refuses git access to a user in this state (Gitlab::Auth::UserAccessDeniedReason),
// or empty for an active user.
QString userDeniedReason(const SandboxApi &api, const QJsonObject &user);

// "group/sub/project.git", "/group/project" or "group/project.git/" -> "group/sub/project".
QString normalizeProjectPath(QString path);

// One ref a push changed. `before` / `after` are 40 zeros for a created / deleted ref.
struct RefUpdate
{
    QString ref;
    QString before;
    QString after;
};
// The difference between two `git for-each-ref --format='%(objectname) %(refname)'` outputs.
QList<RefUpdate> diffRefs(const QByteArray &before, const QByteArray &after);
// "old new ref" lines, as a post-receive hook reads them and gitlab-shell posts them.
QList<RefUpdate> parseChanges(const QString &changes);
// Calls api.notifyPush() for every created or updated branch (not for deletions or tags).
void notifyPushes(const SandboxApi &api, const QJsonObject &project, const QJsonObject &user,
                  const QList<RefUpdate> &updates);

QString zeroSha();

} // namespace GitAccess

// Registered by registerGitRoutes(): authorized_keys kept in sync with the "keys" collection, and
// gitlab-shell's internal API (/internal/allowed, /internal/post_receive, /internal/discover).
void registerGitSshRoutes(SandboxApi &api);

} // namespace LabDesk::Sandbox
