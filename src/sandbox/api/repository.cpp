#include "repository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace LabDesk::Sandbox {

namespace {

// Records start with RS, fields are separated by US: commit messages never contain either.
const QString CommitFormat = QStringLiteral(
    "--format=%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cn%x1f%ce%x1f%cI%x1f%B%x1f%(trailers:only,unfold,separator=%x1d)");

// git's strict ISO dates have no fraction; GitLab's have milliseconds: 2024-05-01T10:20:30.000+08:00.
QString gitLabDate(const QString &gitDate)
{
    if (gitDate.size() < 19)
        return gitDate;
    return gitDate.left(19) + QStringLiteral(".000") + gitDate.mid(19);
}

QList<Repository::Commit> parseLog(const QByteArray &out)
{
    QList<Repository::Commit> commits;
    const QString text = QString::fromUtf8(out);
    for (const QString &record : text.split(QChar(0x1e), Qt::SkipEmptyParts)) {
        const QStringList fields = record.split(QChar(0x1f));
        if (fields.size() < 10)
            continue;
        Repository::Commit commit;
        commit.id = fields.at(0);
        commit.parentIds = fields.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        commit.authorName = fields.at(2);
        commit.authorEmail = fields.at(3);
        commit.authoredDate = gitLabDate(fields.at(4));
        commit.committerName = fields.at(5);
        commit.committerEmail = fields.at(6);
        commit.committedDate = gitLabDate(fields.at(7));
        QString message = fields.at(8);
        while (message.endsWith(QLatin1Char('\n')))
            message.chop(1);
        commit.message = message;
        for (const QString &trailer : fields.at(9).trimmed().split(QChar(0x1d), Qt::SkipEmptyParts)) {
            const qsizetype colon = trailer.indexOf(QLatin1Char(':'));
            if (colon > 0)
                commit.trailers[trailer.left(colon).trimmed()].append(trailer.mid(colon + 1).trimmed());
        }
        commits.append(commit);
    }
    return commits;
}

QString gitDate(const QDateTime &when)
{
    const int offset = when.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("@%1 %2%3%4")
        .arg(when.toSecsSinceEpoch())
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.endsWith(QLatin1Char('/'))
        || path.contains(QChar(0)))
        return false;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..")
            || part == QLatin1String(".git"))
            return false;
    }
    return true;
}

QList<Repository::TreeEntry> parseTree(const QByteArray &out)
{
    QList<Repository::TreeEntry> entries;
    for (const QByteArray &line : out.split('\0')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const QList<QByteArray> meta = line.left(tab).split(' ');
        if (meta.size() != 3)
            continue;
        entries.append({QString::fromLatin1(meta.at(0)), QString::fromLatin1(meta.at(1)),
                        QString::fromLatin1(meta.at(2)), QString::fromUtf8(line.mid(tab + 1))});
    }
    return entries;
}

} // namespace

QString Repository::Commit::title() const
{
    const QString first = message.section(QLatin1Char('\n'), 0, 0);
    return first.size() > 100 ? first.left(80) + QStringLiteral("…") : first;
}

Repository::Repository(const SandboxApi &api, int projectId)
    : m_api(api)
    , m_projectId(projectId)
{ }

QString Repository::zeroId()
{
    return QString(40, QLatin1Char('0'));
}

SandboxApi::GitResult Repository::git(const QStringList &args, const QByteArray &input,
                                      const QStringList &environment) const
{
    // Paths from API calls are file names, never glob patterns.
    return m_api.runGit(m_projectId, args, input,
                        QStringList {QStringLiteral("GIT_LITERAL_PATHSPECS=1")} + environment);
}

bool Repository::isEmpty() const
{
    const QString path = m_api.repositoryPath(m_projectId);
    if (!QFile::exists(path + QStringLiteral("/HEAD")))
        return true;
    QDirIterator loose(path + QStringLiteral("/refs/heads"), QDir::Files, QDirIterator::Subdirectories);
    if (loose.hasNext())
        return false;
    QFile packed(path + QStringLiteral("/packed-refs"));
    if (packed.open(QIODevice::ReadOnly))
        return !packed.readAll().contains(" refs/heads/");
    return true;
}

