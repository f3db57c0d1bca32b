#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class ForkDialog;
}

namespace LabDesk::Api {
class GitLabClient;
}

namespace LabDesk::Ui {

// Forks a project into a chosen namespace, then follows GitLab's asynchronous import
// (GET /projects/:id/import every half second) and shows its status until it is finished or
// failed. Closing the dialog does not stop the fork on the server.
class ForkDialog : public QDialog
{
    Q_OBJECT

public:
    ForkDialog(Api::GitLabClient *client, int projectId, const QString &pathWithNamespace, QWidget *parent = nullptr);
    ~ForkDialog() override;

    QString importStatus() const; // "scheduled", "started", "finished", "failed"; empty before
    int forkId() const;
    bool namespacesLoaded() const;
    void selectNamespace(int namespaceId);
    void accept() override;

Q_SIGNALS:
    void namespacesReady();
    void importStatusChanged(const QString &status);
    void forkFinished(int projectId);

private:
    void poll();
    void setStatus(const QString &status, const QString &error = {});

    std::unique_ptr<::Ui::ForkDialog> m_ui;
    QPointer<Api::GitLabClient> m_client;
    int m_projectId;
    int m_forkId = 0;
    QString m_status;
    QTimer m_poll;
    bool m_namespacesLoaded = false;
};

} // namespace LabDesk::Ui
