#include "sandboxapi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QUrlQuery>

namespace LabDesk::Sandbox {

namespace {

bool isNumber(const QString &text)
{
    bool ok = false;
    text.toInt(&ok);
    return ok;
}

} // namespace

SandboxApi::SandboxApi(Store &s, Router &r)
    : store(s)
    , router(r)
{
}

QString SandboxApi::iso(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime SandboxApi::currentTime() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

QString SandboxApi::now() const
{
    return iso(currentTime());
}

QString SandboxApi::webUrl(const QString &path) const
{
    return baseUrl.toString() + QLatin1Char('/') + path;
}

QJsonObject SandboxApi::findUser(const QString &idOrUsername) const
{
    if (isNumber(idOrUsername))
        return store.get(QStringLiteral("users"), idOrUsername.toInt());
    for (const QJsonObject &user : store.all(QStringLiteral("users"))) {
        if (user.value(QLatin1String("username")).toString().compare(idOrUsername, Qt::CaseInsensitive) == 0)
            return user;
    }
    return {};
}

QJsonObject SandboxApi::findNamespace(const QString &idOrPath) const
{
    if (isNumber(idOrPath))
        return store.get(QStringLiteral("namespaces"), idOrPath.toInt());
    for (const QJsonObject &ns : store.all(QStringLiteral("namespaces"))) {
        if (namespaceFullPath(ns.value(QLatin1String("id")).toInt()).compare(idOrPath, Qt::CaseInsensitive) == 0)
            return ns;
    }
    return {};
}

QJsonObject SandboxApi::findGroup(const QString &idOrPath) const
{
    const QJsonObject ns = findNamespace(idOrPath);
    return ns.value(QLatin1String("kind")).toString() == QLatin1String("group") ? ns : QJsonObject();
}

QJsonObject SandboxApi::findProject(const QString &idOrPath) const
{
    if (isNumber(idOrPath))
        return store.get(QStringLiteral("projects"), idOrPath.toInt());
    const qsizetype slash = idOrPath.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return {};
    const QJsonObject ns = findNamespace(idOrPath.left(slash));
    if (ns.isEmpty())
        return {};
    const QString path = idOrPath.mid(slash + 1);
    for (const QJsonObject &project : store.where(QStringLiteral("projects"), QStringLiteral("namespace_id"),
                                                  ns.value(QLatin1String("id")))) {
        if (project.value(QLatin1String("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
            return project;
    }
    return {};
}

QString SandboxApi::namespaceFullPath(int namespaceId) const
{
    QStringList parts;
    QJsonObject ns = store.get(QStringLiteral("namespaces"), namespaceId);
    for (int depth = 0; !ns.isEmpty() && depth < 32; ++depth) {
        parts.prepend(ns.value(QLatin1String("path")).toString());
        const QJsonValue parent = ns.value(QLatin1String("parent_id"));
        if (parent.isNull() || parent.isUndefined())
            break;
        ns = store.get(QStringLiteral("namespaces"), parent.toInt());
    }
    return parts.join(QLatin1Char('/'));
}

QString SandboxApi::projectFullPath(const QJsonObject &project) const
{
    return namespaceFullPath(project.value(QLatin1String("namespace_id")).toInt()) + QLatin1Char('/')
           + project.value(QLatin1String("path")).toString();
}

int SandboxApi::groupAccess(const QJsonObject &user, const QJsonObject &group) const
{
    if (user.isEmpty() || group.isEmpty())
        return AccessLevel::None;
    if (user.value(QLatin1String("is_admin")).toBool())
        return AccessLevel::Owner;
    const int userId = user.value(QLatin1String("id")).toInt();
    const QString today = currentTime().date().toString(Qt::ISODate);
    int level = AccessLevel::None;
    QJsonObject ns = group;
    for (int depth = 0; !ns.isEmpty() && depth < 32; ++depth) {
        for (const QJsonObject &member : store.where(QStringLiteral("members"), QStringLiteral("source_id"),
                                                     ns.value(QLatin1String("id")))) {
            if (member.value(QLatin1String("source_type")).toString() != QLatin1String("Namespace")
                || member.value(QLatin1String("user_id")).toInt() != userId)
                continue;
            const QString expires = member.value(QLatin1String("expires_at")).toString();
            if (!expires.isEmpty() && expires < today)
                continue;
            level = qMax(level, member.value(QLatin1String("access_level")).toInt());
        }
        const QJsonValue parent = ns.value(QLatin1String("parent_id"));
        if (parent.isNull() || parent.isUndefined())
            break;
        ns = store.get(QStringLiteral("namespaces"), parent.toInt());
    }
    return level;
}

int SandboxApi::projectAccess(const QJsonObject &user, const QJsonObject &project) const
{
    if (user.isEmpty() || project.isEmpty())
        return AccessLevel::None;
    if (user.value(QLatin1String("is_admin")).toBool())
        return AccessLevel::Owner;
    const int userId = user.value(QLatin1String("id")).toInt();
    const QJsonObject ns = store.get(QStringLiteral("namespaces"), project.value(QLatin1String("namespace_id")).toInt());
    if (ns.value(QLatin1String("kind")).toString() == QLatin1String("user")
        && ns.value(QLatin1String("owner_id")).toInt() == userId)
        return AccessLevel::Owner;
    int level = ns.value(QLatin1String("kind")).toString() == QLatin1String("group") ? groupAccess(user, ns)
                                                                                      : AccessLevel::None;
    const QString today = currentTime().date().toString(Qt::ISODate);
    for (const QJsonObject &member : store.where(QStringLiteral("members"), QStringLiteral("source_id"),
                                                 project.value(QLatin1String("id")))) {
        if (member.value(QLatin1String("source_type")).toString() != QLatin1String("Project")
            || member.value(QLatin1String("user_id")).toInt() != userId)
            continue;
        const QString expires = member.value(QLatin1String("expires_at")).toString();
        if (!expires.isEmpty() && expires < today)
            continue;
        level = qMax(level, member.value(QLatin1String("access_level")).toInt());
    }
    return level;
}

bool SandboxApi::canReadProject(const QJsonObject &user, const QJsonObject &project) const
{
    if (project.isEmpty())
        return false;
    const QString visibility = project.value(QLatin1String("visibility")).toString();
    if (visibility == QLatin1String("public"))
        return true;
    if (user.isEmpty())
        return false;
    if (visibility == QLatin1String("internal"))
        return true;
    return projectAccess(user, project) >= AccessLevel::Guest;
}

bool SandboxApi::canReadGroup(const QJsonObject &user, const QJsonObject &group) const
{
    if (group.isEmpty())
        return false;
    const QString visibility = group.value(QLatin1String("visibility")).toString();
    if (visibility == QLatin1String("public"))
        return true;
    if (user.isEmpty())
        return false;
    if (visibility == QLatin1String("internal"))
        return true;
    return groupAccess(user, group) >= AccessLevel::Guest;
}

QJsonObject SandboxApi::userBasic(const QJsonObject &user) const
{
    const QString username = user.value(QLatin1String("username")).toString();
    const QString state = user.value(QLatin1String("state")).toString();
    return {
        {QStringLiteral("id"), user.value(QLatin1String("id"))},
        {QStringLiteral("username"), username},
        {QStringLiteral("name"), user.value(QLatin1String("name"))},
        {QStringLiteral("state"), state},
        {QStringLiteral("locked"), false},
        {QStringLiteral("avatar_url"), user.value(QLatin1String("avatar_url"))},
        {QStringLiteral("web_url"), webUrl(username)},
    };
}

QJsonObject SandboxApi::userFull(const QJsonObject &user, bool forAdmin) const
{
    QJsonObject out = userBasic(user);
    const char *const publicFields[] = {"created_at", "bio", "location", "public_email", "skype", "linkedin",
                                        "twitter", "discord", "website_url", "organization", "job_title",
                                        "pronouns", "bot", "work_information", "local_time"};
    for (const char *field : publicFields) {
        const QString key = QString::fromLatin1(field);
        out.insert(key, user.contains(key) ? user.value(key) : QJsonValue(QJsonValue::Null));
    }
    out.insert(QStringLiteral("bot"), user.value(QLatin1String("bot")).toBool());
    out.insert(QStringLiteral("bio"), user.value(QLatin1String("bio")).toString());
    out.insert(QStringLiteral("followers"), 0);
    out.insert(QStringLiteral("following"), 0);
    out.insert(QStringLiteral("is_followed"), false);
    out.insert(QStringLiteral("email"), user.value(QLatin1String("email")));
    out.insert(QStringLiteral("commit_email"), user.value(QLatin1String("email")));
    out.insert(QStringLiteral("last_sign_in_at"), user.value(QLatin1String("last_sign_in_at")));
    out.insert(QStringLiteral("confirmed_at"), user.value(QLatin1String("created_at")));
    out.insert(QStringLiteral("last_activity_on"), user.value(QLatin1String("last_activity_on")));
    out.insert(QStringLiteral("theme_id"), 1);
    out.insert(QStringLiteral("color_scheme_id"), 1);
    out.insert(QStringLiteral("projects_limit"), 100000);
    out.insert(QStringLiteral("current_sign_in_at"), user.value(QLatin1String("last_sign_in_at")));
    out.insert(QStringLiteral("identities"), QJsonArray());
    out.insert(QStringLiteral("can_create_group"), true);
    out.insert(QStringLiteral("can_create_project"), true);
    out.insert(QStringLiteral("two_factor_enabled"), false);
    out.insert(QStringLiteral("external"), false);
    out.insert(QStringLiteral("private_profile"), false);
    out.insert(QStringLiteral("is_admin"), user.value(QLatin1String("is_admin")).toBool());
    if (forAdmin) {
        out.insert(QStringLiteral("note"), user.value(QLatin1String("note")));
        out.insert(QStringLiteral("current_sign_in_ip"), QStringLiteral("127.0.0.1"));
        out.insert(QStringLiteral("last_sign_in_ip"), QStringLiteral("127.0.0.1"));
        out.insert(QStringLiteral("namespace_id"), user.value(QLatin1String("namespace_id")));
        out.insert(QStringLiteral("created_by"), QJsonValue::Null);
        out.insert(QStringLiteral("using_license_seat"), false);
    }
    return out;
}

QJsonObject SandboxApi::namespaceBasic(const QJsonObject &ns) const
{
    const int id = ns.value(QLatin1String("id")).toInt();
    const QString fullPath = namespaceFullPath(id);
    const bool group = ns.value(QLatin1String("kind")).toString() == QLatin1String("group");
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), ns.value(QLatin1String("name"))},
        {QStringLiteral("path"), ns.value(QLatin1String("path"))},
        {QStringLiteral("kind"), ns.value(QLatin1String("kind"))},
        {QStringLiteral("full_path"), fullPath},
        {QStringLiteral("parent_id"), ns.contains(QLatin1String("parent_id")) ? ns.value(QLatin1String("parent_id"))
                                                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("avatar_url"), ns.value(QLatin1String("avatar_url"))},
        {QStringLiteral("web_url"), webUrl(group ? QStringLiteral("groups/") + fullPath : fullPath)},
    };
    return out;
}

QString SandboxApi::repositoryPath(int projectId) const
{
    return store.filesDir(QStringLiteral("repositories")) + QStringLiteral("/%1.git").arg(projectId);
}

bool SandboxApi::ensureRepository(const QJsonObject &project, QString *error) const
{
    const int id = project.value(QLatin1String("id")).toInt();
    const QString path = repositoryPath(id);
    if (QFile::exists(path + QStringLiteral("/HEAD")))
        return true;
    QString branch = project.value(QLatin1String("default_branch")).toString();
    if (branch.isEmpty())
        branch = QStringLiteral("main");
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("--quiet"), QStringLiteral("--bare"),
                                      QStringLiteral("--initial-branch=") + branch, path});
    if (!git.waitForFinished(30000) || git.exitCode() != 0) {
        if (error)
            *error = QString::fromLocal8Bit(git.readAllStandardError());
        return false;
    }
    // http-backend serves only repositories it may export; receive-pack must accept pushes.
    runGit(id, {QStringLiteral("config"), QStringLiteral("http.receivepack"), QStringLiteral("true")});
    QFile exportOk(path + QStringLiteral("/git-daemon-export-ok"));
    exportOk.open(QIODevice::WriteOnly);
    return true;
}

