// The CI editor's three panes in sync (offscreen): graph and form edits as minimal patches of the
// text, text edits re-parsed into graph and form, the greyed graph while the YAML is broken, undo
// across panes, byte-identical save, recovery files and the "which jobs run" panel.
#include "cieditor/cieditorview.h"
#include "cieditor/cifile.h"
#include "cieditor/cigraphview.h"
#include "cieditor/cijobform.h"
#include "cieditor/citextedit.h"

#include "core/app/commandline.h"
#include "core/ci/model.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTimer>

#include <git2.h>
#include <QLineEdit>
#include <QPushButton>
#include <QFrame>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace LabDesk;
using namespace LabDesk::Ui::CiEditor;

namespace {

// Types text at the end of the buffer, as a user would (QsciScintilla::append() would also empty
// the undo history).
void typeAtEnd(CiTextEdit *edit, const QString &text)
{
    edit->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
    edit->insert(text);
}

// The part of `after` that differs from `before`: [prefix, after.size() - suffix).
struct Change
{
    qsizetype prefix = 0;
    qsizetype beforeEnd = 0;
    qsizetype afterEnd = 0;
};

Change diff(const QByteArray &before, const QByteArray &after)
{
    Change c;
    const qsizetype n = qMin(before.size(), after.size());
    while (c.prefix < n && before[c.prefix] == after[c.prefix])
        ++c.prefix;
    qsizetype suffix = 0;
    while (suffix < n - c.prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    c.beforeEnd = before.size() - suffix;
    c.afterEnd = after.size() - suffix;
    return c;
}

QMap<QString, QByteArray> jobConfigs(const QByteArray &text)
{
    const Ci::Document doc = Ci::Document::parse(text);
    const Ci::Model model = Ci::Model::build(doc);
    QMap<QString, QByteArray> result;
    for (const Ci::Job &job : model.jobs())
        result.insert(job.name, job.config.toFlow());
    return result;
}

// Answers the next popup menu and input dialog the way a user would, while the code under test
// sits in their exec(): picks the menu entry whose text starts with `menuEntry`, then (when
// `dialogText` is set) types that into the input dialog and presses OK. Polls, so it works for
// menus and dialogs opened from inside event handlers.
class UiAnswers : public QObject
{
public:
    UiAnswers(const QString &menuEntry, const QString &dialogText = {})
        : m_menuEntry(menuEntry)
        , m_dialogText(dialogText)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }

    QStringList menuEntries; // what the menu offered
    bool pickedMenu = false;
    bool answeredDialog = false;
    QString dialogLabel;

private:
    void poll()
    {
        if (!pickedMenu && !m_menuEntry.isEmpty()) {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *wanted = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                menuEntries << action->text();
                if (!wanted && action->text().startsWith(m_menuEntry))
                    wanted = action;
            }
            pickedMenu = true;
            // Not from inside this timer's handler: the action may open a dialog with its own
            // event loop, and this timer must keep firing to answer it.
            QTimer::singleShot(0, menu, [menu, wanted] {
                if (wanted) {
                    menu->setActiveAction(wanted);
                    QTest::keyClick(menu, Qt::Key_Return);
                } else {
                    menu->close();
                }
            });
            return;
        }
        if (!m_dialogText.isNull() && !answeredDialog) {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogLabel = dialog->labelText();
            dialog->setTextValue(m_dialogText);
            answeredDialog = true;
            dialog->accept();
        }
        if ((pickedMenu || m_menuEntry.isEmpty()) && (m_dialogText.isNull() || answeredDialog))
            m_timer.stop();
    }

    QString m_menuEntry;
    QString m_dialogText;
    QTimer m_timer;
};

// Right-clicks the graph at `job`'s card (or at `where` in the scene when `job` is empty).
void contextMenuOn(CiGraphView *graph, const QString &job, QPointF where = {})
{
    const QPointF scenePoint = job.isEmpty() ? where : graph->cardCenter(job);
    const QPoint pos = graph->mapFromScene(scenePoint);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, graph->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(graph->viewport(), &event);
}

int lineOf(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

} // namespace

class tst_CiEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandLineOpensFile();
    void starterTemplateIsClean();
    void openFromDisk();
    void addJobOnGraphAddsExactlyThatJob();
    void graphGesturesMoveAndNeed();
    void formScriptChangesOnlyThatJob();
    void typingUpdatesGraphKeepingSelection();
    void brokenYamlKeepsGreyGraphAndText();
    void undoRedoAcrossPanes();
    void saveRoundTripIsByteIdentical();
    void recoveryFileIsOffered();
    void whichJobsRun();
    void completionAndDiagnostics();
    void commitToLocalClone();
    void graphContextMenuAdd();
    void graphContextMenuDuplicateRenameDelete();
    void graphKeyboardNavigation();
    void textCompletion_data();
    void textCompletion();
    void initialZoomShowsThePipelineReadably();

private:
    std::unique_ptr<CiEditorView> makeView();
    QTemporaryDir m_dir;
};

void tst_CiEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<CiEditorView> tst_CiEditor::makeView()
{
    auto view = std::make_unique<CiEditorView>(Ui::Context{}, nullptr);
    view->resize(1100, 700);
    view->show();
    return view;
}

