#include "grouptreemodel.h"

#include "core/api/gitlabclient.h"
#include "projectrequests.h"

#include <functional>
#include <QJsonObject>

namespace LabDesk::Models {

struct GroupTreeModel::Node
{
    int id = 0;
    QString name;
    QString fullPath;
    QString fullName;
    QString visibility;
    QString description;
    QString webUrl;
    QString avatarUrl;
    int parentId = 0;
    bool isAllRow = false;
    bool fetched = false; // children known
    bool fetching = false;
    QString error;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QPointer<Api::PagedCall> call;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

GroupTreeModel::GroupTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

GroupTreeModel::~GroupTreeModel()
{
    cancelTree(m_root.get());
}

void GroupTreeModel::setClient(Api::GitLabClient *client)
{
    m_client = client;
    reload();
}

void GroupTreeModel::setShowAllRow(bool show)
{
    if (m_showAll == show)
        return;
    m_showAll = show;
    reload();
}

void GroupTreeModel::cancelTree(Node *node)
{
    if (node->call) {
        node->call->disconnect(this);
        node->call->cancel();
    }
    node->fetching = false;
    for (auto &child : node->children)
        cancelTree(child.get());
}

bool GroupTreeModel::isLoading() const
{
    return m_loading;
}

Api::ApiError GroupTreeModel::lastError() const
{
    return m_error;
}

void GroupTreeModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void GroupTreeModel::reload()
{
    ++m_generation;
    beginResetModel();
    cancelTree(m_root.get());
    m_root = std::make_unique<Node>();
    if (m_showAll) {
        auto all = std::make_unique<Node>();
        all->isAllRow = true;
        all->fetched = true;
        all->parent = m_root.get();
        m_root->children.push_back(std::move(all));
    }
    endResetModel();
    m_error = {};
    if (m_client)
        load(m_root.get());
    else
        setLoading(false);
}

void GroupTreeModel::reloadChildren(int groupId)
{
    if (groupId <= 0) {
        reload();
        return;
    }
    const QModelIndex idx = indexOfGroup(groupId);
    Node *node = nodeFor(idx);
    if (!node || node == m_root.get() || node->fetching)
        return;
    if (!node->children.empty()) {
        for (auto &child : node->children)
            cancelTree(child.get()); // their calls must not land in deleted nodes
        beginRemoveRows(idx, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    load(node);
}

void GroupTreeModel::load(Node *node)
{
    if (!m_client || node->fetching)
        return;
    node->fetching = true;
    node->error.clear();
    const bool top = node == m_root.get();
    if (top)
        setLoading(true);
    else
        Q_EMIT dataChanged(indexFor(node), indexFor(node), {LoadingRole});
    Api::PagedCall *call = m_client->fetchAll(top ? Requests::topLevelGroups() : Requests::subgroups(node->id));
    node->call = call;
    const quint64 generation = m_generation;
    connect(call, &Api::PagedCall::pageReceived, this, [this, node, generation](const QJsonArray &items) {
        if (generation != m_generation)
            return;
        const QModelIndex parentIndex = indexFor(node);
        const int first = int(node->children.size());
        beginInsertRows(parentIndex, first, first + int(items.size()) - 1);
        for (const QJsonValue &value : items) {
            const QJsonObject json = value.toObject();
            auto child = std::make_unique<Node>();
            child->id = json.value(QLatin1String("id")).toInt();
            child->name = json.value(QLatin1String("name")).toString();
            child->fullPath = json.value(QLatin1String("full_path")).toString();
            child->fullName = json.value(QLatin1String("full_name")).toString();
            child->visibility = json.value(QLatin1String("visibility")).toString();
            child->description = json.value(QLatin1String("description")).toString();
            child->webUrl = json.value(QLatin1String("web_url")).toString();
            child->avatarUrl = json.value(QLatin1String("avatar_url")).toString();
            child->parentId = json.value(QLatin1String("parent_id")).toInt();
            child->parent = node;
            node->children.push_back(std::move(child));
        }
        endInsertRows();
    });
    connect(call, &Api::PagedCall::finished, this, [this, node, top, generation](const Api::ApiError &error) {
        if (generation != m_generation)
            return;
        node->fetching = false;
        node->fetched = true;
        if (top) {
            m_error = error;
            setLoading(false);
            if (error.isError())
                Q_EMIT errorOccurred(error);
            else
                Q_EMIT loaded();
        } else {
            node->error = error.isError() ? error.userMessage() : QString();
            if (error.isError())
                node->fetched = false; // expanding again retries
            const QModelIndex idx = indexFor(node);
            Q_EMIT dataChanged(idx, idx, {LoadingRole, Qt::ToolTipRole});
            if (node->children.empty()) {
                // hasChildren() changes from "maybe" to "no": tell the view.
                Q_EMIT layoutAboutToBeChanged({QPersistentModelIndex(idx.parent())});
                Q_EMIT layoutChanged({QPersistentModelIndex(idx.parent())});
            }
        }
    });
}

GroupTreeModel::Node *GroupTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex GroupTreeModel::indexFor(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, node);
}

QModelIndex GroupTreeModel::indexOfGroup(int groupId) const
{
    std::function<Node *(Node *)> find = [&](Node *node) -> Node * {
        if (node != m_root.get() && node->id == groupId && !node->isAllRow)
            return node;
        for (auto &child : node->children) {
            if (Node *found = find(child.get()))
                return found;
        }
        return nullptr;
    };
    return indexFor(find(m_root.get()));
}

QModelIndex GroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    Node *node = nodeFor(parent);
    if (!node || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex GroupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = static_cast<Node *>(child.internalPointer());
    return indexFor(node->parent);
}

int GroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *node = nodeFor(parent);
    return node ? int(node->children.size()) : 0;
}

int GroupTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool GroupTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    Node *node = nodeFor(parent);
    if (!node)
        return false;
    if (!node->children.empty())
        return true;
    // Unknown until fetched: GitLab's group JSON does not say whether there are subgroups.
    return node != m_root.get() && !node->isAllRow && !node->fetched;
}

bool GroupTreeModel::canFetchMore(const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    return node && node != m_root.get() && !node->isAllRow && !node->fetched && !node->fetching && m_client;
}

void GroupTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    load(nodeFor(parent));
}

