#include "keysetup.h"

#include "sshagent.h"
#include "sshtask.h"

#include "core/api/gitlabclient.h"

#include <QDir>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace LabDesk::Ssh {

namespace {

struct Outcome
{
    bool ok = false;
    QString error;
    GeneratedKey key;
};

} // namespace

KeySetup::KeySetup(Api::GitLabClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sshFolder(QDir::homePath() + QStringLiteral("/.ssh"))
{
    qRegisterMetaType<ServerAddress>();
    qRegisterMetaType<SshProbe::Result>();
    if (m_client)
        m_server.host = m_client->server().host();
}

void KeySetup::setSshFolder(const QString &folder)
{
    m_sshFolder = folder;
}

QString KeySetup::sshFolder() const
{
    return m_sshFolder;
}

QString KeySetup::webHost() const
{
    return m_client ? m_client->server().host() : QString();
}

void KeySetup::discoverServer()
{
    if (!m_client) {
        Q_EMIT serverDiscovered(m_server, false);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("membership"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("simple"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    Api::Call *call = m_client->send(Api::Request::get(QStringLiteral("/projects"), query));
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        const QJsonArray projects = response.json.array();
        const ServerAddress fromUrl = projects.isEmpty()
            ? ServerAddress()
            : ServerAddress::fromCloneUrl(
                projects.first().toObject().value(QLatin1String("ssh_url_to_repo")).toString());
        if (!fromUrl.isValid()) {
            ServerAddress fallback;
            fallback.host = webHost();
            setServer(fallback);
            Q_EMIT serverDiscovered(m_server, false);
            return;
        }
        // Docker's --hostname often names a host only the container knows: connect to the web
        // host instead, and let the config entry map the clone URLs' name onto it.
        QHostInfo::lookupHost(fromUrl.host, this, [this, fromUrl](const QHostInfo &info) {
            ServerAddress address = fromUrl;
            if (info.error() != QHostInfo::NoError && !webHost().isEmpty())
                address.host = webHost();
            setServer(address, fromUrl.host);
            Q_EMIT serverDiscovered(m_server, true);
        });
    });
}

void KeySetup::setServer(const ServerAddress &address, const QString &cloneHost)
{
    m_server = address;
    if (m_server.user.isEmpty())
        m_server.user = QStringLiteral("git");
    m_cloneHost = cloneHost.isEmpty() ? address.host : cloneHost;
}

ServerAddress KeySetup::server() const
{
    return m_server;
}

QString KeySetup::cloneHost() const
{
    return m_cloneHost.isEmpty() ? m_server.host : m_cloneHost;
}

QList<LocalKey> KeySetup::localKeys() const
{
    return findLocalKeys(m_sshFolder);
}

void KeySetup::useExistingKey(const LocalKey &key, const QString &passphrase)
{
    m_privateKeyPath = key.privateKeyPath;
    m_publicKey = key.key;
    m_passphrase = passphrase;
}

QString KeySetup::proposedKeyPath() const
{
    return KeyGenerator::proposePath(m_sshFolder, QStringLiteral("id_ed25519"));
}

void KeySetup::generateKey(const QString &privateKeyPath, const QString &passphrase, const QString &comment)
{
    runInBackground<Outcome>(
        this,
        [privateKeyPath, passphrase, comment] {
            Outcome outcome;
            outcome.ok
                = KeyGenerator::generateEd25519(privateKeyPath, passphrase, comment, &outcome.key, &outcome.error);
            return outcome;
        },
        [this, passphrase](const Outcome &outcome) {
            if (outcome.ok) {
                m_privateKeyPath = outcome.key.privateKeyPath;
                m_publicKey = outcome.key.publicKey;
                m_passphrase = passphrase;
            }
            Q_EMIT keyGenerated(outcome.ok, outcome.error);
        });
}

QString KeySetup::privateKeyPath() const
{
    return m_privateKeyPath;
}

PublicKey KeySetup::publicKey() const
{
    return m_publicKey;
}

QString KeySetup::describeUploadError(const Api::ApiError &error)
{
    const auto has = [&error](const char *field, const char *text) {
        const QStringList messages = error.fieldErrors.value(QString::fromLatin1(field));
        for (const QString &message : messages) {
            if (message.contains(QLatin1String(text)))
                return true;
        }
        return false;
    };
    if (has("fingerprint", "already been taken") || has("fingerprint_sha256", "already been taken"))
        return tr("GitLab already has this key, on your account or on another one. A key can belong to only one "
                  "GitLab account: create a new key for this one.");
    if (has("key", "forbidden") || has("key", "is invalid") || has("fingerprint_sha256", "cannot be generated"))
        return tr("GitLab does not accept this key: it is damaged or of a type the server forbids. Use an ED25519 "
                  "key.");
    if (has("key", "has expired") || has("expires_at", ""))
        return tr("The expiry date must be in the future.");
    if (has("key", "bits"))
        return tr("GitLab refuses this key because it is too short. Use an ED25519 key.");
    if (has("title", "blank"))
        return tr("Give the key a title.");
    if (has("title", "too long"))
        return tr("The title is too long (at most 255 characters).");
    if (error.isInsufficientScope())
        return tr("Your access token may not add keys: it needs the \"api\" scope.");
    if (!error.fieldErrors.isEmpty())
        return tr("GitLab refused the key: %1").arg(error.fieldErrorsText());
    return error.userMessage();
}

void KeySetup::uploadKey(const QString &title, const QDate &expiresAt, const QString &usageType)
{
    if (!m_client || !m_publicKey.isValid()) {
        Q_EMIT keyUploaded(false, false, tr("There is no key to upload."));
        return;
    }
    QJsonObject body {{QStringLiteral("title"), title},
                      {QStringLiteral("key"), m_publicKey.toLine()},
                      {QStringLiteral("usage_type"), usageType}};
    if (expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), expiresAt.toString(Qt::ISODate));
    Api::Call *call = m_client->send(Api::Request::post(QStringLiteral("/user/keys"), body));
    const QString fingerprint = m_publicKey.sha256Fingerprint();
    connect(call, &Api::Call::finished, this, [this, fingerprint](const Api::Response &response) {
        if (!response.error.isError()) {
            Q_EMIT keyUploaded(true, false, QString());
            return;
        }
        const QString message = describeUploadError(response.error);
        if (response.error.fieldErrors.contains(QStringLiteral("fingerprint"))
            || response.error.fieldErrors.contains(QStringLiteral("fingerprint_sha256"))) {
            checkExistingUpload(fingerprint, message);
            return;
        }
        Q_EMIT keyUploaded(false, false, message);
    });
}

// A taken fingerprint is fine when the key is already on this account (a second run of the wizard).
void KeySetup::checkExistingUpload(const QString &fingerprint, const QString &errorMessage)
{
    Api::Call *call = m_client->send(Api::Request::get(QStringLiteral("/user/keys"), {}));
    connect(call, &Api::Call::finished, this, [this, fingerprint, errorMessage](const Api::Response &response) {
        const QJsonArray keys = response.json.array();
        for (const QJsonValue &value : keys) {
            const PublicKey key = PublicKey::parse(value.toObject().value(QLatin1String("key")).toString());
            if (key.isValid() && key.sha256Fingerprint() == fingerprint) {
                Q_EMIT keyUploaded(true, true, tr("This key is already on your GitLab account."));
                return;
            }
        }
        Q_EMIT keyUploaded(false, false, errorMessage);
    });
}

bool KeySetup::needsConfigEntry() const
{
    return SshConfig::needsEntry(webHost(), cloneHost(), m_server.port) || cloneHost() != m_server.host;
}

HostEntry KeySetup::configEntry() const
{
    HostEntry entry;
    entry.aliases << cloneHost();
    entry.hostName = m_server.host;
    entry.port = m_server.port;
    entry.user = m_server.user;
    QString identity = m_privateKeyPath;
    const QString home = QDir::homePath() + QLatin1Char('/');
    if (identity.startsWith(home))
        identity = QStringLiteral("~/") + identity.mid(home.size());
    entry.identityFile = identity;
    return entry;
}

SshConfig::Result KeySetup::writeConfigEntry(QString *backupPath, QString *error)
{
    return SshConfig(m_sshFolder + QStringLiteral("/config")).ensureEntry(configEntry(), backupPath, error);
}

KnownHosts KeySetup::knownHosts() const
{
    return KnownHosts(m_sshFolder + QStringLiteral("/known_hosts"));
}

void KeySetup::fetchHostKey()
{
    const ServerAddress address = m_server;
    const KnownHosts hosts = knownHosts();
    using Fetched = QPair<SshProbe::Result, KnownHosts::Match>;
    runInBackground<Fetched>(
        this,
        [address, hosts] {
            const SshProbe::Result result = SshProbe::fetchHostKey(address);
            const KnownHosts::Match match = result.isSuccess() ? hosts.check(address.host, address.port, result.hostKey)
                                                               : KnownHosts::Match::Unknown;
            return Fetched(result, match);
        },
        [this](const Fetched &fetched) {
            m_hostKey = fetched.first.hostKey;
            Q_EMIT hostKeyFetched(fetched.first, fetched.second);
        });
}

HostKey KeySetup::hostKey() const
{
    return m_hostKey;
}

bool KeySetup::trustHostKey(QString *error)
{
    KnownHosts hosts = knownHosts();
    // ssh looks the key up under the name it connects to; libgit2 under the clone URL's host.
    QStringList names {m_server.host};
    if (cloneHost() != m_server.host)
        names << cloneHost();
    for (const QString &name : names) {
        switch (hosts.check(name, m_server.port, m_hostKey)) {
        case KnownHosts::Match::Known:
            continue;
        case KnownHosts::Match::Changed:
            if (error)
                *error = tr("known_hosts lists another key for %1: LabDesk will not replace it.").arg(name);
            return false;
        case KnownHosts::Match::Unknown:
            if (!hosts.add(name, m_server.port, m_hostKey, error))
                return false;
        }
    }
    return true;
}

void KeySetup::testLogin()
{
    const ServerAddress address = m_server;
    const KnownHosts hosts = knownHosts();
    const QString key = m_privateKeyPath;
    const QString passphrase = m_passphrase;
    runInBackground<SshProbe::Result>(
        this, [address, hosts, key, passphrase] { return SshProbe::testLogin(address, key, passphrase, hosts); },
        [this](const SshProbe::Result &result) { Q_EMIT tested(result); });
}

bool KeySetup::agentAvailable()
{
    return SshAgent::isAvailable();
}

void KeySetup::addToAgent()
{
    const QString key = m_privateKeyPath;
    const QString passphrase = m_passphrase;
    using Added = QPair<bool, QString>;
    runInBackground<Added>(
        this,
        [key, passphrase] {
            QString error;
            const bool ok = SshAgent::addKey(key, passphrase, &error);
            return Added(ok, error);
        },
        [this](const Added &added) { Q_EMIT addedToAgent(added.first, added.second); });
}

} // namespace LabDesk::Ssh
