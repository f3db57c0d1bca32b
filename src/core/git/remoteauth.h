#pragma once

#include "hostkey.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace LabDesk::Git {

// A remote's address taken apart: "https://host:8443/g/p.git", "ssh://git@host:222/g/p.git" or the
// scp-like "git@host:g/p.git". `url` is the address to hand to libgit2 and to save in .git/config:
// for HTTP(S) without any user name or password, for SSH with the login user but never a password.
struct RemoteAddress
{
    bool isValid = false;
    bool isSsh = false;
    QString scheme; // "https", "http" or "ssh"
    QString host;
    int port = 0;
    QString user; // as written in the address (SSH login; for HTTP(S) only a hint)
    QString password; // as written in an HTTP(S) address; never saved anywhere
    QString url;

    static RemoteAddress parse(const QString &address);
};

// A certificate the user trusts for one server (ServerTrust's pins), matched against the leaf
// certificate libgit2 receives over HTTPS.
struct CertificatePin
{
    QString host;
    int port = 443;
    QByteArray sha256; // raw digest of the DER certificate
};

// How a clone or fetch authenticates and which servers it trusts. Copied into the worker; the
// functions run on the worker thread.
struct RemoteAuth
{
    enum class Method {
        None, // anonymous HTTP(S); for SSH the same as Agent
        Token, // HTTPS with a personal access token, sent only to the remote's own host:port
        SshKey, // a private key file (its ".pub" next to it is used when present)
        SshAgent, // the keys of the running ssh-agent
    };

    Method method = Method::None;
    QString username; // HTTPS: the token's user name ("oauth2" when empty); SSH: login when the URL has none ("git")
    QString token;
    QString privateKeyPath;
    QString passphrase;
    QList<CertificatePin> pins;
    // What known_hosts says about an SSH host key. Without it, libgit2's own check of
    // ~/.ssh/known_hosts decides between Known and Unknown.
    std::function<HostKeyStatus(const HostKeyInfo &)> checkHostKey;
    // Records a host key the user accepted; false when it could not be written.
    std::function<bool(const HostKeyInfo &)> rememberHostKey;
    // Credentials offered per connection before giving up: libgit2 asks again after every rejection.
    int maxAttempts = 3;
};

} // namespace LabDesk::Git
