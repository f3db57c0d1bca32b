// The CI editor with a local clone of a sandbox project (offscreen, signed in with a real
// AccountManager): a file opened from disk inside the clone gets its project's runner tags and
// branches (tag suggestions, no-runner-for-tags), and File > Commit to Local Clone… with "Push to
// origin" commits and pushes with the account's token; a server branch that moved ahead refuses
// the push with a clear message and the local commit stays.
#include "support/gitprobe.h"
#include "support/sandboxfixture.h"
#include "support/temphome.h"

#include "cieditor/cieditorview.h"
#include "cieditor/cijobform.h"
#include "cieditor/ciserver.h"
#include "cieditor/citextedit.h"
#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/tokenstore.h"
#include "core/app/backgroundtasks.h"
#include "core/git/transferjob.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <git2.h>

using namespace LabDesk;
using namespace LabDesk::Ui::CiEditor;

using LabDesk::Test::committedFile;
using LabDesk::Test::revParse;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray Pipeline = "stages: [build, test]\n\n"
                            "build:\n  stage: build\n  tags: [docker]\n  script:\n    - make\n\n"
                            "gpu-test:\n  stage: test\n  tags: [gpu]\n  script:\n    - make gpu-test\n";

} // namespace

class tst_CiEditorPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void localFileGetsTheProjectsRunnerTags();
    void commitAndPushFromTheDialog();
    void serverAheadRefusesThePushAndKeepsTheCommit();
    void fileOutsideAnyCloneHasNoServerContext();

private:
    std::unique_ptr<CiEditorView> openInEditor();
    void commitThroughDialog(CiEditorView *view, const QString &message, bool push);
    QByteArray rawFile(const QString &ref);
    QString serverBranchCommit(const QString &branch);

    Test::TempHome m_home;
    Test::SandboxFixture m_sandbox;
    QTemporaryDir m_work;
    BackgroundTasks m_tasks;
    Accounts::TokenStore m_tokens;
    std::unique_ptr<Accounts::ServerTrust> m_trust;
    std::unique_ptr<Accounts::AccountManager> m_accounts;
    QString m_project;
    QString m_projectPath;
    QString m_clone;
};

void tst_CiEditorPush::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_work.isValid());
    QVERIFY(git_libgit2_init() > 0);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    auto reply = m_sandbox.request(
        "POST", QStringLiteral("/projects"),
        json({{QStringLiteral("path"), QStringLiteral("ci-push")}, {QStringLiteral("initialize_with_readme"), true}}));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const QJsonObject project = QJsonDocument::fromJson(reply->readAll()).object();
    m_project = QString::number(project.value(QLatin1String("id")).toInt());
    m_projectPath = project.value(QLatin1String("path_with_namespace")).toString();
    auto created
        = m_sandbox.request("POST", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml").arg(m_project),
                            json({{QStringLiteral("branch"), QStringLiteral("main")},
                                  {QStringLiteral("content"), QString::fromUtf8(Pipeline)},
                                  {QStringLiteral("commit_message"), QStringLiteral("Add CI")}}));
    QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    // The project's runners: one with docker and linux, one with arm64 only.
    for (const QString &tags : {QStringLiteral("docker,linux"), QStringLiteral("arm64")}) {
        auto runner = m_sandbox.request("POST", QStringLiteral("/user/runners"),
                                        json({{QStringLiteral("runner_type"), QStringLiteral("project_type")},
                                              {QStringLiteral("project_id"), m_project.toInt()},
                                              {QStringLiteral("description"), tags},
                                              {QStringLiteral("tag_list"), tags}}));
        QCOMPARE(runner->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    }

    // Signed in as the administrator, for this session only.
    auto user = m_sandbox.request("GET", QStringLiteral("/user"));
    const QJsonObject me = QJsonDocument::fromJson(user->readAll()).object();
    m_trust = std::make_unique<Accounts::ServerTrust>();
    m_accounts = std::make_unique<Accounts::AccountManager>(&m_tokens, m_trust.get());
    Accounts::Account account;
    account.server = m_sandbox.url();
    account.username = me.value(QLatin1String("username")).toString();
    account.userId = me.value(QLatin1String("id")).toInt();
    QVERIFY(!account.username.isEmpty());
    m_accounts->addAccount(account, m_sandbox.adminToken(), true, {});
    QTRY_VERIFY(m_accounts->hasActiveAccount());

    // A clone over HTTP with the token, as the Clones page makes it.
    QUrl url = m_sandbox.url();
    url.setPath(QLatin1Char('/') + m_projectPath + QStringLiteral(".git"));
    Git::CloneRequest request;
    request.url = url.toString();
    request.targetPath = m_work.filePath(QStringLiteral("ci-push"));
    request.auth.method = Git::RemoteAuth::Method::Token;
    request.auth.username = account.username;
    request.auth.token = m_sandbox.adminToken();
    Git::TransferJob job;
    QSignalSpy finished(&job, &Git::TransferJob::finished);
    job.startClone(request);
    QVERIFY(finished.wait(60000));
    const auto result = finished.constFirst().constFirst().value<Git::TransferJob::Result>();
    QVERIFY2(result.isOk(), qPrintable(result.message + QLatin1Char('\n') + result.details));
    m_clone = request.targetPath;
}

