#pragma once

#include <QString>
#include <QUrl>

namespace LabDesk::Git {

// The local clone a file lies in, and where its origin points: read with libgit2 from the
// repository's configuration (no status, no network), so it is quick enough for the GUI thread.
struct CloneOrigin
{
    bool isClone = false; // the file lies inside a Git working copy
    QString workdir; // the working copy's folder
    QString branch; // the current branch (empty when detached)
    QString originUrl; // origin's URL as saved in .git/config (empty without origin)
    QString project; // "group/project" from origin's URL (without a relative URL root of the server)

    // Finds the working copy that contains `filePath` (a file or a folder).
    static CloneOrigin find(const QString &filePath);

    // Whether origin is on the GitLab server `server` (the same host; over HTTP(S) also the same
    // port, and the project path below the server's relative URL root). `project` is then the
    // project's full path on that server.
    bool isOn(const QUrl &server, QString *projectOnServer = nullptr) const;
};

} // namespace LabDesk::Git
