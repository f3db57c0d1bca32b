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

protected:
    Api::Request request() const override;
    QVariant itemData(const QJsonObject &item, int column, int role) const override;
    QString columnTitle(int section) const override;
    bool accept(const QJsonObject &item) const override;
};

} // namespace LabDesk::Models
