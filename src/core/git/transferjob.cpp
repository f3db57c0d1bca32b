#include "transferjob.h"

#include "gitlog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <git2.h>

#include <atomic>
#include <memory>
#include <thread>

namespace LabDesk::Git {

// The state a job and its worker share. The worker posts to `job` only under the mutex, and the
// job clears `job` under the same mutex when it goes away, so nothing reaches a dead object.
struct TransferJob::Shared
{
    enum class Answer {
        Pending,
        Trust,
        Refuse,
    };

    QMutex mutex;
    QWaitCondition answered;
    TransferJob *job = nullptr;
    std::atomic<bool> canceled {false};
    Answer answer = Answer::Pending;
};

namespace {

constexpr qint64 ProgressIntervalMs = 100;

using RepositoryPtr = std::unique_ptr<git_repository, decltype(&git_repository_free)>;
using RemotePtr = std::unique_ptr<git_remote, decltype(&git_remote_free)>;

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Git::TransferJob)
};

QByteArray hostKeyType(git_cert_ssh_raw_type_t type)
{
    switch (type) {
    case GIT_CERT_SSH_RAW_TYPE_RSA:
        return "ssh-rsa";
    case GIT_CERT_SSH_RAW_TYPE_DSS:
        return "ssh-dss";
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256:
        return "ecdsa-sha2-nistp256";
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384:
        return "ecdsa-sha2-nistp384";
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521:
        return "ecdsa-sha2-nistp521";
    case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519:
        return "ssh-ed25519";
    case GIT_CERT_SSH_RAW_TYPE_UNKNOWN:
        break;
    }
    return {};
}

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

// The payload of every libgit2 callback of one transfer; lives on the worker's stack.
struct Session
{
    std::shared_ptr<TransferJob::Shared> shared;
    RemoteAuth auth;
    RemoteAddress address;
    int attempts = 0;
    TransferJob::Error failure = TransferJob::Error::None;
    QString failureMessage;
    QStringList acceptedHostKeys; // fingerprints accepted in this session
    QStringList rejectedRefs; // a push: "ref: the remote's reason" for every refused update
    TransferProgress progress;
    QElapsedTimer clock;
    qint64 lastEmitMs = -ProgressIntervalMs;
    qint64 speedSampleMs = 0;
    qint64 speedSampleBytes = 0;

    bool canceled() const { return shared->canceled.load(); }

    void fail(TransferJob::Error error, const QString &message)
    {
        if (failure == TransferJob::Error::None) {
            failure = error;
            failureMessage = message;
        }
        git_error_set_str(GIT_ERROR_CALLBACK, message.toUtf8().constData());
    }
};

// TransferJob::Shared::post takes a function without arguments; this adapts the ones above.
template<typename Function> void postToJob(const std::shared_ptr<TransferJob::Shared> &shared, Function function)
{
    QMutexLocker lock(&shared->mutex);
    if (TransferJob *job = shared->job)
        QMetaObject::invokeMethod(
            job, [job, function] { function(job); }, Qt::QueuedConnection);
}

void sendProgress(Session *session, bool force)
{
    const qint64 now = session->clock.elapsed();
    if (!force && now - session->lastEmitMs < ProgressIntervalMs)
        return;
    // Speed over the last interval, smoothed so the number does not jump.
    const qint64 span = now - session->speedSampleMs;
    if (span >= ProgressIntervalMs) {
        const double current
            = double(session->progress.receivedBytes - session->speedSampleBytes) * 1000.0 / double(span);
        session->progress.bytesPerSecond
            = session->progress.bytesPerSecond <= 0 ? current : 0.6 * current + 0.4 * session->progress.bytesPerSecond;
        session->speedSampleMs = now;
        session->speedSampleBytes = session->progress.receivedBytes;
    }
    session->lastEmitMs = now;
    postToJob(session->shared, [copy = session->progress](TransferJob *job) { Q_EMIT job->progressChanged(copy); });
}

