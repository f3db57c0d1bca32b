#pragma once

#include "knownhosts.h"

#include <QCoreApplication>
#include <QString>

namespace LabDesk::Ssh {

// Where GitLab's SSH server is: from a project's ssh_url_to_repo ("git@host:group/p.git" or
// "ssh://git@host:222/group/p.git").
struct ServerAddress
{
    QString host;
    int port = 22;
    QString user = QStringLiteral("git");

    bool isValid() const { return !host.isEmpty() && port > 0 && port < 65536; }
    // An invalid address when the URL is neither form.
    static ServerAddress fromCloneUrl(const QString &url);
};

// Talks to an SSH server with libssh, the way `ssh -T git@host` would: fetches its host key, or
// logs in with a key and reads GitLab's "Welcome to GitLab, @user!". Blocking (bounded by
// `timeoutMs` per step): run it on a worker thread. Never reads ~/.ssh/config and never trusts a
// host key that `knownHosts` does not list.
class SshProbe
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ssh::SshProbe)

public:
    enum class Outcome {
        Success, // fetchHostKey: got the key; testLogin: GitLab welcomed us
        HostNotFound, // the name does not resolve
        PortClosed, // connection refused
        TimedOut, // no answer
        NotSsh, // something answered, but the SSH handshake failed
        HostKeyUnknown, // known_hosts does not list the server (testLogin only)
        HostKeyChanged, // known_hosts lists another key: possible attack, refused
        KeyUnreadable, // the private key file cannot be read, or the passphrase is wrong
        KeyRefused, // the server did not accept the key
        WrongUser, // refused, and the user is not the one GitLab's clone URLs name
        NoWelcome, // logged in, but the answer is not GitLab's welcome
    };

    struct Result
    {
        Outcome outcome = Outcome::NotSsh;
        HostKey hostKey; // the server's key, whenever the handshake got that far
        QString username; // from "Welcome to GitLab, @username!"
        QString serverText; // what the server printed
        QString detail; // libssh's or the socket's own message
        ServerAddress address;

        bool isSuccess() const { return outcome == Outcome::Success; }
        // A translated sentence: what happened and what to do (SshProbe::explain()).
        QString explanation() const;
    };

    static QString explain(const Result &result);

    static Result fetchHostKey(const ServerAddress &address, int timeoutMs = 10000);
    // `expectedUser` is the user GitLab's clone URLs name ("git"): a refusal for another user is
    // reported as WrongUser.
    static Result testLogin(const ServerAddress &address, const QString &privateKeyPath, const QString &passphrase,
                            const KnownHosts &knownHosts, const QString &expectedUser = QString(),
                            int timeoutMs = 15000);
};

} // namespace LabDesk::Ssh
