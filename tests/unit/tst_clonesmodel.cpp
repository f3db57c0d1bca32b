// The clones list (Git::ClonesModel), repository status and remote addresses, on local
// repositories made with the git CLI in a temporary HOME.
#include "support/temphome.h"

#include "core/git/clonesmodel.h"
#include "core/git/remoteauth.h"
#include "core/git/repositorystatus.h"
#include "core/git/transferjob.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using LabDesk::Git::CloneEntry;
using LabDesk::Git::ClonesModel;
using LabDesk::Git::RemoteAddress;
using LabDesk::Git::RepositoryStatus;
using LabDesk::Git::TransferJob;

namespace {

bool git(const QStringList &arguments, const QString &directory = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.com"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.com"));
    process.setProcessEnvironment(env);
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(QStringLiteral("git"), arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class tst_ClonesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void remoteAddress_data();
    void remoteAddress();
    void projectFromUrl_data();
    void projectFromUrl();
    void targetProblem();
    void statusCountsAheadBehindAndChanges();
    void modelPassesTheTester();
    void listSurvivesRestartAndMarksMissingFolders();
    void addExistingFolderFindsTheWorkingCopy();
    void noPasswordIsSaved();

private:
    QString makeClone(const QString &name);

    LabDesk::Test::TempHome m_home;
    QTemporaryDir m_work;
    QString m_origin;
    int m_sequence = 0;
};

void tst_ClonesModel::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(git_libgit2_init() > 0);
    m_origin = m_work.filePath(QStringLiteral("origin.git"));
    const QString seed = m_work.filePath(QStringLiteral("seed"));
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                 QStringLiteral("main"), m_origin}));
    QVERIFY(git({QStringLiteral("clone"), QStringLiteral("-q"), m_origin, seed}));
    QVERIFY(writeFile(seed + QStringLiteral("/README.md"), "# Seed\n"));
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("README.md")}, seed));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("seed")}, seed));
    QVERIFY(git({QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("HEAD:main")},
                seed));
}

void tst_ClonesModel::cleanupTestCase()
{
    git_libgit2_shutdown();
}

void tst_ClonesModel::init()
{
    QSettings().remove(QStringLiteral("clones"));
}

QString tst_ClonesModel::makeClone(const QString &name)
{
    const QString path = m_work.filePath(name + QString::number(++m_sequence));
    return git({QStringLiteral("clone"), QStringLiteral("-q"), m_origin, path}) ? path : QString();
}

void tst_ClonesModel::remoteAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("ssh");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("url"); // what libgit2 gets and .git/config keeps

    QTest::newRow("https") << "https://gitlab.example.com/g/p.git" << true << false << "gitlab.example.com" << 443
                           << "https://gitlab.example.com/g/p.git";
    QTest::newRow("http with port") << "http://10.0.0.5:8080/g/p.git" << true << false << "10.0.0.5" << 8080
                                    << "http://10.0.0.5:8080/g/p.git";
    QTest::newRow("token in the URL is dropped")
        << "https://oauth2:glpat-secret@gitlab.example.com/g/p.git" << true << false << "gitlab.example.com" << 443
        << "https://gitlab.example.com/g/p.git";
    QTest::newRow("ssh with port 222") << "ssh://git@gitlab.example.com:222/g/p.git" << true << true
                                       << "gitlab.example.com" << 222 << "ssh://git@gitlab.example.com:222/g/p.git";
    QTest::newRow("scp-like") << "git@gitlab.example.com:g/p.git" << true << true << "gitlab.example.com" << 22
                              << "git@gitlab.example.com:g/p.git";
    QTest::newRow("local path") << "/home/me/repo" << false << false << "" << 0 << "";
    QTest::newRow("ftp") << "ftp://example.com/repo" << false << false << "" << 0 << "";
    QTest::newRow("empty") << "" << false << false << "" << 0 << "";
}

