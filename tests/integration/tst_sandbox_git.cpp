// Git against the sandbox over smart HTTP (git http-backend) and SSH (the system's sshd with
// labdesk-sandbox git-shell as every key's forced command), with the git CLI and libgit2 as clients.
#include "support/sandboxfixture.h"
#include "support/sshserverfixture.h"
#include "support/temphome.h"

#include "sandbox/api/modules.h"
#include "sandbox/sandboxapi.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

#include <memory>
#include <utility>

using LabDesk::Test::SandboxFixture;
using LabDesk::Test::SshServerFixture;
namespace Sandbox = LabDesk::Sandbox;

namespace {

const QString ZeroSha = QString(40, QLatin1Char('0'));
const QString ProjectNotFound
    = QStringLiteral("The project you were looking for could not be found or you don't have permission to view it.");
const QString PushRefused = QStringLiteral("You are not allowed to push code to this project.");

struct Account
{
    int id = 0;
    QString username;
    QString token; // scope api
};

struct PushEvent
{
    int projectId = 0;
    QString ref;
    QString before;
    QString after;
    QString username;
};

// Filled by an onPush handler on the sandbox's thread, read by the test.
class PushLog
{
public:
    void append(const PushEvent &event)
    {
        QMutexLocker lock(&m_mutex);
        m_events.append(event);
    }
    int count()
    {
        QMutexLocker lock(&m_mutex);
        return int(m_events.size());
    }
    QList<PushEvent> take()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_events, {});
    }

private:
    QMutex m_mutex;
    QList<PushEvent> m_events;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return exitCode == 0; }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

// A client process with a clean environment: no GIT_* or agent variables from outside, no
// prompts, a fixed identity for commits; HOME is the test's temporary home.
Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
        const QStringList &extraEnvironment = {}, const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("GIT_")) || name.startsWith(QLatin1String("SSH_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test Author"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("author@example.com"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test Author"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("author@example.com"));
    for (const QString &assignment : extraEnvironment) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out: " + process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run git(const QStringList &arguments, const QString &workingDirectory = {}, const QStringList &extraEnvironment = {})
{
    return run(QStringLiteral("git"), arguments, workingDirectory, extraEnvironment);
}

QString lastGitError()
{
    const git_error *error = git_error_last();
    return error ? QString::fromUtf8(error->message) : QStringLiteral("(no libgit2 error)");
}

// Credentials for libgit2: a user name and token over HTTP, an ed25519 key pair over SSH. It counts
// calls and gives up after a few, since libgit2 asks again and again when authentication fails.
struct Credentials
{
    QByteArray username;
    QByteArray password;
    QByteArray publicKey;
    QByteArray privateKey;
    QByteArray expectedHostKey; // "SHA256:...": the only SSH host key certificateCheck accepts
    QByteArray seenHostKey;
    QStringList rejectedRefs; // push_update_reference reported these as refused
    unsigned int allowedTypes = 0;
    int calls = 0;
    int certificateChecks = 0;
};

int credentialsCallback(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowedTypes,
                        void *payload)
{
    Q_UNUSED(url)
    auto *credentials = static_cast<Credentials *>(payload);
    credentials->allowedTypes |= allowedTypes;
    if (++credentials->calls > 3) {
        git_error_set_str(GIT_ERROR_NET, "giving up after 3 rejected credentials");
        return GIT_EUSER;
    }
    if ((allowedTypes & GIT_CREDENTIAL_SSH_KEY) && !credentials->privateKey.isEmpty())
        return git_credential_ssh_key_new(out, usernameFromUrl ? usernameFromUrl : credentials->username.constData(),
                                          credentials->publicKey.constData(), credentials->privateKey.constData(), "");
    if (allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT)
        return git_credential_userpass_plaintext_new(out, credentials->username.constData(),
                                                     credentials->password.constData());
    return GIT_PASSTHROUGH;
}

int certificateCheck(git_cert *cert, int valid, const char *host, void *payload)
{
    Q_UNUSED(valid) // libgit2 1.5 checks ~/.ssh/known_hosts itself; we decide on the fingerprint
    Q_UNUSED(host)
    auto *credentials = static_cast<Credentials *>(payload);
    ++credentials->certificateChecks;
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2)
        return GIT_ECERTIFICATE;
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
    if (!(hostKey->type & GIT_CERT_SSH_SHA256))
        return GIT_ECERTIFICATE;
    credentials->seenHostKey = "SHA256:"
        + QByteArray(reinterpret_cast<const char *>(hostKey->hash_sha256), 32).toBase64(QByteArray::OmitTrailingEquals);
    return credentials->seenHostKey == credentials->expectedHostKey ? 0 : GIT_ECERTIFICATE;
}

using RepositoryPtr = std::unique_ptr<git_repository, decltype(&git_repository_free)>;
using RemotePtr = std::unique_ptr<git_remote, decltype(&git_remote_free)>;

void setCallbacks(git_remote_callbacks *callbacks, Credentials *credentials)
{
    callbacks->credentials = credentialsCallback;
    callbacks->certificate_check = certificateCheck;
    callbacks->payload = credentials;
}

RepositoryPtr libgit2Clone(const QString &url, const QString &path, Credentials *credentials, int *error)
{
    git_clone_options options;
    git_clone_options_init(&options, GIT_CLONE_OPTIONS_VERSION);
    setCallbacks(&options.fetch_opts.callbacks, credentials);
    git_repository *repository = nullptr;
    *error = git_clone(&repository, url.toUtf8().constData(), QFile::encodeName(path).constData(), &options);
    return RepositoryPtr(repository, &git_repository_free);
}

int libgit2Push(git_repository *repository, const QByteArray &refspec, Credentials *credentials, QString *rejection)
{
    git_remote *remote = nullptr;
    if (const int error = git_remote_lookup(&remote, repository, "origin"))
        return error;
    RemotePtr owner(remote, &git_remote_free);
    git_push_options options;
    git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
    setCallbacks(&options.callbacks, credentials);
    options.callbacks.push_update_reference = [](const char *ref, const char *status, void *payload) {
        if (status)
            static_cast<Credentials *>(payload)->rejectedRefs
                << QString::fromUtf8(ref) + QStringLiteral(": ") + QString::fromUtf8(status);
        return 0;
    };
    QByteArray spec = refspec;
    char *specs[] = {spec.data()};
    const git_strarray array {specs, 1};
    credentials->rejectedRefs.clear();
    const int error = git_remote_push(remote, &array, &options);
    *rejection = credentials->rejectedRefs.join(QLatin1Char('\n'));
    return error;
}

} // namespace

class tst_SandboxGit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void publicProjectClonesAnonymously_data();
    void publicProjectClonesAnonymously();
    void privateProjectClone_data();
    void privateProjectClone();
    void smartHttpAnswersLikeGitLab_data();
    void smartHttpAnswersLikeGitLab();
    void pushOverHttpRunsThePushHook();
    void reporterCannotPushOverHttp();
    void pushOfCiConfigStartsAPipeline();
    void libgit2ClonesAndPushesOverHttp();
    void libgit2StopsAfterRejectedCredentials();
    void largeRepositoryClonesOverHttp();
    void protocolVersion2OverHttp();

    void internalAllowedAnswersLikeGitLab_data();
    void internalAllowedAnswersLikeGitLab();
    void sshWelcomesTheKeysOwner();
    void projectCloneUrlsWork();
    void sshCloneAndPushRunThePushHook();
    void sshRefusesKeysWithoutAccess_data();
    void sshRefusesKeysWithoutAccess();
    void sshForgetsDeletedKeys();
    void libgit2ClonesAndPushesOverSsh();

private:
    // Seeding on the server's thread.
    Account createAccount(Sandbox::SandboxApi &api, const QString &username);
    int createProject(Sandbox::SandboxApi &api, int namespaceId, const QString &path, const QString &visibility);
    void addMember(Sandbox::SandboxApi &api, const QString &sourceType, int sourceId, int userId, int level);
    bool commitFile(const QString &projectPath, int projectId, const QString &file, const QByteArray &content,
                    QString *error);

    QString serverHead(int projectId, const QString &branch = QStringLiteral("main"));
    QString httpUrl(const QString &projectPath, const QString &user = {}, const QString &password = {}) const;
    QString workDir(const QString &name);
    bool commitAndPush(const QString &clone, const QString &file, QString *head, Run *push,
                       const QStringList &environment = {});

    // SSH: the fixture and one key per account, set up once by the first SSH test.
    bool ensureKeys();
    bool ensureSsh();
    QString sshUrl(const QString &projectPath) const;
    QStringList sshEnvironment(const QString &keyName) const;
    bool generateKey(const QString &name, QString *publicKey);
    int addKey(const Account &account, const QString &title, const QString &publicKey);
    bool deleteKey(const Account &account, int keyId);

    LabDesk::Test::TempHome m_home; // first: HOME for git, ssh and libgit2
    SandboxFixture m_sandbox;
    std::unique_ptr<SshServerFixture> m_ssh;
    QTemporaryDir m_work;
    std::shared_ptr<PushLog> m_pushes = std::make_shared<PushLog>();

    Account m_alice; // Developer in the group
    Account m_bob; // Reporter in the group
    Account m_carol; // no membership
    Account m_dave; // Guest of the private project
    QString m_aliceReadRepository; // scope read_repository only
    QString m_aliceReadUser; // scope read_user only
    QString m_aliceExpired;
    int m_publicId = 0;
    int m_privateId = 0;
    const QString m_publicPath = QStringLiteral("demo/public-project");
    const QString m_privatePath = QStringLiteral("demo/private-project");
    QHash<QString, int> m_keyIds;
    int m_sequence = 0;
};

