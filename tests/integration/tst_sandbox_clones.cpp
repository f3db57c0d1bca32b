// LabDesk's clone engine (Git::TransferJob) against the sandbox: libgit2 over smart HTTP with a
// token and over SSH (the system's sshd, a key generated here under a temporary HOME), cancel,
// bounded authentication, host-key decisions, refused targets; and the clones list's persistence.
#include "support/sandboxfixture.h"
#include "support/sshserverfixture.h"
#include "support/temphome.h"

#include "core/git/clonesmodel.h"
#include "core/git/knownhostspolicy.h"
#include "core/git/transferjob.h"
#include "core/ssh/knownhosts.h"
#include "sandbox/api/directory.h"
#include "sandbox/api/modules.h"
#include "sandbox/sandboxapi.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using LabDesk::Git::CloneRequest;
using LabDesk::Git::HostKeyInfo;
using LabDesk::Git::HostKeyStatus;
using LabDesk::Git::RemoteAuth;
using LabDesk::Git::TransferJob;
using LabDesk::Git::TransferProgress;
using LabDesk::Test::SandboxFixture;
using LabDesk::Test::SshServerFixture;
namespace Sandbox = LabDesk::Sandbox;

namespace {

// Every message logged while a test runs, to prove the token never reaches a log.
QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += message.toUtf8() + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

Run run(const QString &program, const QStringList &arguments, const QStringList &environment = {},
        const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.com"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.com"));
    for (const QString &assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(30000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file below `dir` contains no `needle`.
QString fileContaining(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            return path;
    }
    return {};
}

} // namespace

class tst_SandboxClones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void httpsCloneWithToken();
    void httpsWithoutTokenAsksToSignIn();
    void wrongTokenStopsAfterBoundedTries();
    void nonEmptyTargetIsRefused();
    void emptyExistingFolderIsUsedAndKept();
    void cancelMidCloneLeavesNoFolder();
    void missingRepositoryIsExplained();
    void branchIsCheckedOut();

    void sshCloneWithKnownHostKey();
    void sshUnknownHostKeyAsksTheUser_data();
    void sshUnknownHostKeyAsksTheUser();
    void sshChangedHostKeyIsRefused();
    void sshWrongKeyStopsAfterBoundedTries();

    void fetchUpdatesAheadBehind();
    void clonesListPersistsAndMarksMissingFolders();

private:
    int createProject(Sandbox::SandboxApi &api, const QString &path, const QString &visibility);
    bool commit(int projectId, const QString &branch, const QString &file, const QByteArray &content);
    QString httpUrl(const QString &projectPath) const;
    QString sshUrl(const QString &projectPath) const;
    QString target(const QString &name);
    RemoteAuth tokenAuth(const QString &token) const;
    RemoteAuth sshAuth() const;
    bool ensureSsh();
    TransferJob::Result clone(const CloneRequest &request, QList<TransferProgress> *progress = nullptr,
                              TransferJob *job = nullptr);

    LabDesk::Test::TempHome m_home; // first: HOME for ssh keys, known_hosts and settings
    SandboxFixture m_sandbox;
    std::unique_ptr<SshServerFixture> m_ssh;
    QTemporaryDir m_work;
    int m_userId = 0;
    QString m_token;
    int m_groupId = 0;
    int m_privateId = 0;
    int m_bigId = 0;
    QString m_keyPath;
    int m_sequence = 0;
};

