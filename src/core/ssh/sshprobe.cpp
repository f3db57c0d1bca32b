#include "sshprobe.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>

#include <libssh/libssh.h>

#include <memory>

namespace LabDesk::Ssh {

namespace {

struct SessionDeleter
{
    void operator()(ssh_session session) const
    {
        ssh_disconnect(session);
        ssh_free(session);
    }
};
using Session = std::unique_ptr<std::remove_pointer_t<ssh_session>, SessionDeleter>;

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using Key = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

struct ChannelDeleter
{
    void operator()(ssh_channel channel) const
    {
        ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
};
using Channel = std::unique_ptr<std::remove_pointer_t<ssh_channel>, ChannelDeleter>;

using Outcome = SshProbe::Outcome;

// A plain TCP connection first: it tells a wrong name, a closed port and silence apart, which
// libssh reports only as text.
bool reachable(const ServerAddress &address, int timeoutMs, SshProbe::Result *result)
{
    QTcpSocket socket;
    socket.connectToHost(address.host, quint16(address.port));
    if (socket.waitForConnected(timeoutMs)) {
        socket.abort();
        return true;
    }
    result->detail = socket.errorString();
    switch (socket.error()) {
    case QAbstractSocket::HostNotFoundError:
        result->outcome = Outcome::HostNotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        result->outcome = Outcome::PortClosed;
        break;
    default:
        result->outcome = Outcome::TimedOut;
        break;
    }
    return false;
}

Session connectSession(const ServerAddress &address, int timeoutMs, SshProbe::Result *result)
{
    if (!reachable(address, timeoutMs, result))
        return nullptr;
    Session session(ssh_new());
    if (!session) {
        result->outcome = Outcome::NotSsh;
        result->detail = QStringLiteral("ssh_new failed");
        return nullptr;
    }
    const QByteArray host = address.host.toUtf8();
    const QByteArray user = address.user.toUtf8();
    const unsigned int port = unsigned(address.port);
    const long timeoutSeconds = qMax(1, timeoutMs / 1000);
    bool processConfig = false; // ~/.ssh/config must not redirect the probe (it may hold our own entry)
    ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(session.get(), SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(session.get(), SSH_OPTIONS_USER, user.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    if (ssh_connect(session.get()) != SSH_OK) {
        result->outcome = Outcome::NotSsh;
        result->detail = QString::fromUtf8(ssh_get_error(session.get()));
        return nullptr;
    }
    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(session.get(), &serverKey) != SSH_OK || !serverKey) {
        result->outcome = Outcome::NotSsh;
        result->detail = QString::fromUtf8(ssh_get_error(session.get()));
        return nullptr;
    }
    const Key keyHolder(serverKey);
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(serverKey, &base64) != SSH_OK || !base64) {
        result->outcome = Outcome::NotSsh;
        result->detail = QStringLiteral("cannot export the server's host key");
        return nullptr;
    }
    result->hostKey = HostKey::fromBlob(QByteArray::fromBase64(QByteArray(base64)));
    ssh_string_free_char(base64);
    return session;
}

} // namespace

ServerAddress ServerAddress::fromCloneUrl(const QString &url)
{
    ServerAddress address;
    address.host.clear();
    const QString text = url.trimmed();
    if (text.startsWith(QLatin1String("ssh://"))) {
        const QUrl parsed(text);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return address;
        address.host = parsed.host();
        address.port = parsed.port(22);
        address.user = parsed.userName();
        return address;
    }
    // scp-like: [user@]host:path
    static const QRegularExpression scp(QStringLiteral("^(?:([^@/\\s]+)@)?([^:/\\s]+):(?!//)(.+)$"));
    const QRegularExpressionMatch match = scp.match(text);
    if (!match.hasMatch())
        return address;
    address.user = match.captured(1);
    address.host = match.captured(2);
    address.port = 22;
    return address;
}

SshProbe::Result SshProbe::fetchHostKey(const ServerAddress &address, int timeoutMs)
{
    Result result;
    result.address = address;
    const Session session = connectSession(address, timeoutMs, &result);
    if (!session)
        return result;
    if (!result.hostKey.isValid()) {
        result.outcome = Outcome::NotSsh;
        result.detail = QStringLiteral("the server's host key cannot be read");
        return result;
    }
    result.outcome = Outcome::Success;
    return result;
}

SshProbe::Result SshProbe::testLogin(const ServerAddress &address, const QString &privateKeyPath,
                                     const QString &passphrase, const KnownHosts &knownHosts,
                                     const QString &expectedUser, int timeoutMs)
{
    Result result;
    result.address = address;
    // Read the key first: a wrong passphrase should not cost a connection.
    ssh_key rawKey = nullptr;
    const QByteArray secret = passphrase.toUtf8();
    if (ssh_pki_import_privkey_file(QFile::encodeName(privateKeyPath).constData(),
                                    secret.isEmpty() ? nullptr : secret.constData(), nullptr, nullptr, &rawKey)
            != SSH_OK
        || !rawKey) {
        result.outcome = Outcome::KeyUnreadable;
        result.detail = privateKeyPath;
        return result;
    }
    const Key key(rawKey);

    const Session session = connectSession(address, timeoutMs, &result);
    if (!session)
        return result;
    switch (knownHosts.check(address.host, address.port, result.hostKey)) {
    case KnownHosts::Match::Known:
        break;
    case KnownHosts::Match::Unknown:
        result.outcome = Outcome::HostKeyUnknown;
        return result;
    case KnownHosts::Match::Changed:
        result.outcome = Outcome::HostKeyChanged;
        return result;
    }

    const int auth = ssh_userauth_publickey(session.get(), nullptr, key.get());
    if (auth != SSH_AUTH_SUCCESS) {
        result.detail = QString::fromUtf8(ssh_get_error(session.get()));
        const bool otherUser = !expectedUser.isEmpty() && address.user != expectedUser;
        result.outcome = auth == SSH_AUTH_DENIED || auth == SSH_AUTH_PARTIAL
            ? (otherUser ? Outcome::WrongUser : Outcome::KeyRefused)
            : Outcome::NotSsh;
        return result;
    }

    const Channel channel(ssh_channel_new(session.get()));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK
        || ssh_channel_request_shell(channel.get()) != SSH_OK) {
        result.outcome = Outcome::NoWelcome;
        result.detail = QString::fromUtf8(ssh_get_error(session.get()));
        return result;
    }
    QByteArray text;
    char buffer[4096];
    // GitLab prints one line and closes; stop at EOF, after the deadline, or at 64 KiB.
    for (int stream = 0; stream < 2; ++stream) {
        while (text.size() < 65536) {
            const int n = ssh_channel_read_timeout(channel.get(), buffer, sizeof buffer, stream, timeoutMs);
            if (n <= 0)
                break;
            text.append(buffer, n);
        }
    }
    result.serverText = QString::fromUtf8(text).trimmed();
    static const QRegularExpression welcome(QStringLiteral("Welcome to GitLab, @([^!\\s]+)!"));
    const QRegularExpressionMatch match = welcome.match(result.serverText);
    if (!match.hasMatch()) {
        result.outcome = Outcome::NoWelcome;
        return result;
    }
    result.username = match.captured(1);
    result.outcome = Outcome::Success;
    return result;
}

QString SshProbe::Result::explanation() const
{
    return SshProbe::explain(*this);
}

QString SshProbe::explain(const Result &result)
{
    const ServerAddress &address = result.address;
    const QString &detail = result.detail;
    const QString where
        = address.port == 22 ? address.host : QStringLiteral("%1:%2").arg(address.host).arg(address.port);
    switch (result.outcome) {
    case Outcome::Success:
        return result.username.isEmpty()
            ? tr("%1 answered over SSH.").arg(where)
            : tr("GitLab answered: \"Welcome to GitLab, @%1!\" Your key works.").arg(result.username);
    case Outcome::HostNotFound:
        return tr("The host name %1 cannot be found. Check the SSH host in GitLab's clone URLs, or your DNS.")
            .arg(address.host);
    case Outcome::PortClosed:
        return tr("Nothing accepts connections on %1: the SSH port is closed. GitLab in Docker often publishes SSH "
                  "on another port (such as 222); check the port in the project's SSH clone URL and your firewall.")
            .arg(where);
    case Outcome::TimedOut:
        return tr("%1 did not answer in time. A firewall may drop SSH connections, or the host is down.").arg(where);
    case Outcome::NotSsh:
        return tr("The SSH connection to %1 failed: %2").arg(where, detail);
    case Outcome::HostKeyUnknown:
        return tr("The host key of %1 is not in known_hosts yet; confirm it first.").arg(where);
    case Outcome::HostKeyChanged:
        return tr("The host key of %1 has CHANGED since you last connected (now %2). Someone may be intercepting "
                  "the connection, or the server was reinstalled. LabDesk refuses to connect; ask the server's "
                  "administrator for the right fingerprint and remove the old line from known_hosts only if it "
                  "matches.")
            .arg(where, result.hostKey.sha256Fingerprint());
    case Outcome::KeyUnreadable:
        return tr("The private key %1 cannot be read: the passphrase is wrong or the file is damaged.").arg(detail);
    case Outcome::KeyRefused:
        return tr("The server refused the key for user \"%1\". Check that the public key is added to your GitLab "
                  "account (and not expired), and wait a moment after adding it.")
            .arg(address.user);
    case Outcome::WrongUser:
        return tr("The server refused the login as \"%1\". GitLab accepts SSH logins only as the user in its clone "
                  "URLs (usually \"git\"), whatever your GitLab username is.")
            .arg(address.user);
    case Outcome::NoWelcome:
        return result.serverText.isEmpty()
            ? tr("Logged in to %1, but the server sent no GitLab welcome: it may not be GitLab's SSH server.")
                  .arg(where)
            : tr("Logged in to %1, but the server answered: %2").arg(where, result.serverText);
    }
    return detail;
}

} // namespace LabDesk::Ssh
