// The CI editor against the sandbox: open a project's .gitlab-ci.yml through the repository files
// API, commit an edit with last_commit_id, a conflict that loses nothing, and server lint.
#include "cieditor/cieditorview.h"
#include "cieditor/ciserver.h"
#include "cieditor/citextedit.h"

#include "core/api/gitlabclient.h"
#include "support/sandboxfixture.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
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

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray Pipeline = "stages: [build, test]\n\nbuild:\n  stage: build\n  script:\n    - make\n\n"
                            "test:\n  stage: test\n  script:\n    - make test\n";

} // namespace

class tst_CiEditorServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openEditCommit();
    void conflictLosesNothing();
    void lintOnServer();

private:
    QByteArray rawFile();
    Test::SandboxFixture m_sandbox;
    Api::GitLabClient *m_client = nullptr;
    QString m_project;
};

void tst_CiEditorServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    auto reply = m_sandbox.request("POST", QStringLiteral("/projects"),
                                   json({{QStringLiteral("path"), QStringLiteral("ci-editor-demo")},
                                         {QStringLiteral("initialize_with_readme"), true}}));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    m_project = QString::number(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("id")).toInt());
    auto created = m_sandbox.request("POST", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml").arg(m_project),
                                     json({{QStringLiteral("branch"), QStringLiteral("main")},
                                           {QStringLiteral("content"), QString::fromUtf8(Pipeline)},
                                           {QStringLiteral("commit_message"), QStringLiteral("Add CI")}}));
    QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    m_client = new Api::GitLabClient(this);
    m_client->setServer(m_sandbox.url());
    m_client->setToken(m_sandbox.adminToken());
}

QByteArray tst_CiEditorServer::rawFile()
{
    auto reply = m_sandbox.request("GET", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml/raw?ref=main").arg(m_project));
    return reply->readAll();
}

void tst_CiEditorServer::openEditCommit()
{
    CiEditorView view(Ui::Context{}, nullptr);
    view.server()->setClient(m_client);
    QSignalSpy opened(&view, &CiEditorView::remoteOpened);
    view.openRemote(m_project, QStringLiteral("main"), QStringLiteral(".gitlab-ci.yml"));
    QVERIFY(opened.wait(10000));
    QCOMPARE(view.textEdit()->bytes(), Pipeline);
    QVERIFY(!view.remote().lastCommitId.isEmpty());
    QVERIFY(view.model().job(QStringLiteral("test")));

    QVERIFY(view.addJob(QStringLiteral("test"), QStringLiteral("lint")));
    const QByteArray mine = view.textEdit()->bytes();
    const QString before = view.remote().lastCommitId;
    QSignalSpy finished(&view, &CiEditorView::commitFinished);
    view.commitToServer(QStringLiteral("Add lint job"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(rawFile(), mine);
    QVERIFY(view.remote().lastCommitId != before);
    QVERIFY(!view.isModified());
}

void tst_CiEditorServer::conflictLosesNothing()
{
    CiEditorView view(Ui::Context{}, nullptr);
    view.server()->setClient(m_client);
    QSignalSpy opened(&view, &CiEditorView::remoteOpened);
    view.openRemote(m_project, QStringLiteral("main"), QStringLiteral(".gitlab-ci.yml"));
    QVERIFY(opened.wait(10000));

    // Someone else commits meanwhile.
    const QByteArray theirs = rawFile() + "\ntheirs:\n  script: [echo theirs]\n";
    auto put = m_sandbox.request("PUT", QStringLiteral("/projects/%1/repository/files/.gitlab-ci.yml").arg(m_project),
                                 json({{QStringLiteral("branch"), QStringLiteral("main")},
                                       {QStringLiteral("content"), QString::fromUtf8(theirs)},
                                       {QStringLiteral("commit_message"), QStringLiteral("Theirs")}}));
    QCOMPARE(put->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QVERIFY(view.addJob(QStringLiteral("build"), QStringLiteral("mine")));
    const QByteArray mine = view.textEdit()->bytes();
    QSignalSpy finished(&view, &CiEditorView::commitFinished);
    view.commitToServer(QStringLiteral("Mine"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QCOMPARE(finished.constFirst().at(1).toBool(), true); // a conflict, not a failure
    QCOMPARE(rawFile(), theirs);                          // the server kept theirs
    QCOMPARE(view.textEdit()->bytes(), mine);             // and the editor kept mine
    QWidget *dialog = view.conflictDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("mine"))->toPlainText().toUtf8(), mine);
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("theirs"))->toPlainText().toUtf8(), theirs);

    // "Commit mine anyway" now commits over theirs, knowingly.
    QPushButton *overwrite = nullptr;
    for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons()) {
        if (dialog->findChild<QDialogButtonBox *>()->buttonRole(button) == QDialogButtonBox::AcceptRole)
            overwrite = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(overwrite);
    finished.clear();
    overwrite->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(rawFile(), mine);
}

void tst_CiEditorServer::lintOnServer()
{
    CiEditorView view(Ui::Context{}, nullptr);
    view.server()->setClient(m_client);
    QSignalSpy opened(&view, &CiEditorView::remoteOpened);
    view.openRemote(m_project, QStringLiteral("main"), QStringLiteral(".gitlab-ci.yml"));
    QVERIFY(opened.wait(10000));
    QSignalSpy linted(&view, &CiEditorView::lintFinished);
    view.lintOnServer(QStringLiteral("main"));
    QVERIFY(linted.wait(10000));
    QCOMPARE(linted.constFirst().at(0).toBool(), true);
    auto *merged = view.findChild<QPlainTextEdit *>(QStringLiteral("ciLintMerged"));
    QVERIFY(merged);
    QVERIFY(merged->toPlainText().contains(QLatin1String("build")));
    // A broken file: the server says so.
    typeAtEnd(view.textEdit(), QStringLiteral("\nbad:\n  stage: nosuchstage\n  script: [x]\n"));
    view.reparseNow();
    linted.clear();
    view.lintOnServer(QStringLiteral("main"));
    QVERIFY(linted.wait(10000));
    QCOMPARE(linted.constFirst().at(0).toBool(), false);
}

QTEST_MAIN(tst_CiEditorServer)
#include "tst_cieditor_server.moc"