void tst_SandboxClones::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_work.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(git_libgit2_init() > 0);
    qRegisterMetaType<TransferProgress>();
    qRegisterMetaType<TransferJob::Result>();
    qRegisterMetaType<HostKeyInfo>();
    QLoggingCategory::setFilterRules(QStringLiteral("labdesk.*=true"));
    previousHandler = qInstallMessageHandler(captureMessages);

    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) {
        Sandbox::SandboxApi &api = server.api();
        const QJsonObject user = Sandbox::createUser(api, QStringLiteral("alice"), QStringLiteral("Alice"),
                                                     QStringLiteral("alice@example.com"));
        m_userId = user.value(QLatin1String("id")).toInt();
        m_token = Sandbox::createPersonalAccessToken(api, m_userId, QStringLiteral("git"), {QStringLiteral("api")});
        m_groupId = Sandbox::Catalog::createGroup(api, QStringLiteral("Demo"), QStringLiteral("demo"), 0,
                                                  QStringLiteral("private"), QString(), 0)
                        .value(QLatin1String("id"))
                        .toInt();
        Sandbox::Catalog::addMember(api, QStringLiteral("Namespace"), m_groupId, m_userId, 40, 1);
        m_privateId = createProject(api, QStringLiteral("app"), QStringLiteral("private"));
        m_bigId = createProject(api, QStringLiteral("big"), QStringLiteral("private"));
    });
    QVERIFY(m_privateId > 0 && m_bigId > 0);
    QVERIFY(commit(m_privateId, QStringLiteral("main"), QStringLiteral("README.md"), "# App\n"));
    QVERIFY(commit(m_privateId, QStringLiteral("feature"), QStringLiteral("feature.txt"), "feature\n"));

    // "big": enough data that a clone is still receiving when the test cancels it (24 MB that do
    // not compress, in 400 commits).
    QString repository;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) { repository = server.api().repositoryPath(m_bigId); });
    QByteArray stream;
    QRandomGenerator random(7);
    for (int i = 1; i <= 400; ++i) {
        QByteArray blob(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
        const QByteArray message = "Commit " + QByteArray::number(i) + '\n';
        stream += "commit refs/heads/main\nmark :" + QByteArray::number(i) + "\ncommitter Test <test@example.com> "
            + QByteArray::number(1700000000 + i) + " +0000\ndata " + QByteArray::number(message.size()) + '\n'
            + message;
        if (i > 1)
            stream += "from :" + QByteArray::number(i - 1) + '\n';
        stream += "M 100644 inline blob" + QByteArray::number(i) + ".bin\ndata " + QByteArray::number(blob.size())
            + '\n' + blob + '\n';
    }
    const Run import = run(QStringLiteral("git"), {QStringLiteral("fast-import"), QStringLiteral("--quiet")},
                           {QStringLiteral("GIT_DIR=") + repository}, stream);
    QVERIFY2(import.ok(), import.err.constData());
}

void tst_SandboxClones::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    m_ssh.reset();
    git_libgit2_shutdown();
}

void tst_SandboxClones::init()
{
    QMutexLocker lock(&logMutex);
    capturedLog.clear();
}

int tst_SandboxClones::createProject(Sandbox::SandboxApi &api, const QString &path, const QString &visibility)
{
    const int id = api.store.nextId(QStringLiteral("projects"));
    api.store.put(QStringLiteral("projects"), id,
                  {{QStringLiteral("name"), path},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("namespace_id"), m_groupId},
                   {QStringLiteral("visibility"), visibility},
                   {QStringLiteral("default_branch"), QStringLiteral("main")},
                   {QStringLiteral("description"), QString()},
                   {QStringLiteral("creator_id"), m_userId},
                   {QStringLiteral("created_at"), api.now()},
                   {QStringLiteral("last_activity_at"), api.now()},
                   {QStringLiteral("archived"), false}});
    return api.ensureRepository(api.store.get(QStringLiteral("projects"), id)) ? id : 0;
}

// A commit on `branch` written straight into the bare repository (fast-import; no push).
bool tst_SandboxClones::commit(int projectId, const QString &branch, const QString &file, const QByteArray &content)
{
    QString repository;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) { repository = server.api().repositoryPath(projectId); });
    const QByteArray ref = "refs/heads/" + branch.toUtf8();
    const Run head = run(QStringLiteral("git"),
                         {QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("-q"),
                          QStringLiteral("refs/heads/main")},
                         {QStringLiteral("GIT_DIR=") + repository});
    const QByteArray parent = head.out.trimmed();
    const QByteArray message = "Add " + file.toUtf8() + '\n';
    QByteArray stream = "commit " + ref + "\ncommitter Test <test@example.com> 1700000000 +0000\ndata "
        + QByteArray::number(message.size()) + '\n' + message;
    if (!parent.isEmpty())
        stream += "from " + parent + '\n';
    stream
        += "M 100644 inline " + file.toUtf8() + "\ndata " + QByteArray::number(content.size()) + '\n' + content + '\n';
    return run(QStringLiteral("git"),
               {QStringLiteral("fast-import"), QStringLiteral("--quiet"), QStringLiteral("--force")},
               {QStringLiteral("GIT_DIR=") + repository}, stream)
        .ok();
}

