// The key-setup wizard's steps (Ssh::KeySetup), headless, against the sandbox and its sshd:
// discover the SSH address, generate an ed25519 key (0600, OpenSSH format wrapped at 70 columns,
// never overwriting), upload it, write the ~/.ssh/config entry, confirm the host key into
// known_hosts, log in and read GitLab's welcome; a changed host key, an unknown key, a wrong user
// and a closed port are each explained; ssh-add to a private agent. Everything lives in a
// temporary HOME.
#include "support/sandboxfixture.h"
#include "support/sshserverfixture.h"
#include "support/temphome.h"

#include "core/api/gitlabclient.h"
#include "core/ssh/keysetup.h"
#include "core/ssh/sshagent.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using LabDesk::Ssh::KeySetup;
using LabDesk::Ssh::KnownHosts;
using LabDesk::Ssh::SshProbe;
using LabDesk::Test::SandboxFixture;
using LabDesk::Test::SshServerFixture;

class tst_SandboxSshSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void discoversServer();
    void generatesKeyWithoutOverwriting();
    void uploadsKey();
    void writesConfigEntryIdempotently();
    void confirmsHostKey();
    void testsLogin();
    void refusesChangedHostKey();
    void explainsFailures();
    void addsKeyToAgent();
    void cleanupTestCase();

private:
    std::unique_ptr<KeySetup> newSetup(const QString &sshFolder);
    QString sshFolder() const { return m_home.filePath(QStringLiteral(".ssh")); }

    LabDesk::Test::TempHome m_home; // first: HOME for everything below
    SandboxFixture m_sandbox;
    std::unique_ptr<SshServerFixture> m_ssh;
    LabDesk::Api::GitLabClient m_client;
    std::unique_ptr<KeySetup> m_setup;
    const QString m_passphrase = QStringLiteral("correct horse battery staple");
    QProcess m_agent;
};

std::unique_ptr<KeySetup> tst_SandboxSshSetup::newSetup(const QString &folder)
{
    auto setup = std::make_unique<KeySetup>(&m_client);
    setup->setSshFolder(folder);
    return setup;
}

void tst_SandboxSshSetup::initTestCase()
{
    QVERIFY(m_home.isValid());
    if (!SshServerFixture::isAvailable())
        QSKIP("sshd, ssh or ssh-keygen is not installed: the SSH setup cannot be tested");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_ssh = std::make_unique<SshServerFixture>(m_sandbox);
    QVERIFY2(m_ssh->start(QStringLiteral(LABDESK_SANDBOX_EXE)), qPrintable(m_ssh->errorString()));
    m_client.setServer(m_sandbox.url());
    m_client.setToken(m_sandbox.adminToken());
    // A project, so that discovery has an ssh_url_to_repo to read.
    const auto reply = m_sandbox.request(
        "POST", QStringLiteral("/projects"),
        QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("ssh-setup")}}).toJson());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    m_setup = newSetup(sshFolder());
}

void tst_SandboxSshSetup::discoversServer()
{
    QSignalSpy discovered(m_setup.get(), &KeySetup::serverDiscovered);
    m_setup->discoverServer();
    QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 1, 15000);
    QVERIFY(discovered.first().at(1).toBool()); // from the project's clone URL
    QCOMPARE(m_setup->server().host, m_ssh->host());
    QCOMPARE(m_setup->server().port, m_ssh->port());
    QCOMPARE(m_setup->server().user, m_ssh->user());
}

