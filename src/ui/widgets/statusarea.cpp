#include "statusarea.h"

#include "core/app/backgroundtasks.h"
#include "themedicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace LabDesk::Ui {

StatusArea::StatusArea(BackgroundTasks *tasks, QWidget *parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancel->setIcon(themedIcon(QStringLiteral("cancel")));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_tasks->rowCount() > 0)
            m_tasks->cancel(m_tasks->index(0).data(BackgroundTasks::IdRole).toInt());
    });
    connect(m_tasks, &QAbstractItemModel::rowsInserted, this, &StatusArea::refresh);
    connect(m_tasks, &QAbstractItemModel::rowsRemoved, this, &StatusArea::refresh);
    connect(m_tasks, &QAbstractItemModel::dataChanged, this, &StatusArea::refresh);
    connect(m_tasks, &QAbstractItemModel::modelReset, this, &StatusArea::refresh);
    refresh();
}

QString StatusArea::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void StatusArea::refresh()
{
    const int count = m_tasks->rowCount();
    setVisible(count > 0);
    if (count == 0)
        return;
    const QModelIndex first = m_tasks->index(0);
    const QString title = first.data().toString();
    m_label->setText(count == 1 ? title : tr("%1 (and %n more)", nullptr, count - 1).arg(title));
    const double progress = first.data(BackgroundTasks::ProgressRole).toDouble();
    if (progress < 0) {
        m_progress->setRange(0, 0); // busy indicator
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(progress * 1000));
    }
    m_cancel->setVisible(first.data(BackgroundTasks::CancellableRole).toBool());
}

} // namespace LabDesk::Ui
