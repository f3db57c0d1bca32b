#include "cieditorview.h"

#include "cigraphview.h"
#include "cijobform.h"
#include "citextedit.h"
#include "shell/featurepage.h"
#include "widgets/emptystate.h"

#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/tokenstore.h"
#include "core/ci/simulation.h"
#include "core/git/cloneorigin.h"
#include "core/git/clonesmodel.h"
#include "core/git/knownhostspolicy.h"
#include "core/git/localcommit.h"
#include "core/git/transferjob.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace LabDesk::Ui::CiEditor {

namespace {

QLabel *makeBanner(QWidget *parent, const QString &style)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

} // namespace

CiEditorView::CiEditorView(const Context &context, FeaturePage *page, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_page(page)
    , m_server(new CiServerSession(this))
{
    setObjectName(QStringLiteral("CiEditorView"));
    setAcceptDrops(true);
    m_reparseTimer.setSingleShot(true);
    m_reparseTimer.setInterval(250);
    connect(&m_reparseTimer, &QTimer::timeout, this, &CiEditorView::reparseNow);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(2000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &CiEditorView::autosave);
    m_cursorTimer.setSingleShot(true);
    m_cursorTimer.setInterval(120);
    connect(&m_cursorTimer, &QTimer::timeout, this, [this] {
        int line = 0;
        int index = 0;
        m_text->getCursorPosition(&line, &index);
        onCursorMoved(line + 1);
    });
    buildUi();

    connect(m_server, &CiServerSession::failed, this, [this](const QString &message) {
        if (m_page)
            m_page->setLoading(false);
        showMessage(message, true);
        if (m_lintStatus && m_lintStatus->property("busy").toBool()) {
            m_lintStatus->setProperty("busy", false);
            m_lintStatus->setText(message);
            Q_EMIT lintFinished(false);
        }
        if (property("committing").toBool()) {
            setProperty("committing", false);
            Q_EMIT commitFinished(false, false);
        }
    });
    connect(m_server, &CiServerSession::opened, this, [this](const RemoteFile &file) {
        if (m_page)
            m_page->setLoading(false);
        m_remote = file;
        m_localProject.clear();
        const LoadedFile loaded = CiFile::decode(file.content);
        loadBytes(loaded.text, loaded.format, QString());
        showMessage(tr("Opened %1 from %2 (branch %3).").arg(file.filePath, file.projectPath, file.branch));
        m_server->loadContext(file.project);
        Q_EMIT remoteOpened();
    });
    connect(m_server, &CiServerSession::committed, this, [this](const RemoteFile &file) {
        setProperty("committing", false);
        m_remote.lastCommitId = file.lastCommitId;
        m_remote.content = file.content;
        if (m_path.isEmpty()) {
            m_text->setModified(false);
            CiFile::removeRecovery(m_path);
        }
        showMessage(tr("Committed to %1 on %2.").arg(m_remote.projectPath, m_remote.branch));
        updateTitle();
        Q_EMIT commitFinished(true, false);
    });
    connect(m_server, &CiServerSession::conflict, this, [this](const RemoteFile &theirs) {
        setProperty("committing", false);
        showConflict(theirs);
        Q_EMIT commitFinished(false, true);
    });
    connect(m_server, &CiServerSession::linted, this, [this](const LintResult &result) {
        m_lintStatus->setProperty("busy", false);
        QStringList lines;
        lines << (result.valid ? tr("The server says this configuration is valid.")
                               : tr("The server found problems:"));
        lines << result.errors << result.warnings;
        m_lintStatus->setText(lines.join(QLatin1Char('\n')));
        m_lintJobs->clear();
        m_lintJobs->addItems(result.jobs);
        m_lintMerged->setPlainText(result.mergedYaml);
        Q_EMIT lintFinished(result.valid);
    });
    connect(m_server, &CiServerSession::contextLoaded, this,
            [this](const Ci::ValidationContext &validation, const QStringList &tags) {
                m_validationContext = validation;
                m_form->setTagSuggestions(tags);
                if (!validation.defaultBranch.isEmpty() && m_simRef->text().isEmpty())
                    m_simRef->setText(validation.defaultBranch);
                m_doc = Ci::Document(); // force a fresh validation with the context
                reparseNow();
            });

    if (m_context.accounts) {
        connect(m_context.accounts, &Accounts::AccountManager::activeAccountChanged, this, &CiEditorView::accountChanged);
        accountChanged();
    }
    offerRecovery();
}

CiEditorView::~CiEditorView()
{
    // A clean exit leaves no recovery file behind; a crash does.
    if (!isModified())
        CiFile::removeRecovery(m_path);
}

void CiEditorView::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *menuBar = new QMenuBar(this);
    menuBar->setNativeMenuBar(false);
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addAction(tr("&New from Template"), QKeySequence::New, this, [this] {
        if (maybeSave())
            newFromTemplate();
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &CiEditorView::promptOpenFile);
    file->addAction(tr("Open from &Server…"), this, &CiEditorView::promptOpenRemote);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), QKeySequence::Save, this, [this] {
        if (m_path.isEmpty())
            promptSaveAs();
        else
            save();
    });
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &CiEditorView::promptSaveAs);
    file->addSeparator();
    m_commitAction = file->addAction(tr("&Commit to Server…"), this, &CiEditorView::promptCommit);
    file->addAction(tr("Commit to &Local Clone…"), this, &CiEditorView::promptLocalCommit);
    QMenu *edit = menuBar->addMenu(tr("&Edit"));
    auto *undoAction = edit->addAction(tr("&Undo"), QKeySequence::Undo, this, &CiEditorView::undo);
    auto *redoAction = edit->addAction(tr("&Redo"), QKeySequence::Redo, this, &CiEditorView::redo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    addAction(redoAction);
    edit->addSeparator();
    edit->addAction(tr("Add &Job…"), this, [this] { promptAddJob(QStringLiteral("test"), {}); });
    QMenu *view = menuBar->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), this, [this] { m_graph->zoomBy(1.2); });
    view->addAction(tr("Zoom &Out"), this, [this] { m_graph->zoomBy(1 / 1.2); });
    view->addAction(tr("&Fit Graph"), this, [this] { m_graph->fitAll(); });
    QMenu *server = menuBar->addMenu(tr("&Pipeline"));
    m_lintAction = server->addAction(tr("&Lint on Server"), this, [this] {
        m_tabs->setCurrentIndex(2);
        lintOnServer(m_lintRef->text());
    });
    server->addAction(tr("&Which Jobs Run…"), this, [this] {
        m_tabs->setCurrentIndex(1);
        simulate();
    });

    auto *header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(8, 0, 8, 0);
    headerLayout->addWidget(menuBar);
    m_fileLabel = new QLabel(header);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerLayout->addWidget(m_fileLabel, 1);
    m_status = new QLabel(header);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    headerLayout->addWidget(m_status);
    outer->addWidget(header);

    m_banner = makeBanner(this, QStringLiteral("QLabel { background: #fdecea; color: #8a1f15; padding: 6px 10px; }"));
    outer->addWidget(m_banner);
    m_recoveryBar = new QFrame(this);
    m_recoveryBar->setObjectName(QStringLiteral("ciRecoveryBar"));
    m_recoveryBar->setStyleSheet(QStringLiteral("QFrame { background: #fdf6e3; } QLabel { color: #5c4400; }"));
    auto *recoveryLayout = new QHBoxLayout(m_recoveryBar);
    recoveryLayout->setContentsMargins(10, 4, 10, 4);
    m_recoveryLabel = new QLabel(m_recoveryBar);
    m_recoveryLabel->setWordWrap(true);
    recoveryLayout->addWidget(m_recoveryLabel, 1);
    auto *restore = new QPushButton(tr("Restore"), m_recoveryBar);
    restore->setObjectName(QStringLiteral("restore"));
    auto *discard = new QPushButton(tr("Discard"), m_recoveryBar);
    recoveryLayout->addWidget(restore);
    recoveryLayout->addWidget(discard);
    m_recoveryBar->hide();
    outer->addWidget(m_recoveryBar);
    connect(restore, &QPushButton::clicked, this, [this] {
        const QString path = m_recoveryBar->property("path").toString();
        if (!m_hasDocument || m_path != path) {
            if (path.isEmpty()) {
                loadBytes(QByteArray(), FileFormat(), QString());
            } else {
                const LoadedFile loaded = CiFile::load(path);
                loadBytes(loaded.text, loaded.format, path);
            }
        }
        // One undo step: what was there before (the file on disk) stays reachable with Undo.
        m_text->beginUndoAction();
        m_text->selectAll();
        m_text->replaceSelectedText(QString::fromUtf8(m_recoveryText));
        m_text->endUndoAction();
        reparseNow();
        m_recoveryBar->hide();
        updateTitle();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        CiFile::removeRecovery(m_recoveryBar->property("path").toString());
        m_recoveryBar->hide();
    });

    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack, 1);

    // Welcome: nothing open yet.
    auto *welcome = new QWidget(m_stack);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    auto *empty = new EmptyState(welcome);
    empty->setIconName(QStringLiteral("ci-editor"));
    empty->setTitle(tr("Edit a .gitlab-ci.yml"));
    empty->setBody(tr("Open a file from disk or from a project on your server, drop one here, or start from our "
                      "template with build, test and deploy stages. Graph, form and text stay in sync."));
    empty->setActionText(tr("New from Template"));
    connect(empty, &EmptyState::actionTriggered, this, &CiEditorView::newFromTemplate);
    welcomeLayout->addWidget(empty, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *openButton = new QPushButton(tr("Open File…"), welcome);
    auto *remoteButton = new QPushButton(tr("Open from Server…"), welcome);
    buttons->addWidget(openButton);
    buttons->addWidget(remoteButton);
    buttons->addStretch(1);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch(1);
    connect(openButton, &QPushButton::clicked, this, &CiEditorView::promptOpenFile);
    connect(remoteButton, &QPushButton::clicked, this, &CiEditorView::promptOpenRemote);
    m_stack->addWidget(welcome);

    // The editor.
    auto *vertical = new QSplitter(Qt::Vertical, m_stack);
    auto *panes = new QSplitter(Qt::Horizontal, vertical);
    m_graph = new CiGraphView(panes);
    m_text = new CiTextEdit(panes);
    auto *formScroll = new QScrollArea(panes);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_form = new CiJobForm(formScroll);
    formScroll->setWidget(m_form);
    panes->addWidget(m_graph);
    panes->addWidget(m_text);
    panes->addWidget(formScroll);
    panes->setStretchFactor(0, 6);
    panes->setStretchFactor(1, 4);
    panes->setStretchFactor(2, 3);
    panes->setSizes({530, 270, 250});
    m_tabs = new QTabWidget(vertical);
    m_tabs->setDocumentMode(true);
    // Scrollable tabs: their forms must not make the bottom panel tall.
    auto scrollable = [this](QWidget *content) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(content);
        return scroll;
    };
    m_tabs->addTab(buildProblemsTab(), tr("Problems"));
    m_tabs->addTab(scrollable(buildSimulationTab()), tr("Which Jobs Run"));
    m_tabs->addTab(scrollable(buildLintTab()), tr("Server Lint"));
    m_tabs->setMinimumHeight(80);
    vertical->addWidget(panes);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({540, 130});
    vertical->setChildrenCollapsible(false);
    m_stack->addWidget(vertical);

    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setAcceptDrops(true);
    m_graph->viewport()->setAcceptDrops(true);

    connect(m_text, &QsciScintilla::textChanged, this, [this] {
        m_holdStatus = false; // a push's outcome stays on the status line until the next edit
        if (m_applying)
            return;
        m_reparseTimer.start();
        m_autosaveTimer.start();
        updateTitle();
    });
    connect(m_text, &QsciScintilla::cursorPositionChanged, this, [this] {
        if (!m_applying)
            m_cursorTimer.start();
    });
    connect(m_text, &QsciScintilla::modificationChanged, this, [this] { updateTitle(); });

    connect(m_graph, &CiGraphView::jobSelected, this, [this](const QString &job) {
        m_selectedJob = job;
        updateForm();
        if (const Ci::Job *j = m_model.job(job); j && j->file == 0 && j->line > 0) {
            m_applying = true;
            m_text->setCursorPosition(j->line - 1, 0);
            m_text->ensureLineVisible(j->line - 1);
            m_applying = false;
        }
    });
    connect(m_graph, &CiGraphView::jobActivated, this, [this](const QString &) {
        if (QWidget *name = m_form->field(QStringLiteral("script")))
            name->setFocus();
    });
    connect(m_graph, &CiGraphView::addJobRequested, this, &CiEditorView::promptAddJob);
    connect(m_graph, &CiGraphView::duplicateJobRequested, this, [this](const QString &job) {
        QString name = job + QStringLiteral("-copy");
        for (int i = 2; m_model.job(name); ++i)
            name = job + QStringLiteral("-copy-%1").arg(i);
        duplicateJob(job, name);
    });
    connect(m_graph, &CiGraphView::renameJobRequested, this, &CiEditorView::promptRename);
    connect(m_graph, &CiGraphView::deleteJobRequested, this, &CiEditorView::deleteJob);
    connect(m_graph, &CiGraphView::moveJobRequested, this, &CiEditorView::moveJob);
    connect(m_graph, &CiGraphView::addNeedRequested, this, &CiEditorView::addNeed);

    connect(m_form, &CiJobForm::setKeyRequested, this, &CiEditorView::setKey);
    connect(m_form, &CiJobForm::unsetKeyRequested, this, &CiEditorView::unsetKey);
    connect(m_form, &CiJobForm::renameRequested, this, &CiEditorView::renameJob);
    connect(m_form, &CiJobForm::moveRequested, this, &CiEditorView::moveJob);
    updateTitle();
}

