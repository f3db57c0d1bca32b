#pragma once

#include "core/ssh/sshkeyrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace LabDesk::Ui {

// The keys of the signed-in user, one row a key. Columns: Title, Type, Fingerprint, Usage,
// Created, Expires. Roles: Qt::DisplayRole text; Qt::DecorationRole on Expires a warning icon
// for keys expiring within 14 days and an error icon for expired ones; Qt::ToolTipRole the
// whole public key on Title and Fingerprint; IdRole the GitLab key id; ExpiryRole the
// SshKeyRecord::Expiry as an int.
class SshKeysModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        TypeColumn,
        FingerprintColumn,
        UsageColumn,
        CreatedColumn,
        ExpiresColumn,
        ColumnCount,
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ExpiryRole,
    };

    explicit SshKeysModel(QObject *parent = nullptr);

    void setKeys(const QList<Ssh::SshKeyRecord> &keys);
    const QList<Ssh::SshKeyRecord> &keys() const;
    // The time expiry is measured against (tests fix it).
    void setNow(const QDateTime &now);

    static QString usageText(const QString &usageType);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Ssh::SshKeyRecord> m_keys;
    QDateTime m_now;
};

} // namespace LabDesk::Ui