void tst_SandboxSshSetup::generatesKeyWithoutOverwriting()
{
    QVERIFY(QDir().mkpath(sshFolder()));
    // Someone else's key under the default name stays untouched.
    QFile existing(sshFolder() + QStringLiteral("/id_ed25519"));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("not ours\n");
    existing.close();
    const QString path = m_setup->proposedKeyPath();
    QCOMPARE(path, sshFolder() + QStringLiteral("/id_ed25519_2"));

    QSignalSpy generated(m_setup.get(), &KeySetup::keyGenerated);
    m_setup->generateKey(path, m_passphrase, QStringLiteral("tester@labdesk"));
    QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 30000);
    QVERIFY2(generated.first().at(0).toBool(), qPrintable(generated.first().at(1).toString()));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("not ours\n"));

    QCOMPARE(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser); // 0600
    QFile privateKey(path);
    QVERIFY(privateKey.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = privateKey.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----"));
    QCOMPARE(lines.last(), QByteArray("-----END OPENSSH PRIVATE KEY-----"));
    for (int i = 1; i < lines.size() - 1; ++i)
        QVERIFY(lines.at(i).size() <= 70);
    QCOMPARE(lines.at(1).size(), 70);

    // OpenSSH reads it with the passphrase, and derives the same public key.
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-y"), QStringLiteral("-P"), m_passphrase, QStringLiteral("-f"), path});
    QVERIFY(keygen.waitForFinished(30000));
    QCOMPARE(keygen.exitCode(), 0);
    const QString derived
        = QString::fromLatin1(keygen.readAllStandardOutput()).trimmed().section(QLatin1Char(' '), 0, 1);
    QCOMPARE(derived, m_setup->publicKey().toLine().section(QLatin1Char(' '), 0, 1));
    QFile publicKey(path + QStringLiteral(".pub"));
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(publicKey.readAll()).trimmed(), m_setup->publicKey().toLine());
    QVERIFY(m_setup->publicKey().toLine().endsWith(QLatin1String(" tester@labdesk")));

    // A second generation to the same path is refused.
    QString error;
    QVERIFY(!LabDesk::Ssh::KeyGenerator::generateEd25519(path, QString(), QString(), nullptr, &error));
    QVERIFY(error.contains(path));

    // The wizard's list of existing keys finds the new pair, encrypted; not the broken file.
    const QList<LabDesk::Ssh::LocalKey> keys = m_setup->localKeys();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().privateKeyPath, path);
    QVERIFY(keys.first().encrypted);
}

void tst_SandboxSshSetup::uploadsKey()
{
    QSignalSpy uploaded(m_setup.get(), &KeySetup::keyUploaded);
    m_setup->uploadKey(QStringLiteral("LabDesk test"), QDate::currentDate().addDays(30), QStringLiteral("auth"));
    QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 15000);
    QVERIFY2(uploaded.first().at(0).toBool(), qPrintable(uploaded.first().at(2).toString()));
    QVERIFY(!uploaded.first().at(1).toBool());

    const auto reply = m_sandbox.request("GET", QStringLiteral("/user/keys"));
    const QJsonArray keys = QJsonDocument::fromJson(reply->readAll()).array();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value(QLatin1String("title")).toString(), QStringLiteral("LabDesk test"));
    QCOMPARE(keys.first().toObject().value(QLatin1String("usage_type")).toString(), QStringLiteral("auth"));
    QVERIFY(keys.first()
                .toObject()
                .value(QLatin1String("expires_at"))
                .toString()
                .startsWith(QDate::currentDate().addDays(30).toString(Qt::ISODate)));

    // Running the wizard again with the same key is not an error.
    m_setup->uploadKey(QStringLiteral("again"), QDate(), QStringLiteral("auth_and_signing"));
    QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 2, 15000);
    QVERIFY(uploaded.at(1).at(0).toBool());
    QVERIFY(uploaded.at(1).at(1).toBool());
}