void tst_SandboxGit::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_work.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(git_libgit2_init() > 0);

    int groupId = 0;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) {
        Sandbox::SandboxApi &api = server.api();
        m_alice = createAccount(api, QStringLiteral("alice"));
        m_bob = createAccount(api, QStringLiteral("bob"));
        m_carol = createAccount(api, QStringLiteral("carol"));
        m_dave = createAccount(api, QStringLiteral("dave"));
        m_aliceReadRepository = Sandbox::createPersonalAccessToken(api, m_alice.id, QStringLiteral("read"),
                                                                   {QStringLiteral("read_repository")});
        m_aliceReadUser = Sandbox::createPersonalAccessToken(api, m_alice.id, QStringLiteral("profile"),
                                                             {QStringLiteral("read_user")});
        m_aliceExpired
            = Sandbox::createPersonalAccessToken(api, m_alice.id, QStringLiteral("old"), {QStringLiteral("api")},
                                                 api.currentTime().date().addDays(-1).toString(Qt::ISODate));

        groupId = api.store.nextId(QStringLiteral("namespaces"));
        api.store.put(QStringLiteral("namespaces"), groupId,
                      {{QStringLiteral("name"), QStringLiteral("Demo")},
                       {QStringLiteral("path"), QStringLiteral("demo")},
                       {QStringLiteral("kind"), QStringLiteral("group")},
                       {QStringLiteral("parent_id"), QJsonValue::Null},
                       {QStringLiteral("visibility"), QStringLiteral("public")},
                       {QStringLiteral("description"), QString()},
                       {QStringLiteral("created_at"), api.now()}});
        addMember(api, QStringLiteral("Namespace"), groupId, m_alice.id, Sandbox::AccessLevel::Developer);
        addMember(api, QStringLiteral("Namespace"), groupId, m_bob.id, Sandbox::AccessLevel::Reporter);
        m_publicId = createProject(api, groupId, QStringLiteral("public-project"), QStringLiteral("public"));
        m_privateId = createProject(api, groupId, QStringLiteral("private-project"), QStringLiteral("private"));
        addMember(api, QStringLiteral("Project"), m_privateId, m_dave.id, Sandbox::AccessLevel::Guest);

        api.onPush([log = m_pushes](const QJsonObject &project, const QString &ref, const QString &before,
                                    const QString &after, const QJsonObject &user) {
            log->append({project.value(QLatin1String("id")).toInt(), ref, before, after,
                         user.value(QLatin1String("username")).toString()});
        });
    });
    QVERIFY(m_publicId > 0);
    QVERIFY(m_privateId > 0);

    QString error;
    QVERIFY2(commitFile(m_publicPath, m_publicId, QStringLiteral("README.md"), "# Public\n", &error),
             qPrintable(error));
    QVERIFY2(commitFile(m_privatePath, m_privateId, QStringLiteral("README.md"), "# Private\n", &error),
             qPrintable(error));
    // Seeding wrote to the repositories directly, which is no push.
    QCOMPARE(m_pushes->count(), 0);
}

void tst_SandboxGit::cleanupTestCase()
{
    m_ssh.reset();
    git_libgit2_shutdown();
}

Account tst_SandboxGit::createAccount(Sandbox::SandboxApi &api, const QString &username)
{
    const QJsonObject user = Sandbox::createUser(api, username, username.at(0).toUpper() + username.mid(1),
                                                 username + QStringLiteral("@example.com"));
    Account account;
    account.id = user.value(QLatin1String("id")).toInt();
    account.username = username;
    account.token = Sandbox::createPersonalAccessToken(api, account.id, QStringLiteral("git"), {QStringLiteral("api")});
    return account;
}

