#include "projectsview.h"

#include "addmemberdialog.h"
#include "avatardelegate.h"
#include "core/accounts/accountmanager.h"
#include "core/api/gitlabclient.h"
#include "core/models/accessrequestsmodel.h"
#include "core/models/avatarcache.h"
#include "core/models/grouptreemodel.h"
#include "core/models/membersmodel.h"
#include "core/models/projectlistmodel.h"
#include "detailspanel.h"
#include "forkdialog.h"
#include "loadstate.h"
#include "newgroupdialog.h"
#include "newprojectdialog.h"
#include "shell/featurepage.h"
#include "widgets/themedicon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace LabDesk::Ui {

using Models::GroupTreeModel;
using Models::ProjectListModel;

ProjectsView::ProjectsView(const Context &context, FeaturePage *page)
    : QWidget(page)
    , m_context(context)
    , m_page(page)
    , m_avatars(new Models::AvatarCache(this))
    , m_groups(new GroupTreeModel(this))
    , m_projects(new ProjectListModel(this))
{
    m_groups->setObjectName(QStringLiteral("groupTreeModel"));
    m_projects->setObjectName(QStringLiteral("projectListModel"));

    // Groups
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupBar = new QHBoxLayout;
    auto *groupTitle = new QLabel(tr("Groups"), left);
    groupTitle->setMinimumHeight(QLineEdit().sizeHint().height());
    QFont bold = groupTitle->font();
    bold.setBold(true);
    groupTitle->setFont(bold);
    m_newGroup = new QPushButton(tr("New Group…"), left);
    m_newSubgroup = new QPushButton(tr("New Subgroup…"), left);
    groupBar->addWidget(groupTitle);
    groupBar->addStretch(1);
    leftLayout->addLayout(groupBar);
    m_groupView = new QTreeView(left);
    m_groupView->setObjectName(QStringLiteral("groupView"));
    m_groupView->setModel(m_groups);
    m_groupView->setHeaderHidden(true);
    m_groupView->setUniformRowHeights(true);
    auto *groupDelegate = new AvatarDelegate(m_avatars, GroupTreeModel::AvatarUrlRole, m_groupView);
    groupDelegate->setIconOverride([](const QModelIndex &index) {
        return index.data(GroupTreeModel::GroupIdRole).toInt() == 0 ? themedIcon(QStringLiteral("projects")) : QIcon();
    });
    m_groupView->setItemDelegate(groupDelegate);
    m_groupState = new LoadState(m_groupView, left);
    leftLayout->addWidget(m_groupState, 1);
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_newGroup);
    groupButtons->addWidget(m_newSubgroup);
    groupButtons->addStretch(1);
    leftLayout->addLayout(groupButtons);

    // Projects
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *projectBar = new QHBoxLayout;
    m_search = new QLineEdit(middle);
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setPlaceholderText(tr("Filter projects by name or path"));
    m_search->setClearButtonEnabled(true);
    m_newProject = new QPushButton(themedIcon(QStringLiteral("projects")), tr("New Project…"), middle);
    projectBar->addWidget(m_search, 1);
    projectBar->addWidget(m_newProject);
    middleLayout->addLayout(projectBar);
    m_projectView = new QTreeView(middle);
    m_projectView->setObjectName(QStringLiteral("projectView"));
    m_projectView->setModel(m_projects);
    m_projectView->setRootIsDecorated(false);
    m_projectView->setUniformRowHeights(true);
    m_projectView->setAlternatingRowColors(true);
    m_projectView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_projectView->setItemDelegateForColumn(
        ProjectListModel::NameColumn, new AvatarDelegate(m_avatars, ProjectListModel::AvatarUrlRole, m_projectView));
    QHeaderView *header = m_projectView->header();
    header->setStretchLastSection(false);
    const int em = fontMetrics().averageCharWidth();
    header->resizeSection(ProjectListModel::NameColumn, 22 * em);
    header->resizeSection(ProjectListModel::NamespaceColumn, 16 * em);
    header->resizeSection(ProjectListModel::VisibilityColumn, 10 * em);
    header->resizeSection(ProjectListModel::DescriptionColumn, 26 * em);
    header->resizeSection(ProjectListModel::LastActivityColumn, 18 * em);
    header->resizeSection(ProjectListModel::StarsColumn, 7 * em);
    header->resizeSection(ProjectListModel::DefaultBranchColumn, 14 * em);
    header->resizeSection(ProjectListModel::PipelineColumn, 12 * em);
    m_projectState = new LoadState(m_projectView, middle);
    middleLayout->addWidget(m_projectState, 1);
    m_count = new QLabel(middle);
    m_count->setObjectName(QStringLiteral("projectCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    middleLayout->addWidget(m_count);

    m_details = new DetailsPanel(m_avatars, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({180, 620, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    m_pipelineTimer.setSingleShot(true);
    m_pipelineTimer.setInterval(120);
    connect(&m_pipelineTimer, &QTimer::timeout, this, &ProjectsView::requestVisiblePipelines);

    connect(m_newGroup, &QPushButton::clicked, this, [this] { newGroup(false); });
    connect(m_newSubgroup, &QPushButton::clicked, this, [this] { newGroup(true); });
    connect(m_newProject, &QPushButton::clicked, this, &ProjectsView::newProject);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_projects->setFilterText(text);
        m_projects->setSearch(text);
    });
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectsView::onGroupSelected);
    connect(m_projectView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectsView::onProjectSelected);
    connect(m_projectView->verticalScrollBar(), &QScrollBar::valueChanged, &m_pipelineTimer,
            qOverload<>(&QTimer::start));

    connect(m_groups, &GroupTreeModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_groupState->showLoading(tr("Loading groups…"));
        updateLoading();
    });
    connect(m_groups, &GroupTreeModel::loaded, this, [this] {
        m_groupState->showContent();
        if (!m_groupView->currentIndex().isValid())
            m_groupView->setCurrentIndex(m_groups->index(0, 0));
    });
    connect(m_groups, &GroupTreeModel::errorOccurred, this,
            [this](const Api::ApiError &error) { m_groupState->showError(error.userMessage()); });
    connect(m_groupState, &LoadState::retryRequested, m_groups, &GroupTreeModel::reload);
    connect(m_groups, &GroupTreeModel::rowsInserted, this, [this] {
        if (m_wantedGroup > 0 && selectGroup(m_wantedGroup))
            m_wantedGroup = 0;
    });

    connect(m_projects, &ProjectListModel::loadingChanged, this, [this] {
        updateProjectState();
        updateLoading();
    });
    connect(m_projects, &ProjectListModel::fetchingPipelinesChanged, this, &ProjectsView::updateLoading);
    connect(m_projects, &ProjectListModel::errorOccurred, this, &ProjectsView::updateProjectState);
    connect(m_projects, &ProjectListModel::modelReset, this, &ProjectsView::updateProjectState);
    connect(m_projects, &ProjectListModel::rowsInserted, this, &ProjectsView::updateProjectState);
    connect(m_projectState, &LoadState::retryRequested, m_projects, &ProjectListModel::reload);

    connect(m_details->members(), &Models::MembersModel::loadingChanged, this, &ProjectsView::updateLoading);
    connect(m_details->accessRequests(), &Models::AccessRequestsModel::loadingChanged, this,
            &ProjectsView::updateLoading);
    connect(m_details, &DetailsPanel::cloneRequested, this, &ProjectsView::cloneRequested);
    connect(m_details, &DetailsPanel::forkRequested, this, &ProjectsView::forkProject);
    connect(m_details, &DetailsPanel::addMemberRequested, this, &ProjectsView::addMember);

    if (m_context.accounts) {
        connect(m_context.accounts, &Accounts::AccountManager::activeAccountChanged, this,
                &ProjectsView::onAccountChanged);
    }
    onAccountChanged();
}

