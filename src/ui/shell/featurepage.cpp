#include "featurepage.h"

#include "widgets/emptystate.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace LabDesk::Ui {

FeaturePage::FeaturePage(const QString &name, const QString &iconName, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_iconName(iconName)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(m_stack))
{
    setObjectName(name);
    m_empty->setIconName(iconName);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] { Q_EMIT firstStepRequested(m_firstStep); });
}

QString FeaturePage::name() const
{
    return m_name;
}

QString FeaturePage::iconName() const
{
    return m_iconName;
}

QString FeaturePage::title() const
{
    return m_title;
}

void FeaturePage::setTitle(const QString &title)
{
    m_title = title;
}

EmptyState *FeaturePage::emptyState() const
{
    return m_empty;
}

void FeaturePage::setFirstStep(FirstStep step)
{
    m_firstStep = step;
}

void FeaturePage::setSignedOutText(const QString &title, const QString &body, const QString &action)
{
    m_signedOutTitle = title;
    m_signedOutBody = body;
    m_signedOutAction = action;
    setAccount(QString(), false);
}

void FeaturePage::setAccount(const QString &who, bool isAdmin)
{
    const bool needsSignIn = who.isEmpty() || (m_firstStep == FirstStep::SignInAsAdmin && !isAdmin);
    m_firstStepMet = !needsSignIn;
    if (m_content) {
        if (m_firstStepMet || !m_contentNeedsAccount) {
            m_stack->setCurrentWidget(m_content);
            return;
        }
        m_stack->setCurrentWidget(m_empty);
    }
    if (needsSignIn) {
        m_empty->setTitle(m_signedOutTitle);
        m_empty->setBody(m_signedOutBody);
        m_empty->setActionText(m_signedOutAction);
        return;
    }
    m_empty->setTitle(tr("This LabDesk does not have the %1 page yet").arg(m_title));
    m_empty->setBody(tr("You are signed in as %1. %2").arg(who, m_signedOutBody));
    m_empty->setActionText(QString());
}

void FeaturePage::setContent(QWidget *content, bool needsAccount)
{
    m_content = content;
    m_contentNeedsAccount = needsAccount;
    m_stack->addWidget(content);
    if (m_firstStepMet || !needsAccount)
        m_stack->setCurrentWidget(content);
}

QWidget *FeaturePage::content() const
{
    return m_content;
}

bool FeaturePage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool FeaturePage::isLoading() const
{
    return m_loading;
}

void FeaturePage::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace LabDesk::Ui