QString tst_SandboxClones::httpUrl(const QString &projectPath) const
{
    QUrl url = m_sandbox.url();
    url.setPath(QLatin1Char('/') + projectPath + QStringLiteral(".git"));
    return url.toString();
}

QString tst_SandboxClones::sshUrl(const QString &projectPath) const
{
    return QStringLiteral("ssh://%1@%2:%3/%4.git")
        .arg(m_ssh->user(), m_ssh->host())
        .arg(m_ssh->port())
        .arg(projectPath);
}

QString tst_SandboxClones::target(const QString &name)
{
    return m_work.filePath(name + QLatin1Char('-') + QString::number(++m_sequence));
}

RemoteAuth tst_SandboxClones::tokenAuth(const QString &token) const
{
    RemoteAuth auth;
    auth.method = RemoteAuth::Method::Token;
    auth.username = QStringLiteral("alice");
    auth.token = token;
    return auth;
}

RemoteAuth tst_SandboxClones::sshAuth() const
{
    RemoteAuth auth;
    auth.method = RemoteAuth::Method::SshKey;
    auth.privateKeyPath = m_keyPath;
    LabDesk::Git::useKnownHosts(auth);
    return auth;
}

// sshd for the sandbox, and an ed25519 key generated into the temporary HOME's ~/.ssh and
// uploaded for alice through POST /user/keys.
bool tst_SandboxClones::ensureSsh()
{
    if (m_ssh)
        return true;
    auto ssh = std::make_unique<SshServerFixture>(m_sandbox);
    if (!ssh->start(QStringLiteral(LABDESK_SANDBOX_EXE))) {
        qWarning("sshd: %s", qPrintable(ssh->errorString()));
        return false;
    }
    QDir().mkpath(m_home.filePath(QStringLiteral(".ssh")));
    m_keyPath = m_home.filePath(QStringLiteral(".ssh/id_ed25519"));
    const Run keygen
        = run(QStringLiteral("ssh-keygen"),
              {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
               QStringLiteral("-C"), QStringLiteral("alice@labdesk-test"), QStringLiteral("-f"), m_keyPath});
    if (!keygen.ok())
        return false;
    const QString publicKey = QString::fromLatin1(readFile(m_keyPath + QStringLiteral(".pub"))).trimmed();
    const QJsonObject body {{QStringLiteral("title"), QStringLiteral("test key")}, {QStringLiteral("key"), publicKey}};
    auto reply = m_sandbox.request("POST", QStringLiteral("/user/keys"), QJsonDocument(body).toJson(), m_token);
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
        return false;
    m_ssh = std::move(ssh);
    return true;
}

TransferJob::Result tst_SandboxClones::clone(const CloneRequest &request, QList<TransferProgress> *progress,
                                             TransferJob *existing)
{
    TransferJob own;
    TransferJob *job = existing ? existing : &own;
    QSignalSpy finished(job, &TransferJob::finished);
    if (progress)
        connect(job, &TransferJob::progressChanged, job,
                [progress](const TransferProgress &p) { progress->append(p); });
    job->startClone(request);
    if (!finished.wait(120000))
        return {TransferJob::Error::Other, QStringLiteral("timed out"), {}, {}};
    return finished.constFirst().constFirst().value<TransferJob::Result>();
}