QString Repository::resolve(const QString &ref) const
{
    if (ref.isEmpty() || ref.startsWith(QLatin1Char('-')))
        return {};
    const SandboxApi::GitResult r = git({QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                         QStringLiteral("--quiet"), ref + QStringLiteral("^{commit}")});
    return r.exitCode == 0 ? QString::fromLatin1(r.out.trimmed()) : QString();
}

QString Repository::branchHead(const QString &branch) const
{
    if (branch.isEmpty())
        return {};
    return resolve(QStringLiteral("refs/heads/") + branch);
}

std::optional<Repository::Commit> Repository::commit(const QString &ref) const
{
    const QString sha = resolve(ref);
    if (sha.isEmpty())
        return std::nullopt;
    const QList<Commit> commits = parseLog(git({QStringLiteral("log"), QStringLiteral("-1"), CommitFormat, sha}).out);
    if (commits.isEmpty())
        return std::nullopt;
    return commits.first();
}

QList<Repository::Commit> Repository::log(const QString &ref, const LogOptions &options) const
{
    const QString sha = resolve(ref);
    if (sha.isEmpty())
        return {};
    QStringList args {QStringLiteral("log"), CommitFormat, QStringLiteral("--skip=%1").arg(options.skip),
                      QStringLiteral("--max-count=%1").arg(options.limit)};
    if (!options.since.isEmpty())
        args << QStringLiteral("--since=") + options.since;
    if (!options.until.isEmpty())
        args << QStringLiteral("--until=") + options.until;
    args << sha;
    if (!options.path.isEmpty())
        args << QStringLiteral("--") << options.path;
    return parseLog(git(args).out);
}

QPair<int, int> Repository::stats(const QString &sha) const
{
    const SandboxApi::GitResult r
        = git({QStringLiteral("show"), QStringLiteral("--numstat"), QStringLiteral("--format="),
               QStringLiteral("--diff-merges=first-parent"), sha});
    int additions = 0;
    int deletions = 0;
    for (const QByteArray &line : r.out.split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() < 3)
            continue;
        additions += parts.at(0).toInt(); // "-" for binary files counts as 0, as on GitLab
        deletions += parts.at(1).toInt();
    }
    return {additions, deletions};
}

QString Repository::lastCommitFor(const QString &commit, const QString &path) const
{
    const SandboxApi::GitResult r
        = git({QStringLiteral("rev-list"), QStringLiteral("-1"), commit, QStringLiteral("--"), path});
    return r.exitCode == 0 ? QString::fromLatin1(r.out.trimmed()) : QString();
}

bool Repository::entry(const QString &commit, const QString &path, TreeEntry *out) const
{
    if (!isSafePath(path))
        return false;
    const QList<TreeEntry> entries
        = parseTree(git({QStringLiteral("ls-tree"), QStringLiteral("-z"), commit, QStringLiteral("--"), path}).out);
    for (const TreeEntry &candidate : entries) {
        if (candidate.path == path) {
            *out = candidate;
            return true;
        }
    }
    return false;
}

QList<Repository::TreeEntry> Repository::tree(const QString &commit, const QString &path, bool recursive,
                                              bool *found) const
{
    QStringList args {QStringLiteral("ls-tree"), QStringLiteral("-z")};
    if (recursive)
        args << QStringLiteral("-r") << QStringLiteral("-t");
    args << commit;
    QString directory = path;
    while (directory.endsWith(QLatin1Char('/')))
        directory.chop(1);
    if (!directory.isEmpty()) {
        TreeEntry self;
        if (!entry(commit, directory, &self) || self.type != QLatin1String("tree")) {
            *found = false;
            return {};
        }
        args << QStringLiteral("--") << directory + QLatin1Char('/');
    }
    *found = true;
    QList<TreeEntry> entries = parseTree(git(args).out);
    // GitLab lists directories before files; git's own order within each.
    std::stable_sort(entries.begin(), entries.end(), [](const TreeEntry &a, const TreeEntry &b) {
        return (a.type == QLatin1String("tree")) > (b.type == QLatin1String("tree"));
    });
    return entries;
}

