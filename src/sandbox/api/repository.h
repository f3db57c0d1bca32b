#pragma once

#include "sandbox/sandboxapi.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace LabDesk::Sandbox {

// Git plumbing on one project's bare repository (SandboxApi::repositoryPath()), for the branches,
// files, tree and commits APIs and for the demo seed. It runs the system's git synchronously on
// the sandbox thread. Reads never change anything; commitFiles() writes without a work tree
// (temporary index, hash-object, write-tree, commit-tree) and moves the branch with a
// compare-and-swap `update-ref`, so a push that lands meanwhile is never overwritten.
// The repository must exist (SandboxApi::ensureRepository()) before any call.
class Repository
{
public:
    Repository(const SandboxApi &api, int projectId);

    struct Signature
    {
        QString name;
        QString email;
        QDateTime when; // its offset from UTC is kept in the commit
    };

    struct Commit
    {
        QString id;
        QStringList parentIds;
        QString authorName;
        QString authorEmail;
        QString authoredDate; // ISO 8601 with milliseconds and the commit's offset, as GitLab
        QString committerName;
        QString committerEmail;
        QString committedDate;
        QString message; // without git's trailing newline
        QMap<QString, QStringList> trailers;

        QString title() const; // first line, cut after 80 characters when longer than 100
    };

    struct TreeEntry
    {
        QString mode; // "100644", "100755", "040000", "120000", "160000"
        QString type; // "blob", "tree", "commit"
        QString id;
        QString path;
    };

    struct Branch
    {
        QString name;
        Commit commit;
    };

    // No branch yet. Read from the file system (refs and packed-refs), without running git, so
    // a list of many projects can show `empty_repo` cheaply.
    bool isEmpty() const;

    // The commit `ref` (branch, tag, sha) points at, or empty.
    QString resolve(const QString &ref) const;
    QString branchHead(const QString &branch) const;
    std::optional<Commit> commit(const QString &ref) const;

    struct LogOptions
    {
        QString path;
        QString since; // ISO 8601, inclusive
        QString until;
        int skip = 0;
        int limit = 20;
    };
    QList<Commit> log(const QString &ref, const LogOptions &options) const;
    // Lines added and deleted by `sha` against its first parent.
    QPair<int, int> stats(const QString &sha) const;
    // The last commit reachable from `commit` that touched `path`, or empty.
    QString lastCommitFor(const QString &commit, const QString &path) const;

    // The entry at `path` in `commit`; false when there is none.
    bool entry(const QString &commit, const QString &path, TreeEntry *out) const;
    // The directory `path` ("" for the root) of `commit`, sorted as git sorts; `found` false when
    // `path` is not a directory there.
    QList<TreeEntry> tree(const QString &commit, const QString &path, bool recursive, bool *found) const;
    QByteArray blob(const QString &id) const;

    QList<Branch> branches() const;
    // Branches whose head is reachable from `branch` (git branch --merged).
    QStringList mergedInto(const QString &branch) const;
    bool createBranch(const QString &name, const QString &commit) const;
    bool deleteBranch(const QString &name) const;
    static bool isValidBranchName(const QString &name);
    // Points HEAD (the default branch of clones) at `branch`.
    void setHead(const QString &branch) const;

    // One change of a commit, as the commits API's `actions` describe it.
    struct Action
    {
        enum class Kind {
            Create,
            Update,
            Delete,
            Move,
            Chmod,
        };
        Kind kind = Kind::Create;
        QString path;
        QString previousPath; // Move
        std::optional<QByteArray> content;
        std::optional<bool> executable;
        QString lastCommitId; // refuse when the file changed since
    };

    struct CommitRequest
    {
        QString branch;
        QString startBranch; // empty: `branch`
        QString message;
        Signature author;
        Signature committer;
        QList<Action> actions;
    };

    enum class CommitError {
        None,
        StartBranchMissing, // "You can only create or edit files when you are on a branch"
        BranchExists, // a new branch from start_branch, but `branch` exists
        FileExists, // create or move onto an existing path
        DirectoryExists, // a file where a directory is
        FileMissing, // update, delete, move or chmod of a missing path
        FileChanged, // last_commit_id is not the file's last commit
        InvalidPath,
        RefMoved, // the branch moved while the commit was being written
        Failed, // git failed; `detail` says why
    };

    struct CommitResult
    {
        CommitError error = CommitError::None;
        QString path; // the action's path an error is about
        QString detail;
        QString before; // the branch's previous head; 40 zeros when the branch is new
        QString after; // the new commit
        bool firstBranch = false; // the repository had no branch before
    };

    CommitResult commitFiles(const CommitRequest &request) const;

    // A whole history written by one `git fast-import`, for seeding: each commit adds or
    // replaces `files` on `branch`; a branch seen for the first time starts from `startBranch`'s
    // tip in the same history. Ref updates are not compare-and-swap: only for fresh repositories.
    struct ImportCommit
    {
        QString branch;
        QString startBranch;
        QString message;
        Signature author;
        Signature committer;
        QList<QPair<QString, QByteArray>> files;
    };
    bool importHistory(const QList<ImportCommit> &commits, QString *error = nullptr) const;

    static QString zeroId();

private:
    SandboxApi::GitResult git(const QStringList &args, const QByteArray &input = {},
                              const QStringList &environment = {}) const;

    const SandboxApi &m_api;
    int m_projectId;
};

} // namespace LabDesk::Sandbox
