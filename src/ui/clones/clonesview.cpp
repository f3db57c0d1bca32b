#include "clonesview.h"

#include "clonepane.h"

#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/git/clonesmodel.h"
#include "core/git/knownhostspolicy.h"
#include "core/git/transferjob.h"
#include "shell/featurepage.h"
#include "widgets/emptystate.h"
#include "widgets/themedicon.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace LabDesk::Ui {

namespace {

// Rows whose folder disappeared stay listed, greyed and in italics, with a warning sign.
class CloneRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(Git::ClonesModel::MissingRole).toBool())
            return;
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        if (index.column() == Git::ClonesModel::BranchColumn) {
            option->icon = themedIcon(QStringLiteral("check-warn"));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

// The user's terminal emulator: $TERMINAL, then Debian's alternative, then common ones.
QString terminalProgram()
{
    QStringList candidates;
    const QString preferred = qEnvironmentVariable("TERMINAL");
    if (!preferred.isEmpty())
        candidates << preferred;
    candidates << QStringLiteral("x-terminal-emulator") << QStringLiteral("gnome-terminal") << QStringLiteral("konsole")
               << QStringLiteral("xfce4-terminal") << QStringLiteral("xterm");
    for (const QString &candidate : std::as_const(candidates)) {
        const QString path = QStandardPaths::findExecutable(candidate);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace

ClonesView::ClonesView(const Context &context, FeaturePage *page)
    : QWidget(page)
    , m_context(context)
    , m_page(page)
    , m_model(new Git::ClonesModel(this))
    , m_tree(new QTreeView(this))
    , m_listStack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_pane(new ClonePane(context, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("clonesView"));
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addAction = toolbar->addAction(themedIcon(QStringLiteral("clones")), tr("Add Existing Folder…"));
    m_fetchAction = toolbar->addAction(tr("Fetch"));
    m_openFolderAction = toolbar->addAction(tr("Open Folder"));
    m_terminalAction = toolbar->addAction(tr("Open Terminal"));
    m_ciAction = toolbar->addAction(themedIcon(QStringLiteral("ci-editor")), tr("Open .gitlab-ci.yml"));
    toolbar->addSeparator();
    m_refreshAction = toolbar->addAction(tr("Refresh"));
    m_removeAction = toolbar->addAction(tr("Remove from List"));
    m_addAction->setObjectName(QStringLiteral("addExistingFolderAction"));
    m_fetchAction->setObjectName(QStringLiteral("fetchAction"));
    m_openFolderAction->setObjectName(QStringLiteral("openFolderAction"));
    m_terminalAction->setObjectName(QStringLiteral("openTerminalAction"));
    m_ciAction->setObjectName(QStringLiteral("openCiFileAction"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_removeAction->setToolTip(tr("Forget this clone; its folder stays on disk."));

    m_tree->setObjectName(QStringLiteral("clonesTree"));
    m_tree->setModel(m_model);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setItemDelegate(new CloneRowDelegate(m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Git::ClonesModel::PathColumn, QHeaderView::Stretch);
    for (int column : {int(Git::ClonesModel::ProjectColumn), int(Git::ClonesModel::BranchColumn),
                       int(Git::ClonesModel::SyncColumn), int(Git::ClonesModel::ChangesColumn)})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_empty->setIconName(QStringLiteral("clones"));
    m_empty->setTitle(tr("No clones yet"));
    m_empty->setBody(tr("Clone a project with the form on the right, from the Projects page, or add a working copy "
                        "that is already on this computer."));
    m_empty->setActionText(tr("Add Existing Folder…"));
    m_listStack->addWidget(m_tree);
    m_listStack->addWidget(m_empty);

    m_pane->setObjectName(QStringLiteral("clonePane"));
    m_pane->setMinimumWidth(320);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_addAction, &QAction::triggered, this, &ClonesView::chooseExistingFolder);
    connect(m_empty, &EmptyState::actionTriggered, this, &ClonesView::chooseExistingFolder);
    connect(m_fetchAction, &QAction::triggered, this, &ClonesView::fetchSelected);
    connect(m_openFolderAction, &QAction::triggered, this, &ClonesView::openFolder);
    connect(m_terminalAction, &QAction::triggered, this, &ClonesView::openTerminal);
    connect(m_ciAction, &QAction::triggered, this, &ClonesView::openCiFile);
    connect(m_removeAction, &QAction::triggered, this, &ClonesView::removeSelected);
    connect(m_refreshAction, &QAction::triggered, m_model, &Git::ClonesModel::refreshAll);
    connect(m_tree, &QTreeView::doubleClicked, this, &ClonesView::openFolder);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClonesView::updateActions);
    connect(m_model, &Git::ClonesModel::dataChanged, this, &ClonesView::updateActions);
    connect(m_model, &Git::ClonesModel::rowsInserted, this, &ClonesView::updateEmptyState);
    connect(m_model, &Git::ClonesModel::rowsRemoved, this, &ClonesView::updateEmptyState);
    connect(m_model, &Git::ClonesModel::refreshingChanged, this, [this](bool refreshing) {
        if (m_page)
            m_page->setLoading(refreshing);
    });
    connect(m_pane, &ClonePane::cloned, this, [this](const Git::CloneEntry &entry) {
        m_model->addClone(entry);
        const int row = m_model->rowOfPath(entry.path);
        if (row >= 0)
            m_tree->setCurrentIndex(m_model->index(row, 0));
    });

    updateEmptyState();
    updateActions();
    m_model->refreshAll();
}

ClonesView::~ClonesView()
{
    if (m_fetch)
        m_fetch->cancel();
}

Git::ClonesModel *ClonesView::model() const
{
    return m_model;
}

ClonePane *ClonesView::pane() const
{
    return m_pane;
}

void ClonesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Branches and changes move while LabDesk is in the background.
    if (!m_model->isRefreshing())
        m_model->refreshAll();
}

void ClonesView::startClone(const QString &httpUrl, const QString &sshUrl, const QString &pathWithNamespace)
{
    m_pane->setProject(httpUrl, sshUrl, pathWithNamespace);
}

int ClonesView::currentRow() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ClonesView::updateEmptyState()
{
    m_listStack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_tree);
    if (m_model->rowCount() > 0 && !m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

void ClonesView::updateActions()
{
    const int row = currentRow();
    const bool selected = row >= 0;
    const bool present = selected && !m_model->index(row, 0).data(Git::ClonesModel::MissingRole).toBool();
    m_fetchAction->setEnabled(present && !m_fetch);
    m_openFolderAction->setEnabled(present);
    m_terminalAction->setEnabled(present);
    m_ciAction->setEnabled(present);
    m_removeAction->setEnabled(selected);
    m_refreshAction->setEnabled(m_model->rowCount() > 0);
}

void ClonesView::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ClonesView::chooseExistingFolder()
{
    auto *dialog = new QFileDialog(this, tr("Add an Existing Working Copy"), QDir::homePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &ClonesView::addExistingFolder);
    dialog->open();
}

void ClonesView::addExistingFolder(const QString &path)
{
    QString error;
    if (!m_model->addExistingFolder(path, &error)) {
        setStatus(error);
        return;
    }
    setStatus(tr("Added %1.").arg(QDir::toNativeSeparators(path)));
    m_tree->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
}

void ClonesView::removeSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString path = m_model->entry(row).path;
    m_model->removeClone(path);
    setStatus(tr("Removed %1 from the list; the folder was not touched.").arg(QDir::toNativeSeparators(path)));
}

void ClonesView::openFolder()
{
    const int row = currentRow();
    if (row < 0 || m_model->index(row, 0).data(Git::ClonesModel::MissingRole).toBool())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_model->entry(row).path)))
        setStatus(tr("No file manager is set up to open %1.").arg(QDir::toNativeSeparators(m_model->entry(row).path)));
}