QByteArray Repository::blob(const QString &id) const
{
    return git({QStringLiteral("cat-file"), QStringLiteral("blob"), id}).out;
}

QList<Repository::Branch> Repository::branches() const
{
    const SandboxApi::GitResult refs
        = git({QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname:lstrip=2)%1f%(objectname)"),
               QStringLiteral("refs/heads")});
    QList<QPair<QString, QString>> heads;
    QStringList shas;
    for (const QString &line : QString::fromUtf8(refs.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QChar(0x1f));
        if (parts.size() != 2)
            continue;
        heads.append({parts.at(0), parts.at(1)});
        if (!shas.contains(parts.at(1)))
            shas.append(parts.at(1));
    }
    if (heads.isEmpty())
        return {};
    QHash<QString, Commit> commits;
    for (const Commit &commit : parseLog(
             git(QStringList {QStringLiteral("log"), QStringLiteral("--no-walk=unsorted"), CommitFormat} + shas).out))
        commits.insert(commit.id, commit);
    QList<Branch> out;
    for (const auto &[name, sha] : heads)
        out.append({name, commits.value(sha)});
    return out;
}

QStringList Repository::mergedInto(const QString &branch) const
{
    const SandboxApi::GitResult r
        = git({QStringLiteral("for-each-ref"), QStringLiteral("--merged=refs/heads/") + branch,
               QStringLiteral("--format=%(refname:lstrip=2)"), QStringLiteral("refs/heads")});
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool Repository::createBranch(const QString &name, const QString &commit) const
{
    return git({QStringLiteral("update-ref"), QStringLiteral("refs/heads/") + name, commit, zeroId()}).exitCode == 0;
}

bool Repository::deleteBranch(const QString &name) const
{
    return git({QStringLiteral("update-ref"), QStringLiteral("-d"), QStringLiteral("refs/heads/") + name}).exitCode
        == 0;
}

bool Repository::isValidBranchName(const QString &name)
{
    // git check-ref-format's rules, plus GitLab's: not HEAD and not something that looks like a sha.
    if (name.isEmpty() || name == QLatin1String("HEAD") || name == QLatin1String("@")
        || name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('/')) || name.endsWith(QLatin1Char('/'))
        || name.endsWith(QLatin1Char('.')) || name.contains(QLatin1String("..")) || name.contains(QLatin1String("//"))
        || name.contains(QLatin1String("@{")))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral(" ~^:?*[\\").contains(c))
            return false;
    }
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part.startsWith(QLatin1Char('.')) || part.endsWith(QLatin1String(".lock")))
            return false;
    }
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{40}$"));
    return !sha.match(name).hasMatch();
}

void Repository::setHead(const QString &branch) const
{
    git({QStringLiteral("symbolic-ref"), QStringLiteral("HEAD"), QStringLiteral("refs/heads/") + branch});
}