void tst_CiEditorPush::cleanupTestCase()
{
    m_accounts.reset();
    git_libgit2_shutdown();
}

QByteArray tst_CiEditorPush::rawFile(const QString &ref)
{
    auto reply = m_sandbox.request(
        "GET", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml/raw?ref=%2").arg(m_project, ref));
    return reply->readAll();
}

QString tst_CiEditorPush::serverBranchCommit(const QString &branch)
{
    auto reply = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/branches/%2").arg(m_project, branch));
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QLatin1String("commit"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

std::unique_ptr<CiEditorView> tst_CiEditorPush::openInEditor()
{
    auto view = std::make_unique<CiEditorView>(Ui::Context {&m_tasks, m_accounts.get()}, nullptr);
    view->resize(1100, 700);
    view->show();
    return view;
}

// File > Commit to Local Clone…, the way a user fills the dialog.
void tst_CiEditorPush::commitThroughDialog(CiEditorView *view, const QString &message, bool push)
{
    QAction *commit = nullptr;
    for (QAction *action : view->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Commit to &Local Clone…"))
            commit = action;
    }
    QVERIFY(commit);
    commit->trigger();
    QDialog *dialog = view->localCommitDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *messageEdit = dialog->findChild<QLineEdit *>(QStringLiteral("messageEdit"));
    auto *pushCheck = dialog->findChild<QCheckBox *>(QStringLiteral("pushCheck"));
    auto *branchEdit = dialog->findChild<QLineEdit *>(QStringLiteral("branchEdit"));
    QVERIFY(messageEdit && pushCheck && branchEdit);
    QVERIFY(pushCheck->isEnabled()); // the clone has an origin
    QVERIFY2(branchEdit->placeholderText().contains(QLatin1String("main")), qPrintable(branchEdit->placeholderText()));
    messageEdit->setText(message);
    pushCheck->setChecked(push);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!view->localCommitDialog());
}

void tst_CiEditorPush::localFileGetsTheProjectsRunnerTags()
{
    auto view = openInEditor();
    QSignalSpy context(view->server(), &CiServerSession::contextLoaded);
    QVERIFY(view->openFile(QDir(m_clone).filePath(QStringLiteral(".gitlab-ci.yml"))));
    QCOMPARE(view->localProject(), m_projectPath);
    QVERIFY(context.wait(10000));
    const QStringList tags = context.constFirst().at(1).toStringList();
    QCOMPARE(tags, QStringList({QStringLiteral("arm64"), QStringLiteral("docker"), QStringLiteral("linux")}));

    // The form's tags field completes from the project's runners.
    view->selectJob(QStringLiteral("build"));
    auto *tagsEdit = qobject_cast<QLineEdit *>(view->form()->field(QStringLiteral("tags")));
    QVERIFY(tagsEdit);
    QCompleter *completer = tagsEdit->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(QStringLiteral("d"));
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("docker"));
    const QStringList offered = static_cast<QStringListModel *>(completer->model())->stringList();
    QCOMPARE(offered, tags);
    // Typing the second tag of the list offers the runners' tags that match it, and taking one
    // keeps the first tag.
    view->activateWindow();
    tagsEdit->setFocus();
    tagsEdit->clear();
    QTest::keyClicks(tagsEdit, QStringLiteral("docker, li"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->rowCount(), 1);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("linux"));
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(tagsEdit->text(), QStringLiteral("docker, linux"));
    QTest::keyClicks(tagsEdit, QStringLiteral(", a"));
    QTRY_COMPARE(completer->completionModel()->rowCount(), 1); // "a" is in arm64 only
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("arm64"));
    tagsEdit->clear();

    // The problems panel: gpu-test's tag is on no runner; build's docker is.
    auto *problems = view->findChild<QTreeWidget *>(QStringLiteral("ciProblems"));
    QVERIFY(problems);
    QTreeWidgetItem *gpu = nullptr;
    int noRunner = 0;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = problems->topLevelItem(i);
        if (item->text(2) == QLatin1String("no-runner-for-tags")) {
            ++noRunner;
            gpu = item;
        }
    }
    QCOMPARE(noRunner, 1);
    QVERIFY2(gpu->text(1).contains(QLatin1String("gpu-test")) && gpu->text(1).contains(QLatin1String("gpu")),
             qPrintable(gpu->text(1)));
    // The branches came too: a rule on a branch the project lacks is flagged.
    QVERIFY(view->setKey(QStringLiteral("build"), QStringLiteral("rules"),
                         QStringLiteral("[{if: '$CI_COMMIT_BRANCH == \"no-such-branch\"'}]")));
    bool unmatched = false;
    for (const Ci::Diagnostic &d : view->diagnostics())
        unmatched = unmatched || d.code == QLatin1String("unmatched-ref");
    QVERIFY(unmatched);
}

