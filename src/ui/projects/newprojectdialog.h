#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class NewProjectDialog;
}

namespace LabDesk::Api {
class GitLabClient;
}

namespace LabDesk::Ui {

// Creates a project in a namespace picked from those the server lists (the user's own and their
// groups), private by default, initialised with a README on branch `main`. Name and path are
// checked as typed; the server's refusals appear under their field and nothing typed is lost.
class NewProjectDialog : public QDialog
{
    Q_OBJECT

public:
    NewProjectDialog(Api::GitLabClient *client, int namespaceId, QWidget *parent = nullptr);
    ~NewProjectDialog() override;

    int createdProjectId() const;
    bool namespacesLoaded() const;
    void accept() override;

Q_SIGNALS:
    void namespacesReady();
    void projectCreated(int projectId, int namespaceId);

private:
    void loadNamespaces();
    void check();

    std::unique_ptr<::Ui::NewProjectDialog> m_ui;
    QPointer<Api::GitLabClient> m_client;
    int m_wantedNamespace;
    bool m_busy = false;
    bool m_namespacesLoaded = false;
    int m_createdId = 0;
};

} // namespace LabDesk::Ui
