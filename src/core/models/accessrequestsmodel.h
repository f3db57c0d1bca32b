#pragma once

#include "projectrequests.h"
#include "remotelistmodel.h"

namespace LabDesk::Models {

// Who asked to join a group or project (only its maintainers and owners may list them: for
// anyone else lastError() is the server's 403). GUI thread.
class AccessRequestsModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsernameColumn,
        RequestedColumn,
        ColumnCount,
    };

    enum Role {
        UserIdRole = Qt::UserRole + 1, // int
        UsernameRole,
        RequestedAtRole, // QDateTime
        AvatarUrlRole,
    };

    explicit AccessRequestsModel(QObject *parent = nullptr);

    void setSource(const Source &source);
    Source source() const;

protected:
    Api::Request request() const override;
    QVariant itemData(const QJsonObject &item, int column, int role) const override;
    QString columnTitle(int section) const override;

private:
    Source m_source;
};

} // namespace LabDesk::Models