QWidget *CiEditorView::buildProblemsTab()
{
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("ciProblems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Line"), tr("Problem"), tr("Code")});
    m_problems->header()->setStretchLastSection(false);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_problems->setColumnWidth(0, 70);
    m_problems->setMinimumHeight(40);
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int line = item->data(0, Qt::UserRole).toInt();
        if (line > 0) {
            m_text->setCursorPosition(line - 1, qMax(0, item->data(0, Qt::UserRole + 1).toInt() - 1));
            m_text->ensureLineVisible(line - 1);
            m_text->setFocus();
        }
    });
    return m_problems;
}

QWidget *CiEditorView::buildSimulationTab()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    auto *inputs = new QFormLayout;
    m_simRef = new QLineEdit(box);
    m_simRef->setPlaceholderText(QStringLiteral("main"));
    m_simTag = new QCheckBox(tr("Tag"), box);
    auto *refRow = new QHBoxLayout;
    refRow->addWidget(m_simRef, 1);
    refRow->addWidget(m_simTag);
    inputs->addRow(tr("Ref"), refRow);
    m_simSource = new QComboBox(box);
    m_simSource->addItems({QStringLiteral("push"), QStringLiteral("merge_request_event"), QStringLiteral("web"),
                           QStringLiteral("schedule"), QStringLiteral("api"), QStringLiteral("trigger"),
                           QStringLiteral("pipeline"), QStringLiteral("parent_pipeline")});
    inputs->addRow(tr("Source"), m_simSource);
    m_simVariables = new QLineEdit(box);
    m_simVariables->setPlaceholderText(tr("NAME=value, …"));
    inputs->addRow(tr("Variables"), m_simVariables);
    m_simChanged = new QLineEdit(box);
    m_simChanged->setPlaceholderText(tr("src/main.c, docs/index.md, …"));
    inputs->addRow(tr("Changed files"), m_simChanged);
    auto *run = new QPushButton(tr("Show Jobs"), box);
    inputs->addRow(QString(), run);
    layout->addLayout(inputs, 2);
    auto *results = new QVBoxLayout;
    m_simSummary = new QLabel(tr("Choose a ref and a source to see which jobs a pipeline would run."), box);
    m_simSummary->setWordWrap(true);
    results->addWidget(m_simSummary);
    m_simJobs = new QTreeWidget(box);
    m_simJobs->setObjectName(QStringLiteral("ciSimulationJobs"));
    m_simJobs->setRootIsDecorated(false);
    m_simJobs->setHeaderLabels({tr("Job"), tr("Runs"), tr("When"), tr("Why")});
    m_simJobs->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    results->addWidget(m_simJobs, 1);
    layout->addLayout(results, 3);
    connect(run, &QPushButton::clicked, this, &CiEditorView::simulate);
    for (QLineEdit *edit : {m_simRef, m_simVariables, m_simChanged})
        connect(edit, &QLineEdit::returnPressed, this, &CiEditorView::simulate);
    return box;
}

