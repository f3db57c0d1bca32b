#include "membersmodel.h"

#include "accesslevels.h"
#include "core/api/gitlabclient.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace LabDesk::Models {

MembersModel::MembersModel(QObject *parent)
    : RemoteListModel(ColumnCount,
                      {
                          {UserIdRole, "userId"},
                          {UsernameRole, "username"},
                          {AccessLevelRole, "accessLevel"},
                          {DirectRole, "direct"},
                          {ExpiresAtRole, "expiresAt"},
                          {AvatarUrlRole, "avatarUrl"},
                          {WebUrlRole, "webUrl"},
                      },
                      parent)
{ }

void MembersModel::setSource(const Source &source)
{
    m_source = source;
    reload();
}

Source MembersModel::source() const
{
    return m_source;
}

Api::Request MembersModel::request() const
{
    return m_source.isValid() ? Requests::members(m_source, true) : Api::Request();
}

void MembersModel::allReceived()
{
    // /members/all does not say where a membership comes from; /members lists the direct ones.
    deferFinish();
    const quint64 generation = ++m_generation;
    auto direct = std::make_shared<QSet<int>>();
    Api::PagedCall *call = client()->fetchAll(Requests::members(m_source, false));
    connect(call, &Api::PagedCall::pageReceived, this, [direct](const QJsonArray &page) {
        for (const QJsonValue &value : page)
            direct->insert(value.toObject().value(QLatin1String("id")).toInt());
    });
    connect(call, &Api::PagedCall::finished, this, [this, direct, generation](const Api::ApiError &error) {
        if (generation != m_generation)
            return;
        m_direct = *direct;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        finishLoading(error);
    });
}

int MembersModel::accessLevelOf(int userId) const
{
    const int row = rowOfId(userId);
    return row < 0 ? 0 : item(row).value(QLatin1String("access_level")).toInt();
}

bool MembersModel::isDirectMember(int userId) const
{
    return m_direct.contains(userId);
}

QVariant MembersModel::itemData(const QJsonObject &member, int column, int role) const
{
    const int userId = member.value(QLatin1String("id")).toInt();
    const QDate expires = QDate::fromString(member.value(QLatin1String("expires_at")).toString().left(10), Qt::ISODate);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return member.value(QLatin1String("name")).toString();
        case UsernameColumn:
            return atUsername(member);
        case AccessLevelColumn:
            return AccessLevels::name(member.value(QLatin1String("access_level")).toInt());
        case MembershipColumn:
            return m_direct.contains(userId) ? tr("Direct") : tr("Inherited");
        case ExpiresColumn:
            return expires.isValid() ? QLocale().toString(expires, QLocale::ShortFormat) : tr("Never");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return atUsername(member);
        if (column == MembershipColumn && !m_direct.contains(userId))
            return tr("A member through a group above; change it there.");
        return {};
    case UserIdRole:
        return userId;
    case UsernameRole:
        return member.value(QLatin1String("username")).toString();
    case AccessLevelRole:
        return member.value(QLatin1String("access_level")).toInt();
    case DirectRole:
        return m_direct.contains(userId);
    case ExpiresAtRole:
        return expires;
    case AvatarUrlRole:
        return member.value(QLatin1String("avatar_url")).toString();
    case WebUrlRole:
        return member.value(QLatin1String("web_url")).toString();
    default:
        return {};
    }
}

QString MembersModel::columnTitle(int section) const
{
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case AccessLevelColumn:
        return tr("Role");
    case MembershipColumn:
        return tr("Membership");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

} // namespace LabDesk::Models
