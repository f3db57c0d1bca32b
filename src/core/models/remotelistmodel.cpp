#include "remotelistmodel.h"

#include "core/api/gitlabclient.h"

#include <QJsonArray>
#include <QLocale>

namespace LabDesk::Models {

RemoteListModel::RemoteListModel(int columns, const QHash<int, QByteArray> &roles, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columns)
    , m_roles(roles)
{ }

RemoteListModel::~RemoteListModel()
{
    // Cancelling reports finished() at once: it must not reach a half-destroyed subclass.
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void RemoteListModel::setClient(Api::GitLabClient *client)
{
    m_client = client;
}

Api::GitLabClient *RemoteListModel::client() const
{
    return m_client;
}

void RemoteListModel::reload()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    m_error = {};
    m_loaded = false;
    m_incoming.clear();
    const Api::Request r = request();
    if (!m_client || r.path.isEmpty()) {
        setItems({});
        setLoading(false);
        return;
    }
    setLoading(true);
    Api::PagedCall *call = m_client->fetchAll(r);
    m_call = call;
    connect(call, &Api::PagedCall::pageReceived, this, [this](const QJsonArray &page) {
        for (const QJsonValue &value : page) {
            const QJsonObject object = value.toObject();
            if (accept(object))
                m_incoming.append(object);
        }
    });
    connect(call, &Api::PagedCall::finished, this, [this](const Api::ApiError &error) {
        if (error.isError()) {
            m_incoming.clear();
            setItems({});
            finishLoading(error);
            return;
        }
        setItems(m_incoming);
        m_incoming.clear();
        m_waitingForSubclass = false;
        allReceived();
        if (!m_waitingForSubclass)
            finishLoading({});
    });
}

void RemoteListModel::finishLoading(const Api::ApiError &error)
{
    m_waitingForSubclass = false;
    m_error = error;
    m_loaded = true;
    // loaded() first: what it starts (the next list) is loading before anyone hears this one
    // stopped, so a page never looks idle in between.
    m_loading = false;
    if (error.isError())
        Q_EMIT errorOccurred(error);
    else
        Q_EMIT loaded();
    if (!m_loading)
        Q_EMIT loadingChanged(false);
}

bool RemoteListModel::accept(const QJsonObject &) const
{
    return true;
}

void RemoteListModel::allReceived()
{ }

void RemoteListModel::setItems(const QList<QJsonObject> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void RemoteListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool RemoteListModel::isLoading() const
{
    return m_loading;
}

bool RemoteListModel::hasLoaded() const
{
    return m_loaded;
}

Api::ApiError RemoteListModel::lastError() const
{
    return m_error;
}

QJsonObject RemoteListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row) : QJsonObject();
}

int RemoteListModel::rowOfId(int id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).value(QLatin1String("id")).toInt() == id)
            return i;
    }
    return -1;
}

int RemoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RemoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant RemoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return itemData(m_items.at(index.row()), index.column(), role);
}

QVariant RemoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

QHash<int, QByteArray> RemoteListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(m_roles);
    return roles;
}

QString RemoteListModel::atUsername(const QJsonObject &user)
{
    return QLatin1Char('@') + user.value(QLatin1String("username")).toString();
}

QDateTime RemoteListModel::timestamp(const QJsonObject &item, QLatin1String key)
{
    return QDateTime::fromString(item.value(key).toString(), Qt::ISODateWithMs);
}

QString RemoteListModel::shortText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace LabDesk::Models