QWidget *CiEditorView::buildLintTab()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Dry run on"), box));
    m_lintRef = new QLineEdit(box);
    m_lintRef->setPlaceholderText(tr("default branch"));
    row->addWidget(m_lintRef);
    auto *lint = new QPushButton(tr("Lint on Server"), box);
    row->addWidget(lint);
    m_lintStatus = new QLabel(tr("Open the file from a project on your server to lint it there, includes and all."), box);
    m_lintStatus->setWordWrap(true);
    row->addWidget(m_lintStatus, 1);
    layout->addLayout(row);
    auto *split = new QSplitter(Qt::Horizontal, box);
    m_lintJobs = new QListWidget(split);
    m_lintMerged = new QPlainTextEdit(split);
    m_lintMerged->setObjectName(QStringLiteral("ciLintMerged"));
    m_lintMerged->setReadOnly(true);
    m_lintMerged->setPlaceholderText(tr("The merged YAML appears here."));
    split->addWidget(m_lintJobs);
    split->addWidget(m_lintMerged);
    layout->addWidget(split, 1);
    connect(lint, &QPushButton::clicked, this, [this] { lintOnServer(m_lintRef->text()); });
    return box;
}

void CiEditorView::accountChanged()
{
    Api::GitLabClient *client = m_context.accounts ? m_context.accounts->client() : nullptr;
    m_server->setClient(client);
    if (!m_path.isEmpty() && !m_remote.isValid()) {
        resetServerContext();
        loadLocalContext();
        m_doc = Ci::Document(); // validate again without the other server's context
        reparseNow();
    }
}