int credentialsCallback(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowedTypes,
                        void *payload)
{
    auto *session = static_cast<Session *>(payload);
    if (session->canceled()) {
        session->fail(TransferJob::Error::Canceled, Messages::tr("Canceled."));
        return GIT_EUSER;
    }
    const RemoteAuth &auth = session->auth;
    const QByteArray sshUser = usernameFromUrl && *usernameFromUrl
        ? QByteArray(usernameFromUrl)
        : (auth.username.isEmpty() ? QByteArray("git") : auth.username.toUtf8());

    // libssh2 first asks for the login name alone; that is no attempt to authenticate.
    if (allowedTypes == GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, sshUser.constData());

    if (++session->attempts > auth.maxAttempts) {
        session->fail(TransferJob::Error::AuthenticationFailed,
                      Messages::tr("The server refused the credentials %n time(s); LabDesk stopped trying. Check the "
                                   "token or key and your access to the project.",
                                   nullptr, auth.maxAttempts));
        return GIT_EUSER;
    }

    if (allowedTypes & GIT_CREDENTIAL_SSH_KEY) {
        if (auth.method == RemoteAuth::Method::SshKey && !auth.privateKeyPath.isEmpty()) {
            if (!QFileInfo::exists(auth.privateKeyPath)) {
                session->fail(TransferJob::Error::AuthenticationFailed,
                              Messages::tr("The key file %1 does not exist.").arg(auth.privateKeyPath));
                return GIT_EUSER;
            }
            const QByteArray privateKey = QFile::encodeName(auth.privateKeyPath);
            const QByteArray publicKey = privateKey + ".pub";
            const bool hasPublic = QFileInfo::exists(QFile::decodeName(publicKey));
            const QByteArray passphrase = auth.passphrase.toUtf8();
            return git_credential_ssh_key_new(out, sshUser.constData(), hasPublic ? publicKey.constData() : nullptr,
                                              privateKey.constData(),
                                              passphrase.isEmpty() ? nullptr : passphrase.constData());
        }
        return git_credential_ssh_key_from_agent(out, sshUser.constData());
    }

    if (allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        // The token goes only to the server it belongs to, never to another host a submodule or a
        // redirect points at.
        const RemoteAddress asked = RemoteAddress::parse(QString::fromUtf8(url));
        const bool sameServer = asked.isValid && asked.host.compare(session->address.host, Qt::CaseInsensitive) == 0
            && asked.port == session->address.port;
        if (auth.method == RemoteAuth::Method::Token && !auth.token.isEmpty() && sameServer) {
            const QByteArray user = auth.username.isEmpty() ? QByteArray("oauth2") : auth.username.toUtf8();
            const QByteArray token = auth.token.toUtf8();
            return git_credential_userpass_plaintext_new(out, user.constData(), token.constData());
        }
        session->fail(TransferJob::Error::AuthenticationFailed,
                      Messages::tr("The server asks for a sign-in. Sign in to %1 in LabDesk (or use SSH) and try "
                                   "again.")
                          .arg(asked.isValid ? asked.host : session->address.host));
        return GIT_EUSER;
    }
    return GIT_PASSTHROUGH;
}

int checkX509(Session *session, const git_cert_x509 *certificate, int valid, const QString &host)
{
    if (valid)
        return 0;
    const QByteArray der(static_cast<const char *>(certificate->data), qsizetype(certificate->len));
    const QByteArray digest = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    const int port = session->address.port;
    for (const CertificatePin &pin : std::as_const(session->auth.pins)) {
        if (pin.host.compare(host, Qt::CaseInsensitive) == 0 && pin.port == port && pin.sha256 == digest)
            return 0;
    }
    session->fail(TransferJob::Error::Certificate,
                  Messages::tr("The certificate of %1:%2 is not trusted (SHA-256 %3). If you know it is the "
                               "server's, trust it for this server when signing in (Account > Trusted "
                               "Certificates), then clone again.")
                      .arg(host)
                      .arg(port)
                      .arg(colonHex(digest)));
    return GIT_ECERTIFICATE;
}

