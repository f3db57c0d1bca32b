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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    Api::Request request() const override;

private:
    Source m_source;
};

} // namespace LabDesk::Models
