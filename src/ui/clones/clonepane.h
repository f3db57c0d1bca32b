#pragma once

#include "core/git/clonesmodel.h"
#include "core/git/transferjob.h"
#include "shell/context.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ClonePane;
}

namespace LabDesk::Ui {

// The clone form beside the Clones page's list: URL (or a project's HTTPS and SSH URLs from the
// Projects page), protocol, SSH key or agent, target folder, branch, submodules; live progress
// and Cancel. Over HTTPS to the signed-in server the token comes from the keychain and goes only
// through libgit2's credential callback. An unknown SSH host key is shown with its fingerprint
// and the user decides; a changed one is refused by the clone engine.
class ClonePane : public QWidget
{
    Q_OBJECT

public:
    explicit ClonePane(const Context &context, QWidget *parent = nullptr);
    ~ClonePane() override;

    // Fills the form for a project; the user still chooses and presses Clone.
    void setProject(const QString &httpUrl, const QString &sshUrl, const QString &pathWithNamespace);
    bool isCloning() const;
    void startClone();
    void cancelClone();

Q_SIGNALS:
    void cloned(const LabDesk::Git::CloneEntry &entry);
    void cloningChanged(bool cloning);

private:
    void launch(Git::CloneRequest request, const QString &note);
    void showProgress(const Git::TransferProgress &progress);
    void finish(const Git::TransferJob::Result &result);
    void askHostKey(const Git::HostKeyInfo &key);
    void chooseFolder();
    void keyChosen(int index);
    void urlEdited(const QString &text);
    void protocolToggled();
    void populateKeys();
    void updateState();
    void showMessage(const QString &text, bool error);
    QString suggestedFolder(const QString &project) const;
    bool isSshSelected() const;

    std::unique_ptr<::Ui::ClonePane> m_ui;
    Context m_context;
    QPointer<Git::TransferJob> m_job;
    Git::CloneRequest m_request;
    QString m_httpUrl;
    QString m_sshUrl;
    QString m_project;
    QString m_suggestedFolder;
    int m_task = 0;
};

} // namespace LabDesk::Ui