void tst_ClonesModel::remoteAddress()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(bool, ssh);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, url);
    const RemoteAddress address = RemoteAddress::parse(input);
    QCOMPARE(address.isValid, valid);
    if (!valid)
        return;
    QCOMPARE(address.isSsh, ssh);
    QCOMPARE(address.host, host);
    QCOMPARE(address.port, port);
    QCOMPARE(address.url, url);
}

void tst_ClonesModel::projectFromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("project");
    QTest::newRow("https") << "https://gitlab.example.com/group/sub/project.git"
                           << "group/sub/project";
    QTest::newRow("no .git") << "https://gitlab.example.com/group/project"
                             << "group/project";
    QTest::newRow("ssh") << "ssh://git@host:222/group/project.git"
                         << "group/project";
    QTest::newRow("scp-like") << "git@host:group/project.git"
                              << "group/project";
    QTest::newRow("not a URL") << "nothing"
                               << "";
}

void tst_ClonesModel::projectFromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, project);
    QCOMPARE(ClonesModel::projectFromUrl(url), project);
}

void tst_ClonesModel::targetProblem()
{
    TransferJob::Error error = TransferJob::Error::Other;
    const QString fresh = m_work.filePath(QStringLiteral("fresh"));
    QVERIFY(TransferJob::targetProblem(fresh, &error).isEmpty());
    QCOMPARE(error, TransferJob::Error::None);
    QVERIFY(QDir().mkpath(fresh));
    QVERIFY(TransferJob::targetProblem(fresh, &error).isEmpty()); // empty folder: fine
    QVERIFY(writeFile(fresh + QStringLiteral("/.hidden"), "x"));
    QVERIFY(!TransferJob::targetProblem(fresh, &error).isEmpty()); // even a hidden file counts
    QCOMPARE(error, TransferJob::Error::TargetNotEmpty);
    QVERIFY(!TransferJob::targetProblem(fresh + QStringLiteral("/.hidden"), &error).isEmpty());
    QCOMPARE(error, TransferJob::Error::TargetUnusable);
    QVERIFY(!TransferJob::targetProblem(QString(), &error).isEmpty());
}

void tst_ClonesModel::statusCountsAheadBehindAndChanges()
{
    const QString clone = makeClone(QStringLiteral("status"));
    QVERIFY(!clone.isEmpty());
    RepositoryStatus status = RepositoryStatus::read(clone);
    QVERIFY(status.exists && status.isRepository);
    QCOMPARE(status.branch, QStringLiteral("main"));
    QVERIFY(status.hasUpstream);
    QCOMPARE(status.ahead, 0);
    QCOMPARE(status.changedFiles, 0);

    QVERIFY(writeFile(clone + QStringLiteral("/a.txt"), "a\n"));
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("a.txt")}, clone));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("a")}, clone));
    QVERIFY(writeFile(clone + QStringLiteral("/README.md"), "changed\n"));
    QVERIFY(QDir().mkpath(clone + QStringLiteral("/new/dir")));
    QVERIFY(writeFile(clone + QStringLiteral("/new/dir/b.txt"), "b\n"));
    status = RepositoryStatus::read(clone);
    QCOMPARE(status.ahead, 1);
    QCOMPARE(status.behind, 0);
    QCOMPARE(status.changedFiles, 2); // README.md modified, new/dir/b.txt untracked

    QVERIFY(!RepositoryStatus::read(m_work.filePath(QStringLiteral("nope"))).exists);
}

