#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class NewGroupDialog;
}

namespace LabDesk::Api {
class GitLabClient;
}

namespace LabDesk::Ui {

// Creates a group, or a subgroup of `parentId`. Name and path are checked against GitLab's rules
// as they are typed (the path follows the name until edited); the server's own refusals ("has
// already been taken") appear under their field and the dialog stays open with what was typed.
class NewGroupDialog : public QDialog
{
    Q_OBJECT

public:
    NewGroupDialog(Api::GitLabClient *client, int parentId, const QString &parentFullPath, QWidget *parent = nullptr);
    ~NewGroupDialog() override;

    int createdGroupId() const;
    void accept() override;

Q_SIGNALS:
    void groupCreated(int groupId, int parentId);

private:
    void check();

    std::unique_ptr<::Ui::NewGroupDialog> m_ui;
    QPointer<Api::GitLabClient> m_client;
    int m_parentId;
    QString m_parentPath;
    bool m_busy = false;
    int m_createdId = 0;
};

} // namespace LabDesk::Ui
