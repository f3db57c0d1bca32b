#include "pendingusersmodel.h"

#include "projectrequests.h"

#include <QDateTime>
#include <QLocale>

namespace LabDesk::Models {

PendingUsersModel::PendingUsersModel(QObject *parent)
    : RemoteListModel(parent)
{ }

Api::Request PendingUsersModel::request() const
{
    return Requests::blockedUsers();
}

bool PendingUsersModel::accept(const QJsonObject &item) const
{
    return item.value(QLatin1String("state")).toString() == QLatin1String("blocked_pending_approval");
}

int PendingUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject user = item(index.row());
    const QDateTime created
        = QDateTime::fromString(user.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user.value(QLatin1String("name")).toString();
        case UsernameColumn:
            return QString(QLatin1Char('@') + user.value(QLatin1String("username")).toString());
        case EmailColumn:
            return user.value(QLatin1String("email")).toString();
        case CreatedColumn:
            return created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) : QString();
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

QVariant PendingUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteListModel::headerData(section, orientation, role);
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

QHash<int, QByteArray> PendingUsersModel::roleNames() const
{
    QHash<int, QByteArray> roles = RemoteListModel::roleNames();
    roles.insert(UserIdRole, "userId");
    roles.insert(UsernameRole, "username");
    roles.insert(EmailRole, "email");
    roles.insert(CreatedAtRole, "createdAt");
    roles.insert(AvatarUrlRole, "avatarUrl");
    return roles;
}

} // namespace LabDesk::Models