void CiEditorView::resetServerContext()
{
    m_validationContext = Ci::ValidationContext();
    m_localProject.clear();
    m_form->setTagSuggestions({});
}

// A file opened from disk that lies in a clone of a project on the signed-in server belongs to
// that project: its branches, default branch and runner tags inform the checks and the form.
void CiEditorView::loadLocalContext()
{
    Api::GitLabClient *client = m_server->client();
    if (m_path.isEmpty() || m_remote.isValid() || !client)
        return;
    const Git::CloneOrigin origin = Git::CloneOrigin::find(m_path);
    QString project;
    if (!origin.isClone || !origin.isOn(client->server(), &project))
        return;
    m_localProject = project;
    m_server->loadContext(project);
}

// ---- files ----------------------------------------------------------------------------------

void CiEditorView::loadBytes(const QByteArray &text, const FileFormat &format, const QString &path)
{
    m_path = path;
    m_format = format;
    m_selectedJob.clear();
    m_applying = true;
    m_text->loadText(text);
    m_applying = false;
    m_hasDocument = true;
    m_graph->resetView();
    m_stack->setCurrentIndex(1);
    m_doc = Ci::Document();
    reparseNow();
    if (!m_model.jobs().isEmpty()) {
        const auto &jobs = m_model.jobs();
        const auto first = std::find_if(jobs.cbegin(), jobs.cend(), [](const Ci::Job &j) { return !j.hidden; });
        selectJob(first != jobs.cend() ? first->name : jobs.constFirst().name);
    }
    updateTitle();
}

bool CiEditorView::openFile(const QString &path)
{
    const LoadedFile loaded = CiFile::load(path);
    if (!loaded.isOk()) {
        showMessage(loaded.error, true);
        return false;
    }
    m_remote = RemoteFile();
    resetServerContext();
    loadBytes(loaded.text, loaded.format, QFileInfo(path).absoluteFilePath());
    loadLocalContext();
    bool exists = false;
    const QByteArray recovered = CiFile::readRecovery(m_path, &exists);
    if (exists && recovered != loaded.text) {
        m_recoveryText = recovered;
        m_recoveryBar->setProperty("path", m_path);
        m_recoveryLabel->setText(tr("LabDesk kept unsaved changes to this file from a previous session."));
        m_recoveryBar->show();
    }
    return true;
}

void CiEditorView::newFromTemplate()
{
    m_remote = RemoteFile();
    resetServerContext();
    loadBytes(CiFile::starterTemplate(), FileFormat(), QString());
}

bool CiEditorView::isModified() const
{
    return m_hasDocument && m_text->isModified();
}

bool CiEditorView::save()
{
    if (m_path.isEmpty())
        return false;
    const QString error = CiFile::save(m_path, m_text->bytes(), m_format);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    m_text->setModified(false);
    CiFile::removeRecovery(m_path);
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(m_path)));
    updateTitle();
    return true;
}

bool CiEditorView::saveAs(const QString &path)
{
    const QString old = m_path;
    m_path = QFileInfo(path).absoluteFilePath();
    if (!save()) {
        m_path = old;
        return false;
    }
    CiFile::removeRecovery(old);
    return true;
}

bool CiEditorView::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them?")
            .arg(m_path.isEmpty() ? tr("This pipeline") : QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (m_path.isEmpty())
            promptSaveAs();
        else
            save();
        return !isModified();
    }
    CiFile::removeRecovery(m_path);
    m_text->setModified(false);
    return true;
}

void CiEditorView::autosave()
{
    if (isModified())
        CiFile::writeRecovery(m_path, m_text->bytes());
}

void CiEditorView::offerRecovery()
{
    bool exists = false;
    const QByteArray recovered = CiFile::readRecovery(QString(), &exists);
    if (!exists || recovered.isEmpty())
        return;
    m_recoveryText = recovered;
    m_recoveryBar->setProperty("path", QString());
    m_recoveryLabel->setText(tr("LabDesk kept an unsaved pipeline from a previous session."));
    m_recoveryBar->show();
}

void CiEditorView::promptOpenFile()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open CI File"), QFileInfo(m_path).absolutePath(),
                                                      tr("GitLab CI files (*.yml *.yaml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFileInfo info(path);
    // A clone's root opens its .gitlab-ci.yml.
    if (info.isDir())
        openFile(info.absoluteFilePath() + QStringLiteral("/.gitlab-ci.yml"));
    else
        openFile(path);
}

void CiEditorView::promptSaveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save CI File"), m_path.isEmpty() ? QDir::homePath() + QStringLiteral("/.gitlab-ci.yml") : m_path,
        tr("GitLab CI files (*.yml *.yaml);;All files (*)"));
    if (!path.isEmpty())
        saveAs(path);
}

bool CiEditorView::handleDrop(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return false;
    event->acceptProposedAction();
    if (maybeSave()) {
        QFileInfo info(urls.constFirst().toLocalFile());
        openFile(info.isDir() ? info.absoluteFilePath() + QStringLiteral("/.gitlab-ci.yml") : info.absoluteFilePath());
    }
    return true;
}

void CiEditorView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CiEditorView::dropEvent(QDropEvent *event)
{
    handleDrop(event);
}

bool CiEditorView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::DragEnter) {
            auto *drag = static_cast<QDragEnterEvent *>(event);
            if (drag->mimeData()->hasUrls()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            if (handleDrop(static_cast<QDropEvent *>(event)))
                return true;
        }
    } else if (watched == window() && event->type() == QEvent::Close) {
        if (!maybeSave()) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CiEditorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_watchingWindow && window() != this) {
        m_watchingWindow = true;
        window()->installEventFilter(this);
    }
}

