#include "about/aboutdialog.h"
#include "accounts/accountswitcher.h"
#include "accounts/accountscontroller.h"
#include "accounts/signindialog.h"
#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/tokenstore.h"
#include "core/app/backgroundtasks.h"
#include "core/app/commandline.h"
#include "core/app/language.h"
#include "shell/featurepage.h"
#include "shell/mainwindow.h"
#include "shell/noticebar.h"
#include "support/temphome.h"
#include "widgets/emptystate.h"
#include "widgets/statusarea.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace LabDesk;
using LabDesk::Ui::FeaturePage;
using LabDesk::Ui::MainWindow;

namespace {

// What main() owns around the window.
struct App
{
    BackgroundTasks tasks;
    Accounts::TokenStore tokens;
    Accounts::ServerTrust trust;
    Accounts::AccountManager accounts{&tokens, &trust};
    LabDesk::Ui::Context context() { return {&tasks, &accounts}; }
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sidebarListsEveryPageInOrder();
    void everyPageHasAnHonestEmptyState();
    void emptyStateButtonAsksToSignIn();
    void sidebarAndSetCurrentPageAgree();
    void geometryAndLastPageAreRestored();
    void nonPersistentWindowWritesNoSettings();
    void statusAreaFollowsBackgroundTasks();
    void emptyStateFollowsThePalette();
    void aboutListsTheLibraries();
    void chineseShellIsTranslated();

private:
    std::unique_ptr<Test::TempHome> m_home;
};

void tst_MainWindow::init()
{
    m_home = std::make_unique<Test::TempHome>();
    QVERIFY(m_home->isValid());
}

void tst_MainWindow::cleanup()
{
    m_home.reset();
}

void tst_MainWindow::sidebarListsEveryPageInOrder()
{
    App app;
    MainWindow window(app.context());
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QStringList names;
    QStringList titles;
    for (int row = 0; row < sidebar->count(); ++row) {
        names << sidebar->item(row)->data(Qt::UserRole).toString();
        titles << sidebar->item(row)->text();
        QVERIFY(!sidebar->item(row)->icon().isNull());
    }
    QCOMPARE(names, GuiCommandLine::pageNames());
    QCOMPARE(titles, (QStringList{"Projects", "Pipelines", "CI Editor", "Clones", "SSH Keys", "Runners", "Admin"}));
}

void tst_MainWindow::everyPageHasAnHonestEmptyState()
{
    App app;
    MainWindow window(app.context());
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.pages().size(), 7);
    for (FeaturePage *page : window.pages()) {
        window.setCurrentPage(page->name());
        QCOMPARE(window.currentPage(), page);
        // The clone list and the CI editor work on local folders and files, without an account.
        if (page->name() == QLatin1String("clones") || page->name() == QLatin1String("ci-editor")) {
            QVERIFY(!page->isShowingEmptyState());
            continue;
        }
        QVERIFY(page->isShowingEmptyState());
        LabDesk::Ui::EmptyState *empty = page->emptyState();
        QVERIFY2(empty->isVisible(), qPrintable(page->name()));
        QVERIFY2(empty->title().startsWith(QLatin1String("Sign in")), qPrintable(empty->title()));
        QVERIFY2(empty->body().size() > 40, qPrintable(page->name() + QStringLiteral(": body too thin")));
        QVERIFY2(empty->actionText().startsWith(QLatin1String("Sign In")), qPrintable(empty->actionText()));
        auto *button = empty->findChild<QPushButton *>(QStringLiteral("emptyStateAction"));
        QVERIFY(button && button->isVisible());
        // The body must be laid out wide enough to read, not squeezed into a sliver.
        auto *body = empty->findChild<QLabel *>(QStringLiteral("emptyStateBody"));
        QVERIFY(body->width() > 300);
        QTRY_VERIFY2(body->height() >= body->heightForWidth(body->width()), qPrintable(QStringLiteral("%1: %2 < %3").arg(page->name()).arg(body->height()).arg(body->heightForWidth(body->width()))));
    }
}

void tst_MainWindow::emptyStateButtonAsksToSignIn()
{
    App app;
    MainWindow window(app.context());
    window.show();
    for (FeaturePage *page : window.pages()) {
        window.setCurrentPage(page->name());
        if (!page->isShowingEmptyState()) // clones and ci-editor (checked above) work signed out
            continue;
        QTest::mouseClick(page->emptyState()->findChild<QPushButton *>(QStringLiteral("emptyStateAction")),
                          Qt::LeftButton);
        // The first step opens the sign-in dialog (one at a time).
        LabDesk::Ui::SignInDialog *dialog = window.accountsController()->signInDialog();
        QVERIFY2(dialog && dialog->isVisible(), qPrintable(page->name()));
        dialog->close();
        QTRY_VERIFY(!window.accountsController()->signInDialog());
    }
    QCOMPARE(window.accountSwitcher()->text(), QStringLiteral("Not signed in"));
}

