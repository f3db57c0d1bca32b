#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace LabDesk::Test {

class SandboxFixture;

// The system's sshd on 127.0.0.1 with its own config and ed25519 host key, serving git for a
// running SandboxFixture the way GitLab does: its AuthorizedKeysFile is the sandbox's
// authorized_keys, whose lines force `labdesk-sandbox git-shell` (src/sandbox/gitshell.h).
//
//   SshServerFixture ssh(sandbox);
//   if (!SshServerFixture::isAvailable()) QSKIP("...");
//   QVERIFY2(ssh.start(LABDESK_SANDBOX_EXE), qPrintable(ssh.errorString()));
//   // ssh -p ssh.port() ssh.user()@127.0.0.1 ...
//
// sshd can only log in the local user it runs as (root in CI), so clients connect as user()
// rather than "git"; start() sets the sandbox's sshHost/sshPort/sshUser so ssh_url_to_repo says
// what works. start() waits (bounded) until sshd answers with its SSH banner. The destructor
// stops sshd.
class SshServerFixture
{
public:
    explicit SshServerFixture(SandboxFixture &sandbox);
    ~SshServerFixture();
    SshServerFixture(const SshServerFixture &) = delete;
    SshServerFixture &operator=(const SshServerFixture &) = delete;

    // Whether /usr/sbin/sshd and ssh-keygen exist; tests QSKIP without them.
    static bool isAvailable();
    static QString sshdPath();

    // `shellCommand`: the labdesk-sandbox executable sshd runs for every key.
    bool start(const QString &shellCommand);
    QString errorString() const;

    int port() const;
    QString host() const; // 127.0.0.1
    QString user() const; // the local user clients log in as
    QString hostKeyFingerprint() const; // "SHA256:...", as ssh-keygen -l prints it
    QString knownHostsLine() const; // "[127.0.0.1]:PORT ssh-ed25519 AAAA..."
    QString authorizedKeysPath() const; // the sandbox's file sshd reads
    QByteArray log() const; // sshd's log (-e), for failure messages

private:
    bool startOnce(int port);
    bool waitForBanner(int port);

    SandboxFixture &m_sandbox;
    QTemporaryDir m_dir;
    QProcess m_sshd;
    QString m_error;
    QString m_user;
    QString m_hostPublicKey;
    QString m_fingerprint;
    QString m_authorizedKeys;
    int m_port = 0;
};

} // namespace LabDesk::Test
