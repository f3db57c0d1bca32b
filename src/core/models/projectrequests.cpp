#include "projectrequests.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace LabDesk::Models {

QString Source::apiPath() const
{
    return (kind == Kind::Group ? QStringLiteral("/groups/") : QStringLiteral("/projects/")) + QString::number(id);
}

QMap<QString, QStringList> fieldErrorsOf(const Api::ApiError &error)
{
    if (!error.fieldErrors.isEmpty())
        return error.fieldErrors;
    QMap<QString, QStringList> fields;
    static const QRegularExpression entry(QStringLiteral(":(\\w+)=>\\[((?:\"(?:[^\"\\\\]|\\\\.)*\"(?:,\\s*)?)*)\\]"));
    static const QRegularExpression quoted(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    auto entries = entry.globalMatch(error.message);
    while (entries.hasNext()) {
        const QRegularExpressionMatch match = entries.next();
        QStringList messages;
        auto texts = quoted.globalMatch(match.captured(2));
        while (texts.hasNext())
            messages.append(texts.next().captured(1).replace(QLatin1String("\\\""), QLatin1String("\"")));
        fields.insert(match.captured(1), messages);
    }
    return fields;
}

namespace Requests {

using Api::Request;

Request topLevelGroups()
{
    Request r = Request::get(QStringLiteral("/groups"),
                             QUrlQuery {{QStringLiteral("top_level_only"), QStringLiteral("true")},
                                        {QStringLiteral("all_available"), QStringLiteral("true")},
                                        {QStringLiteral("order_by"), QStringLiteral("name")}});
    r.paging = Request::Paging::Offset;
    return r;
}

Request subgroups(int groupId)
{
    Request r = Request::get(QStringLiteral("/groups/%1/subgroups").arg(groupId),
                             QUrlQuery {{QStringLiteral("order_by"), QStringLiteral("name")}});
    r.paging = Request::Paging::Offset;
    return r;
}

Request projects(int groupId, const QString &search)
{
    QUrlQuery query;
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), search);
    if (groupId > 0) {
        query.addQueryItem(QStringLiteral("include_subgroups"), QStringLiteral("true"));
        Request r = Request::get(QStringLiteral("/groups/%1/projects").arg(groupId), query);
        r.paging = Request::Paging::Offset;
        return r;
    }
    Request r = Request::get(QStringLiteral("/projects"), query);
    r.paging = Request::Paging::Keyset;
    return r;
}

Request project(int projectId)
{
    return Request::get(QStringLiteral("/projects/%1").arg(projectId));
}

Request latestPipeline(int projectId)
{
    return Request::get(QStringLiteral("/projects/%1/pipelines").arg(projectId),
                        QUrlQuery {{QStringLiteral("per_page"), QStringLiteral("1")},
                                   {QStringLiteral("order_by"), QStringLiteral("id")},
                                   {QStringLiteral("sort"), QStringLiteral("desc")}});
}

Request namespaces()
{
    Request r = Request::get(QStringLiteral("/namespaces"));
    r.paging = Request::Paging::Offset;
    return r;
}

Request createGroup(const QString &name, const QString &path, int parentId, const QString &visibility,
                    const QString &description)
{
    QJsonObject body {
        {QStringLiteral("name"), name}, {QStringLiteral("path"), path}, {QStringLiteral("visibility"), visibility}};
    if (parentId > 0)
        body.insert(QStringLiteral("parent_id"), parentId);
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    return Request::post(QStringLiteral("/groups"), body);
}

Request createProject(const NewProject &project)
{
    QJsonObject body {{QStringLiteral("name"), project.name},
                      {QStringLiteral("path"), project.path},
                      {QStringLiteral("visibility"), project.visibility},
                      {QStringLiteral("initialize_with_readme"), project.initializeWithReadme}};
    if (project.namespaceId > 0)
        body.insert(QStringLiteral("namespace_id"), project.namespaceId);
    if (!project.description.isEmpty())
        body.insert(QStringLiteral("description"), project.description);
    if (!project.defaultBranch.isEmpty())
        body.insert(QStringLiteral("default_branch"), project.defaultBranch);
    return Request::post(QStringLiteral("/projects"), body);
}

Request forkProject(int projectId, int namespaceId)
{
    QJsonObject body;
    if (namespaceId > 0)
        body.insert(QStringLiteral("namespace_id"), namespaceId);
    return Request::post(QStringLiteral("/projects/%1/fork").arg(projectId), body);
}

Request importStatus(int projectId)
{
    return Request::get(QStringLiteral("/projects/%1/import").arg(projectId));
}

Request members(const Source &source, bool inherited)
{
    Request r
        = Request::get(source.apiPath() + (inherited ? QStringLiteral("/members/all") : QStringLiteral("/members")));
    r.paging = Request::Paging::Offset;
    return r;
}

static QJsonObject memberBody(int accessLevel, const QDate &expiresAt, bool clearExpiry)
{
    QJsonObject body {{QStringLiteral("access_level"), accessLevel}};
    if (expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), expiresAt.toString(Qt::ISODate));
    else if (clearExpiry)
        body.insert(QStringLiteral("expires_at"), QString());
    return body;
}

Request addMember(const Source &source, int userId, int accessLevel, const QDate &expiresAt)
{
    QJsonObject body = memberBody(accessLevel, expiresAt, false);
    body.insert(QStringLiteral("user_id"), userId);
    return Request::post(source.apiPath() + QStringLiteral("/members"), body);
}

Request updateMember(const Source &source, int userId, int accessLevel, const QDate &expiresAt)
{
    return Request::put(source.apiPath() + QStringLiteral("/members/%1").arg(userId),
                        memberBody(accessLevel, expiresAt, true));
}

Request removeMember(const Source &source, int userId)
{
    return Request::remove(source.apiPath() + QStringLiteral("/members/%1").arg(userId));
}

Request accessRequests(const Source &source)
{
    Request r = Request::get(source.apiPath() + QStringLiteral("/access_requests"));
    r.paging = Request::Paging::Offset;
    return r;
}

Request requestAccess(const Source &source)
{
    return Request::post(source.apiPath() + QStringLiteral("/access_requests"));
}

Request approveAccess(const Source &source, int userId, int accessLevel)
{
    return Request::put(source.apiPath() + QStringLiteral("/access_requests/%1/approve").arg(userId),
                        QJsonObject {{QStringLiteral("access_level"), accessLevel}});
}

Request denyAccess(const Source &source, int userId)
{
    return Request::remove(source.apiPath() + QStringLiteral("/access_requests/%1").arg(userId));
}

Request searchUsers(const QString &text)
{
    return Request::get(QStringLiteral("/users"),
                        QUrlQuery {{QStringLiteral("search"), text},
                                   {QStringLiteral("active"), QStringLiteral("true")},
                                   {QStringLiteral("per_page"), QStringLiteral("20")}});
}

Request blockedUsers()
{
    Request r = Request::get(QStringLiteral("/users"), QUrlQuery {{QStringLiteral("blocked"), QStringLiteral("true")}});
    r.paging = Request::Paging::Offset;
    return r;
}

Request approveUser(int userId)
{
    return Request::post(QStringLiteral("/users/%1/approve").arg(userId));
}

Request rejectUser(int userId)
{
    return Request::post(QStringLiteral("/users/%1/reject").arg(userId));
}

} // namespace Requests

} // namespace LabDesk::Models
