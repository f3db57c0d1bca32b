#pragma once

#include "shell/context.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace LabDesk::Accounts {
struct Account;
}

namespace LabDesk::Models {
class AvatarCache;
class GroupTreeModel;
class ProjectListModel;
struct Source;
} // namespace LabDesk::Models

namespace LabDesk::Ui {

class DetailsPanel;
class FeaturePage;
class LoadState;

// The Projects page: the group tree (subgroups load as they are expanded) beside the project
// list (streamed in page by page; the search box filters at once and asks the server after a
// pause while the list is incomplete), and the details panel of the selected project or group.
// Creates groups, subgroups and projects, forks, and manages membership through dialogs.
// Follows the active account; tells its page while it loads.
class ProjectsView : public QWidget
{
    Q_OBJECT

public:
    ProjectsView(const Context &context, FeaturePage *page);
    ~ProjectsView() override;

    Models::GroupTreeModel *groups() const;
    Models::ProjectListModel *projects() const;
    DetailsPanel *details() const;
    QTreeView *groupView() const;
    QTreeView *projectView() const;
    QLineEdit *searchEdit() const;
    LoadState *projectState() const;
    LoadState *groupState() const;

    // Selects a group (0: all projects) or a project in the list when they are loaded.
    bool selectGroup(int groupId);
    bool selectProject(int projectId);

    // The actions of the toolbar buttons; each opens its dialog (non-modal, deleted on close)
    // and returns it so tests can drive it.
    QDialog *newGroup(bool subgroup);
    QDialog *newProject();
    QDialog *forkProject(int projectId, const QString &pathWithNamespace);
    QDialog *addMember(const Models::Source &source, int maxLevel);

Q_SIGNALS:
    // "Clone…" on a project: the clone pane (another feature) takes it from here.
    void cloneRequested(int projectId, const QString &httpUrl, const QString &sshUrl, const QString &pathWithNamespace);

private:
    void onAccountChanged();
    void onGroupSelected();
    void onProjectSelected();
    void updateProjectState();
    void updateLoading();
    void requestVisiblePipelines();
    int currentGroupId() const;

    Context m_context;
    QPointer<FeaturePage> m_page;
    Models::AvatarCache *m_avatars;
    Models::GroupTreeModel *m_groups;
    Models::ProjectListModel *m_projects;
    QTreeView *m_groupView;
    LoadState *m_groupState;
    QTreeView *m_projectView;
    LoadState *m_projectState;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_newGroup;
    QPushButton *m_newSubgroup;
    QPushButton *m_newProject;
    DetailsPanel *m_details;
    QTimer m_pipelineTimer;
    int m_wantedProject = 0;
    int m_wantedGroup = 0;
    int m_userId = 0;
    bool m_isAdmin = false;
};

} // namespace LabDesk::Ui