void tst_CiEditor::commandLineOpensFile()
{
    const GuiOptions options = GuiCommandLine::parse({QStringLiteral("labdesk"), QStringLiteral("ci/.gitlab-ci.yml")});
    QCOMPARE(options.action, GuiOptions::Action::Run);
    QCOMPARE(options.ciFile, QStringLiteral("ci/.gitlab-ci.yml"));
    QCOMPARE(options.page, QStringLiteral("ci-editor"));
    const GuiOptions shot = GuiCommandLine::parse({QStringLiteral("labdesk"), QStringLiteral("--screenshot"),
                                                   QStringLiteral("x.png"), QStringLiteral("--page"),
                                                   QStringLiteral("ci-editor"), QStringLiteral("a.yaml")});
    QCOMPARE(shot.ciFile, QStringLiteral("a.yaml"));
    QCOMPARE(shot.screenshotPath, QStringLiteral("x.png"));
    // Still an error: something that is neither a YAML name nor an existing file, or two files.
    QCOMPARE(GuiCommandLine::parse({QStringLiteral("labdesk"), QStringLiteral("project")}).action,
             GuiOptions::Action::UsageError);
    QCOMPARE(GuiCommandLine::parse({QStringLiteral("labdesk"), QStringLiteral("a.yml"), QStringLiteral("b.yml")}).action,
             GuiOptions::Action::UsageError);
}

void tst_CiEditor::starterTemplateIsClean()
{
    auto view = makeView();
    view->newFromTemplate();
    QVERIFY(view->parses());
    for (const Ci::Diagnostic &d : view->diagnostics())
        QVERIFY2(!d.isError(), qPrintable(d.code + QLatin1Char(' ') + d.message));
    QCOMPARE(view->model().stages().mid(1, 3), (QStringList{"build", "test", "deploy"}));
    QVERIFY(view->model().job(QStringLiteral("deploy-production")));
    QVERIFY(view->model().job(QStringLiteral("build"))->tags.contains(QStringLiteral("docker")));
    QVERIFY(view->model().job(QStringLiteral("deploy-staging"))->hasRules);
    QCOMPARE(view->graph()->cardCount(), int(view->model().jobs().size()));
    QVERIFY(!view->isModified());
}

