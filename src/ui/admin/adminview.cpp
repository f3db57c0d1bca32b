#include "adminview.h"

#include "core/accounts/accountmanager.h"
#include "core/api/gitlabclient.h"
#include "core/models/avatarcache.h"
#include "core/models/pendingusersmodel.h"
#include "core/models/projectrequests.h"
#include "projects/avatardelegate.h"
#include "projects/formerrors.h"
#include "projects/loadstate.h"
#include "shell/featurepage.h"
#include "ui_adminview.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace LabDesk::Ui {

using Models::PendingUsersModel;

AdminView::AdminView(const Context &context, FeaturePage *page)
    : QWidget(page)
    , m_context(context)
    , m_page(page)
    , m_ui(std::make_unique<::Ui::AdminView>())
    , m_avatars(new Models::AvatarCache(this))
    , m_pending(new PendingUsersModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_view = new QTreeView(m_ui->tableHost);
    m_view->setObjectName(QStringLiteral("pendingView"));
    m_view->setModel(m_pending);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegateForColumn(PendingUsersModel::NameColumn,
                                     new AvatarDelegate(m_avatars, PendingUsersModel::AvatarUrlRole, m_view));
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PendingUsersModel::NameColumn, QHeaderView::Stretch);
    m_state = new LoadState(m_view, m_ui->tableHost);
    auto *hostLayout = new QVBoxLayout(m_ui->tableHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addWidget(m_state);
    m_ui->mainLayout->setStretchFactor(m_ui->tableHost, 1);

    connect(m_ui->approveButton, &QPushButton::clicked, this, &AdminView::approveSelected);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &AdminView::rejectSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_pending, &PendingUsersModel::reload);
    connect(m_state, &LoadState::retryRequested, m_pending, &PendingUsersModel::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AdminView::updateActions);
    connect(m_pending, &PendingUsersModel::loadingChanged, this, [this](bool loading) {
        if (m_page)
            m_page->setLoading(loading);
        updateState();
    });
    connect(m_pending, &PendingUsersModel::loaded, this, &AdminView::updateState);
    connect(m_pending, &PendingUsersModel::errorOccurred, this, &AdminView::updateState);
    if (m_context.accounts) {
        connect(m_context.accounts, &Accounts::AccountManager::activeAccountChanged, this,
                &AdminView::onAccountChanged);
    }
    onAccountChanged();
}

AdminView::~AdminView() = default;

void AdminView::onAccountChanged()
{
    const bool admin
        = m_context.accounts && m_context.accounts->hasActiveAccount() && m_context.accounts->activeAccount().isAdmin;
    Api::GitLabClient *client = admin ? m_context.accounts->client() : nullptr;
    m_avatars->setNetwork(client ? client->network() : nullptr);
    m_pending->setClient(client);
    if (client) {
        QUrl signUp = client->server();
        signUp.setPath(signUp.path() + QStringLiteral("/users/sign_up"));
        m_signUpUrl = signUp.toString();
        m_ui->signUpLink->setText(
            tr("New users sign up at <a href=\"%1\">%1</a>; send them this link.").arg(m_signUpUrl.toHtmlEscaped()));
    } else {
        m_signUpUrl.clear();
        m_ui->signUpLink->clear();
    }
    m_pending->reload();
    updateState();
}

void AdminView::updateState()
{
    if (m_pending->isLoading())
        m_state->showLoading(tr("Loading sign-ups…"));
    else if (m_pending->lastError().isError())
        m_state->showError(tr("The sign-ups could not be loaded: %1").arg(m_pending->lastError().userMessage()));
    else if (m_pending->rowCount() == 0)
        m_state->showEmpty(tr("Nobody is waiting for approval."));
    else
        m_state->showContent();
    if (m_pending->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_pending->index(0, 0));
    updateActions();
}

void AdminView::updateActions()
{
    const bool selected = m_view->currentIndex().isValid();
    const QString why = m_busy ? tr("Working…") : selected ? QString() : tr("Select a sign-up first.");
    m_ui->approveButton->setEnabled(why.isEmpty());
    m_ui->approveButton->setToolTip(why.isEmpty() ? tr("Let this person sign in") : why);
    m_ui->rejectButton->setEnabled(why.isEmpty());
    m_ui->rejectButton->setToolTip(why.isEmpty() ? tr("Refuse this sign-up and delete the account") : why);
}

Models::PendingUsersModel *AdminView::pendingUsers() const
{
    return m_pending;
}

QTreeView *AdminView::pendingView() const
{
    return m_view;
}

LoadState *AdminView::pendingState() const
{
    return m_state;
}

QString AdminView::signUpUrl() const
{
    return m_signUpUrl;
}

QString AdminView::statusText() const
{
    return m_ui->statusLabel->text();
}

void AdminView::selectUser(int userId)
{
    const int row = m_pending->rowOfId(userId);
    if (row >= 0)
        m_view->setCurrentIndex(m_pending->index(row, 0));
}

void AdminView::approveSelected()
{
    moderate(true);
}

void AdminView::rejectSelected()
{
    moderate(false);
}

void AdminView::moderate(bool approve)
{
    const QModelIndex current = m_view->currentIndex();
    Api::GitLabClient *client = m_pending->client();
    if (!current.isValid() || !client || m_busy)
        return;
    const int userId = current.data(PendingUsersModel::UserIdRole).toInt();
    const QString who = m_pending->index(current.row(), PendingUsersModel::NameColumn).data().toString();
    m_busy = true;
    updateActions();
    FormErrors::set(m_ui->statusLabel, {});
    Api::Call *call
        = client->send(approve ? Models::Requests::approveUser(userId) : Models::Requests::rejectUser(userId));
    connect(call, &Api::Call::finished, this, [this, approve, who](const Api::Response &response) {
        m_busy = false;
        if (response.error.isError()) {
            FormErrors::set(m_ui->statusLabel, response.error.userMessage());
            updateActions();
            Q_EMIT actionFinished(false);
            return;
        }
        m_ui->statusLabel->setPalette(palette());
        m_ui->statusLabel->setText(approve ? tr("%1 can sign in now.").arg(who)
                                           : tr("Rejected the sign-up of %1.").arg(who));
        m_ui->statusLabel->show();
        m_pending->reload();
        Q_EMIT actionFinished(true);
    });
}

} // namespace LabDesk::Ui
