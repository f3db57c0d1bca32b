// Projects, their branches, repository files, tree and commits.
#include "modules.h"

#include "directory.h"
#include "repository.h"
#include "sandbox/sandboxapi.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>
#include <numeric>

namespace LabDesk::Sandbox {

namespace {

const QString Projects = QStringLiteral("projects");
const QString Pipelines = QStringLiteral("pipelines");
const QStringList ReadRepositoryScopes {QStringLiteral("api"), QStringLiteral("read_api"),
                                        QStringLiteral("read_repository")};

HttpResponse projectNotFound()
{
    return Errors::notFound(QStringLiteral("Project"));
}

// The project `:id` names when the caller may see it; GitLab answers 404 for both missing and hidden.
QJsonObject visibleProject(const SandboxApi &api, const Directory &dir, const ApiRequest &request)
{
    const QJsonObject project = api.findProject(request.pathParam(QStringLiteral("id")));
    return dir.canReadProject(project) ? project : QJsonObject();
}

bool canReadCode(const Directory &dir, const QJsonObject &project)
{
    if (!dir.canReadProject(project))
        return false;
    // Guests of a private project see the project but not its repository.
    return project.value(QLatin1String("visibility")).toString() != QLatin1String("private")
        || dir.projectAccess(project) >= AccessLevel::Reporter;
}

QString defaultBranchOf(const QJsonObject &project)
{
    const QString branch = project.value(QLatin1String("default_branch")).toString();
    return branch.isEmpty() ? QStringLiteral("main") : branch;
}

// The default branch is protected (GitLab's "fully protected" default): only maintainers push.
bool isProtected(const QJsonObject &project, const QString &branch)
{
    return branch == defaultBranchOf(project);
}

bool canPushTo(const Directory &dir, const QJsonObject &project, const QString &branch)
{
    const int access = dir.projectAccess(project);
    return access >= (isProtected(project, branch) ? AccessLevel::Maintainer : AccessLevel::Developer);
}

QString authorNameOf(const QJsonObject &user)
{
    return user.value(QLatin1String("name")).toString();
}

QString authorEmailOf(const QJsonObject &user)
{
    return user.value(QLatin1String("email")).toString();
}

// ---------------------------------------------------------------- project lists

struct SortKey
{
    QString text;
    int id = 0;
};

// What a project listing and a project's JSON are made of: projects, their namespaces, the
// memberships that decide access, and users (owners). Other writes (a token's last_used_at, a
// pipeline's progress) leave cached listings alone.
QByteArray listingRevisions(const SandboxApi &api)
{
    QByteArray out;
    for (const char *collection : {"projects", "namespaces", "members", "users"})
        out += QByteArray::number(api.store.revision(QString::fromLatin1(collection))) + '.';
    return out;
}

HttpResponse listProjects(SandboxApi &api, ApiRequest &request, const Directory &dir,
                          const QList<QJsonObject> &candidates, Directory::ProjectView view, bool offsetLimit)
{
    bool ok = true;
    const QString orderBy = Params::choice(request, QStringLiteral("order_by"),
                                           {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("path"),
                                            QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                            QStringLiteral("last_activity_at"), QStringLiteral("similarity"),
                                            QStringLiteral("star_count")},
                                           QStringLiteral("created_at"), &ok);
    if (!ok)
        return Params::notValid(QStringLiteral("order_by"));
    const QString sort = Params::choice(request, QStringLiteral("sort"),
                                        {QStringLiteral("asc"), QStringLiteral("desc")}, QStringLiteral("desc"), &ok);
    if (!ok)
        return Params::notValid(QStringLiteral("sort"));
    const QString visibility = Params::choice(request, QStringLiteral("visibility"), Params::visibilities(), {}, &ok);
    if (!ok)
        return Params::notValid(QStringLiteral("visibility"));
    const QString minAccess
        = Params::choice(request, QStringLiteral("min_access_level"), Params::accessLevels(), {}, &ok);
    if (!ok)
        return Params::notValid(QStringLiteral("min_access_level"));

    const bool keyset = request.string(QStringLiteral("pagination")) == QLatin1String("keyset");
    if (keyset && orderBy != QLatin1String("id"))
        return Errors::error(405, QStringLiteral("Keyset pagination is not yet available for this type of request"));
    if (!keyset && offsetLimit) {
        const int perPage = qBound(1, request.integer(QStringLiteral("per_page"), 20), 100);
        if (qint64(qMax(1, request.integer(QStringLiteral("page"), 1))) * perPage > 50000)
            return Errors::error(405,
                                 QStringLiteral("Offset pagination has a maximum allowed offset of 50000 for requests "
                                                "that return objects of type Project. Remaining records can be "
                                                "retrieved using keyset pagination."));
    }

    const bool signedIn = request.isAuthenticated();
    const QString search = request.string(QStringLiteral("search")).toLower();
    const bool searchNamespaces = request.boolean(QStringLiteral("search_namespaces"));
    const bool hasArchived = request.has(QStringLiteral("archived"));
    const bool archived = request.boolean(QStringLiteral("archived"));
    const bool owned = signedIn && request.boolean(QStringLiteral("owned"));
    const bool membership = signedIn && request.boolean(QStringLiteral("membership"));
    const bool starred = signedIn && request.boolean(QStringLiteral("starred"));
    const bool imported = signedIn && request.boolean(QStringLiteral("imported"));
    const int minLevel = minAccess.toInt();
    const int idAfter = request.integer(QStringLiteral("id_after"), 0);
    const int idBefore = request.integer(QStringLiteral("id_before"), 0);
    const QDateTime activityAfter
        = QDateTime::fromString(request.string(QStringLiteral("last_activity_after")), Qt::ISODate);
    const QDateTime activityBefore
        = QDateTime::fromString(request.string(QStringLiteral("last_activity_before")), Qt::ISODate);
    QStringList topics;
    for (const QString &topic : request.list(QStringLiteral("topic")))
        topics << topic.toLower();

    // The filtered, sorted listing is kept for the next page of the same query (a client walking
    // 100 pages of 10,000 projects asks the same question 100 times); any change to the store,
    // another user or another day makes a new one. id_after/id_before apply afterwards.
    struct Listing
    {
        QByteArray key;
        QList<QJsonObject> sorted;
    };
    thread_local Listing cache; // per server thread: servers in one process never share it
    QJsonObject keyParams = request.params;
    for (const char *paging : {"page", "per_page", "id_after", "id_before"})
        keyParams.remove(QLatin1String(paging));
    const QByteArray cacheKey = request.http.path + ' ' + QByteArray::number(api.store.identity()) + ' '
        + listingRevisions(api) + ' ' + QByteArray::number(request.userId()) + ' '
        + api.currentTime().date().toString(Qt::ISODate).toLatin1() + ' ' + QByteArray::number(candidates.size()) + ' '
        + QJsonDocument(keyParams).toJson(QJsonDocument::Compact);
    if (cache.key != cacheKey) {
        cache.key = cacheKey;
        cache.sorted = [&]() {
            // Nobody has starred or imported anything in the sandbox.
            QList<QJsonObject> matches;
            if (!starred && !imported) {
                for (const QJsonObject &project : candidates) {
                    if (hasArchived && project.value(QLatin1String("archived")).toBool() != archived)
                        continue;
                    if (!visibility.isEmpty() && project.value(QLatin1String("visibility")).toString() != visibility)
                        continue;
                    if (owned || membership || minLevel > 0) {
                        const int level = dir.membershipLevel(project);
                        if ((owned && level < AccessLevel::Owner) || (membership && level < AccessLevel::Guest)
                            || (minLevel > 0 && level < minLevel))
                            continue;
                    }
                    if (!search.isEmpty()) {
                        QStringList fields {project.value(QLatin1String("name")).toString().toLower(),
                                            project.value(QLatin1String("path")).toString().toLower(),
                                            project.value(QLatin1String("description")).toString().toLower()};
                        if (searchNamespaces) {
                            const int ns = project.value(QLatin1String("namespace_id")).toInt();
                            fields << dir.projectFullPath(project).toLower()
                                   << (dir.fullName(ns) + QStringLiteral(" / ")
                                       + project.value(QLatin1String("name")).toString())
                                          .toLower();
                        }
                        // Like GitLab's fuzzy search: short terms must match a whole field.
                        const bool found = std::any_of(fields.cbegin(), fields.cend(), [&search](const QString &field) {
                            return search.size() < 3 ? field == search : field.contains(search);
                        });
                        if (!found)
                            continue;
                    }
                    if (activityAfter.isValid() || activityBefore.isValid()) {
                        const QDateTime activity = QDateTime::fromString(
                            project.value(QLatin1String("last_activity_at")).toString(), Qt::ISODateWithMs);
                        if ((activityAfter.isValid() && activity <= activityAfter)
                            || (activityBefore.isValid() && activity >= activityBefore))
                            continue;
                    }
                    if (!topics.isEmpty()) {
                        QStringList own;
                        for (const QJsonValue &topic : project.value(QLatin1String("topics")).toArray())
                            own << topic.toString().toLower();
                        if (!std::all_of(topics.cbegin(), topics.cend(),
                                         [&own](const QString &t) { return own.contains(t); }))
                            continue;
                    }
                    if (!dir.canReadProject(project))
                        continue;
                    matches.append(project);
                }
            }

            // Sort keys are read once: comparing QJsonObjects directly would look fields up n log n times.
            const QString keyField = orderBy == QLatin1String("similarity") ? QStringLiteral("name") : orderBy;
            const bool byId = keyField == QLatin1String("id") || keyField == QLatin1String("star_count");
            const bool caseless = keyField == QLatin1String("name") || keyField == QLatin1String("path");
            QList<SortKey> keys;
            keys.reserve(matches.size());
            for (const QJsonObject &project : matches) {
                SortKey key;
                key.id = project.value(QLatin1String("id")).toInt();
                if (!byId) {
                    key.text = project.value(keyField).toString();
                    if (caseless)
                        key.text = key.text.toLower();
                }
                keys.append(key);
            }
            QList<qsizetype> order(matches.size());
            std::iota(order.begin(), order.end(), 0);
            const bool descending = sort == QLatin1String("desc");
            std::sort(order.begin(), order.end(), [&keys, descending](qsizetype a, qsizetype b) {
                const SortKey &l = keys.at(a);
                const SortKey &r = keys.at(b);
                const int c = l.text.compare(r.text);
                if (c != 0)
                    return descending ? c > 0 : c < 0;
                return descending ? l.id > r.id : l.id < r.id;
            });
            QList<QJsonObject> sorted;
            sorted.reserve(matches.size());
            for (qsizetype i : order)
                sorted.append(matches.at(i));
            return sorted;
        }();
    }
    QList<QJsonObject> sorted;
    if (idAfter > 0 || idBefore > 0) {
        for (const QJsonObject &project : std::as_const(cache.sorted)) {
            const int id = project.value(QLatin1String("id")).toInt();
            if ((idAfter <= 0 || id > idAfter) && (idBefore <= 0 || id < idBefore))
                sorted.append(project);
        }
    } else {
        sorted = cache.sorted;
    }

    const Directory::ProjectView effective
        = request.boolean(QStringLiteral("simple")) ? Directory::ProjectView::Basic : view;
    // A project's JSON is kept while nothing in the store changes (a push changes the project's
    // last_activity_at), for this user and view: walking a large listing again costs no rebuild.
    struct Rendered
    {
        QByteArray key;
        QHash<int, QJsonValue> projects;
    };
    thread_local Rendered rendered;
    const QByteArray renderKey = QByteArray::number(api.store.identity()) + ' ' + listingRevisions(api)
                                 + ' ' + QByteArray::number(request.userId()) + ' '
                                 + QByteArray::number(int(effective)) + ' ' + api.baseUrl.toEncoded();
    if (rendered.key != renderKey) {
        rendered.key = renderKey;
        rendered.projects.clear();
    }
    const RecordSerializer serialize = [&dir, effective](const QJsonObject &project) {
        const int id = project.value(QLatin1String("id")).toInt();
        auto it = rendered.projects.constFind(id);
        if (it == rendered.projects.constEnd())
            it = rendered.projects.insert(id, QJsonValue(dir.projectJson(project, effective)));
        return it.value();
    };
    if (!keyset)
        return paginate(api, request, sorted, serialize);
    // Projects sort newest first unless told otherwise; the keyset pager must walk the same way.
    request.params.insert(QStringLiteral("sort"), sort);
    return paginateKeyset(api, request, sorted, serialize);
}

// ---------------------------------------------------------------- commits and branches

QJsonObject commitJson(const SandboxApi &api, const QString &projectPath, const Repository::Commit &commit)
{
    QJsonObject trailers;
    QJsonObject extended;
    for (auto it = commit.trailers.cbegin(); it != commit.trailers.cend(); ++it) {
        trailers.insert(it.key(), it.value().constLast());
        extended.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    return {
        {QStringLiteral("id"), commit.id},
        {QStringLiteral("short_id"), commit.id.left(8)},
        {QStringLiteral("created_at"), commit.committedDate},
        {QStringLiteral("parent_ids"), QJsonArray::fromStringList(commit.parentIds)},
        {QStringLiteral("title"), commit.title()},
        {QStringLiteral("message"), commit.message},
        {QStringLiteral("author_name"), commit.authorName},
        {QStringLiteral("author_email"), commit.authorEmail},
        {QStringLiteral("authored_date"), commit.authoredDate},
        {QStringLiteral("committer_name"), commit.committerName},
        {QStringLiteral("committer_email"), commit.committerEmail},
        {QStringLiteral("committed_date"), commit.committedDate},
        {QStringLiteral("trailers"), trailers},
        {QStringLiteral("extended_trailers"), extended},
        {QStringLiteral("web_url"), api.webUrl(projectPath + QStringLiteral("/-/commit/") + commit.id)},
    };
}

// CommitDetail: the commit with its stats and the latest pipeline for it, if the pipelines module made one.
QJsonObject commitDetailJson(const SandboxApi &api, const QJsonObject &project, const QString &projectPath,
                             const Repository &repository, const Repository::Commit &commit, bool withStats)
{
    QJsonObject out = commitJson(api, projectPath, commit);
    if (withStats) {
        const auto [additions, deletions] = repository.stats(commit.id);
        out.insert(QStringLiteral("stats"),
                   QJsonObject {{QStringLiteral("additions"), additions},
                                {QStringLiteral("deletions"), deletions},
                                {QStringLiteral("total"), additions + deletions}});
    }
    const int projectId = project.value(QLatin1String("id")).toInt();
    QJsonObject latest;
    for (const QJsonObject &pipeline : api.store.where(Pipelines, QStringLiteral("sha"), commit.id)) {
        if (pipeline.value(QLatin1String("project_id")).toInt() == projectId
            && pipeline.value(QLatin1String("id")).toInt() > latest.value(QLatin1String("id")).toInt())
            latest = pipeline;
    }
    QJsonValue lastPipeline = QJsonValue::Null;
    if (!latest.isEmpty()) {
        QJsonObject basic;
        for (const char *field :
             {"id", "iid", "project_id", "sha", "ref", "status", "source", "created_at", "updated_at", "web_url"})
            basic.insert(QString::fromLatin1(field), latest.value(QLatin1String(field)));
        lastPipeline = basic;
    }
    out.insert(QStringLiteral("status"),
               latest.isEmpty() ? QJsonValue(QJsonValue::Null) : latest.value(QLatin1String("status")));
    out.insert(QStringLiteral("project_id"), projectId);
    out.insert(QStringLiteral("last_pipeline"), lastPipeline);
    return out;
}

QJsonObject branchJson(const SandboxApi &api, const Directory &dir, const QJsonObject &project,
                       const QString &projectPath, const Repository::Branch &branch, bool merged)
{
    return {
        {QStringLiteral("name"), branch.name},
        {QStringLiteral("commit"), commitJson(api, projectPath, branch.commit)},
        {QStringLiteral("merged"), merged},
        {QStringLiteral("protected"), isProtected(project, branch.name)},
        // Only protected branches can let developers push or merge; the default one does not.
        {QStringLiteral("developers_can_push"), false},
        {QStringLiteral("developers_can_merge"), false},
        {QStringLiteral("can_push"), canPushTo(dir, project, branch.name)},
        {QStringLiteral("default"), branch.name == defaultBranchOf(project)},
        {QStringLiteral("web_url"), api.webUrl(projectPath + QStringLiteral("/-/tree/") + branch.name)},
    };
}

// After a commit through the API: the project shows activity, a first branch becomes the
// default one when the configured default does not exist, and listeners hear of the push.
void afterCommit(SandboxApi &api, QJsonObject project, const Repository &repository, const QString &branch,
                 const Repository::CommitResult &result, const QJsonObject &user)
{
    const int id = project.value(QLatin1String("id")).toInt();
    project.insert(QStringLiteral("last_activity_at"), api.now());
    project.insert(QStringLiteral("updated_at"), api.now());
    if (result.firstBranch && repository.branchHead(defaultBranchOf(project)).isEmpty()) {
        project.insert(QStringLiteral("default_branch"), branch);
        repository.setHead(branch);
    }
    api.store.put(Projects, id, project);
    api.notifyPush(api.store.get(Projects, id), branch, result.before, result.after, user);
}

// ---------------------------------------------------------------- repository files

struct FileWrite
{
    QString path;
    QString branch;
    QString startBranch;
    QString message;
    Repository::Action action;
    QString authorName;
    QString authorEmail;
};

// GitLab's messages for a refused commit; `commitsApi` for POST /repository/commits, whose
// stale-file message names the path.
HttpResponse commitError(const Repository::CommitResult &result, const QString &branch, bool commitsApi)
{
    switch (result.error) {
    case Repository::CommitError::None:
        break;
    case Repository::CommitError::StartBranchMissing:
        return Errors::message(400, QStringLiteral("You can only create or edit files when you are on a branch"));
    case Repository::CommitError::BranchExists:
        return Errors::message(
            400,
            QStringLiteral("A branch called '%1' already exists. Switch to that branch in order to make changes")
                .arg(branch));
    case Repository::CommitError::FileExists:
        return Errors::message(400, QStringLiteral("A file with this name already exists"));
    case Repository::CommitError::DirectoryExists:
        return Errors::message(400, QStringLiteral("A directory with this name already exists"));
    case Repository::CommitError::FileMissing:
        return Errors::message(400, QStringLiteral("A file with this name doesn't exist"));
    case Repository::CommitError::FileChanged:
        return commitsApi
            ? Errors::message(400,
                              QStringLiteral("The file has changed since you started editing it: %1").arg(result.path))
            : Errors::message(
                400,
                QStringLiteral("You are attempting to update a file that has changed since you started editing it."));
    case Repository::CommitError::InvalidPath:
        return Errors::error(400, QStringLiteral("file_path should be a valid file path"));
    case Repository::CommitError::RefMoved:
        return Errors::message(
            400, QStringLiteral("Could not update refs/heads/%1. Please refresh and try again.").arg(branch));
    case Repository::CommitError::Failed:
        return Errors::message(400, result.detail.trimmed());
    }
    return Errors::message(500, QStringLiteral("500 Internal Server Error"));
}

QByteArray decodeContent(const QString &content, const QString &encoding)
{
    return encoding == QLatin1String("base64") ? QByteArray::fromBase64(content.toLatin1()) : content.toUtf8();
}

bool isText(const QByteArray &data)
{
    if (data.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    Q_UNUSED(text)
    return !decoder.hasError();
}

void setBlobHeaders(HttpResponse *response, const QJsonObject &blob)
{
    // HeadersHelpers#set_http_headers: X-Gitlab-<Camel-Case-Key> for every blob field.
    for (auto it = blob.begin(); it != blob.end(); ++it) {
        if (it.key() == QLatin1String("content"))
            continue;
        QStringList words = it.key().split(QLatin1Char('_'));
        for (QString &word : words)
            word = word.left(1).toUpper() + word.mid(1);
        const QJsonValue value = it.value();
        const QString text = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : value.isDouble()              ? QString::number(value.toInteger())
                                            : value.toString();
        response->setHeader("X-Gitlab-" + words.join(QLatin1Char('-')).toUtf8(), text.toUtf8());
    }
}

} // namespace

void registerProjectRoutes(SandboxApi &api)
{
    Router &r = api.router;

    // ---------------------------------------------------------------- projects

    r.add(
        "GET", QStringLiteral("/projects"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            return listProjects(api, request, dir, api.store.all(Projects),
                                request.isAuthenticated() ? Directory::ProjectView::WithPermissions
                                                          : Directory::ProjectView::Basic,
                                true);
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/users/:user_id/projects"),
        [&api](ApiRequest &request) {
            const QJsonObject user = api.findUser(request.pathParam(QStringLiteral("user_id")));
            if (user.isEmpty()
                || (!request.isAdmin() && user.value(QLatin1String("state")).toString() != QLatin1String("active")))
                return Errors::notFound(QStringLiteral("User"));
            const Directory dir(api, request.user);
            return listProjects(
                api, request, dir,
                api.store.where(Projects, QStringLiteral("namespace_id"), user.value(QLatin1String("namespace_id"))),
                request.isAuthenticated() ? Directory::ProjectView::WithPermissions : Directory::ProjectView::Basic,
                false);
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/groups/:id/projects"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject group = api.findGroup(request.pathParam(QStringLiteral("id")));
            if (!dir.canReadGroup(group))
                return Errors::notFound(QStringLiteral("Group"));
            QSet<int> namespaces {group.value(QLatin1String("id")).toInt()};
            if (request.boolean(QStringLiteral("include_subgroups"))) {
                const QList<int> subtree = dir.subtree(group.value(QLatin1String("id")).toInt());
                namespaces = QSet<int>(subtree.cbegin(), subtree.cend());
            }
            QList<QJsonObject> candidates;
            for (const QJsonObject &project : api.store.all(Projects)) {
                if (namespaces.contains(project.value(QLatin1String("namespace_id")).toInt()))
                    candidates.append(project);
            }
            return listProjects(api, request, dir, candidates, Directory::ProjectView::Full, false);
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/projects/:id"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject project = visibleProject(api, dir, request);
            if (project.isEmpty())
                return projectNotFound();
            return HttpResponse::json(200,
                                      dir.projectJson(project,
                                                      request.isAuthenticated()
                                                          ? Directory::ProjectView::WithPermissions
                                                          : Directory::ProjectView::Basic));
        },
        Access::Anonymous);

    r.add("POST", QStringLiteral("/projects"), [&api](ApiRequest &request) {
        QString name = request.string(QStringLiteral("name")).trimmed();
        QString path = request.string(QStringLiteral("path")).trimmed();
        if (name.isEmpty() && path.isEmpty())
            return Errors::error(400,
                                 QStringLiteral("name, path are missing, at least one parameter must be provided"));
        bool ok = true;
        const QString visibility = Params::choice(request, QStringLiteral("visibility"), Params::visibilities(),
                                                  QStringLiteral("private"), &ok);
        if (!ok)
            return Params::notValid(QStringLiteral("visibility"));
        if (path.isEmpty())
            path = Catalog::slug(name);
        if (name.isEmpty())
            name = path;

        const Directory dir(api, request.user);
        const int nsId = request.has(QStringLiteral("namespace_id"))
            ? request.integer(QStringLiteral("namespace_id"))
            : request.user.value(QLatin1String("namespace_id")).toInt();
        const QJsonObject ns = dir.namespaceRecord(nsId);
        QJsonObject errors;
        const auto addError = [&errors](const QString &field, const QString &message) {
            QJsonArray list = errors.value(field).toArray();
            list.append(message);
            errors.insert(field, list);
        };
        // Projects go where the caller may create them: their own namespace, or a group where
        // they are at least a developer (GitLab's default project_creation_level).
        const bool personal = ns.value(QLatin1String("kind")).toString() == QLatin1String("user");
        const bool allowed = !ns.isEmpty()
            && (request.isAdmin()
                || (personal ? ns.value(QLatin1String("owner_id")).toInt() == request.userId()
                             : dir.groupAccess(ns) >= AccessLevel::Developer));
        if (!allowed)
            addError(QStringLiteral("namespace"), QStringLiteral("is not valid"));
        if (const QString error = Catalog::projectNameError(name); !error.isEmpty())
            addError(QStringLiteral("name"), error);
        if (const QString error = Catalog::pathError(path); !error.isEmpty())
            addError(QStringLiteral("path"), error);
        if (!ns.isEmpty()) {
            for (const QJsonObject &sibling : api.store.where(Projects, QStringLiteral("namespace_id"), nsId)) {
                if (sibling.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
                    addError(QStringLiteral("name"), QStringLiteral("has already been taken"));
                if (sibling.value(QLatin1String("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
                    addError(QStringLiteral("path"), QStringLiteral("has already been taken"));
            }
            if (!personal
                && Catalog::visibilityRank(visibility)
                    > Catalog::visibilityRank(ns.value(QLatin1String("visibility")).toString()))
                addError(QStringLiteral("visibility_level"),
                         QStringLiteral("%1 is not allowed in a %2 group.")
                             .arg(visibility, ns.value(QLatin1String("visibility")).toString()));
        }
        if (!errors.isEmpty())
            return Errors::validation(errors);

        const bool readme = request.boolean(QStringLiteral("initialize_with_readme"));
        const QString defaultBranch = request.string(QStringLiteral("default_branch"), QStringLiteral("main"));
        if (readme && !Repository::isValidBranchName(defaultBranch))
            return Errors::validation({{QStringLiteral("default_branch"), QJsonArray {QStringLiteral("is invalid")}}});
        QJsonObject fields {
            {QStringLiteral("name"), name},
            {QStringLiteral("path"), path},
            {QStringLiteral("namespace_id"), nsId},
            {QStringLiteral("visibility"), visibility},
            {QStringLiteral("description"), request.string(QStringLiteral("description"))},
            {QStringLiteral("default_branch"), defaultBranch},
        };
        QStringList topics = request.list(QStringLiteral("topics"));
        if (topics.isEmpty())
            topics = request.list(QStringLiteral("tag_list"));
        fields.insert(QStringLiteral("topics"), QJsonArray::fromStringList(topics));
        if (request.has(QStringLiteral("request_access_enabled")))
            fields.insert(QStringLiteral("request_access_enabled"),
                          request.boolean(QStringLiteral("request_access_enabled")));
        const QJsonObject project = Catalog::createProject(api, fields, request.userId());
        const int id = project.value(QLatin1String("id")).toInt();
        QString error;
        if (!api.ensureRepository(project, &error)) {
            Catalog::deleteProject(api, id);
            return Errors::message(500, error.trimmed());
        }
        if (readme) {
            const Repository repository(api, id);
            const QDateTime now = api.currentTime();
            QByteArray text = "# " + name.toUtf8() + "\n\n";
            if (!fields.value(QLatin1String("description")).toString().isEmpty())
                text += fields.value(QLatin1String("description")).toString().toUtf8() + "\n";
            Repository::CommitRequest commit;
            commit.branch = defaultBranch;
            commit.message = QStringLiteral("Initial commit");
            commit.author = {authorNameOf(request.user), authorEmailOf(request.user), now};
            commit.committer = commit.author;
            Repository::Action action;
            action.path = QStringLiteral("README.md");
            action.content = text;
            commit.actions = {action};
            const Repository::CommitResult result = repository.commitFiles(commit);
            if (result.error != Repository::CommitError::None) {
                Catalog::deleteProject(api, id);
                return commitError(result, defaultBranch, false);
            }
            repository.setHead(defaultBranch);
        }
        const Directory fresh(api, request.user);
        return HttpResponse::json(201, fresh.projectJson(api.store.get(Projects, id), Directory::ProjectView::Full));
    });

    r.add("PUT", QStringLiteral("/projects/:id"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        QJsonObject project = visibleProject(api, dir, request);
        if (project.isEmpty())
            return projectNotFound();
        if (dir.projectAccess(project) < AccessLevel::Maintainer)
            return Errors::forbidden();
        const QStringList updatable {QStringLiteral("name"),           QStringLiteral("path"),
                                     QStringLiteral("description"),    QStringLiteral("default_branch"),
                                     QStringLiteral("visibility"),     QStringLiteral("topics"),
                                     QStringLiteral("tag_list"),       QStringLiteral("request_access_enabled"),
                                     QStringLiteral("ci_config_path"), QStringLiteral("shared_runners_enabled")};
        if (std::none_of(updatable.cbegin(), updatable.cend(),
                         [&request](const QString &p) { return request.params.contains(p); }))
            return Errors::error(400,
                                 updatable.join(QStringLiteral(", "))
                                     + QStringLiteral(" are missing, at least one parameter must be provided"));
        bool ok = true;
        const QString visibility = Params::choice(request, QStringLiteral("visibility"), Params::visibilities(),
                                                  project.value(QLatin1String("visibility")).toString(), &ok);
        if (!ok)
            return Params::notValid(QStringLiteral("visibility"));

        const int id = project.value(QLatin1String("id")).toInt();
        const int nsId = project.value(QLatin1String("namespace_id")).toInt();
        const QJsonObject ns = dir.namespaceRecord(nsId);
        const QString name = request.string(QStringLiteral("name"), project.value(QLatin1String("name")).toString());
        const QString path = request.string(QStringLiteral("path"), project.value(QLatin1String("path")).toString());
        QJsonObject errors;
        const auto addError = [&errors](const QString &field, const QString &message) {
            QJsonArray list = errors.value(field).toArray();
            list.append(message);
            errors.insert(field, list);
        };
        if (const QString error = Catalog::projectNameError(name); !error.isEmpty())
            addError(QStringLiteral("name"), error);
        if (const QString error = Catalog::pathError(path); !error.isEmpty())
            addError(QStringLiteral("path"), error);
        for (const QJsonObject &sibling : api.store.where(Projects, QStringLiteral("namespace_id"), nsId)) {
            if (sibling.value(QLatin1String("id")).toInt() == id)
                continue;
            if (sibling.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
                addError(QStringLiteral("name"), QStringLiteral("has already been taken"));
            if (sibling.value(QLatin1String("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
                addError(QStringLiteral("path"), QStringLiteral("has already been taken"));
        }
        if (ns.value(QLatin1String("kind")).toString() == QLatin1String("group")
            && Catalog::visibilityRank(visibility)
                > Catalog::visibilityRank(ns.value(QLatin1String("visibility")).toString()))
            addError(QStringLiteral("visibility_level"),
                     QStringLiteral("%1 is not allowed in a %2 group.")
                         .arg(visibility, ns.value(QLatin1String("visibility")).toString()));
        if (!errors.isEmpty())
            return Errors::validation(errors);

        if (request.has(QStringLiteral("default_branch"))) {
            const QString branch = request.string(QStringLiteral("default_branch"));
            api.ensureRepository(project);
            const Repository repository(api, id);
            if (branch != defaultBranchOf(project)) {
                if (repository.branchHead(branch).isEmpty())
                    return Errors::message(400, QStringLiteral("Could not set the default branch"));
                repository.setHead(branch);
                project.insert(QStringLiteral("default_branch"), branch);
            }
        }
        project.insert(QStringLiteral("name"), name);
        project.insert(QStringLiteral("path"), path);
        project.insert(QStringLiteral("visibility"), visibility);
        if (request.has(QStringLiteral("description")))
            project.insert(QStringLiteral("description"), request.string(QStringLiteral("description")));
        if (request.params.contains(QStringLiteral("topics")) || request.params.contains(QStringLiteral("tag_list")))
            project.insert(QStringLiteral("topics"),
                           QJsonArray::fromStringList(request.list(request.params.contains(QStringLiteral("topics"))
                                                                       ? QStringLiteral("topics")
                                                                       : QStringLiteral("tag_list"))));
        for (const char *flag : {"request_access_enabled", "shared_runners_enabled"}) {
            const QString key = QString::fromLatin1(flag);
            if (request.has(key))
                project.insert(key, request.boolean(key));
        }
        if (request.params.contains(QStringLiteral("ci_config_path")))
            project.insert(QStringLiteral("ci_config_path"), request.string(QStringLiteral("ci_config_path")));
        project.insert(QStringLiteral("updated_at"), api.now());
        api.store.put(Projects, id, project);
        const Directory fresh(api, request.user);
        return HttpResponse::json(200, fresh.projectJson(api.store.get(Projects, id), Directory::ProjectView::Full));
    });

    for (const bool archive : {true, false}) {
        r.add("POST", archive ? QStringLiteral("/projects/:id/archive") : QStringLiteral("/projects/:id/unarchive"),
              [&api, archive](ApiRequest &request) {
                  const Directory dir(api, request.user);
                  QJsonObject project = visibleProject(api, dir, request);
                  if (project.isEmpty())
                      return projectNotFound();
                  if (dir.projectAccess(project) < AccessLevel::Maintainer)
                      return Errors::forbidden();
                  project.insert(QStringLiteral("archived"), archive);
                  project.insert(QStringLiteral("updated_at"), api.now());
                  api.store.put(Projects, project.value(QLatin1String("id")).toInt(), project);
                  return HttpResponse::json(201, dir.projectJson(project, Directory::ProjectView::Full));
              });
    }

    r.add("DELETE", QStringLiteral("/projects/:id"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        const QJsonObject project = visibleProject(api, dir, request);
        if (project.isEmpty())
            return projectNotFound();
        if (dir.projectAccess(project) < AccessLevel::Owner)
            return Errors::forbidden();
        Catalog::deleteProject(api, project.value(QLatin1String("id")).toInt());
        return Errors::message(202, QStringLiteral("202 Accepted"));
    });

    // ---------------------------------------------------------------- branches

    r.add(
        "GET", QStringLiteral("/projects/:id/repository/branches"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject project = visibleProject(api, dir, request);
            if (project.isEmpty())
                return projectNotFound();
            if (!canReadCode(dir, project))
                return Errors::forbidden();
            api.ensureRepository(project);
            const Repository repository(api, project.value(QLatin1String("id")).toInt());
            const QString path = dir.projectFullPath(project);
            // ^prefix, suffix$ or a substring, as GitLab's branch search.
            QString search = request.string(QStringLiteral("search"));
            const bool prefix = search.startsWith(QLatin1Char('^'));
            const bool suffix = search.endsWith(QLatin1Char('$'));
            if (prefix)
                search.remove(0, 1);
            if (suffix)
                search.chop(1);
            const QStringList merged = repository.mergedInto(defaultBranchOf(project));
            QJsonArray out;
            for (const Repository::Branch &branch : repository.branches()) {
                const QString name = branch.name.toLower();
                const QString term = search.toLower();
                if (!term.isEmpty()
                    && !(prefix && suffix ? name == term
                             : prefix     ? name.startsWith(term)
                             : suffix     ? name.endsWith(term)
                                          : name.contains(term)))
                    continue;
                const bool isMerged = branch.name != defaultBranchOf(project) && merged.contains(branch.name);
                out.append(branchJson(api, dir, project, path, branch, isMerged));
            }
            return paginate(api, request, out);
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/projects/:id/repository/branches/:branch"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject project = visibleProject(api, dir, request);
            if (project.isEmpty())
                return projectNotFound();
            if (!canReadCode(dir, project))
                return Errors::forbidden();
            api.ensureRepository(project);
            const Repository repository(api, project.value(QLatin1String("id")).toInt());
            const QString name = request.pathParam(QStringLiteral("branch"));
            for (const Repository::Branch &branch : repository.branches()) {
                if (branch.name != name)
                    continue;
                if (request.http.method == "HEAD")
                    return HttpResponse::text(204, {});
                const bool merged = name != defaultBranchOf(project)
                    && repository.mergedInto(defaultBranchOf(project)).contains(name);
                return HttpResponse::json(200,
                                          branchJson(api, dir, project, dir.projectFullPath(project), branch, merged));
            }
            return Errors::notFound(QStringLiteral("Branch"));
        },
        Access::Anonymous);

    r.add("POST", QStringLiteral("/projects/:id/repository/branches"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        const QJsonObject project = visibleProject(api, dir, request);
        if (project.isEmpty())
            return projectNotFound();
        if (dir.projectAccess(project) < AccessLevel::Developer)
            return Errors::forbidden();
        const QString name = request.string(QStringLiteral("branch"));
        const QString ref = request.string(QStringLiteral("ref"));
        if (name.isEmpty())
            return Errors::missing(QStringLiteral("branch"));
        if (ref.isEmpty())
            return Errors::missing(QStringLiteral("ref"));
        if (!Repository::isValidBranchName(name))
            return Errors::message(400, QStringLiteral("Branch name is invalid"));
        api.ensureRepository(project);
        const Repository repository(api, project.value(QLatin1String("id")).toInt());
        if (!repository.branchHead(name).isEmpty())
            return Errors::message(400, QStringLiteral("Branch already exists"));
        const QString sha = repository.resolve(ref);
        if (sha.isEmpty())
            return Errors::message(400, QStringLiteral("Invalid reference name: %1").arg(ref));
        if (!repository.createBranch(name, sha))
            return Errors::message(400, QStringLiteral("Branch already exists"));
        api.notifyPush(project, name, Repository::zeroId(), sha, request.user);
        for (const Repository::Branch &branch : repository.branches()) {
            if (branch.name == name)
                return HttpResponse::json(201,
                                          branchJson(api, dir, project, dir.projectFullPath(project), branch,
                                                     repository.mergedInto(defaultBranchOf(project)).contains(name)));
        }
        return Errors::notFound(QStringLiteral("Branch"));
    });

    r.add("DELETE", QStringLiteral("/projects/:id/repository/branches/:branch"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        const QJsonObject project = visibleProject(api, dir, request);
        if (project.isEmpty())
            return projectNotFound();
        if (dir.projectAccess(project) < AccessLevel::Developer)
            return Errors::forbidden();
        api.ensureRepository(project);
        const Repository repository(api, project.value(QLatin1String("id")).toInt());
        const QString name = request.pathParam(QStringLiteral("branch"));
        if (repository.branchHead(name).isEmpty())
            return Errors::notFound(QStringLiteral("Branch"));
        if (name == defaultBranchOf(project))
            return Errors::message(405, QStringLiteral("The default branch of a project cannot be deleted."));
        if (!canPushTo(dir, project, name))
            return Errors::message(405, QStringLiteral("You dont have permission to delete the branch"));
        if (!repository.deleteBranch(name))
            return Errors::message(400, QStringLiteral("Failed to remove branch"));
        return HttpResponse::text(204, {}, "application/json");
    });

    // ---------------------------------------------------------------- files

    const auto readFile = [&api](ApiRequest &request, bool raw) {
        const Directory dir(api, request.user);
        const QJsonObject project = visibleProject(api, dir, request);
        if (project.isEmpty())
            return projectNotFound();
        if (!canReadCode(dir, project))
            return Errors::forbidden();
        const QString ref = request.string(QStringLiteral("ref"), raw ? defaultBranchOf(project) : QString());
        if (ref.isEmpty())
            return Errors::missing(QStringLiteral("ref"));
        const QString filePath = request.pathParam(QStringLiteral("file_path"));
        api.ensureRepository(project);
        const Repository repository(api, project.value(QLatin1String("id")).toInt());
        const QString commit = repository.resolve(ref);
        if (commit.isEmpty())
            return Errors::notFound(QStringLiteral("Commit"));
        Repository::TreeEntry entry;
        if (!repository.entry(commit, filePath, &entry) || entry.type != QLatin1String("blob"))
            return Errors::notFound(QStringLiteral("File"));
        const QByteArray data = repository.blob(entry.id);
        const QJsonObject blob {
            {QStringLiteral("file_name"), QFileInfo(filePath).fileName()},
            {QStringLiteral("file_path"), filePath},
            {QStringLiteral("size"), qint64(data.size())},
            {QStringLiteral("encoding"), QStringLiteral("base64")},
            {QStringLiteral("content_sha256"),
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("ref"), ref},
            {QStringLiteral("blob_id"), entry.id},
            {QStringLiteral("commit_id"), commit},
            {QStringLiteral("last_commit_id"), repository.lastCommitFor(commit, filePath)},
            {QStringLiteral("execute_filemode"), entry.mode == QLatin1String("100755")},
        };
        HttpResponse response;
        if (raw) {
            response = HttpResponse::text(200, data,
                                          isText(data) ? "text/plain; charset=utf-8" : "application/octet-stream");
            const QByteArray name = QFileInfo(filePath).fileName().toUtf8();
            response.setHeader("Content-Disposition",
                               "inline; filename=\"" + name + "\"; filename*=UTF-8''" + name.toPercentEncoding());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
        } else {
            QJsonObject body = blob;
            body.insert(QStringLiteral("content"), QString::fromLatin1(data.toBase64()));
            response = HttpResponse::json(200, body);
        }
        setBlobHeaders(&response, blob);
        return response;
    };
    r.add(
        "GET", QStringLiteral("/projects/:id/repository/files/:file_path"),
        [readFile](ApiRequest &request) { return readFile(request, false); }, Access::Anonymous, ReadRepositoryScopes);
    r.add(
        "GET", QStringLiteral("/projects/:id/repository/files/:file_path/raw"),
        [readFile](ApiRequest &request) { return readFile(request, true); }, Access::Anonymous, ReadRepositoryScopes);

    enum class FileOp {
        Create,
        Update,
        Delete,
    };
    const auto writeFile = [&api](ApiRequest &request, FileOp op) {
        const Directory dir(api, request.user);
        const QJsonObject project = visibleProject(api, dir, request);
        if (project.isEmpty())
            return projectNotFound();
        if (dir.projectAccess(project) < AccessLevel::Developer)
            return Errors::forbidden();
        const QString branch = request.string(QStringLiteral("branch"));
        if (branch.isEmpty())
            return Errors::missing(QStringLiteral("branch"));
        if (request.string(QStringLiteral("commit_message")).isEmpty())
            return Errors::missing(QStringLiteral("commit_message"));
        if (op != FileOp::Delete && !request.params.contains(QStringLiteral("content")))
            return Errors::missing(QStringLiteral("content"));
        bool ok = true;
        const QString encoding
            = Params::choice(request, QStringLiteral("encoding"), {QStringLiteral("text"), QStringLiteral("base64")},
                             QStringLiteral("text"), &ok);
        if (!ok)
            return Params::notValid(QStringLiteral("encoding"));
        if (!canPushTo(dir, project, branch))
            return Errors::message(403, QStringLiteral("You are not allowed to push into this branch"));

        const QString filePath = request.pathParam(QStringLiteral("file_path"));
        QString error;
        if (!api.ensureRepository(project, &error))
            return Errors::message(500, error.trimmed());
        const Repository repository(api, project.value(QLatin1String("id")).toInt());
        Repository::CommitRequest commit;
        commit.branch = branch;
        commit.startBranch = request.string(QStringLiteral("start_branch"));
        commit.message = request.string(QStringLiteral("commit_message"));
        const QDateTime now = api.currentTime();
        commit.committer = {authorNameOf(request.user), authorEmailOf(request.user), now};
        commit.author = {request.string(QStringLiteral("author_name"), commit.committer.name),
                         request.string(QStringLiteral("author_email"), commit.committer.email), now};
        Repository::Action action;
        action.kind = op == FileOp::Create ? Repository::Action::Kind::Create
            : op == FileOp::Update         ? Repository::Action::Kind::Update
                                           : Repository::Action::Kind::Delete;
        action.path = filePath;
        if (op != FileOp::Delete)
            action.content = decodeContent(request.string(QStringLiteral("content")), encoding);
        if (request.has(QStringLiteral("execute_filemode")))
            action.executable = request.boolean(QStringLiteral("execute_filemode"));
        action.lastCommitId = request.string(QStringLiteral("last_commit_id"));
        commit.actions = {action};
        const Repository::CommitResult result = repository.commitFiles(commit);
        if (result.error != Repository::CommitError::None)
            return commitError(result, branch, false);
        afterCommit(api, project, repository, branch, result, request.user);
        if (op == FileOp::Delete)
            return HttpResponse::text(204, {}, "application/json");
        return HttpResponse::json(
            op == FileOp::Create ? 201 : 200,
            QJsonObject {{QStringLiteral("file_path"), filePath}, {QStringLiteral("branch"), branch}});
    };
    r.add("POST", QStringLiteral("/projects/:id/repository/files/:file_path"),
          [writeFile](ApiRequest &request) { return writeFile(request, FileOp::Create); });
    r.add("PUT", QStringLiteral("/projects/:id/repository/files/:file_path"),
          [writeFile](ApiRequest &request) { return writeFile(request, FileOp::Update); });
    r.add("DELETE", QStringLiteral("/projects/:id/repository/files/:file_path"),
          [writeFile](ApiRequest &request) { return writeFile(request, FileOp::Delete); });

    // ---------------------------------------------------------------- tree

    r.add(
        "GET", QStringLiteral("/projects/:id/repository/tree"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject project = visibleProject(api, dir, request);
            if (project.isEmpty())
                return projectNotFound();
            if (!canReadCode(dir, project))
                return Errors::forbidden();
            api.ensureRepository(project);
            const Repository repository(api, project.value(QLatin1String("id")).toInt());
            const QString commit = repository.resolve(request.string(QStringLiteral("ref"), defaultBranchOf(project)));
            if (commit.isEmpty())
                return Errors::notFound(QStringLiteral("Tree"));
            bool found = false;
            const QList<Repository::TreeEntry> entries = repository.tree(
                commit, request.string(QStringLiteral("path")), request.boolean(QStringLiteral("recursive")), &found);
            if (!found)
                return Errors::notFound(QStringLiteral("invalid revision or path"));
            QJsonArray out;
            for (const Repository::TreeEntry &entry : entries) {
                out.append(QJsonObject {{QStringLiteral("id"), entry.id},
                                        {QStringLiteral("name"), entry.path.section(QLatin1Char('/'), -1)},
                                        {QStringLiteral("type"), entry.type},
                                        {QStringLiteral("path"), entry.path},
                                        {QStringLiteral("mode"), entry.mode}});
            }
            return paginate(api, request, out);
        },
        Access::Anonymous, ReadRepositoryScopes);

    // ---------------------------------------------------------------- commits

    r.add(
        "GET", QStringLiteral("/projects/:id/repository/commits"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject project = visibleProject(api, dir, request);
            if (project.isEmpty())
                return projectNotFound();
            if (!canReadCode(dir, project))
                return Errors::forbidden();
            api.ensureRepository(project);
            const Repository repository(api, project.value(QLatin1String("id")).toInt());
            const int perPage = qBound(1, request.integer(QStringLiteral("per_page"), 20), 100);
            const int page = qMax(1, request.integer(QStringLiteral("page"), 1));
            Repository::LogOptions options;
            options.path = request.string(QStringLiteral("path"));
            options.since = request.string(QStringLiteral("since"));
            options.until = request.string(QStringLiteral("until"));
            // One commit more than the page: GitLab announces a next page only when there is one.
            options.limit = page * perPage + 1;
            const QList<Repository::Commit> commits
                = repository.log(request.string(QStringLiteral("ref_name"), defaultBranchOf(project)), options);
            const QString path = dir.projectFullPath(project);
            const bool withStats = request.boolean(QStringLiteral("with_stats"));
            const bool trailers = request.boolean(QStringLiteral("trailers"));
            QJsonArray out;
            for (const Repository::Commit &commit : commits) {
                Repository::Commit shown = commit;
                if (!trailers)
                    shown.trailers.clear();
                QJsonObject json = commitJson(api, path, shown);
                if (withStats && out.size() >= (page - 1) * perPage && out.size() < page * perPage) {
                    const auto [additions, deletions] = repository.stats(commit.id);
                    json.insert(QStringLiteral("stats"),
                                QJsonObject {{QStringLiteral("additions"), additions},
                                             {QStringLiteral("deletions"), deletions},
                                             {QStringLiteral("total"), additions + deletions}});
                }
                out.append(json);
            }
            return paginate(api, request, out, PageOptions {false});
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/projects/:id/repository/commits/:sha"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject project = visibleProject(api, dir, request);
            if (project.isEmpty())
                return projectNotFound();
            if (!canReadCode(dir, project))
                return Errors::forbidden();
            api.ensureRepository(project);
            const Repository repository(api, project.value(QLatin1String("id")).toInt());
            const std::optional<Repository::Commit> commit
                = repository.commit(request.pathParam(QStringLiteral("sha")));
            if (!commit)
                return Errors::notFound(QStringLiteral("Commit"));
            return HttpResponse::json(200,
                                      commitDetailJson(api, project, dir.projectFullPath(project), repository, *commit,
                                                       request.boolean(QStringLiteral("stats"), true)));
        },
        Access::Anonymous);

    r.add("POST", QStringLiteral("/projects/:id/repository/commits"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        const QJsonObject project = visibleProject(api, dir, request);
        if (project.isEmpty())
            return projectNotFound();
        if (!canReadCode(dir, project))
            return Errors::forbidden();
        const QString branch = request.string(QStringLiteral("branch"));
        if (branch.isEmpty())
            return Errors::missing(QStringLiteral("branch"));
        if (!canPushTo(dir, project, branch))
            return Errors::forbidden(QStringLiteral("403 Forbidden - You are not allowed to push into this branch"));
        if (request.string(QStringLiteral("commit_message")).isEmpty())
            return Errors::missing(QStringLiteral("commit_message"));
        if (!request.params.value(QStringLiteral("actions")).isArray())
            return Errors::missing(QStringLiteral("actions"));
        const QJsonArray actions = request.params.value(QStringLiteral("actions")).toArray();
        if (actions.isEmpty())
            return Errors::error(400, QStringLiteral("actions is empty"));

        Repository::CommitRequest commit;
        commit.branch = branch;
        commit.startBranch = request.string(QStringLiteral("start_branch"));
        commit.message = request.string(QStringLiteral("commit_message"));
        const QDateTime now = api.currentTime();
        commit.committer = {authorNameOf(request.user), authorEmailOf(request.user), now};
        commit.author = {request.string(QStringLiteral("author_name"), commit.committer.name),
                         request.string(QStringLiteral("author_email"), commit.committer.email), now};
        const QHash<QString, Repository::Action::Kind> kinds {
            {QStringLiteral("create"), Repository::Action::Kind::Create},
            {QStringLiteral("update"), Repository::Action::Kind::Update},
            {QStringLiteral("delete"), Repository::Action::Kind::Delete},
            {QStringLiteral("move"), Repository::Action::Kind::Move},
            {QStringLiteral("chmod"), Repository::Action::Kind::Chmod},
        };
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const QJsonObject item = actions.at(i).toObject();
            const QString prefix = QStringLiteral("actions[%1]").arg(i);
            const QString kind = item.value(QLatin1String("action")).toString();
            if (kind.isEmpty())
                return Errors::missing(prefix + QStringLiteral("[action]"));
            if (!kinds.contains(kind))
                return Params::notValid(prefix + QStringLiteral("[action]"));
            if (item.value(QLatin1String("file_path")).toString().isEmpty())
                return Errors::missing(prefix + QStringLiteral("[file_path]"));
            const QString encoding = item.value(QLatin1String("encoding")).toString(QStringLiteral("text"));
            if (encoding != QLatin1String("text") && encoding != QLatin1String("base64"))
                return Params::notValid(prefix + QStringLiteral("[encoding]"));
            Repository::Action action;
            action.kind = kinds.value(kind);
            action.path = item.value(QLatin1String("file_path")).toString();
            action.previousPath = item.value(QLatin1String("previous_path")).toString();
            action.lastCommitId = item.value(QLatin1String("last_commit_id")).toString();
            if (action.kind == Repository::Action::Kind::Move && action.previousPath.isEmpty())
                return Errors::missing(prefix + QStringLiteral("[previous_path]"));
            if (action.kind == Repository::Action::Kind::Update && !item.contains(QLatin1String("content")))
                return Errors::message(
                    400, QStringLiteral("400 Bad request - %1[content] is required for update action").arg(prefix));
            if (action.kind == Repository::Action::Kind::Chmod
                && !item.value(QLatin1String("execute_filemode")).isBool())
                return Errors::missing(prefix + QStringLiteral("[execute_filemode]"));
            if (item.contains(QLatin1String("content")) && !item.value(QLatin1String("content")).isNull())
                action.content = decodeContent(item.value(QLatin1String("content")).toString(), encoding);
            if (item.value(QLatin1String("execute_filemode")).isBool())
                action.executable = item.value(QLatin1String("execute_filemode")).toBool();
            commit.actions.append(action);
        }

        QString error;
        if (!api.ensureRepository(project, &error))
            return Errors::message(500, error.trimmed());
        const Repository repository(api, project.value(QLatin1String("id")).toInt());
        const Repository::CommitResult result = repository.commitFiles(commit);
        if (result.error != Repository::CommitError::None)
            return commitError(result, branch, true);
        afterCommit(api, project, repository, branch, result, request.user);
        const std::optional<Repository::Commit> made = repository.commit(result.after);
        if (!made)
            return Errors::notFound(QStringLiteral("Commit"));
        return HttpResponse::json(201,
                                  commitDetailJson(api,
                                                   api.store.get(Projects, project.value(QLatin1String("id")).toInt()),
                                                   dir.projectFullPath(project), repository, *made,
                                                   request.boolean(QStringLiteral("stats"), true)));
    });

    registerForkRoutes(api);
}

} // namespace LabDesk::Sandbox