void ClonesView::openTerminal()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString path = m_model->entry(row).path;
    const QString terminal = terminalProgram();
    if (terminal.isEmpty() || !QProcess::startDetached(terminal, {}, path)) {
        setStatus(tr("No terminal program was found. Set the TERMINAL environment variable to the one you use."));
        return;
    }
    setStatus(tr("Opened a terminal in %1.").arg(QDir::toNativeSeparators(path)));
}

void ClonesView::openCiFile()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString file = QDir(m_model->entry(row).path).filePath(QStringLiteral(".gitlab-ci.yml"));
    if (!QFileInfo::exists(file)) {
        setStatus(tr("%1 has no .gitlab-ci.yml yet.").arg(m_model->index(row, 0).data().toString()));
        return;
    }
    Q_EMIT openCiFileRequested(file);
}

void ClonesView::fetchSelected()
{
    const int row = currentRow();
    if (row < 0 || m_fetch)
        return;
    const Git::CloneEntry entry = m_model->entry(row);
    m_fetchAction->setEnabled(false);
    setStatus(tr("Fetching %1…").arg(m_model->index(row, 0).data().toString()));
    const Git::RemoteAddress address = Git::RemoteAddress::parse(entry.url);
    Git::RemoteAuth auth;
    if (m_context.accounts) {
        for (const Accounts::ServerTrust::Pin &pin : m_context.accounts->trust()->pins())
            auth.pins.append({pin.host, pin.port, pin.sha256});
    }
    auto start = [this, path = entry.path, name = m_model->index(row, 0).data().toString()](const Git::RemoteAuth &a) {
        auto *job = new Git::TransferJob(this);
        m_fetch = job;
        connect(job, &Git::TransferJob::hostKeyConfirmationRequested, job, [job] {
            job->answerHostKey(false); // fetch never adds host keys: the clone did that
        });
        connect(job, &Git::TransferJob::finished, this, [this, job, name](const Git::TransferJob::Result &result) {
            job->deleteLater();
            m_fetch = nullptr;
            setStatus(result.isOk() ? tr("Fetched %1.").arg(name) : result.message);
            m_model->refresh(result.path);
            updateActions();
        });
        job->startFetch(path, a);
        updateActions();
    };
    if (address.isSsh) {
        auth.method = entry.keyPath.isEmpty() ? Git::RemoteAuth::Method::SshAgent : Git::RemoteAuth::Method::SshKey;
        auth.privateKeyPath = entry.keyPath;
        Git::useKnownHosts(auth);
        start(auth);
        return;
    }
    const bool signedInThere = m_context.accounts && m_context.accounts->hasActiveAccount() && address.isValid
        && m_context.accounts->activeAccount().server.host().compare(address.host, Qt::CaseInsensitive) == 0;
    if (!signedInThere) {
        start(auth);
        return;
    }
    const Accounts::Account account = m_context.accounts->activeAccount();
    QPointer<ClonesView> self(this);
    m_context.accounts->tokenStore()->read(account.key(), [self, auth, account, start](const auto &result) mutable {
        if (!self)
            return;
        if (result.ok) {
            auth.method = Git::RemoteAuth::Method::Token;
            auth.username = account.username;
            auth.token = result.token;
        }
        start(auth);
    });
}

} // namespace LabDesk::Ui