int tst_SandboxGit::createProject(Sandbox::SandboxApi &api, int namespaceId, const QString &path,
                                  const QString &visibility)
{
    const int id = api.store.nextId(QStringLiteral("projects"));
    api.store.put(QStringLiteral("projects"), id,
                  {{QStringLiteral("name"), path},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("namespace_id"), namespaceId},
                   {QStringLiteral("visibility"), visibility},
                   {QStringLiteral("default_branch"), QStringLiteral("main")},
                   {QStringLiteral("description"), QString()},
                   {QStringLiteral("creator_id"), m_alice.id},
                   {QStringLiteral("created_at"), api.now()},
                   {QStringLiteral("last_activity_at"), api.now()},
                   {QStringLiteral("archived"), false}});
    return api.ensureRepository(api.store.get(QStringLiteral("projects"), id)) ? id : 0;
}

void tst_SandboxGit::addMember(Sandbox::SandboxApi &api, const QString &sourceType, int sourceId, int userId, int level)
{
    api.store.put(QStringLiteral("members"), api.store.nextId(QStringLiteral("members")),
                  {{QStringLiteral("source_type"), sourceType},
                   {QStringLiteral("source_id"), sourceId},
                   {QStringLiteral("user_id"), userId},
                   {QStringLiteral("access_level"), level},
                   {QStringLiteral("expires_at"), QJsonValue::Null},
                   {QStringLiteral("created_at"), api.now()},
                   {QStringLiteral("created_by"), 1}});
}

// A commit made in a scratch clone and pushed straight into the bare repository on disk.
bool tst_SandboxGit::commitFile(const QString &projectPath, int projectId, const QString &file,
                                const QByteArray &content, QString *error)
{
    QString repository;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) { repository = server.api().repositoryPath(projectId); });
    const QString dir = workDir(QStringLiteral("seed-") + projectPath.section(QLatin1Char('/'), -1));
    Run step = git({QStringLiteral("clone"), QStringLiteral("--quiet"), repository, dir});
    if (step.ok()) {
        QFile out(dir + QLatin1Char('/') + file);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
            *error = out.errorString();
            return false;
        }
        out.close();
        step = git({QStringLiteral("add"), file}, dir);
    }
    if (step.ok())
        step = git(
            {QStringLiteral("commit"), QStringLiteral("--quiet"), QStringLiteral("-m"), QStringLiteral("Add ") + file},
            dir);
    if (step.ok())
        step = git(
            {QStringLiteral("push"), QStringLiteral("--quiet"), QStringLiteral("origin"), QStringLiteral("HEAD:main")},
            dir);
    if (!step.ok())
        *error = QString::fromLocal8Bit(step.describe().constData());
    return step.ok();
}

QString tst_SandboxGit::serverHead(int projectId, const QString &branch)
{
    QString head;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) { head = server.api().resolveRef(projectId, branch); });
    return head;
}

QString tst_SandboxGit::httpUrl(const QString &projectPath, const QString &user, const QString &password) const
{
    QUrl url = m_sandbox.url();
    url.setPath(QLatin1Char('/') + projectPath);
    if (!user.isEmpty())
        url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

QString tst_SandboxGit::workDir(const QString &name)
{
    return m_work.filePath(name + QLatin1Char('-') + QString::number(++m_sequence));
}

// Commits a new file in `clone` and pushes it to origin's main; `head` is the new commit.
bool tst_SandboxGit::commitAndPush(const QString &clone, const QString &file, QString *head, Run *push,
                                   const QStringList &environment)
{
    QFile out(clone + QLatin1Char('/') + file);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.toUtf8() + '\n') < 0)
        return false;
    out.close();
    if (!git({QStringLiteral("add"), file}, clone).ok()
        || !git({QStringLiteral("commit"), QStringLiteral("--quiet"), QStringLiteral("-m"),
                 QStringLiteral("Add ") + file},
                clone)
                .ok())
        return false;
    *head = QString::fromLatin1(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, clone).out.trimmed());
    *push = git({QStringLiteral("push"), QStringLiteral("origin"), QStringLiteral("HEAD:main")}, clone, environment);
    return true;
}

// --- smart HTTP ---------------------------------------------------------------------------------

void tst_SandboxGit::publicProjectClonesAnonymously_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("with .git") << QStringLiteral(".git");
    QTest::newRow("without .git, as GitLab allows") << QString();
}

void tst_SandboxGit::publicProjectClonesAnonymously()
{
    QFETCH(QString, suffix);
    const QString dir = workDir(QStringLiteral("public"));
    const Run clone = git({QStringLiteral("clone"), httpUrl(m_publicPath + suffix), dir});
    QVERIFY2(clone.ok(), clone.describe().constData());
    QFile readme(dir + QStringLiteral("/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QCOMPARE(readme.readAll(), QByteArray("# Public\n"));
    QCOMPARE(QString::fromLatin1(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, dir).out.trimmed()),
             serverHead(m_publicId));
}

void tst_SandboxGit::privateProjectClone_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("message"); // in git's stderr when it fails

    QTest::newRow("anonymous: 401 makes git ask")
        << QString() << QString() << false << QStringLiteral("terminal prompts disabled");
    QTest::newRow("oauth2 and a token") << QStringLiteral("oauth2") << m_alice.token << true << QString();
    QTest::newRow("username and a token") << m_alice.username << m_alice.token << true << QString();
    QTest::newRow("any username and a token") << QStringLiteral("whoever") << m_alice.token << true << QString();
    QTest::newRow("read_repository scope") << m_alice.username << m_aliceReadRepository << true << QString();
    QTest::newRow("wrong token") << QStringLiteral("oauth2") << QStringLiteral("glpat-wrongwrongwrongwrong") << false
                                 << QStringLiteral("HTTP Basic: Access denied");
    QTest::newRow("expired token") << QStringLiteral("oauth2") << m_aliceExpired << false
                                   << QStringLiteral("HTTP Basic: Access denied");
    QTest::newRow("token without a repository scope")
        << m_alice.username << m_aliceReadUser << false << QStringLiteral("You are not allowed to download code.");
    QTest::newRow("user without access: 404") << m_carol.username << m_carol.token << false << ProjectNotFound;
    QTest::newRow("guest of a private project")
        << m_dave.username << m_dave.token << false
        << QStringLiteral("You are not allowed to download code from this project.");
}

void tst_SandboxGit::privateProjectClone()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, succeeds);
    QFETCH(QString, message);

    const QString dir = workDir(QStringLiteral("private"));
    const Run clone
        = git({QStringLiteral("clone"), httpUrl(m_privatePath + QStringLiteral(".git"), user, password), dir});
    QVERIFY2(clone.ok() == succeeds, clone.describe().constData());
    if (succeeds) {
        QFile readme(dir + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QCOMPARE(readme.readAll(), QByteArray("# Private\n"));
    } else {
        QVERIFY2(QString::fromUtf8(clone.err).contains(message), clone.describe().constData());
        QVERIFY(!QFile::exists(dir + QStringLiteral("/README.md")));
    }
}

