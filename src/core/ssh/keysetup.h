#pragma once

#include "keygen.h"
#include "knownhosts.h"
#include "publickey.h"
#include "sshconfig.h"
#include "sshprobe.h"

#include <QDate>
#include <QObject>
#include <QPointer>

namespace LabDesk::Api {
class GitLabClient;
struct ApiError;
} // namespace LabDesk::Api

namespace LabDesk::Ssh {

// The steps of setting up SSH access to one GitLab server, without any widget: find where its
// SSH server is, pick or generate a key, upload it, write a ~/.ssh/config entry when needed,
// confirm and record the host key, test the login, add the key to the agent. The key-setup
// wizard is a thin view over this; tests drive it headless. Lives on the GUI thread; blocking
// work (libssh, key derivation) runs on the thread pool and reports through the signals.
class KeySetup : public QObject
{
    Q_OBJECT

public:
    explicit KeySetup(Api::GitLabClient *client, QObject *parent = nullptr);

    // Where keys, config and known_hosts live (default ~/.ssh of the current $HOME).
    void setSshFolder(const QString &folder);
    QString sshFolder() const;

    // Step 1: GitLab's SSH address from a project's ssh_url_to_repo (the web host and port 22
    // when the user has no project). Emits serverDiscovered().
    void discoverServer();
    void setServer(const ServerAddress &address, const QString &cloneHost = QString());
    ServerAddress server() const; // where we connect
    QString cloneHost() const; // the host name in GitLab's clone URLs
    QString webHost() const;

    // Step 2: a key.
    QList<LocalKey> localKeys() const;
    void useExistingKey(const LocalKey &key, const QString &passphrase = QString());
    QString proposedKeyPath() const; // ~/.ssh/id_ed25519, or _2, _3 ... when taken
    void generateKey(const QString &privateKeyPath, const QString &passphrase, const QString &comment);
    QString privateKeyPath() const;
    PublicKey publicKey() const;

    // Step 3: POST /user/keys. A key already on this account counts as uploaded.
    void uploadKey(const QString &title, const QDate &expiresAt, const QString &usageType);
    // GitLab's answer to a key upload in plain, translated words.
    static QString describeUploadError(const Api::ApiError &error);

    // Step 4: ~/.ssh/config.
    bool needsConfigEntry() const;
    HostEntry configEntry() const;
    SshConfig::Result writeConfigEntry(QString *backupPath, QString *error);

    // Step 5: the host key. hostKeyFetched() carries the key and what known_hosts says of it.
    void fetchHostKey();
    HostKey hostKey() const;
    bool trustHostKey(QString *error);

    // Step 6: log in with the key. Emits tested().
    void testLogin();

    // Step 7: ssh-add. Emits addedToAgent().
    static bool agentAvailable();
    void addToAgent();

Q_SIGNALS:
    void serverDiscovered(const LabDesk::Ssh::ServerAddress &address, bool fromProject);
    void keyGenerated(bool ok, const QString &error);
    void keyUploaded(bool ok, bool alreadyPresent, const QString &message);
    void hostKeyFetched(const LabDesk::Ssh::SshProbe::Result &result, LabDesk::Ssh::KnownHosts::Match match);
    void tested(const LabDesk::Ssh::SshProbe::Result &result);
    void addedToAgent(bool ok, const QString &error);

private:
    void checkExistingUpload(const QString &fingerprint, const QString &errorMessage);
    KnownHosts knownHosts() const;

    QPointer<Api::GitLabClient> m_client;
    QString m_sshFolder;
    ServerAddress m_server;
    QString m_cloneHost;
    QString m_privateKeyPath;
    QString m_passphrase; // in memory only, for the test and ssh-add
    PublicKey m_publicKey;
    HostKey m_hostKey;
};

} // namespace LabDesk::Ssh

Q_DECLARE_METATYPE(LabDesk::Ssh::ServerAddress)
Q_DECLARE_METATYPE(LabDesk::Ssh::SshProbe::Result)