void tst_SandboxSshSetup::writesConfigEntryIdempotently()
{
    QVERIFY(m_setup->needsConfigEntry()); // the sandbox's sshd is not on port 22
    const QString configPath = sshFolder() + QStringLiteral("/config");
    const QByteArray userConfig = "# mine\nServerAliveInterval 30\n\nHost work\n    HostName work.example.com\n"
                                  "    User me\n\nHost *\n    ForwardAgent no\n";
    QFile file(configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(userConfig);
    file.close();

    QString backup;
    QString error;
    QCOMPARE(m_setup->writeConfigEntry(&backup, &error), LabDesk::Ssh::SshConfig::Result::Written);
    QVERIFY(QFileInfo::exists(backup));
    QFile backupFile(backup);
    QVERIFY(backupFile.open(QIODevice::ReadOnly));
    QCOMPARE(backupFile.readAll(), userConfig);

    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    // Our block comes before the user's first Host, and every user line is still there in order.
    const int ours = text.indexOf(QStringLiteral("Host %1").arg(m_setup->cloneHost()));
    QVERIFY(ours > text.indexOf(QLatin1String("ServerAliveInterval 30")));
    QVERIFY(ours < text.indexOf(QLatin1String("Host work")));
    QVERIFY(text.contains(QStringLiteral("    Port %1\n").arg(m_ssh->port())));
    QVERIFY(text.contains(QStringLiteral("    User %1\n").arg(m_ssh->user())));
    QVERIFY(text.contains(QLatin1String("    IdentityFile ~/.ssh/id_ed25519_2\n")));
    QString withoutOurs = text;
    // Our block and the blank line that separates it from the user's first Host.
    withoutOurs.remove(LabDesk::Ssh::SshConfig::render(m_setup->configEntry()) + QLatin1Char('\n'));
    QCOMPARE(withoutOurs.toUtf8(), userConfig);

    // Again: nothing changes, no new backup.
    QString secondBackup;
    QCOMPARE(m_setup->writeConfigEntry(&secondBackup, &error), LabDesk::Ssh::SshConfig::Result::Unchanged);
    QVERIFY(secondBackup.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), text);
    file.close();

    // OpenSSH reads the entry as meant.
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), configPath, m_setup->cloneHost()});
    QVERIFY(ssh.waitForFinished(10000));
    const QString effective = QString::fromLatin1(ssh.readAllStandardOutput());
    QVERIFY2(effective.contains(QStringLiteral("\nport %1\n").arg(m_ssh->port())), qPrintable(effective));
    QVERIFY(effective.contains(QStringLiteral("\nuser %1\n").arg(m_ssh->user())));
    QVERIFY(effective.contains(QLatin1String("\nforwardagent no\n")));
}

void tst_SandboxSshSetup::confirmsHostKey()
{
    QSignalSpy fetched(m_setup.get(), &KeySetup::hostKeyFetched);
    m_setup->fetchHostKey();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 20000);
    const auto result = fetched.first().at(0).value<SshProbe::Result>();
    QVERIFY2(result.isSuccess(), qPrintable(result.explanation()));
    QCOMPARE(fetched.first().at(1).value<KnownHosts::Match>(), KnownHosts::Match::Unknown);
    QCOMPARE(result.hostKey.sha256Fingerprint(), m_ssh->hostKeyFingerprint());

    QString error;
    QVERIFY2(m_setup->trustHostKey(&error), qPrintable(error));
    QFile knownHosts(sshFolder() + QStringLiteral("/known_hosts"));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(knownHosts.readAll()).trimmed(), m_ssh->knownHostsLine());

    // Confirming twice adds nothing.
    QVERIFY(m_setup->trustHostKey(&error));
    QCOMPARE(QFile(knownHosts.fileName()).size(), knownHosts.size());
    m_setup->fetchHostKey();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 2, 20000);
    QCOMPARE(fetched.at(1).at(1).value<KnownHosts::Match>(), KnownHosts::Match::Known);
}

void tst_SandboxSshSetup::testsLogin()
{
    QSignalSpy tested(m_setup.get(), &KeySetup::tested);
    m_setup->testLogin();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 30000);
    const auto result = tested.first().at(0).value<SshProbe::Result>();
    QVERIFY2(result.isSuccess(),
             qPrintable(result.explanation() + QLatin1Char('\n') + QString::fromLocal8Bit(m_ssh->log())));
    QCOMPARE(result.username, QStringLiteral("root"));
    QCOMPARE(result.serverText, QStringLiteral("Welcome to GitLab, @root!"));
    QVERIFY(result.explanation().contains(QLatin1String("Welcome to GitLab, @root!")));
}