ProjectsView::~ProjectsView() = default;

void ProjectsView::onAccountChanged()
{
    Api::GitLabClient *client = nullptr;
    if (m_context.accounts && m_context.accounts->hasActiveAccount()) {
        client = m_context.accounts->client();
        const Accounts::Account account = m_context.accounts->activeAccount();
        m_userId = account.userId;
        m_isAdmin = account.isAdmin;
    } else {
        m_userId = 0;
        m_isAdmin = false;
    }
    m_avatars->setNetwork(client ? client->network() : nullptr);
    m_details->setClient(client, m_userId, m_isAdmin);
    m_groups->setShowAllRow(true);
    m_groups->setClient(client);
    m_projects->setClient(client);
    updateLoading();
}

void ProjectsView::updateLoading()
{
    if (m_page)
        m_page->setLoading(m_groups->isLoading() || m_projects->isLoading() || m_projects->isFetchingPipelines()
                           || m_details->members()->isLoading() || m_details->accessRequests()->isLoading());
}

void ProjectsView::updateProjectState()
{
    const int shown = m_projects->rowCount();
    const int loaded = m_projects->loadedCount();
    if (m_projects->lastError().isError() && !m_projects->isLoading()) {
        m_projectState->showError(
            tr("The projects could not be loaded: %1").arg(m_projects->lastError().userMessage()));
    } else if (shown > 0) {
        m_projectState->showContent();
    } else if (m_projects->isLoading()) {
        m_projectState->showLoading(tr("Loading projects…"));
    } else if (loaded > 0 || !m_projects->filterText().isEmpty()) {
        m_projectState->showEmpty(tr("No project matches “%1”.").arg(m_projects->filterText()));
    } else {
        m_projectState->showEmpty(currentGroupId() > 0
                                      ? tr("This group has no projects yet. Create one with New Project.")
                                      : tr("You cannot see any project yet. Create one with New Project."));
    }
    QString count = shown == loaded ? tr("%n project(s)", nullptr, loaded)
                                    : tr("Showing %1 of %n project(s)", nullptr, loaded).arg(shown);
    if (m_projects->isLoading())
        count = tr("%1, loading more…").arg(count);
    m_count->setText(count);

    if (m_wantedProject > 0 && selectProject(m_wantedProject))
        m_wantedProject = 0;
    // On "All projects" with nothing selected yet, show the first project's details rather than
    // an empty panel.
    if (currentGroupId() == 0 && m_wantedProject == 0 && shown > 0 && !m_projectView->currentIndex().isValid()
        && !m_details->source().isValid())
        m_projectView->setCurrentIndex(m_projects->index(0, 0));
    m_pipelineTimer.start();
}

