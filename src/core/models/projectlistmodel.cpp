#include "projectlistmodel.h"

#include "core/api/gitlabclient.h"
#include "projectrequests.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace LabDesk::Models {

ProjectRow ProjectRow::fromJson(const QJsonObject &json)
{
    ProjectRow row;
    row.id = json.value(QLatin1String("id")).toInt();
    row.name = json.value(QLatin1String("name")).toString();
    row.pathWithNamespace = json.value(QLatin1String("path_with_namespace")).toString();
    const QJsonObject ns = json.value(QLatin1String("namespace")).toObject();
    row.namespaceId = ns.value(QLatin1String("id")).toInt();
    const QString nameWithNamespace = json.value(QLatin1String("name_with_namespace")).toString();
    const qsizetype cut = nameWithNamespace.lastIndexOf(QLatin1String(" / "));
    row.namespaceName = cut > 0 ? nameWithNamespace.left(cut) : ns.value(QLatin1String("name")).toString();
    row.description = json.value(QLatin1String("description")).toString();
    row.defaultBranch = json.value(QLatin1String("default_branch")).toString();
    row.webUrl = json.value(QLatin1String("web_url")).toString();
    row.httpUrl = json.value(QLatin1String("http_url_to_repo")).toString();
    row.sshUrl = json.value(QLatin1String("ssh_url_to_repo")).toString();
    row.avatarUrl = json.value(QLatin1String("avatar_url")).toString();
    row.starCount = json.value(QLatin1String("star_count")).toInt();
    row.archived = json.value(QLatin1String("archived")).toBool();
    const QString visibility = json.value(QLatin1String("visibility")).toString();
    row.visibility = visibility == QLatin1String("public") ? Visibility::Public
        : visibility == QLatin1String("internal")          ? Visibility::Internal
                                                           : Visibility::Private;
    const QDateTime activity
        = QDateTime::fromString(json.value(QLatin1String("last_activity_at")).toString(), Qt::ISODateWithMs);
    row.lastActivityMs = activity.isValid() ? activity.toMSecsSinceEpoch() : 0;
    return row;
}

QString ProjectRow::visibilityName(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public:
        return QStringLiteral("public");
    case Visibility::Internal:
        return QStringLiteral("internal");
    case Visibility::Private:
        break;
    }
    return QStringLiteral("private");
}

ProjectListModel::ProjectListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        // A complete list needs no server: the local filter already narrows it. An incomplete one
        // (still streaming, or cut short by an error) asks the server for the matches.
        if (m_pendingSearch == m_search)
            return;
        if (m_search.isEmpty() && m_complete)
            return;
        m_search = m_pendingSearch;
        start();
    });
}

ProjectListModel::~ProjectListModel()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void ProjectListModel::setClient(Api::GitLabClient *client)
{
    m_client = client;
    m_pipelineAsked.clear();
    reload();
}

void ProjectListModel::setGroup(int groupId)
{
    if (groupId == m_groupId && (m_loading || m_complete))
        return;
    m_groupId = groupId;
    reload();
}

int ProjectListModel::group() const
{
    return m_groupId;
}

void ProjectListModel::setSearch(const QString &text)
{
    m_pendingSearch = text.trimmed();
    m_searchTimer.start();
}

QString ProjectListModel::search() const
{
    return m_search;
}

bool ProjectListModel::isSearchPending() const
{
    return m_searchTimer.isActive();
}

void ProjectListModel::setSearchDelay(int ms)
{
    m_searchTimer.setInterval(ms);
}

void ProjectListModel::setFilterText(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    // Typing one more character only narrows: look at the rows shown, not at all of them.
    const bool narrowing = !m_filter.isEmpty() && filter.startsWith(m_filter, Qt::CaseInsensitive);
    m_filter = filter;
    refilter(narrowing);
}

QString ProjectListModel::filterText() const
{
    return m_filter;
}

void ProjectListModel::reload()
{
    m_search = m_pendingSearch.isEmpty() ? QString() : m_search;
    start();
}

void ProjectListModel::start()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    clear();
    m_complete = false;
    m_error = {};
    if (!m_client) {
        setLoading(false);
        return;
    }
    setLoading(true);
    Api::PagedCall *call = m_client->fetchAll(Requests::projects(m_groupId, m_search), 2);
    m_call = call;
    connect(call, &Api::PagedCall::pageReceived, this, [this](const QJsonArray &items, int page) {
        appendPage(items);
        if (page == 1)
            Q_EMIT firstPageReceived();
    });
    connect(call, &Api::PagedCall::finished, this, [this](const Api::ApiError &error) {
        m_error = error;
        m_complete = !error.isError();
        setLoading(false);
        if (error.isError() && error.kind != Api::ApiError::Kind::Cancelled)
            Q_EMIT errorOccurred(error);
        else if (!error.isError())
            Q_EMIT loaded();
    });
}

void ProjectListModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_visible.clear();
    m_byId.clear();
    endResetModel();
}

void ProjectListModel::appendPage(const QJsonArray &items)
{
    if (items.isEmpty())
        return;
    const int firstNew = int(m_all.size());
    m_all.reserve(m_all.size() + size_t(items.size()));
    for (const QJsonValue &value : items) {
        ProjectRow row = ProjectRow::fromJson(value.toObject());
        if (m_byId.contains(row.id))
            continue; // an offset page that moved under us
        m_byId.insert(row.id, int(m_all.size()));
        m_all.push_back(std::move(row));
    }
    std::vector<int> added;
    for (int i = firstNew; i < int(m_all.size()); ++i) {
        if (matches(m_all[size_t(i)]))
            added.push_back(i);
    }
    if (added.empty())
        return;
    const int first = int(m_visible.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_visible.insert(m_visible.end(), added.begin(), added.end());
    endInsertRows();
}

bool ProjectListModel::matches(const ProjectRow &row) const
{
    if (m_filter.isEmpty())
        return true;
    return row.name.contains(m_filter, Qt::CaseInsensitive)
        || row.pathWithNamespace.contains(m_filter, Qt::CaseInsensitive);
}

void ProjectListModel::refilter(bool narrowing)
{
    std::vector<int> visible;
    if (narrowing) {
        for (const int i : m_visible) {
            if (matches(m_all[size_t(i)]))
                visible.push_back(i);
        }
    } else {
        visible.reserve(m_all.size());
        for (int i = 0; i < int(m_all.size()); ++i) {
            if (matches(m_all[size_t(i)]))
                visible.push_back(i);
        }
    }
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
}

void ProjectListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool ProjectListModel::isLoading() const
{
    return m_loading;
}

bool ProjectListModel::isComplete() const
{
    return m_complete;
}

Api::ApiError ProjectListModel::lastError() const
{
    return m_error;
}

int ProjectListModel::loadedCount() const
{
    return int(m_all.size());
}

int ProjectListModel::rowOfProject(int projectId) const
{
    const auto found = m_byId.constFind(projectId);
    if (found == m_byId.cend())
        return -1;
    const auto it = std::lower_bound(m_visible.begin(), m_visible.end(), found.value());
    return it != m_visible.end() && *it == found.value() ? int(it - m_visible.begin()) : -1;
}

const ProjectRow *ProjectListModel::projectAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return nullptr;
    return &m_all[size_t(m_visible[size_t(row)])];
}

const ProjectRow *ProjectListModel::projectById(int projectId) const
{
    const auto found = m_byId.constFind(projectId);
    return found == m_byId.cend() ? nullptr : &m_all[size_t(found.value())];
}

void ProjectListModel::requestPipelineStatuses(int firstRow, int lastRow)
{
    if (!m_client)
        return;
    firstRow = std::max(firstRow, 0);
    lastRow = std::min(lastRow, int(m_visible.size()) - 1);
    for (int row = firstRow; row <= lastRow; ++row) {
        const int projectId = m_all[size_t(m_visible[size_t(row)])].id;
        if (m_pipelineAsked.contains(projectId))
            continue;
        m_pipelineAsked.insert(projectId);
        if (m_pipelinesInFlight++ == 0)
            Q_EMIT fetchingPipelinesChanged(true);
        Api::Call *call = m_client->send(Requests::latestPipeline(projectId));
        connect(call, &Api::Call::finished, this, [this, projectId](const Api::Response &response) {
            if (--m_pipelinesInFlight == 0)
                Q_EMIT fetchingPipelinesChanged(false);
            if (response.error.isError()) {
                m_pipelineAsked.remove(projectId); // ask again when it is shown again
                return;
            }
            const QJsonArray pipelines = response.json.array();
            onPipeline(projectId,
                       pipelines.isEmpty() ? QStringLiteral("none")
                                           : pipelines.first().toObject().value(QLatin1String("status")).toString());
        });
    }
}

bool ProjectListModel::isFetchingPipelines() const
{
    return m_pipelinesInFlight > 0;
}

