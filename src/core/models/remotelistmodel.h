#pragma once

#include "core/api/apierror.h"
#include "core/api/request.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace LabDesk::Api {
class GitLabClient;
class PagedCall;
} // namespace LabDesk::Api

namespace LabDesk::Models {

// A table of JSON objects fetched (all pages) with one request: the common part of the members,
// access requests and pending users models. Subclasses give the request, may drop items
// (accept()), and present them (data(), headerData()). GUI thread; the client is not owned.
class RemoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RemoteListModel(QObject *parent = nullptr);
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

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const LabDesk::Api::ApiError &error);

protected:
    virtual Api::Request request() const = 0;
    virtual bool accept(const QJsonObject &item) const;
    // Called once all pages are in, before loaded(); may call deferFinish() and finish later with finishLoading().
    virtual void allReceived();
    void setItems(const QList<QJsonObject> &items);
    void finishLoading(const Api::ApiError &error);
    const QList<QJsonObject> &items() const { return m_items; }

private:
    void setLoading(bool loading);

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
