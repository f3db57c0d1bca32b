// Members and access requests of groups and projects (/groups/:id/... and /projects/:id/...).
#include "modules.h"

#include "directory.h"
#include "sandbox/sandboxapi.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace LabDesk::Sandbox {

namespace {

const QString Members = QStringLiteral("members");
const QString AccessRequests = QStringLiteral("access_requests");
const QString Users = QStringLiteral("users");
const QString Projects = QStringLiteral("projects");
const QList<int> ValidLevels {AccessLevel::Guest, AccessLevel::Reporter, AccessLevel::Developer,
                              AccessLevel::Maintainer, AccessLevel::Owner};

int idOf(const QJsonObject &record)
{
    return record.value(QLatin1String("id")).toInt();
}

QString roleName(int level)
{
    switch (level) {
    case AccessLevel::Minimal:
        return QStringLiteral("Minimal Access");
    case AccessLevel::Guest:
        return QStringLiteral("Guest");
    case AccessLevel::Reporter:
        return QStringLiteral("Reporter");
    case AccessLevel::Developer:
        return QStringLiteral("Developer");
    case AccessLevel::Maintainer:
        return QStringLiteral("Maintainer");
    case AccessLevel::Owner:
        return QStringLiteral("Owner");
    default:
        return QStringLiteral("No access");
    }
}

// A group or a project, as the members API sees it.
struct Source
{
    bool group = false;
    QJsonObject record;

    QString type() const { return group ? QStringLiteral("Namespace") : QStringLiteral("Project"); }
    int id() const { return idOf(record); }
};

// The source `:id` names when the caller may see it; otherwise GitLab's 404 for it.
bool findSource(const SandboxApi &api, const Directory &dir, const ApiRequest &request, bool group, Source *source,
                HttpResponse *notFound)
{
    source->group = group;
    const QString id = request.pathParam(QStringLiteral("id"));
    if (group) {
        source->record = api.findGroup(id);
        if (dir.canReadGroup(source->record))
            return true;
        *notFound = Errors::notFound(QStringLiteral("Group"));
        return false;
    }
    source->record = api.findProject(id);
    if (dir.canReadProject(source->record))
        return true;
    *notFound = Errors::notFound(QStringLiteral("Project"));
    return false;
}

// admin_group_member needs an owner, admin_project_member a maintainer.
bool canManage(const Directory &dir, const Source &source)
{
    return source.group ? dir.groupAccess(source.record) >= AccessLevel::Owner
                        : dir.projectAccess(source.record) >= AccessLevel::Maintainer;
}

bool isOwnerOrAdmin(const Directory &dir, const Source &source)
{
    return (source.group ? dir.groupAccess(source.record) : dir.projectAccess(source.record)) >= AccessLevel::Owner;
}

bool isExpired(const SandboxApi &api, const QJsonObject &member)
{
    const QString expires = member.value(QLatin1String("expires_at")).toString();
    return !expires.isEmpty() && expires < api.currentTime().date().toString(Qt::ISODate);
}

QList<QJsonObject> directMembers(const SandboxApi &api, const QString &type, int sourceId)
{
    QList<QJsonObject> out;
    for (const QJsonObject &member : api.store.where(Members, QStringLiteral("source_id"), sourceId)) {
        if (member.value(QLatin1String("source_type")).toString() == type && !isExpired(api, member))
            out.append(member);
    }
    return out;
}

QJsonObject findDirect(const SandboxApi &api, const Source &source, int userId)
{
    for (const QJsonObject &member : directMembers(api, source.type(), source.id())) {
        if (member.value(QLatin1String("user_id")).toInt() == userId)
            return member;
    }
    return {};
}

// The groups above a source, nearest first: a project's group and its ancestors, or a group's ancestors.
QList<QJsonObject> ancestorGroups(const Directory &dir, const Source &source)
{
    QList<QJsonObject> out;
    int ns = source.group ? source.record.value(QLatin1String("parent_id")).toInt()
                          : source.record.value(QLatin1String("namespace_id")).toInt();
    for (int depth = 0; ns > 0 && depth < 32; ++depth) {
        const QJsonObject record = dir.namespaceRecord(ns);
        if (record.value(QLatin1String("kind")).toString() != QLatin1String("group"))
            break;
        out.append(record);
        ns = record.value(QLatin1String("parent_id")).toInt();
    }
    return out;
}

// The highest membership a user has in the groups above a source (GitLab's highest_group_member).
QPair<int, QString> inheritedMembership(const SandboxApi &api, const Directory &dir, const Source &source, int userId)
{
    QPair<int, QString> best {0, {}};
    for (const QJsonObject &group : ancestorGroups(dir, source)) {
        for (const QJsonObject &member : directMembers(api, QStringLiteral("Namespace"), idOf(group))) {
            const int level = member.value(QLatin1String("access_level")).toInt();
            if (member.value(QLatin1String("user_id")).toInt() == userId && level > best.first)
                best = {level, group.value(QLatin1String("name")).toString()};
        }
    }
    return best;
}

QJsonObject memberJson(const SandboxApi &api, const QJsonObject &member)
{
    const QJsonObject user = api.store.get(Users, member.value(QLatin1String("user_id")).toInt());
    QJsonObject out = api.userBasic(user);
    out.insert(QStringLiteral("access_level"), member.value(QLatin1String("access_level")));
    out.insert(QStringLiteral("created_at"), member.value(QLatin1String("created_at")));
    const QJsonObject creator = api.store.get(Users, member.value(QLatin1String("created_by")).toInt());
    if (!creator.isEmpty())
        out.insert(QStringLiteral("created_by"), api.userBasic(creator));
    out.insert(QStringLiteral("expires_at"),
               member.value(QLatin1String("expires_at")).isString() ? member.value(QLatin1String("expires_at"))
                                                                    : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("membership_state"), QStringLiteral("active"));
    return out;
}

// members/all: direct and inherited members, each user once with the highest level.
QList<QJsonObject> allMembers(const SandboxApi &api, const Directory &dir, const Source &source)
{
    QList<QJsonObject> candidates = directMembers(api, source.type(), source.id());
    for (const QJsonObject &group : ancestorGroups(dir, source))
        candidates += directMembers(api, QStringLiteral("Namespace"), idOf(group));
    QHash<int, QJsonObject> best;
    for (const QJsonObject &member : candidates) {
        const int user = member.value(QLatin1String("user_id")).toInt();
        if (!best.contains(user)
            || member.value(QLatin1String("access_level")).toInt()
                > best.value(user).value(QLatin1String("access_level")).toInt())
            best.insert(user, member);
    }
    QList<QJsonObject> out = best.values();
    std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) { return idOf(a) < idOf(b); });
    return out;
}

