#include "noticebar.h"

#include "widgets/themedicon.h"

#include <QHBoxLayout>
#include <QLabel>

namespace LabDesk::Ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_icon->setPixmap(themedIcon(QStringLiteral("demo")).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    hide();
}

void NoticeBar::setText(const QString &text)
{
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

QString NoticeBar::text() const
{
    return m_label->text();
}

} // namespace LabDesk::Ui
