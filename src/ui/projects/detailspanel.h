#pragma once

#include "core/models/projectrequests.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeView;

namespace LabDesk::Api {
class GitLabClient;
}

namespace LabDesk::Models {
class AccessRequestsModel;
class AvatarCache;
class MembersModel;
struct ProjectRow;
} // namespace LabDesk::Models

namespace LabDesk::Ui {

class LoadState;

// The right-hand panel of the Projects page: what is selected (a project or a group), its clone
// URLs with copy buttons, default branch, "open in browser", clone and fork; its members (direct
// and inherited) with add / change role / expiry / remove; its access requests with approve at a
// chosen role or deny; and "request access" for someone who is not a member. Actions the user may
// not take are disabled with a tooltip that says why.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    DetailsPanel(Models::AvatarCache *avatars, QWidget *parent = nullptr);
    ~DetailsPanel() override;

    void setClient(Api::GitLabClient *client, int userId, bool isAdmin);
    void showProject(const Models::ProjectRow &project);
    void showGroup(int groupId, const QString &name, const QString &fullPath, const QString &description,
                   const QString &visibility, const QString &webUrl);
    void clear();

    Models::Source source() const;
    Models::MembersModel *members() const;
    Models::AccessRequestsModel *accessRequests() const;
    // The signed-in user's level here (Owner for administrators), once members are loaded.
    int myAccessLevel() const;

    // For tests and keyboard users: the actions, as the buttons do them.
    void requestAccess();
    void approveSelectedRequest(int accessLevel);
    void denySelectedRequest();
    void selectMember(int userId);
    void selectAccessRequest(int userId);
    QPushButton *requestAccessButton() const;
    QPushButton *addMemberButton() const;
    QPushButton *approveButton() const;
    QPushButton *removeMemberButton() const;
    QString statusText() const;

Q_SIGNALS:
    void cloneRequested(int projectId, const QString &httpUrl, const QString &sshUrl, const QString &pathWithNamespace);
    void forkRequested(int projectId, const QString &pathWithNamespace);
    void addMemberRequested(const LabDesk::Models::Source &source, int maxLevel);
    void membershipChanged();
    void actionFinished(bool ok); // after request access, approve, deny, save, remove

private:
    void setSource(const Models::Source &source);
    void updateActions();
    void saveMember();
    void removeMember();
    void send(const Api::Request &request, const QString &doneText);
    void setStatus(const QString &text, bool error = false);
    int selectedMemberId() const;
    int selectedRequestId() const;
    QWidget *urlRow(QLineEdit *edit, QToolButton *copy);

    QPointer<Api::GitLabClient> m_client;
    Models::AvatarCache *m_avatars;
    int m_userId = 0;
    bool m_isAdmin = false;
    Models::Source m_source;
    int m_projectId = 0;
    QString m_webUrl;
    QString m_httpUrl;
    QString m_sshUrl;
    QString m_path;
    bool m_requested = false;

    Models::MembersModel *m_members;
    Models::AccessRequestsModel *m_requests;

    QWidget *m_body;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_description;
    QLabel *m_visibility;
    QLabel *m_branchLabel;
    QLabel *m_branch;
    QWidget *m_cloneBox;
    QLineEdit *m_httpEdit;
    QLineEdit *m_sshEdit;
    QToolButton *m_copyHttp;
    QToolButton *m_copySsh;
    QPushButton *m_openButton;
    QPushButton *m_cloneButton;
    QPushButton *m_forkButton;
    QPushButton *m_requestButton;
    QLabel *m_status;

    QTreeView *m_memberView;
    LoadState *m_memberState;
    QComboBox *m_memberLevel;
    QDateEdit *m_memberExpiry;
    QPushButton *m_saveMember;
    QPushButton *m_removeMember;
    QPushButton *m_addMember;

    QLabel *m_requestsTitle;
    QTreeView *m_requestView;
    LoadState *m_requestState;
    QComboBox *m_requestLevel;
    QPushButton *m_approve;
    QPushButton *m_deny;
};

} // namespace LabDesk::Ui
