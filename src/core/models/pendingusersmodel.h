#pragma once

#include "remotelistmodel.h"

namespace LabDesk::Models {

// Sign-ups waiting for an administrator's approval: users in state "blocked_pending_approval"
// (GET /users?blocked=true, administrators only). GUI thread.
class PendingUsersModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsernameColumn,
        EmailColumn,
        CreatedColumn,
        ColumnCount,
    };

    enum Role {
        UserIdRole = Qt::UserRole + 1, // int
        UsernameRole,
        EmailRole,
        CreatedAtRole, // QDateTime
        AvatarUrlRole,
    };

    explicit PendingUsersModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    Api::Request request() const override;
    bool accept(const QJsonObject &item) const override;
};

} // namespace LabDesk::Models