SandboxApi::GitResult SandboxApi::runGit(int projectId, const QStringList &args, const QByteArray &input,
                                         const QStringList &extraEnvironment) const
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_DIR"), repositoryPath(projectId));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    for (const QString &assignment : extraEnvironment) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    git.setProcessEnvironment(env);
    git.start(QStringLiteral("git"), args);
    GitResult result;
    if (!git.waitForStarted(30000))
        return result;
    if (!input.isEmpty())
        git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(120000)) {
        git.kill();
        git.waitForFinished(5000);
        return result;
    }
    result.exitCode = git.exitStatus() == QProcess::NormalExit ? git.exitCode() : -1;
    result.out = git.readAllStandardOutput();
    result.err = git.readAllStandardError();
    return result;
}

QByteArray SandboxApi::readRepositoryFile(int projectId, const QString &ref, const QString &path, bool *found) const
{
    const GitResult r = runGit(projectId, {QStringLiteral("cat-file"), QStringLiteral("blob"), ref + QLatin1Char(':') + path});
    *found = r.exitCode == 0;
    return *found ? r.out : QByteArray();
}

QString SandboxApi::resolveRef(int projectId, const QString &ref) const
{
    const GitResult r = runGit(projectId, {QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
                                           ref + QStringLiteral("^{commit}")});
    return r.exitCode == 0 ? QString::fromLatin1(r.out.trimmed()) : QString();
}