QList<QJsonObject> filterMembers(const SandboxApi &api, const ApiRequest &request, const QList<QJsonObject> &members)
{
    const QString query = request.string(QStringLiteral("query")).toLower();
    QSet<int> ids;
    for (const QString &id : request.list(QStringLiteral("user_ids")))
        ids.insert(id.toInt());
    QList<QJsonObject> out;
    for (const QJsonObject &member : members) {
        const QJsonObject user = api.store.get(Users, member.value(QLatin1String("user_id")).toInt());
        if (user.isEmpty())
            continue;
        if (!ids.isEmpty() && !ids.contains(idOf(user)))
            continue;
        if (!query.isEmpty() && !user.value(QLatin1String("username")).toString().toLower().contains(query)
            && !user.value(QLatin1String("name")).toString().toLower().contains(query)
            && user.value(QLatin1String("email")).toString().toLower() != query)
            continue;
        out.append(member);
    }
    return out;
}

QJsonObject pendingRequest(const SandboxApi &api, const Source &source, int userId)
{
    for (const QJsonObject &request : api.store.where(AccessRequests, QStringLiteral("source_id"), source.id())) {
        if (request.value(QLatin1String("source_type")).toString() == source.type()
            && request.value(QLatin1String("user_id")).toInt() == userId)
            return request;
    }
    return {};
}

// Validation shared by adding and changing a member: the level must be one GitLab knows and not
// below what the user inherits from the groups above; an expiry date must not be in the past.
HttpResponse validateMembership(const SandboxApi &api, const Directory &dir, const Source &source, int userId,
                                int level, const QString &expiresAt, bool *ok)
{
    *ok = false;
    if (!ValidLevels.contains(level))
        return Errors::validation(
            {{QStringLiteral("access_level"), QJsonArray {QStringLiteral("is not included in the list")}}});
    if (!expiresAt.isEmpty()) {
        const QDate date = QDate::fromString(expiresAt, Qt::ISODate);
        if (!date.isValid())
            return Errors::invalid(QStringLiteral("expires_at"));
        if (date < api.currentTime().date())
            return Errors::validation(
                {{QStringLiteral("expires_at"), QJsonArray {QStringLiteral("cannot be a date in the past")}}});
    }
    const auto [inherited, groupName] = inheritedMembership(api, dir, source, userId);
    if (inherited > level)
        return Errors::validation(
            {{QStringLiteral("access_level"),
              QJsonArray {QStringLiteral("should be greater than or equal to %1 inherited membership from group %2")
                              .arg(roleName(inherited), groupName)}}});
    *ok = true;
    return {};
}

