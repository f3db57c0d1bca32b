#include "accessrequestsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace LabDesk::Models {

AccessRequestsModel::AccessRequestsModel(QObject *parent)
    : RemoteListModel(parent)
{ }

void AccessRequestsModel::setSource(const Source &source)
{
    m_source = source;
    reload();
}

Source AccessRequestsModel::source() const
{
    return m_source;
}

Api::Request AccessRequestsModel::request() const
{
    return m_source.isValid() ? Requests::accessRequests(m_source) : Api::Request();
}

int AccessRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject pending = item(index.row());
    const QDateTime requested
        = QDateTime::fromString(pending.value(QLatin1String("requested_at")).toString(), Qt::ISODateWithMs);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return pending.value(QLatin1String("name")).toString();
        case UsernameColumn:
            return QString(QLatin1Char('@') + pending.value(QLatin1String("username")).toString());
        case RequestedColumn:
            return requested.isValid() ? QLocale().toString(requested.toLocalTime(), QLocale::ShortFormat) : QString();
        default:
            return {};
        }
    case UserIdRole:
        return pending.value(QLatin1String("id")).toInt();
    case UsernameRole:
        return pending.value(QLatin1String("username")).toString();
    case RequestedAtRole:
        return requested;
    case AvatarUrlRole:
        return pending.value(QLatin1String("avatar_url")).toString();
    default:
        return {};
    }
}

QVariant AccessRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteListModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case RequestedColumn:
        return tr("Requested");
    default:
        return {};
    }
}

QHash<int, QByteArray> AccessRequestsModel::roleNames() const
{
    QHash<int, QByteArray> roles = RemoteListModel::roleNames();
    roles.insert(UserIdRole, "userId");
    roles.insert(UsernameRole, "username");
    roles.insert(RequestedAtRole, "requestedAt");
    roles.insert(AvatarUrlRole, "avatarUrl");
    return roles;
}

} // namespace LabDesk::Models
