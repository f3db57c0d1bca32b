#include "accountswitcher.h"

#include "core/accounts/accountmanager.h"
#include "widgets/themedicon.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>

namespace LabDesk::Ui {

AccountSwitcher::AccountSwitcher(Accounts::AccountManager *accounts, QWidget *parent)
    : QToolButton(parent)
    , m_accounts(accounts)
    , m_signIn(new QAction(this))
    , m_trusted(new QAction(this))
{
    setObjectName(QStringLiteral("accountSwitcher"));
    setIcon(themedIcon(QStringLiteral("account")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    m_signIn->setIcon(themedIcon(QStringLiteral("sign-in")));
    connect(m_signIn, &QAction::triggered, this, &AccountSwitcher::signInRequested);
    connect(m_trusted, &QAction::triggered, this, &AccountSwitcher::trustedCertificatesRequested);
    connect(m_accounts, &Accounts::AccountManager::accountsChanged, this, &AccountSwitcher::rebuild);
    connect(m_accounts, &Accounts::AccountManager::activeAccountChanged, this, &AccountSwitcher::rebuild);
    rebuild();
}

QAction *AccountSwitcher::signInAction() const
{
    return m_signIn;
}

QAction *AccountSwitcher::trustedCertificatesAction() const
{
    return m_trusted;
}

void AccountSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QToolButton::changeEvent(event);
}

void AccountSwitcher::rebuild()
{
    const Accounts::Account active = m_accounts->activeAccount();
    const bool signedIn = m_accounts->hasActiveAccount();
    if (!signedIn) {
        setText(tr("Not signed in"));
        setToolTip(tr("Sign in to a GitLab server"));
    } else if (active.tokenRejected) {
        setText(tr("%1 (sign in again)").arg(active.displayName()));
        setToolTip(tr("The server rejected the token of %1").arg(active.displayName()));
    } else {
        setText(active.displayName());
        setToolTip(active.sessionOnly ? tr("Signed in as %1 for this session only").arg(active.displayName())
                                      : tr("Signed in as %1").arg(active.displayName()));
    }
    m_signIn->setText(m_accounts->accounts().isEmpty() ? tr("Sign In…") : tr("Add Account…"));
    m_trusted->setText(tr("Trusted Certificates…"));

    QMenu *m = menu();
    m->clear();
    auto *group = new QActionGroup(m);
    for (const Accounts::Account &account : m_accounts->accounts()) {
        QString label = account.displayName();
        if (account.sessionOnly)
            label = tr("%1 (this session)").arg(label);
        QAction *switchTo = m->addAction(label);
        switchTo->setCheckable(true);
        switchTo->setChecked(signedIn && account.key() == active.key());
        group->addAction(switchTo);
        const QString key = account.key();
        connect(switchTo, &QAction::triggered, this, [this, key] { m_accounts->activate(key); });
    }
    if (!m_accounts->accounts().isEmpty())
        m->addSeparator();
    m->addAction(m_signIn);
    if (signedIn) {
        const QString key = active.key();
        QAction *signOut = m->addAction(tr("Sign Out of %1").arg(active.displayName()));
        connect(signOut, &QAction::triggered, this, [this, key] { m_accounts->signOut(key); });
    }
    m->addSeparator();
    m->addAction(m_trusted);
}

} // namespace LabDesk::Ui