bool isLastOwner(const SandboxApi &api, const Source &source, const QJsonObject &member)
{
    if (!source.group || member.value(QLatin1String("access_level")).toInt() < AccessLevel::Owner)
        return false;
    int owners = 0;
    for (const QJsonObject &other : directMembers(api, source.type(), source.id()))
        owners += other.value(QLatin1String("access_level")).toInt() >= AccessLevel::Owner ? 1 : 0;
    return owners <= 1;
}

HttpResponse noContent()
{
    return HttpResponse::text(204, {}, "application/json");
}

// Leaving a group also leaves its subgroups and projects, unless skip_subresources=true.
void removeSubresourceMemberships(SandboxApi &api, const Directory &dir, const Source &source, int userId)
{
    const QList<int> subtree = dir.subtree(source.id());
    const QSet<int> groups(subtree.cbegin() + 1, subtree.cend());
    QSet<int> projects;
    for (const QJsonObject &project : api.store.all(Projects)) {
        if (subtree.contains(project.value(QLatin1String("namespace_id")).toInt()))
            projects.insert(idOf(project));
    }
    for (const QJsonObject &member : api.store.where(Members, QStringLiteral("user_id"), userId)) {
        const int sourceId = member.value(QLatin1String("source_id")).toInt();
        const bool isGroupMember = member.value(QLatin1String("source_type")).toString() == QLatin1String("Namespace");
        if ((isGroupMember && groups.contains(sourceId)) || (!isGroupMember && projects.contains(sourceId)))
            api.store.remove(Members, idOf(member));
    }
}

// The routes below all start the same way: the group or project `:id` names, as the caller may
// see it, or GitLab's 404. `validate` runs first, as Grape checks parameters before the lookup.
using SourceHandler = std::function<HttpResponse(ApiRequest &, const Directory &, const Source &)>;
using Validator = std::function<std::optional<HttpResponse>(const ApiRequest &)>;

ApiHandler withSource(SandboxApi &api, bool group, SourceHandler handler, Validator validate = {})
{
    return [&api, group, handler = std::move(handler), validate = std::move(validate)](ApiRequest &request) {
        if (validate) {
            if (std::optional<HttpResponse> invalid = validate(request))
                return *invalid;
        }
        const Directory dir(api, request.user);
        Source source;
        HttpResponse notFound;
        if (!findSource(api, dir, request, group, &source, &notFound))
            return notFound;
        return handler(request, dir, source);
    };
}

