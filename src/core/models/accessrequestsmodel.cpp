#include "accessrequestsmodel.h"

namespace LabDesk::Models {

AccessRequestsModel::AccessRequestsModel(QObject *parent)
    : RemoteListModel(ColumnCount,
                      {
                          {UserIdRole, "userId"},
                          {UsernameRole, "username"},
                          {RequestedAtRole, "requestedAt"},
                          {AvatarUrlRole, "avatarUrl"},
                      },
                      parent)
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

QVariant AccessRequestsModel::itemData(const QJsonObject &pending, int column, int role) const
{
    const QDateTime requested = timestamp(pending, QLatin1String("requested_at"));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return pending.value(QLatin1String("name")).toString();
        case UsernameColumn:
            return atUsername(pending);
        case RequestedColumn:
            return shortText(requested);
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

QString AccessRequestsModel::columnTitle(int section) const
{
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

} // namespace LabDesk::Models
