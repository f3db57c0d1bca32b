#pragma once

#include "hostkey.h"
#include "remoteauth.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace LabDesk::Git {

// Where a clone or fetch stands; sent at most about ten times a second, and once more at the end
// of every phase.
struct TransferProgress
{
    enum class Phase {
        Connecting,
        Receiving, // objects and bytes arrive
        Resolving, // deltas are indexed
        CheckingOut, // files are written
        Submodules,
    };

    Phase phase = Phase::Connecting;
    unsigned receivedObjects = 0;
    unsigned indexedObjects = 0;
    unsigned totalObjects = 0;
    qint64 receivedBytes = 0;
    double bytesPerSecond = 0;
    unsigned indexedDeltas = 0;
    unsigned totalDeltas = 0;
    qint64 checkedOutFiles = 0;
    qint64 totalFiles = 0;
    QString submodule; // the submodule being cloned, in Phase::Submodules
};

// What to clone where.
struct CloneRequest
{
    QString url; // https://, http://, ssh:// or scp-like; credentials in it are used, never saved
    QString targetPath; // must not exist, or be an empty folder
    QString branch; // empty: the remote's default branch
    bool submodules = false;
    RemoteAuth auth;
};

// One clone, fetch or push with libgit2 on its own worker thread; the GUI thread never waits for it.
// Lives on the thread that creates it (the GUI thread) and emits every signal there.
//
// Cancel stops the transfer at libgit2's next progress callback (many per second while data
// arrives) and removes the partial folder; a failed clone removes it too (an empty folder that
// existed before is emptied, not removed). Authentication gives up after RemoteAuth::maxAttempts
// rejected credentials. SSH host keys: known -> proceed; unknown -> hostKeyConfirmationRequested()
// and the worker waits for answerHostKey(); changed -> refused. HTTPS certificates that the
// system does not trust pass only when pinned for that host:port.
//
// A job runs once. Destroying a running job cancels it; the worker then finishes on its own.
class TransferJob : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        Canceled,
        InvalidUrl,
        TargetNotEmpty,
        TargetUnusable,
        AuthenticationFailed,
        HostKeyUnknown, // the user did not accept an unknown host key
        HostKeyChanged,
        Certificate,
        NotFound,
        Network,
        Rejected, // a push the remote refused: not a fast-forward, a protected branch, a hook
        Other,
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString message; // translated, plain words
        QString details; // libgit2's own message, for "Details"
        QString path; // the clone's folder, or the fetched or pushed repository

        bool isOk() const { return error == Error::None; }
    };

    explicit TransferJob(QObject *parent = nullptr);
    ~TransferJob() override;

    void startClone(const CloneRequest &request);
    // Fetches `remote` of the repository at `repositoryPath`.
    void startFetch(const QString &repositoryPath, const RemoteAuth &auth,
                    const QString &remote = QStringLiteral("origin"));
    // Pushes the local `branch` (empty: the current one) of the repository at `repositoryPath` to
    // the branch of the same name on `remote`, never forced. The same credentials, pins and host-key
    // policy as a fetch. A remote that refuses the update (not a fast-forward, a protected branch,
    // a hook) ends with Error::Rejected and the reason; the local commits stay as they are. After a
    // push the branch tracks the remote's branch when it tracked nothing before.
    void startPush(const QString &repositoryPath, const QString &branch, const RemoteAuth &auth,
                   const QString &remote = QStringLiteral("origin"));
    void cancel();
    // The user's answer to hostKeyConfirmationRequested().
    void answerHostKey(bool trust);
    bool isRunning() const;

    // Empty when `path` can take a clone; otherwise why not, in plain words.
    static QString targetProblem(const QString &path, Error *error = nullptr);
    static QString phaseText(TransferProgress::Phase phase);

    struct Shared;

Q_SIGNALS:
    void progressChanged(const LabDesk::Git::TransferProgress &progress);
    void hostKeyConfirmationRequested(const LabDesk::Git::HostKeyInfo &key);
    void finished(const LabDesk::Git::TransferJob::Result &result);

private:
    void deliver(const Result &result);

    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
    bool m_started = false;
};

} // namespace LabDesk::Git

Q_DECLARE_METATYPE(LabDesk::Git::TransferProgress)
Q_DECLARE_METATYPE(LabDesk::Git::TransferJob::Result)