void registerFor(SandboxApi &api, bool group)
{
    Router &r = api.router;
    const QString base = group ? QStringLiteral("/groups/:id") : QStringLiteral("/projects/:id");

    // members and members/all, each as a list and for one user.
    const auto listRoute = [&api, group](bool all) {
        return withSource(api, group, [&api, all](ApiRequest &request, const Directory &dir, const Source &source) {
            const QList<QJsonObject> members = filterMembers(
                api, request, all ? allMembers(api, dir, source) : directMembers(api, source.type(), source.id()));
            return paginate(api, request, members,
                            [&api](const QJsonObject &member) { return QJsonValue(memberJson(api, member)); });
        });
    };
    const auto showRoute = [&api, group](bool all) {
        return withSource(api, group, [&api, all](ApiRequest &request, const Directory &dir, const Source &source) {
            const int userId = request.pathParam(QStringLiteral("user_id")).toInt();
            const QList<QJsonObject> members
                = all ? allMembers(api, dir, source) : directMembers(api, source.type(), source.id());
            for (const QJsonObject &member : members) {
                if (member.value(QLatin1String("user_id")).toInt() == userId)
                    return HttpResponse::json(200, memberJson(api, member));
            }
            return Errors::notFound();
        });
    };
    r.add("GET", base + QStringLiteral("/members"), listRoute(false));
    r.add("GET", base + QStringLiteral("/members/all"), listRoute(true));
    r.add("GET", base + QStringLiteral("/members/:user_id"), showRoute(false));
    r.add("GET", base + QStringLiteral("/members/all/:user_id"), showRoute(true));

    const Validator needsLevel = [](const ApiRequest &request) -> std::optional<HttpResponse> {
        if (!request.has(QStringLiteral("access_level")))
            return Errors::missing(QStringLiteral("access_level"));
        return std::nullopt;
    };
    const Validator needsLevelAndUser = [needsLevel](const ApiRequest &request) -> std::optional<HttpResponse> {
        if (std::optional<HttpResponse> missing = needsLevel(request))
            return missing;
        const bool byId = request.has(QStringLiteral("user_id"));
        if (byId == request.has(QStringLiteral("username")))
            return Errors::error(
                400,
                byId ? QStringLiteral("user_id, username are mutually exclusive")
                     : QStringLiteral("user_id, username are missing, exactly one parameter must be provided"));
        return std::nullopt;
    };

    r.add("POST", base + QStringLiteral("/members"),
          withSource(
              api, group,
              [&api](ApiRequest &request, const Directory &dir, const Source &source) {
                  const bool byId = request.has(QStringLiteral("user_id"));
                  if (!canManage(dir, source))
                      return Errors::forbidden();
                  const QJsonObject user = byId ? api.store.get(Users, request.integer(QStringLiteral("user_id")))
                                                : api.findUser(request.string(QStringLiteral("username")));
                  if (!user.isEmpty() && !findDirect(api, source, idOf(user)).isEmpty())
                      return Errors::message(409, QStringLiteral("Member already exists"));
                  if (user.isEmpty())
                      return Errors::notFound(QStringLiteral("User"));
                  const int level = request.integer(QStringLiteral("access_level"));
                  // Only owners make owners.
                  if (level >= AccessLevel::Owner && !isOwnerOrAdmin(dir, source))
                      return Errors::forbidden();
                  const QString expiresAt = request.string(QStringLiteral("expires_at"));
                  bool ok = false;
                  const HttpResponse invalid = validateMembership(api, dir, source, idOf(user), level, expiresAt, &ok);
                  if (!ok)
                      return invalid;
                  const QJsonObject member = Catalog::addMember(api, source.type(), source.id(), idOf(user), level,
                                                                request.userId(), expiresAt);
                  // Adding someone who asked to join answers their request.
                  const QJsonObject pending = pendingRequest(api, source, idOf(user));
                  if (!pending.isEmpty())
                      api.store.remove(AccessRequests, idOf(pending));
                  return HttpResponse::json(201, memberJson(api, member));
              },
              needsLevelAndUser));

    r.add("PUT", base + QStringLiteral("/members/:user_id"),
          withSource(
              api, group,
              [&api](ApiRequest &request, const Directory &dir, const Source &source) {
                  if (!canManage(dir, source))
                      return Errors::forbidden();
                  QJsonObject member = findDirect(api, source, request.pathParam(QStringLiteral("user_id")).toInt());
                  if (member.isEmpty())
                      return Errors::notFound();
                  const int level = request.integer(QStringLiteral("access_level"));
                  const bool touchesOwner = level >= AccessLevel::Owner
                      || member.value(QLatin1String("access_level")).toInt() >= AccessLevel::Owner;
                  if ((touchesOwner && !isOwnerOrAdmin(dir, source))
                      || (level < AccessLevel::Owner && isLastOwner(api, source, member)))
                      return Errors::forbidden();
                  const QString expiresAt = request.params.contains(QStringLiteral("expires_at"))
                      ? request.string(QStringLiteral("expires_at"))
                      : member.value(QLatin1String("expires_at")).toString();
                  bool ok = false;
                  const HttpResponse invalid = validateMembership(
                      api, dir, source, member.value(QLatin1String("user_id")).toInt(), level,
                      request.params.contains(QStringLiteral("expires_at")) ? expiresAt : QString(), &ok);
                  if (!ok)
                      return invalid;
                  member.insert(QStringLiteral("access_level"), level);
                  member.insert(QStringLiteral("expires_at"),
                                expiresAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(expiresAt));
                  api.store.put(Members, idOf(member), member);
                  return HttpResponse::json(200, memberJson(api, member));
              },
              needsLevel));

    r.add("DELETE", base + QStringLiteral("/members/:user_id"),
          withSource(api, group, [&api](ApiRequest &request, const Directory &dir, const Source &source) {
              const int userId = request.pathParam(QStringLiteral("user_id")).toInt();
              const QJsonObject member = findDirect(api, source, userId);
              if (member.isEmpty())
                  return Errors::notFound();
              // Anyone may leave; removing others needs the manage right, and owners are removed by owners.
              const bool self = userId == request.userId();
              const bool removesOwner = member.value(QLatin1String("access_level")).toInt() >= AccessLevel::Owner;
              if (!self && (!canManage(dir, source) || (removesOwner && !isOwnerOrAdmin(dir, source))))
                  return Errors::forbidden();
              if (isLastOwner(api, source, member))
                  return Errors::forbidden();
              api.store.remove(Members, idOf(member));
              if (source.group && !request.boolean(QStringLiteral("skip_subresources")))
                  removeSubresourceMemberships(api, dir, source, userId);
              return noContent();
          }));

    // ---------------------------------------------------------------- access requests

    r.add("GET", base + QStringLiteral("/access_requests"),
          withSource(api, group, [&api](ApiRequest &request, const Directory &dir, const Source &source) {
              if (!canManage(dir, source))
                  return Errors::forbidden();
              QList<QJsonObject> requests;
              for (const QJsonObject &pending :
                   api.store.where(AccessRequests, QStringLiteral("source_id"), source.id())) {
                  if (pending.value(QLatin1String("source_type")).toString() == source.type())
                      requests.append(pending);
              }
              return paginate(api, request, requests, [&api](const QJsonObject &pending) {
                  QJsonObject out
                      = api.userBasic(api.store.get(Users, pending.value(QLatin1String("user_id")).toInt()));
                  out.insert(QStringLiteral("requested_at"), pending.value(QLatin1String("requested_at")));
                  return QJsonValue(out);
              });
          }));

    r.add("POST", base + QStringLiteral("/access_requests"),
          withSource(api, group, [&api](ApiRequest &request, const Directory &dir, const Source &source) {
              // Members (also through a group above) cannot ask, nor can anyone when requests are off.
              const int membership
                  = source.group ? dir.inheritedGroupLevel(source.id()) : dir.membershipLevel(source.record);
              if (membership >= AccessLevel::Guest
                  || !source.record.value(QLatin1String("request_access_enabled")).toBool(true))
                  return Errors::forbidden();
              if (!pendingRequest(api, source, request.userId()).isEmpty())
                  return Errors::validation(
                      {{QStringLiteral("user_id"), QJsonArray {QStringLiteral("already exists in source")}}});
              const int id = api.store.nextId(AccessRequests);
              api.store.put(AccessRequests, id,
                            {{QStringLiteral("source_type"), source.type()},
                             {QStringLiteral("source_id"), source.id()},
                             {QStringLiteral("user_id"), request.userId()},
                             {QStringLiteral("requested_at"), api.now()}});
              QJsonObject out = api.userBasic(request.user);
              out.insert(QStringLiteral("requested_at"),
                         api.store.get(AccessRequests, id).value(QLatin1String("requested_at")));
              return HttpResponse::json(201, out);
          }));

    r.add("PUT", base + QStringLiteral("/access_requests/:user_id/approve"),
          withSource(api, group, [&api](ApiRequest &request, const Directory &dir, const Source &source) {
              const int userId = request.pathParam(QStringLiteral("user_id")).toInt();
              const QJsonObject pending = pendingRequest(api, source, userId);
              if (pending.isEmpty())
                  return Errors::notFound();
              if (!canManage(dir, source))
                  return Errors::forbidden();
              const int level = request.integer(QStringLiteral("access_level"), AccessLevel::Developer);
              if (level >= AccessLevel::Owner && !isOwnerOrAdmin(dir, source))
                  return Errors::forbidden();
              bool ok = false;
              const HttpResponse invalid = validateMembership(api, dir, source, userId, level, {}, &ok);
              if (!ok)
                  return invalid;
              api.store.remove(AccessRequests, idOf(pending));
              const QJsonObject member
                  = Catalog::addMember(api, source.type(), source.id(), userId, level, request.userId());
              return HttpResponse::json(201, memberJson(api, member));
          }));

    r.add("DELETE", base + QStringLiteral("/access_requests/:user_id"),
          withSource(api, group, [&api](ApiRequest &request, const Directory &dir, const Source &source) {
              const int userId = request.pathParam(QStringLiteral("user_id")).toInt();
              const QJsonObject pending = pendingRequest(api, source, userId);
              if (pending.isEmpty())
                  return Errors::notFound();
              // Requesters may withdraw their own request.
              if (userId != request.userId() && !canManage(dir, source))
                  return Errors::forbidden();
              api.store.remove(AccessRequests, idOf(pending));
              return noContent();
          }));
}

} // namespace

void registerMemberRoutes(SandboxApi &api)
{
    registerFor(api, true);
    registerFor(api, false);
}

} // namespace LabDesk::Sandbox
