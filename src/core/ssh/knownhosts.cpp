#include "knownhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <utility>

namespace LabDesk::Ssh {

namespace {

// Reads the first length-prefixed string of an SSH wire-format blob (the key type).
QString wireType(const QByteArray &blob)
{
    if (blob.size() < 4)
        return QString();
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    const quint32 length = (quint32(data[0]) << 24) | (quint32(data[1]) << 16) | (quint32(data[2]) << 8) | data[3];
    if (length == 0 || length > quint32(blob.size() - 4))
        return QString();
    return QString::fromLatin1(blob.mid(4, int(length)));
}

bool wildcardMatch(const QString &pattern, const QString &name)
{
    // OpenSSH patterns know only * and ?; brackets are literal ("[host]:2222").
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QLatin1String("\\*"), QLatin1String(".*"));
    regex.replace(QLatin1String("\\?"), QLatin1String("."));
    return QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$'), QRegularExpression::CaseInsensitiveOption)
        .match(name)
        .hasMatch();
}

bool hashedMatch(const QString &entry, const QString &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QStringList parts = entry.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return !salt.isEmpty() && QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
}

// Whether a known_hosts name field ("a,b,[c]:2222,!d,|1|..|..") matches name.
bool namesMatch(const QString &field, const QString &name)
{
    if (field.startsWith(QLatin1String("|1|")))
        return hashedMatch(field, name);
    bool matched = false;
    const QStringList patterns = field.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pattern : patterns) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (wildcardMatch(pattern.mid(1), name))
                return false; // a negated match wins over everything else on the line
        } else if (wildcardMatch(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}

struct Entry
{
    QString marker; // "", "@revoked", "@cert-authority"
    QString names;
    HostKey key;
};

QList<Entry> readEntries(const QString &path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(whitespace, Qt::SkipEmptyParts);
        Entry entry;
        if (fields.first().startsWith(QLatin1Char('@')))
            entry.marker = fields.takeFirst();
        if (fields.size() < 3)
            continue;
        entry.names = fields.at(0);
        entry.key.type = fields.at(1);
        entry.key.blob = QByteArray::fromBase64(fields.at(2).toLatin1());
        if (entry.key.blob.isEmpty())
            continue;
        entries.append(entry);
    }
    return entries;
}

} // namespace

bool HostKey::isValid() const
{
    return !type.isEmpty() && !blob.isEmpty();
}

QString HostKey::sha256Fingerprint() const
{
    QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (digest.endsWith('='))
        digest.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest);
}

QString HostKey::toOpenSshLine() const
{
    return type + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
}

HostKey HostKey::fromOpenSshLine(const QString &line)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList fields = line.trimmed().split(whitespace, Qt::SkipEmptyParts);
    if (fields.size() < 2)
        return {};
    const QByteArray blob = QByteArray::fromBase64(fields.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // The blob repeats the type: a mismatch means a damaged or hand-edited line.
    if (blob.isEmpty() || wireType(blob) != fields.at(0))
        return {};
    return HostKey {fields.at(0), blob};
}

HostKey HostKey::fromBlob(const QByteArray &blob)
{
    const QString type = wireType(blob);
    if (type.isEmpty())
        return {};
    return HostKey {type, blob};
}

KnownHosts::KnownHosts(QString path)
    : m_path(std::move(path))
{ }

QString KnownHosts::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::path() const
{
    return m_path;
}

QString KnownHosts::hostPattern(const QString &host, int port)
{
    if (port <= 0 || port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString KnownHosts::hashedName(const QString &name, const QByteArray &salt)
{
    QByteArray usedSalt = salt;
    if (usedSalt.isEmpty()) {
        usedSalt.resize(20);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(usedSalt.data()), 5);
    }
    const QByteArray hash = QMessageAuthenticationCode::hash(name.toUtf8(), usedSalt, QCryptographicHash::Sha1);
    return QStringLiteral("|1|") + QString::fromLatin1(usedSalt.toBase64()) + QLatin1Char('|')
        + QString::fromLatin1(hash.toBase64());
}

bool KnownHosts::usesHashedNames() const
{
    const QList<Entry> entries = readEntries(m_path);
    for (const Entry &entry : entries) {
        if (entry.names.startsWith(QLatin1String("|1|")))
            return true;
    }
    return false;
}

KnownHosts::Match KnownHosts::check(const QString &host, int port, const HostKey &key) const
{
    const QString name = hostPattern(host, port);
    bool known = false;
    bool changed = false;
    const QList<Entry> entries = readEntries(m_path);
    for (const Entry &entry : entries) {
        if (entry.marker == QLatin1String("@revoked")) {
            if (entry.key == key)
                return Match::Changed;
            continue;
        }
        if (!entry.marker.isEmpty() || !namesMatch(entry.names, name))
            continue;
        if (entry.key == key)
            known = true;
        else if (entry.key.type == key.type)
            changed = true;
    }
    // OpenSSH accepts a key listed for the host even when another line has an older key.
    if (known)
        return Match::Known;
    return changed ? Match::Changed : Match::Unknown;
}

bool KnownHosts::add(const QString &host, int port, const HostKey &key, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!key.isValid() || host.isEmpty())
        return fail(QStringLiteral("no host or key to add"));
    const QFileInfo info(m_path);
    QDir dir = info.dir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return fail(QStringLiteral("cannot create %1").arg(dir.path()));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString name = hostPattern(host, port);
    const QString field = usesHashedNames() ? hashedName(name) : name;

    QFile file(m_path);
    const bool existed = file.exists();
    QByteArray prefix;
    if (existed && file.size() > 0 && file.open(QIODevice::ReadOnly)) {
        file.seek(file.size() - 1);
        if (file.read(1) != "\n")
            prefix = "\n";
        file.close();
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(file.errorString());
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = prefix + field.toUtf8() + ' ' + key.toOpenSshLine().toLatin1() + '\n';
    if (file.write(line) != line.size())
        return fail(file.errorString());
    if (!file.flush())
        return fail(file.errorString());
    return true;
}

} // namespace LabDesk::Ssh
