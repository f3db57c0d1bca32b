#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace LabDesk::Ssh {

// One `Host` entry LabDesk manages in ~/.ssh/config.
struct HostEntry
{
    QStringList aliases; // the names after "Host" (the SSH host of clone URLs first)
    QString hostName; // HostName
    int port = 22;
    QString user; // User (GitLab: "git")
    QString identityFile; // IdentityFile; "~/" is kept as written

    bool operator==(const HostEntry &other) const;
};

// Writes LabDesk's Host entries into an OpenSSH client config without touching anything else.
// Each entry sits between "# LabDesk: begin ALIAS" and "# LabDesk: end ALIAS" lines, so running
// again replaces only that block (or changes nothing when it is already right). A new block goes
// before the first Host/Match line (ssh takes the first value it finds, and lines before the
// first Host apply to every host, so a block must not be appended after a "Host *"), or at the
// end when there is none. The previous file is copied to config.labdesk-backup-<UTC time> first.
class SshConfig
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ssh::SshConfig)

public:
    explicit SshConfig(QString path = defaultPath());
    static QString defaultPath(); // ~/.ssh/config

    // Whether clone URLs of a server need an entry: SSH on another port than 22, or on another
    // host than the web interface.
    static bool needsEntry(const QString &webHost, const QString &sshHost, int sshPort);

    enum class Result {
        Unchanged, // the block was already there, exactly
        Written, // added or updated (backupPath says where the old file went, if any)
        UserEntry, // the user's own "Host" line already names the alias: left alone
        Failed,
    };
    Result ensureEntry(const HostEntry &entry, QString *backupPath = nullptr, QString *error = nullptr);

    // The file's text with `entry` applied; `userEntry` is set when the user's own Host line
    // already names the first alias (the text is then returned unchanged). Pure; for tests.
    static QString apply(const QString &text, const HostEntry &entry, bool *userEntry = nullptr);
    static QString render(const HostEntry &entry);

private:
    QString m_path;
};

} // namespace LabDesk::Ssh
