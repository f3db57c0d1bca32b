#pragma once

#include <QCoreApplication>
#include <QString>

namespace LabDesk::Git {

// Commits one file of a working copy with libgit2, as `git add FILE && git commit -m MESSAGE`
// would, on the current branch or on `branch` (created from HEAD when missing, then checked out
// as HEAD). The author is the repository's configured identity, else "LabDesk". Blocking: call
// it for a single small file or off the GUI thread.
class LocalCommit
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Git::LocalCommit)

public:
    // False with a translated reason (and libgit2's own words) in `error` when it fails.
    static bool commitFile(const QString &path, const QString &message, const QString &branch,
                           QString *error = nullptr);
};

} // namespace LabDesk::Git
