// Pushing a local commit with Git::TransferJob::startPush against the sandbox's git http-backend:
// a commit made with Git::LocalCommit reaches the server's branch (checked through the API), a new
// branch is created there and tracked, a server branch that moved ahead refuses the push as not a
// fast-forward and the local commit stays, a wrong token gives up after bounded attempts, and over
// SSH the user's known_hosts decides (known: pushed; unknown: asked; changed: refused).
#include "support/gitprobe.h"
#include "support/sandboxfixture.h"
#include "support/sshserverfixture.h"
#include "support/temphome.h"

#include "core/git/cloneorigin.h"
#include "core/git/knownhostspolicy.h"
#include "core/git/localcommit.h"
#include "core/git/transferjob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <git2.h>

using LabDesk::Git::CloneRequest;
using LabDesk::Git::RemoteAuth;
using LabDesk::Git::TransferJob;
using LabDesk::Test::SandboxFixture;
using LabDesk::Test::SshServerFixture;

using LabDesk::Test::revParse;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray Pipeline = "stages: [build, test]\n\nbuild:\n  stage: build\n  script:\n    - make\n";

} // namespace

class tst_SandboxPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void commitThenPushReachesTheServer();
    void newBranchIsCreatedAndTracked();
    void serverAheadIsRefusedAndTheCommitStays();
    void wrongTokenStopsAfterBoundedTries();
    void originOfAFileInAClone();
    void sshPushHonoursKnownHosts();

private:
    QString cloneProject(const QString &name);
    TransferJob::Result push(const QString &path, const QString &branch, const RemoteAuth &auth);
    QByteArray rawFile(const QString &ref);
    QString serverBranchCommit(const QString &branch);
    RemoteAuth tokenAuth(const QString &token) const;

    LabDesk::Test::TempHome m_home;
    SandboxFixture m_sandbox;
    QTemporaryDir m_work;
    QString m_project;
    QString m_projectPath;
    int m_sequence = 0;
    std::unique_ptr<SshServerFixture> m_ssh;
};

void tst_SandboxPush::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_work.isValid());
    QVERIFY(git_libgit2_init() > 0);
    qRegisterMetaType<TransferJob::Result>();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    auto reply = m_sandbox.request("POST", QStringLiteral("/projects"),
                                   json({{QStringLiteral("path"), QStringLiteral("push-demo")},
                                         {QStringLiteral("initialize_with_readme"), true}}));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const QJsonObject project = QJsonDocument::fromJson(reply->readAll()).object();
    m_project = QString::number(project.value(QLatin1String("id")).toInt());
    m_projectPath = project.value(QLatin1String("path_with_namespace")).toString();
    QVERIFY(!m_projectPath.isEmpty());
    auto created
        = m_sandbox.request("POST", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml").arg(m_project),
                            json({{QStringLiteral("branch"), QStringLiteral("main")},
                                  {QStringLiteral("content"), QString::fromUtf8(Pipeline)},
                                  {QStringLiteral("commit_message"), QStringLiteral("Add CI")}}));
    QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
}

void tst_SandboxPush::cleanupTestCase()
{
    git_libgit2_shutdown();
}

RemoteAuth tst_SandboxPush::tokenAuth(const QString &token) const
{
    RemoteAuth auth;
    auth.method = RemoteAuth::Method::Token;
    auth.username = QStringLiteral("root");
    auth.token = token;
    return auth;
}

QString tst_SandboxPush::cloneProject(const QString &name)
{
    QUrl url = m_sandbox.url();
    url.setPath(QLatin1Char('/') + m_projectPath + QStringLiteral(".git"));
    CloneRequest request;
    request.url = url.toString();
    request.targetPath = m_work.filePath(name + QString::number(++m_sequence));
    request.auth = tokenAuth(m_sandbox.adminToken());
    TransferJob job;
    QSignalSpy finished(&job, &TransferJob::finished);
    job.startClone(request);
    if (!finished.wait(60000))
        return {};
    const auto result = finished.constFirst().constFirst().value<TransferJob::Result>();
    if (!result.isOk())
        qWarning("clone failed: %s (%s)", qPrintable(result.message), qPrintable(result.details));
    return result.isOk() ? request.targetPath : QString();
}

TransferJob::Result tst_SandboxPush::push(const QString &path, const QString &branch, const RemoteAuth &auth)
{
    TransferJob job;
    QSignalSpy finished(&job, &TransferJob::finished);
    job.startPush(path, branch, auth);
    if (!finished.wait(60000))
        return {TransferJob::Error::Other, QStringLiteral("timed out"), {}, {}};
    return finished.constFirst().constFirst().value<TransferJob::Result>();
}

