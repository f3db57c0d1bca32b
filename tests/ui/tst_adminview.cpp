// The Admin page against the sandbox: sign-ups waiting for approval, approved and rejected.
#include "admin/adminview.h"
#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/tokenstore.h"
#include "core/app/backgroundtasks.h"
#include "core/models/pendingusersmodel.h"
#include "projects/loadstate.h"
#include "sandbox/api/modules.h"
#include "sandbox/sandboxapi.h"
#include "shell/featurepage.h"
#include "support/sandboxfixture.h"
#include "support/temphome.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace LabDesk;
using LabDesk::Ui::AdminView;

class tst_AdminView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void approvesAndRejectsPendingSignUps();

private:
    QString stateOf(const QString &username);

    std::unique_ptr<Test::TempHome> m_home;
    Test::SandboxFixture m_sandbox;
    int m_daveId = 0;
    int m_erinId = 0;
};

QString tst_AdminView::stateOf(const QString &username)
{
    const QByteArray body = m_sandbox.request("GET", QStringLiteral("/users?username=%1").arg(username))->readAll();
    return QJsonDocument::fromJson(body).array().first().toObject().value(QLatin1String("state")).toString();
}

void tst_AdminView::initTestCase()
{
    m_home = std::make_unique<Test::TempHome>();
    QVERIFY(m_home->isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.runOnServer([this](Sandbox::SandboxServer &server) {
        const QString pending = QStringLiteral("blocked_pending_approval");
        m_daveId = Sandbox::createUser(server.api(), QStringLiteral("dave"), QStringLiteral("Dave Chen"),
                                       QStringLiteral("dave@example.com"), false, pending)
                       .value(QLatin1String("id"))
                       .toInt();
        m_erinId = Sandbox::createUser(server.api(), QStringLiteral("erin"), QStringLiteral("Erin Liu"),
                                       QStringLiteral("erin@example.com"), false, pending)
                       .value(QLatin1String("id"))
                       .toInt();
        Sandbox::createUser(server.api(), QStringLiteral("frank"), QStringLiteral("Frank Zhao"),
                            QStringLiteral("frank@example.com"), false, QStringLiteral("blocked"));
    });
}

void tst_AdminView::approvesAndRejectsPendingSignUps()
{
    BackgroundTasks tasks;
    Accounts::TokenStore tokens;
    Accounts::ServerTrust trust;
    Accounts::AccountManager accounts(&tokens, &trust);
    Accounts::Account account;
    account.server = m_sandbox.url();
    account.username = QStringLiteral("root");
    account.userId = 1;
    account.isAdmin = true;
    accounts.addAccount(account, m_sandbox.adminToken(), true, {});

    LabDesk::Ui::FeaturePage page(QStringLiteral("admin"), QStringLiteral("admin"));
    page.setFirstStep(LabDesk::Ui::FeaturePage::FirstStep::SignInAsAdmin);
    page.setAccount(account.displayName(), true);
    auto *view = new AdminView(LabDesk::Ui::Context {&tasks, &accounts}, &page);
    page.setContent(view);
    page.resize(1000, 700);
    page.show();
    QTRY_VERIFY(view->pendingUsers()->hasLoaded());
    QVERIFY(!page.isLoading());
    QCOMPARE(view->pendingUsers()->rowCount(), 2); // dave and erin; frank is blocked, not waiting
    QVERIFY(view->signUpUrl().endsWith(QLatin1String("/users/sign_up")));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("signUpLink"))->text().contains(view->signUpUrl()));

    auto *approve = view->findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *reject = view->findChild<QPushButton *>(QStringLiteral("rejectButton"));
    view->selectUser(m_daveId);
    QVERIFY(approve->isEnabled());
    QSignalSpy done(view, &AdminView::actionFinished);
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toBool(), true);
    QTRY_COMPARE(view->pendingUsers()->rowCount(), 1);
    QCOMPARE(stateOf(QStringLiteral("dave")), QStringLiteral("active"));
    QVERIFY(view->statusText().contains(QLatin1String("Dave Chen")));

    view->selectUser(m_erinId);
    QTest::mouseClick(reject, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QTRY_COMPARE(view->pendingUsers()->rowCount(), 0);
    QCOMPARE(view->pendingState()->state(), LabDesk::Ui::LoadState::State::Empty);
    QVERIFY(!approve->isEnabled());
    QVERIFY(!approve->toolTip().isEmpty());
}

QTEST_MAIN(tst_AdminView)
#include "tst_adminview.moc"