void tst_SandboxGit::smartHttpAnswersLikeGitLab_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token"); // sent as oauth2:<token>
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("body"); // contained in the body

    const QString uploadRefs = QStringLiteral(".git/info/refs?service=git-upload-pack");
    const QString receiveRefs = QStringLiteral(".git/info/refs?service=git-receive-pack");
    QTest::newRow("public advertisement, anonymous")
        << QByteArray("GET") << m_publicPath + uploadRefs << QString() << 200
        << QByteArray("application/x-git-upload-pack-advertisement") << QStringLiteral("# service=git-upload-pack");
    QTest::newRow("private, anonymous: challenge")
        << QByteArray("GET") << m_privatePath + uploadRefs << QString() << 401 << QByteArray("text/plain")
        << QStringLiteral("HTTP Basic: Access denied");
    QTest::newRow("missing project, anonymous: same as private")
        << QByteArray("GET") << QStringLiteral("demo/nothing") + uploadRefs << QString() << 401
        << QByteArray("text/plain") << QStringLiteral("HTTP Basic: Access denied");
    QTest::newRow("missing project, signed in") << QByteArray("GET") << QStringLiteral("demo/nothing") + uploadRefs
                                                << m_alice.token << 404 << QByteArray("text/plain") << ProjectNotFound;
    QTest::newRow("private, no access: 404") << QByteArray("GET") << m_privatePath + uploadRefs << m_carol.token << 404
                                             << QByteArray("text/plain") << ProjectNotFound;
    QTest::newRow("private, developer") << QByteArray("GET") << m_privatePath + receiveRefs << m_alice.token << 200
                                        << QByteArray("application/x-git-receive-pack-advertisement")
                                        << QStringLiteral("# service=git-receive-pack");
    QTest::newRow("push by a reporter") << QByteArray("GET") << m_privatePath + receiveRefs << m_bob.token << 403
                                        << QByteArray("text/plain") << PushRefused;
    QTest::newRow("push to public, anonymous")
        << QByteArray("GET") << m_publicPath + receiveRefs << QString() << 401 << QByteArray("text/plain")
        << QStringLiteral("HTTP Basic: Access denied");
    QTest::newRow("push with read_repository")
        << QByteArray("GET") << m_privatePath + receiveRefs << m_aliceReadRepository << 403 << QByteArray("text/plain")
        << QStringLiteral("You are not allowed to upload code.");
    QTest::newRow("no service") << QByteArray("GET") << m_privatePath + QStringLiteral(".git/info/refs")
                                << m_alice.token << 403 << QByteArray("text/plain")
                                << QStringLiteral("The command you're trying to execute is not allowed.");
    QTest::newRow("HEAD is refused") << QByteArray("HEAD") << m_publicPath + uploadRefs << QString() << 403
                                     << QByteArray() << QString();
}

void tst_SandboxGit::smartHttpAnswersLikeGitLab()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, body);

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_sandbox.url().toString() + QLatin1Char('/') + path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Basic " + QByteArray("oauth2:" + token.toUtf8()).toBase64());
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QVERIFY2(reply->rawHeader("Content-Type").startsWith(contentType), reply->rawHeader("Content-Type").constData());
    QVERIFY(QString::fromUtf8(reply->readAll()).contains(body));
    if (status == 401)
        QCOMPARE(reply->rawHeader("WWW-Authenticate"), QByteArray("Basic realm=\"GitLab\""));
}

void tst_SandboxGit::pushOverHttpRunsThePushHook()
{
    m_pushes->take();
    const QString dir = workDir(QStringLiteral("push"));
    Run step = git({QStringLiteral("clone"),
                    httpUrl(m_privatePath + QStringLiteral(".git"), QStringLiteral("oauth2"), m_alice.token), dir});
    QVERIFY2(step.ok(), step.describe().constData());
    const QString before = serverHead(m_privateId);

    QString head;
    QVERIFY(commitAndPush(dir, QStringLiteral("http-push.txt"), &head, &step));
    QVERIFY2(step.ok(), step.describe().constData());
    QCOMPARE(serverHead(m_privateId), head);
    // The hook has run by the time the push returns: the answer waits for it.
    QList<PushEvent> events = m_pushes->take();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().projectId, m_privateId);
    QCOMPARE(events.constFirst().ref, QStringLiteral("main"));
    QCOMPARE(events.constFirst().before, before);
    QCOMPARE(events.constFirst().after, head);
    QCOMPARE(events.constFirst().username, m_alice.username);

    // A new branch: `before` is all zeros.
    step = git({QStringLiteral("push"), QStringLiteral("origin"), QStringLiteral("HEAD:refs/heads/feature/http")}, dir);
    QVERIFY2(step.ok(), step.describe().constData());
    events = m_pushes->take();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().ref, QStringLiteral("feature/http"));
    QCOMPARE(events.constFirst().before, ZeroSha);
    QCOMPARE(events.constFirst().after, head);
}

void tst_SandboxGit::reporterCannotPushOverHttp()
{
    m_pushes->take();
    const QString dir = workDir(QStringLiteral("reporter"));
    Run step = git(
        {QStringLiteral("clone"), httpUrl(m_privatePath + QStringLiteral(".git"), m_bob.username, m_bob.token), dir});
    QVERIFY2(step.ok(), step.describe().constData()); // a reporter may fetch
    const QString before = serverHead(m_privateId);

    QString head;
    QVERIFY(commitAndPush(dir, QStringLiteral("reporter.txt"), &head, &step));
    QVERIFY2(!step.ok(), step.describe().constData());
    QVERIFY2(step.err.contains(PushRefused.toUtf8()), step.describe().constData());
    QCOMPARE(serverHead(m_privateId), before);
    QCOMPARE(m_pushes->count(), 0);
}

