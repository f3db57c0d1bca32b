#include "repositorystatus.h"

#include <QFile>
#include <QFileInfo>

#include <git2.h>

#include <memory>

namespace LabDesk::Git {

namespace {

using RepositoryPtr = std::unique_ptr<git_repository, decltype(&git_repository_free)>;
using ReferencePtr = std::unique_ptr<git_reference, decltype(&git_reference_free)>;
using RemotePtr = std::unique_ptr<git_remote, decltype(&git_remote_free)>;
using StatusListPtr = std::unique_ptr<git_status_list, decltype(&git_status_list_free)>;

QString lastError()
{
    const git_error *error = git_error_last();
    return error ? QString::fromUtf8(error->message) : QString();
}

} // namespace

RepositoryStatus RepositoryStatus::read(const QString &path)
{
    RepositoryStatus status;
    status.exists = QFileInfo(path).isDir();
    if (!status.exists)
        return status;

    git_repository *rawRepository = nullptr;
    if (git_repository_open(&rawRepository, QFile::encodeName(path).constData()) != 0) {
        status.error = lastError();
        return status;
    }
    RepositoryPtr repository(rawRepository, &git_repository_free);
    status.isRepository = true;

    git_remote *rawRemote = nullptr;
    if (git_remote_lookup(&rawRemote, repository.get(), "origin") == 0) {
        RemotePtr remote(rawRemote, &git_remote_free);
        status.originUrl = QString::fromUtf8(git_remote_url(remote.get()));
    }

    git_reference *rawHead = nullptr;
    const int headError = git_repository_head(&rawHead, repository.get());
    if (headError == GIT_EUNBORNBRANCH) {
        git_reference *symbolic = nullptr;
        if (git_reference_lookup(&symbolic, repository.get(), "HEAD") == 0) {
            ReferencePtr owner(symbolic, &git_reference_free);
            const char *target = git_reference_symbolic_target(symbolic);
            if (target)
                status.branch = QString::fromUtf8(target).remove(QStringLiteral("refs/heads/"));
        }
    } else if (headError == 0) {
        ReferencePtr head(rawHead, &git_reference_free);
        status.detached = git_repository_head_detached(repository.get()) == 1;
        if (status.detached) {
            const git_oid *oid = git_reference_target(head.get());
            char shortId[8] = {};
            if (oid)
                git_oid_tostr(shortId, sizeof shortId, oid);
            status.branch = QString::fromLatin1(shortId);
        } else {
            status.branch = QString::fromUtf8(git_reference_shorthand(head.get()));
            git_reference *rawUpstream = nullptr;
            if (git_branch_upstream(&rawUpstream, head.get()) == 0) {
                ReferencePtr upstream(rawUpstream, &git_reference_free);
                status.hasUpstream = true;
                status.upstream = QString::fromUtf8(git_reference_shorthand(upstream.get()));
                const git_oid *local = git_reference_target(head.get());
                const git_oid *remote = git_reference_target(upstream.get());
                size_t ahead = 0;
                size_t behind = 0;
                if (local && remote && git_graph_ahead_behind(&ahead, &behind, repository.get(), local, remote) == 0) {
                    status.ahead = int(ahead);
                    status.behind = int(behind);
                }
            }
        }
    } else {
        status.error = lastError();
    }

    if (!git_repository_is_bare(repository.get())) {
        git_status_options options;
        git_status_options_init(&options, GIT_STATUS_OPTIONS_VERSION);
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
            | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
        git_status_list *rawList = nullptr;
        if (git_status_list_new(&rawList, repository.get(), &options) == 0) {
            StatusListPtr list(rawList, &git_status_list_free);
            status.changedFiles = int(git_status_list_entrycount(list.get()));
        } else {
            status.error = lastError();
        }
    }
    return status;
}

} // namespace LabDesk::Git