// ---- parsing and sync -----------------------------------------------------------------------

void CiEditorView::reparseNow()
{
    m_reparseTimer.stop();
    if (!m_hasDocument)
        return;
    const QByteArray bytes = m_text->bytes();
    if (!m_doc.bytes().isNull() && bytes == m_doc.bytes() && m_parses)
        return;
    // Only the top-level entries the change touched are parsed and modelled again (see
    // Document::update and Model::update); m_model stays the last good model until then.
    const Ci::DocumentChange change = m_doc.update(bytes);
    if (!m_doc.isValid()) {
        // Keep the last good model (graph, form); never touch the text.
        m_parses = false;
        const Ci::ParseError &error = m_doc.error();
        m_banner->setText(tr("The YAML does not parse (line %1, column %2): %3. The graph shows the last version "
                             "that did; graph and form edits wait until the text is fixed.")
                              .arg(error.line)
                              .arg(error.column)
                              .arg(error.message));
        m_banner->show();
        m_graph->setStale(true);
        m_form->setEnabled(false);
        Ci::Diagnostic diagnostic;
        diagnostic.code = QStringLiteral("yaml-syntax");
        diagnostic.message = error.message;
        diagnostic.line = error.line;
        diagnostic.column = error.column;
        m_diagnostics = {diagnostic};
        m_text->setDiagnostics(m_diagnostics);
        updateProblems();
        Q_EMIT reparsed();
        return;
    }
    // After a version that did not parse, change is not incremental: the model is built anew.
    m_parses = true;
    Ci::ModelOptions options;
    if (!m_path.isEmpty())
        options.rootDir = QFileInfo(m_path).absolutePath();
    m_model = Ci::Model::update(std::move(m_model), m_doc, change, options);
    m_diagnostics = Ci::Validator::validate(m_doc, m_model, m_validationContext);

    m_banner->hide();
    m_graph->setStale(false);
    m_form->setEnabled(true);
    m_graph->setModel(m_model);
    if (!m_selectedJob.isEmpty() && !m_model.job(m_selectedJob))
        m_selectedJob.clear();
    m_graph->selectJob(m_selectedJob, false);
    QStringList names;
    names.reserve(m_model.jobs().size());
    for (const Ci::Job &job : m_model.jobs())
        names << job.name;
    m_text->setJobNames(names);
    m_form->setJobNames(names);
    m_form->setStages(m_model.stages());
    m_text->setDiagnostics(m_diagnostics);
    updateForm();
    updateProblems();
    if (m_simulated)
        simulate();
    Q_EMIT reparsed();
}

void CiEditorView::updateForm()
{
    const Ci::Job *job = m_model.job(m_selectedJob);
    if (!job) {
        m_form->setJob({}, {}, {}, false);
        return;
    }
    const bool fromMain = job->file == 0 && job->valueNode >= 0 && m_parses;
    Ci::Value own = job->config;
    bool editable = false;
    if (fromMain && job->valueNode < int(m_doc.nodes().size())) {
        const Ci::Node &node = m_doc.node(job->valueNode);
        own = Ci::Value::fromNode(m_doc, job->valueNode);
        editable = node.isMapping() && !node.isFlow();
    }
    m_form->setJob(job->name, own, job->config, editable);
}

void CiEditorView::updateProblems()
{
    m_problems->clear();
    int errors = 0;
    int warnings = 0;
    QList<QTreeWidgetItem *> items;
    for (const Ci::Diagnostic &d : std::as_const(m_diagnostics)) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, d.line > 0 ? (d.file.isEmpty() ? QString::number(d.line) : QStringLiteral("%1:%2").arg(d.file).arg(d.line))
                                    : QString());
        item->setData(0, Qt::UserRole, d.file.isEmpty() ? d.line : 0);
        item->setData(0, Qt::UserRole + 1, d.column);
        item->setText(1, d.message);
        item->setToolTip(1, d.message);
        item->setText(2, d.code);
        item->setIcon(0, style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                               : d.severity == Ci::Diagnostic::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                                : QStyle::SP_MessageBoxInformation));
        items << item;
        if (d.isError())
            ++errors;
        else if (d.severity == Ci::Diagnostic::Severity::Warning)
            ++warnings;
    }
    m_problems->addTopLevelItems(items);
    m_tabs->setTabText(0, errors + warnings == 0 ? tr("Problems") : tr("Problems (%1)").arg(errors + warnings));
    if (m_holdStatus)
        return;
    m_status->setText(!m_parses      ? tr("YAML error")
                      : errors > 0   ? tr("%n error(s)", nullptr, errors)
                      : warnings > 0 ? tr("%n warning(s)", nullptr, warnings)
                                     : tr("No problems"));
}

void CiEditorView::updateTitle()
{
    if (!m_hasDocument) {
        m_fileLabel->setText(QString());
        return;
    }
    QString name = m_path.isEmpty() ? (m_remote.isValid() ? QStringLiteral("%1 — %2 @ %3").arg(m_remote.filePath, m_remote.projectPath, m_remote.branch)
                                                          : tr("Untitled pipeline"))
                                    : QDir::toNativeSeparators(m_path);
    if (isModified())
        name += QStringLiteral(" •");
    m_fileLabel->setText(name);
}

void CiEditorView::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(text);
    m_status->setForegroundRole(error ? QPalette::Text : QPalette::PlaceholderText);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b42318;") : QString());
}

QString CiEditorView::bannerText() const
{
    return m_banner->isVisibleTo(const_cast<CiEditorView *>(this)) ? m_banner->text() : QString();
}

QString CiEditorView::statusText() const
{
    return m_status->text();
}

void CiEditorView::selectJob(const QString &job)
{
    m_selectedJob = m_model.job(job) ? job : QString();
    m_graph->selectJob(m_selectedJob);
    updateForm();
}

