// Access rules for git over HTTP and SSH, after GitLab's Gitlab::GitAccess.
#include "gitaccess.h"

#include "sandbox/sandboxapi.h"

#include <QMap>
#include <QSet>

namespace LabDesk::Sandbox::GitAccess {

namespace {

// Gitlab::GitAccess::ERROR_MESSAGES, verbatim.
const QString ProjectNotFound
    = QStringLiteral("The project you were looking for could not be found or you don't have permission to view it.");
const QString Download = QStringLiteral("You are not allowed to download code from this project.");
const QString AuthDownload = QStringLiteral("You are not allowed to download code.");
const QString AuthUpload = QStringLiteral("You are not allowed to upload code.");
const QString Upload = QStringLiteral("You are not allowed to upload code for this project.");
const QString Archived = QStringLiteral("You can't push code to an archived project.");
const QString PushCode = QStringLiteral("You are not allowed to push code to this project.");

Decision forbidden(const QString &message)
{
    return {Decision::Kind::Forbidden, message};
}

QMap<QString, QString> parseRefList(const QByteArray &list)
{
    QMap<QString, QString> refs;
    for (const QByteArray &line : list.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        refs.insert(QString::fromUtf8(line.mid(space + 1).trimmed()), QString::fromLatin1(line.left(space)));
    }
    return refs;
}

} // namespace

QString zeroSha()
{
    return QString(40, QLatin1Char('0'));
}

Abilities abilitiesForScopes(const QJsonArray &scopes)
{
    Abilities abilities;
    for (const QJsonValue &value : scopes) {
        const QString scope = value.toString();
        if (scope == QLatin1String("api") || scope == QLatin1String("write_repository")) {
            abilities.download = true;
            abilities.push = true;
        } else if (scope == QLatin1String("read_api") || scope == QLatin1String("read_repository")) {
            abilities.download = true;
        }
    }
    return abilities;
}

Abilities fullAbilities()
{
    return {true, true};
}

QString userDeniedReason(const SandboxApi &api, const QJsonObject &user)
{
    const QString state = user.value(QLatin1String("state")).toString();
    if (state == QLatin1String("blocked_pending_approval"))
        return QStringLiteral("Your account is pending approval from your administrator and hence blocked.");
    if (state == QLatin1String("blocked") || state == QLatin1String("ldap_blocked"))
        return QStringLiteral("Your account has been blocked.");
    if (state == QLatin1String("deactivated"))
        return QStringLiteral("Your account has been deactivated by your administrator. Please log back in from a web "
                              "browser to reactivate your account at %1")
            .arg(api.baseUrl.toString());
    return {};
}

Decision check(const SandboxApi &api, const QJsonObject &user, const QJsonObject &project, Command command,
               const Abilities &abilities)
{
    if (!user.isEmpty()) {
        const QString reason = userDeniedReason(api, user);
        if (!reason.isEmpty())
            return forbidden(reason);
    }
    if (command == Command::UploadPack && !abilities.download)
        return forbidden(AuthDownload);
    if (command == Command::ReceivePack && !abilities.push)
        return forbidden(AuthUpload);
    if (project.isEmpty() || !api.canReadProject(user, project))
        return {Decision::Kind::NotFound, ProjectNotFound};

    const QString visibility = project.value(QLatin1String("visibility")).toString();
    if (command == Command::UploadPack) {
        // Guests of a private project may see it but not its code, as on GitLab.
        const bool canDownload = visibility == QLatin1String("public")
            || (!user.isEmpty() && visibility == QLatin1String("internal"))
            || api.projectAccess(user, project) >= AccessLevel::Reporter;
        return canDownload ? Decision() : forbidden(Download);
    }
    if (project.value(QLatin1String("archived")).toBool())
        return forbidden(Archived);
    if (user.isEmpty())
        return forbidden(Upload);
    if (api.projectAccess(user, project) < AccessLevel::Developer)
        return forbidden(PushCode);
    return {};
}

QString normalizeProjectPath(QString path)
{
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    return path;
}

QList<RefUpdate> diffRefs(const QByteArray &before, const QByteArray &after)
{
    const QMap<QString, QString> old = parseRefList(before);
    const QMap<QString, QString> now = parseRefList(after);
    QSet<QString> names;
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        names.insert(it.key());
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        names.insert(it.key());
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();

    QList<RefUpdate> updates;
    for (const QString &ref : sorted) {
        const QString was = old.value(ref, zeroSha());
        const QString is = now.value(ref, zeroSha());
        if (was != is)
            updates.append({ref, was, is});
    }
    return updates;
}

QList<RefUpdate> parseChanges(const QString &changes)
{
    QList<RefUpdate> updates;
    for (const QString &line : changes.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 3)
            updates.append({parts.at(2), parts.at(0), parts.at(1)});
    }
    return updates;
}

void notifyPushes(const SandboxApi &api, const QJsonObject &project, const QJsonObject &user,
                  const QList<RefUpdate> &updates)
{
    const QString heads = QStringLiteral("refs/heads/");
    for (const RefUpdate &update : updates) {
        if (!update.ref.startsWith(heads) || update.after == zeroSha())
            continue;
        api.notifyPush(project, update.ref.mid(heads.size()), update.before, update.after, user);
    }
    if (updates.isEmpty())
        return;
    // A push is project activity, as on GitLab (projects' last_activity_at).
    const int id = project.value(QLatin1String("id")).toInt();
    QJsonObject current = api.store.get(QStringLiteral("projects"), id);
    if (!current.isEmpty()) {
        current.insert(QStringLiteral("last_activity_at"), api.now());
        api.store.put(QStringLiteral("projects"), id, current);
    }
}

} // namespace LabDesk::Sandbox::GitAccess
