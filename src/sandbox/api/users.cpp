// Version, the current user, users (with administrator moderation) and personal access tokens.
#include "modules.h"

#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxserver.h"

#include <QCryptographicHash>

namespace LabDesk::Sandbox {

namespace {

const QString Users = QStringLiteral("users");
const QString Tokens = QStringLiteral("tokens");
const QString Namespaces = QStringLiteral("namespaces");

QString digest(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject tokenJson(const QJsonObject &token, const SandboxApi &api)
{
    const QString expires = token.value(QLatin1String("expires_at")).toString();
    const bool revoked = token.value(QLatin1String("revoked")).toBool();
    const bool expired = !expires.isEmpty() && expires <= api.currentTime().date().toString(Qt::ISODate);
    return {
        {QStringLiteral("id"), token.value(QLatin1String("id"))},
        {QStringLiteral("name"), token.value(QLatin1String("name"))},
        {QStringLiteral("description"), token.value(QLatin1String("description"))},
        {QStringLiteral("revoked"), revoked},
        {QStringLiteral("created_at"), token.value(QLatin1String("created_at"))},
        {QStringLiteral("scopes"), token.value(QLatin1String("scopes"))},
        {QStringLiteral("user_id"), token.value(QLatin1String("user_id"))},
        {QStringLiteral("last_used_at"), token.value(QLatin1String("last_used_at"))},
        {QStringLiteral("active"), !revoked && !expired},
        {QStringLiteral("expires_at"), expires.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(expires)},
    };
}

HttpResponse moderate(SandboxApi &api, ApiRequest &request, const QString &action)
{
    QJsonObject user = api.findUser(request.pathParam(QStringLiteral("id")));
    if (user.isEmpty() || !request.pathParam(QStringLiteral("id")).toInt())
        return Errors::notFound(QStringLiteral("User"));
    const QString state = user.value(QLatin1String("state")).toString();
    const int id = user.value(QLatin1String("id")).toInt();
    const QString pending = QStringLiteral("blocked_pending_approval");
    const auto success = [](int status) {
        return HttpResponse::json(status, QJsonObject{{QStringLiteral("message"), QStringLiteral("Success")}});
    };

    if (action == QLatin1String("approve")) {
        if (state == QLatin1String("deactivated"))
            return Errors::message(409, QStringLiteral("The user you are trying to approve is not pending approval"));
        if (state == QLatin1String("blocked") || state == QLatin1String("ldap_blocked"))
            return Errors::message(403, QStringLiteral("The user you are trying to approve is not pending approval"));
        if (state != pending)
            return Errors::message(409, QStringLiteral("The user you are trying to approve is not pending approval"));
        user.insert(QStringLiteral("state"), QStringLiteral("active"));
        api.store.put(Users, id, user);
        return success(201);
    }
    if (action == QLatin1String("reject")) {
        if (state != pending)
            return Errors::message(409, QStringLiteral("User does not have a pending request"));
        // Rejecting a sign-up deletes the account, as GitLab does.
        api.store.remove(Users, id);
        api.store.remove(Namespaces, user.value(QLatin1String("namespace_id")).toInt());
        return success(200);
    }
    if (action == QLatin1String("block")) {
        if (user.value(QLatin1String("is_admin")).toBool() && id == request.userId())
            return Errors::forbidden(QStringLiteral("403 Forbidden - You cannot block yourself"));
        user.insert(QStringLiteral("state"), QStringLiteral("blocked"));
        api.store.put(Users, id, user);
        return HttpResponse::json(201, true);
    }
    if (action == QLatin1String("unblock")) {
        if (state == QLatin1String("ldap_blocked"))
            return Errors::forbidden(QStringLiteral("LDAP blocked users cannot be unblocked by the API"));
        user.insert(QStringLiteral("state"), QStringLiteral("active"));
        api.store.put(Users, id, user);
        return HttpResponse::json(201, true);
    }
    if (action == QLatin1String("deactivate")) {
        if (state == QLatin1String("blocked") || state == pending)
            return Errors::forbidden(QStringLiteral("403 Forbidden - A blocked user cannot be deactivated by the API"));
        user.insert(QStringLiteral("state"), QStringLiteral("deactivated"));
        api.store.put(Users, id, user);
        return HttpResponse::json(201, true);
    }
    if (action == QLatin1String("activate")) {
        if (state == QLatin1String("blocked") || state == pending)
            return Errors::forbidden(QStringLiteral("403 Forbidden - A blocked user must be unblocked to be activated"));
        user.insert(QStringLiteral("state"), QStringLiteral("active"));
        api.store.put(Users, id, user);
        return HttpResponse::json(201, true);
    }
    return Errors::routeNotFound();
}

} // namespace

QJsonObject createUser(SandboxApi &api, const QString &username, const QString &name, const QString &email,
                       bool admin, const QString &state)
{
    const int userId = api.store.nextId(Users);
    const int nsId = api.store.nextId(Namespaces);
    api.store.put(Namespaces, nsId,
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("path"), username},
                   {QStringLiteral("kind"), QStringLiteral("user")},
                   {QStringLiteral("parent_id"), QJsonValue::Null},
                   {QStringLiteral("owner_id"), userId},
                   {QStringLiteral("visibility"), QStringLiteral("public")},
                   {QStringLiteral("avatar_url"), QJsonValue::Null},
                   {QStringLiteral("created_at"), api.now()}});
    const QJsonObject user{
        {QStringLiteral("username"), username},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("state"), state},
        {QStringLiteral("is_admin"), admin},
        {QStringLiteral("avatar_url"),
         QStringLiteral("https://www.gravatar.com/avatar/%1?s=80&d=identicon")
             .arg(QString::fromLatin1(QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Md5).toHex()))},
        {QStringLiteral("namespace_id"), nsId},
        {QStringLiteral("created_at"), api.now()},
        {QStringLiteral("last_sign_in_at"), QJsonValue::Null},
        {QStringLiteral("last_activity_on"), QJsonValue::Null},
    };
    api.store.put(Users, userId, user);
    return api.store.get(Users, userId);
}