void tst_SandboxClones::httpsCloneWithToken()
{
    CloneRequest request;
    request.url = httpUrl(QStringLiteral("demo/app"));
    request.targetPath = target(QStringLiteral("https"));
    request.auth = tokenAuth(m_token);
    QList<TransferProgress> progress;
    QElapsedTimer clock;
    clock.start();
    const TransferJob::Result result = clone(request, &progress);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(result.isOk(), qPrintable(result.message + QLatin1Char('\n') + result.details));
    QCOMPARE(readFile(request.targetPath + QStringLiteral("/README.md")), QByteArray("# App\n"));

    // The saved remote is the plain URL; the token is nowhere in the clone.
    const QByteArray config = readFile(request.targetPath + QStringLiteral("/.git/config"));
    QVERIFY2(config.contains(QByteArray("url = " + request.url.toUtf8())), config.constData());
    QVERIFY(!config.contains(m_token.toUtf8()));
    QCOMPARE(fileContaining(request.targetPath + QStringLiteral("/.git"), m_token.toUtf8()), QString());

    // Progress came, ended with the checkout complete, and no faster than about ten a second
    // (phase changes always pass).
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().checkedOutFiles, progress.constLast().totalFiles);
    QVERIFY(progress.constLast().totalObjects > 0);
    QVERIFY2(progress.size() <= 6 + elapsed / 100, qPrintable(QString::number(progress.size())));

    // Not in the list's settings and not in any log either.
    LabDesk::Git::ClonesModel model;
    model.addClone({request.targetPath, QStringLiteral("demo/app"), request.url, QStringLiteral("https"), {}, {}});
    QSettings().sync();
    QCOMPARE(fileContaining(m_home.path(), m_token.toUtf8()), QString());
    QMutexLocker lock(&logMutex);
    QVERIFY(capturedLog.contains("cloned")); // the logging above did run
    QVERIFY(!capturedLog.contains(m_token.toUtf8()));
}

void tst_SandboxClones::httpsWithoutTokenAsksToSignIn()
{
    CloneRequest request;
    request.url = httpUrl(QStringLiteral("demo/app"));
    request.targetPath = target(QStringLiteral("anonymous"));
    const TransferJob::Result result = clone(request);
    QCOMPARE(result.error, TransferJob::Error::AuthenticationFailed);
    QVERIFY2(result.message.contains(QLatin1String("sign-in")), qPrintable(result.message));
    QVERIFY(!QFileInfo::exists(request.targetPath));
}

void tst_SandboxClones::wrongTokenStopsAfterBoundedTries()
{
    // A token in the URL is used as the token (and never saved): here a wrong one.
    QUrl url(httpUrl(QStringLiteral("demo/app")));
    url.setUserName(QStringLiteral("oauth2"));
    url.setPassword(QStringLiteral("glpat-wrongwrongwrongwrong"));
    CloneRequest request;
    request.url = url.toString();
    request.targetPath = target(QStringLiteral("wrong"));
    request.auth.maxAttempts = 2;
    const TransferJob::Result result = clone(request);
    QCOMPARE(result.error, TransferJob::Error::AuthenticationFailed);
    QVERIFY2(result.message.contains(QLatin1String("2 time")), qPrintable(result.message));
    QVERIFY(!QFileInfo::exists(request.targetPath));
}

void tst_SandboxClones::nonEmptyTargetIsRefused()
{
    const QString path = target(QStringLiteral("busy"));
    QVERIFY(QDir().mkpath(path));
    QFile keep(path + QStringLiteral("/notes.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("mine\n");
    keep.close();
    CloneRequest request;
    request.url = httpUrl(QStringLiteral("demo/app"));
    request.targetPath = path;
    request.auth = tokenAuth(m_token);
    const TransferJob::Result result = clone(request);
    QCOMPARE(result.error, TransferJob::Error::TargetNotEmpty);
    QCOMPARE(readFile(path + QStringLiteral("/notes.txt")), QByteArray("mine\n"));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("/.git")));
}

void tst_SandboxClones::emptyExistingFolderIsUsedAndKept()
{
    const QString path = target(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(path));
    CloneRequest request;
    request.url = httpUrl(QStringLiteral("demo/missing"));
    request.targetPath = path;
    request.auth = tokenAuth(m_token);
    const TransferJob::Result failed = clone(request);
    QVERIFY(!failed.isOk());
    // A failed clone into a folder the user made empties it but leaves the folder.
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    request.url = httpUrl(QStringLiteral("demo/app"));
    const TransferJob::Result result = clone(request);
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("/README.md")));
}

