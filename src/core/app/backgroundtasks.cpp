#include "backgroundtasks.h"

namespace LabDesk {

BackgroundTasks::BackgroundTasks(QObject *parent)
    : QAbstractListModel(parent)
{
}

int BackgroundTasks::start(const QString &title, std::function<void()> cancel)
{
    const int row = int(m_tasks.size());
    beginInsertRows({}, row, row);
    m_tasks.push_back({m_nextId, title, -1, std::move(cancel)});
    endInsertRows();
    return m_nextId++;
}

void BackgroundTasks::setProgress(int id, qint64 done, qint64 total)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_tasks[row].progress = total > 0 ? qBound(0.0, double(done) / double(total), 1.0) : -1.0;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {ProgressRole});
}

void BackgroundTasks::setTitle(int id, const QString &title)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_tasks[row].title = title;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {Qt::DisplayRole});
}

void BackgroundTasks::finish(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_tasks.removeAt(row);
    endRemoveRows();
    Q_EMIT taskFinished(id);
}

void BackgroundTasks::cancel(int id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_tasks[row].cancel)
        return;
    // Take the callback first: it may finish the task, which removes the row.
    auto callback = std::exchange(m_tasks[row].cancel, {});
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {CancellableRole});
    callback();
}

int BackgroundTasks::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

QVariant BackgroundTasks::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &t = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return t.title;
    case ProgressRole:
        return t.progress;
    case CancellableRole:
        return bool(t.cancel);
    case IdRole:
        return t.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> BackgroundTasks::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ProgressRole, "progress");
    names.insert(CancellableRole, "cancellable");
    names.insert(IdRole, "taskId");
    return names;
}

int BackgroundTasks::rowOf(int id) const
{
    for (int i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace LabDesk
