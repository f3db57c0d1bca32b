// The Projects page against the sandbox (real HTTP, offscreen widgets): create a group and a
// project in it, request access as a second user, approve as the owner and see the new member;
// fork with import status; the error state's Retry.
#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/tokenstore.h"
#include "core/api/gitlabclient.h"
#include "core/app/backgroundtasks.h"
#include "core/models/accessrequestsmodel.h"
#include "core/models/grouptreemodel.h"
#include "core/models/membersmodel.h"
#include "core/models/projectlistmodel.h"
#include "projects/addmemberdialog.h"
#include "projects/detailspanel.h"
#include "projects/forkdialog.h"
#include "projects/loadstate.h"
#include "projects/newgroupdialog.h"
#include "projects/newprojectdialog.h"
#include "projects/projectsview.h"
#include "sandbox/api/modules.h"
#include "sandbox/sandboxapi.h"
#include "shell/featurepage.h"
#include "support/sandboxfixture.h"
#include "support/temphome.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace LabDesk;
using LabDesk::Ui::DetailsPanel;
using LabDesk::Ui::ProjectsView;

namespace {

// One signed-in user's window: what main() owns, the page and its view.
struct Session
{
    BackgroundTasks tasks;
    Accounts::TokenStore tokens;
    Accounts::ServerTrust trust;
    Accounts::AccountManager accounts {&tokens, &trust};
    LabDesk::Ui::FeaturePage page {QStringLiteral("projects"), QStringLiteral("projects")};
    ProjectsView *view = nullptr;

    Session(const QUrl &server, const QString &username, int userId, bool admin, const QString &token)
    {
        Accounts::Account account;
        account.server = server;
        account.username = username;
        account.name = username;
        account.userId = userId;
        account.isAdmin = admin;
        accounts.addAccount(account, token, true, {});
        page.setAccount(account.displayName(), admin);
        view = new ProjectsView(LabDesk::Ui::Context {&tasks, &accounts}, &page);
        page.setContent(view);
        page.resize(1400, 800);
        page.show();
    }
};

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace

class tst_ProjectsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createGroupProjectRequestAccessApprove();
    void forkShowsImportStatusUntilFinished();
    void errorShowsMessageAndRetryRecovers();

private:
    QJsonObject api(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    std::unique_ptr<Test::TempHome> m_home;
    Test::SandboxFixture m_sandbox;
    int m_rootId = 0;
    int m_bobId = 0;
    QString m_bobToken;
    int m_groupId = 0;
    int m_projectId = 0;
};

QJsonObject tst_ProjectsView::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return QJsonDocument::fromJson(
               m_sandbox.request(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson())->readAll())
        .object();
}

