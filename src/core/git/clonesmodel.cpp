#include "clonesmodel.h"

#include "remoteauth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSettings>
#include <QThreadPool>
#include <QUrl>

#include <git2.h>

namespace LabDesk::Git {

// Status reads post their result through this; the model detaches it when it is destroyed, so a
// read that finishes later reaches nothing.
struct ClonesModel::Relay
{
    QMutex mutex;
    ClonesModel *model = nullptr;
};

namespace {

QString normalized(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    const QString canonical = QFileInfo(clean).canonicalFilePath();
    return canonical.isEmpty() ? clean : canonical;
}

} // namespace

ClonesModel::ClonesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->model = this;
    load();
}

ClonesModel::~ClonesModel()
{
    QMutexLocker lock(&m_relay->mutex);
    m_relay->model = nullptr;
}

int ClonesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClonesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClonesModel::displayText(const Row &row, int column) const
{
    const RepositoryStatus &status = row.status;
    const bool missing = row.statusKnown && (!status.exists || !status.isRepository);
    switch (column) {
    case ProjectColumn:
        return row.entry.project.isEmpty() ? QFileInfo(row.entry.path).fileName() : row.entry.project;
    case PathColumn:
        return QDir::toNativeSeparators(row.entry.path);
    case BranchColumn:
        if (!row.statusKnown)
            return tr("…");
        if (!status.exists)
            return tr("Folder not found");
        if (!status.isRepository)
            return tr("Not a Git repository");
        return status.detached ? tr("detached at %1").arg(status.branch) : status.branch;
    case SyncColumn:
        if (!row.statusKnown || missing)
            return {};
        if (!status.hasUpstream)
            return tr("no upstream");
        if (status.ahead == 0 && status.behind == 0)
            return tr("up to date");
        return tr("↑%1 ↓%2").arg(status.ahead).arg(status.behind);
    case ChangesColumn:
        if (!row.statusKnown || missing)
            return {};
        return status.changedFiles == 0 ? tr("clean") : tr("%n changed", nullptr, status.changedFiles);
    default:
        return {};
    }
}

QVariant ClonesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (row.statusKnown && !row.status.exists)
            return tr("%1 no longer exists. Remove it from the list, or restore the folder.").arg(row.entry.path);
        if (index.column() == SyncColumn && row.status.hasUpstream)
            return tr("%1 commit(s) ahead of and %2 behind %3")
                .arg(row.status.ahead)
                .arg(row.status.behind)
                .arg(row.status.upstream);
        return row.entry.url.isEmpty() ? row.entry.path : row.entry.url;
    case PathRole:
        return row.entry.path;
    case ProjectRole:
        return row.entry.project;
    case UrlRole:
        return row.entry.url;
    case ProtocolRole:
        return row.entry.protocol;
    case KeyPathRole:
        return row.entry.keyPath;
    case BranchRole:
        return row.status.branch;
    case AheadRole:
        return row.status.ahead;
    case BehindRole:
        return row.status.behind;
    case HasUpstreamRole:
        return row.status.hasUpstream;
    case ChangedFilesRole:
        return row.status.changedFiles;
    case MissingRole:
        return row.statusKnown && (!row.status.exists || !row.status.isRepository);
    case StatusKnownRole:
        return row.statusKnown;
    default:
        return {};
    }
}

QVariant ClonesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case PathColumn:
        return tr("Folder");
    case BranchColumn:
        return tr("Branch");
    case SyncColumn:
        return tr("Ahead/behind");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

QHash<int, QByteArray> ClonesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(ProjectRole, "project");
    names.insert(UrlRole, "url");
    names.insert(ProtocolRole, "protocol");
    names.insert(KeyPathRole, "keyPath");
    names.insert(BranchRole, "branch");
    names.insert(AheadRole, "ahead");
    names.insert(BehindRole, "behind");
    names.insert(HasUpstreamRole, "hasUpstream");
    names.insert(ChangedFilesRole, "changedFiles");
    names.insert(MissingRole, "missing");
    names.insert(StatusKnownRole, "statusKnown");
    return names;
}

QList<CloneEntry> ClonesModel::entries() const
{
    QList<CloneEntry> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result.append(row.entry);
    return result;
}

CloneEntry ClonesModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry : CloneEntry();
}

RepositoryStatus ClonesModel::status(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : RepositoryStatus();
}

int ClonesModel::rowOfPath(const QString &path) const
{
    const QString wanted = normalized(path);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.path == wanted || normalized(m_rows.at(i).entry.path) == wanted)
            return i;
    }
    return -1;
}