void tst_CiEditor::openFromDisk()
{
    const QString path = m_dir.filePath(QStringLiteral("open/.gitlab-ci.yml"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("stages: [a, b]\n.base:\n  tags: [x]\none:\n  stage: a\n  extends: .base\n  script: [echo 1]\n"
               "two:\n  stage: b\n  needs: [one]\n  when: manual\n  script: [echo 2]\n");
    file.close();
    auto view = makeView();
    QVERIFY(view->openFile(path));
    QCOMPARE(view->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(view->graph()->cardCount(), 3);
    const GraphLayout &layout = view->graph()->layoutData();
    QCOMPARE(layout.columns.constLast().stage, QString()); // the templates column, after the stages
    const GraphLayout::Card &two = layout.cards[layout.cardIndex.value(QStringLiteral("two"))];
    QCOMPARE(two.needs, QStringList{QStringLiteral("one")});
    QCOMPARE(two.when, QStringLiteral("manual"));
    QVERIFY(layout.cards[layout.cardIndex.value(QStringLiteral(".base"))].hidden);
    QCOMPARE(layout.cards[layout.cardIndex.value(QStringLiteral("one"))].tags, QStringList{QStringLiteral("x")});
    QVERIFY(!view->openFile(m_dir.filePath(QStringLiteral("missing.yml"))));
    QCOMPARE(view->filePath(), QFileInfo(path).absoluteFilePath()); // a failed open keeps the file
}

void tst_CiEditor::addJobOnGraphAddsExactlyThatJob()
{
    auto view = makeView();
    view->newFromTemplate();
    const QByteArray before = view->textEdit()->bytes();
    const auto jobsBefore = jobConfigs(before);
    view->graph()->requestAddJob(QStringLiteral("test"), QStringLiteral("integration"));
    const QByteArray after = view->textEdit()->bytes();
    QVERIFY(after != before);
    // A pure insertion: every byte of the old text is still there, in order.
    const Change c = diff(before, after);
    QCOMPARE(c.beforeEnd, c.prefix);
    const QByteArray inserted = after.mid(c.prefix, c.afterEnd - c.prefix);
    QVERIFY2(inserted.contains("integration:"), inserted.constData());
    auto jobsAfter = jobConfigs(after);
    QVERIFY(jobsAfter.contains(QStringLiteral("integration")));
    QCOMPARE(view->model().job(QStringLiteral("integration"))->stage, QStringLiteral("test"));
    jobsAfter.remove(QStringLiteral("integration"));
    QCOMPARE(jobsAfter, jobsBefore);
    // Graph and form follow, with the new job selected.
    QVERIFY(view->graph()->layoutData().cardIndex.contains(QStringLiteral("integration")));
    QCOMPARE(view->selectedJob(), QStringLiteral("integration"));
    QCOMPARE(view->form()->job(), QStringLiteral("integration"));
    QCOMPARE(view->graph()->selectedJob(), QStringLiteral("integration"));
}

void tst_CiEditor::graphGesturesMoveAndNeed()
{
    auto view = makeView();
    view->newFromTemplate();
    // Drop "lint" on the deploy column.
    const QPointF lint = view->graph()->cardCenter(QStringLiteral("lint"));
    QVERIFY(!lint.isNull());
    view->graph()->requestMove(QStringLiteral("lint"), QStringLiteral("deploy"));
    QCOMPARE(view->model().job(QStringLiteral("lint"))->stage, QStringLiteral("deploy"));
    // Drag build -> lint: lint needs build (it had needs: []).
    view->graph()->requestNeed(QStringLiteral("lint"), QStringLiteral("build"));
    const Ci::Job *job = view->model().job(QStringLiteral("lint"));
    QCOMPARE(job->needs.size(), 1);
    QCOMPARE(job->needs.constFirst().job, QStringLiteral("build"));
    // Rename and delete from the context menu's actions.
    QVERIFY(view->renameJob(QStringLiteral("lint"), QStringLiteral("style")));
    QVERIFY(view->model().job(QStringLiteral("style")));
    QVERIFY(view->duplicateJob(QStringLiteral("style"), QStringLiteral("style-2")));
    QVERIFY(view->model().job(QStringLiteral("style-2")));
    QVERIFY(view->deleteJob(QStringLiteral("style-2")));
    QVERIFY(!view->model().job(QStringLiteral("style-2")));
    // The real mouse gesture: drag "build" by the body onto the deploy column.
    const QPointF buildCenter = view->graph()->cardCenter(QStringLiteral("build"));
    const QPoint from = view->graph()->mapFromScene(buildCenter);
    const QPointF deployCard = view->graph()->cardCenter(QStringLiteral("deploy-staging"));
    const QPoint to = view->graph()->mapFromScene(QPointF(deployCard.x(), buildCenter.y()));
    QTest::mousePress(view->graph()->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), view->graph()->viewport()->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->graph()->viewport(), &move);
    QTest::mouseRelease(view->graph()->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(view->model().job(QStringLiteral("build"))->stage, QStringLiteral("deploy"));
}

void tst_CiEditor::formScriptChangesOnlyThatJob()
{
    auto view = makeView();
    view->newFromTemplate();
    view->selectJob(QStringLiteral("lint"));
    QCOMPARE(view->form()->job(), QStringLiteral("lint"));
    const QByteArray before = view->textEdit()->bytes();
    const Ci::Job *lint = view->model().job(QStringLiteral("lint"));
    const int firstLine = lint->line;
    int nextJobLine = 1 << 30;
    for (const Ci::Job &job : view->model().jobs()) {
        if (job.line > firstLine)
            nextJobLine = qMin(nextJobLine, job.line);
    }
    auto *script = qobject_cast<QPlainTextEdit *>(view->form()->field(QStringLiteral("script")));
    QVERIFY(script);
    QCOMPARE(script->toPlainText(), QStringLiteral("make lint"));
    script->setPlainText(QStringLiteral("make lint\nmake style"));
    view->form()->commit(QStringLiteral("script"));
    const QByteArray after = view->textEdit()->bytes();
    const Change c = diff(before, after);
    QVERIFY(c.afterEnd > c.prefix);
    QVERIFY2(lineOf(before, c.prefix) > firstLine && lineOf(before, c.beforeEnd) < nextJobLine,
             qPrintable(QStringLiteral("changed lines %1-%2, lint is %3-%4")
                            .arg(lineOf(before, c.prefix))
                            .arg(lineOf(before, c.beforeEnd))
                            .arg(firstLine)
                            .arg(nextJobLine)));
    auto jobsBefore = jobConfigs(before);
    auto jobsAfter = jobConfigs(after);
    QCOMPARE(view->model().job(QStringLiteral("lint"))->config.get(QStringLiteral("script"))->toStringList(),
             (QStringList{"make lint", "make style"}));
    jobsBefore.remove(QStringLiteral("lint"));
    jobsAfter.remove(QStringLiteral("lint"));
    QCOMPARE(jobsAfter, jobsBefore);
    QVERIFY(after.contains("    - make style\n")); // block style, like the file
    // An unchanged commit is no edit at all.
    view->form()->commit(QStringLiteral("script"));
    QCOMPARE(view->textEdit()->bytes(), after);
    // Tags through the form.
    auto *tags = qobject_cast<QLineEdit *>(view->form()->field(QStringLiteral("tags")));
    tags->setText(QStringLiteral("docker, linux"));
    view->form()->commit(QStringLiteral("tags"));
    QCOMPARE(view->model().job(QStringLiteral("lint"))->tags, (QStringList{"docker", "linux"}));
    // when: manual through the combo box.
    auto *when = qobject_cast<QComboBox *>(view->form()->field(QStringLiteral("when")));
    when->setCurrentText(QStringLiteral("manual"));
    view->form()->commit(QStringLiteral("when"));
    QCOMPARE(view->model().job(QStringLiteral("lint"))->when, QStringLiteral("manual"));
}

void tst_CiEditor::typingUpdatesGraphKeepingSelection()
{
    auto view = makeView();
    view->newFromTemplate();
    // The cursor sits in unit-tests (as after a click there) and the user types a new job at the end.
    const int unitLine = view->model().job(QStringLiteral("unit-tests"))->line;
    view->textEdit()->setCursorPosition(unitLine, 4);
    QTRY_COMPARE(view->selectedJob(), QStringLiteral("unit-tests")); // the cursor selects the job
    QCOMPARE(view->graph()->selectedJob(), QStringLiteral("unit-tests"));
    const int cards = view->graph()->cardCount();
    view->textEdit()->insertAt(QStringLiteral("\nextra:\n  stage: test\n  script:\n    - echo extra\n"),
                               view->textEdit()->lines(), 0);
    // Re-parsed after the pause, without help.
    QTRY_COMPARE(view->graph()->cardCount(), cards + 1);
    QVERIFY(view->graph()->layoutData().cardIndex.contains(QStringLiteral("extra")));
    QCOMPARE(view->graph()->selectedJob(), QStringLiteral("unit-tests"));
    QCOMPARE(view->form()->job(), QStringLiteral("unit-tests"));
    // Typing inside the selected job updates its card and its form.
    view->textEdit()->insertAt(QStringLiteral("  tags: [fast]\n"), unitLine, 0);
    QTRY_VERIFY(view->model().job(QStringLiteral("unit-tests"))->tags.contains(QStringLiteral("fast")));
    const GraphLayout &layout = view->graph()->layoutData();
    QVERIFY(layout.cards[layout.cardIndex.value(QStringLiteral("unit-tests"))].tags.contains(QStringLiteral("fast")));
    QCOMPARE(qobject_cast<QLineEdit *>(view->form()->field(QStringLiteral("tags")))->text(), QStringLiteral("fast"));
    QCOMPARE(view->graph()->selectedJob(), QStringLiteral("unit-tests"));
    QVERIFY(view->isModified());
}

void tst_CiEditor::brokenYamlKeepsGreyGraphAndText()
{
    auto view = makeView();
    view->newFromTemplate();
    const int cards = view->graph()->cardCount();
    typeAtEnd(view->textEdit(), QStringLiteral("broken: [unclosed\n  - : :\n"));
    const QByteArray typed = view->textEdit()->bytes();
    QTRY_VERIFY(!view->parses());
    QVERIFY(!view->bannerText().isEmpty());
    QVERIFY(view->graph()->isStale());
    QCOMPARE(view->graph()->cardCount(), cards); // the last good graph
    QCOMPARE(view->textEdit()->bytes(), typed);  // nothing rewrote the text
    // Graph and form edits wait.
    QVERIFY(!view->addJob(QStringLiteral("test"), QStringLiteral("nope")));
    QVERIFY(!view->form()->isEnabled());
    QCOMPARE(view->textEdit()->bytes(), typed);
    // Fixing the text brings everything back.
    view->undo();
    QVERIFY(view->parses());
    QVERIFY(view->bannerText().isEmpty());
    QVERIFY(!view->graph()->isStale());
}

void tst_CiEditor::undoRedoAcrossPanes()
{
    auto view = makeView();
    view->newFromTemplate();
    const QByteArray original = view->textEdit()->bytes();
    QVERIFY(view->addJob(QStringLiteral("test"), QStringLiteral("graph-job"))); // graph
    const QByteArray afterGraph = view->textEdit()->bytes();
    QVERIFY(view->setKey(QStringLiteral("graph-job"), QStringLiteral("when"), QStringLiteral("manual"))); // form
    QCOMPARE(view->model().job(QStringLiteral("graph-job"))->when, QStringLiteral("manual"));
    const QByteArray afterForm = view->textEdit()->bytes();
    view->textEdit()->setCursorPosition(0, 0);
    view->textEdit()->insert(QStringLiteral("# typed\n")); // text
    view->reparseNow();

    view->undo(); // the typing
    QCOMPARE(view->textEdit()->bytes(), afterForm);
    view->undo(); // the form edit: one step
    QCOMPARE(view->textEdit()->bytes(), afterGraph);
    QCOMPARE(view->model().job(QStringLiteral("graph-job"))->when, QStringLiteral("on_success"));
    view->undo(); // the graph edit: one step
    QCOMPARE(view->textEdit()->bytes(), original);
    QVERIFY(!view->model().job(QStringLiteral("graph-job")));
    QVERIFY(!view->graph()->layoutData().cardIndex.contains(QStringLiteral("graph-job")));
    QVERIFY(!view->isModified());
    view->redo();
    QCOMPARE(view->textEdit()->bytes(), afterGraph);
    QVERIFY(view->graph()->layoutData().cardIndex.contains(QStringLiteral("graph-job")));
}

void tst_CiEditor::saveRoundTripIsByteIdentical()
{
    // BOM, CRLF, comments, odd quoting and an executable bit.
    const QByteArray raw = "\xEF\xBB\xBF# top comment\r\nstages: [ build ]\r\n\r\nbuild:   # trailing\r\n  stage: 'build'\r\n"
                           "  script:\r\n    - echo \"h\xC3\xA9llo\"\r\n";
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.yml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(raw);
    }
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner);
    auto view = makeView();
    QVERIFY(view->openFile(path));
    QVERIFY(view->parses());
    QVERIFY(view->save());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), raw);
    file.close();
    QVERIFY(QFile::permissions(path) & QFileDevice::ExeOwner);
    // An edit keeps BOM and CRLF in the new lines.
    QVERIFY(view->setKey(QStringLiteral("build"), QStringLiteral("tags"), QStringLiteral("[linux]")));
    QVERIFY(view->save());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.startsWith("\xEF\xBB\xBF# top comment\r\n"));
    QCOMPARE(saved.count("\r\n"), saved.count('\n'));
    QVERIFY(saved.contains("linux"));
    // Latin-1 files stay Latin-1.
    const QByteArray latin = "build:\n  script: [\"echo caf\xE9\"]\n";
    const QString latinPath = m_dir.filePath(QStringLiteral("latin1.yml"));
    QFile latinFile(latinPath);
    QVERIFY(latinFile.open(QIODevice::WriteOnly));
    latinFile.write(latin);
    latinFile.close();
    QVERIFY(view->openFile(latinPath));
    QVERIFY(view->save());
    QVERIFY(latinFile.open(QIODevice::ReadOnly));
    QCOMPARE(latinFile.readAll(), latin);
}

