#include "pendingusersmodel.h"

#include "projectrequests.h"

namespace LabDesk::Models {

PendingUsersModel::PendingUsersModel(QObject *parent)
    : RemoteListModel(ColumnCount,
                      {
                          {UserIdRole, "userId"},
                          {UsernameRole, "username"},
                          {EmailRole, "email"},
                          {CreatedAtRole, "createdAt"},
                          {AvatarUrlRole, "avatarUrl"},
                      },
                      parent)
{ }

Api::Request PendingUsersModel::request() const
{
    return Requests::blockedUsers();
}

bool PendingUsersModel::accept(const QJsonObject &item) const
{
    return item.value(QLatin1String("state")).toString() == QLatin1String("blocked_pending_approval");
}

QVariant PendingUsersModel::itemData(const QJsonObject &user, int column, int role) const
{
    const QDateTime created = timestamp(user, QLatin1String("created_at"));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return user.value(QLatin1String("name")).toString();
        case UsernameColumn:
            return atUsername(user);
        case EmailColumn:
            return user.value(QLatin1String("email")).toString();
        case CreatedColumn:
            return shortText(created);
        default:
            return {};
        }
    case UserIdRole:
        return user.value(QLatin1String("id")).toInt();
    case UsernameRole:
        return user.value(QLatin1String("username")).toString();
    case EmailRole:
        return user.value(QLatin1String("email")).toString();
    case CreatedAtRole:
        return created;
    case AvatarUrlRole:
        return user.value(QLatin1String("avatar_url")).toString();
    default:
        return {};
    }
}

QString PendingUsersModel::columnTitle(int section) const
{
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case EmailColumn:
        return tr("Email");
    case CreatedColumn:
        return tr("Signed up");
    default:
        return {};
    }
}

} // namespace LabDesk::Models
