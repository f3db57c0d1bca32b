// The Clones page offscreen against the sandbox: the clone pane clones a project over HTTP with
// the signed-in account's token, the list shows it with its branch and changes, a vanished folder
// is marked, and "Open .gitlab-ci.yml" asks for the CI editor.
#include "support/sandboxfixture.h"
#include "support/temphome.h"

#include "clones/clonepane.h"
#include "clones/clonesview.h"
#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/tokenstore.h"
#include "core/app/backgroundtasks.h"
#include "core/app/language.h"
#include "core/git/clonesmodel.h"
#include "sandbox/api/directory.h"
#include "sandbox/api/modules.h"
#include "sandbox/sandboxapi.h"
#include "shell/featurepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <git2.h>

using LabDesk::Git::ClonesModel;
using LabDesk::Ui::ClonePane;
using LabDesk::Ui::ClonesView;
namespace Sandbox = LabDesk::Sandbox;

class tst_ClonesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyListShowsTheFirstSteps();
    void clonesFromTheProjectsPageWithTheToken();
    void refusesANonEmptyFolderWithoutCloning();
    void openCiFileAndMissingFolders();
    void paneScreenshots();

private:
    QAction *action(const QString &name) const;

    LabDesk::Test::TempHome m_home;
    LabDesk::Test::SandboxFixture m_sandbox;
    QTemporaryDir m_work;
    LabDesk::BackgroundTasks m_tasks;
    LabDesk::Accounts::TokenStore m_tokens;
    std::unique_ptr<LabDesk::Accounts::ServerTrust> m_trust;
    std::unique_ptr<LabDesk::Accounts::AccountManager> m_accounts;
    std::unique_ptr<LabDesk::Ui::FeaturePage> m_page;
    ClonesView *m_view = nullptr;
    QString m_token;
    QString m_httpUrl;
};

void tst_ClonesView::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(git_libgit2_init() > 0);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));

    int userId = 0;
    int projectId = 0;
    QString repository;
    m_sandbox.runOnServer([&](Sandbox::SandboxServer &server) {
        Sandbox::SandboxApi &api = server.api();
        const QJsonObject user = Sandbox::createUser(api, QStringLiteral("alice"), QStringLiteral("Alice"),
                                                     QStringLiteral("alice@example.com"));
        userId = user.value(QLatin1String("id")).toInt();
        m_token = Sandbox::createPersonalAccessToken(api, userId, QStringLiteral("ui"), {QStringLiteral("api")});
        const int groupId = Sandbox::Catalog::createGroup(api, QStringLiteral("Web"), QStringLiteral("web"), 0,
                                                          QStringLiteral("private"), QString(), 0)
                                .value(QLatin1String("id"))
                                .toInt();
        Sandbox::Catalog::addMember(api, QStringLiteral("Namespace"), groupId, userId, 40, 1);
        projectId = api.store.nextId(QStringLiteral("projects"));
        api.store.put(QStringLiteral("projects"), projectId,
                      {{QStringLiteral("name"), QStringLiteral("webapp")},
                       {QStringLiteral("path"), QStringLiteral("webapp")},
                       {QStringLiteral("namespace_id"), groupId},
                       {QStringLiteral("visibility"), QStringLiteral("private")},
                       {QStringLiteral("default_branch"), QStringLiteral("main")},
                       {QStringLiteral("description"), QString()},
                       {QStringLiteral("creator_id"), userId},
                       {QStringLiteral("created_at"), api.now()},
                       {QStringLiteral("last_activity_at"), api.now()},
                       {QStringLiteral("archived"), false}});
        api.ensureRepository(api.store.get(QStringLiteral("projects"), projectId));
        repository = api.repositoryPath(projectId);
    });
    QVERIFY(projectId > 0);
    const QByteArray ci = "test:\n  script: make test\n";
    const QByteArray stream = "commit refs/heads/main\ncommitter Test <test@example.com> 1700000000 +0000\ndata 5\n"
                              "seed\nM 100644 inline .gitlab-ci.yml\ndata "
        + QByteArray::number(ci.size()) + '\n' + ci + '\n';
    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_DIR"), repository);
    import.setProcessEnvironment(env);
    import.start(QStringLiteral("git"), {QStringLiteral("fast-import"), QStringLiteral("--quiet")});
    QVERIFY(import.waitForStarted());
    import.write(stream);
    import.closeWriteChannel();
    QVERIFY(import.waitForFinished(60000) && import.exitCode() == 0);

    const QString projectPath = QStringLiteral("web/webapp");
    QUrl url = m_sandbox.url();
    url.setPath(QLatin1Char('/') + projectPath + QStringLiteral(".git"));
    m_httpUrl = url.toString();

    // Signed in as alice, for this session only.
    m_trust = std::make_unique<LabDesk::Accounts::ServerTrust>();
    m_accounts = std::make_unique<LabDesk::Accounts::AccountManager>(&m_tokens, m_trust.get());
    LabDesk::Accounts::Account account;
    account.server = m_sandbox.url();
    account.username = QStringLiteral("alice");
    account.userId = userId;
    m_accounts->addAccount(account, m_token, true, {});
    QTRY_VERIFY(m_accounts->hasActiveAccount());

    m_page = std::make_unique<LabDesk::Ui::FeaturePage>(QStringLiteral("clones"), QStringLiteral("clones"));
    m_view = new ClonesView(LabDesk::Ui::Context {&m_tasks, m_accounts.get()}, m_page.get());
    m_page->setContent(m_view, false);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_ClonesView::cleanupTestCase()
{
    m_page.reset();
    m_accounts.reset();
    git_libgit2_shutdown();
}