void ProjectsView::requestVisiblePipelines()
{
    const int rows = m_projects->rowCount();
    if (rows == 0)
        return;
    const QModelIndex top = m_projectView->indexAt(QPoint(1, 1));
    const int first = top.isValid() ? top.row() : 0;
    const int rowHeight = std::max(1, m_projectView->sizeHintForRow(0));
    const int last = first + m_projectView->viewport()->height() / rowHeight + 1;
    m_projects->requestPipelineStatuses(first, std::min(last, rows - 1));
}

int ProjectsView::currentGroupId() const
{
    const QModelIndex current = m_groupView->currentIndex();
    return current.isValid() ? current.data(GroupTreeModel::GroupIdRole).toInt() : 0;
}

void ProjectsView::onGroupSelected()
{
    const QModelIndex current = m_groupView->currentIndex();
    const int groupId = currentGroupId();
    const bool isGroup = groupId > 0;
    m_newSubgroup->setEnabled(isGroup);
    m_newSubgroup->setToolTip(isGroup ? tr("Create a subgroup of %1").arg(current.data().toString())
                                      : tr("Select a group first."));
    m_projects->setGroup(groupId);
    if (isGroup) {
        m_details->showGroup(groupId, current.data().toString(), current.data(GroupTreeModel::FullPathRole).toString(),
                             current.data(GroupTreeModel::DescriptionRole).toString(),
                             current.data(GroupTreeModel::VisibilityRole).toString(),
                             current.data(GroupTreeModel::WebUrlRole).toString());
    } else {
        m_details->clear();
    }
}