void tst_SandboxGit::pushOfCiConfigStartsAPipeline()
{
    auto probe = m_sandbox.request("GET", QStringLiteral("/projects/%1/pipelines").arg(m_publicId));
    if (probe->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404)
        QSKIP("the pipelines API is not in this build");

    const QString dir = workDir(QStringLiteral("ci"));
    Run step = git({QStringLiteral("clone"),
                    httpUrl(m_publicPath + QStringLiteral(".git"), QStringLiteral("oauth2"), m_alice.token), dir});
    QVERIFY2(step.ok(), step.describe().constData());
    QFile config(dir + QStringLiteral("/.gitlab-ci.yml"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("test:\n  script: echo hello\n");
    config.close();
    QVERIFY(git({QStringLiteral("add"), QStringLiteral(".gitlab-ci.yml")}, dir).ok());
    QVERIFY(
        git({QStringLiteral("commit"), QStringLiteral("--quiet"), QStringLiteral("-m"), QStringLiteral("Add CI")}, dir)
            .ok());
    const QString head
        = QString::fromLatin1(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, dir).out.trimmed());
    step = git({QStringLiteral("push"), QStringLiteral("origin"), QStringLiteral("HEAD:main")}, dir);
    QVERIFY2(step.ok(), step.describe().constData());

    // As on GitLab, the push made a pipeline for the pushed commit, by the pusher.
    auto reply = m_sandbox.request("GET", QStringLiteral("/projects/%1/pipelines?sha=%2").arg(m_publicId).arg(head));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonArray pipelines = QJsonDocument::fromJson(reply->readAll()).array();
    QCOMPARE(pipelines.size(), 1);
    const QJsonObject pipeline = pipelines.at(0).toObject();
    QCOMPARE(pipeline.value(QLatin1String("sha")).toString(), head);
    QCOMPARE(pipeline.value(QLatin1String("ref")).toString(), QStringLiteral("main"));
    QCOMPARE(pipeline.value(QLatin1String("source")).toString(), QStringLiteral("push"));
}

void tst_SandboxGit::libgit2ClonesAndPushesOverHttp()
{
    m_pushes->take();
    const QString dir = workDir(QStringLiteral("libgit2-http"));
    Credentials credentials;
    credentials.username = "oauth2";
    credentials.password = m_alice.token.toUtf8();
    int error = 0;
    RepositoryPtr repository = libgit2Clone(httpUrl(m_privatePath + QStringLiteral(".git")), dir, &credentials, &error);
    QVERIFY2(error == 0, qPrintable(lastGitError()));
    // The private project answered 401 first, so libgit2 asked for credentials once.
    QCOMPARE(credentials.calls, 1);
    QVERIFY(credentials.allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT);
    git_oid oid;
    QCOMPARE(git_reference_name_to_id(&oid, repository.get(), "HEAD"), 0);
    QCOMPARE(QString::fromLatin1(git_oid_tostr_s(&oid)), serverHead(m_privateId));

    const QString before = serverHead(m_privateId);
    QFile file(dir + QStringLiteral("/libgit2.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("pushed with libgit2\n");
    file.close();
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("libgit2.txt")}, dir).ok());
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("libgit2 push")}, dir).ok());
    const QString head
        = QString::fromLatin1(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, dir).out.trimmed());

    QString rejection;
    error = libgit2Push(repository.get(), "refs/heads/main:refs/heads/main", &credentials, &rejection);
    QVERIFY2(error == 0 && rejection.isEmpty(), qPrintable(lastGitError() + rejection));
    QCOMPARE(serverHead(m_privateId), head);
    const QList<PushEvent> events = m_pushes->take();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().before, before);
    QCOMPARE(events.constFirst().after, head);
    QCOMPARE(events.constFirst().username, m_alice.username);
}

void tst_SandboxGit::libgit2StopsAfterRejectedCredentials()
{
    Credentials credentials;
    credentials.username = "oauth2";
    credentials.password = "glpat-wrongwrongwrongwrong";
    int error = 0;
    const RepositoryPtr repository = libgit2Clone(httpUrl(m_privatePath + QStringLiteral(".git")),
                                                  workDir(QStringLiteral("libgit2-wrong")), &credentials, &error);
    QVERIFY(error != 0);
    QVERIFY(!repository);
    // Every rejected attempt brought a new 401; the callback gave up on its fourth call.
    QCOMPARE(credentials.calls, 4);
}

void tst_SandboxGit::largeRepositoryClonesOverHttp()
{
    constexpr int Commits = 2000;
    int projectId = 0;
    QString repository;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) {
        Sandbox::SandboxApi &api = server.api();
        projectId = createProject(api, api.findGroup(QStringLiteral("demo")).value(QLatin1String("id")).toInt(),
                                  QStringLiteral("big"), QStringLiteral("public"));
        repository = api.repositoryPath(projectId);
    });
    QVERIFY(projectId > 0);

    // 2,000 commits through fast-import, the first with 4 MB that do not compress, so the pack
    // http-backend streams back is far larger than a pipe's buffer.
    QByteArray noise(4 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QByteArray stream;
    for (int i = 1; i <= Commits; ++i) {
        const QByteArray message = "Commit " + QByteArray::number(i) + '\n';
        const QByteArray content = "line " + QByteArray::number(i) + '\n';
        stream += "commit refs/heads/main\nmark :" + QByteArray::number(i) + "\ncommitter Bench <bench@example.com> "
            + QByteArray::number(1700000000 + i) + " +0000\ndata " + QByteArray::number(message.size()) + '\n'
            + message;
        if (i > 1)
            stream += "from :" + QByteArray::number(i - 1) + '\n';
        stream += "M 100644 inline counter.txt\ndata " + QByteArray::number(content.size()) + '\n' + content;
        if (i == 1)
            stream += "M 100644 inline noise.bin\ndata " + QByteArray::number(noise.size()) + '\n' + noise;
        stream += "\nreset refs/tags/v" + QByteArray::number(i) + "\nfrom :" + QByteArray::number(i) + "\n\n";
    }
    const Run import = run(QStringLiteral("git"), {QStringLiteral("fast-import"), QStringLiteral("--quiet")}, {},
                           {QStringLiteral("GIT_DIR=") + repository}, stream);
    QVERIFY2(import.ok(), import.describe().constData());

    // Every commit is tagged, so the clone wants 2,000 objects: with a small post buffer git sends
    // that request chunked.
    const QStringList trace {QStringLiteral("GIT_TRACE_CURL=1"), QStringLiteral("GIT_TRACE_CURL_NO_DATA=1")};
    const QString dir = workDir(QStringLiteral("big"));
    const Run clone = run(QStringLiteral("git"),
                          {QStringLiteral("-c"), QStringLiteral("http.postBuffer=66000"), QStringLiteral("clone"),
                           QStringLiteral("--quiet"), httpUrl(QStringLiteral("demo/big.git")), dir},
                          {}, trace, {}, 240000);
    QVERIFY2(clone.ok(), clone.err.right(4000).constData());
    QVERIFY(clone.err.contains("Send header: Transfer-Encoding: chunked"));
    QCOMPARE(git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}, dir).out.trimmed(),
             QByteArray::number(Commits));
    QCOMPARE(git({QStringLiteral("tag")}, dir).out.count('\n'), Commits);
    QCOMPARE(QFileInfo(dir + QStringLiteral("/noise.bin")).size(), qint64(noise.size()));
    QCOMPARE(QString::fromLatin1(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, dir).out.trimmed()),
             serverHead(projectId));

    // 111 tags (v19, v190..v199, v1900..v1999) make a request body of a few kilobytes, which git gzips.
    const QString fetched = workDir(QStringLiteral("big-fetch"));
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("--quiet"), fetched}).ok());
    const Run fetch = run(QStringLiteral("git"),
                          {QStringLiteral("fetch"), QStringLiteral("--quiet"), QStringLiteral("--no-tags"),
                           httpUrl(QStringLiteral("demo/big.git")), QStringLiteral("refs/tags/v19*:refs/tags/v19*")},
                          fetched, trace, {}, 240000);
    QVERIFY2(fetch.ok(), fetch.err.right(4000).constData());
    QVERIFY(fetch.err.contains("Send header: Content-Encoding: gzip"));
    QCOMPARE(git({QStringLiteral("tag")}, fetched).out.count('\n'), 111);
}

