#pragma once

#include "projectrequests.h"
#include "remotelistmodel.h"

#include <QSet>

namespace LabDesk::Models {

// The members of a group or project: direct ones and those inherited from groups above
// (/members/all), each with its access level's name and expiry. GUI thread.
class MembersModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsernameColumn,
        AccessLevelColumn,
        MembershipColumn,
        ExpiresColumn,
        ColumnCount,
    };

    enum Role {
        UserIdRole = Qt::UserRole + 1, // int
        UsernameRole,
        AccessLevelRole, // int (AccessLevels::Level)
        DirectRole, // bool: a member of this source itself, not through a group above
        ExpiresAtRole, // QDate; invalid: never
        AvatarUrlRole,
        WebUrlRole,
    };

    explicit MembersModel(QObject *parent = nullptr);

    void setSource(const Source &source);
    Source source() const;
    // The user's effective level here (0 when not a member).
    int accessLevelOf(int userId) const;
    bool isDirectMember(int userId) const;

protected:
    Api::Request request() const override;
    QVariant itemData(const QJsonObject &item, int column, int role) const override;
    QString columnTitle(int section) const override;
    void allReceived() override;

private:
    Source m_source;
    QSet<int> m_direct;
    quint64 m_generation = 0;
};

} // namespace LabDesk::Models
