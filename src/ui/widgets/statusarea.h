#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace LabDesk {
class BackgroundTasks;
}

namespace LabDesk::Ui {

// The status bar's view of background work: the oldest running task with its progress and a cancel
// button, and how many more are running. Hidden when nothing runs.
class StatusArea : public QWidget
{
    Q_OBJECT

public:
    explicit StatusArea(BackgroundTasks *tasks, QWidget *parent = nullptr);

    QString text() const;

private:
    void refresh();

    BackgroundTasks *m_tasks;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace LabDesk::Ui