void tst_SandboxSshSetup::refusesChangedHostKey()
{
    // known_hosts that remembers another key for this server, in hashed form.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    QVERIFY(QFile::copy(m_setup->privateKeyPath(), other.filePath(QStringLiteral("id_ed25519"))));
    const LabDesk::Ssh::HostKey impostor = LabDesk::Ssh::HostKey::fromOpenSshLine(
        QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBYZERNIcSn7JiHAqYFGrGjOdsyJMVK7qhL0BpJLM24g"));
    QFile file(other.filePath(QStringLiteral("known_hosts")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((KnownHosts::hashedName(KnownHosts::hostPattern(m_ssh->host(), m_ssh->port())) + QLatin1Char(' ')
                + impostor.toOpenSshLine() + QLatin1Char('\n'))
                   .toLatin1());
    file.close();

    auto setup = newSetup(other.path());
    setup->setServer(m_setup->server());
    QSignalSpy fetched(setup.get(), &KeySetup::hostKeyFetched);
    setup->fetchHostKey();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 20000);
    QCOMPARE(fetched.first().at(1).value<KnownHosts::Match>(), KnownHosts::Match::Changed);
    QString error;
    QVERIFY(!setup->trustHostKey(&error));
    QVERIFY(!error.isEmpty());

    // The login refuses before authenticating.
    setup->useExistingKey({other.filePath(QStringLiteral("id_ed25519")), QString(), m_setup->publicKey(), true},
                          m_passphrase);
    QSignalSpy tested(setup.get(), &KeySetup::tested);
    setup->testLogin();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 30000);
    const auto result = tested.first().at(0).value<SshProbe::Result>();
    QCOMPARE(result.outcome, SshProbe::Outcome::HostKeyChanged);
    QVERIFY(result.explanation().contains(m_ssh->hostKeyFingerprint()));
}

void tst_SandboxSshSetup::explainsFailures()
{
    const KnownHosts known(sshFolder() + QStringLiteral("/known_hosts"));
    LabDesk::Ssh::ServerAddress address = m_setup->server();

    // A key GitLab does not know.
    const QString stranger = sshFolder() + QStringLiteral("/stranger");
    QString error;
    QVERIFY2(LabDesk::Ssh::KeyGenerator::generateEd25519(stranger, QString(), QString(), nullptr, &error),
             qPrintable(error));
    SshProbe::Result result = SshProbe::testLogin(address, stranger, QString(), known, address.user);
    QCOMPARE(result.outcome, SshProbe::Outcome::KeyRefused);

    // The right key with a wrong passphrase.
    result = SshProbe::testLogin(address, m_setup->privateKeyPath(), QStringLiteral("wrong"), known, address.user);
    QCOMPARE(result.outcome, SshProbe::Outcome::KeyUnreadable);

    // The right key, but a user GitLab's URLs do not name.
    LabDesk::Ssh::ServerAddress wrongUser = address;
    wrongUser.user = QStringLiteral("labdesk-nobody");
    result = SshProbe::testLogin(wrongUser, m_setup->privateKeyPath(), m_passphrase, known, address.user);
    QCOMPARE(result.outcome, SshProbe::Outcome::WrongUser);
    QVERIFY(result.explanation().contains(QLatin1String("labdesk-nobody")));

    // A closed port.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    LabDesk::Ssh::ServerAddress closed = address;
    closed.port = probe.serverPort();
    probe.close();
    result = SshProbe::testLogin(closed, m_setup->privateKeyPath(), m_passphrase, known, address.user);
    QCOMPARE(result.outcome, SshProbe::Outcome::PortClosed);
    QVERIFY(!result.explanation().isEmpty());

    // A host key not confirmed yet.
    const KnownHosts empty(sshFolder() + QStringLiteral("/none"));
    result = SshProbe::testLogin(address, m_setup->privateKeyPath(), m_passphrase, empty, address.user);
    QCOMPARE(result.outcome, SshProbe::Outcome::HostKeyUnknown);
}

void tst_SandboxSshSetup::addsKeyToAgent()
{
    const QString agent = QStandardPaths::findExecutable(QStringLiteral("ssh-agent"));
    if (agent.isEmpty())
        QSKIP("ssh-agent is not installed");
    const QString socket = m_home.filePath(QStringLiteral("agent.sock"));
    m_agent.start(agent, {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY(m_agent.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 10000);
    qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
    QVERIFY(KeySetup::agentAvailable());

    QSignalSpy added(m_setup.get(), &KeySetup::addedToAgent);
    m_setup->addToAgent();
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 30000);
    QVERIFY2(added.first().at(0).toBool(), qPrintable(added.first().at(1).toString()));
    QVERIFY(LabDesk::Ssh::SshAgent::fingerprints().contains(m_setup->publicKey().sha256Fingerprint()));
}

void tst_SandboxSshSetup::cleanupTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.terminate();
        m_agent.waitForFinished(5000);
    }
}

QTEST_MAIN(tst_SandboxSshSetup)
#include "tst_sandbox_sshsetup.moc"
