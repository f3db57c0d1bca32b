#include "accountswitcher.h"

#include "widgets/themedicon.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace LabDesk::Ui {

AccountSwitcher::AccountSwitcher(QWidget *parent)
    : QToolButton(parent)
    , m_signIn(new QAction(this))
    , m_signOut(new QAction(this))
{
    setObjectName(QStringLiteral("accountSwitcher"));
    setIcon(themedIcon(QStringLiteral("account")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    m_signIn->setIcon(themedIcon(QStringLiteral("sign-in")));
    connect(m_signIn, &QAction::triggered, this, &AccountSwitcher::signInRequested);
    connect(m_signOut, &QAction::triggered, this, &AccountSwitcher::signOutRequested);

    auto *menu = new QMenu(this);
    menu->addAction(m_signIn);
    menu->addAction(m_signOut);
    setMenu(menu);
    retranslate();
}

void AccountSwitcher::setCurrentAccount(const QString &who)
{
    m_current = who;
    retranslate();
}

QString AccountSwitcher::currentAccount() const
{
    return m_current;
}

QAction *AccountSwitcher::signInAction() const
{
    return m_signIn;
}

void AccountSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void AccountSwitcher::retranslate()
{
    setText(m_current.isEmpty() ? tr("Not signed in") : m_current);
    setToolTip(m_current.isEmpty() ? tr("Sign in to a GitLab server") : tr("Signed in as %1").arg(m_current));
    m_signIn->setText(m_current.isEmpty() ? tr("Sign In…") : tr("Add Account…"));
    m_signOut->setText(tr("Sign Out"));
    m_signOut->setVisible(!m_current.isEmpty());
}

} // namespace LabDesk::Ui