void tst_CiEditor::recoveryFileIsOffered()
{
    const QString path = m_dir.filePath(QStringLiteral("recover.yml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("job:\n  script: [echo]\n");
    }
    {
        auto view = makeView();
        QVERIFY(view->openFile(path));
        typeAtEnd(view->textEdit(), QStringLiteral("# unsaved work\n"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(CiFile::recoveryPath(path)), 6000);
        // "Crash": the view goes away with unsaved work; the recovery file stays.
        QVERIFY(view->isModified());
    }
    QVERIFY(QFile::exists(CiFile::recoveryPath(path)));
    auto view = makeView();
    QVERIFY(view->openFile(path));
    auto *bar = view->findChild<QFrame *>(QStringLiteral("ciRecoveryBar"));
    QVERIFY(bar && bar->isVisible());
    auto *restore = bar->findChild<QPushButton *>(QStringLiteral("restore"));
    QVERIFY(restore);
    restore->click();
    QVERIFY(view->textEdit()->bytes().endsWith("# unsaved work\n"));
    QVERIFY(view->isModified());
    view->undo(); // the file as it is on disk
    QCOMPARE(view->textEdit()->bytes(), QByteArray("job:\n  script: [echo]\n"));
    QVERIFY(view->save());
    QVERIFY(!QFile::exists(CiFile::recoveryPath(path)));
}

void tst_CiEditor::whichJobsRun()
{
    auto view = makeView();
    view->newFromTemplate();
    view->simulate();
    auto *jobs = view->findChild<QTreeWidget *>(QStringLiteral("ciSimulationJobs"));
    QVERIFY(jobs);
    QMap<QString, QString> runs;
    for (int i = 0; i < jobs->topLevelItemCount(); ++i)
        runs.insert(jobs->topLevelItem(i)->text(0), jobs->topLevelItem(i)->text(1));
    QCOMPARE(runs.value(QStringLiteral("build")), tr("yes"));
    QCOMPARE(runs.value(QStringLiteral("deploy-staging")), tr("yes"));
    QCOMPARE(runs.value(QStringLiteral("deploy-production")), tr("no"));
    // The panel follows edits.
    QVERIFY(view->deleteJob(QStringLiteral("lint")));
    bool found = false;
    for (int i = 0; i < jobs->topLevelItemCount(); ++i)
        found = found || jobs->topLevelItem(i)->text(0) == QLatin1String("lint");
    QVERIFY(!found);
}

void tst_CiEditor::completionAndDiagnostics()
{
    auto view = makeView();
    view->newFromTemplate();
    QVERIFY(view->textEdit()->jobNames().contains(QStringLiteral("build")));
    // A need on a job that does not exist: a diagnostic on its line, shown as a marker.
    QVERIFY(view->setKey(QStringLiteral("lint"), QStringLiteral("needs"), QStringLiteral("[nosuchjob]")));
    bool found = false;
    int line = 0;
    for (const Ci::Diagnostic &d : view->diagnostics()) {
        if (d.message.contains(QLatin1String("nosuchjob")) || d.job == QLatin1String("lint")) {
            found = true;
            line = d.line;
        }
    }
    QVERIFY(found);
    QVERIFY(line > 0);
    QVERIFY(view->textEdit()->markersAtLine(line - 1) != 0);
    QVERIFY(!view->textEdit()->annotation(line - 1).isEmpty());
}

void tst_CiEditor::commitToLocalClone()
{
    git_libgit2_init();
    const QString root = m_dir.filePath(QStringLiteral("clone"));
    QDir().mkpath(root);
    git_repository *repo = nullptr;
    QCOMPARE(git_repository_init(&repo, root.toUtf8().constData(), 0), 0);
    const QString path = root + QStringLiteral("/.gitlab-ci.yml");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CiFile::starterTemplate());
    }
    auto view = makeView();
    QVERIFY(view->openFile(path));
    QString error;
    QVERIFY2(view->commitToLocalClone(QStringLiteral("Add CI"), QString(), &error), qPrintable(error));
    QVERIFY(view->addJob(QStringLiteral("test"), QStringLiteral("e2e")));
    QVERIFY(view->save());
    QVERIFY2(view->commitToLocalClone(QStringLiteral("Add e2e"), QStringLiteral("ci-e2e"), &error), qPrintable(error));

    git_reference *head = nullptr;
    QCOMPARE(git_repository_head(&head, repo), 0);
    QCOMPARE(QString::fromUtf8(git_reference_shorthand(head)), QStringLiteral("ci-e2e"));
    git_commit *commit = nullptr;
    QCOMPARE(git_reference_peel(reinterpret_cast<git_object **>(&commit), head, GIT_OBJECT_COMMIT), 0);
    QCOMPARE(QString::fromUtf8(git_commit_message(commit)), QStringLiteral("Add e2e"));
    QCOMPARE(git_commit_parentcount(commit), 1u);
    git_tree *tree = nullptr;
    QCOMPARE(git_commit_tree(&tree, commit), 0);
    const git_tree_entry *entry = git_tree_entry_byname(tree, ".gitlab-ci.yml");
    QVERIFY(entry);
    git_blob *blob = nullptr;
    QCOMPARE(git_blob_lookup(&blob, repo, git_tree_entry_id(entry)), 0);
    const QByteArray committed(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
    QCOMPARE(committed, view->textEdit()->bytes());
    git_blob_free(blob);
    git_tree_free(tree);
    git_commit_free(commit);
    git_reference_free(head);
    git_repository_free(repo);
    // Outside a clone: a plain error.
    const QString outside = m_dir.filePath(QStringLiteral("outside.yml"));
    {
        QFile file(outside);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("job:\n  script: [x]\n");
    }
    QVERIFY(view->openFile(outside));
    QVERIFY(!view->commitToLocalClone(QStringLiteral("x"), QString(), &error));
    QVERIFY(!error.isEmpty());
    git_libgit2_shutdown();
}

void tst_CiEditor::graphContextMenuAdd()
{
    auto view = makeView();
    view->newFromTemplate();
    const QByteArray before = view->textEdit()->bytes();
    // Right-click on a test card, "Add Job to “test”…", name it in the dialog.
    UiAnswers answers(QStringLiteral("Add Job to “test”"), QStringLiteral("integration"));
    contextMenuOn(view->graph(), QStringLiteral("lint"));
    QVERIFY(answers.pickedMenu);
    QVERIFY(answers.answeredDialog);
    QVERIFY2(answers.dialogLabel.contains(QLatin1String("test")), qPrintable(answers.dialogLabel));
    QCOMPARE(answers.menuEntries,
             QStringList({QStringLiteral("Duplicate"), QStringLiteral("Rename…"), QStringLiteral("Delete"),
                          QStringLiteral("Add Job to “test”…"), QStringLiteral("Fit to Window")}));
    const QByteArray after = view->textEdit()->bytes();
    // Exactly what the editor's own "add job" makes of the same text, and nothing else.
    auto reference = makeView();
    reference->newFromTemplate();
    QVERIFY(reference->addJob(QStringLiteral("test"), QStringLiteral("integration")));
    QCOMPARE(after, reference->textEdit()->bytes());
    const Change c = diff(before, after);
    QCOMPARE(c.beforeEnd, c.prefix); // a pure insertion
    auto jobsAfter = jobConfigs(after);
    QCOMPARE(view->model().job(QStringLiteral("integration"))->stage, QStringLiteral("test"));
    jobsAfter.remove(QStringLiteral("integration"));
    QCOMPARE(jobsAfter, jobConfigs(before));
    QCOMPARE(view->selectedJob(), QStringLiteral("integration"));

    // Cancelling the name dialog changes nothing.
    const QByteArray unchanged = view->textEdit()->bytes();
    {
        UiAnswers cancel(QStringLiteral("Add Job to “deploy”"));
        QTimer rejecter;
        rejecter.setInterval(10);
        connect(&rejecter, &QTimer::timeout, &rejecter, [] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        rejecter.start();
        contextMenuOn(view->graph(), QStringLiteral("deploy-staging"));
        QVERIFY(cancel.pickedMenu);
    }
    QCOMPARE(view->textEdit()->bytes(), unchanged);
}

void tst_CiEditor::graphContextMenuDuplicateRenameDelete()
{
    auto view = makeView();
    view->newFromTemplate();
    const QByteArray start = view->textEdit()->bytes();
    const auto jobsStart = jobConfigs(start);

    // Duplicate: a copy named lint-copy with lint's exact configuration, inserted, nothing else.
    {
        UiAnswers answers(QStringLiteral("Duplicate"));
        contextMenuOn(view->graph(), QStringLiteral("lint"));
        QVERIFY(answers.pickedMenu);
    }
    const QByteArray duplicated = view->textEdit()->bytes();
    Change c = diff(start, duplicated);
    QCOMPARE(c.beforeEnd, c.prefix);
    auto jobs = jobConfigs(duplicated);
    QCOMPARE(jobs.value(QStringLiteral("lint-copy")), jobsStart.value(QStringLiteral("lint")));
    jobs.remove(QStringLiteral("lint-copy"));
    QCOMPARE(jobs, jobsStart);
    QCOMPARE(view->selectedJob(), QStringLiteral("lint-copy"));

    // Rename through the dialog: the same as renameJob() would do.
    {
        UiAnswers answers(QStringLiteral("Rename"), QStringLiteral("style"));
        contextMenuOn(view->graph(), QStringLiteral("lint-copy"));
        QVERIFY(answers.answeredDialog);
        QVERIFY2(answers.dialogLabel.contains(QLatin1String("lint-copy")), qPrintable(answers.dialogLabel));
    }
    const QByteArray renamed = view->textEdit()->bytes();
    {
        auto reference = makeView();
        reference->newFromTemplate();
        QVERIFY(reference->duplicateJob(QStringLiteral("lint"), QStringLiteral("lint-copy")));
        QVERIFY(reference->renameJob(QStringLiteral("lint-copy"), QStringLiteral("style")));
        QCOMPARE(renamed, reference->textEdit()->bytes());
    }
    c = diff(duplicated, renamed);
    QCOMPARE(duplicated.mid(c.prefix, c.beforeEnd - c.prefix), QByteArray("lint-copy"));
    QCOMPARE(renamed.mid(c.prefix, c.afterEnd - c.prefix), QByteArray("style"));
    QVERIFY(view->model().job(QStringLiteral("style")));
    QVERIFY(!view->model().job(QStringLiteral("lint-copy")));

    // Delete: the job's block goes, every other byte stays.
    {
        UiAnswers answers(QStringLiteral("Delete"));
        contextMenuOn(view->graph(), QStringLiteral("style"));
        QVERIFY(answers.pickedMenu);
    }
    const QByteArray deleted = view->textEdit()->bytes();
    c = diff(renamed, deleted);
    QCOMPARE(c.afterEnd, c.prefix); // a pure deletion
    QVERIFY(renamed.mid(c.prefix, c.beforeEnd - c.prefix).contains("style:"));
    QCOMPARE(jobConfigs(deleted), jobsStart);
    QCOMPARE(deleted, start);

    // A stale graph (broken YAML) offers no menu at all.
    typeAtEnd(view->textEdit(), QStringLiteral("\nbroken: [\n"));
    view->reparseNow();
    QVERIFY(view->graph()->isStale());
    UiAnswers none(QStringLiteral("Delete"));
    contextMenuOn(view->graph(), QStringLiteral("build"));
    QVERIFY(!none.pickedMenu);
    QVERIFY(!QApplication::activePopupWidget());
}

void tst_CiEditor::graphKeyboardNavigation()
{
    auto view = makeView();
    view->newFromTemplate();
    CiGraphView *graph = view->graph();
    graph->setFocus();
    view->selectJob(QStringLiteral("build"));
    QCOMPARE(graph->selectedJob(), QStringLiteral("build"));
    // Right: the first card of the next stage column; Down: the next card in that column.
    QTest::keyClick(graph, Qt::Key_Right);
    QCOMPARE(graph->selectedJob(), QStringLiteral("unit-tests"));
    QCOMPARE(view->selectedJob(), QStringLiteral("unit-tests"));
    QCOMPARE(view->form()->job(), QStringLiteral("unit-tests"));
    QTest::keyClick(graph, Qt::Key_Down);
    QCOMPARE(graph->selectedJob(), QStringLiteral("lint"));
    QTest::keyClick(graph, Qt::Key_Down); // no card below: stays
    QCOMPARE(graph->selectedJob(), QStringLiteral("lint"));
    QTest::keyClick(graph, Qt::Key_Up);
    QCOMPARE(graph->selectedJob(), QStringLiteral("unit-tests"));
    QTest::keyClick(graph, Qt::Key_Right);
    QCOMPARE(graph->selectedJob(), QStringLiteral("deploy-staging"));
    QTest::keyClick(graph, Qt::Key_Left);
    QTest::keyClick(graph, Qt::Key_Left);
    QCOMPARE(graph->selectedJob(), QStringLiteral("build"));
    QTest::keyClick(graph, Qt::Key_Left); // no column to the left
    QCOMPARE(graph->selectedJob(), QStringLiteral("build"));
    QCOMPARE(view->textEdit()->bytes(), CiFile::starterTemplate()); // navigation edits nothing

    // F2 renames the selected job (the dialog asks), Delete deletes it.
    QTest::keyClick(graph, Qt::Key_Down);
    QCOMPARE(graph->selectedJob(), QStringLiteral("build"));
    view->selectJob(QStringLiteral("lint"));
    {
        UiAnswers answers(QString(), QStringLiteral("style"));
        QTest::keyClick(graph, Qt::Key_F2);
        QVERIFY(answers.answeredDialog);
    }
    QVERIFY(view->model().job(QStringLiteral("style")));
    QVERIFY(!view->model().job(QStringLiteral("lint")));
    QCOMPARE(graph->selectedJob(), QStringLiteral("style"));
    const auto jobsBefore = jobConfigs(view->textEdit()->bytes());
    QTest::keyClick(graph, Qt::Key_Delete);
    QVERIFY(!view->model().job(QStringLiteral("style")));
    auto expected = jobsBefore;
    expected.remove(QStringLiteral("style"));
    QCOMPARE(jobConfigs(view->textEdit()->bytes()), expected);
    // Enter on a job puts the focus in its script field.
    view->selectJob(QStringLiteral("build"));
    graph->setFocus();
    QTest::keyClick(graph, Qt::Key_Return);
    QWidget *script = view->form()->field(QStringLiteral("script"));
    QVERIFY(script);
    QTRY_VERIFY(view->focusWidget() == script || script->isAncestorOf(view->focusWidget()));
}

void tst_CiEditor::textCompletion_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("offered"); // all of these are in the list
    QTest::addColumn<QStringList>("notOffered"); // none of these
    QTest::addColumn<QString>("inserted"); // the text after Return on the first entry
    QTest::newRow("top-level keyword") << QStringLiteral("\nwor") << QStringList {QStringLiteral("workflow")}
                                       << QStringList {QStringLiteral("script"), QStringLiteral("build")}
                                       << QStringLiteral("workflow");
    QTest::newRow("job keyword") << QStringLiteral("\nmyjob:\n  scr") << QStringList {QStringLiteral("script")}
                                 << QStringList {QStringLiteral("workflow"), QStringLiteral("CI_COMMIT_SHA")}
                                 << QStringLiteral("script");
    QTest::newRow("job keywords by one letter")
        << QStringLiteral("\nmyjob:\n  a")
        << QStringList {QStringLiteral("after_script"), QStringLiteral("allow_failure"), QStringLiteral("artifacts")}
        << QStringList {QStringLiteral("script")} << QStringLiteral("after_script");
    QTest::newRow("needs: job names") << QStringLiteral(
        "\nmyjob:\n  needs: [de") << QStringList {QStringLiteral("deploy-production"), QStringLiteral("deploy-staging")}
                                      << QStringList {QStringLiteral("default"), QStringLiteral("dependencies")}
                                      << QStringLiteral("deploy-production");
    QTest::newRow("needs list item") << QStringLiteral("\nmyjob:\n  needs:\n    - un")
                                     << QStringList {QStringLiteral("unit-tests")} << QStringList()
                                     << QStringLiteral("unit-tests");
    QTest::newRow("extends") << QStringLiteral("\nmyjob:\n  extends: bu") << QStringList {QStringLiteral("build")}
                             << QStringList() << QStringLiteral("build");
    QTest::newRow("predefined variable") << QStringLiteral("\nmyjob:\n  script:\n    - echo $CI_COMMIT_S")
                                         << QStringList {QStringLiteral("CI_COMMIT_SHA"),
                                                         QStringLiteral("CI_COMMIT_SHORT_SHA")}
                                         << QStringList {QStringLiteral("CI_COMMIT_TAG"), QStringLiteral("script")}
                                         << QStringLiteral("CI_COMMIT_SHA");
}

void tst_CiEditor::textCompletion()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, offered);
    QFETCH(QStringList, notOffered);
    QFETCH(QString, inserted);
    auto view = makeView();
    view->newFromTemplate();
    CiTextEdit *edit = view->textEdit();
    edit->setFocus();
    // The lines before the last one go in as they are; the last one is typed key by key.
    const qsizetype lastBreak = typed.lastIndexOf(QLatin1Char('\n'));
    const QString head = typed.left(lastBreak + 1);
    const QString tail = typed.mid(lastBreak + 1);
    edit->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
    edit->insert(head);
    edit->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
    QTest::keyClicks(edit, tail);
    static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9_-]"));
    const QString word = tail.section(nonWord, -1);
    // A word of two characters or more opens the list by itself while typing.
    if (word.size() >= 2)
        QTRY_VERIFY2(edit->isListActive(), qPrintable(edit->text().right(60)));
    // Ask for the list at the end of the word, as Ctrl+Space would, and read what it offers.
    edit->cancelList();
    edit->autoCompleteFromAPIs();
    QVERIFY(edit->isListActive());
    QListWidget *list = nullptr;
    for (QListWidget *candidate : edit->findChildren<QListWidget *>()) {
        if (candidate->isVisible())
            list = candidate;
    }
    QVERIFY(list);
    QStringList items;
    for (int i = 0; i < list->count(); ++i)
        items << list->item(i)->text();
    for (const QString &candidate : std::as_const(offered))
        QVERIFY2(items.contains(candidate),
                 qPrintable(candidate + QStringLiteral(" not in ") + items.join(QLatin1Char(','))));
    for (const QString &candidate : std::as_const(notOffered))
        QVERIFY2(!items.contains(candidate),
                 qPrintable(candidate + QStringLiteral(" in ") + items.join(QLatin1Char(','))));
    for (const QString &item : std::as_const(items))
        QVERIFY2(item.startsWith(word, Qt::CaseInsensitive), qPrintable(item));
    QCOMPARE(items.constFirst(), inserted);
    // Return takes the first entry in place of the typed word.
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!edit->isListActive());
    QCOMPARE(QString::fromUtf8(edit->bytes()),
             QString::fromUtf8(CiFile::starterTemplate()) + typed.left(typed.size() - word.size()) + inserted);
}