int checkHostKey(Session *session, const git_cert_hostkey *hostKey, int valid, const QString &host)
{
    HostKeyInfo info;
    info.host = host;
    info.port = session->address.port;
    if (hostKey->type & GIT_CERT_SSH_RAW) {
        info.type = hostKeyType(hostKey->raw_type);
        info.blob = QByteArray(hostKey->hostkey, qsizetype(hostKey->hostkey_len));
    }
    if (hostKey->type & GIT_CERT_SSH_SHA256) {
        info.sha256Fingerprint = QStringLiteral("SHA256:")
            + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hostKey->hash_sha256), 32)
                                      .toBase64(QByteArray::OmitTrailingEquals));
    } else if (!info.blob.isEmpty()) {
        info.sha256Fingerprint = QStringLiteral("SHA256:")
            + QString::fromLatin1(QCryptographicHash::hash(info.blob, QCryptographicHash::Sha256)
                                      .toBase64(QByteArray::OmitTrailingEquals));
    }
    if (session->acceptedHostKeys.contains(info.sha256Fingerprint))
        return 0;

    const HostKeyStatus status = session->auth.checkHostKey ? session->auth.checkHostKey(info)
                                                            : (valid ? HostKeyStatus::Known : HostKeyStatus::Unknown);
    switch (status) {
    case HostKeyStatus::Known:
        return 0;
    case HostKeyStatus::Changed:
        session->fail(TransferJob::Error::HostKeyChanged,
                      Messages::tr("The host key of %1 has changed (now %2). This can mean someone is "
                                   "intercepting the connection, or the server was reinstalled. LabDesk refuses to "
                                   "connect; ask the server's administrator, then remove the old key from "
                                   "~/.ssh/known_hosts.")
                          .arg(info.displayHost(), info.sha256Fingerprint));
        return GIT_ECERTIFICATE;
    case HostKeyStatus::Unknown:
        break;
    }

    // Ask the user on the GUI thread and wait here, on the worker, for the answer or a cancel.
    const std::shared_ptr<TransferJob::Shared> shared = session->shared;
    {
        QMutexLocker lock(&shared->mutex);
        shared->answer = TransferJob::Shared::Answer::Pending;
        if (!shared->job) {
            session->fail(TransferJob::Error::Canceled, Messages::tr("Canceled."));
            return GIT_EUSER;
        }
        QMetaObject::invokeMethod(
            shared->job, [job = shared->job, info] { Q_EMIT job->hostKeyConfirmationRequested(info); },
            Qt::QueuedConnection);
        while (shared->answer == TransferJob::Shared::Answer::Pending && !shared->canceled.load())
            shared->answered.wait(&shared->mutex);
    }
    if (shared->canceled.load()) {
        session->fail(TransferJob::Error::Canceled, Messages::tr("Canceled."));
        return GIT_EUSER;
    }
    if (shared->answer != TransferJob::Shared::Answer::Trust) {
        session->fail(TransferJob::Error::HostKeyUnknown,
                      Messages::tr("The host key of %1 (%2) was not accepted, so LabDesk did not connect.")
                          .arg(info.displayHost(), info.sha256Fingerprint));
        return GIT_ECERTIFICATE;
    }
    session->acceptedHostKeys.append(info.sha256Fingerprint);
    if (session->auth.rememberHostKey && !session->auth.rememberHostKey(info))
        qCWarning(lcGit) << "could not record the host key of" << info.displayHost() << "in known_hosts";
    return 0;
}

int certificateCheckCallback(git_cert *certificate, int valid, const char *host, void *payload)
{
    auto *session = static_cast<Session *>(payload);
    if (session->canceled()) {
        session->fail(TransferJob::Error::Canceled, Messages::tr("Canceled."));
        return GIT_EUSER;
    }
    const QString hostName = QString::fromUtf8(host);
    switch (certificate->cert_type) {
    case GIT_CERT_X509:
        return checkX509(session, reinterpret_cast<const git_cert_x509 *>(certificate), valid, hostName);
    case GIT_CERT_HOSTKEY_LIBSSH2:
        return checkHostKey(session, reinterpret_cast<const git_cert_hostkey *>(certificate), valid, hostName);
    default:
        return valid ? 0 : GIT_ECERTIFICATE;
    }
}

int transferProgressCallback(const git_indexer_progress *stats, void *payload)
{
    auto *session = static_cast<Session *>(payload);
    if (session->canceled()) {
        session->fail(TransferJob::Error::Canceled, Messages::tr("Canceled."));
        return GIT_EUSER;
    }
    TransferProgress &progress = session->progress;
    const bool receiving = stats->received_objects < stats->total_objects || stats->total_deltas == 0;
    const TransferProgress::Phase phase
        = receiving ? TransferProgress::Phase::Receiving : TransferProgress::Phase::Resolving;
    const bool phaseChanged = phase != progress.phase;
    progress.phase = phase;
    progress.receivedObjects = stats->received_objects;
    progress.indexedObjects = stats->indexed_objects;
    progress.totalObjects = stats->total_objects;
    progress.receivedBytes = qint64(stats->received_bytes);
    progress.indexedDeltas = stats->indexed_deltas;
    progress.totalDeltas = stats->total_deltas;
    sendProgress(session, phaseChanged);
    return 0;
}

