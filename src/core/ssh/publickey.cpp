#include "publickey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace LabDesk::Ssh {

namespace {

class WireReader
{
public:
    explicit WireReader(const QByteArray &data)
        : m_data(data)
    { }

    bool read(QByteArray *out)
    {
        if (m_data.size() - m_pos < 4)
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
        const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        if (qint64(length) > m_data.size() - m_pos - 4)
            return false;
        *out = m_data.mid(m_pos + 4, qsizetype(length));
        m_pos += 4 + qsizetype(length);
        return true;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

int mpintBits(const QByteArray &mpint)
{
    qsizetype first = 0;
    while (first < mpint.size() && mpint.at(first) == 0)
        ++first;
    if (first == mpint.size())
        return 0;
    int bits = int(mpint.size() - first - 1) * 8;
    for (uchar top = uchar(mpint.at(first)); top; top >>= 1)
        ++bits;
    return bits;
}

const QStringList &supportedTypes()
{
    static const QStringList types {
        QStringLiteral("ssh-ed25519"),
        QStringLiteral("ssh-rsa"),
        QStringLiteral("ecdsa-sha2-nistp256"),
        QStringLiteral("ecdsa-sha2-nistp384"),
        QStringLiteral("ecdsa-sha2-nistp521"),
        QStringLiteral("sk-ssh-ed25519@openssh.com"),
        QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com"),
    };
    return types;
}

} // namespace

int publicKeyBits(const QString &type, const QByteArray &blob)
{
    WireReader reader(blob);
    QByteArray name, a, b, c, d;
    if (!reader.read(&name) || QString::fromLatin1(name) != type)
        return 0;
    // An uncompressed point on the named curve.
    const auto ecdsaPoint = [](const QByteArray &curve, const QByteArray &point, const QByteArray &expected, int size) {
        return curve == expected && point.size() == 1 + 2 * ((size + 7) / 8) && point.at(0) == 0x04;
    };
    int bits = 0;
    if (type == QLatin1String("ssh-ed25519")) {
        bits = reader.read(&a) && a.size() == 32 ? 256 : 0;
    } else if (type == QLatin1String("sk-ssh-ed25519@openssh.com")) {
        bits = reader.read(&a) && a.size() == 32 && reader.read(&b) ? 256 : 0;
    } else if (type == QLatin1String("ssh-rsa")) {
        bits = reader.read(&a) && reader.read(&b) && mpintBits(a) > 0 ? mpintBits(b) : 0;
    } else if (type == QLatin1String("ssh-dss")) {
        bits = reader.read(&a) && reader.read(&b) && reader.read(&c) && reader.read(&d) ? mpintBits(a) : 0;
    } else if (type.startsWith(QLatin1String("ecdsa-sha2-nistp"))) {
        const int size = type.mid(16).toInt();
        bits = reader.read(&a) && reader.read(&b) && ecdsaPoint(a, b, type.mid(11).toLatin1(), size) ? size : 0;
    } else if (type == QLatin1String("sk-ecdsa-sha2-nistp256@openssh.com")) {
        bits = reader.read(&a) && reader.read(&b) && ecdsaPoint(a, b, "nistp256", 256) && reader.read(&c) ? 256 : 0;
    }
    return bits > 0 && reader.atEnd() ? bits : 0;
}

QString sha256Digest(const QByteArray &blob)
{
    QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (digest.endsWith('='))
        digest.chop(1);
    return QString::fromLatin1(digest);
}

QString PublicKey::sha256Fingerprint() const
{
    return QStringLiteral("SHA256:") + sha256Digest(blob);
}

QString PublicKey::displayType() const
{
    if (type == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ED25519");
    if (type == QLatin1String("ssh-rsa"))
        return QStringLiteral("RSA");
    if (type == QLatin1String("ssh-dss"))
        return QStringLiteral("DSA");
    if (type.startsWith(QLatin1String("ecdsa-")))
        return QStringLiteral("ECDSA");
    if (type.startsWith(QLatin1String("sk-ecdsa")))
        return QStringLiteral("ECDSA-SK");
    if (type.startsWith(QLatin1String("sk-ssh-ed25519")))
        return QStringLiteral("ED25519-SK");
    return type;
}

QString PublicKey::toLine() const
{
    QString line = type + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

PublicKey PublicKey::parse(const QString &text, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return PublicKey();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Paste a public key or choose a .pub file."));
    if (trimmed.startsWith(QLatin1String("-----BEGIN")) && trimmed.contains(QLatin1String("PRIVATE KEY")))
        return fail(tr("This is a private key. Never share it: use the matching .pub file instead."));
    if (trimmed.startsWith(QLatin1String("---- BEGIN SSH2 PUBLIC KEY")))
        return fail(tr("This key is in the SSH2 (PuTTY) format. Convert it with \"ssh-keygen -i -f FILE\" "
                       "and paste the result."));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList parts = trimmed.split(whitespace, Qt::SkipEmptyParts);
    const QString type = parts.takeFirst();
    if (type == QLatin1String("ssh-dss"))
        return fail(tr("DSA keys are no longer accepted by GitLab. Create an ED25519 key instead."));
    if (!supportedTypes().contains(type))
        return fail(tr("This does not look like an SSH public key: it should start with \"ssh-ed25519\", "
                       "\"ecdsa-sha2-\" or \"ssh-rsa\"."));
    // A blob may have been broken over lines when it was copied: join pieces until one decodes.
    static const QRegularExpression base64Text(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    QString base64;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!base64Text.match(parts.at(i)).hasMatch())
            break;
        base64 += parts.at(i);
        const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            continue;
        const int bits = publicKeyBits(type, *decoded);
        if (bits == 0)
            continue;
        PublicKey key;
        key.type = type;
        key.blob = *decoded;
        key.bits = bits;
        key.comment = parts.mid(i + 1).join(QLatin1Char(' '));
        if (key.isRsa() && bits < 2048)
            return fail(tr("This RSA key has only %1 bits; GitLab and OpenSSH need at least 2048. Create an ED25519 "
                           "key instead.")
                            .arg(bits));
        return key;
    }
    return fail(tr("The key is incomplete or damaged: copy the whole line of the .pub file."));
}

bool isEncryptedPrivateKey(const QByteArray &text)
{
    if (text.contains("BEGIN ENCRYPTED PRIVATE KEY") || text.contains("Proc-Type: 4,ENCRYPTED"))
        return true;
    const int begin = text.indexOf("-----BEGIN OPENSSH PRIVATE KEY-----");
    const int end = text.indexOf("-----END OPENSSH PRIVATE KEY-----");
    if (begin < 0 || end < begin)
        return false;
    const QByteArray body = text.mid(begin + 35, end - begin - 35);
    const QByteArray decoded = QByteArray::fromBase64(QByteArray(body).replace('\n', "").replace('\r', ""));
    static const QByteArray magic("openssh-key-v1\0", 15);
    if (!decoded.startsWith(magic))
        return false;
    WireReader reader(decoded.mid(magic.size()));
    QByteArray cipher;
    return reader.read(&cipher) && cipher != "none";
}

QList<LocalKey> findLocalKeys(const QString &folder)
{
    const QDir dir(folder.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : folder);
    QList<LocalKey> keys;
    const QStringList names = dir.entryList({QStringLiteral("*.pub")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        LocalKey local;
        local.publicKeyPath = dir.filePath(name);
        local.privateKeyPath = local.publicKeyPath.chopped(4);
        QFile publicFile(local.publicKeyPath);
        QFile privateFile(local.privateKeyPath);
        // A .pub file is small; anything large is not a key.
        if (publicFile.size() > 16384 || !publicFile.open(QIODevice::ReadOnly) || !privateFile.exists())
            continue;
        local.key = PublicKey::parse(QString::fromUtf8(publicFile.readAll()));
        if (!local.key.isValid())
            continue;
        if (privateFile.size() < 65536 && privateFile.open(QIODevice::ReadOnly))
            local.encrypted = isEncryptedPrivateKey(privateFile.readAll());
        keys.append(local);
    }
    return keys;
}

} // namespace LabDesk::Ssh
