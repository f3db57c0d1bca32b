#pragma once

#include "core/api/apierror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <vector>

class QJsonArray;

namespace LabDesk::Api {
class GitLabClient;
class PagedCall;
} // namespace LabDesk::Api

namespace LabDesk::Models {

// One project as the list keeps it: only what the list and the details panel show.
struct ProjectRow
{
    enum class Visibility : quint8 {
        Private,
        Internal,
        Public,
    };

    int id = 0;
    int namespaceId = 0;
    int starCount = 0;
    Visibility visibility = Visibility::Private;
    bool archived = false;
    qint64 lastActivityMs = 0; // ms since the epoch, UTC; 0: unknown
    QString name;
    QString pathWithNamespace;
    QString namespaceName; // "Group / Subgroup"
    QString description;
    QString defaultBranch;
    QString webUrl;
    QString httpUrl;
    QString sshUrl;
    QString avatarUrl;
    QString pipelineStatus; // "success", "failed", ...; empty: not known yet; "none": no pipeline

    static ProjectRow fromJson(const QJsonObject &json);
    static QString visibilityName(Visibility visibility); // "private", ...
};

// The projects of one group (and its subgroups), or every project the user can see, streamed in
// page by page (keyset pages for all projects, through GitLabClient::fetchAll) so the first rows
// show while the rest arrive. Two ways to narrow it: setFilterText() filters the loaded rows at
// once (name and path, case-insensitive); setSearch() asks the server after a short pause, but only
// while the list is incomplete (still loading or cut short) — a complete list is filtered locally.
// The latest pipeline's status is fetched on demand for the rows a view shows
// (requestPipelineStatuses()). GUI thread; the client is not owned.
class ProjectListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        NamespaceColumn,
        VisibilityColumn,
        DescriptionColumn,
        LastActivityColumn,
        StarsColumn,
        DefaultBranchColumn,
        PipelineColumn,
        ColumnCount,
    };

    enum Role {
        ProjectIdRole = Qt::UserRole + 1, // int
        PathWithNamespaceRole,
        NamespaceIdRole, // int
        HttpUrlRole,
        SshUrlRole,
        WebUrlRole,
        DefaultBranchRole,
        VisibilityRole, // "private", "internal", "public"
        DescriptionRole,
        LastActivityRole, // QDateTime (UTC)
        StarCountRole, // int
        PipelineStatusRole, // "success", ...; "none"; empty while unknown
        AvatarUrlRole,
        ArchivedRole, // bool
    };

    explicit ProjectListModel(QObject *parent = nullptr);
    ~ProjectListModel() override;

    void setClient(Api::GitLabClient *client);
    // 0: every project the user can see.
    void setGroup(int groupId);
    int group() const;
    void setSearch(const QString &text);
    QString search() const;
    // True while a setSearch() waits for its debounce delay.
    bool isSearchPending() const;
    void setSearchDelay(int ms);
    void setFilterText(const QString &text);
    QString filterText() const;
    void reload();

    bool isLoading() const;
    bool isComplete() const; // every page of the current query arrived
    Api::ApiError lastError() const;
    int loadedCount() const; // before the local filter
    int rowOfProject(int projectId) const;
    const ProjectRow *projectAt(int row) const;
    const ProjectRow *projectById(int projectId) const;

    // Appends parsed rows as a page would (what pageReceived does; public for benchmarks).
    void appendPage(const QJsonArray &items);
    void clear();
    // Fetches the latest pipeline of these rows' projects once each.
    void requestPipelineStatuses(int firstRow, int lastRow);
    bool isFetchingPipelines() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void firstPageReceived();
    void fetchingPipelinesChanged(bool fetching);
    void loaded();
    void errorOccurred(const LabDesk::Api::ApiError &error);

private:
    void start();
    void setLoading(bool loading);
    bool matches(const ProjectRow &row) const;
    void refilter(bool narrowing);
    void onPipeline(int projectId, const QString &status);

    QPointer<Api::GitLabClient> m_client;
    QPointer<Api::PagedCall> m_call;
    int m_groupId = 0;
    QString m_search; // what the current query asked the server
    QString m_pendingSearch; // what setSearch() was last given
    QString m_filter;
    QTimer m_searchTimer;
    bool m_loading = false;
    bool m_complete = false;
    Api::ApiError m_error;
    std::vector<ProjectRow> m_all;
    std::vector<int> m_visible; // indexes into m_all, ascending
    QHash<int, int> m_byId; // project id -> index into m_all
    QSet<int> m_pipelineAsked;
    int m_pipelinesInFlight = 0;
};

} // namespace LabDesk::Models
