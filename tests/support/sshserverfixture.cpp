#include "sshserverfixture.h"

#include "sandboxfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <pwd.h>
#include <unistd.h>

namespace LabDesk::Test {

namespace {

constexpr int StartAttempts = 5;

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool runTool(const QString &program, const QStringList &arguments, QByteArray *output, QString *error)
{
    QProcess tool;
    tool.start(program, arguments);
    if (!tool.waitForFinished(30000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2 %3")
                     .arg(program, tool.errorString(), QString::fromLocal8Bit(tool.readAllStandardError()));
        return false;
    }
    *output = tool.readAllStandardOutput();
    return true;
}

QString quoted(const QString &path)
{
    return QLatin1Char('"') + path + QLatin1Char('"');
}

} // namespace

SshServerFixture::SshServerFixture(SandboxFixture &sandbox)
    : m_sandbox(sandbox)
{
    // sshd -e logs to stderr; a file never fills up the way an unread pipe would.
    m_sshd.setStandardOutputFile(QProcess::nullDevice());
}

SshServerFixture::~SshServerFixture()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    m_sshd.terminate();
    if (!m_sshd.waitForFinished(5000)) {
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
    }
}

QString SshServerFixture::sshdPath()
{
    // Absolute: sshd refuses to start (re-exec) from a relative path.
    return QStringLiteral("/usr/sbin/sshd");
}

bool SshServerFixture::isAvailable()
{
    return QFileInfo(sshdPath()).isExecutable()
        && !QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty();
}

bool SshServerFixture::start(const QString &shellCommand)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    if (const passwd *entry = ::getpwuid(::geteuid()))
        m_user = QString::fromLocal8Bit(entry->pw_name);
    if (m_user.isEmpty()) {
        m_error = QStringLiteral("cannot tell the local user name");
        return false;
    }
    // sshd's privilege separation directory; only root can (and needs to) create it.
    QDir().mkpath(QStringLiteral("/run/sshd"));

    const QString hostKey = m_dir.filePath(QStringLiteral("ssh_host_ed25519_key"));
    QByteArray output;
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-C"), QStringLiteral("labdesk-sandbox-host"), QStringLiteral("-f"),
                  hostKey},
                 &output, &m_error))
        return false;
    QFile publicKey(hostKey + QStringLiteral(".pub"));
    if (!publicKey.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no host key: %1").arg(publicKey.errorString());
        return false;
    }
    m_hostPublicKey = QString::fromLatin1(publicKey.readAll()).section(QLatin1Char(' '), 0, 1);
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                  publicKey.fileName()},
                 &output, &m_error))
        return false;
    // "256 SHA256:abc... labdesk-sandbox-host (ED25519)"
    m_fingerprint = QString::fromLatin1(output).section(QLatin1Char(' '), 1, 1);

    m_sandbox.runOnServer([this](Sandbox::SandboxServer &server) {
        m_authorizedKeys = server.api().store.filesDir(QStringLiteral("ssh")) + QStringLiteral("/authorized_keys");
    });
    if (m_authorizedKeys.isEmpty()) {
        m_error = QStringLiteral("the sandbox is not running");
        return false;
    }

    // Another process may take the port between the probe and sshd's bind: try a few.
    bool started = false;
    for (int attempt = 0; attempt < StartAttempts && !started; ++attempt) {
        const int port = freePort();
        started = port > 0 && startOnce(port);
    }
    if (!started)
        return false;

    m_sandbox.runOnServer([this, shellCommand](Sandbox::SandboxServer &server) {
        Sandbox::SandboxApi &api = server.api();
        api.sshHost = host();
        api.sshPort = m_port;
        api.sshUser = m_user;
        api.shellCommandPath = shellCommand;
        api.notifyKeysChanged();
    });
    return true;
}

bool SshServerFixture::startOnce(int port)
{
    const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = file.errorString();
        return false;
    }
    const QString text = QStringLiteral("Port %1\n"
                                        "ListenAddress 127.0.0.1\n"
                                        "HostKey %2\n"
                                        "PidFile %3\n"
                                        "AuthorizedKeysFile %4\n"
                                        "AllowUsers %5\n"
                                        // /tmp is 1777 and the test owns its files: skip the ownership checks.
                                        "StrictModes no\n"
                                        "UsePAM no\n"
                                        "PubkeyAuthentication yes\n"
                                        "PasswordAuthentication no\n"
                                        "KbdInteractiveAuthentication no\n"
                                        "PermitRootLogin prohibit-password\n"
                                        // git sends GIT_PROTOCOL=version=2 for protocol v2, as GitLab's sshd accepts.
                                        "AcceptEnv GIT_PROTOCOL\n"
                                        // sshd runs forced commands through the user's shell, and Debian's bash
                                        // sources ~/.bashrc when started by sshd unless it is a nested shell: a
                                        // slow or chatty .bashrc would delay or corrupt every git session.
                                        "SetEnv SHLVL=1\n"
                                        "PrintMotd no\n"
                                        "PrintLastLog no\n"
                                        "UseDNS no\n"
                                        "LogLevel VERBOSE\n")
                             .arg(port)
                             .arg(quoted(m_dir.filePath(QStringLiteral("ssh_host_ed25519_key"))),
                                  quoted(m_dir.filePath(QStringLiteral("sshd.pid"))), quoted(m_authorizedKeys), m_user);
    file.write(text.toUtf8());
    file.close();

    m_sshd.setStandardErrorFile(m_dir.filePath(QStringLiteral("sshd.log")));
    m_sshd.start(sshdPath(), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
    if (!m_sshd.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(sshdPath(), m_sshd.errorString());
        return false;
    }
    if (!waitForBanner(port)) {
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
        m_error = QStringLiteral("sshd did not answer on port %1: %2").arg(port).arg(QString::fromLocal8Bit(log()));
        return false;
    }
    m_port = port;
    return true;
}

bool SshServerFixture::waitForBanner(int port)
{
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_sshd.state() == QProcess::NotRunning)
            return false; // e.g. the port was taken after all
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (probe.waitForConnected(500)) {
            QByteArray banner;
            while (!banner.contains('\n') && probe.waitForReadyRead(2000))
                banner += probe.readAll();
            if (banner.startsWith("SSH-"))
                return true;
        } else {
            // Not listening yet: wait a little, returning early if sshd exits meanwhile.
            m_sshd.waitForFinished(100);
        }
    }
    return false;
}

QString SshServerFixture::errorString() const
{
    return m_error;
}

int SshServerFixture::port() const
{
    return m_port;
}

QString SshServerFixture::host() const
{
    return QStringLiteral("127.0.0.1");
}

QString SshServerFixture::user() const
{
    return m_user;
}

QString SshServerFixture::hostKeyFingerprint() const
{
    return m_fingerprint;
}

QString SshServerFixture::knownHostsLine() const
{
    return QStringLiteral("[%1]:%2 %3").arg(host()).arg(m_port).arg(m_hostPublicKey);
}

QString SshServerFixture::authorizedKeysPath() const
{
    return m_authorizedKeys;
}

QByteArray SshServerFixture::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("sshd.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace LabDesk::Test