void ClonesModel::addClone(const CloneEntry &entry)
{
    CloneEntry clean = entry;
    clean.path = normalized(entry.path);
    if (!clean.added.isValid())
        clean.added = QDateTime::currentDateTimeUtc();
    const RemoteAddress address = RemoteAddress::parse(clean.url);
    if (address.isValid)
        clean.url = address.url; // never a password typed into the URL
    if (clean.project.isEmpty())
        clean.project = projectFromUrl(clean.url);
    const int existing = rowOfPath(clean.path);
    if (existing >= 0) {
        m_rows[existing].entry = clean;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    } else {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(Row {clean, {}, false});
        endInsertRows();
    }
    save();
    refresh(clean.path);
}

bool ClonesModel::addExistingFolder(const QString &path, QString *error)
{
    git_buf root = GIT_BUF_INIT;
    if (git_repository_discover(&root, QFile::encodeName(path).constData(), 0, nullptr) != 0) {
        if (error)
            *error = tr("%1 is not inside a Git working copy.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString gitDir = QFile::decodeName(QByteArray(root.ptr, qsizetype(root.size)));
    git_buf_dispose(&root);
    // discover() answers the .git folder; the working copy is its parent.
    QString workTree = QDir::cleanPath(gitDir);
    if (workTree.endsWith(QLatin1String("/.git")))
        workTree.chop(5);
    if (rowOfPath(workTree) >= 0) {
        if (error)
            *error = tr("%1 is already in the list.").arg(QDir::toNativeSeparators(workTree));
        return false;
    }
    const RepositoryStatus status = RepositoryStatus::read(workTree);
    CloneEntry entry;
    entry.path = workTree;
    entry.url = status.originUrl;
    entry.project = projectFromUrl(status.originUrl);
    const RemoteAddress address = RemoteAddress::parse(status.originUrl);
    entry.protocol = address.isSsh ? QStringLiteral("ssh") : QStringLiteral("https");
    addClone(entry);
    return true;
}

void ClonesModel::removeClone(const QString &path)
{
    const int row = rowOfPath(path);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    save();
}

void ClonesModel::refresh(const QString &path)
{
    if (rowOfPath(path) < 0)
        return;
    if (m_pending++ == 0)
        Q_EMIT refreshingChanged(true);
    QThreadPool::globalInstance()->start([relay = m_relay, path] {
        const RepositoryStatus status = RepositoryStatus::read(path);
        QMutexLocker lock(&relay->mutex);
        if (ClonesModel *model = relay->model)
            QMetaObject::invokeMethod(
                model, [model, path, status] { model->applyStatus(path, status); }, Qt::QueuedConnection);
    });
}

void ClonesModel::refreshAll()
{
    for (const Row &row : std::as_const(m_rows))
        refresh(row.entry.path);
}

bool ClonesModel::isRefreshing() const
{
    return m_pending > 0;
}

void ClonesModel::applyStatus(const QString &path, const RepositoryStatus &status)
{
    const int row = rowOfPath(path);
    if (row >= 0) {
        m_rows[row].status = status;
        m_rows[row].statusKnown = true;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (--m_pending == 0)
        Q_EMIT refreshingChanged(false);
}

QString ClonesModel::projectFromUrl(const QString &url)
{
    const RemoteAddress address = RemoteAddress::parse(url);
    if (!address.isValid)
        return {};
    QString path;
    if (url.contains(QLatin1String("://")))
        path = QUrl(url).path();
    else
        path = url.section(QLatin1Char(':'), 1);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

void ClonesModel::load()
{
    QSettings settings;
    const int count = settings.beginReadArray(QStringLiteral("clones/entries"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        CloneEntry entry;
        entry.path = settings.value(QStringLiteral("path")).toString();
        entry.project = settings.value(QStringLiteral("project")).toString();
        entry.url = settings.value(QStringLiteral("url")).toString();
        entry.protocol = settings.value(QStringLiteral("protocol")).toString();
        entry.keyPath = settings.value(QStringLiteral("keyPath")).toString();
        entry.added = settings.value(QStringLiteral("added")).toDateTime();
        if (!entry.path.isEmpty())
            m_rows.append(Row {entry, {}, false});
    }
    settings.endArray();
}

void ClonesModel::save() const
{
    QSettings settings;
    settings.remove(QStringLiteral("clones/entries"));
    settings.beginWriteArray(QStringLiteral("clones/entries"), int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const CloneEntry &entry = m_rows.at(i).entry;
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("path"), entry.path);
        settings.setValue(QStringLiteral("project"), entry.project);
        settings.setValue(QStringLiteral("url"), entry.url);
        settings.setValue(QStringLiteral("protocol"), entry.protocol);
        settings.setValue(QStringLiteral("keyPath"), entry.keyPath);
        settings.setValue(QStringLiteral("added"), entry.added);
    }
    settings.endArray();
}

} // namespace LabDesk::Git
