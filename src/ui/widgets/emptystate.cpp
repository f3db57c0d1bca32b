#include "emptystate.h"

#include "themedicon.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace LabDesk::Ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setEnabled(false); // drawn in the palette's muted text colour

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    m_body->setForegroundRole(QPalette::PlaceholderText);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));

    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->setDefault(true);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    // A column of bounded width, centred: word-wrapped labels need a definite width to wrap into.
    auto *column = new QWidget(this);
    column->setFixedWidth(fontMetrics().averageCharWidth() * 70);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(24, 0, 24, 0);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_body);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_action, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setIconName(const QString &name)
{
    m_iconName = name;
    updateIcon();
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setBody(const QString &body)
{
    m_body->setText(body);
}

void EmptyState::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::body() const
{
    return m_body->text();
}

QString EmptyState::actionText() const
{
    return m_action->isVisibleTo(this) ? m_action->text() : QString();
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void EmptyState::updateIcon()
{
    // The engine reads the palette when it renders; a new pixmap picks up a palette change.
    const int size = fontMetrics().height() * 4;
    m_icon->setPixmap(themedIcon(m_iconName).pixmap(QSize(size, size), devicePixelRatioF(), QIcon::Disabled));
}

} // namespace LabDesk::Ui