QString createPersonalAccessToken(SandboxApi &api, int userId, const QString &name, const QStringList &scopes,
                                  const QString &expiresAt, const QString &plaintext)
{
    const QString token = plaintext.isEmpty() ? SandboxServer::generateToken() : plaintext;
    const int id = api.store.nextId(Tokens);
    api.store.put(Tokens, id,
                  {{QStringLiteral("user_id"), userId},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("description"), QJsonValue::Null},
                   {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                   {QStringLiteral("expires_at"), expiresAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(expiresAt)},
                   {QStringLiteral("revoked"), false},
                   {QStringLiteral("created_at"), api.now()},
                   {QStringLiteral("last_used_at"), QJsonValue::Null},
                   {QStringLiteral("_digest"), digest(token)}});
    return token;
}

void registerUserRoutes(SandboxApi &api)
{
    Router &r = api.router;

    r.add("GET", QStringLiteral("/version"), [&api](ApiRequest &) {
        return HttpResponse::json(200, QJsonObject{
                                           {QStringLiteral("version"), api.versionString},
                                           {QStringLiteral("revision"), QStringLiteral("6d1c5e4a2b7")},
                                           {QStringLiteral("kas"), QJsonObject{{QStringLiteral("enabled"), false},
                                                                               {QStringLiteral("externalUrl"), QJsonValue::Null},
                                                                               {QStringLiteral("externalK8sProxyUrl"), QJsonValue::Null},
                                                                               {QStringLiteral("version"), QJsonValue::Null}}},
                                           {QStringLiteral("enterprise"), false},
                                       });
    }, Access::Authenticated, {QStringLiteral("api"), QStringLiteral("read_api"), QStringLiteral("read_user")});

    r.add("GET", QStringLiteral("/user"), [&api](ApiRequest &request) {
        return HttpResponse::json(200, api.userFull(request.user, request.isAdmin()));
    }, Access::Authenticated, {QStringLiteral("api"), QStringLiteral("read_api"), QStringLiteral("read_user")});

    r.add("GET", QStringLiteral("/users"), [&api](ApiRequest &request) {
        const QString username = request.string(QStringLiteral("username"));
        const QString search = request.string(QStringLiteral("search")).toLower();
        const bool onlyBlocked = request.boolean(QStringLiteral("blocked"));
        const bool onlyActive = request.boolean(QStringLiteral("active"));
        QJsonArray out;
        for (const QJsonObject &user : api.store.all(Users)) {
            const QString state = user.value(QLatin1String("state")).toString();
            // Non-administrators see only active users, as on GitLab.
            if (!request.isAdmin() && state != QLatin1String("active"))
                continue;
            if (!username.isEmpty()
                && user.value(QLatin1String("username")).toString().compare(username, Qt::CaseInsensitive) != 0)
                continue;
            if (!search.isEmpty() && !user.value(QLatin1String("username")).toString().toLower().contains(search)
                && !user.value(QLatin1String("name")).toString().toLower().contains(search)
                && !(request.isAdmin() && user.value(QLatin1String("email")).toString().toLower() == search))
                continue;
            if (onlyBlocked && !state.contains(QLatin1String("blocked")))
                continue;
            if (onlyActive && state != QLatin1String("active"))
                continue;
            out.append(request.isAdmin() ? api.userFull(user, true) : api.userBasic(user));
        }
        return paginate(api, request, out);
    });

    r.add("GET", QStringLiteral("/users/:id"), [&api](ApiRequest &request) {
        const QJsonObject user = api.findUser(request.pathParam(QStringLiteral("id")));
        if (user.isEmpty() || (!request.isAdmin() && user.value(QLatin1String("state")).toString() != QLatin1String("active")))
            return Errors::notFound(QStringLiteral("User"));
        return HttpResponse::json(200, api.userFull(user, request.isAdmin()));
    });

    r.add("POST", QStringLiteral("/users"), [&api](ApiRequest &request) {
        for (const char *required : {"email", "username", "name"}) {
            if (request.string(QString::fromLatin1(required)).isEmpty())
                return Errors::missing(QString::fromLatin1(required));
        }
        QJsonObject taken;
        if (!api.findUser(request.string(QStringLiteral("username"))).isEmpty()
            || !api.findNamespace(request.string(QStringLiteral("username"))).isEmpty())
            taken.insert(QStringLiteral("username"), QJsonArray{QStringLiteral("has already been taken")});
        for (const QJsonObject &user : api.store.all(Users)) {
            if (user.value(QLatin1String("email")).toString().compare(request.string(QStringLiteral("email")), Qt::CaseInsensitive) == 0)
                taken.insert(QStringLiteral("email"), QJsonArray{QStringLiteral("has already been taken")});
        }
        if (!taken.isEmpty())
            return HttpResponse::json(409, QJsonObject{{QStringLiteral("message"), taken.contains(QLatin1String("email"))
                                                                                      ? QStringLiteral("Email has already been taken")
                                                                                      : QStringLiteral("Username has already been taken")}});
        const QJsonObject user = createUser(api, request.string(QStringLiteral("username")), request.string(QStringLiteral("name")),
                                            request.string(QStringLiteral("email")), request.boolean(QStringLiteral("admin")));
        return HttpResponse::json(201, api.userFull(user, true));
    }, Access::Admin);

    for (const char *action : {"approve", "reject", "block", "unblock", "deactivate", "activate"}) {
        const QString name = QString::fromLatin1(action);
        r.add("POST", QStringLiteral("/users/:id/") + name,
              [&api, name](ApiRequest &request) { return moderate(api, request, name); }, Access::Admin);
    }

    r.add("GET", QStringLiteral("/personal_access_tokens/self"), [&api](ApiRequest &request) {
        return HttpResponse::json(200, tokenJson(request.token, api));
    }, Access::Authenticated, {QStringLiteral("api"), QStringLiteral("read_api"), QStringLiteral("read_user"),
                               QStringLiteral("create_runner"), QStringLiteral("read_repository"),
                               QStringLiteral("write_repository")});

    r.add("GET", QStringLiteral("/personal_access_tokens"), [&api](ApiRequest &request) {
        const int filterUser = request.integer(QStringLiteral("user_id"), 0);
        QJsonArray out;
        for (const QJsonObject &token : api.store.all(Tokens)) {
            const int owner = token.value(QLatin1String("user_id")).toInt();
            if (!request.isAdmin() && owner != request.userId())
                continue;
            if (filterUser && owner != filterUser)
                continue;
            out.append(tokenJson(token, api));
        }
        return paginate(api, request, out);
    });

    r.add("POST", QStringLiteral("/users/:id/personal_access_tokens"), [&api](ApiRequest &request) {
        const QJsonObject user = api.findUser(request.pathParam(QStringLiteral("id")));
        if (user.isEmpty())
            return Errors::notFound(QStringLiteral("User"));
        if (request.string(QStringLiteral("name")).isEmpty())
            return Errors::missing(QStringLiteral("name"));
        const QStringList scopes = request.list(QStringLiteral("scopes"));
        if (scopes.isEmpty())
            return Errors::missing(QStringLiteral("scopes"));
        const QString plaintext = createPersonalAccessToken(api, user.value(QLatin1String("id")).toInt(),
                                                            request.string(QStringLiteral("name")), scopes,
                                                            request.string(QStringLiteral("expires_at")));
        const QJsonObject stored = api.store.findOne(Tokens, QStringLiteral("_digest"), digest(plaintext));
        QJsonObject out = tokenJson(stored, api);
        out.insert(QStringLiteral("token"), plaintext);
        return HttpResponse::json(201, out);
    }, Access::Admin);

    const auto revoke = [&api](ApiRequest &request, int tokenId) {
        QJsonObject token = api.store.get(Tokens, tokenId);
        if (token.isEmpty() || (!request.isAdmin() && token.value(QLatin1String("user_id")).toInt() != request.userId()))
            return Errors::notFound();
        token.insert(QStringLiteral("revoked"), true);
        api.store.put(Tokens, tokenId, token);
        return HttpResponse::text(204, {}, "application/json");
    };
    r.add("DELETE", QStringLiteral("/personal_access_tokens/self"), [revoke](ApiRequest &request) {
        return revoke(request, request.token.value(QLatin1String("id")).toInt());
    });
    r.add("DELETE", QStringLiteral("/personal_access_tokens/:id"), [revoke](ApiRequest &request) {
        return revoke(request, request.pathParam(QStringLiteral("id")).toInt());
    });
}

void seedDemoUsers(SandboxApi &api)
{
    const struct
    {
        const char *username;
        const char *name;
        const char *state;
    } people[] = {
        {"alice", "Alice Zhang", "active"},
        {"bob", "Bob Li", "active"},
        {"carol", "Carol Wang", "active"},
        {"dave", "Dave Chen", "blocked_pending_approval"},
        {"erin", "Erin Liu", "blocked_pending_approval"},
        {"frank", "Frank Zhao", "blocked"},
    };
    for (const auto &person : people) {
        const QString username = QString::fromLatin1(person.username);
        createUser(api, username, QString::fromLatin1(person.name), username + QStringLiteral("@example.com"), false,
                   QString::fromLatin1(person.state));
    }
}

} // namespace LabDesk::Sandbox
