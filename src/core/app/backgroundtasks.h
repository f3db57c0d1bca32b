#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QVector>

#include <functional>

namespace LabDesk {

// Background work the user should see (clones, sign-in checks, log downloads, ...), one row a task,
// for the status area. Lives on the GUI thread; workers report through queued signals to the code
// that owns the task, which updates it here. Finished tasks leave the model.
//
// Roles: Qt::DisplayRole the title; ProgressRole a double in [0, 1], or -1 when the amount of work
// is unknown; CancellableRole whether cancel() does anything; IdRole the task id.
class BackgroundTasks : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ProgressRole = Qt::UserRole + 1,
        CancellableRole,
        IdRole,
    };

    explicit BackgroundTasks(QObject *parent = nullptr);

    // Starts a task; `cancel`, when given, is called once if the user cancels it.
    int start(const QString &title, std::function<void()> cancel = {});
    void setProgress(int id, qint64 done, qint64 total);
    void setTitle(int id, const QString &title);
    void finish(int id);
    void cancel(int id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void taskFinished(int id);

private:
    struct Task
    {
        int id = 0;
        QString title;
        double progress = -1;
        std::function<void()> cancel;
    };

    int rowOf(int id) const;

    QVector<Task> m_tasks;
    int m_nextId = 1;
};

} // namespace LabDesk
