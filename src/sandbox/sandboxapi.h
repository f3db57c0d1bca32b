#pragma once

#include "router.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace LabDesk::Sandbox {

// Access levels, as GitLab numbers them.
namespace AccessLevel {
constexpr int None = 0;
constexpr int Minimal = 5;
constexpr int Guest = 10;
constexpr int Reporter = 20;
constexpr int Developer = 30;
constexpr int Maintainer = 40;
constexpr int Owner = 50;
} // namespace AccessLevel

// What every API module (src/sandbox/api/*.cpp) shares: the store, the router, the server's
// addresses, the clock, lookups by id or path, permission rules and the common serializers.
// Modules register their routes on it in their register*Routes() function and keep no global state.
//
// Collections (see each module for its fields; "_"-prefixed fields are private):
//   users, tokens, namespaces (kind "user" | "group"), projects, members (source_type "Project" |
//   "Namespace"), access_requests, keys, pipelines, jobs, runners, runner_managers.
class SandboxApi
{
public:
    SandboxApi(Store &store, Router &router);

    Store &store;
    Router &router;

    QString versionString = QStringLiteral("17.5.2");
    QUrl baseUrl;         // http://127.0.0.1:PORT
    QString sshHost;      // for ssh_url_to_repo; empty: the HTTP host
    int sshPort = 22;
    // The user in ssh_url_to_repo (git@host). GitLab's is "git"; a test's sshd can only log in
    // the local user it runs as, so the SSH fixture sets that user's name here.
    QString sshUser = QStringLiteral("git");
    // The labdesk-sandbox executable that sshd runs as every key's forced command
    // (`labdesk-sandbox git-shell ...`, as gitlab-shell). authorized_keys is written only while
    // this is set: whoever starts sshd sets it, then calls notifyKeysChanged() to write the file.
    QString shellCommandPath;

    // ISO 8601 in UTC with milliseconds, as GitLab writes timestamps: 2024-05-01T10:20:30.123Z.
    static QString iso(const QDateTime &time);
    QString now() const;
    // Tests and the pipeline simulation move time without waiting.
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    QDateTime currentTime() const;

    QString webUrl(const QString &path) const; // baseUrl + "/" + path

    // Lookups: numeric id or full path (already percent-decoded). Empty object: not found.
    QJsonObject findUser(const QString &idOrUsername) const;
    QJsonObject findNamespace(const QString &idOrPath) const;
    QJsonObject findGroup(const QString &idOrPath) const;
    QJsonObject findProject(const QString &idOrPath) const;
    QString namespaceFullPath(int namespaceId) const;
    QString projectFullPath(const QJsonObject &project) const;

    // Effective access level of `user` on a project or group: direct membership, membership of any
    // ancestor group, personal namespace ownership; administrators count as owners.
    int projectAccess(const QJsonObject &user, const QJsonObject &project) const;
    int groupAccess(const QJsonObject &user, const QJsonObject &group) const;
    bool canReadProject(const QJsonObject &user, const QJsonObject &project) const;
    bool canReadGroup(const QJsonObject &user, const QJsonObject &group) const;

    // Serializers shared across modules.
    QJsonObject userBasic(const QJsonObject &user) const;  // id, username, name, state, locked, avatar_url, web_url
    QJsonObject userFull(const QJsonObject &user, bool forAdmin) const;
    QJsonObject namespaceBasic(const QJsonObject &ns) const;

    // Repositories: each project has a real bare repository at repositoryPath() (created by
    // ensureRepository() with the project's default branch). runGit() runs the system's git
    // synchronously with GIT_DIR set (the sandbox thread may block; the GUI thread never does).
    QString repositoryPath(int projectId) const;
    bool ensureRepository(const QJsonObject &project, QString *error = nullptr) const;
    struct GitResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    GitResult runGit(int projectId, const QStringList &args, const QByteArray &input = {},
                     const QStringList &extraEnvironment = {}) const;
    // The file at `path` on `ref` (branch, tag or commit); `found` false when either is missing.
    QByteArray readRepositoryFile(int projectId, const QString &ref, const QString &path, bool *found) const;
    // The commit `ref` points at, or empty.
    QString resolveRef(int projectId, const QString &ref) const;

