#include "cloneorigin.h"

#include "clonesmodel.h"
#include "remoteauth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <git2.h>

#include <memory>

namespace LabDesk::Git {

CloneOrigin CloneOrigin::find(const QString &filePath)
{
    CloneOrigin origin;
    const QFileInfo info(filePath);
    const QString start = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, QFile::encodeName(start).constData(), 0, nullptr) != 0)
        return origin;
    std::unique_ptr<git_repository, decltype(&git_repository_free)> repository(raw, &git_repository_free);
    if (git_repository_is_bare(raw))
        return origin;
    origin.isClone = true;
    origin.workdir = QDir::cleanPath(QFile::decodeName(git_repository_workdir(raw)));
    git_reference *head = nullptr;
    if (git_repository_head(&head, raw) == 0) {
        if (git_reference_is_branch(head))
            origin.branch = QString::fromUtf8(git_reference_shorthand(head));
        git_reference_free(head);
    }
    git_remote *remote = nullptr;
    if (git_remote_lookup(&remote, raw, "origin") == 0) {
        if (const char *url = git_remote_url(remote))
            origin.originUrl = QString::fromUtf8(url);
        git_remote_free(remote);
    }
    origin.project = ClonesModel::projectFromUrl(origin.originUrl);
    return origin;
}

bool CloneOrigin::isOn(const QUrl &server, QString *projectOnServer) const
{
    const RemoteAddress address = RemoteAddress::parse(originUrl);
    if (!address.isValid || !server.isValid() || project.isEmpty())
        return false;
    if (address.host.compare(server.host(), Qt::CaseInsensitive) != 0)
        return false;
    QString path = project;
    if (!address.isSsh) {
        const int serverPort = server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
        if (address.port != serverPort)
            return false;
        // A server below a relative URL root (https://host/gitlab/) has clone URLs below it too.
        const QString root = server.path().section(QLatin1Char('/'), 0, -1, QString::SectionSkipEmpty);
        if (!root.isEmpty()) {
            if (!path.startsWith(root + QLatin1Char('/')))
                return false;
            path = path.mid(root.size() + 1);
        }
    }
    if (projectOnServer)
        *projectOnServer = path;
    return !path.isEmpty();
}

} // namespace LabDesk::Git