int sidebandCallback(const char *, int, void *payload)
{
    auto *session = static_cast<Session *>(payload);
    if (session->canceled()) {
        session->fail(TransferJob::Error::Canceled, Messages::tr("Canceled."));
        return GIT_EUSER;
    }
    return 0;
}

void checkoutProgressCallback(const char *, size_t completed, size_t total, void *payload)
{
    auto *session = static_cast<Session *>(payload);
    TransferProgress &progress = session->progress;
    const bool phaseChanged = progress.phase != TransferProgress::Phase::CheckingOut
        && progress.phase != TransferProgress::Phase::Submodules;
    if (phaseChanged)
        progress.phase = TransferProgress::Phase::CheckingOut;
    progress.checkedOutFiles = qint64(completed);
    progress.totalFiles = qint64(total);
    sendProgress(session, phaseChanged || completed == total);
}

// A checkout cannot be stopped from its progress callback, but its notify callback can.
int checkoutNotifyCallback(git_checkout_notify_t, const char *, const git_diff_file *, const git_diff_file *,
                           const git_diff_file *, void *payload)
{
    auto *session = static_cast<Session *>(payload);
    if (session->canceled()) {
        session->fail(TransferJob::Error::Canceled, Messages::tr("Canceled."));
        return GIT_EUSER;
    }
    return 0;
}

void setCallbacks(git_remote_callbacks *callbacks, Session *session)
{
    callbacks->credentials = credentialsCallback;
    callbacks->certificate_check = certificateCheckCallback;
    callbacks->transfer_progress = transferProgressCallback;
    callbacks->sideband_progress = sidebandCallback;
    callbacks->payload = session;
}

void setCheckoutCallbacks(git_checkout_options *checkout, Session *session)
{
    checkout->progress_cb = checkoutProgressCallback;
    checkout->progress_payload = session;
    checkout->notify_cb = checkoutNotifyCallback;
    checkout->notify_flags = GIT_CHECKOUT_NOTIFY_UPDATED;
    checkout->notify_payload = session;
}

// Turns a failed libgit2 call into words. Our own callbacks' reasons come first; libgit2's last
// error (thread-local, so read it here on the worker right after the call) is the detail.
TransferJob::Result classify(int code, const Session &session)
{
    TransferJob::Result result;
    const git_error *last = git_error_last();
    const int klass = last ? last->klass : GIT_ERROR_NONE;
    const QString detail = last ? QString::fromUtf8(last->message) : QString();
    result.details = detail;
    if (session.canceled()) {
        result.error = TransferJob::Error::Canceled;
        result.message = Messages::tr("The clone was canceled.");
        return result;
    }
    if (session.failure != TransferJob::Error::None) {
        result.error = session.failure;
        result.message = session.failureMessage;
        return result;
    }
    const QString lower = detail.toLower();
    if (lower.contains(QLatin1String("401")) || lower.contains(QLatin1String("authentication"))
        || lower.contains(QLatin1String("403"))) {
        result.error = TransferJob::Error::AuthenticationFailed;
        result.message = Messages::tr("The server refused access. Check the token or key and your access to the "
                                      "project.");
    } else if (lower.contains(QLatin1String("404")) || lower.contains(QLatin1String("not found"))
               || lower.contains(QLatin1String("does not appear to be a git repository"))) {
        result.error = TransferJob::Error::NotFound;
        result.message = Messages::tr("The repository was not found, or you have no access to it.");
    } else if (klass == GIT_ERROR_SSL || code == GIT_ECERTIFICATE) {
        result.error = TransferJob::Error::Certificate;
        result.message = Messages::tr("The secure connection failed: the server's certificate could not be "
                                      "checked.");
    } else if (klass == GIT_ERROR_NET || klass == GIT_ERROR_SSH || klass == GIT_ERROR_HTTP || klass == GIT_ERROR_OS) {
        result.error = TransferJob::Error::Network;
        result.message = Messages::tr("Could not reach the server or the connection broke off. Check the address, "
                                      "the port and your network.");
    } else {
        result.error = TransferJob::Error::Other;
        result.message = Messages::tr("The clone failed.");
    }
    return result;
}