void SandboxApi::notifyPush(const QJsonObject &project, const QString &ref, const QString &before,
                            const QString &after, const QJsonObject &user) const
{
    for (const PushHandler &handler : m_pushHandlers)
        handler(project, ref, before, after, user);
}

void SandboxApi::notifyKeysChanged() const
{
    for (const auto &handler : m_keysChangedHandlers)
        handler();
}

bool SandboxApi::isRunnerOnline(const QJsonObject &runner) const
{
    if (runner.value(QLatin1String("_always_online")).toBool())
        return true;
    const QDateTime contacted = QDateTime::fromString(runner.value(QLatin1String("contacted_at")).toString(), Qt::ISODateWithMs);
    return contacted.isValid() && contacted > currentTime().addSecs(-2 * 3600);
}

int compareVersions(const QString &a, const QString &b)
{
    // Only the leading "N.N.N" counts: "16.2.3-jh" -> 16, 2, 3.
    const auto parts = [](const QString &version) {
        QList<int> numbers;
        for (const QString &part : version.trimmed().split(QLatin1Char('.'))) {
            qsizetype digits = 0;
            while (digits < part.size() && part.at(digits).isDigit())
                ++digits;
            numbers.append(part.left(digits).toInt());
            if (digits < part.size())
                break; // "3-jh": the suffix ends the numeric part
        }
        return numbers;
    };
    const QList<int> left = parts(a);
    const QList<int> right = parts(b);
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        const int l = left.value(i);
        const int r = right.value(i);
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

QString SandboxApi::tokenDigest(const QByteArray &plaintext)
{
    return QString::fromLatin1(QCryptographicHash::hash(plaintext, QCryptographicHash::Sha256).toHex());
}

QJsonObject SandboxApi::authenticateToken(const QByteArray &plaintext, QString *error) const
{
    if (error)
        error->clear();
    if (plaintext.isEmpty())
        return {};
    const QJsonObject token = store.findOne(QStringLiteral("tokens"), QStringLiteral("_digest"), tokenDigest(plaintext));
    if (token.isEmpty())
        return {};
    if (token.value(QLatin1String("revoked")).toBool()) {
        if (error)
            *error = QStringLiteral("Token was revoked. You have to re-authorize from the user.");
        return {};
    }
    const QString expires = token.value(QLatin1String("expires_at")).toString();
    if (!expires.isEmpty() && expires <= currentTime().date().toString(Qt::ISODate)) {
        if (error)
            *error = QStringLiteral("Token has expired.");
        return {};
    }
    if (!store.contains(QStringLiteral("users"), token.value(QLatin1String("user_id")).toInt()))
        return {};
    return token;
}

namespace {

QString linkFor(const SandboxApi &api, const ApiRequest &request, const QList<QPair<QString, QString>> &overrides)
{
    QUrlQuery query = request.http.query;
    for (const auto &[key, value] : overrides) {
        query.removeAllQueryItems(key);
        query.addQueryItem(key, value);
    }
    return QStringLiteral("<%1%2?%3>")
        .arg(api.baseUrl.toString(), QString::fromUtf8(request.http.path), query.toString(QUrl::FullyEncoded));
}

// Offset pagination over `total` records; `slice(from, to)` serializes only the page's records.
HttpResponse paginateSlice(const SandboxApi &api, const ApiRequest &request, int total,
                           const std::function<QJsonArray(int from, int to)> &slice, const PageOptions &options)
{
    int perPage = request.integer(QStringLiteral("per_page"), 20);
    if (perPage <= 0)
        perPage = 20;
    perPage = qMin(perPage, 100);
    int page = qMax(1, request.integer(QStringLiteral("page"), 1));
    const int totalPages = qMax(1, (total + perPage - 1) / perPage);

    HttpResponse response = HttpResponse::json(200, slice(qMin(total, (page - 1) * perPage), qMin(total, page * perPage)));
    const bool hasNext = page * perPage < total;
    const bool showTotals = options.withTotals && total <= 10000;
    const QString perPageText = QString::number(perPage);
    response.setHeader("X-Page", QByteArray::number(page));
    response.setHeader("X-Per-Page", perPageText.toUtf8());
    response.setHeader("X-Next-Page", hasNext ? QByteArray::number(page + 1) : QByteArray());
    response.setHeader("X-Prev-Page", page > 1 ? QByteArray::number(page - 1) : QByteArray());
    if (showTotals) {
        response.setHeader("X-Total", QByteArray::number(total));
        response.setHeader("X-Total-Pages", QByteArray::number(totalPages));
    }
    QStringList links;
    if (page > 1)
        links << linkFor(api, request, {{QStringLiteral("page"), QString::number(page - 1)}, {QStringLiteral("per_page"), perPageText}})
                     + QStringLiteral("; rel=\"prev\"");
    if (hasNext)
        links << linkFor(api, request, {{QStringLiteral("page"), QString::number(page + 1)}, {QStringLiteral("per_page"), perPageText}})
                     + QStringLiteral("; rel=\"next\"");
    links << linkFor(api, request, {{QStringLiteral("page"), QStringLiteral("1")}, {QStringLiteral("per_page"), perPageText}})
                 + QStringLiteral("; rel=\"first\"");
    if (showTotals)
        links << linkFor(api, request, {{QStringLiteral("page"), QString::number(totalPages)}, {QStringLiteral("per_page"), perPageText}})
                     + QStringLiteral("; rel=\"last\"");
    response.setHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
    return response;
}

// Keyset pagination over `count` records sorted by id; `idAt(i)` is the i-th record's id and
// `serialize(i)` its JSON.
HttpResponse paginateKeysetWith(const SandboxApi &api, const ApiRequest &request, int count,
                                const std::function<int(int index)> &idAt,
                                const std::function<QJsonValue(int index)> &serialize)
{
    int perPage = request.integer(QStringLiteral("per_page"), 20);
    if (perPage <= 0)
        perPage = 20;
    perPage = qMin(perPage, 100);
    const bool descending = request.string(QStringLiteral("sort"), QStringLiteral("asc")) == QLatin1String("desc");
    const int after = request.integer(QStringLiteral("id_after"), 0);
    const int before = request.integer(QStringLiteral("id_before"), 0);

    QJsonArray slice;
    int lastIdOnPage = 0;
    bool more = false;
    for (int i = 0; i < count; ++i) {
        const int id = idAt(i);
        if (!descending && after > 0 && id <= after)
            continue;
        if (descending && before > 0 && id >= before)
            continue;
        if (slice.size() == perPage) {
            more = true;
            break;
        }
        slice.append(serialize(i));
        lastIdOnPage = id;
    }
    HttpResponse response = HttpResponse::json(200, slice);
    response.setHeader("X-Per-Page", QByteArray::number(perPage));
    if (more && !slice.isEmpty()) {
        const QString lastId = QString::number(lastIdOnPage);
        const QString link = linkFor(api, request,
                                     {{descending ? QStringLiteral("id_before") : QStringLiteral("id_after"), lastId},
                                      {QStringLiteral("per_page"), QString::number(perPage)}})
                             + QStringLiteral("; rel=\"next\"");
        response.setHeader("Link", link.toUtf8());
    }
    return response;
}

} // namespace

HttpResponse paginate(const SandboxApi &api, const ApiRequest &request, const QJsonArray &items,
                      const PageOptions &options)
{
    return paginateSlice(api, request, int(items.size()), [&items](int from, int to) {
        QJsonArray slice;
        for (int i = from; i < to; ++i)
            slice.append(items.at(i));
        return slice;
    }, options);
}

HttpResponse paginate(const SandboxApi &api, const ApiRequest &request, const QList<QJsonObject> &records,
                      const RecordSerializer &serialize, const PageOptions &options)
{
    return paginateSlice(api, request, int(records.size()), [&records, &serialize](int from, int to) {
        QJsonArray slice;
        for (int i = from; i < to; ++i)
            slice.append(serialize(records.at(i)));
        return slice;
    }, options);
}

HttpResponse paginateKeyset(const SandboxApi &api, const ApiRequest &request, const QJsonArray &items)
{
    return paginateKeysetWith(
        api, request, int(items.size()),
        [&items](int i) { return items.at(i).toObject().value(QLatin1String("id")).toInt(); },
        [&items](int i) { return items.at(i); });
}

HttpResponse paginateKeyset(const SandboxApi &api, const ApiRequest &request, const QList<QJsonObject> &records,
                            const RecordSerializer &serialize)
{
    return paginateKeysetWith(
        api, request, int(records.size()),
        [&records](int i) { return records.at(i).value(QLatin1String("id")).toInt(); },
        [&records, &serialize](int i) { return serialize(records.at(i)); });
}

} // namespace LabDesk::Sandbox
