#pragma once

#include <QByteArray>
#include <QString>

namespace LabDesk::Ssh {

// A server's public host key: its algorithm name ("ssh-ed25519", "ecdsa-sha2-nistp256", ...) and
// the key in SSH wire format (what base64-decodes from a known_hosts or .pub line).
struct HostKey
{
    QString type;
    QByteArray blob;

    bool isValid() const;
    // "SHA256:" and the unpadded base64 of the blob's SHA-256, as `ssh-keygen -l` prints it.
    QString sha256Fingerprint() const;
    // "ssh-ed25519 AAAA..." (type and base64 blob).
    QString toOpenSshLine() const;
    // Parses "type base64 [comment]"; an invalid key when the text is not one.
    static HostKey fromOpenSshLine(const QString &line);
    // The type is read from the blob itself; an invalid key when the blob is not wire format.
    static HostKey fromBlob(const QByteArray &blob);
    bool operator==(const HostKey &other) const { return type == other.type && blob == other.blob; }
};

// The OpenSSH known_hosts file, read on every check (it is small and other tools change it).
// Understands plain names (comma-separated, wildcards, negation), [host]:port for ports other than
// 22, hashed names (|1|salt|HMAC-SHA1), comments; @cert-authority lines are ignored and a key
// listed in an @revoked line is reported as Changed (never trusted). Not thread-safe against
// concurrent writers; add() appends one line.
class KnownHosts
{
public:
    explicit KnownHosts(QString path = defaultPath());

    // ~/.ssh/known_hosts of the current $HOME.
    static QString defaultPath();
    QString path() const;

    enum class Match {
        Known, // this exact key is listed for the host
        Unknown, // no key of this type is listed for the host
        Changed, // the host is listed with a different key of the same type, or the key is revoked
    };
    Match check(const QString &host, int port, const HostKey &key) const;

    // Appends an entry for host:port; hashed (|1|...) when the file already uses hashed names,
    // "[host]:port" when port is not 22. Creates ~/.ssh (0700) and the file (0600) when missing.
    bool add(const QString &host, int port, const HostKey &key, QString *error = nullptr);

    // The name OpenSSH looks up: "host" for port 22, "[host]:port" otherwise.
    static QString hostPattern(const QString &host, int port);
    // "|1|salt|hash" for name, with the given salt (20 random bytes when empty).
    static QString hashedName(const QString &name, const QByteArray &salt = QByteArray());
    // Whether any entry of the file uses a hashed name.
    bool usesHashedNames() const;

private:
    QString m_path;
};

} // namespace LabDesk::Ssh