// Removes what a clone left behind: the folder it created, or the contents of the empty folder
// that was there before.
void removePartial(const QString &path, bool folderExisted)
{
    QDir dir(path);
    if (!folderExisted) {
        if (!dir.removeRecursively())
            qCWarning(lcGit) << "could not remove the partial clone" << path;
        return;
    }
    const QFileInfoList entries
        = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const bool removed = entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                                 : QFile::remove(entry.filePath());
        if (!removed)
            qCWarning(lcGit) << "could not remove" << entry.filePath();
    }
}

int updateSubmodule(git_submodule *submodule, const char *name, void *payload)
{
    auto *session = static_cast<Session *>(payload);
    if (session->canceled())
        return GIT_EUSER;
    session->progress.phase = TransferProgress::Phase::Submodules;
    session->progress.submodule = QString::fromUtf8(name);
    sendProgress(session, true);
    git_submodule_update_options options;
    git_submodule_update_options_init(&options, GIT_SUBMODULE_UPDATE_OPTIONS_VERSION);
    setCallbacks(&options.fetch_opts.callbacks, session);
    setCheckoutCallbacks(&options.checkout_opts, session);
    session->attempts = 0;
    return git_submodule_update(submodule, 1, &options);
}

TransferJob::Result cloneOnWorker(Session &session, const CloneRequest &request)
{
    TransferJob::Result result;
    result.path = request.targetPath;
    const bool existed = QFileInfo::exists(request.targetPath);

    git_clone_options options;
    git_clone_options_init(&options, GIT_CLONE_OPTIONS_VERSION);
    setCallbacks(&options.fetch_opts.callbacks, &session);
    setCheckoutCallbacks(&options.checkout_opts, &session);
    const QByteArray branch = request.branch.toUtf8();
    if (!branch.isEmpty())
        options.checkout_branch = branch.constData();

    const QByteArray url = session.address.url.toUtf8();
    const QByteArray path = QFile::encodeName(request.targetPath);
    git_repository *raw = nullptr;
    int code = git_clone(&raw, url.constData(), path.constData(), &options);
    RepositoryPtr repository(raw, &git_repository_free);
    if (code == 0 && request.submodules)
        code = git_submodule_foreach(repository.get(), updateSubmodule, &session);
    if (code == 0 && session.canceled())
        code = GIT_EUSER;
    if (code != 0) {
        const TransferJob::Result failure = classify(code, session);
        repository.reset();
        removePartial(request.targetPath, existed);
        qCInfo(lcGit) << "clone of" << session.address.url << "failed:" << failure.error << failure.details;
        TransferJob::Result out = failure;
        out.path = request.targetPath;
        return out;
    }
    sendProgress(&session, true);
    qCInfo(lcGit) << "cloned" << session.address.url << "into" << request.targetPath;
    return result;
}

// Opens the repository at path (from a folder inside it too when search); fills result and
// returns null when there is none.
RepositoryPtr openRepository(const QString &path, bool search, TransferJob::Result *result)
{
    git_repository *raw = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const int error = search ? git_repository_open_ext(&raw, encoded.constData(), 0, nullptr)
                             : git_repository_open(&raw, encoded.constData());
    if (error != 0) {
        const git_error *last = git_error_last();
        result->error = TransferJob::Error::TargetUnusable;
        result->message = Messages::tr("%1 is not a Git repository.").arg(path);
        result->details = last ? QString::fromUtf8(last->message) : QString();
        return RepositoryPtr(nullptr, &git_repository_free);
    }
    return RepositoryPtr(raw, &git_repository_free);
}

// The remote called name; fills result and returns null when there is none.
RemotePtr lookupRemote(git_repository *repository, const QString &name, TransferJob::Result *result)
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, repository, name.toUtf8().constData()) != 0) {
        result->error = TransferJob::Error::Other;
        result->message = Messages::tr("The repository has no remote named %1.").arg(name);
        return RemotePtr(nullptr, &git_remote_free);
    }
    return RemotePtr(raw, &git_remote_free);
}