    // Called after a push (git over HTTP or SSH, or the repository files/commits API) so the
    // pipelines module can start a pipeline when .gitlab-ci.yml is present.
    // Git pushes call it once per created or updated branch, with `ref` the branch name
    // ("main", not "refs/heads/main") and `before` 40 zeros for a new branch.
    using PushHandler = std::function<void(const QJsonObject &project, const QString &ref, const QString &before,
                                           const QString &after, const QJsonObject &user)>;
    void onPush(PushHandler handler) { m_pushHandlers.append(std::move(handler)); }
    void notifyPush(const QJsonObject &project, const QString &ref, const QString &before, const QString &after,
                    const QJsonObject &user) const;

    // Personal access token authentication, the same digest lookup API calls go through: the
    // token record for `plaintext` when it exists, is neither revoked nor expired and its user
    // exists. Otherwise an empty object and `error` is GitLab's error_description for a revoked
    // or expired token ("Token was revoked. ...", "Token has expired."), or empty when unknown.
    // The user's state (blocked, ...) is the caller's to check.
    QJsonObject authenticateToken(const QByteArray &plaintext, QString *error = nullptr) const;
    static QString tokenDigest(const QByteArray &plaintext); // hex SHA-256, as tokens' "_digest"

    // Requests outside /api/v4 (git smart HTTP): return true when the handler took the request.
    using RawHandler = std::function<bool(const HttpRequest &, const HttpResponder &)>;
    void addRawHandler(RawHandler handler) { m_rawHandlers.append(std::move(handler)); }
    const QList<RawHandler> &rawHandlers() const { return m_rawHandlers; }

    // Called after every SSH key added or deleted (api/keys.cpp), so the SSH transport can
    // regenerate its authorized_keys.
    void onKeysChanged(std::function<void()> handler) { m_keysChangedHandlers.append(std::move(handler)); }
    void notifyKeysChanged() const;

    // A runner is online when it is a simulated always-online runner or contacted the server in
    // the last 2 hours (GitLab's ONLINE_CONTACT_TIMEOUT); paused runners can be online.
    bool isRunnerOnline(const QJsonObject &runner) const;

private:
    qint64 m_clockOffset = 0;
    QList<PushHandler> m_pushHandlers;
    QList<RawHandler> m_rawHandlers;
    QList<std::function<void()>> m_keysChangedHandlers;
};

// Offset pagination exactly as GitLab: page/per_page (default 20, capped at 100), x-page,
// x-per-page, x-next-page, x-prev-page, x-total, x-total-pages and a Link header with first,
// prev, next and last. Above 10,000 records (or with `withTotals` false, as for jobs) the totals
// and rel="last" are left out.
struct PageOptions
{
    bool withTotals = true;
};
HttpResponse paginate(const SandboxApi &api, const ApiRequest &request, const QJsonArray &items,
                      const PageOptions &options = {});
// The same for large collections: `records` are the matching store records in their final order
// and only the requested page is turned into JSON by `serialize` (20,000 projects, 100 per page).
using RecordSerializer = std::function<QJsonValue(const QJsonObject &record)>;
HttpResponse paginate(const SandboxApi &api, const ApiRequest &request, const QList<QJsonObject> &records,
                      const RecordSerializer &serialize, const PageOptions &options = {});

// Keyset pagination (pagination=keyset, order_by=id, sort asc|desc): only Link rel="next", built
// with id_after / id_before; the last page has none. `items` must be sorted by id in `sort` order.
HttpResponse paginateKeyset(const SandboxApi &api, const ApiRequest &request, const QJsonArray &items);
HttpResponse paginateKeyset(const SandboxApi &api, const ApiRequest &request, const QList<QJsonObject> &records,
                            const RecordSerializer &serialize);

// Compares GitLab version strings numerically, component by component ("16.10.0" > "16.9.3");
// edition and build suffixes ("16.2.3-jh", "17.5.2-ee") are ignored and missing components count
// as 0. Returns -1, 0 or 1. Use it for version gates: compareVersions(api.versionString, "17.0") >= 0.
int compareVersions(const QString &a, const QString &b);

} // namespace LabDesk::Sandbox
