#include "types.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace LabDesk::Api {

namespace {

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &json, const char *key)
{
    return QDateTime::fromString(str(json, key), Qt::ISODateWithMs);
}

} // namespace

bool ServerVersion::atLeast(int wantMajor, int wantMinor) const
{
    return major > wantMajor || (major == wantMajor && minor >= wantMinor);
}

ServerVersion ServerVersion::fromJson(const QJsonObject &json)
{
    ServerVersion v;
    v.version = str(json, "version");
    v.revision = str(json, "revision");
    v.enterprise = json.value(QLatin1String("enterprise")).toBool() || v.version.contains(QLatin1String("-ee"));
    static const QRegularExpression numbers(QStringLiteral("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const auto m = numbers.match(v.version);
    if (m.hasMatch()) {
        v.major = m.captured(1).toInt();
        v.minor = m.captured(2).toInt();
        v.patch = m.captured(3).toInt();
    }
    return v;
}

User User::fromJson(const QJsonObject &json)
{
    User u;
    u.id = json.value(QLatin1String("id")).toInt();
    u.username = str(json, "username");
    u.name = str(json, "name");
    u.state = str(json, "state");
    u.avatarUrl = str(json, "avatar_url");
    u.webUrl = str(json, "web_url");
    u.email = str(json, "email");
    u.isAdmin = json.value(QLatin1String("is_admin")).toBool();
    return u;
}

TokenInfo TokenInfo::fromJson(const QJsonObject &json)
{
    TokenInfo t;
    t.id = json.value(QLatin1String("id")).toInt();
    t.name = str(json, "name");
    for (const QJsonValue &scope : json.value(QLatin1String("scopes")).toArray())
        t.scopes << scope.toString();
    t.expiresAt = QDate::fromString(str(json, "expires_at"), Qt::ISODate);
    t.active = json.value(QLatin1String("active")).toBool();
    t.revoked = json.value(QLatin1String("revoked")).toBool();
    return t;
}

Project Project::fromJson(const QJsonObject &json)
{
    Project p;
    p.id = json.value(QLatin1String("id")).toInt();
    p.name = str(json, "name");
    p.path = str(json, "path");
    p.nameWithNamespace = str(json, "name_with_namespace");
    p.pathWithNamespace = str(json, "path_with_namespace");
    p.description = str(json, "description");
    p.defaultBranch = str(json, "default_branch");
    p.visibility = str(json, "visibility");
    p.webUrl = str(json, "web_url");
    p.httpUrlToRepo = str(json, "http_url_to_repo");
    p.sshUrlToRepo = str(json, "ssh_url_to_repo");
    p.avatarUrl = str(json, "avatar_url");
    const QJsonObject ns = json.value(QLatin1String("namespace")).toObject();
    p.namespaceId = ns.value(QLatin1String("id")).toInt();
    p.namespaceFullPath = ns.value(QLatin1String("full_path")).toString();
    p.archived = json.value(QLatin1String("archived")).toBool();
    p.emptyRepo = json.value(QLatin1String("empty_repo")).toBool();
    p.lastActivityAt = time(json, "last_activity_at");
    return p;
}

} // namespace LabDesk::Api
