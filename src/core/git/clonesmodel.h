#pragma once

#include "repositorystatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace LabDesk::Git {

// One local clone on the Clones page: what LabDesk cloned, or a folder the user added. Everything
// here may be written to settings (no credentials).
struct CloneEntry
{
    QString path; // the working copy's folder
    QString project; // "group/project" (from the clone, or derived from origin's URL)
    QString url; // origin's URL as saved in .git/config
    QString protocol; // "https" or "ssh"
    QString keyPath; // the SSH key chosen for this clone (empty: the agent)
    QDateTime added;
};

// Every clone LabDesk knows about, persisted in QSettings under "clones/" (in the order added).
// A folder that disappeared stays in the list and is marked missing (MissingRole) until the user
// removes it. Status (branch, ahead/behind, changed files) is read with libgit2 on the global
// thread pool; refreshing() is true while any read is running. GUI thread.
//
// Columns: project, folder, branch, ahead/behind its upstream, changed files.
// Roles (any column): PathRole QString, ProjectRole QString, UrlRole QString, ProtocolRole QString,
// KeyPathRole QString, BranchRole QString, AheadRole int, BehindRole int, HasUpstreamRole bool,
// ChangedFilesRole int, MissingRole bool (the folder is gone or no repository any more),
// StatusKnownRole bool (a status read finished at least once).
class ClonesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProjectColumn,
        PathColumn,
        BranchColumn,
        SyncColumn,
        ChangesColumn,
        ColumnCount,
    };
    enum Role {
        PathRole = Qt::UserRole + 1,
        ProjectRole,
        UrlRole,
        ProtocolRole,
        KeyPathRole,
        BranchRole,
        AheadRole,
        BehindRole,
        HasUpstreamRole,
        ChangedFilesRole,
        MissingRole,
        StatusKnownRole,
    };

    explicit ClonesModel(QObject *parent = nullptr);
    ~ClonesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<CloneEntry> entries() const;
    CloneEntry entry(int row) const;
    RepositoryStatus status(int row) const;
    int rowOfPath(const QString &path) const;

    // Adds (or updates, for the same folder) a clone LabDesk made, saves and reads its status.
    void addClone(const CloneEntry &entry);
    // Adds an existing working copy (any folder inside it); false with a reason when `path` is no
    // Git working copy or already listed.
    bool addExistingFolder(const QString &path, QString *error);
    void removeClone(const QString &path);

    void refresh(const QString &path);
    void refreshAll();
    bool isRefreshing() const;

    // "group/project" from a clone URL (https://host/group/project.git, git@host:group/project.git).
    static QString projectFromUrl(const QString &url);

Q_SIGNALS:
    void refreshingChanged(bool refreshing);

private:
    struct Row
    {
        CloneEntry entry;
        RepositoryStatus status;
        bool statusKnown = false;
    };
    struct Relay;

    void load();
    void save() const;
    void applyStatus(const QString &path, const RepositoryStatus &status);
    QString displayText(const Row &row, int column) const;

    QList<Row> m_rows;
    std::shared_ptr<Relay> m_relay;
    int m_pending = 0;
};

} // namespace LabDesk::Git