void tst_CiEditorPush::commitAndPushFromTheDialog()
{
    auto view = openInEditor();
    const QString path = QDir(m_clone).filePath(QStringLiteral(".gitlab-ci.yml"));
    QVERIFY(view->openFile(path));
    QVERIFY(view->addJob(QStringLiteral("test"), QStringLiteral("lint")));
    const QByteArray mine = view->textEdit()->bytes();
    QVERIFY(view->isModified()); // the dialog saves first
    QSignalSpy pushed(view.get(), &CiEditorView::pushFinished);
    commitThroughDialog(view.get(), QStringLiteral("Add lint from LabDesk"), true);
    QVERIFY(!view->isModified());
    QVERIFY2(view->isPushing() || pushed.count() == 1, qPrintable(view->statusText()));
    QVERIFY(pushed.count() == 1 || pushed.wait(60000));
    QVERIFY2(pushed.constFirst().constFirst().toBool(), qPrintable(view->statusText()));
    Q_EMIT view->server()->contextLoaded(Ci::ValidationContext(), QStringList());
    QCOMPARE(view->statusText(), QStringLiteral("Committed and pushed main to origin."));

    // The server's main is the local commit, with the editor's bytes.
    const QString local = revParse(m_clone, QStringLiteral("refs/heads/main"));
    QCOMPARE(serverBranchCommit(QStringLiteral("main")), local);
    QCOMPARE(rawFile(QStringLiteral("main")), mine);
    QCOMPARE(committedFile(m_clone, QStringLiteral("HEAD"), QStringLiteral(".gitlab-ci.yml")), mine);
    // The token is nowhere in the clone's configuration.
    QFile config(m_clone + QStringLiteral("/.git/config"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(!config.readAll().contains(m_sandbox.adminToken().toUtf8()));
}

void tst_CiEditorPush::serverAheadRefusesThePushAndKeepsTheCommit()
{
    // Someone else commits to main on the server.
    const QByteArray theirs = rawFile(QStringLiteral("main")) + "\ntheirs:\n  stage: test\n  script: [echo theirs]\n";
    auto put = m_sandbox.request("PUT", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml").arg(m_project),
                                 json({{QStringLiteral("branch"), QStringLiteral("main")},
                                       {QStringLiteral("content"), QString::fromUtf8(theirs)},
                                       {QStringLiteral("commit_message"), QStringLiteral("Theirs")}}));
    QCOMPARE(put->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString serverBefore = serverBranchCommit(QStringLiteral("main"));

    auto view = openInEditor();
    QVERIFY(view->openFile(QDir(m_clone).filePath(QStringLiteral(".gitlab-ci.yml"))));
    QVERIFY(view->addJob(QStringLiteral("build"), QStringLiteral("mine")));
    const QByteArray mine = view->textEdit()->bytes();
    QSignalSpy pushed(view.get(), &CiEditorView::pushFinished);
    commitThroughDialog(view.get(), QStringLiteral("Mine"), true);
    QVERIFY(pushed.count() == 1 || pushed.wait(60000));
    QCOMPARE(pushed.constFirst().constFirst().toBool(), false);
    // The outcome stays on the status line when the problems are counted again (the project's
    // runner context may arrive after the push).
    Q_EMIT view->server()->contextLoaded(Ci::ValidationContext(), QStringList());
    const QString status = view->statusText();
    QVERIFY2(status.contains(QLatin1String("The commit is in your local clone")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("not a fast-forward")), qPrintable(status));
    // Nothing lost: the local commit holds my text, the server kept theirs, the editor mine.
    QCOMPARE(committedFile(m_clone, QStringLiteral("refs/heads/main"), QStringLiteral(".gitlab-ci.yml")), mine);
    QCOMPARE(serverBranchCommit(QStringLiteral("main")), serverBefore);
    QCOMPARE(rawFile(QStringLiteral("main")), theirs);
    QCOMPARE(view->textEdit()->bytes(), mine);
    QVERIFY(!view->isModified());

    // Without "Push to origin" the dialog only commits.
    QVERIFY(view->addJob(QStringLiteral("build"), QStringLiteral("mine-2")));
    const QString before = revParse(m_clone, QStringLiteral("refs/heads/main"));
    commitThroughDialog(view.get(), QStringLiteral("Mine again"), false);
    QCOMPARE(view->statusText(), QStringLiteral("Committed to the local clone."));
    QVERIFY(revParse(m_clone, QStringLiteral("refs/heads/main")) != before);
    QVERIFY(!view->isPushing());
    QCOMPARE(pushed.count(), 1);
}

void tst_CiEditorPush::fileOutsideAnyCloneHasNoServerContext()
{
    const QString path = m_work.filePath(QStringLiteral("loose.yml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Pipeline);
    file.close();
    auto view = openInEditor();
    QSignalSpy context(view->server(), &CiServerSession::contextLoaded);
    QVERIFY(view->openFile(QDir(m_clone).filePath(QStringLiteral(".gitlab-ci.yml"))));
    QVERIFY(context.wait(10000));
    // Switching to a file outside any clone drops the project's context again.
    QVERIFY(view->openFile(path));
    QCOMPARE(view->localProject(), QString());
    for (const Ci::Diagnostic &d : view->diagnostics())
        QVERIFY2(d.code != QLatin1String("no-runner-for-tags"), qPrintable(d.message));
    auto *tagsEdit = qobject_cast<QLineEdit *>(view->form()->field(QStringLiteral("tags")));
    QVERIFY(static_cast<QStringListModel *>(tagsEdit->completer()->model())->stringList().isEmpty());
}

QTEST_MAIN(tst_CiEditorPush)
#include "tst_cieditor_push.moc"