TransferJob::Result fetchOnWorker(Session &session, const QString &repositoryPath, const QString &remoteName)
{
    TransferJob::Result result;
    result.path = repositoryPath;
    const RepositoryPtr repository = openRepository(repositoryPath, false, &result);
    if (!repository)
        return result;
    const RemotePtr remote = lookupRemote(repository.get(), remoteName, &result);
    if (!remote)
        return result;
    session.address = RemoteAddress::parse(QString::fromUtf8(git_remote_url(remote.get())));
    git_fetch_options options;
    git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
    setCallbacks(&options.callbacks, &session);
    const int code = git_remote_fetch(remote.get(), nullptr, &options, nullptr);
    if (code != 0) {
        result = classify(code, session);
        result.path = repositoryPath;
        if (result.error == TransferJob::Error::Canceled)
            result.message = Messages::tr("The fetch was canceled.");
        else if (result.error == TransferJob::Error::Other)
            result.message = Messages::tr("The fetch failed.");
    }
    return result;
}

int pushUpdateReferenceCallback(const char *ref, const char *status, void *payload)
{
    auto *session = static_cast<Session *>(payload);
    if (status)
        session->rejectedRefs << QStringLiteral("%1: %2").arg(QString::fromUtf8(ref), QString::fromUtf8(status));
    return 0;
}

// The branch HEAD points at, or empty when HEAD is detached or unborn.
QString currentBranch(git_repository *repository)
{
    git_reference *head = nullptr;
    if (git_repository_head(&head, repository) != 0)
        return {};
    const QString name = git_reference_is_branch(head) ? QString::fromUtf8(git_reference_shorthand(head)) : QString();
    git_reference_free(head);
    return name;
}

// Makes `branch` track `remoteName`/`branch` when it tracks nothing yet, as `git push -u` does.
void trackWhenUntracked(git_repository *repository, const QString &branch, const QString &remoteName)
{
    git_reference *local = nullptr;
    if (git_branch_lookup(&local, repository, branch.toUtf8().constData(), GIT_BRANCH_LOCAL) != 0)
        return;
    git_reference *upstream = nullptr;
    if (git_branch_upstream(&upstream, local) == 0) {
        git_reference_free(upstream);
    } else {
        const QByteArray name = (remoteName + QLatin1Char('/') + branch).toUtf8();
        if (git_branch_set_upstream(local, name.constData()) != 0)
            qCWarning(lcGit) << "could not set the upstream of" << branch << "to" << name;
    }
    git_reference_free(local);
}

TransferJob::Result pushOnWorker(Session &session, const QString &repositoryPath, const QString &wantedBranch,
                                 const QString &remoteName)
{
    TransferJob::Result result;
    result.path = repositoryPath;
    const RepositoryPtr repository = openRepository(repositoryPath, true, &result);
    if (!repository)
        return result;
    const QString branch = wantedBranch.isEmpty() ? currentBranch(repository.get()) : wantedBranch;
    if (branch.isEmpty()) {
        result.error = TransferJob::Error::Other;
        result.message = Messages::tr("No branch is checked out, so there is nothing to push.");
        return result;
    }
    const RemotePtr remote = lookupRemote(repository.get(), remoteName, &result);
    if (!remote)
        return result;
    const char *pushUrl = git_remote_pushurl(remote.get());
    session.address = RemoteAddress::parse(QString::fromUtf8(pushUrl ? pushUrl : git_remote_url(remote.get())));
    git_push_options options;
    git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
    setCallbacks(&options.callbacks, &session);
    options.callbacks.push_update_reference = pushUpdateReferenceCallback;
    QByteArray refspec = QStringLiteral("refs/heads/%1:refs/heads/%1").arg(branch).toUtf8();
    char *specs[] = {refspec.data()};
    const git_strarray array {specs, 1};
    const int code = git_remote_push(remote.get(), &array, &options);
    if (code == GIT_ENONFASTFORWARD && !session.canceled() && session.failure == TransferJob::Error::None) {
        const git_error *last = git_error_last();
        result.details = last ? QString::fromUtf8(last->message) : QString();
        result.error = TransferJob::Error::Rejected;
        result.message = Messages::tr("%1 has new commits on %2 that this clone does not have, so the push was "
                                      "refused (not a fast-forward). Your commit stays in the clone: pull or "
                                      "rebase, then push again.")
                             .arg(remoteName, branch);
    } else if (code != 0) {
        result = classify(code, session);
        result.path = repositoryPath;
        if (result.error == TransferJob::Error::Canceled)
            result.message = Messages::tr("The push was canceled.");
        else if (result.error == TransferJob::Error::Other)
            result.message = Messages::tr("The push failed.");
    } else if (!session.rejectedRefs.isEmpty()) {
        result.error = TransferJob::Error::Rejected;
        result.details = session.rejectedRefs.join(QLatin1Char('\n'));
        result.message = Messages::tr("%1 refused the push of %2: %3").arg(remoteName, branch, result.details);
    } else {
        trackWhenUntracked(repository.get(), branch, remoteName);
        qCInfo(lcGit) << "pushed" << branch << "to" << session.address.url;
    }
    return result;
}

} // namespace