void tst_ProjectsView::initTestCase()
{
    m_home = std::make_unique<Test::TempHome>();
    QVERIFY(m_home->isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.runOnServer([this](Sandbox::SandboxServer &server) {
        m_bobId = Sandbox::createUser(server.api(), QStringLiteral("bob"), QStringLiteral("Bob Li"),
                                      QStringLiteral("bob@example.com"))
                      .value(QLatin1String("id"))
                      .toInt();
        m_bobToken
            = Sandbox::createPersonalAccessToken(server.api(), m_bobId, QStringLiteral("t"), {QStringLiteral("api")});
    });
    m_rootId = api("GET", QStringLiteral("/user")).value(QLatin1String("id")).toInt();
    QVERIFY(m_rootId > 0 && m_bobId > 0);
}

void tst_ProjectsView::cleanupTestCase()
{
    m_home.reset();
}

void tst_ProjectsView::createGroupProjectRequestAccessApprove()
{
    Session owner(m_sandbox.url(), QStringLiteral("root"), m_rootId, true, m_sandbox.adminToken());
    ProjectsView *view = owner.view;
    QTRY_VERIFY(!owner.page.isLoading());
    QCOMPARE(view->groups()->index(0, 0).data().toString(), QStringLiteral("All projects"));
    QCOMPARE(view->projectState()->state(), LabDesk::Ui::LoadState::State::Empty);

    // --- Create a group: the path follows the name and is checked as typed.
    auto *groupDialog = qobject_cast<LabDesk::Ui::NewGroupDialog *>(view->newGroup(false));
    QVERIFY(groupDialog);
    auto *name = groupDialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *path = groupDialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    auto *pathError = groupDialog->findChild<QLabel *>(QStringLiteral("pathError"));
    QVERIFY(!okButton(groupDialog)->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Team Rocket"));
    QCOMPARE(path->text(), QStringLiteral("team-rocket"));
    QVERIFY(okButton(groupDialog)->isEnabled());
    path->clear();
    QTest::keyClicks(path, QStringLiteral("team-rocket."));
    QVERIFY(pathError->isVisible());
    QVERIFY(!okButton(groupDialog)->isEnabled());
    QTest::keyClick(path, Qt::Key_Backspace);
    QVERIFY(!pathError->isVisible());
    // Once the path was typed by hand, the name no longer changes it.
    QTest::keyClicks(name, QStringLiteral(" Two"));
    QCOMPARE(path->text(), QStringLiteral("team-rocket"));
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(name->text(), QStringLiteral("Team Rocket"));
    QCOMPARE(path->text(), QStringLiteral("team-rocket"));
    auto *visibility = groupDialog->findChild<QComboBox *>(QStringLiteral("visibilityCombo"));
    visibility->setCurrentIndex(visibility->findData(QStringLiteral("internal")));
    QSignalSpy groupCreated(groupDialog, &LabDesk::Ui::NewGroupDialog::groupCreated);
    QTest::mouseClick(okButton(groupDialog), Qt::LeftButton);
    QVERIFY(groupCreated.wait(10000));
    m_groupId = groupCreated.first().at(0).toInt();
    QVERIFY(m_groupId > 0);
    QTRY_COMPARE(view->groupView()->currentIndex().data(Models::GroupTreeModel::GroupIdRole).toInt(), m_groupId);
    QCOMPARE(view->details()->source().id, m_groupId);

    // The server's own refusal appears under its field, and what was typed stays.
    auto *again = qobject_cast<LabDesk::Ui::NewGroupDialog *>(view->newGroup(false));
    QTest::keyClicks(again->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Team Rocket"));
    QSignalSpy againCreated(again, &LabDesk::Ui::NewGroupDialog::groupCreated);
    okButton(again)->click();
    auto *againPathError = again->findChild<QLabel *>(QStringLiteral("pathError"));
    QTRY_VERIFY(againPathError->isVisible());
    QVERIFY2(againPathError->text().contains(QLatin1String("has already been taken")),
             qPrintable(againPathError->text()));
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Team Rocket"));
    QVERIFY(again->isVisible());
    QCOMPARE(againCreated.size(), 0);
    again->reject();

    // --- Create a project in it: the namespace picker starts on the selected group.
    auto *projectDialog = qobject_cast<LabDesk::Ui::NewProjectDialog *>(view->newProject());
    QVERIFY(projectDialog);
    QSignalSpy namespaces(projectDialog, &LabDesk::Ui::NewProjectDialog::namespacesReady);
    QVERIFY(projectDialog->namespacesLoaded() || namespaces.wait(10000));
    auto *namespaceCombo = projectDialog->findChild<QComboBox *>(QStringLiteral("namespaceCombo"));
    QCOMPARE(namespaceCombo->currentData().toInt(), m_groupId);
    QVERIFY(projectDialog->findChild<QCheckBox *>(QStringLiteral("readmeCheck"))->isChecked());
    QCOMPARE(projectDialog->findChild<QLineEdit *>(QStringLiteral("branchEdit"))->text(), QStringLiteral("main"));
    QTest::keyClicks(projectDialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Launcher"));
    QCOMPARE(projectDialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->text(), QStringLiteral("launcher"));
    auto *projectVisibility = projectDialog->findChild<QComboBox *>(QStringLiteral("visibilityCombo"));
    projectVisibility->setCurrentIndex(projectVisibility->findData(QStringLiteral("internal")));
    QSignalSpy projectCreated(projectDialog, &LabDesk::Ui::NewProjectDialog::projectCreated);
    okButton(projectDialog)->click();
    QVERIFY(projectCreated.wait(10000));
    m_projectId = projectCreated.first().at(0).toInt();
    QTRY_COMPARE(view->projectView()->currentIndex().data(Models::ProjectListModel::ProjectIdRole).toInt(),
                 m_projectId);
    DetailsPanel *details = view->details();
    QCOMPARE(details->source().id, m_projectId);
    QCOMPARE(details->findChild<QLabel *>(QStringLiteral("detailsTitle"))->text(), QStringLiteral("Launcher"));
    QCOMPARE(view->projectView()->currentIndex().data(Models::ProjectListModel::DefaultBranchRole).toString(),
             QStringLiteral("main"));

    // Clone is handed to whoever listens.
    QSignalSpy clone(view, &ProjectsView::cloneRequested);
    QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("cloneButton")), Qt::LeftButton);
    QCOMPARE(clone.size(), 1);
    QCOMPARE(clone.first().at(0).toInt(), m_projectId);
    QVERIFY(clone.first().at(1).toString().endsWith(QLatin1String("/team-rocket/launcher.git")));
    QCOMPARE(clone.first().at(3).toString(), QStringLiteral("team-rocket/launcher"));

    // The owner is a member already: nothing to request.
    QTRY_VERIFY(details->members()->hasLoaded());
    QVERIFY(!details->requestAccessButton()->isEnabled());
    QVERIFY(details->addMemberButton()->isEnabled());

    // --- Bob sees the internal project, is no member, and asks to join.
    {
        Session bob(m_sandbox.url(), QStringLiteral("bob"), m_bobId, false, m_bobToken);
        QTRY_VERIFY(!bob.page.isLoading());
        QTRY_VERIFY(bob.view->selectProject(m_projectId));
        DetailsPanel *bobDetails = bob.view->details();
        QTRY_VERIFY(bobDetails->members()->hasLoaded());
        QVERIFY(bobDetails->requestAccessButton()->isEnabled());
        QVERIFY(!bobDetails->addMemberButton()->isEnabled());
        QVERIFY(bobDetails->addMemberButton()->toolTip().contains(QLatin1String("maintainers and owners")));
        QSignalSpy done(bobDetails, &DetailsPanel::actionFinished);
        QTest::mouseClick(bobDetails->requestAccessButton(), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY(bobDetails->statusText().contains(QLatin1String("Access requested")));
        QVERIFY(!bobDetails->requestAccessButton()->isEnabled());
        QVERIFY(!bobDetails->requestAccessButton()->toolTip().isEmpty());
    }

    // --- The owner sees the request and approves it as Maintainer.
    details->members()->reload();
    QTRY_COMPARE(details->accessRequests()->rowCount(), 1);
    QCOMPARE(details->accessRequests()->index(0, 0).data(Models::AccessRequestsModel::UserIdRole).toInt(), m_bobId);
    details->selectAccessRequest(m_bobId);
    QVERIFY(details->approveButton()->isEnabled());
    QSignalSpy approved(details, &DetailsPanel::actionFinished);
    details->approveSelectedRequest(40);
    QVERIFY(approved.wait(10000));
    QCOMPARE(approved.first().at(0).toBool(), true);
    QTRY_VERIFY(details->members()->rowOfId(m_bobId) >= 0);
    QCOMPARE(details->members()->accessLevelOf(m_bobId), 40);
    const int bobRow = details->members()->rowOfId(m_bobId);
    QCOMPARE(details->members()->index(bobRow, Models::MembersModel::AccessLevelColumn).data().toString(),
             QStringLiteral("Maintainer"));
    QTRY_COMPARE(details->accessRequests()->rowCount(), 0);

    // Inherited members (root, owner of the group) cannot be edited here, and say why.
    details->selectMember(m_rootId);
    QVERIFY(!details->removeMemberButton()->isEnabled());
    QVERIFY(details->removeMemberButton()->toolTip().contains(QLatin1String("group above")));
    details->selectMember(m_bobId);
    QVERIFY(details->removeMemberButton()->isEnabled());

    // --- Add a member by username search.
    m_sandbox.runOnServer([](Sandbox::SandboxServer &server) {
        Sandbox::createUser(server.api(), QStringLiteral("carol"), QStringLiteral("Carol Wang"),
                            QStringLiteral("carol@example.com"));
    });
    auto *addDialog = qobject_cast<LabDesk::Ui::AddMemberDialog *>(view->addMember(details->source(), 50));
    QSignalSpy searched(addDialog, &LabDesk::Ui::AddMemberDialog::searchFinished);
    addDialog->setSearchText(QStringLiteral("caro"));
    QVERIFY(searched.wait(10000));
    QCOMPARE(addDialog->resultCount(), 1);
    addDialog->setLevel(20);
    QSignalSpy added(addDialog, &LabDesk::Ui::AddMemberDialog::memberAdded);
    okButton(addDialog)->click();
    QVERIFY(added.wait(10000));
    QTRY_COMPARE(details->members()->accessLevelOf(added.first().at(0).toInt()), 20);
}

void tst_ProjectsView::forkShowsImportStatusUntilFinished()
{
    QVERIFY2(m_projectId > 0, "runs after the project was created");
    Session bob(m_sandbox.url(), QStringLiteral("bob"), m_bobId, false, m_bobToken);
    QTRY_VERIFY(!bob.page.isLoading());
    auto *dialog = qobject_cast<LabDesk::Ui::ForkDialog *>(
        bob.view->forkProject(m_projectId, QStringLiteral("team-rocket/launcher")));
    QSignalSpy namespaces(dialog, &LabDesk::Ui::ForkDialog::namespacesReady);
    QVERIFY(dialog->namespacesLoaded() || namespaces.wait(10000));
    const int bobNamespace
        = api("GET", QStringLiteral("/users/%1").arg(m_bobId)).value(QLatin1String("namespace_id")).toInt();
    Q_UNUSED(bobNamespace)
    QSignalSpy statuses(dialog, &LabDesk::Ui::ForkDialog::importStatusChanged);
    QSignalSpy finished(dialog, &LabDesk::Ui::ForkDialog::forkFinished);
    okButton(dialog)->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(statuses.first().at(0).toString(), QStringLiteral("scheduled"));
    QCOMPARE(dialog->importStatus(), QStringLiteral("finished"));
    // The fork shows up in the list and gets selected.
    QTRY_COMPARE(
        bob.view->projectView()->currentIndex().data(Models::ProjectListModel::PathWithNamespaceRole).toString(),
        QStringLiteral("bob/launcher"));
}

void tst_ProjectsView::errorShowsMessageAndRetryRecovers()
{
    const QJsonObject fault = api("POST", QStringLiteral("/sandbox/faults"),
                                  {{QStringLiteral("method"), QStringLiteral("GET")},
                                   {QStringLiteral("path"), QStringLiteral("^/projects$")},
                                   {QStringLiteral("kind"), QStringLiteral("status")},
                                   {QStringLiteral("status"), 500},
                                   {QStringLiteral("times"), 1}});
    QVERIFY(fault.value(QLatin1String("id")).toInt() > 0);
    Session owner(m_sandbox.url(), QStringLiteral("root"), m_rootId, true, m_sandbox.adminToken());
    LabDesk::Ui::LoadState *state = owner.view->projectState();
    QTRY_COMPARE(state->state(), LabDesk::Ui::LoadState::State::Error);
    QVERIFY(state->retryButton()->isVisible());
    QVERIFY2(state->text().contains(QLatin1String("could not be loaded")), qPrintable(state->text()));
    QTest::mouseClick(state->retryButton(), Qt::LeftButton);
    QTRY_COMPARE(state->state(), LabDesk::Ui::LoadState::State::Content);
    QVERIFY(owner.view->projects()->rowCount() >= 2);
}

QTEST_MAIN(tst_ProjectsView)
#include "tst_projectsview.moc"
