// The SSH Keys page against the sandbox: the list with type, fingerprint, usage and expiry marks;
// the empty and error (Retry) states; adding a pasted key with GitLab's refusals in plain words;
// deleting after confirmation.
#include "support/sandboxfixture.h"
#include "support/temphome.h"

#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/tokenstore.h"
#include "core/api/gitlabclient.h"
#include "core/app/backgroundtasks.h"
#include "shell/featurepage.h"
#include "sshkeys/addkeydialog.h"
#include "sshkeys/sshkeysmodel.h"
#include "sshkeys/sshkeysview.h"
#include "widgets/emptystate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace LabDesk;
using LabDesk::Ui::SshKeysModel;
using LabDesk::Ui::SshKeysView;

namespace {

QByteArray wire(const QByteArray &bytes)
{
    const auto size = quint32(bytes.size());
    QByteArray out;
    out.append(char(size >> 24)).append(char(size >> 16)).append(char(size >> 8)).append(char(size));
    return out + bytes;
}

QString ed25519(char fill)
{
    const QByteArray blob = wire("ssh-ed25519") + wire(QByteArray(32, fill));
    return QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(blob.toBase64()) + QStringLiteral(" test@host");
}

} // namespace

class tst_SshKeysView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        m_accounts = std::make_unique<Accounts::AccountManager>(&m_tokens, &m_trust);
        Accounts::Account account;
        account.server = m_sandbox.url();
        account.username = QStringLiteral("root");
        bool added = false;
        m_accounts->addAccount(account, m_sandbox.adminToken(), /*sessionOnly=*/true,
                               [&added](const Accounts::TokenStore::Result &) { added = true; });
        QTRY_VERIFY(added);
        QVERIFY(m_accounts->client()->hasToken());
        m_page = std::make_unique<LabDesk::Ui::FeaturePage>(QStringLiteral("ssh-keys"), QStringLiteral("ssh-keys"));
    }

    void cleanup()
    {
        m_page.reset();
        m_accounts.reset();
        // Remove every key the test added.
        const auto reply = m_sandbox.request("GET", QStringLiteral("/user/keys"));
        const QJsonArray keys = QJsonDocument::fromJson(reply->readAll()).array();
        for (const QJsonValue &key : keys)
            m_sandbox.request("DELETE",
                              QStringLiteral("/user/keys/%1").arg(key.toObject().value(QLatin1String("id")).toInt()));
    }

    void showsEmptyState()
    {
        auto *view = new SshKeysView({&m_tasks, m_accounts.get()}, m_page.get());
        m_page->setContent(view);
        auto *stack = view->findChild<QStackedWidget *>();
        QTRY_VERIFY(!m_page->isLoading());
        auto *empty = qobject_cast<LabDesk::Ui::EmptyState *>(stack->currentWidget());
        QVERIFY(empty);
        QCOMPARE(empty->title(), QStringLiteral("No SSH keys yet"));
    }

    void listsKeysWithExpiry()
    {
        addKey(QStringLiteral("laptop"), ed25519('a'), QDate::currentDate().addDays(5).toString(Qt::ISODate));
        addKey(QStringLiteral("desktop"), ed25519('b'), QString());
        auto *view = new SshKeysView({&m_tasks, m_accounts.get()}, m_page.get());
        m_page->setContent(view);
        SshKeysModel *model = view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(!m_page->isLoading());
        int laptop = model->index(0, 0).data().toString() == QLatin1String("laptop") ? 0 : 1;
        QCOMPARE(model->index(laptop, SshKeysModel::TypeColumn).data().toString(), QStringLiteral("ED25519"));
        QVERIFY(model->index(laptop, SshKeysModel::FingerprintColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("SHA256:")));
        QCOMPARE(model->index(laptop, SshKeysModel::UsageColumn).data().toString(), QStringLiteral("Authentication"));
        QCOMPARE(model->index(laptop, 0).data(SshKeysModel::ExpiryRole).toInt(), int(Ssh::SshKeyRecord::Expiry::Soon));
        QVERIFY(model->index(laptop, SshKeysModel::ExpiresColumn).data().toString().contains(QLatin1String("day")));
        QVERIFY(!model->index(laptop, SshKeysModel::ExpiresColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model->index(1 - laptop, SshKeysModel::ExpiresColumn).data().toString(), QStringLiteral("Never"));

        // Ten days later the key has expired.
        model->setNow(QDateTime::currentDateTimeUtc().addDays(10));
        QVERIFY(
            model->index(laptop, SshKeysModel::ExpiresColumn).data().toString().startsWith(QLatin1String("Expired")));
        QCOMPARE(model->index(laptop, 0).data(SshKeysModel::ExpiryRole).toInt(),
                 int(Ssh::SshKeyRecord::Expiry::Expired));
    }

    void errorStateRetries()
    {
        m_accounts->client()->setToken(QStringLiteral("glpat-wrongwrongwrongwrong"));
        auto *view = new SshKeysView({&m_tasks, m_accounts.get()}, m_page.get());
        m_page->setContent(view);
        auto *stack = view->findChild<QStackedWidget *>();
        QTRY_VERIFY(!m_page->isLoading());
        auto *error = qobject_cast<LabDesk::Ui::EmptyState *>(stack->currentWidget());
        QVERIFY(error);
        QCOMPARE(error->title(), QStringLiteral("Cannot load your SSH keys"));
        QVERIFY(!error->body().isEmpty());
        QCOMPARE(error->actionText(), QStringLiteral("Retry"));

        m_accounts->client()->setToken(m_sandbox.adminToken());
        addKey(QStringLiteral("back"), ed25519('c'), QString());
        Q_EMIT error->actionTriggered();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(stack->currentWidget(), view->findChild<QTreeView *>());
    }

    void addDialogChecksAndExplains()
    {
        addKey(QStringLiteral("taken"), ed25519('d'), QString());
        LabDesk::Ui::AddKeyDialog dialog(m_accounts->client());
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *check = dialog.findChild<QLabel *>(QStringLiteral("checkLabel"));

        dialog.setKeyText(QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nxx\n-----END OPENSSH PRIVATE KEY-----"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(check->text().contains(QLatin1String("private key")));

        // A valid key fills the title from its comment; GitLab already has it.
        dialog.setKeyText(ed25519('d'));
        QVERIFY(check->text().contains(QLatin1String("SHA256:")));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(), QStringLiteral("test@host"));
        QVERIFY(ok->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QTRY_VERIFY(!dialog.errorText().isEmpty());
        QVERIFY2(dialog.errorText().contains(QLatin1String("already has this key")), qPrintable(dialog.errorText()));
        QCOMPARE(accepted.count(), 0);
        // What the user pasted is still there.
        QCOMPARE(dialog.findChild<QPlainTextEdit *>()->toPlainText(), ed25519('d'));

        dialog.setKeyText(ed25519('e'));
        dialog.accept();
        QTRY_COMPARE(accepted.count(), 1);
    }

    void deletesAfterConfirmation()
    {
        addKey(QStringLiteral("doomed"), ed25519('f'), QString());
        auto *view = new SshKeysView({&m_tasks, m_accounts.get()}, m_page.get());
        m_page->setContent(view);
        m_page->show();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        auto *list = view->findChild<QTreeView *>();
        list->setCurrentIndex(view->model()->index(0, 0));

        // Cancel first: nothing happens.
        view->deleteSelectedKey();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view->findChild<QMessageBox *>()) != nullptr);
        QVERIFY(box->text().contains(QLatin1String("doomed")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!view->findChild<QMessageBox *>());
        QCOMPARE(view->model()->rowCount(), 1);

        view->deleteSelectedKey();
        QTRY_VERIFY((box = view->findChild<QMessageBox *>()) != nullptr);
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = button;
        }
        QVERIFY(remove);
        remove->click();
        QTRY_COMPARE(view->model()->rowCount(), 0);
        const auto reply = m_sandbox.request("GET", QStringLiteral("/user/keys"));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).array().size(), 0);
    }

private:
    void addKey(const QString &title, const QString &key, const QString &expires)
    {
        QJsonObject body {{QStringLiteral("title"), title},
                          {QStringLiteral("key"), key},
                          {QStringLiteral("usage_type"), QStringLiteral("auth")}};
        if (!expires.isEmpty())
            body.insert(QStringLiteral("expires_at"), expires);
        const auto reply = m_sandbox.request("POST", QStringLiteral("/user/keys"), QJsonDocument(body).toJson());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    }

    Test::TempHome m_home;
    Test::SandboxFixture m_sandbox;
    BackgroundTasks m_tasks;
    Accounts::TokenStore m_tokens;
    Accounts::ServerTrust m_trust;
    std::unique_ptr<Accounts::AccountManager> m_accounts;
    std::unique_ptr<LabDesk::Ui::FeaturePage> m_page;
};

QTEST_MAIN(tst_SshKeysView)
#include "tst_sshkeysview.moc"
