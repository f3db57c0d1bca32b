#pragma once

#include "publickey.h"

#include <QCoreApplication>
#include <QString>

namespace LabDesk::Ssh {

// A new key pair on disk.
struct GeneratedKey
{
    QString privateKeyPath;
    QString publicKeyPath;
    PublicKey publicKey;
};

// Creates ed25519 key pairs with libssh. The private key file is created with mode 0600 (and
// O_EXCL: an existing file is never replaced) before anything is written to it, in OpenSSH format
// with its base64 body wrapped at 70 columns as ssh-keygen writes it (libssh2's in-memory parser
// needs that); the .pub file next to it gets 0644. Blocking but quick (milliseconds, more with a
// passphrase because of bcrypt); call from any thread.
class KeyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ssh::KeyGenerator)

public:
    // Writes `privateKeyPath` and `privateKeyPath`.pub. An empty passphrase leaves the key
    // unencrypted. Creates the folder (0700) when missing. False with a translated `error`.
    static bool generateEd25519(const QString &privateKeyPath, const QString &passphrase, const QString &comment,
                                GeneratedKey *result, QString *error);

    // `folder/baseName`, or `folder/baseName_2`, `_3`, ... : the first name for which neither the
    // private nor the .pub file exists.
    static QString proposePath(const QString &folder, const QString &baseName);

    // "user@host" of this machine, the comment ssh-keygen would use.
    static QString defaultComment();

    // Re-wraps the base64 body of a PEM-style block ("-----BEGIN ...-----") at `columns`.
    static QByteArray wrapPemBody(const QByteArray &text, int columns = 70);

    enum class Strength {
        None, // no passphrase
        Weak,
        Fair,
        Strong,
    };
    // A rough estimate from length and character variety; a hint, not a policy.
    static Strength passphraseStrength(const QString &passphrase);
};

} // namespace LabDesk::Ssh