// A pipeline of `stages` stages with one job each.
QByteArray pipelineOfStages(int stages)
{
    QByteArray text = "stages:\n";
    for (int i = 1; i <= stages; ++i)
        text += "  - stage" + QByteArray::number(i) + '\n';
    for (int i = 1; i <= stages; ++i)
        text += "\njob" + QByteArray::number(i) + ":\n  stage: stage" + QByteArray::number(i) + "\n  script: [make]\n";
    return text;
}

void tst_CiEditor::initialZoomShowsThePipelineReadably()
{
    auto view = makeView();
    CiGraphView *graph = view->graph();
    auto open = [&](int stages) {
        const QString path = m_dir.filePath(QStringLiteral("stages-%1.yml").arg(stages));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pipelineOfStages(stages)) < 0)
            return false;
        file.close();
        return view->openFile(path);
    };
    auto visibleScene = [graph] {
        return graph->mapToScene(graph->viewport()->rect()).boundingRect();
    };

    // Small enough: 100 %.
    QVERIFY(open(2));
    QCOMPARE(graph->zoom(), 1.0);
    // Wider than the pane but readable when scaled: exactly the whole pipeline.
    const qreal paneWidth = graph->viewport()->width();
    const int fitting = int(paneWidth / (GraphLayout::ColumnWidth * 0.6)) - 1;
    QVERIFY(fitting >= 2);
    QVERIFY(open(fitting));
    QVERIFY2(graph->zoom() < 1 && graph->zoom() >= CiGraphView::MinReadableZoom,
             qPrintable(QString::number(graph->zoom())));
    const QRectF whole = graph->scene()->sceneRect();
    QVERIFY2(visibleScene().adjusted(-1, -1, 1, 1).contains(whole), qPrintable(QString::number(graph->zoom())));
    QVERIFY(visibleScene().width() < whole.width() + GraphLayout::ColumnWidth); // not smaller than needed
    // Far too wide (13 stages, like Auto DevOps): the readable minimum, from the top-left, with
    // the first stages entirely in view and the rest a scroll away.
    QVERIFY(open(13));
    QCOMPARE(graph->zoom(), CiGraphView::MinReadableZoom);
    QCOMPARE(graph->horizontalScrollBar()->value(), graph->horizontalScrollBar()->minimum());
    QCOMPARE(graph->verticalScrollBar()->value(), graph->verticalScrollBar()->minimum());
    QVERIFY(graph->horizontalScrollBar()->maximum() > 0);
    const QRectF visible = visibleScene();
    QVERIFY(visible.contains(graph->cardCenter(QStringLiteral("job1"))));
    int stagesInView = 0;
    for (int i = 1; i <= 13; ++i)
        stagesInView += visible.contains(graph->cardCenter(QStringLiteral("job%1").arg(i))) ? 1 : 0;
    QVERIFY2(stagesInView >= int(paneWidth / (GraphLayout::ColumnWidth * CiGraphView::MinReadableZoom)) - 1,
             qPrintable(QString::number(stagesInView)));
    // The user's zoom is kept until the next file.
    graph->zoomBy(1.2);
    const qreal zoomed = graph->zoom();
    const int widthBefore = graph->viewport()->width();
    view->resize(view->width() + 120, view->height());
    QTRY_VERIFY(graph->viewport()->width() != widthBefore); // the pane did get the resize
    QCOMPARE(graph->zoom(), zoomed);
}

QTEST_MAIN(tst_CiEditor)
#include "tst_cieditor.moc"