TransferJob::TransferJob(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->job = this;
}

TransferJob::~TransferJob()
{
    if (Shared *shared = m_shared.get()) {
        QMutexLocker lock(&shared->mutex);
        shared->job = nullptr;
        shared->canceled.store(true);
        shared->answered.wakeAll();
    }
}

bool TransferJob::isRunning() const
{
    return m_running;
}

QString TransferJob::targetProblem(const QString &path, Error *error)
{
    auto problem = [error](Error kind, const QString &text) {
        if (error)
            *error = kind;
        return text;
    };
    if (path.trimmed().isEmpty())
        return problem(Error::TargetUnusable, Messages::tr("Choose a folder for the clone."));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return problem(Error::TargetUnusable, Messages::tr("%1 is a file, not a folder.").arg(path));
    if (info.isDir()
        && !QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty())
        return problem(Error::TargetNotEmpty,
                       Messages::tr("The folder %1 is not empty. Choose a new or an empty folder.").arg(path));
    if (error)
        *error = Error::None;
    return {};
}

QString TransferJob::phaseText(TransferProgress::Phase phase)
{
    switch (phase) {
    case TransferProgress::Phase::Connecting:
        return tr("Connecting…");
    case TransferProgress::Phase::Receiving:
        return tr("Receiving objects");
    case TransferProgress::Phase::Resolving:
        return tr("Resolving deltas");
    case TransferProgress::Phase::CheckingOut:
        return tr("Checking out files");
    case TransferProgress::Phase::Submodules:
        return tr("Cloning submodules");
    }
    return {};
}

void TransferJob::startClone(const CloneRequest &request)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_running = true;
    const RemoteAddress address = RemoteAddress::parse(request.url);
    Result early;
    early.path = request.targetPath;
    if (!address.isValid) {
        early.error = Error::InvalidUrl;
        early.message = tr("“%1” is not a clone address. Use https://…, ssh://… or user@host:path.").arg(request.url);
    } else {
        early.message = targetProblem(request.targetPath, &early.error);
    }
    if (early.error != Error::None) {
        QMetaObject::invokeMethod(
            this, [this, early] { deliver(early); }, Qt::QueuedConnection);
        return;
    }
    CloneRequest copy = request;
    if (!address.isSsh && copy.auth.token.isEmpty() && !address.password.isEmpty()) {
        copy.auth.method = RemoteAuth::Method::Token;
        copy.auth.token = address.password;
        copy.auth.username = address.user;
    }
    std::thread([shared = m_shared, copy, address] {
        Session session;
        session.shared = shared;
        session.auth = copy.auth;
        session.address = address;
        session.clock.start();
        const Result result = cloneOnWorker(session, copy);
        postToJob(shared, [result](TransferJob *job) { job->deliver(result); });
    }).detach();
}

void TransferJob::startFetch(const QString &repositoryPath, const RemoteAuth &auth, const QString &remote)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_running = true;
    std::thread([shared = m_shared, repositoryPath, auth, remote] {
        Session session;
        session.shared = shared;
        session.auth = auth;
        session.clock.start();
        const Result result = fetchOnWorker(session, repositoryPath, remote);
        postToJob(shared, [result](TransferJob *job) { job->deliver(result); });
    }).detach();
}

void TransferJob::startPush(const QString &repositoryPath, const QString &branch, const RemoteAuth &auth,
                            const QString &remote)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_running = true;
    std::thread([shared = m_shared, repositoryPath, branch, auth, remote] {
        Session session;
        session.shared = shared;
        session.auth = auth;
        session.clock.start();
        const Result result = pushOnWorker(session, repositoryPath, branch, remote);
        postToJob(shared, [result](TransferJob *job) { job->deliver(result); });
    }).detach();
}

void TransferJob::cancel()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->canceled = true;
    m_shared->answered.wakeAll();
}

void TransferJob::answerHostKey(bool trust)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->answer = trust ? Shared::Answer::Trust : Shared::Answer::Refuse;
    m_shared->answered.wakeAll();
}

void TransferJob::deliver(const Result &result)
{
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace LabDesk::Git