Repository::CommitResult Repository::commitFiles(const CommitRequest &request) const
{
    CommitResult result;
    const auto fail = [&result](CommitError error, const QString &path = {}, const QString &detail = {}) {
        result.error = error;
        result.path = path;
        result.detail = detail;
        return result;
    };

    const QString startBranch = request.startBranch.isEmpty() ? request.branch : request.startBranch;
    const bool empty = isEmpty();
    const QString head = branchHead(request.branch);
    result.before = head.isEmpty() ? zeroId() : head;
    result.firstBranch = empty;
    if (startBranch != request.branch && !head.isEmpty())
        return fail(CommitError::BranchExists);
    const QString parent = startBranch == request.branch ? head : branchHead(startBranch);
    if (parent.isEmpty() && !empty)
        return fail(CommitError::StartBranchMissing);

    struct Entry
    {
        QString mode;
        QString id;
        qsizetype blob = -1; // new content: its index in blobFiles until hashed
    };
    QMap<QString, Entry> files;
    if (!parent.isEmpty()) {
        for (const TreeEntry &e :
             parseTree(git({QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("-z"), parent}).out))
            files.insert(e.path, {e.mode, e.id});
    }
    const auto directoryExists = [&files](const QString &path) {
        const QString prefix = path + QLatin1Char('/');
        const auto it = files.lowerBound(prefix);
        return it != files.end() && it.key().startsWith(prefix);
    };
    const auto fileAbove = [&files](const QString &path) {
        for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0;
             slash = path.indexOf(QLatin1Char('/'), slash + 1)) {
            if (files.contains(path.left(slash)))
                return true;
        }
        return false;
    };

    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/labdesk-commit-XXXXXX"));
    if (!scratch.isValid())
        return fail(CommitError::Failed, {}, scratch.errorString());

    // New contents become blobs in one hash-object call; their ids are filled in afterwards.
    QStringList blobFiles;
    for (const Action &action : request.actions) {
        if (!isSafePath(action.path) || (action.kind == Action::Kind::Move && !isSafePath(action.previousPath)))
            return fail(CommitError::InvalidPath, action.path);
        const QString source = action.kind == Action::Kind::Move ? action.previousPath : action.path;
        if (action.kind != Action::Kind::Create && !files.contains(source))
            return fail(CommitError::FileMissing, source);
        if (action.kind != Action::Kind::Create && !action.lastCommitId.isEmpty()
            && lastCommitFor(parent, source) != action.lastCommitId)
            return fail(CommitError::FileChanged, source);

        switch (action.kind) {
        case Action::Kind::Create:
        case Action::Kind::Move:
            if (files.contains(action.path))
                return fail(CommitError::FileExists, action.path);
            if (directoryExists(action.path))
                return fail(CommitError::DirectoryExists, action.path);
            if (fileAbove(action.path))
                return fail(CommitError::FileExists, action.path);
            break;
        case Action::Kind::Update:
        case Action::Kind::Delete:
        case Action::Kind::Chmod:
            break;
        }

        Entry entry = files.value(source, {QStringLiteral("100644"), {}, -1});
        if (action.kind == Action::Kind::Delete || action.kind == Action::Kind::Move)
            files.remove(source);
        if (action.kind == Action::Kind::Delete)
            continue;
        if (action.executable.has_value())
            entry.mode = *action.executable ? QStringLiteral("100755") : QStringLiteral("100644");
        if (action.content.has_value() && action.kind != Action::Kind::Chmod) {
            const QString file = scratch.filePath(QStringLiteral("blob-%1").arg(blobFiles.size()));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(*action.content) != action.content->size())
                return fail(CommitError::Failed, action.path, out.errorString());
            out.close();
            entry.blob = blobFiles.size();
            entry.id.clear();
            blobFiles << file;
        } else if (entry.id.isEmpty() && entry.blob < 0) {
            // A create without content is an empty file.
            const SandboxApi::GitResult hashed
                = git({QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("--stdin")});
            entry.id = QString::fromLatin1(hashed.out.trimmed());
        }
        files.insert(action.path, entry);
    }

    if (!blobFiles.isEmpty()) {
        const SandboxApi::GitResult hashed
            = git({QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("--stdin-paths")},
                  blobFiles.join(QLatin1Char('\n')).toUtf8() + '\n');
        const QList<QByteArray> ids = hashed.out.trimmed().split('\n');
        if (hashed.exitCode != 0 || ids.size() != blobFiles.size())
            return fail(CommitError::Failed, {}, QString::fromLocal8Bit(hashed.err));
        for (Entry &entry : files) {
            if (entry.blob >= 0)
                entry.id = QString::fromLatin1(ids.at(entry.blob));
        }
    }

    // The whole tree goes through a private index: no work tree, no lock on anyone's index.
    const QStringList indexEnv {QStringLiteral("GIT_INDEX_FILE=") + scratch.filePath(QStringLiteral("index"))};
    QByteArray indexInfo;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        indexInfo += it->mode.toLatin1() + ' ' + it->id.toLatin1() + '\t' + it.key().toUtf8() + '\0';
    const SandboxApi::GitResult index = git(
        {QStringLiteral("update-index"), QStringLiteral("-z"), QStringLiteral("--index-info")}, indexInfo, indexEnv);
    if (index.exitCode != 0)
        return fail(CommitError::Failed, {}, QString::fromLocal8Bit(index.err));
    const SandboxApi::GitResult tree = git({QStringLiteral("write-tree")}, {}, indexEnv);
    if (tree.exitCode != 0)
        return fail(CommitError::Failed, {}, QString::fromLocal8Bit(tree.err));

    QStringList commitArgs {QStringLiteral("commit-tree"), QString::fromLatin1(tree.out.trimmed())};
    if (!parent.isEmpty())
        commitArgs << QStringLiteral("-p") << parent;
    commitArgs << QStringLiteral("-F") << QStringLiteral("-");
    const SandboxApi::GitResult made = git(commitArgs, request.message.toUtf8(),
                                           {QStringLiteral("GIT_AUTHOR_NAME=") + request.author.name,
                                            QStringLiteral("GIT_AUTHOR_EMAIL=") + request.author.email,
                                            QStringLiteral("GIT_AUTHOR_DATE=") + gitDate(request.author.when),
                                            QStringLiteral("GIT_COMMITTER_NAME=") + request.committer.name,
                                            QStringLiteral("GIT_COMMITTER_EMAIL=") + request.committer.email,
                                            QStringLiteral("GIT_COMMITTER_DATE=") + gitDate(request.committer.when)});
    if (made.exitCode != 0)
        return fail(CommitError::Failed, {}, QString::fromLocal8Bit(made.err));
    result.after = QString::fromLatin1(made.out.trimmed());

    // Compare-and-swap: the branch must still be where it was when we read it.
    const SandboxApi::GitResult moved = git(
        {QStringLiteral("update-ref"), QStringLiteral("-m"), QStringLiteral("labdesk-sandbox: commit via the API"),
         QStringLiteral("refs/heads/") + request.branch, result.after, result.before});
    if (moved.exitCode != 0)
        return fail(CommitError::RefMoved, {}, QString::fromLocal8Bit(moved.err));
    return result;
}