void tst_SandboxClones::cancelMidCloneLeavesNoFolder()
{
    CloneRequest request;
    request.url = httpUrl(QStringLiteral("demo/big"));
    request.targetPath = target(QStringLiteral("cancel"));
    request.auth = tokenAuth(m_token);
    TransferJob job;
    bool canceled = false;
    QElapsedTimer sinceCancel;
    connect(&job, &TransferJob::progressChanged, &job, [&](const TransferProgress &progress) {
        if (!canceled && progress.phase == TransferProgress::Phase::Receiving && progress.receivedObjects > 0) {
            canceled = true;
            QVERIFY(QFileInfo::exists(request.targetPath)); // the partial clone is on disk
            sinceCancel.start();
            job.cancel();
        }
    });
    const TransferJob::Result result = clone(request, nullptr, &job);
    QVERIFY(canceled);
    QCOMPARE(result.error, TransferJob::Error::Canceled);
    QVERIFY(!QFileInfo::exists(request.targetPath));
    qInfo("finished %lld ms after cancel", sinceCancel.elapsed());
}

void tst_SandboxClones::missingRepositoryIsExplained()
{
    CloneRequest request;
    request.url = httpUrl(QStringLiteral("demo/nothing-here"));
    request.targetPath = target(QStringLiteral("missing"));
    request.auth = tokenAuth(m_token);
    const TransferJob::Result result = clone(request);
    QCOMPARE(result.error, TransferJob::Error::NotFound);
    QVERIFY(!QFileInfo::exists(request.targetPath));

    // Nothing listens on this port: a network failure in plain words.
    request.url = QStringLiteral("http://127.0.0.1:1/demo/app.git");
    request.targetPath = target(QStringLiteral("closed"));
    const TransferJob::Result closed = clone(request);
    QCOMPARE(closed.error, TransferJob::Error::Network);
    QVERIFY(!QFileInfo::exists(request.targetPath));
}

void tst_SandboxClones::branchIsCheckedOut()
{
    CloneRequest request;
    request.url = httpUrl(QStringLiteral("demo/app"));
    request.targetPath = target(QStringLiteral("branch"));
    request.branch = QStringLiteral("feature");
    request.auth = tokenAuth(m_token);
    const TransferJob::Result result = clone(request);
    QVERIFY2(result.isOk(), qPrintable(result.message + result.details));
    QVERIFY(QFileInfo::exists(request.targetPath + QStringLiteral("/feature.txt")));
    QCOMPARE(LabDesk::Git::RepositoryStatus::read(request.targetPath).branch, QStringLiteral("feature"));
}

void tst_SandboxClones::sshCloneWithKnownHostKey()
{
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());
    QFile knownHosts(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
    QVERIFY(knownHosts.open(QIODevice::WriteOnly | QIODevice::Truncate));
    knownHosts.write(m_ssh->knownHostsLine().toUtf8() + '\n');
    knownHosts.close();

    CloneRequest request;
    request.url = sshUrl(QStringLiteral("demo/app"));
    request.targetPath = target(QStringLiteral("ssh"));
    request.auth = sshAuth();
    TransferJob job;
    QSignalSpy asked(&job, &TransferJob::hostKeyConfirmationRequested);
    const TransferJob::Result result = clone(request, nullptr, &job);
    QVERIFY2(result.isOk(),
             qPrintable(result.message + QLatin1Char('\n') + result.details + QLatin1Char('\n')
                        + QString::fromLocal8Bit(m_ssh->log())));
    QCOMPARE(asked.count(), 0);
    QCOMPARE(readFile(request.targetPath + QStringLiteral("/README.md")), QByteArray("# App\n"));
    QVERIFY(readFile(request.targetPath + QStringLiteral("/.git/config")).contains(request.url.toUtf8()));
}

