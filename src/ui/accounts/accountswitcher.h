#pragma once

#include <QToolButton>

class QAction;

namespace LabDesk::Accounts {
class AccountManager;
struct Account;
} // namespace LabDesk::Accounts

namespace LabDesk::Ui {

// The toolbar's account button: shows who is signed in where; its menu switches between the
// accounts, adds one, signs out of the active one and opens the trusted certificates.
class AccountSwitcher : public QToolButton
{
    Q_OBJECT

public:
    explicit AccountSwitcher(Accounts::AccountManager *accounts, QWidget *parent = nullptr);

    QAction *signInAction() const;
    QAction *trustedCertificatesAction() const;

Q_SIGNALS:
    void signInRequested();
    void trustedCertificatesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Accounts::AccountManager *m_accounts;
    QAction *m_signIn;
    QAction *m_trusted;
};

} // namespace LabDesk::Ui
