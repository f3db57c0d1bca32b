// The key-setup wizard end to end, headless, against the sandbox and its sshd, in a temporary
// HOME: generate a key (an existing id_ed25519 is not overwritten), upload it, see the config
// entry for the non-22 port, confirm the host key, and read GitLab's welcome on the last page.
// Then a second run whose known_hosts holds another key for the server cannot go past the host
// key page.
#include "support/sandboxfixture.h"
#include "support/sshserverfixture.h"
#include "support/temphome.h"

#include "core/api/gitlabclient.h"
#include "core/ssh/knownhosts.h"
#include "sshkeys/keysetupwizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTest>

#include <memory>

using namespace LabDesk;
using LabDesk::Ui::KeySetupWizard;

class tst_KeySetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (!Test::SshServerFixture::isAvailable())
            QSKIP("sshd, ssh or ssh-keygen is not installed: the wizard cannot be tested end to end");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_ssh = std::make_unique<Test::SshServerFixture>(m_sandbox);
        QVERIFY2(m_ssh->start(QStringLiteral(LABDESK_SANDBOX_EXE)), qPrintable(m_ssh->errorString()));
        m_client.setServer(m_sandbox.url());
        m_client.setToken(m_sandbox.adminToken());
        const auto reply = m_sandbox.request(
            "POST", QStringLiteral("/projects"),
            QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("wizard")}}).toJson());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".ssh"))));
        // Someone's RSA-less old key file under the default name, without a .pub: never touched.
        QFile old(m_home.filePath(QStringLiteral(".ssh/id_ed25519")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
    }

    void runsEveryStep()
    {
        KeySetupWizard wizard(&m_client);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(KeySetupWizard::KeyPage));
        auto *generate = wizard.findChild<QRadioButton *>(QStringLiteral("generateRadio"));
        QVERIFY(generate->isChecked()); // no usable key to reuse
        auto *path = wizard.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        QCOMPARE(QDir::fromNativeSeparators(path->text()), m_home.filePath(QStringLiteral(".ssh/id_ed25519_2")));
        wizard.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))
            ->setText(QStringLiteral("correct horse battery"));
        wizard.findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("correct horse"));
        QVERIFY(!wizard.currentPage()->isComplete()); // the passphrases differ
        wizard.findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("correct horse battery"));
        QVERIFY(wizard.currentPage()->isComplete());

        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(KeySetupWizard::UploadPage), 30000);
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral(".ssh/id_ed25519_2"))));
        QFile old(m_home.filePath(QStringLiteral(".ssh/id_ed25519")));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old\n"));

        wizard.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("wizard key"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(KeySetupWizard::ServerPage), 30000);
        const auto reply = m_sandbox.request("GET", QStringLiteral("/user/keys"));
        const QJsonArray keys = QJsonDocument::fromJson(reply->readAll()).array();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value(QLatin1String("title")).toString(), QStringLiteral("wizard key"));

        // The host key: shown with its fingerprint, confirmed by the user.
        auto *confirm = wizard.findChild<QCheckBox *>(QStringLiteral("confirmCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible(), 30000);
        auto *hostKey = wizard.findChild<QLabel *>(QStringLiteral("hostKeyLabel"));
        QVERIFY2(hostKey->text().contains(m_ssh->hostKeyFingerprint()), qPrintable(hostKey->text()));
        QVERIFY(!wizard.currentPage()->isComplete());
        // The port is not 22: the config entry is proposed.
        QVERIFY(wizard.findChild<QGroupBox *>(QStringLiteral("configBox"))->isVisible());
        QVERIFY(wizard.findChild<QPlainTextEdit *>(QStringLiteral("configPreview"))
                    ->toPlainText()
                    .contains(QStringLiteral("Port %1").arg(m_ssh->port())));
        confirm->setChecked(true);
        QVERIFY(wizard.currentPage()->isComplete());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(KeySetupWizard::TestPage));
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral(".ssh/config"))));
        QCOMPARE(Ssh::KnownHosts(m_home.filePath(QStringLiteral(".ssh/known_hosts")))
                     .check(m_ssh->host(), m_ssh->port(), wizard.setup()->hostKey()),
                 Ssh::KnownHosts::Match::Known);
        auto *result = wizard.findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Welcome to GitLab, @root!")), 30000);
        QVERIFY(wizard.currentPage()->isComplete());
    }

    void stopsAtChangedHostKey()
    {
        // known_hosts now remembers another key for the server.
        QFile file(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            (Ssh::KnownHosts::hostPattern(m_ssh->host(), m_ssh->port())
             + QStringLiteral(" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBYZERNIcSn7JiHAqYFGrGjOdsyJMVK7qhL0BpJLM24g\n"))
                .toLatin1());
        file.close();

        KeySetupWizard wizard(&m_client);
        wizard.show();
        // The key from the first run is offered for reuse.
        QTRY_VERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("existingRadio"))->isChecked());
        wizard.findChild<QLineEdit *>(QStringLiteral("existingPassphraseEdit"))
            ->setText(QStringLiteral("correct horse battery"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(KeySetupWizard::UploadPage));
        wizard.next(); // already on the account: fine
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(KeySetupWizard::ServerPage), 30000);
        auto *hostKey = wizard.findChild<QLabel *>(QStringLiteral("hostKeyLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(hostKey->text().contains(QLatin1String("CHANGED")), 30000);
        QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("confirmCheck"))->isVisible());
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(KeySetupWizard::ServerPage));
    }

private:
    Test::TempHome m_home;
    Test::SandboxFixture m_sandbox;
    std::unique_ptr<Test::SshServerFixture> m_ssh;
    Api::GitLabClient m_client;
};

QTEST_MAIN(tst_KeySetupWizard)
#include "tst_keysetupwizard.moc"