void tst_ClonesModel::modelPassesTheTester()
{
    ClonesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ClonesModel::ColumnCount));
    const QString first = makeClone(QStringLiteral("tester"));
    const QString second = makeClone(QStringLiteral("tester"));
    QSignalSpy refreshing(&model, &ClonesModel::refreshingChanged);
    model.addClone({first, QStringLiteral("g/p"), m_origin, QStringLiteral("https"), {}, {}});
    model.addClone({second, {}, QStringLiteral("https://host/g/second.git"), QStringLiteral("https"), {}, {}});
    model.addClone({first, QStringLiteral("g/p"), m_origin, QStringLiteral("https"), {}, {}}); // same folder: updated
    QCOMPARE(model.rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing(), 10000);
    QVERIFY(refreshing.count() >= 2);
    QCOMPARE(model.index(1, ClonesModel::ProjectColumn).data().toString(), QStringLiteral("g/second"));
    QCOMPARE(model.index(0, ClonesModel::BranchColumn).data().toString(), QStringLiteral("main"));
    QCOMPARE(model.index(0, ClonesModel::SyncColumn).data().toString(), QStringLiteral("up to date"));
    QCOMPARE(model.index(0, ClonesModel::ChangesColumn).data().toString(), QStringLiteral("clean"));
    QCOMPARE(model.headerData(ClonesModel::PathColumn, Qt::Horizontal).toString(), QStringLiteral("Folder"));
    QVERIFY(model.roleNames().contains(ClonesModel::MissingRole));
    model.removeClone(first);
    QCOMPARE(model.rowCount(), 1);
    model.refreshAll();
    model.removeClone(second); // while its status is being read
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing(), 10000);
}

void tst_ClonesModel::listSurvivesRestartAndMarksMissingFolders()
{
    const QString kept = makeClone(QStringLiteral("kept"));
    const QString gone = makeClone(QStringLiteral("gone"));
    {
        ClonesModel model;
        model.addClone({kept,
                        QStringLiteral("g/kept"),
                        m_origin,
                        QStringLiteral("ssh"),
                        m_home.filePath(QStringLiteral(".ssh/id_ed25519")),
                        {}});
        model.addClone({gone, QStringLiteral("g/gone"), m_origin, QStringLiteral("https"), {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing(), 10000);
    }
    QVERIFY(QDir(gone).removeRecursively());

    ClonesModel reloaded;
    QAbstractItemModelTester tester(&reloaded, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(reloaded.rowCount(), 2);
    QCOMPARE(reloaded.entry(0).project, QStringLiteral("g/kept"));
    QCOMPARE(reloaded.entry(0).protocol, QStringLiteral("ssh"));
    QCOMPARE(reloaded.entry(0).keyPath, m_home.filePath(QStringLiteral(".ssh/id_ed25519")));
    QVERIFY(reloaded.entry(0).added.isValid());
    reloaded.refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isRefreshing(), 10000);
    QCOMPARE(reloaded.index(0, 0).data(ClonesModel::MissingRole).toBool(), false);
    QCOMPARE(reloaded.index(1, 0).data(ClonesModel::MissingRole).toBool(), true);
    QCOMPARE(reloaded.index(1, ClonesModel::BranchColumn).data().toString(), QStringLiteral("Folder not found"));
    QVERIFY(reloaded.index(1, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("no longer exists")));
}

void tst_ClonesModel::addExistingFolderFindsTheWorkingCopy()
{
    const QString clone = makeClone(QStringLiteral("existing"));
    QVERIFY(QDir().mkpath(clone + QStringLiteral("/src/deep")));
    ClonesModel model;
    QString error;
    QVERIFY2(model.addExistingFolder(clone + QStringLiteral("/src/deep"), &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(QDir(model.entry(0).path).canonicalPath(), QDir(clone).canonicalPath());
    QCOMPARE(model.entry(0).url, m_origin);
    QVERIFY(!model.addExistingFolder(clone, &error));
    QVERIFY(error.contains(QLatin1String("already")));
    const QString plain = m_work.filePath(QStringLiteral("plain"));
    QVERIFY(QDir().mkpath(plain));
    QVERIFY(!model.addExistingFolder(plain, &error));
    QCOMPARE(model.rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing(), 10000);
}

void tst_ClonesModel::noPasswordIsSaved()
{
    const QString clone = makeClone(QStringLiteral("secret"));
    {
        ClonesModel model;
        model.addClone({clone,
                        {},
                        QStringLiteral("https://oauth2:glpat-topsecret@host/g/p.git"),
                        QStringLiteral("https"),
                        {},
                        {}});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing(), 10000);
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("https://host/g/p.git"));
    QVERIFY(!saved.contains("topsecret"));
}

QTEST_GUILESS_MAIN(tst_ClonesModel)
#include "tst_clonesmodel.moc"