bool Repository::importHistory(const QList<ImportCommit> &commits, QString *error) const
{
    const auto identity = [](const Signature &who) {
        const int offset = who.when.offsetFromUtc();
        const int minutes = qAbs(offset) / 60;
        QByteArray line = who.name.toUtf8();
        line.append(" <").append(who.email.toUtf8()).append("> ");
        line.append(QByteArray::number(who.when.toSecsSinceEpoch())).append(offset < 0 ? " -" : " +");
        line.append(QByteArray::number(minutes / 60).rightJustified(2, '0'));
        line.append(QByteArray::number(minutes % 60).rightJustified(2, '0'));
        return line;
    };
    const auto data = [](const QByteArray &bytes) {
        QByteArray block("data ");
        block.append(QByteArray::number(bytes.size())).append('\n').append(bytes).append('\n');
        return block;
    };

    QByteArray stream;
    QHash<QString, int> tips; // branch -> mark of its last commit
    int mark = 0;
    for (const ImportCommit &commit : commits) {
        ++mark;
        stream += "commit refs/heads/" + commit.branch.toUtf8() + '\n';
        stream += "mark :" + QByteArray::number(mark) + '\n';
        stream += "author " + identity(commit.author) + '\n';
        stream += "committer " + identity(commit.committer) + '\n';
        stream += data(commit.message.toUtf8());
        if (!tips.contains(commit.branch) && tips.contains(commit.startBranch))
            stream += "from :" + QByteArray::number(tips.value(commit.startBranch)) + '\n';
        for (const auto &[path, content] : commit.files) {
            if (!isSafePath(path)) {
                if (error)
                    *error = QStringLiteral("invalid path %1").arg(path);
                return false;
            }
            stream += "M 100644 inline " + path.toUtf8() + '\n' + data(content);
        }
        stream += '\n';
        tips.insert(commit.branch, mark);
    }
    const SandboxApi::GitResult result = git({QStringLiteral("-c"), QStringLiteral("fastimport.unpackLimit=0"),
                                              QStringLiteral("fast-import"), QStringLiteral("--quiet")},
                                             stream);
    if (result.exitCode != 0 && error)
        *error = QString::fromLocal8Bit(result.err);
    return result.exitCode == 0;
}

} // namespace LabDesk::Sandbox
