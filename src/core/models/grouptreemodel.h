#pragma once

#include "core/api/apierror.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace LabDesk::Api {
class GitLabClient;
class PagedCall;
} // namespace LabDesk::Api

namespace LabDesk::Models {

// The groups the user can see, as a tree: top-level groups first (all pages), subgroups loaded
// when a group is expanded (canFetchMore()/fetchMore() per parent). One column. With
// setShowAllRow(true) a first top-level row "All projects" (GroupIdRole 0) stands for no group.
// GUI thread; the client is not owned and may be replaced with setClient() (the model resets).
class GroupTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1, // int; 0 for "All projects"
        FullPathRole, // "group/subgroup"
        FullNameRole, // "Group / Subgroup"
        VisibilityRole, // "private", "internal", "public"
        DescriptionRole,
        WebUrlRole,
        AvatarUrlRole,
        ParentIdRole, // int; 0 at the top
        LoadingRole, // bool: its subgroups are being fetched
    };

    explicit GroupTreeModel(QObject *parent = nullptr);
    ~GroupTreeModel() override;

    void setClient(Api::GitLabClient *client);
    void setShowAllRow(bool show);
    // Fetches the top-level groups again (and forgets every loaded subgroup).
    void reload();
    // Fetches the subgroups of `groupId` again (after creating one there).
    void reloadChildren(int groupId);
    bool isLoading() const;
    Api::ApiError lastError() const;
    QModelIndex indexOfGroup(int groupId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The top level could not be fetched (a subgroup failure is shown as a row's tooltip).
    void errorOccurred(const LabDesk::Api::ApiError &error);
    void loaded();

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node) const;
    void load(Node *node);
    void cancelTree(Node *node);
    void setLoading(bool loading);

    std::unique_ptr<Node> m_root;
    QPointer<Api::GitLabClient> m_client;
    bool m_showAll = false;
    bool m_loading = false;
    Api::ApiError m_error;
    quint64 m_generation = 0; // pages of an earlier load are ignored
};

} // namespace LabDesk::Models
