#pragma once

#include "core/api/apierror.h"
#include "core/api/request.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace LabDesk::Api {
class GitLabClient;
class PagedCall;
} // namespace LabDesk::Api

namespace LabDesk::Models {

// A table of JSON objects fetched (all pages) with one request: the common part of the members,
// access requests and pending users models. Subclasses give the request, their column count and
// extra role names (constructor), may drop items (accept()), and present them (itemData(),
// columnTitle()). GUI thread; the client is not owned.
class RemoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ~RemoteListModel() override;

    void setClient(Api::GitLabClient *client);
    Api::GitLabClient *client() const;
    // Fetches again; an empty request (path) just clears.
    void reload();
    bool isLoading() const;
    bool hasLoaded() const; // a fetch finished (successfully or not) since the last reload()
    Api::ApiError lastError() const;
    QJsonObject item(int row) const;
    int rowOfId(int id) const; // by the item's "id"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Helpers for the user lists: "@username", and a timestamp field parsed and shown in the
    // locale's short format (empty when missing or invalid).
    static QString atUsername(const QJsonObject &user);
    static QDateTime timestamp(const QJsonObject &item, QLatin1String key);
    static QString shortText(const QDateTime &time);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const LabDesk::Api::ApiError &error);

protected:
    // columns: the table's column count; roles: the subclass's roles, added to the standard names.
    RemoteListModel(int columns, const QHash<int, QByteArray> &roles, QObject *parent);

    virtual Api::Request request() const = 0;
    // data() for a valid index of this table, given its row's item.
    virtual QVariant itemData(const QJsonObject &item, int column, int role) const = 0;
    // The horizontal header's text; an empty string for none.
    virtual QString columnTitle(int section) const = 0;
    virtual bool accept(const QJsonObject &item) const;
    // Called once all pages are in, before loaded(); may call deferFinish() and finish later with finishLoading().
    virtual void allReceived();
    void setItems(const QList<QJsonObject> &items);
    void finishLoading(const Api::ApiError &error);
    const QList<QJsonObject> &items() const { return m_items; }

private:
    void setLoading(bool loading);

    const int m_columnCount;
    const QHash<int, QByteArray> m_roles;
    QPointer<Api::GitLabClient> m_client;
    QPointer<Api::PagedCall> m_call;
    QList<QJsonObject> m_items;
    QList<QJsonObject> m_incoming;
    bool m_loading = false;
    bool m_loaded = false;
    Api::ApiError m_error;
    bool m_waitingForSubclass = false;

protected:
    // allReceived() sets this to finish later with finishLoading().
    void deferFinish() { m_waitingForSubclass = true; }
};

} // namespace LabDesk::Models
