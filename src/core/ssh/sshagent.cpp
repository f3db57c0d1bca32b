#include "sshagent.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <libssh/libssh.h>

#include <memory>

namespace LabDesk::Ssh {

namespace {

QString sshAdd()
{
    return QStandardPaths::findExecutable(QStringLiteral("ssh-add"));
}

} // namespace

bool SshAgent::isAvailable()
{
    const QString socket = qEnvironmentVariable("SSH_AUTH_SOCK");
    return !socket.isEmpty() && QFileInfo::exists(socket) && !sshAdd().isEmpty();
}

bool SshAgent::addKey(const QString &privateKeyPath, const QString &passphrase, QString *error)
{
    if (!isAvailable()) {
        *error = tr("No ssh-agent is running (SSH_AUTH_SOCK is not set).");
        return false;
    }
    ssh_key raw = nullptr;
    const QByteArray secret = passphrase.toUtf8();
    if (ssh_pki_import_privkey_file(QFile::encodeName(privateKeyPath).constData(),
                                    secret.isEmpty() ? nullptr : secret.constData(), nullptr, nullptr, &raw)
            != SSH_OK
        || !raw) {
        *error = tr("The private key %1 cannot be read: the passphrase is wrong or the file is damaged.")
                     .arg(privateKeyPath);
        return false;
    }
    const std::unique_ptr<std::remove_pointer_t<ssh_key>, void (*)(ssh_key)> key(raw, ssh_key_free);
    char *text = nullptr;
    if (ssh_pki_export_privkey_base64(key.get(), nullptr, nullptr, nullptr, &text) != SSH_OK || !text) {
        *error = tr("libssh could not export the key for the agent.");
        return false;
    }
    QByteArray plain(text);
    ssh_string_free_char(text);

    QProcess process;
    process.start(sshAdd(), {QStringLiteral("-q"), QStringLiteral("-")});
    const bool started = process.waitForStarted(10000);
    if (started) {
        process.write(plain);
        process.closeWriteChannel();
    }
    plain.fill('\0');
    if (!started || !process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        *error = tr("ssh-add failed: %1").arg(output.isEmpty() ? process.errorString() : output);
        return false;
    }
    return true;
}

QStringList SshAgent::fingerprints()
{
    if (!isAvailable())
        return {};
    QProcess process;
    process.start(sshAdd(), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256")});
    if (!process.waitForFinished(10000))
        return {};
    QStringList out;
    static const QRegularExpression fingerprint(QStringLiteral("SHA256:[A-Za-z0-9+/]+"));
    auto it = fingerprint.globalMatch(QString::fromLatin1(process.readAllStandardOutput()));
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

} // namespace LabDesk::Ssh