void tst_SandboxGit::protocolVersion2OverHttp()
{
    // The Git-Protocol header reaches http-backend as GIT_PROTOCOL: the advertisement is v2's.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_sandbox.url().toString() + QLatin1Char('/') + m_publicPath
                                 + QStringLiteral(".git/info/refs?service=git-upload-pack")));
    request.setRawHeader("Git-Protocol", "version=2");
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray body = reply->readAll();
    QVERIFY2(body.contains("000eversion 2\n") && body.contains("ls-refs"), body.constData());

    // And a v2 ls-refs command over POST lists the branch.
    QNetworkRequest command(
        QUrl(m_sandbox.url().toString() + QLatin1Char('/') + m_publicPath + QStringLiteral(".git/git-upload-pack")));
    command.setRawHeader("Git-Protocol", "version=2");
    command.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-git-upload-pack-request"));
    std::unique_ptr<QNetworkReply> refs(network.post(command, QByteArray("0014command=ls-refs\n0000")));
    QSignalSpy refsFinished(refs.get(), &QNetworkReply::finished);
    QVERIFY(refsFinished.wait(30000));
    QCOMPARE(refs->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(refs->rawHeader("Content-Type"), QByteArray("application/x-git-upload-pack-result"));
    const QByteArray listing = refs->readAll();
    const QByteArray mainRef = serverHead(m_publicId).toLatin1() + " refs/heads/main";
    QVERIFY2(listing.contains(mainRef), listing.constData());
}

// --- SSH ----------------------------------------------------------------------------------------

bool tst_SandboxGit::generateKey(const QString &name, QString *publicKey)
{
    const QString path = m_work.filePath(name);
    const Run keygen
        = run(QStringLiteral("ssh-keygen"),
              {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
               QStringLiteral("-C"), name + QStringLiteral("@labdesk-test"), QStringLiteral("-f"), path});
    QFile file(path + QStringLiteral(".pub"));
    if (!keygen.ok() || !file.open(QIODevice::ReadOnly))
        return false;
    *publicKey = QString::fromLatin1(file.readAll()).trimmed();
    return true;
}

// Uploads a key through POST /user/keys as `account`; until the keys module answers that route,
// writes the record itself and tells the sandbox, as that module does.
int tst_SandboxGit::addKey(const Account &account, const QString &title, const QString &publicKey)
{
    const QJsonObject body {{QStringLiteral("title"), title}, {QStringLiteral("key"), publicKey}};
    auto reply = m_sandbox.request("POST", QStringLiteral("/user/keys"), QJsonDocument(body).toJson(), account.token);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 201)
        return answer.value(QLatin1String("id")).toInt();
    if (status != 404 || answer.value(QLatin1String("error")).toString() != QLatin1String("404 Not Found"))
        return 0;
    int id = 0;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) {
        Sandbox::SandboxApi &api = server.api();
        id = api.store.nextId(QStringLiteral("keys"));
        api.store.put(QStringLiteral("keys"), id,
                      {{QStringLiteral("user_id"), account.id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("key"), publicKey},
                       {QStringLiteral("usage_type"), QStringLiteral("auth_and_signing")},
                       {QStringLiteral("expires_at"), QJsonValue::Null},
                       {QStringLiteral("created_at"), api.now()}});
        api.notifyKeysChanged();
    });
    return id;
}

bool tst_SandboxGit::deleteKey(const Account &account, int keyId)
{
    auto reply = m_sandbox.request("DELETE", QStringLiteral("/user/keys/%1").arg(keyId), {}, account.token);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 204)
        return true;
    if (status != 404)
        return false;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) {
        server.api().store.remove(QStringLiteral("keys"), keyId);
        server.api().notifyKeysChanged();
    });
    return true;
}

// One uploaded ed25519 key each for alice, bob and carol (files named after them in m_work).
bool tst_SandboxGit::ensureKeys()
{
    for (const Account *account : {&m_alice, &m_bob, &m_carol}) {
        if (m_keyIds.contains(account->username))
            continue;
        QString publicKey;
        if (!generateKey(account->username, &publicKey))
            return false;
        const int id = addKey(*account, account->username + QStringLiteral("'s laptop"), publicKey);
        if (id <= 0)
            return false;
        m_keyIds.insert(account->username, id);
    }
    return true;
}

bool tst_SandboxGit::ensureSsh()
{
    if (m_ssh)
        return true;
    auto ssh = std::make_unique<SshServerFixture>(m_sandbox);
    if (!ssh->start(QStringLiteral(LABDESK_SANDBOX_EXE))) {
        qWarning("sshd: %s", qPrintable(ssh->errorString()));
        return false;
    }
    m_ssh = std::move(ssh);
    return ensureKeys();
}

QString tst_SandboxGit::sshUrl(const QString &projectPath) const
{
    return QStringLiteral("ssh://%1@%2:%3/%4.git")
        .arg(m_ssh->user(), m_ssh->host())
        .arg(m_ssh->port())
        .arg(projectPath);
}

QStringList tst_SandboxGit::sshEnvironment(const QString &keyName) const
{
    return {QStringLiteral("GIT_SSH_COMMAND=ssh -F /dev/null -i %1 -o IdentitiesOnly=yes -o BatchMode=yes "
                           "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR")
                .arg(m_work.filePath(keyName))};
}

void tst_SandboxGit::internalAllowedAnswersLikeGitLab_data()
{
    QTest::addColumn<QString>("secret"); // "right", "wrong" or none
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QString upload = QStringLiteral("git-upload-pack");
    const QString receive = QStringLiteral("git-receive-pack");
    QTest::newRow("no secret") << QString() << m_alice.username << m_privatePath << upload << 401
                               << QStringLiteral("401 Unauthorized");
    QTest::newRow("wrong secret") << QStringLiteral("wrong") << m_alice.username << m_privatePath << upload << 401
                                  << QStringLiteral("401 Unauthorized");
    QTest::newRow("developer fetches") << QStringLiteral("right") << m_alice.username
                                       << QLatin1Char('/') + m_privatePath + QStringLiteral(".git") << upload << 200
                                       << QString();
    QTest::newRow("developer pushes") << QStringLiteral("right") << m_alice.username << m_privatePath << receive << 200
                                      << QString();
    QTest::newRow("no access: 404") << QStringLiteral("right") << m_carol.username << m_privatePath << upload << 404
                                    << ProjectNotFound;
    QTest::newRow("reporter pushes: 401 so the shell shows why")
        << QStringLiteral("right") << m_bob.username << m_privatePath << receive << 401 << PushRefused;
    QTest::newRow("other command") << QStringLiteral("right") << m_alice.username << m_privatePath
                                   << QStringLiteral("git-lfs-transfer") << 401
                                   << QStringLiteral("The command you're trying to execute is not allowed.");
}

