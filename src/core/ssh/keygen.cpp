#include "keygen.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QSet>

#include <libssh/libssh.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace LabDesk::Ssh {

namespace {

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyHandle = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

struct CharDeleter
{
    void operator()(char *text) const { ssh_string_free_char(text); }
};
using SshText = std::unique_ptr<char, CharDeleter>;

// Creates `path` exclusively with `mode` and writes `data`; removes it again if writing fails.
bool writeNewFile(const QString &path, const QByteArray &data, mode_t mode, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // The umask may have taken bits away, never added any; fchmod makes the mode exact.
    bool ok = ::fchmod(fd, mode) == 0;
    qsizetype written = 0;
    while (ok && written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            written += n;
    }
    ok = ok && ::fsync(fd) == 0;
    if (!ok)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    if (!ok)
        ::unlink(native.constData());
    return ok;
}

} // namespace

QByteArray KeyGenerator::wrapPemBody(const QByteArray &text, int columns)
{
    const int beginEnd = text.indexOf("-----\n");
    const int end = text.lastIndexOf("-----END");
    if (beginEnd < 0 || end < beginEnd)
        return text;
    const QByteArray header = text.left(beginEnd + 6);
    QByteArray body = text.mid(beginEnd + 6, end - beginEnd - 6);
    body.replace('\n', QByteArray()).replace('\r', QByteArray());
    QByteArray out = header;
    for (qsizetype i = 0; i < body.size(); i += columns)
        out += body.mid(i, columns) + '\n';
    QByteArray footer = text.mid(end).trimmed();
    return out + footer + '\n';
}

QString KeyGenerator::proposePath(const QString &folder, const QString &baseName)
{
    const QDir dir(folder);
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? baseName : QStringLiteral("%1_%2").arg(baseName).arg(n);
        const QString path = dir.filePath(name);
        if (!QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral(".pub")))
            return path;
    }
}

QString KeyGenerator::defaultComment()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    return user + QLatin1Char('@') + QHostInfo::localHostName();
}

KeyGenerator::Strength KeyGenerator::passphraseStrength(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Strength::None;
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !c.isLetterOrNumber();
        distinct.insert(c);
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const qsizetype length = passphrase.size();
    if (length < 8 || distinct.size() < 5)
        return Strength::Weak;
    // Long passphrases of plain words are strong; short ones need variety.
    if (length >= 20 || (length >= 12 && classes >= 3))
        return Strength::Strong;
    if (length >= 12 || classes >= 3)
        return Strength::Fair;
    return Strength::Weak;
}

bool KeyGenerator::generateEd25519(const QString &privateKeyPath, const QString &passphrase, const QString &comment,
                                   GeneratedKey *result, QString *error)
{
    const QString publicKeyPath = privateKeyPath + QStringLiteral(".pub");
    if (QFileInfo::exists(privateKeyPath) || QFileInfo::exists(publicKeyPath)) {
        *error = tr("%1 already exists; choose another name.")
                     .arg(QFileInfo::exists(privateKeyPath) ? privateKeyPath : publicKeyPath);
        return false;
    }
    const QString folder = QFileInfo(privateKeyPath).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            *error = tr("Cannot create the folder %1.").arg(folder);
            return false;
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    ssh_key raw = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK || !raw) {
        *error = tr("libssh could not generate an ED25519 key.");
        return false;
    }
    const KeyHandle key(raw);

    char *privateText = nullptr;
    const QByteArray secret = passphrase.toUtf8();
    if (ssh_pki_export_privkey_base64(key.get(), secret.isEmpty() ? nullptr : secret.constData(), nullptr, nullptr,
                                      &privateText)
            != SSH_OK
        || !privateText) {
        *error = tr("libssh could not export the new private key.");
        return false;
    }
    const SshText privateHolder(privateText);
    const QByteArray privatePem = wrapPemBody(QByteArray(privateText));
    if (!privatePem.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----")) {
        *error = tr("libssh exported the key in an unexpected format.");
        return false;
    }

    char *publicText = nullptr;
    if (ssh_pki_export_pubkey_base64(key.get(), &publicText) != SSH_OK || !publicText) {
        *error = tr("libssh could not export the new public key.");
        return false;
    }
    const SshText publicHolder(publicText);
    PublicKey publicKey = PublicKey::parse(QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(publicText));
    if (!publicKey.isValid()) {
        *error = tr("libssh exported a public key that cannot be read back.");
        return false;
    }
    publicKey.comment = comment.simplified();

    QString why;
    if (!writeNewFile(privateKeyPath, privatePem, 0600, &why)) {
        *error = tr("Cannot write %1: %2").arg(privateKeyPath, why);
        return false;
    }
    if (!writeNewFile(publicKeyPath, publicKey.toLine().toUtf8() + '\n', 0644, &why)) {
        QFile::remove(privateKeyPath);
        *error = tr("Cannot write %1: %2").arg(publicKeyPath, why);
        return false;
    }
    if (result) {
        result->privateKeyPath = privateKeyPath;
        result->publicKeyPath = publicKeyPath;
        result->publicKey = publicKey;
    }
    return true;
}

} // namespace LabDesk::Ssh