void CiEditorView::onCursorMoved(int line)
{
    if (!m_parses)
        return;
    const Ci::Job *best = nullptr;
    for (const Ci::Job &job : m_model.jobs()) {
        if (job.file == 0 && job.line > 0 && job.line <= line && (!best || job.line > best->line))
            best = &job;
    }
    // A top-level key after the job (global keyword) ends it.
    if (best && m_doc.root() >= 0) {
        const Ci::Node &root = m_doc.node(m_doc.root());
        for (size_t i = 0; i + 1 < root.children.size(); i += 2) {
            const Ci::Node &key = m_doc.node(root.children[i]);
            if (key.line > best->line && key.line <= line) {
                best = nullptr;
                break;
            }
        }
    }
    if (best && best->name != m_selectedJob) {
        m_selectedJob = best->name;
        m_graph->selectJob(m_selectedJob);
        updateForm();
    }
}

void CiEditorView::undo()
{
    m_text->undo();
    reparseNow();
}

void CiEditorView::redo()
{
    m_text->redo();
    reparseNow();
}

// ---- edits ----------------------------------------------------------------------------------

bool CiEditorView::applyEdit(const std::function<Ci::EditResult(const Ci::Editor &)> &make, const QString &selectAfter)
{
    reparseNow();
    if (!m_parses) {
        showMessage(tr("Fix the YAML error first: the text is not changed while it does not parse."), true);
        return false;
    }
    const Ci::Editor editor(m_doc, m_model);
    const Ci::EditResult result = make(editor);
    if (!result.isOk()) {
        showMessage(result.error, true);
        return false;
    }
    if (result.patch.isEmpty())
        return true;
    m_applying = true;
    const bool applied = m_text->applyPatch(result.patch);
    m_applying = false;
    if (!applied) {
        showMessage(tr("The edit no longer fits the text; nothing was changed."), true);
        return false;
    }
    if (!selectAfter.isEmpty())
        m_selectedJob = selectAfter;
    m_autosaveTimer.start();
    reparseNow();
    m_graph->selectJob(m_selectedJob);
    updateTitle();
    if (!result.danglingNeeds.isEmpty())
        showMessage(tr("Still pointing at the deleted job: %1").arg(result.danglingNeeds.join(QStringLiteral(", "))), true);
    else
        showMessage(QString());
    return true;
}

bool CiEditorView::addJob(const QString &stage, const QString &name)
{
    return applyEdit([&](const Ci::Editor &e) { return e.addJob(name, stage); }, name);
}

bool CiEditorView::duplicateJob(const QString &job, const QString &newName)
{
    return applyEdit([&](const Ci::Editor &e) { return e.duplicateJob(job, newName); }, newName);
}

bool CiEditorView::renameJob(const QString &job, const QString &newName)
{
    return applyEdit([&](const Ci::Editor &e) { return e.renameJob(job, newName); }, newName);
}

bool CiEditorView::deleteJob(const QString &job)
{
    if (m_selectedJob == job)
        m_selectedJob.clear();
    return applyEdit([&](const Ci::Editor &e) { return e.deleteJob(job); });
}

bool CiEditorView::moveJob(const QString &job, const QString &stage)
{
    return applyEdit([&](const Ci::Editor &e) { return e.moveJob(job, stage); }, job);
}

bool CiEditorView::addNeed(const QString &job, const QString &need)
{
    return applyEdit([&](const Ci::Editor &e) { return e.addNeed(job, need); }, job);
}

bool CiEditorView::setKey(const QString &job, const QString &key, const QString &flowValue)
{
    return applyEdit([&](const Ci::Editor &e) { return e.setKey(job, key, flowValue); }, job);
}

bool CiEditorView::unsetKey(const QString &job, const QString &key)
{
    return applyEdit([&](const Ci::Editor &e) { return e.unsetKey(job, key); }, job);
}

void CiEditorView::promptAddJob(const QString &stage, const QString &name)
{
    QString jobName = name;
    if (jobName.isEmpty()) {
        QString suggestion = stage + QStringLiteral("-job");
        for (int i = 2; m_model.job(suggestion); ++i)
            suggestion = stage + QStringLiteral("-job-%1").arg(i);
        bool ok = false;
        jobName = QInputDialog::getText(this, tr("Add Job"), tr("Name of the new job in stage “%1”:").arg(stage),
                                        QLineEdit::Normal, suggestion, &ok)
                      .trimmed();
        if (!ok || jobName.isEmpty())
            return;
    }
    addJob(stage, jobName);
}

void CiEditorView::promptRename(const QString &job)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Job"), tr("New name for “%1”:").arg(job),
                                               QLineEdit::Normal, job, &ok)
                             .trimmed();
    if (ok && !name.isEmpty() && name != job)
        renameJob(job, name);
}

// ---- simulation -----------------------------------------------------------------------------

