#pragma once

#include "remoteauth.h"

#include <QString>

namespace LabDesk::Git {

// Makes `auth` decide SSH host keys with the user's known_hosts (LabDesk::Ssh::KnownHosts):
// a listed key is Known, a host without a key of that type Unknown (the user is asked, and an
// accepted key is appended to the file), a different key Changed (refused). `knownHostsPath`
// empty: ~/.ssh/known_hosts. The file is read on the worker thread at every check.
void useKnownHosts(RemoteAuth &auth, const QString &knownHostsPath = {});

} // namespace LabDesk::Git
