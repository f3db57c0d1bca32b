#include "localcommit.h"

#include <git2.h>

#include <QDir>
#include <QFileInfo>

#include <memory>

namespace LabDesk::Git {

bool LocalCommit::commitFile(const QString &path, const QString &message, const QString &branch, QString *error)
{
    auto fail = [error](const QString &text) {
        const git_error *e = git_error_last();
        if (error)
            *error = e && e->message ? QStringLiteral("%1: %2").arg(text, QString::fromUtf8(e->message)) : text;
        return false;
    };
    git_repository *repo = nullptr;
    const QByteArray start = QFileInfo(path).absolutePath().toUtf8();
    if (git_repository_open_ext(&repo, start.constData(), 0, nullptr) != 0)
        return fail(tr("%1 is not inside a git clone").arg(QDir::toNativeSeparators(path)));
    std::unique_ptr<git_repository, void (*)(git_repository *)> repoGuard(repo, git_repository_free);
    const QString workdir = QString::fromUtf8(git_repository_workdir(repo));
    const QByteArray relative = QDir(workdir).relativeFilePath(path).toUtf8();
    git_index *index = nullptr;
    if (git_repository_index(&index, repo) != 0)
        return fail(tr("Cannot read the index"));
    std::unique_ptr<git_index, void (*)(git_index *)> indexGuard(index, git_index_free);
    git_oid treeId;
    git_oid commitId;
    git_tree *tree = nullptr;
    git_signature *signature = nullptr;
    if (git_index_add_bypath(index, relative.constData()) != 0 || git_index_write(index) != 0
        || git_index_write_tree(&treeId, index) != 0 || git_tree_lookup(&tree, repo, &treeId) != 0)
        return fail(tr("Cannot stage %1").arg(QString::fromUtf8(relative)));
    std::unique_ptr<git_tree, void (*)(git_tree *)> treeGuard(tree, git_tree_free);
    if (git_signature_default(&signature, repo) != 0
        && git_signature_now(&signature, "LabDesk", "labdesk@localhost") != 0)
        return fail(tr("No author identity"));
    std::unique_ptr<git_signature, void (*)(git_signature *)> signatureGuard(signature, git_signature_free);
    git_commit *parent = nullptr;
    git_reference *head = nullptr;
    if (git_repository_head(&head, repo) == 0) {
        git_reference_peel(reinterpret_cast<git_object **>(&parent), head, GIT_OBJECT_COMMIT);
        git_reference_free(head);
    }
    std::unique_ptr<git_commit, void (*)(git_commit *)> parentGuard(parent, git_commit_free);
    QByteArray refName = "HEAD";
    if (!branch.isEmpty()) {
        refName = "refs/heads/" + branch.toUtf8();
        git_reference *existing = nullptr;
        if (git_reference_lookup(&existing, repo, refName.constData()) == 0)
            git_reference_free(existing);
        else if (parent) {
            git_reference *created = nullptr;
            if (git_branch_create(&created, repo, branch.toUtf8().constData(), parent, 0) != 0)
                return fail(tr("Cannot create branch %1").arg(branch));
            git_reference_free(created);
        }
        if (git_repository_set_head(repo, refName.constData()) != 0)
            return fail(tr("Cannot switch to branch %1").arg(branch));
    }
    const git_commit *parents[] = {parent};
    const QByteArray text = message.toUtf8();
    if (git_commit_create(&commitId, repo, "HEAD", signature, signature, nullptr, text.constData(), tree,
                          parent ? 1 : 0, parent ? parents : nullptr)
        != 0)
        return fail(tr("Cannot commit"));
    return true;
}

} // namespace LabDesk::Git