QByteArray tst_SandboxPush::rawFile(const QString &ref)
{
    auto reply = m_sandbox.request(
        "GET", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml/raw?ref=%2").arg(m_project, ref));
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? reply->readAll() : QByteArray();
}

QString tst_SandboxPush::serverBranchCommit(const QString &branch)
{
    auto reply = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/branches/%2").arg(m_project, branch));
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return {};
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QLatin1String("commit"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

void tst_SandboxPush::commitThenPushReachesTheServer()
{
    const QString clone = cloneProject(QStringLiteral("push"));
    QVERIFY(!clone.isEmpty());
    const QString file = QDir(clone).filePath(QStringLiteral(".gitlab-ci.yml"));
    QCOMPARE(readFile(file), Pipeline);
    const QByteArray edited = Pipeline + "\nlint:\n  stage: test\n  script: [make lint]\n";
    QVERIFY(writeFile(file, edited));
    QString error;
    QVERIFY2(LabDesk::Git::LocalCommit::commitFile(file, QStringLiteral("Add lint"), QString(), &error),
             qPrintable(error));
    const QString local = revParse(clone, QStringLiteral("refs/heads/main"));
    QVERIFY(!local.isEmpty());
    QVERIFY(serverBranchCommit(QStringLiteral("main")) != local);

    const TransferJob::Result result = push(clone, QString(), tokenAuth(m_sandbox.adminToken()));
    QVERIFY2(result.isOk(), qPrintable(result.message + QLatin1Char('\n') + result.details));
    QCOMPARE(serverBranchCommit(QStringLiteral("main")), local);
    QCOMPARE(rawFile(QStringLiteral("main")), edited);
    // The remote-tracking branch moved too, and the token went nowhere on disk.
    QCOMPARE(revParse(clone, QStringLiteral("refs/remotes/origin/main")), local);
    QVERIFY(!readFile(clone + QStringLiteral("/.git/config")).contains(m_sandbox.adminToken().toUtf8()));
}

void tst_SandboxPush::newBranchIsCreatedAndTracked()
{
    const QString clone = cloneProject(QStringLiteral("branch"));
    QVERIFY(!clone.isEmpty());
    const QString file = QDir(clone).filePath(QStringLiteral(".gitlab-ci.yml"));
    const QByteArray edited = readFile(file) + "\ndocs:\n  script: [make docs]\n";
    QVERIFY(writeFile(file, edited));
    QString error;
    QVERIFY2(LabDesk::Git::LocalCommit::commitFile(file, QStringLiteral("Docs job"), QStringLiteral("ci-docs"), &error),
             qPrintable(error));
    QVERIFY(serverBranchCommit(QStringLiteral("ci-docs")).isEmpty());

    const TransferJob::Result result = push(clone, QStringLiteral("ci-docs"), tokenAuth(m_sandbox.adminToken()));
    QVERIFY2(result.isOk(), qPrintable(result.message + QLatin1Char('\n') + result.details));
    QCOMPARE(serverBranchCommit(QStringLiteral("ci-docs")), revParse(clone, QStringLiteral("refs/heads/ci-docs")));
    QCOMPARE(rawFile(QStringLiteral("ci-docs")), edited);
    const QByteArray config = readFile(clone + QStringLiteral("/.git/config"));
    QVERIFY2(config.contains("[branch \"ci-docs\"]") && config.contains("merge = refs/heads/ci-docs"),
             config.constData());
}

void tst_SandboxPush::serverAheadIsRefusedAndTheCommitStays()
{
    const QString clone = cloneProject(QStringLiteral("behind"));
    QVERIFY(!clone.isEmpty());
    // Someone else commits to main on the server after the clone.
    const QByteArray theirs = rawFile(QStringLiteral("main")) + "\ntheirs:\n  script: [echo theirs]\n";
    auto put = m_sandbox.request("PUT", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml").arg(m_project),
                                 json({{QStringLiteral("branch"), QStringLiteral("main")},
                                       {QStringLiteral("content"), QString::fromUtf8(theirs)},
                                       {QStringLiteral("commit_message"), QStringLiteral("Theirs")}}));
    QCOMPARE(put->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString serverBefore = serverBranchCommit(QStringLiteral("main"));

    const QString file = QDir(clone).filePath(QStringLiteral(".gitlab-ci.yml"));
    const QByteArray mine = readFile(file) + "\nmine:\n  script: [echo mine]\n";
    QVERIFY(writeFile(file, mine));
    QString error;
    QVERIFY2(LabDesk::Git::LocalCommit::commitFile(file, QStringLiteral("Mine"), QString(), &error), qPrintable(error));
    const QString local = revParse(clone, QStringLiteral("refs/heads/main"));

    const TransferJob::Result result = push(clone, QString(), tokenAuth(m_sandbox.adminToken()));
    QCOMPARE(result.error, TransferJob::Error::Rejected);
    QVERIFY2(result.message.contains(QLatin1String("not a fast-forward")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("main")), qPrintable(result.message));
    // Nothing changed on either side.
    QCOMPARE(serverBranchCommit(QStringLiteral("main")), serverBefore);
    QCOMPARE(rawFile(QStringLiteral("main")), theirs);
    QCOMPARE(revParse(clone, QStringLiteral("refs/heads/main")), local);
    QCOMPARE(readFile(file), mine);
}

void tst_SandboxPush::wrongTokenStopsAfterBoundedTries()
{
    const QString clone = cloneProject(QStringLiteral("token"));
    QVERIFY(!clone.isEmpty());
    const QString file = QDir(clone).filePath(QStringLiteral(".gitlab-ci.yml"));
    QVERIFY(writeFile(file, readFile(file) + "\n# a comment\n"));
    QString error;
    QVERIFY2(LabDesk::Git::LocalCommit::commitFile(file, QStringLiteral("Comment"), QString(), &error),
             qPrintable(error));
    const QString local = revParse(clone, QStringLiteral("refs/heads/main"));
    const QString serverBefore = serverBranchCommit(QStringLiteral("main"));
    RemoteAuth auth = tokenAuth(QStringLiteral("glpat-wrong-token-000000"));
    auth.maxAttempts = 2;
    const TransferJob::Result result = push(clone, QString(), auth);
    QCOMPARE(result.error, TransferJob::Error::AuthenticationFailed);
    QVERIFY2(result.message.contains(QLatin1String("2 time")), qPrintable(result.message));
    QCOMPARE(serverBranchCommit(QStringLiteral("main")), serverBefore);
    QCOMPARE(revParse(clone, QStringLiteral("refs/heads/main")), local);

    // Without any credentials the user is told to sign in.
    const TransferJob::Result anonymous = push(clone, QString(), RemoteAuth());
    QCOMPARE(anonymous.error, TransferJob::Error::AuthenticationFailed);
    QVERIFY2(anonymous.message.contains(QLatin1String("Sign in")), qPrintable(anonymous.message));
}

void tst_SandboxPush::originOfAFileInAClone()
{
    const QString clone = cloneProject(QStringLiteral("origin"));
    QVERIFY(!clone.isEmpty());
    QDir(clone).mkpath(QStringLiteral("ci/sub"));
    const auto origin = LabDesk::Git::CloneOrigin::find(clone + QStringLiteral("/ci/sub/x.yml"));
    QVERIFY(origin.isClone);
    QCOMPARE(QDir(origin.workdir).canonicalPath(), QDir(clone).canonicalPath());
    QCOMPARE(origin.branch, QStringLiteral("main"));
    QCOMPARE(origin.project, m_projectPath);
    QString project;
    QVERIFY(origin.isOn(m_sandbox.url(), &project));
    QCOMPARE(project, m_projectPath);
    QUrl otherPort = m_sandbox.url();
    otherPort.setPort(otherPort.port() + 1);
    QVERIFY(!origin.isOn(otherPort));
    QVERIFY(!origin.isOn(QUrl(QStringLiteral("https://gitlab.example.com"))));
    // A server below a relative URL root.
    LabDesk::Git::CloneOrigin rooted;
    rooted.originUrl = QStringLiteral("https://example.com/gitlab/group/app.git");
    rooted.project = QStringLiteral("gitlab/group/app");
    QVERIFY(rooted.isOn(QUrl(QStringLiteral("https://example.com/gitlab/")), &project));
    QCOMPARE(project, QStringLiteral("group/app"));
    QVERIFY(!LabDesk::Git::CloneOrigin::find(m_work.path()).isClone);
}

// Over SSH the push uses the key and the user's known_hosts: a known host key pushes, an unknown
// one is asked about (declined: no push), a changed one is refused; the commit stays every time.
void tst_SandboxPush::sshPushHonoursKnownHosts()
{
    if (!SshServerFixture::isAvailable())
        QSKIP("no /usr/sbin/sshd or ssh-keygen on this machine (Debian: openssh-server openssh-client)");
    m_ssh = std::make_unique<SshServerFixture>(m_sandbox);
    QVERIFY2(m_ssh->start(QStringLiteral(LABDESK_SANDBOX_EXE)), qPrintable(m_ssh->errorString()));
    QDir().mkpath(m_home.filePath(QStringLiteral(".ssh")));
    const QString key = m_home.filePath(QStringLiteral(".ssh/id_ed25519"));
    const QString otherKey = m_home.filePath(QStringLiteral("other_host_key"));
    for (const QString &path : {key, otherKey})
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                    QStringLiteral("-N"), QString(), QStringLiteral("-f"), path}),
                 0);
    const QJsonObject body {
        {QStringLiteral("title"), QStringLiteral("push key")},
        {QStringLiteral("key"), QString::fromLatin1(readFile(key + QStringLiteral(".pub"))).trimmed()}};
    auto uploaded = m_sandbox.request("POST", QStringLiteral("/user/keys"), QJsonDocument(body).toJson());
    QCOMPARE(uploaded->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const QString knownHosts = m_home.filePath(QStringLiteral(".ssh/known_hosts"));
    QVERIFY(writeFile(knownHosts, m_ssh->knownHostsLine().toUtf8() + '\n'));

    RemoteAuth auth;
    auth.method = RemoteAuth::Method::SshKey;
    auth.privateKeyPath = key;
    LabDesk::Git::useKnownHosts(auth, knownHosts);
    CloneRequest request;
    request.url = QStringLiteral("ssh://%1@%2:%3/%4.git")
                      .arg(m_ssh->user(), m_ssh->host())
                      .arg(m_ssh->port())
                      .arg(m_projectPath);
    request.targetPath = m_work.filePath(QStringLiteral("ssh") + QString::number(++m_sequence));
    request.auth = auth;
    {
        TransferJob job;
        QSignalSpy finished(&job, &TransferJob::finished);
        job.startClone(request);
        QVERIFY(finished.wait(60000));
        const auto result = finished.constFirst().constFirst().value<TransferJob::Result>();
        QVERIFY2(result.isOk(), qPrintable(result.message + QLatin1Char('\n') + result.details));
    }
    const QString clone = request.targetPath;
    const QString file = QDir(clone).filePath(QStringLiteral(".gitlab-ci.yml"));
    const QByteArray edited = readFile(file) + "\nssh:\n  script: [echo over ssh]\n";
    QVERIFY(writeFile(file, edited));
    QString error;
    QVERIFY2(LabDesk::Git::LocalCommit::commitFile(file, QStringLiteral("Over SSH"), QString(), &error),
             qPrintable(error));
    const QString local = revParse(clone, QStringLiteral("refs/heads/main"));

    // Unknown host key, declined: nothing pushed.
    QVERIFY(writeFile(knownHosts, QByteArray()));
    {
        TransferJob job;
        QSignalSpy finished(&job, &TransferJob::finished);
        connect(&job, &TransferJob::hostKeyConfirmationRequested, &job, [&job] { job.answerHostKey(false); });
        QSignalSpy asked(&job, &TransferJob::hostKeyConfirmationRequested);
        job.startPush(clone, QString(), auth);
        QVERIFY(finished.wait(60000));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<TransferJob::Result>().error,
                 TransferJob::Error::HostKeyUnknown);
        QVERIFY(serverBranchCommit(QStringLiteral("main")) != local);
    }
    // Another key recorded for the host: refused without asking.
    const QByteArray otherType = readFile(otherKey + QStringLiteral(".pub")).split(' ').value(0);
    const QByteArray otherBlob = readFile(otherKey + QStringLiteral(".pub")).split(' ').value(1);
    QVERIFY(writeFile(knownHosts,
                      QStringLiteral("[%1]:%2 ").arg(m_ssh->host()).arg(m_ssh->port()).toUtf8() + otherType + ' '
                          + otherBlob + '\n'));
    {
        TransferJob job;
        QSignalSpy finished(&job, &TransferJob::finished);
        QSignalSpy asked(&job, &TransferJob::hostKeyConfirmationRequested);
        job.startPush(clone, QString(), auth);
        QVERIFY(finished.wait(60000));
        const auto result = finished.constFirst().constFirst().value<TransferJob::Result>();
        QCOMPARE(result.error, TransferJob::Error::HostKeyChanged);
        QVERIFY2(result.message.contains(QLatin1String("has changed")), qPrintable(result.message));
        QCOMPARE(asked.count(), 0);
        QVERIFY(serverBranchCommit(QStringLiteral("main")) != local);
    }
    // The known key: pushed.
    QVERIFY(writeFile(knownHosts, m_ssh->knownHostsLine().toUtf8() + '\n'));
    const TransferJob::Result result = push(clone, QString(), auth);
    QVERIFY2(result.isOk(), qPrintable(result.message + QLatin1Char('\n') + result.details));
    QCOMPARE(serverBranchCommit(QStringLiteral("main")), local);
    QCOMPARE(rawFile(QStringLiteral("main")), edited);
    QCOMPARE(revParse(clone, QStringLiteral("refs/heads/main")), local);
}

QTEST_GUILESS_MAIN(tst_SandboxPush)
#include "tst_sandbox_push.moc"
