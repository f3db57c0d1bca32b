#pragma once

#include "shell/context.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace LabDesk::Git {
class ClonesModel;
class TransferJob;
} // namespace LabDesk::Git

namespace LabDesk::Ui {

class ClonePane;
class EmptyState;
class FeaturePage;

// The Clones page: every clone LabDesk made or the user added (project, folder, branch,
// ahead/behind, changed files), with Fetch, Open Folder, Open Terminal, Open .gitlab-ci.yml and
// Add Existing Folder; the clone pane beside the list. Works signed out (local list); fetching and
// cloning over HTTPS use the signed-in account's token for its own server.
class ClonesView : public QWidget
{
    Q_OBJECT

public:
    ClonesView(const Context &context, FeaturePage *page);
    ~ClonesView() override;

    Git::ClonesModel *model() const;
    ClonePane *pane() const;

public Q_SLOTS:
    // From the Projects page: fills the clone pane for that project (the user presses Clone).
    void startClone(const QString &httpUrl, const QString &sshUrl, const QString &pathWithNamespace);
    void addExistingFolder(const QString &path);
    void fetchSelected();

Q_SIGNALS:
    // "Open .gitlab-ci.yml": the CI editor opens the file.
    void openCiFileRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseExistingFolder();
    void openFolder();
    void openTerminal();
    void openCiFile();
    void removeSelected();
    void updateActions();
    void updateEmptyState();
    void setStatus(const QString &text);
    int currentRow() const;

    Context m_context;
    FeaturePage *m_page;
    Git::ClonesModel *m_model;
    QTreeView *m_tree;
    QStackedWidget *m_listStack;
    EmptyState *m_empty;
    ClonePane *m_pane;
    QLabel *m_status;
    QAction *m_addAction;
    QAction *m_fetchAction;
    QAction *m_openFolderAction;
    QAction *m_terminalAction;
    QAction *m_ciAction;
    QAction *m_removeAction;
    QAction *m_refreshAction;
    QPointer<Git::TransferJob> m_fetch;
};

} // namespace LabDesk::Ui
