#pragma once

#include "cifile.h"
#include "ciserver.h"
#include "shell/context.h"

#include "core/ci/diagnostic.h"
#include "core/ci/document.h"
#include "core/ci/editor.h"
#include "core/ci/model.h"
#include "core/ci/validator.h"

#include "core/git/transferjob.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QCheckBox;
class QFrame;

namespace LabDesk::Ui {
class FeaturePage;
}

namespace LabDesk::Ui::CiEditor {

class CiGraphView;
class CiJobForm;
class CiTextEdit;

// The visual .gitlab-ci.yml editor: graph, job form and YAML text in sync. The text (and its undo
// stack) is the single source of truth: form and graph edits become minimal patches applied to
// it as one undo step each; text edits re-parse after a short pause and refresh graph and form.
// While the text does not parse, the last good graph stays visible, greyed, and nothing rewrites
// the text.
class CiEditorView : public QWidget
{
    Q_OBJECT
public:
    CiEditorView(const Context &context, FeaturePage *page, QWidget *parent = nullptr);
    ~CiEditorView() override;

    // Files on disk.
    Q_INVOKABLE bool openFile(const QString &path);
    void newFromTemplate();
    bool save();
    bool saveAs(const QString &path);
    QString filePath() const { return m_path; }
    bool isModified() const;
    // Asks to save unsaved work; false when the user cancels.
    bool maybeSave();

    // Panes and state (tests and benchmarks use these).
    CiTextEdit *textEdit() const { return m_text; }
    CiGraphView *graph() const { return m_graph; }
    CiJobForm *form() const { return m_form; }
    const Ci::Document &document() const { return m_doc; }
    const Ci::Model &model() const { return m_model; }
    const Ci::Diagnostics &diagnostics() const { return m_diagnostics; }
    bool parses() const { return m_parses; }
    QString bannerText() const;
    QString statusText() const;
    QString selectedJob() const { return m_selectedJob; }
    void selectJob(const QString &job);
    // Re-parses the text now (normally done after a short pause).
    void reparseNow();
    void undo();
    void redo();

    // Edits, each one undo step of the text.
    bool addJob(const QString &stage, const QString &name);
    bool duplicateJob(const QString &job, const QString &newName);
    bool renameJob(const QString &job, const QString &newName);
    bool deleteJob(const QString &job);
    bool moveJob(const QString &job, const QString &stage);
    bool addNeed(const QString &job, const QString &need);
    bool setKey(const QString &job, const QString &key, const QString &flowValue);
    bool unsetKey(const QString &job, const QString &key);

    // The server.
    CiServerSession *server() const { return m_server; }
    void openRemote(const QString &project, const QString &branch, const QString &filePath);
    void commitToServer(const QString &message);
    const RemoteFile &remote() const { return m_remote; }
    QWidget *conflictDialog() const { return m_conflictDialog; }
    void lintOnServer(const QString &ref);
    // The "Which jobs run for…" panel.
    void simulate();

    // Local clone (libgit2): commits the saved file on branch (created when new).
    bool commitToLocalClone(const QString &message, const QString &branch, QString *error = nullptr);
    // Pushes the clone's `branch` (empty: the current one) to origin on a worker thread, with the
    // signed-in account's token (HTTPS) or the clone's SSH key; pushFinished() tells how it ended.
    void pushLocalClone(const QString &branch = {});
    bool isPushing() const { return m_push; }
    // The dialog of File > Commit to Local Clone… while it is open (message, branch, "Push to origin").
    QDialog *localCommitDialog() const { return m_localCommitDialog; }
    // For a file opened from disk: the project on the signed-in server its clone's origin points
    // at (runner tags, branches and default branch then come from that project), else empty.
    QString localProject() const { return m_localProject; }

Q_SIGNALS:
    void reparsed();
    void remoteOpened();
    void commitFinished(bool ok, bool conflict);
    void lintFinished(bool ok);
    void pushFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildProblemsTab();
    QWidget *buildSimulationTab();
    QWidget *buildLintTab();
    void loadBytes(const QByteArray &text, const FileFormat &format, const QString &path);
    bool applyEdit(const std::function<Ci::EditResult(const Ci::Editor &)> &make, const QString &selectAfter = {});
    void updateForm();
    void updateProblems();
    void updateTitle();
    void showMessage(const QString &text, bool error = false);
    void onCursorMoved(int line);
    void offerRecovery();
    void autosave();
    void promptAddJob(const QString &stage, const QString &name);
    void promptRename(const QString &job);
    void promptOpenFile();
    void promptSaveAs();
    void promptOpenRemote();
    void promptCommit();
    void promptLocalCommit();
    void loadLocalContext();
    void resetServerContext();
    void showConflict(const RemoteFile &theirs);
    void accountChanged();
    bool handleDrop(QDropEvent *event);

    Context m_context;
    QPointer<FeaturePage> m_page;
    CiServerSession *m_server;
    // Document state.
    QString m_path;
    FileFormat m_format;
    RemoteFile m_remote;
    Ci::Document m_doc;
    Ci::Model m_model;
    Ci::Diagnostics m_diagnostics;
    Ci::ValidationContext m_validationContext;
    bool m_parses = true;
    bool m_hasDocument = false;
    bool m_applying = false;
    QString m_selectedJob;
    QTimer m_reparseTimer;
    QTimer m_autosaveTimer;
    QTimer m_cursorTimer;
    QPointer<QWidget> m_conflictDialog;
    QPointer<QDialog> m_localCommitDialog;
    QPointer<Git::TransferJob> m_push;
    QString m_localProject;
    bool m_holdStatus = false; // the status line shows a push, not the problem count
    bool m_watchingWindow = false;
    // Widgets.
    QStackedWidget *m_stack = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_banner = nullptr;
    QFrame *m_recoveryBar = nullptr;
    QLabel *m_recoveryLabel = nullptr;
    QByteArray m_recoveryText;
    CiTextEdit *m_text = nullptr;
    CiGraphView *m_graph = nullptr;
    CiJobForm *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_problems = nullptr;
    // Simulation panel.
    QLineEdit *m_simRef = nullptr;
    QCheckBox *m_simTag = nullptr;
    QComboBox *m_simSource = nullptr;
    QLineEdit *m_simVariables = nullptr;
    QLineEdit *m_simChanged = nullptr;
    QLabel *m_simSummary = nullptr;
    QTreeWidget *m_simJobs = nullptr;
    bool m_simulated = false;
    // Lint panel.
    QLineEdit *m_lintRef = nullptr;
    QLabel *m_lintStatus = nullptr;
    QListWidget *m_lintJobs = nullptr;
    QPlainTextEdit *m_lintMerged = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_commitAction = nullptr;
    QAction *m_lintAction = nullptr;
};

} // namespace LabDesk::Ui::CiEditor
