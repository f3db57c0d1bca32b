#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace LabDesk::Git {

// An SSH server's host key as libgit2 saw it during a connection: the key type ("ssh-ed25519",
// "ecdsa-sha2-nistp256", ...), its SSH wire-format blob (may be empty when libssh2 did not pass
// the raw key) and its SHA-256 fingerprint in ssh-keygen's "SHA256:..." form. `host` carries no
// port; `port` is taken from the URL.
struct HostKeyInfo
{
    QString host;
    int port = 22;
    QByteArray type;
    QByteArray blob;
    QString sha256Fingerprint;

    // "host" for port 22, "[host]:port" otherwise, as known_hosts writes it.
    QString displayHost() const;
};

// What the user's known_hosts says about a key.
enum class HostKeyStatus {
    Known, // this exact key is recorded for the host: proceed
    Unknown, // no key recorded for the host: ask the user
    Changed, // another key is recorded for the host: refuse
};

} // namespace LabDesk::Git

Q_DECLARE_METATYPE(LabDesk::Git::HostKeyInfo)