void CiEditorView::simulate()
{
    m_simulated = true;
    Ci::PipelineInput input;
    input.ref = m_simRef->text().trimmed();
    if (input.ref.isEmpty())
        input.ref = m_validationContext.defaultBranch.isEmpty() ? QStringLiteral("main") : m_validationContext.defaultBranch;
    input.isTag = m_simTag->isChecked();
    input.source = m_simSource->currentText();
    if (!m_validationContext.defaultBranch.isEmpty())
        input.defaultBranch = m_validationContext.defaultBranch;
    for (const QString &pair : m_simVariables->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            input.variables.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    for (const QString &file : m_simChanged->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        input.changedFiles << file.trimmed();
    if (!m_path.isEmpty())
        input.rootDir = QFileInfo(m_path).absolutePath();
    const Ci::SimulationResult result = Ci::Simulation::run(m_model, input);
    m_simJobs->clear();
    int running = 0;
    QList<QTreeWidgetItem *> items;
    for (const Ci::JobDecision &decision : result.jobs) {
        auto *item = new QTreeWidgetItem({decision.job, decision.runs ? tr("yes") : tr("no"), decision.when, decision.reason});
        item->setToolTip(3, decision.reason);
        if (!decision.runs)
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        running += decision.runs ? 1 : 0;
        items << item;
    }
    m_simJobs->addTopLevelItems(items);
    m_simJobs->resizeColumnToContents(0);
    m_simSummary->setText(!result.pipelineCreated
                              ? tr("No pipeline: %1").arg(result.workflowReason)
                              : tr("%1 of %2 jobs run for %3 (%4).").arg(running).arg(result.jobs.size()).arg(input.ref, input.source));
}

// ---- server ---------------------------------------------------------------------------------

void CiEditorView::openRemote(const QString &project, const QString &branch, const QString &filePath)
{
    if (m_page)
        m_page->setLoading(true);
    m_server->open(project, branch, filePath);
}

void CiEditorView::commitToServer(const QString &message)
{
    if (!m_remote.isValid()) {
        showMessage(tr("Open the file from a project on the server first, or save it to disk."), true);
        Q_EMIT commitFinished(false, false);
        return;
    }
    setProperty("committing", true);
    m_server->commit(m_remote, CiFile::encode(m_text->bytes(), m_format), message);
}

void CiEditorView::showConflict(const RemoteFile &theirs)
{
    delete m_conflictDialog;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("ciConflictDialog"));
    dialog->setWindowTitle(tr("The File Changed on the Server"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(tr("Someone committed to %1 on %2 since you opened it. Nothing is lost: your version is "
                                "still in the editor. Choose what to do.")
                                 .arg(theirs.filePath, theirs.branch),
                             dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *split = new QSplitter(Qt::Horizontal, dialog);
    auto *mine = new QPlainTextEdit(QString::fromUtf8(m_text->bytes()), split);
    mine->setObjectName(QStringLiteral("mine"));
    mine->setReadOnly(true);
    auto *their = new QPlainTextEdit(QString::fromUtf8(CiFile::decode(theirs.content).text), split);
    their->setObjectName(QStringLiteral("theirs"));
    their->setReadOnly(true);
    split->addWidget(mine);
    split->addWidget(their);
    layout->addWidget(new QLabel(tr("Yours (left) and the server's (right)"), dialog));
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(dialog);
    auto *overwrite = buttons->addButton(tr("Commit Mine Anyway"), QDialogButtonBox::AcceptRole);
    auto *takeTheirs = buttons->addButton(tr("Load Theirs (Undo Brings Mine Back)"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Keep Editing"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    const QString message = property("commitMessage").toString();
    connect(overwrite, &QPushButton::clicked, this, [this, dialog, theirs, message] {
        m_remote.lastCommitId = theirs.lastCommitId;
        dialog->close();
        commitToServer(message.isEmpty() ? tr("Update %1").arg(m_remote.filePath) : message);
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this, dialog, theirs] {
        m_remote.lastCommitId = theirs.lastCommitId;
        m_text->beginUndoAction();
        m_text->selectAll();
        m_text->replaceSelectedText(QString::fromUtf8(CiFile::decode(theirs.content).text));
        m_text->endUndoAction();
        reparseNow();
        dialog->close();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    dialog->resize(900, 560);
    m_conflictDialog = dialog;
    dialog->show();
}

void CiEditorView::lintOnServer(const QString &ref)
{
    if (!m_remote.isValid()) {
        m_lintStatus->setText(tr("Open the file from a project on your server to lint it there."));
        Q_EMIT lintFinished(false);
        return;
    }
    m_lintStatus->setProperty("busy", true);
    m_lintStatus->setText(tr("Asking the server…"));
    m_server->lint(m_remote.project, m_text->bytes(), ref.isEmpty() ? m_remote.branch : ref);
}

void CiEditorView::promptOpenRemote()
{
    if (!m_server->client()) {
        showMessage(tr("Sign in to open files from a server."), true);
        return;
    }
    if (!maybeSave())
        return;
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Open from Server"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QFormLayout(dialog);
    auto *projects = new QComboBox(dialog);
    projects->setEditable(true);
    auto *branches = new QComboBox(dialog);
    branches->setEditable(true);
    auto *path = new QLineEdit(QStringLiteral(".gitlab-ci.yml"), dialog);
    layout->addRow(tr("Project"), projects);
    layout->addRow(tr("Branch"), branches);
    layout->addRow(tr("File"), path);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, dialog);
    layout->addRow(buttons);
    auto *session = new CiServerSession(dialog);
    session->setClient(m_server->client());
    connect(session, &CiServerSession::projectsListed, dialog, [projects](const QVector<ProjectEntry> &list) {
        for (const ProjectEntry &p : list)
            projects->addItem(p.path, p.id);
    });
    connect(session, &CiServerSession::branchesListed, dialog, [branches](const QStringList &list, const QString &def) {
        branches->clear();
        branches->addItems(list);
        branches->setCurrentText(def);
    });
    connect(projects, &QComboBox::currentIndexChanged, dialog, [projects, session] {
        const QString id = projects->currentData().toString();
        if (!id.isEmpty())
            session->listBranches(id);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, projects, branches, path] {
        const QString id = projects->currentData().toString().isEmpty() ? projects->currentText() : projects->currentData().toString();
        m_remote = RemoteFile();
        openRemote(id, branches->currentText(), path->text().trimmed());
        connect(this, &CiEditorView::remoteOpened, this, [this, projects] {
            m_remote.projectPath = projects->currentText();
            updateTitle();
        }, Qt::SingleShotConnection);
        dialog->accept();
    });
    session->listProjects();
    dialog->show();
}

void CiEditorView::promptCommit()
{
    if (!m_remote.isValid()) {
        promptLocalCommit();
        return;
    }
    bool ok = false;
    const QString message = QInputDialog::getText(this, tr("Commit to Server"),
                                                  tr("Commit message for %1 on %2:").arg(m_remote.filePath, m_remote.branch),
                                                  QLineEdit::Normal, tr("Update %1").arg(m_remote.filePath), &ok);
    if (!ok || message.trimmed().isEmpty())
        return;
    setProperty("commitMessage", message);
    commitToServer(message);
}

void CiEditorView::promptLocalCommit()
{
    if (m_path.isEmpty()) {
        showMessage(tr("Save the file inside a local clone first."), true);
        return;
    }
    if (isModified() && !save())
        return;
    const Git::CloneOrigin origin = Git::CloneOrigin::find(m_path);
    if (!origin.isClone) {
        showMessage(tr("%1 is not inside a local clone.").arg(QDir::toNativeSeparators(m_path)), true);
        return;
    }
    if (m_localCommitDialog)
        m_localCommitDialog->close();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("localCommitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Commit to Local Clone"));
    auto *layout = new QFormLayout(dialog);
    auto *message = new QLineEdit(tr("Update %1").arg(QFileInfo(m_path).fileName()), dialog);
    message->setObjectName(QStringLiteral("messageEdit"));
    message->setMinimumWidth(360);
    auto *branch = new QLineEdit(dialog);
    branch->setObjectName(QStringLiteral("branchEdit"));
    branch->setPlaceholderText(origin.branch.isEmpty() ? tr("the current branch")
                                                       : tr("%1 (the current branch)").arg(origin.branch));
    auto *push = new QCheckBox(tr("Push to origin"), dialog);
    push->setObjectName(QStringLiteral("pushCheck"));
    if (origin.originUrl.isEmpty()) {
        push->setEnabled(false);
        push->setToolTip(tr("This clone has no remote named origin."));
    } else {
        push->setChecked(property("pushAfterCommit").toBool());
        const QString shown = Git::RemoteAddress::parse(origin.originUrl).url; // never a password
        push->setToolTip(tr("After the commit, push the branch to %1").arg(shown));
    }
    layout->addRow(tr("Message"), message);
    layout->addRow(tr("Branch"), branch);
    layout->addRow(QString(), push);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Commit"));
    layout->addRow(buttons);
    connect(message, &QLineEdit::textChanged, dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, message, branch, push] {
        const QString text = message->text();
        const QString target = branch->text().trimmed();
        const bool andPush = push->isEnabled() && push->isChecked();
        if (text.trimmed().isEmpty())
            return;
        setProperty("pushAfterCommit", push->isChecked());
        dialog->accept();
        if (isModified() && !save()) // the commit takes the file as the editor shows it
            return;
        QString error;
        if (!commitToLocalClone(text, target, &error)) {
            showMessage(error, true);
            return;
        }
        if (andPush)
            pushLocalClone(target);
        else
            showMessage(tr("Committed to the local clone."));
    });
    m_localCommitDialog = dialog;
    dialog->show();
    message->setFocus();
    message->selectAll();
}

bool CiEditorView::commitToLocalClone(const QString &message, const QString &branch, QString *error)
{
    return Git::LocalCommit::commitFile(m_path, message, branch, error);
}

void CiEditorView::pushLocalClone(const QString &branch)
{
    const Git::CloneOrigin origin = m_path.isEmpty() ? Git::CloneOrigin() : Git::CloneOrigin::find(m_path);
    const QString name = branch.isEmpty() ? origin.branch : branch;
    auto refuse = [this](const QString &text) {
        showMessage(text, true);
        Q_EMIT pushFinished(false);
    };
    if (m_push)
        return refuse(tr("A push is already running."));
    if (!origin.isClone || origin.originUrl.isEmpty())
        return refuse(tr("This file is not in a clone with a remote named origin, so there is nowhere to push."));
    if (name.isEmpty())
        return refuse(tr("No branch is checked out, so there is nothing to push."));

    auto *job = new Git::TransferJob(this);
    m_push = job;
    showMessage(tr("Committed; pushing %1 to origin…").arg(name));
    m_holdStatus = true;
    connect(job, &Git::TransferJob::hostKeyConfirmationRequested, this, [this, job](const Git::HostKeyInfo &key) {
        const auto answer
            = QMessageBox::question(this, tr("Unknown Host Key"),
                                    tr("LabDesk has not seen the host key of %1 before:\n%2\n\nTrust it and push?")
                                        .arg(key.displayHost(), key.sha256Fingerprint));
        job->answerHostKey(answer == QMessageBox::Yes);
    });
    connect(job, &Git::TransferJob::finished, this, [this, job, name](const Git::TransferJob::Result &result) {
        job->deleteLater();
        m_push = nullptr;
        if (result.isOk())
            showMessage(tr("Committed and pushed %1 to origin.").arg(name));
        else
            showMessage(tr("The commit is in your local clone, but the push failed: %1").arg(result.message), true);
        Q_EMIT pushFinished(result.isOk());
    });

    const Git::RemoteAddress address = Git::RemoteAddress::parse(origin.originUrl);
    Git::RemoteAuth auth;
    Accounts::AccountManager *accounts = m_context.accounts;
    if (accounts) {
        for (const Accounts::ServerTrust::Pin &pin : accounts->trust()->pins())
            auth.pins.append({pin.host, pin.port, pin.sha256});
    }
    const QString workdir = origin.workdir;
    if (address.isSsh) {
        const Git::ClonesModel clones;
        const int row = clones.rowOfPath(workdir);
        const QString key = row >= 0 ? clones.entry(row).keyPath : QString();
        auth.method = key.isEmpty() ? Git::RemoteAuth::Method::SshAgent : Git::RemoteAuth::Method::SshKey;
        auth.privateKeyPath = key;
        Git::useKnownHosts(auth);
        job->startPush(workdir, name, auth);
        return;
    }
    const bool signedInThere = accounts && accounts->hasActiveAccount() && address.isValid
        && accounts->activeAccount().server.host().compare(address.host, Qt::CaseInsensitive) == 0;
    if (!signedInThere) {
        job->startPush(workdir, name, auth);
        return;
    }
    // The token goes to libgit2's credential callback only (never into the URL or .git/config).
    const Accounts::Account account = accounts->activeAccount();
    QPointer<Git::TransferJob> guard(job);
    accounts->tokenStore()->read(account.key(), [guard, auth, account, workdir, name](const auto &result) mutable {
        if (!guard)
            return;
        if (result.ok) {
            auth.method = Git::RemoteAuth::Method::Token;
            auth.username = account.username;
            auth.token = result.token;
        }
        guard->startPush(workdir, name, auth);
    });
}

} // namespace LabDesk::Ui::CiEditor