void ProjectListModel::onPipeline(int projectId, const QString &status)
{
    const auto found = m_byId.constFind(projectId);
    if (found == m_byId.cend())
        return;
    m_all[size_t(found.value())].pipelineStatus = status;
    const int row = rowOfProject(projectId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, PipelineColumn), index(row, PipelineColumn));
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString visibilityText(ProjectRow::Visibility visibility)
{
    switch (visibility) {
    case ProjectRow::Visibility::Public:
        return ProjectListModel::tr("Public");
    case ProjectRow::Visibility::Internal:
        return ProjectListModel::tr("Internal");
    case ProjectRow::Visibility::Private:
        break;
    }
    return ProjectListModel::tr("Private");
}

static QString pipelineText(const QString &status)
{
    if (status.isEmpty())
        return {};
    if (status == QLatin1String("none"))
        return ProjectListModel::tr("No pipeline");
    if (status == QLatin1String("success"))
        return ProjectListModel::tr("Passed");
    if (status == QLatin1String("failed"))
        return ProjectListModel::tr("Failed");
    if (status == QLatin1String("running"))
        return ProjectListModel::tr("Running");
    if (status == QLatin1String("pending") || status == QLatin1String("created")
        || status == QLatin1String("waiting_for_resource") || status == QLatin1String("preparing"))
        return ProjectListModel::tr("Pending");
    if (status == QLatin1String("canceled"))
        return ProjectListModel::tr("Canceled");
    if (status == QLatin1String("skipped"))
        return ProjectListModel::tr("Skipped");
    if (status == QLatin1String("manual"))
        return ProjectListModel::tr("Manual");
    if (status == QLatin1String("scheduled"))
        return ProjectListModel::tr("Scheduled");
    return status;
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectRow &row = m_all[size_t(m_visible[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case NamespaceColumn:
            return row.namespaceName;
        case VisibilityColumn:
            return visibilityText(row.visibility);
        case DescriptionColumn:
            return row.description.section(QLatin1Char('\n'), 0, 0);
        case LastActivityColumn:
            return row.lastActivityMs ? QDateTime::fromMSecsSinceEpoch(row.lastActivityMs, Qt::UTC).toLocalTime()
                                      : QVariant();
        case StarsColumn:
            return row.starCount;
        case DefaultBranchColumn:
            return row.defaultBranch;
        case PipelineColumn:
            return pipelineText(row.pipelineStatus);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return row.pathWithNamespace;
        if (index.column() == DescriptionColumn)
            return row.description;
        return {};
    case ProjectIdRole:
        return row.id;
    case PathWithNamespaceRole:
        return row.pathWithNamespace;
    case NamespaceIdRole:
        return row.namespaceId;
    case HttpUrlRole:
        return row.httpUrl;
    case SshUrlRole:
        return row.sshUrl;
    case WebUrlRole:
        return row.webUrl;
    case DefaultBranchRole:
        return row.defaultBranch;
    case VisibilityRole:
        return ProjectRow::visibilityName(row.visibility);
    case DescriptionRole:
        return row.description;
    case LastActivityRole:
        return row.lastActivityMs ? QDateTime::fromMSecsSinceEpoch(row.lastActivityMs, Qt::UTC) : QDateTime();
    case StarCountRole:
        return row.starCount;
    case PipelineStatusRole:
        return row.pipelineStatus;
    case AvatarUrlRole:
        return row.avatarUrl;
    case ArchivedRole:
        return row.archived;
    default:
        return {};
    }
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NamespaceColumn:
        return tr("Namespace");
    case VisibilityColumn:
        return tr("Visibility");
    case DescriptionColumn:
        return tr("Description");
    case LastActivityColumn:
        return tr("Last activity");
    case StarsColumn:
        return tr("Stars");
    case DefaultBranchColumn:
        return tr("Default branch");
    case PipelineColumn:
        return tr("Pipeline");
    default:
        return {};
    }
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(ProjectIdRole, "projectId");
    roles.insert(PathWithNamespaceRole, "pathWithNamespace");
    roles.insert(NamespaceIdRole, "namespaceId");
    roles.insert(HttpUrlRole, "httpUrl");
    roles.insert(SshUrlRole, "sshUrl");
    roles.insert(WebUrlRole, "webUrl");
    roles.insert(DefaultBranchRole, "defaultBranch");
    roles.insert(VisibilityRole, "visibility");
    roles.insert(DescriptionRole, "description");
    roles.insert(LastActivityRole, "lastActivity");
    roles.insert(StarCountRole, "starCount");
    roles.insert(PipelineStatusRole, "pipelineStatus");
    roles.insert(AvatarUrlRole, "avatarUrl");
    roles.insert(ArchivedRole, "archived");
    return roles;
}

} // namespace LabDesk::Models
