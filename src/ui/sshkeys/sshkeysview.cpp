#include "sshkeysview.h"

#include "addkeydialog.h"
#include "keysetupwizard.h"
#include "sshkeysmodel.h"

#include "core/accounts/accountmanager.h"
#include "core/api/gitlabclient.h"
#include "shell/featurepage.h"
#include "widgets/emptystate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace LabDesk::Ui {

SshKeysView::SshKeysView(const Context &context, FeaturePage *page)
    : QWidget(page)
    , m_context(context)
    , m_page(page)
    , m_model(new SshKeysModel(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeView(m_stack))
    , m_loading(new QLabel(tr("Loading your SSH keys…"), m_stack))
    , m_empty(new EmptyState(m_stack))
    , m_error(new EmptyState(m_stack))
    , m_wizardButton(new QPushButton(tr("Set Up SSH Key…"), this))
    , m_addButton(new QPushButton(tr("Add Existing Key…"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_wizardButton);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);
    m_wizardButton->setDefault(true);
    m_wizardButton->setToolTip(tr("Generate a key, upload it, configure SSH and test the connection"));
    m_addButton->setToolTip(tr("Upload a public key you already have"));

    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SshKeysModel::TitleColumn, QHeaderView::Stretch);

    m_loading->setAlignment(Qt::AlignCenter);
    m_empty->setIconName(QStringLiteral("ssh-keys"));
    m_empty->setTitle(tr("No SSH keys yet"));
    m_empty->setBody(tr("With an SSH key you clone and push without typing a password. The setup wizard "
                        "creates one, adds it to GitLab and checks that it works."));
    m_empty->setActionText(tr("Set Up SSH Key…"));
    m_error->setIconName(QStringLiteral("check-fail"));
    m_error->setTitle(tr("Cannot load your SSH keys"));
    m_error->setActionText(tr("Retry"));

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(m_wizardButton, &QPushButton::clicked, this, &SshKeysView::startWizard);
    connect(m_addButton, &QPushButton::clicked, this, &SshKeysView::addKey);
    connect(m_deleteButton, &QPushButton::clicked, this, &SshKeysView::deleteSelectedKey);
    connect(m_refreshButton, &QPushButton::clicked, this, &SshKeysView::reload);
    connect(m_empty, &EmptyState::actionTriggered, this, &SshKeysView::startWizard);
    connect(m_error, &EmptyState::actionTriggered, this, &SshKeysView::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SshKeysView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SshKeysView::updateButtons);
    if (m_context.accounts) {
        connect(m_context.accounts, &Accounts::AccountManager::activeAccountChanged, this, &SshKeysView::reload);
        if (m_context.accounts->client() && m_context.accounts->client()->hasToken())
            reload();
    }
    updateButtons();
}

SshKeysModel *SshKeysView::model() const
{
    return m_model;
}

void SshKeysView::setState(State state, const QString &message)
{
    switch (state) {
    case State::Loading:
        m_stack->setCurrentWidget(m_loading);
        break;
    case State::Empty:
        m_stack->setCurrentWidget(m_empty);
        break;
    case State::Error:
        m_error->setBody(message);
        m_stack->setCurrentWidget(m_error);
        break;
    case State::List:
        m_stack->setCurrentWidget(m_list);
        break;
    }
    if (m_page)
        m_page->setLoading(state == State::Loading);
    updateButtons();
}

void SshKeysView::updateButtons()
{
    const bool signedIn
        = m_context.accounts && m_context.accounts->client() && m_context.accounts->client()->hasToken();
    const bool loading = m_stack->currentWidget() == m_loading;
    m_wizardButton->setEnabled(signedIn);
    m_addButton->setEnabled(signedIn);
    m_refreshButton->setEnabled(signedIn && !loading);
    m_deleteButton->setEnabled(signedIn && !loading && m_stack->currentWidget() == m_list
                               && m_list->selectionModel()->hasSelection());
}

void SshKeysView::reload()
{
    if (m_call)
        m_call->cancel();
    Api::GitLabClient *client = m_context.accounts ? m_context.accounts->client() : nullptr;
    if (!client || !client->hasToken()) {
        m_model->setKeys({});
        setState(State::Empty);
        return;
    }
    setState(State::Loading);
    auto keys = std::make_shared<QList<Ssh::SshKeyRecord>>();
    m_call = client->fetchAll(Api::Request::get(QStringLiteral("/user/keys")));
    connect(m_call, &Api::PagedCall::pageReceived, this, [keys](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            keys->append(Ssh::SshKeyRecord::fromJson(item.toObject()));
    });
    connect(m_call, &Api::PagedCall::finished, this, [this, keys](const Api::ApiError &error) {
        if (error.kind == Api::ApiError::Kind::Cancelled)
            return;
        if (error.isError()) {
            setState(State::Error, error.userMessage());
            return;
        }
        m_model->setKeys(*keys);
        setState(keys->isEmpty() ? State::Empty : State::List);
    });
}

void SshKeysView::addKey()
{
    Api::GitLabClient *client = m_context.accounts ? m_context.accounts->client() : nullptr;
    if (!client)
        return;
    auto *dialog = new AddKeyDialog(client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SshKeysView::reload);
    dialog->open();
}

void SshKeysView::startWizard()
{
    Api::GitLabClient *client = m_context.accounts ? m_context.accounts->client() : nullptr;
    if (!client)
        return;
    auto *wizard = new KeySetupWizard(client, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, &SshKeysView::reload);
    wizard->open();
}

void SshKeysView::deleteSelectedKey()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    Api::GitLabClient *client = m_context.accounts ? m_context.accounts->client() : nullptr;
    if (rows.isEmpty() || !client)
        return;
    const Ssh::SshKeyRecord key = m_model->keys().at(rows.first().row());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete SSH Key"),
                                tr("Delete the key \"%1\" (%2) from your GitLab account?\n\nGit over SSH with this key "
                                   "stops working on every computer that uses it.")
                                    .arg(key.title, key.key.sha256Fingerprint()),
                                QMessageBox::Cancel, this);
    QPushButton *remove = box->addButton(tr("Delete Key"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, key, client] {
        if (box->clickedButton() != remove)
            return;
        m_deleteButton->setEnabled(false);
        Api::Call *call = client->send(Api::Request::remove(QStringLiteral("/user/keys/%1").arg(key.id)));
        connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
            if (response.error.isError() && !response.error.isNotFound()) {
                QMessageBox::warning(this, tr("Delete SSH Key"),
                                     tr("GitLab did not delete the key: %1").arg(response.error.userMessage()));
            }
            reload();
        });
    });
    box->open();
}

QWidget *SshKeysView::openDialogForScreenshot(const QString &name)
{
    Api::GitLabClient *client = m_context.accounts ? m_context.accounts->client() : nullptr;
    if (!client)
        return nullptr;
    if (name == QLatin1String("add-key")) {
        auto *dialog = new AddKeyDialog(client, this);
        dialog->show();
        return dialog;
    }
    if (name.startsWith(QLatin1String("key-setup"))) {
        auto *wizard = new KeySetupWizard(client, this);
        wizard->show();
        const int page = name.section(QLatin1Char(':'), 1, 1).toInt();
        wizard->showPageForScreenshot(page);
        return wizard;
    }
    return nullptr;
}

} // namespace LabDesk::Ui