QVariant GroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = static_cast<Node *>(index.internalPointer());
    if (node->isAllRow) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All projects");
        case Qt::ToolTipRole:
            return tr("Every project you can see on this server");
        case GroupIdRole:
        case ParentIdRole:
            return 0;
        case LoadingRole:
            return false;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case Qt::ToolTipRole:
        if (!node->error.isEmpty())
            return node->error;
        return node->description.isEmpty() ? node->fullPath : node->fullPath + QLatin1Char('\n') + node->description;
    case GroupIdRole:
        return node->id;
    case FullPathRole:
        return node->fullPath;
    case FullNameRole:
        return node->fullName;
    case VisibilityRole:
        return node->visibility;
    case DescriptionRole:
        return node->description;
    case WebUrlRole:
        return node->webUrl;
    case AvatarUrlRole:
        return node->avatarUrl;
    case ParentIdRole:
        return node->parentId;
    case LoadingRole:
        return node->fetching;
    default:
        return {};
    }
}

QHash<int, QByteArray> GroupTreeModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractItemModel::roleNames();
    roles.insert(GroupIdRole, "groupId");
    roles.insert(FullPathRole, "fullPath");
    roles.insert(FullNameRole, "fullName");
    roles.insert(VisibilityRole, "visibility");
    roles.insert(DescriptionRole, "description");
    roles.insert(WebUrlRole, "webUrl");
    roles.insert(AvatarUrlRole, "avatarUrl");
    roles.insert(ParentIdRole, "parentId");
    roles.insert(LoadingRole, "loading");
    return roles;
}

} // namespace LabDesk::Models