void tst_SandboxGit::internalAllowedAnswersLikeGitLab()
{
    QFETCH(QString, secret);
    QFETCH(QString, key);
    QFETCH(QString, project);
    QFETCH(QString, action);
    QFETCH(int, status);
    QFETCH(QString, message);
    QVERIFY(ensureKeys());

    QString secretFile;
    QString repository;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) {
        secretFile = server.api().store.filesDir(QStringLiteral("ssh")) + QStringLiteral("/.gitlab_shell_secret");
        repository = server.api().repositoryPath(m_privateId);
    });
    QFile file(secretFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.permissions()
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    QNetworkAccessManager network;
    QNetworkRequest request(m_sandbox.apiUrl(QStringLiteral("/internal/allowed")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (secret == QLatin1String("right"))
        request.setRawHeader("Gitlab-Shell-Api-Request", file.readAll().trimmed());
    else if (!secret.isEmpty())
        request.setRawHeader("Gitlab-Shell-Api-Request", secret.toUtf8());
    const QJsonObject body {{QStringLiteral("key_id"), m_keyIds.value(key)},
                            {QStringLiteral("project"), project},
                            {QStringLiteral("action"), action},
                            {QStringLiteral("protocol"), QStringLiteral("ssh")},
                            {QStringLiteral("changes"), QStringLiteral("_any")}};
    std::unique_ptr<QNetworkReply> reply(network.post(request, QJsonDocument(body).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(answer.value(QLatin1String("message")).toString(), message);
    if (secret.isEmpty() || secret == QLatin1String("wrong"))
        return;
    QCOMPARE(answer.value(QLatin1String("status")).toBool(), status == 200);
    if (status != 200)
        return;
    QCOMPARE(answer.value(QLatin1String("gl_repository")).toString(), QStringLiteral("project-%1").arg(m_privateId));
    QCOMPARE(answer.value(QLatin1String("gl_project_path")).toString(), m_privatePath);
    QCOMPARE(answer.value(QLatin1String("gl_id")).toString(), QStringLiteral("user-%1").arg(m_alice.id));
    QCOMPARE(answer.value(QLatin1String("gl_username")).toString(), m_alice.username);
    QCOMPARE(answer.value(QLatin1String("gl_key_type")).toString(), QStringLiteral("key"));
    QCOMPARE(answer.value(QLatin1String("gl_key_id")).toInt(), m_keyIds.value(key));
    QCOMPARE(answer.value(QLatin1String("repository_path")).toString(), repository);
}

void tst_SandboxGit::sshWelcomesTheKeysOwner()
{
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd, ssh or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());

    // authorized_keys carries the key with gitlab-shell's forced command and restrictions.
    QFile authorizedKeys(m_ssh->authorizedKeysPath());
    QVERIFY(authorizedKeys.open(QIODevice::ReadOnly));
    const QByteArray lines = authorizedKeys.readAll();
    const QByteArray expected = "'--key-id' '" + QByteArray::number(m_keyIds.value(m_alice.username))
        + "'\",no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty ssh-ed25519 ";
    QVERIFY2(lines.contains(expected), lines.constData());

    const Run session
        = run(QStringLiteral("ssh"),
              {QStringLiteral("-T"), QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"),
               m_work.filePath(m_alice.username), QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
               QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
               QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
               QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-p"), QString::number(m_ssh->port()),
               m_ssh->user() + QStringLiteral("@127.0.0.1")});
    QVERIFY2(session.ok(), session.describe().append("\nsshd: " + m_ssh->log()).constData());
    QCOMPARE(session.out, QByteArray("Welcome to GitLab, @alice!\n"));
}

void tst_SandboxGit::projectCloneUrlsWork()
{
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd, ssh or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());
    auto reply = m_sandbox.request("GET", QStringLiteral("/projects/%1").arg(m_privateId));
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404)
        QSKIP("the projects API is not in this build");
    const QJsonObject project = QJsonDocument::fromJson(reply->readAll()).object();

    // What the API hands out is what the servers answer at: the SSH fixture set user and port.
    const QString apiSshUrl = project.value(QLatin1String("ssh_url_to_repo")).toString();
    QCOMPARE(apiSshUrl, sshUrl(m_privatePath));
    Run clone = git({QStringLiteral("clone"), apiSshUrl, workDir(QStringLiteral("api-ssh"))}, {},
                    sshEnvironment(m_alice.username));
    QVERIFY2(clone.ok(), clone.describe().constData());

    QUrl apiHttpUrl(project.value(QLatin1String("http_url_to_repo")).toString());
    QCOMPARE(apiHttpUrl.toString(), httpUrl(m_privatePath + QStringLiteral(".git")));
    apiHttpUrl.setUserName(QStringLiteral("oauth2"));
    apiHttpUrl.setPassword(m_alice.token);
    clone = git({QStringLiteral("clone"), apiHttpUrl.toString(), workDir(QStringLiteral("api-http"))});
    QVERIFY2(clone.ok(), clone.describe().constData());
}

void tst_SandboxGit::sshCloneAndPushRunThePushHook()
{
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd, ssh or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());
    m_pushes->take();

    const QString dir = workDir(QStringLiteral("ssh"));
    Run step = git({QStringLiteral("clone"), sshUrl(m_privatePath), dir}, {}, sshEnvironment(m_alice.username));
    QVERIFY2(step.ok(), step.describe().append("\nsshd: " + m_ssh->log()).constData());
    QCOMPARE(QString::fromLatin1(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, dir).out.trimmed()),
             serverHead(m_privateId));

    const QString before = serverHead(m_privateId);
    QString head;
    QVERIFY(commitAndPush(dir, QStringLiteral("ssh-push.txt"), &head, &step, sshEnvironment(m_alice.username)));
    QVERIFY2(step.ok(), step.describe().constData());
    QCOMPARE(serverHead(m_privateId), head);
    // git-shell reports the push (POST /internal/post_receive) before the session ends.
    QTRY_COMPARE_WITH_TIMEOUT(m_pushes->count(), 1, 10000);
    const PushEvent event = m_pushes->take().constFirst();
    QCOMPARE(event.projectId, m_privateId);
    QCOMPARE(event.ref, QStringLiteral("main"));
    QCOMPARE(event.before, before);
    QCOMPARE(event.after, head);
    QCOMPARE(event.username, m_alice.username);
}

void tst_SandboxGit::sshRefusesKeysWithoutAccess_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("project");
    QTest::addColumn<bool>("push");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("message");

    QTest::newRow("no access to a private project")
        << m_carol.username << m_privatePath << false << false << ProjectNotFound;
    QTest::newRow("anyone may fetch a public project")
        << m_carol.username << m_publicPath << false << true << QString();
    QTest::newRow("missing project") << m_alice.username << QStringLiteral("demo/nothing") << false << false
                                     << ProjectNotFound;
    QTest::newRow("reporter fetches") << m_bob.username << m_privatePath << false << true << QString();
    QTest::newRow("reporter pushes") << m_bob.username << m_privatePath << true << false << PushRefused;
}