void ProjectsView::onProjectSelected()
{
    const QModelIndex current = m_projectView->currentIndex();
    if (!current.isValid())
        return; // keep showing what was selected while the list is refiltered
    if (const Models::ProjectRow *row = m_projects->projectAt(current.row()))
        m_details->showProject(*row);
}

bool ProjectsView::selectGroup(int groupId)
{
    const QModelIndex index = groupId > 0 ? m_groups->indexOfGroup(groupId) : m_groups->index(0, 0);
    if (!index.isValid())
        return false;
    m_groupView->setCurrentIndex(index);
    m_groupView->scrollTo(index);
    return true;
}

bool ProjectsView::selectProject(int projectId)
{
    const int row = m_projects->rowOfProject(projectId);
    if (row < 0) {
        m_wantedProject = projectId;
        return false;
    }
    const QModelIndex index = m_projects->index(row, 0);
    m_projectView->setCurrentIndex(index);
    m_projectView->scrollTo(index);
    return true;
}

QDialog *ProjectsView::newGroup(bool subgroup)
{
    const QModelIndex current = m_groupView->currentIndex();
    const int parentId = subgroup ? currentGroupId() : 0;
    auto *dialog
        = new NewGroupDialog(m_context.accounts ? m_context.accounts->client() : nullptr, parentId,
                             parentId > 0 ? current.data(GroupTreeModel::FullPathRole).toString() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewGroupDialog::groupCreated, this, [this](int groupId, int parent) {
        m_groups->reloadChildren(parent);
        if (parent > 0)
            m_groupView->expand(m_groups->indexOfGroup(parent));
        // Select the new group as soon as the tree shows it.
        if (!selectGroup(groupId))
            m_wantedGroup = groupId;
    });
    dialog->open();
    return dialog;
}

QDialog *ProjectsView::newProject()
{
    auto *dialog
        = new NewProjectDialog(m_context.accounts ? m_context.accounts->client() : nullptr, currentGroupId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewProjectDialog::projectCreated, this, [this](int projectId) {
        m_wantedProject = projectId;
        m_projects->reload();
    });
    dialog->open();
    return dialog;
}

QDialog *ProjectsView::forkProject(int projectId, const QString &pathWithNamespace)
{
    auto *dialog = new ForkDialog(m_context.accounts ? m_context.accounts->client() : nullptr, projectId,
                                  pathWithNamespace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ForkDialog::forkFinished, this, [this](int forkId) {
        m_wantedProject = forkId;
        m_projects->reload();
    });
    dialog->open();
    return dialog;
}

QDialog *ProjectsView::addMember(const Models::Source &source, int maxLevel)
{
    auto *dialog
        = new AddMemberDialog(m_context.accounts ? m_context.accounts->client() : nullptr, source, maxLevel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddMemberDialog::memberAdded, m_details->members(), &Models::MembersModel::reload);
    dialog->open();
    return dialog;
}

Models::GroupTreeModel *ProjectsView::groups() const
{
    return m_groups;
}

Models::ProjectListModel *ProjectsView::projects() const
{
    return m_projects;
}

DetailsPanel *ProjectsView::details() const
{
    return m_details;
}

QTreeView *ProjectsView::groupView() const
{
    return m_groupView;
}

QTreeView *ProjectsView::projectView() const
{
    return m_projectView;
}

QLineEdit *ProjectsView::searchEdit() const
{
    return m_search;
}

LoadState *ProjectsView::projectState() const
{
    return m_projectState;
}

LoadState *ProjectsView::groupState() const
{
    return m_groupState;
}

} // namespace LabDesk::Ui