void tst_MainWindow::sidebarAndSetCurrentPageAgree()
{
    App app;
    MainWindow window(app.context());
    QSignalSpy changed(&window, &MainWindow::currentPageChanged);
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    sidebar->setCurrentRow(4);
    QCOMPARE(window.currentPage()->name(), QStringLiteral("ssh-keys"));
    QCOMPARE(changed.last().at(0).toString(), QStringLiteral("ssh-keys"));
    window.setCurrentPage(QStringLiteral("runners"));
    QCOMPARE(sidebar->currentRow(), 5);
    window.setCurrentPage(QStringLiteral("no-such-page"));
    QCOMPARE(window.currentPage()->name(), QStringLiteral("runners"));
}

void tst_MainWindow::geometryAndLastPageAreRestored()
{
    QRect saved;
    {
        App app;
            MainWindow window(app.context());
        window.restoreSession();
        QCOMPARE(window.currentPage()->name(), QStringLiteral("projects")); // first run
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(40, 50, 930, 610);
        window.setCurrentPage(QStringLiteral("pipelines"));
        saved = window.geometry();
        window.close();
    }
    App app;
    MainWindow again(app.context());
    again.restoreSession();
    QCOMPARE(again.currentPage()->name(), QStringLiteral("pipelines"));
    QCOMPARE(again.geometry().size(), saved.size());
}

void tst_MainWindow::nonPersistentWindowWritesNoSettings()
{
    {
        App app;
            MainWindow window(app.context());
        window.restoreSession(/*persistent=*/false);
        window.show();
        window.setCurrentPage(QStringLiteral("admin"));
        window.close();
    }
    QVERIFY(QSettings().allKeys().isEmpty());
}

void tst_MainWindow::statusAreaFollowsBackgroundTasks()
{
    App app;
    MainWindow window(app.context());
    window.show();
    QSignalSpy settled(&window, &MainWindow::settled);
    LabDesk::Ui::StatusArea *status = window.statusArea();
    QVERIFY(status->isHidden());
    QVERIFY(window.isSettled());

    bool cancelled = false;
    const int clone = app.tasks.start(QStringLiteral("Cloning group/app"), [&] { cancelled = true; });
    const int keys = app.tasks.start(QStringLiteral("Generating key"));
    QVERIFY(!window.isSettled());
    QVERIFY(!status->isHidden());
    QCOMPARE(status->text(), QStringLiteral("Cloning group/app (and 1 more)"));

    auto *cancel = status->findChild<QToolButton *>();
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(cancelled);

    app.tasks.finish(clone);
    QCOMPARE(status->text(), QStringLiteral("Generating key"));
    QVERIFY(!cancel->isVisible()); // not cancellable
    QVERIFY(settled.isEmpty());
    app.tasks.finish(keys);
    QVERIFY(status->isHidden());
    QCOMPARE(settled.size(), 1);

    // A loading page also keeps the window unsettled.
    window.page(QStringLiteral("pipelines"))->setLoading(true);
    QVERIFY(!window.isSettled());
    window.page(QStringLiteral("pipelines"))->setLoading(false);
    QCOMPARE(settled.size(), 2);
}

void tst_MainWindow::emptyStateFollowsThePalette()
{
    const QPalette original = QApplication::palette();
    App app;
    MainWindow window(app.context());
    window.show();
    auto *body = window.pages().constFirst()->emptyState()->findChild<QLabel *>(QStringLiteral("emptyStateBody"));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    QApplication::setPalette(dark);
    QTRY_COMPARE(window.palette().color(QPalette::Window), QColor(30, 30, 30));
    QTRY_COMPARE(body->palette().color(body->foregroundRole()), QColor(160, 160, 160));

    // The rendered page is dark: sample the page's background.
    const QImage image = window.pages().constFirst()->grab().toImage();
    QVERIFY(qGray(image.pixel(5, 5)) < 60);
    QApplication::setPalette(original);
}

void tst_MainWindow::aboutListsTheLibraries()
{
    LabDesk::Ui::AboutDialog about;
    auto *tree = about.findChild<QTreeWidget *>(QStringLiteral("libraries"));
    QVERIFY(tree);
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        names << tree->topLevelItem(i)->text(0);
        QVERIFY(!tree->topLevelItem(i)->text(1).isEmpty());
    }
    QCOMPARE(names, (QStringList{"Qt", "libgit2", "libssh", "libyaml", "QtKeychain"}));
    const QString report = about.versionReport();
    QVERIFY(report.startsWith(QStringLiteral("LabDesk ")));
    QVERIFY(report.contains(QLatin1String("libgit2 ")));
    QVERIFY(report.contains(QLatin1String("HTTPS")));
}

void tst_MainWindow::chineseShellIsTranslated()
{
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("zh_CN")));
    App app;
    MainWindow window(app.context());
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->item(0)->text(), QString::fromUtf8("项目"));
    QCOMPARE(window.accountSwitcher()->text(), QString::fromUtf8("未登录"));
    for (FeaturePage *page : window.pages()) {
        QVERIFY2(!page->emptyState()->title().contains(QLatin1String("Sign in")), qPrintable(page->emptyState()->title()));
        QVERIFY(!page->emptyState()->body().isEmpty());
    }
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
