#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace LabDesk::Accounts {
class AccountManager;
struct Account;
} // namespace LabDesk::Accounts

namespace LabDesk::Ui {

class SignInDialog;

// The account flows of the main window: the sign-in dialog, asking once to sign in again when
// the server rejects a token, reporting a token the keychain no longer has, and the trusted
// certificates dialog. Dialogs are window-modal and never spin a local event loop.
class AccountsController : public QObject
{
    Q_OBJECT

public:
    AccountsController(Accounts::AccountManager *accounts, QWidget *window);

    SignInDialog *signInDialog() const; // the open one, if any

public Q_SLOTS:
    void showSignIn();
    void showSignInFor(const QString &server);
    void showTrustedCertificates();

private:
    void onTokenRejected(const Accounts::Account &account);
    void onActivationFailed(const Accounts::Account &account, const QString &message);

    Accounts::AccountManager *m_accounts;
    QWidget *m_window;
    QPointer<SignInDialog> m_dialog;
};

} // namespace LabDesk::Ui
