#include "loadstate.h"

#include "widgets/themedicon.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace LabDesk::Ui {

LoadState::LoadState(QWidget *content, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_content(content)
    , m_message(new QWidget(this))
    , m_icon(new QLabel(m_message))
    , m_text(new QLabel(m_message))
    , m_progress(new QProgressBar(m_message))
    , m_retry(new QPushButton(tr("Retry"), m_message))
{
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(content);
    m_stack->addWidget(m_message);

    m_icon->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("loadStateText"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setMaximumHeight(6);
    m_retry->setObjectName(QStringLiteral("loadStateRetry"));
    m_retry->setIcon(themedIcon(QStringLiteral("pipelines")));
    connect(m_retry, &QPushButton::clicked, this, &LoadState::retryRequested);

    auto *layout = new QVBoxLayout(m_message);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    showContent();
}

void LoadState::showContent()
{
    m_state = State::Content;
    m_stack->setCurrentWidget(m_content);
}

void LoadState::showLoading(const QString &text)
{
    showMessage(State::Loading, text);
}

void LoadState::showEmpty(const QString &text)
{
    showMessage(State::Empty, text);
}

void LoadState::showError(const QString &message)
{
    showMessage(State::Error, message);
}

void LoadState::showMessage(State state, const QString &text)
{
    m_state = state;
    m_text->setText(text);
    m_text->setForegroundRole(state == State::Empty ? QPalette::PlaceholderText : QPalette::WindowText);
    m_progress->setVisible(state == State::Loading);
    m_retry->setVisible(state == State::Error);
    const QString iconName = state == State::Error ? QStringLiteral("check-fail")
        : state == State::Empty                    ? QStringLiteral("projects")
                                                   : QString();
    m_icon->setVisible(!iconName.isEmpty());
    if (!iconName.isEmpty())
        m_icon->setPixmap(themedIcon(iconName).pixmap(32, 32));
    m_stack->setCurrentWidget(m_message);
}

LoadState::State LoadState::state() const
{
    return m_state;
}

QString LoadState::text() const
{
    return m_state == State::Content ? QString() : m_text->text();
}

QPushButton *LoadState::retryButton() const
{
    return m_retry;
}

} // namespace LabDesk::Ui
