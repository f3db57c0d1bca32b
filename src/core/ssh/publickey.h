#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace LabDesk::Ssh {

// An OpenSSH public key as it appears in a .pub file or GitLab's /user/keys: "type base64 [comment]".
// parse() checks it the way GitLab's key validator does before anything is uploaded, and says what
// is wrong in one translated sentence.
struct PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ssh::PublicKey)

public:
    QString type; // "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", ...
    QByteArray blob; // SSH wire format
    QString comment;
    int bits = 0;

    bool isValid() const { return !type.isEmpty() && !blob.isEmpty(); }
    bool isRsa() const { return type == QLatin1String("ssh-rsa"); }
    // "SHA256:..." as ssh-keygen -l prints it.
    QString sha256Fingerprint() const;
    // "ED25519", "RSA", "ECDSA", "ECDSA-SK", "ED25519-SK", "DSA" (as ssh-keygen -l names them).
    QString displayType() const;
    // "type base64" and the comment when there is one.
    QString toLine() const;

    // Accepts the text of a .pub file, with surrounding whitespace or the base64 broken over
    // lines. On failure returns an invalid key and, in `problem`, why (translated).
    static PublicKey parse(const QString &text, QString *problem = nullptr);
};

// A key pair found in a folder (~/.ssh): a readable .pub file next to its private key.
struct LocalKey
{
    QString privateKeyPath;
    QString publicKeyPath;
    PublicKey key;
    bool encrypted = false; // the private key is protected by a passphrase
};

// The key pairs in `folder` (default ~/.ssh), sorted by file name; unreadable or broken files are
// skipped. Reads files only; never blocks for long.
QList<LocalKey> findLocalKeys(const QString &folder = QString());

// Checks an SSH wire-format public key blob (RFC 4251) the way OpenSSH reads one: its own type
// name must be `type`, every field well formed and nothing left over. Returns the key's size in
// bits; 0 when malformed or of an unknown type (ssh-dss blobs are read: callers decide on them).
int publicKeyBits(const QString &type, const QByteArray &blob);

// The blob's SHA-256 digest in base64 without padding: the part of a fingerprint after "SHA256:"
// (and what GitLab stores as fingerprint_sha256).
QString sha256Digest(const QByteArray &blob);

// Whether the private key text (OpenSSH or PEM) is encrypted with a passphrase.
bool isEncryptedPrivateKey(const QByteArray &text);

} // namespace LabDesk::Ssh