void tst_SandboxClones::sshUnknownHostKeyAsksTheUser_data()
{
    QTest::addColumn<bool>("trust");
    QTest::newRow("accepted: cloned and remembered") << true;
    QTest::newRow("declined: refused") << false;
}

void tst_SandboxClones::sshUnknownHostKeyAsksTheUser()
{
    QFETCH(bool, trust);
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());
    const QString knownHostsPath = m_home.filePath(QStringLiteral(".ssh/known_hosts"));
    QFile::remove(knownHostsPath);

    CloneRequest request;
    request.url = sshUrl(QStringLiteral("demo/app"));
    request.targetPath = target(QStringLiteral("ssh-unknown"));
    request.auth = sshAuth();
    TransferJob job;
    HostKeyInfo seen;
    connect(&job, &TransferJob::hostKeyConfirmationRequested, &job, [&](const HostKeyInfo &key) {
        seen = key;
        job.answerHostKey(trust);
    });
    const TransferJob::Result result = clone(request, nullptr, &job);
    QCOMPARE(seen.sha256Fingerprint, m_ssh->hostKeyFingerprint());
    QCOMPARE(seen.port, m_ssh->port());
    QCOMPARE(seen.type, QByteArray("ssh-ed25519"));
    if (trust) {
        QVERIFY2(result.isOk(), qPrintable(result.message + result.details));
        QCOMPARE(LabDesk::Ssh::KnownHosts(knownHostsPath)
                     .check(m_ssh->host(), m_ssh->port(), LabDesk::Ssh::HostKey::fromBlob(seen.blob)),
                 LabDesk::Ssh::KnownHosts::Match::Known);
    } else {
        QCOMPARE(result.error, TransferJob::Error::HostKeyUnknown);
        QVERIFY(!QFileInfo::exists(request.targetPath));
        QVERIFY(!QFileInfo::exists(knownHostsPath));
    }
}

void tst_SandboxClones::sshChangedHostKeyIsRefused()
{
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());
    // known_hosts lists another ed25519 key for the server's [host]:port.
    const QString otherKey = m_work.filePath(QStringLiteral("other_host_key"));
    QVERIFY(run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                 QStringLiteral("-f"), otherKey})
                .ok());
    const QByteArray other = readFile(otherKey + QStringLiteral(".pub")).trimmed();
    QFile knownHosts(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
    QVERIFY(knownHosts.open(QIODevice::WriteOnly | QIODevice::Truncate));
    knownHosts.write(QStringLiteral("[%1]:%2 ").arg(m_ssh->host()).arg(m_ssh->port()).toUtf8()
                     + other.split(' ').mid(0, 2).join(' ') + '\n');
    knownHosts.close();

    CloneRequest request;
    request.url = sshUrl(QStringLiteral("demo/app"));
    request.targetPath = target(QStringLiteral("ssh-changed"));
    request.auth = sshAuth();
    TransferJob job;
    QSignalSpy asked(&job, &TransferJob::hostKeyConfirmationRequested);
    const TransferJob::Result result = clone(request, nullptr, &job);
    QCOMPARE(result.error, TransferJob::Error::HostKeyChanged);
    QVERIFY2(result.message.contains(m_ssh->hostKeyFingerprint()), qPrintable(result.message));
    QCOMPARE(asked.count(), 0);
    QVERIFY(!QFileInfo::exists(request.targetPath));
}

void tst_SandboxClones::sshWrongKeyStopsAfterBoundedTries()
{
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());
    QFile knownHosts(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
    QVERIFY(knownHosts.open(QIODevice::WriteOnly | QIODevice::Truncate));
    knownHosts.write(m_ssh->knownHostsLine().toUtf8() + '\n');
    knownHosts.close();
    // A key the server does not know.
    const QString stranger = m_work.filePath(QStringLiteral("stranger"));
    QVERIFY(run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                 QStringLiteral("-f"), stranger})
                .ok());
    CloneRequest request;
    request.url = sshUrl(QStringLiteral("demo/app"));
    request.targetPath = target(QStringLiteral("ssh-stranger"));
    request.auth = sshAuth();
    request.auth.privateKeyPath = stranger;
    const TransferJob::Result result = clone(request);
    QCOMPARE(result.error, TransferJob::Error::AuthenticationFailed);
    QVERIFY(!QFileInfo::exists(request.targetPath));
}