void tst_SandboxGit::sshRefusesKeysWithoutAccess()
{
    QFETCH(QString, key);
    QFETCH(QString, project);
    QFETCH(bool, push);
    QFETCH(bool, succeeds);
    QFETCH(QString, message);
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd, ssh or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());
    m_pushes->take();

    Run step;
    if (!push) {
        step = git({QStringLiteral("clone"), sshUrl(project), workDir(QStringLiteral("ssh-refuse"))}, {},
                   sshEnvironment(key));
    } else {
        // Cloned over HTTP as the same user, then pushed over SSH.
        const QString dir = workDir(QStringLiteral("ssh-refuse"));
        step = git({QStringLiteral("clone"),
                    httpUrl(project + QStringLiteral(".git"), QStringLiteral("oauth2"), m_bob.token), dir});
        QVERIFY2(step.ok(), step.describe().constData());
        QVERIFY(
            git({QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), sshUrl(project)}, dir)
                .ok());
        const QString before = serverHead(m_privateId);
        QString head;
        QVERIFY(commitAndPush(dir, QStringLiteral("ssh-refused.txt"), &head, &step, sshEnvironment(key)));
        QCOMPARE(serverHead(m_privateId), before);
    }
    QVERIFY2(step.ok() == succeeds, step.describe().constData());
    if (!succeeds) {
        // gitlab-shell's framing, then git's own complaint.
        const QByteArray line = "remote: " + message.toUtf8() + '\n';
        const QByteArray ruler = "remote: " + QByteArray(72, '=');
        QVERIFY2(step.err.contains(line), step.describe().constData());
        QVERIFY2(step.err.contains(ruler), step.describe().constData());
    }
    QCOMPARE(m_pushes->count(), 0);
}

void tst_SandboxGit::sshForgetsDeletedKeys()
{
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd, ssh or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());

    QString publicKey;
    QVERIFY(generateKey(QStringLiteral("short-lived"), &publicKey));
    const int id = addKey(m_carol, QStringLiteral("short-lived"), publicKey);
    QVERIFY(id > 0);
    const QStringList sshArguments {QStringLiteral("-T"),
                                    QStringLiteral("-F"),
                                    QStringLiteral("/dev/null"),
                                    QStringLiteral("-i"),
                                    m_work.filePath(QStringLiteral("short-lived")),
                                    QStringLiteral("-o"),
                                    QStringLiteral("IdentitiesOnly=yes"),
                                    QStringLiteral("-o"),
                                    QStringLiteral("BatchMode=yes"),
                                    QStringLiteral("-o"),
                                    QStringLiteral("StrictHostKeyChecking=no"),
                                    QStringLiteral("-o"),
                                    QStringLiteral("UserKnownHostsFile=/dev/null"),
                                    QStringLiteral("-p"),
                                    QString::number(m_ssh->port()),
                                    m_ssh->user() + QStringLiteral("@127.0.0.1")};
    Run session = run(QStringLiteral("ssh"), sshArguments);
    QVERIFY2(session.ok(), session.describe().constData());
    QCOMPARE(session.out, QByteArray("Welcome to GitLab, @carol!\n"));

    QVERIFY(deleteKey(m_carol, id));
    QFile authorizedKeys(m_ssh->authorizedKeysPath());
    QVERIFY(authorizedKeys.open(QIODevice::ReadOnly));
    QVERIFY(!authorizedKeys.readAll().contains(publicKey.section(QLatin1Char(' '), 1, 1).toLatin1()));
    session = run(QStringLiteral("ssh"), sshArguments);
    QCOMPARE(session.exitCode, 255); // sshd refused the key itself
    QVERIFY2(session.err.contains("Permission denied (publickey)"), session.describe().constData());
}

void tst_SandboxGit::libgit2ClonesAndPushesOverSsh()
{
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd, ssh or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    QVERIFY(ensureSsh());
    m_pushes->take();

    Credentials credentials;
    credentials.username = m_ssh->user().toUtf8();
    credentials.privateKey = QFile::encodeName(m_work.filePath(m_alice.username));
    credentials.publicKey = credentials.privateKey + ".pub";
    credentials.expectedHostKey = m_ssh->hostKeyFingerprint().toLatin1();
    const QString dir = workDir(QStringLiteral("libgit2-ssh"));
    int error = 0;
    RepositoryPtr repository = libgit2Clone(sshUrl(m_privatePath), dir, &credentials, &error);
    QVERIFY2(error == 0,
             qPrintable(lastGitError() + QStringLiteral("\nsshd: ") + QString::fromLocal8Bit(m_ssh->log())));
    QCOMPARE(credentials.seenHostKey, credentials.expectedHostKey);
    QVERIFY(credentials.certificateChecks >= 1);
    QCOMPARE(credentials.calls, 1);
    QVERIFY(credentials.allowedTypes & GIT_CREDENTIAL_SSH_KEY);
    git_oid oid;
    QCOMPARE(git_reference_name_to_id(&oid, repository.get(), "HEAD"), 0);
    QCOMPARE(QString::fromLatin1(git_oid_tostr_s(&oid)), serverHead(m_privateId));

    const QString before = serverHead(m_privateId);
    QFile file(dir + QStringLiteral("/libgit2-ssh.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("pushed with libgit2 over ssh\n");
    file.close();
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("libgit2-ssh.txt")}, dir).ok());
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("libgit2 ssh push")}, dir).ok());
    const QString head
        = QString::fromLatin1(git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, dir).out.trimmed());

    QString rejection;
    error = libgit2Push(repository.get(), "refs/heads/main:refs/heads/main", &credentials, &rejection);
    QVERIFY2(error == 0 && rejection.isEmpty(), qPrintable(lastGitError() + rejection));
    QCOMPARE(serverHead(m_privateId), head);
    QTRY_COMPARE_WITH_TIMEOUT(m_pushes->count(), 1, 10000);
    const PushEvent event = m_pushes->take().constFirst();
    QCOMPARE(event.before, before);
    QCOMPARE(event.after, head);
    QCOMPARE(event.username, m_alice.username);

    // A host key other than the expected one is refused in certificate_check.
    Credentials wrongHost = credentials;
    wrongHost.calls = 0;
    wrongHost.expectedHostKey = "SHA256:not-this-one";
    const RepositoryPtr refused
        = libgit2Clone(sshUrl(m_privatePath), workDir(QStringLiteral("libgit2-ssh-host")), &wrongHost, &error);
    QVERIFY(error != 0);
    QCOMPARE(wrongHost.calls, 0);
}

QTEST_GUILESS_MAIN(tst_SandboxGit)
#include "tst_sandbox_git.moc"
