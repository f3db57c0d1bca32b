#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "accounts/accountscontroller.h"
#include "accounts/accountswitcher.h"
#include "core/accounts/accountmanager.h"
#include "core/app/backgroundtasks.h"
#include "featurepage.h"
#include "noticebar.h"
#include "pagecatalog.h"
#include "pagecontents.h"
#include "widgets/statusarea.h"
#include "widgets/themedicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace LabDesk::Ui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PageKey = QStringLiteral("window/page");

} // namespace

MainWindow::MainWindow(const Context &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_tasks(context.tasks)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_notice(new NoticeBar(this))
    , m_accounts(new AccountSwitcher(context.accounts, this))
    , m_accountsController(new AccountsController(context.accounts, this))
    , m_status(new StatusArea(context.tasks, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LabDesk"));
    setWindowIcon(applicationIcon());

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->setAutoFillBackground(true);
    m_sidebar->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_pages = PageCatalog::createPages(m_stack);
    int widest = 0;
    for (FeaturePage *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(themedIcon(page->iconName()), page->title(), m_sidebar);
        item->setData(Qt::UserRole, page->name());
        item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() * 2 + 4));
        widest = qMax(widest, m_sidebar->fontMetrics().horizontalAdvance(page->title()));
        connect(page, &FeaturePage::loadingChanged, this, &MainWindow::checkSettled);
        connect(page, &FeaturePage::firstStepRequested, m_accountsController, &AccountsController::showSignIn);
    }
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() + 48);
    installPageContents(m_context, m_pages, [this](const QString &name) { setCurrentPage(name); });
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onSidebarRowChanged);

    auto *pagesColumn = new QWidget(this);
    auto *pagesLayout = new QVBoxLayout(pagesColumn);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    pagesLayout->addWidget(m_notice);
    pagesLayout->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_sidebar);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    centralLayout->addWidget(separator);
    centralLayout->addWidget(pagesColumn, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_accounts);

    statusBar()->addPermanentWidget(m_status);
    connect(m_tasks, &QAbstractItemModel::rowsRemoved, this, &MainWindow::checkSettled);

    connect(m_accounts, &AccountSwitcher::signInRequested, m_accountsController, &AccountsController::showSignIn);
    connect(m_accounts, &AccountSwitcher::trustedCertificatesRequested, m_accountsController,
            &AccountsController::showTrustedCertificates);
    connect(context.accounts, &Accounts::AccountManager::activeAccountChanged, this, &MainWindow::onActiveAccountChanged);

    createMenus();
    m_sidebar->setCurrentRow(0);
    onActiveAccountChanged();
}

MainWindow::~MainWindow() = default;

QList<FeaturePage *> MainWindow::pages() const
{
    return m_pages;
}

FeaturePage *MainWindow::page(const QString &name) const
{
    for (FeaturePage *page : m_pages) {
        if (page->name() == name)
            return page;
    }
    return nullptr;
}

FeaturePage *MainWindow::currentPage() const
{
    return qobject_cast<FeaturePage *>(m_stack->currentWidget());
}

void MainWindow::setCurrentPage(const QString &name)
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row)->name() == name) {
            m_sidebar->setCurrentRow(row);
            return;
        }
    }
}

AccountSwitcher *MainWindow::accountSwitcher() const
{
    return m_accounts;
}

AccountsController *MainWindow::accountsController() const
{
    return m_accountsController;
}

void MainWindow::onActiveAccountChanged()
{
    const bool signedIn = m_context.accounts->hasActiveAccount();
    const QString who = signedIn ? m_context.accounts->activeAccount().displayName() : QString();
    for (FeaturePage *page : std::as_const(m_pages))
        page->setAccount(who, signedIn && m_context.accounts->activeAccount().isAdmin);
}

NoticeBar *MainWindow::noticeBar() const
{
    return m_notice;
}

StatusArea *MainWindow::statusArea() const
{
    return m_status;
}

void MainWindow::restoreSession(bool persistent)
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1180, 760).boundedTo(available * 0.9));
    }
    restoreState(settings.value(StateKey).toByteArray());
    setCurrentPage(settings.value(PageKey).toString());
    m_persistent = persistent;
}

bool MainWindow::isSettled() const
{
    if (m_tasks->rowCount() > 0)
        return false;
    for (const FeaturePage *page : m_pages) {
        if (page->isLoading())
            return false;
    }
    return true;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_pages.size(); ++row) {
        QAction *go = view->addAction(themedIcon(m_pages.at(row)->iconName()), m_pages.at(row)->title());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, m_sidebar, [this, row] { m_sidebar->setCurrentRow(row); });
    }

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(m_accounts->signInAction());
    account->addAction(m_accounts->trustedCertificatesAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(themedIcon(QStringLiteral("about")), tr("&About LabDesk"), this,
                                     &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::onSidebarRowChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    m_stack->setCurrentWidget(m_pages.at(row));
    if (m_persistent)
        QSettings().setValue(PageKey, m_pages.at(row)->name());
    Q_EMIT currentPageChanged(m_pages.at(row)->name());
}

void MainWindow::checkSettled()
{
    if (isSettled())
        Q_EMIT settled();
}

void MainWindow::saveSession() const
{
    if (!m_persistent)
        return;
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (const FeaturePage *page = currentPage())
        settings.setValue(PageKey, page->name());
}

} // namespace LabDesk::Ui
