#include "knownhostspolicy.h"

#include "core/ssh/knownhosts.h"
#include "gitlog.h"

namespace LabDesk::Git {

namespace {

Ssh::HostKey toSshKey(const HostKeyInfo &info)
{
    Ssh::HostKey key = Ssh::HostKey::fromBlob(info.blob);
    if (!key.isValid()) {
        key.type = QString::fromLatin1(info.type);
        key.blob = info.blob;
    }
    return key;
}

} // namespace

void useKnownHosts(RemoteAuth &auth, const QString &knownHostsPath)
{
    const QString path = knownHostsPath.isEmpty() ? Ssh::KnownHosts::defaultPath() : knownHostsPath;
    auth.checkHostKey = [path](const HostKeyInfo &info) {
        if (info.blob.isEmpty())
            return HostKeyStatus::Unknown; // nothing to compare: let the user decide on the fingerprint
        switch (Ssh::KnownHosts(path).check(info.host, info.port, toSshKey(info))) {
        case Ssh::KnownHosts::Match::Known:
            return HostKeyStatus::Known;
        case Ssh::KnownHosts::Match::Changed:
            return HostKeyStatus::Changed;
        case Ssh::KnownHosts::Match::Unknown:
            break;
        }
        return HostKeyStatus::Unknown;
    };
    auth.rememberHostKey = [path](const HostKeyInfo &info) {
        if (info.blob.isEmpty())
            return false;
        QString error;
        const bool added = Ssh::KnownHosts(path).add(info.host, info.port, toSshKey(info), &error);
        if (!added)
            qCWarning(lcGit) << "known_hosts:" << error;
        return added;
    };
}

} // namespace LabDesk::Git