void tst_SandboxClones::fetchUpdatesAheadBehind()
{
    CloneRequest request;
    request.url = httpUrl(QStringLiteral("demo/app"));
    request.targetPath = target(QStringLiteral("fetch"));
    request.auth = tokenAuth(m_token);
    QVERIFY(clone(request).isOk());
    QCOMPARE(LabDesk::Git::RepositoryStatus::read(request.targetPath).behind, 0);

    QVERIFY(commit(m_privateId, QStringLiteral("main"), QStringLiteral("later.txt"), "later\n"));
    TransferJob fetch;
    QSignalSpy finished(&fetch, &TransferJob::finished);
    fetch.startFetch(request.targetPath, tokenAuth(m_token));
    QVERIFY(finished.wait(60000));
    const auto result = finished.constFirst().constFirst().value<TransferJob::Result>();
    QVERIFY2(result.isOk(), qPrintable(result.message + result.details));
    const LabDesk::Git::RepositoryStatus status = LabDesk::Git::RepositoryStatus::read(request.targetPath);
    QVERIFY(status.hasUpstream);
    QCOMPARE(status.upstream, QStringLiteral("origin/main"));
    QCOMPARE(status.behind, 1);
    QCOMPARE(status.ahead, 0);
}

void tst_SandboxClones::clonesListPersistsAndMarksMissingFolders()
{
    CloneRequest request;
    request.url = httpUrl(QStringLiteral("demo/app"));
    request.targetPath = target(QStringLiteral("listed"));
    request.auth = tokenAuth(m_token);
    QVERIFY(clone(request).isOk());
    QFile dirty(request.targetPath + QStringLiteral("/new.txt"));
    QVERIFY(dirty.open(QIODevice::WriteOnly));
    dirty.close();
    const QString gone = target(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(gone));
    QVERIFY(run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), gone}).ok());

    {
        LabDesk::Git::ClonesModel model;
        const int before = model.rowCount();
        model.addClone({request.targetPath, QStringLiteral("demo/app"), request.url, QStringLiteral("https"), {}, {}});
        QString error;
        QVERIFY2(model.addExistingFolder(gone, &error), qPrintable(error));
        QVERIFY(!model.addExistingFolder(gone, &error)); // listed once
        QVERIFY(!model.addExistingFolder(m_work.path(), &error)); // no working copy
        QCOMPARE(model.rowCount(), before + 2);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing(), 10000);
    }
    QVERIFY(QDir(gone).removeRecursively());

    LabDesk::Git::ClonesModel reloaded;
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isRefreshing(), 10000);
    const int listed = reloaded.rowOfPath(request.targetPath);
    const int missing = reloaded.rowOfPath(gone);
    QVERIFY(listed >= 0);
    QVERIFY(missing >= 0);
    reloaded.refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isRefreshing(), 10000);
    const QModelIndex row = reloaded.index(listed, 0);
    QCOMPARE(row.data(LabDesk::Git::ClonesModel::ProjectRole).toString(), QStringLiteral("demo/app"));
    QCOMPARE(row.data(LabDesk::Git::ClonesModel::BranchRole).toString(), QStringLiteral("main"));
    QCOMPARE(row.data(LabDesk::Git::ClonesModel::ChangedFilesRole).toInt(), 1);
    QCOMPARE(row.data(LabDesk::Git::ClonesModel::MissingRole).toBool(), false);
    QCOMPARE(reloaded.index(missing, 0).data(LabDesk::Git::ClonesModel::MissingRole).toBool(), true);
    QCOMPARE(reloaded.index(missing, LabDesk::Git::ClonesModel::BranchColumn).data().toString(),
             QStringLiteral("Folder not found"));
}

QTEST_GUILESS_MAIN(tst_SandboxClones)
#include "tst_sandbox_clones.moc"
