#include "accountscontroller.h"

#include "signindialog.h"
#include "trustedcertificatesdialog.h"

#include "core/accounts/accountmanager.h"

#include <QMessageBox>
#include <QPushButton>

namespace LabDesk::Ui {

AccountsController::AccountsController(Accounts::AccountManager *accounts, QWidget *window)
    : QObject(window)
    , m_accounts(accounts)
    , m_window(window)
{
    connect(m_accounts, &Accounts::AccountManager::tokenRejected, this, &AccountsController::onTokenRejected);
    connect(m_accounts, &Accounts::AccountManager::activationFailed, this, &AccountsController::onActivationFailed);
}

SignInDialog *AccountsController::signInDialog() const
{
    return m_dialog;
}

void AccountsController::showSignIn()
{
    showSignInFor(QString());
}

void AccountsController::showSignInFor(const QString &server)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new SignInDialog(m_accounts, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!server.isEmpty())
        m_dialog->setServer(server);
    m_dialog->open();
}

void AccountsController::showTrustedCertificates()
{
    auto *dialog = new TrustedCertificatesDialog(m_accounts->trust(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountsController::onTokenRejected(const Accounts::Account &account)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Token Rejected"),
                                tr("%1 rejected the access token of %2: it may have been revoked or have expired.")
                                    .arg(account.server.host(), account.displayName()),
                                QMessageBox::Cancel, m_window);
    box->setInformativeText(tr("Sign in again with a new token to go on working with this server."));
    QPushButton *again = box->addButton(tr("Sign In Again…"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString server = account.server.toString();
    connect(again, &QPushButton::clicked, this, [this, server] { showSignInFor(server); });
    box->open();
}

void AccountsController::onActivationFailed(const Accounts::Account &account, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Use Account"), message, QMessageBox::Cancel, m_window);
    QPushButton *again = box->addButton(tr("Sign In Again…"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString server = account.server.toString();
    connect(again, &QPushButton::clicked, this, [this, server] { showSignInFor(server); });
    box->open();
}

} // namespace LabDesk::Ui
