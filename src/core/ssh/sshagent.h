#pragma once

#include <QCoreApplication>
#include <QString>

namespace LabDesk::Ssh {

// The user's running ssh-agent ($SSH_AUTH_SOCK). addKey() decrypts the key with libssh in memory
// and hands it to `ssh-add -` on its standard input, so the passphrase never reaches a command
// line, an environment variable or a file. Blocking (ssh-add is quick): call from a worker thread.
class SshAgent
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ssh::SshAgent)

public:
    // Whether SSH_AUTH_SOCK names an existing socket and ssh-add is installed.
    static bool isAvailable();
    static bool addKey(const QString &privateKeyPath, const QString &passphrase, QString *error);
    // The SHA256 fingerprints the agent holds (`ssh-add -l -E sha256`); empty when none or no agent.
    static QStringList fingerprints();
};

} // namespace LabDesk::Ssh
