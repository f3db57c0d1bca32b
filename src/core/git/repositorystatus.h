#pragma once

#include <QMetaType>
#include <QString>

namespace LabDesk::Git {

// A working copy's state as the Clones page shows it, read with libgit2. read() does file I/O and
// may take a while on a big working tree: call it off the GUI thread. Safe on any thread.
struct RepositoryStatus
{
    bool exists = false; // the folder is there
    bool isRepository = false; // and libgit2 opens it
    QString branch; // current branch, or the short commit id when detached
    bool detached = false;
    bool hasUpstream = false;
    QString upstream; // "origin/main"
    int ahead = 0;
    int behind = 0;
    int changedFiles = 0; // staged, unstaged and untracked (not ignored)
    QString originUrl;
    QString error; // libgit2's message when it could not be read

    static RepositoryStatus read(const QString &path);
};

} // namespace LabDesk::Git

Q_DECLARE_METATYPE(LabDesk::Git::RepositoryStatus)