QAction *tst_ClonesView::action(const QString &name) const
{
    return m_view->findChild<QAction *>(name);
}

void tst_ClonesView::emptyListShowsTheFirstSteps()
{
    QVERIFY(!m_page->isShowingEmptyState()); // the page works signed out and in
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(!m_view->findChild<QTreeView *>(QStringLiteral("clonesTree"))->isVisible());
    QVERIFY(!action(QStringLiteral("fetchAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("addExistingFolderAction"))->isEnabled());
}

void tst_ClonesView::clonesFromTheProjectsPageWithTheToken()
{
    const QString sshUrl = QStringLiteral("ssh://git@127.0.0.1:2222/web/webapp.git");
    m_view->startClone(m_httpUrl, sshUrl, QStringLiteral("web/webapp"));
    ClonePane *pane = m_view->pane();
    auto *urlEdit = pane->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    auto *sshRadio = pane->findChild<QRadioButton *>(QStringLiteral("sshRadio"));
    auto *httpsRadio = pane->findChild<QRadioButton *>(QStringLiteral("httpsRadio"));
    auto *folderEdit = pane->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
    auto *authLabel = pane->findChild<QLabel *>(QStringLiteral("authLabel"));
    QCOMPARE(urlEdit->text(), m_httpUrl);
    QVERIFY(folderEdit->text().endsWith(QLatin1String("webapp")));
    QVERIFY2(authLabel->text().contains(QLatin1String("alice")), qPrintable(authLabel->text()));
    // Switching the protocol swaps the project's URL.
    sshRadio->click();
    QCOMPARE(urlEdit->text(), sshUrl);
    httpsRadio->click();
    QCOMPARE(urlEdit->text(), m_httpUrl);

    const QString target = m_work.filePath(QStringLiteral("webapp"));
    folderEdit->setText(target);
    QSignalSpy cloning(pane, &ClonePane::cloningChanged);
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("cloneButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 1, 60000);
    QVERIFY(cloning.count() >= 2);
    QVERIFY(!pane->isCloning());
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/.gitlab-ci.yml")));
    QFile config(target + QStringLiteral("/.git/config"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(!config.readAll().contains(m_token.toUtf8()));

    const QModelIndex row = m_view->model()->index(0, 0);
    QCOMPARE(row.data(ClonesModel::ProjectRole).toString(), QStringLiteral("web/webapp"));
    QTRY_VERIFY_WITH_TIMEOUT(row.data(ClonesModel::StatusKnownRole).toBool(), 10000);
    QCOMPARE(row.data(ClonesModel::BranchRole).toString(), QStringLiteral("main"));
    QVERIFY(m_view->findChild<QTreeView *>(QStringLiteral("clonesTree"))->isVisible());
    QTRY_VERIFY(action(QStringLiteral("fetchAction"))->isEnabled());

    // Fetch goes through the same engine with the token.
    auto *status = m_view->findChild<QLabel *>(QStringLiteral("statusLabel"));
    action(QStringLiteral("fetchAction"))->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Fetched")), qPrintable(status->text()), 30000);
    QVERIFY(action(QStringLiteral("fetchAction"))->isEnabled());
}

void tst_ClonesView::refusesANonEmptyFolderWithoutCloning()
{
    ClonePane *pane = m_view->pane();
    m_view->startClone(m_httpUrl, {}, QStringLiteral("web/webapp"));
    const QString busy = m_work.filePath(QStringLiteral("webapp")); // holds the clone from above
    pane->findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(busy);
    pane->startClone();
    QVERIFY(!pane->isCloning());
    const QString message = pane->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QLatin1String("not empty")), qPrintable(message));
    QCOMPARE(m_view->model()->rowCount(), 1);
}

void tst_ClonesView::openCiFileAndMissingFolders()
{
    QTreeView *tree = m_view->findChild<QTreeView *>(QStringLiteral("clonesTree"));
    tree->setCurrentIndex(m_view->model()->index(0, 0));
    QSignalSpy ci(m_view, &ClonesView::openCiFileRequested);
    action(QStringLiteral("openCiFileAction"))->trigger();
    QCOMPARE(ci.count(), 1);
    QCOMPARE(ci.constFirst().constFirst().toString(),
             QDir(m_work.filePath(QStringLiteral("webapp"))).filePath(QStringLiteral(".gitlab-ci.yml")));

    // A listed folder that disappears is marked, not dropped; actions that need it are off.
    const QString extra = m_work.filePath(QStringLiteral("extra"));
    QVERIFY(QProcess::execute(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), extra}) == 0);
    m_view->addExistingFolder(extra);
    QCOMPARE(m_view->model()->rowCount(), 2);
    QTRY_VERIFY(!m_view->model()->isRefreshing());
    QVERIFY(QDir(extra).removeRecursively());
    action(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY(!m_view->model()->isRefreshing());
    QCOMPARE(m_view->model()->rowCount(), 2);
    const int row = m_view->model()->rowOfPath(extra);
    QVERIFY(m_view->model()->index(row, 0).data(ClonesModel::MissingRole).toBool());
    tree->setCurrentIndex(m_view->model()->index(row, 0));
    QVERIFY(!action(QStringLiteral("fetchAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("openCiFileAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("removeAction"))->isEnabled());
    action(QStringLiteral("removeAction"))->trigger();
    QCOMPARE(m_view->model()->rowCount(), 1);
}

// Not a check: pictures of the page with the clone pane filled in, cloning and done, for the
// documentation. Runs only with LABDESK_SCREENSHOT_DIR set (and LABDESK_SCREENSHOT_LANG, e.g. zh_CN).
void tst_ClonesView::paneScreenshots()
{
    const QString dir = qEnvironmentVariable("LABDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set LABDESK_SCREENSHOT_DIR to take pictures of the clone pane");
    const QString language = qEnvironmentVariable("LABDESK_SCREENSHOT_LANG", QStringLiteral("en"));
    QVERIFY(LabDesk::Language::install(qApp, language));
    LabDesk::Ui::FeaturePage page(QStringLiteral("clones"), QStringLiteral("clones"));
    auto *view = new ClonesView(LabDesk::Ui::Context {&m_tasks, m_accounts.get()}, &page);
    page.setContent(view, false);
    page.resize(1050, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    view->startClone(m_httpUrl, QStringLiteral("ssh://git@127.0.0.1:2222/web/webapp.git"),
                     QStringLiteral("web/webapp"));
    view->pane()
        ->findChild<QLineEdit *>(QStringLiteral("folderEdit"))
        ->setText(m_work.filePath(QStringLiteral("shot")));
    view->pane()->findChild<QLineEdit *>(QStringLiteral("branchEdit"))->setText(QStringLiteral("main"));
    auto *note = view->pane()->findChild<QLabel *>(QStringLiteral("authLabel"));
    QTRY_VERIFY(note->height() >= note->heightForWidth(note->width())); // laid out before the picture
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("clone-pane-%1.png").arg(language))));
    bool grabbed = false;
    connect(&m_tasks, &LabDesk::BackgroundTasks::dataChanged, &page, [&] {
        if (!grabbed && view->pane()->isCloning()) {
            grabbed = page.grab().save(QDir(dir).filePath(QStringLiteral("clone-pane-progress-%1.png").arg(language)));
        }
    });
    view->pane()->startClone();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowOfPath(m_work.filePath(QStringLiteral("shot"))) >= 0, 60000);
    QTRY_VERIFY(!view->model()->isRefreshing());
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("clone-pane-done-%1.png").arg(language))));
}

QTEST_MAIN(tst_ClonesView)
#include "tst_clonesview.moc"
