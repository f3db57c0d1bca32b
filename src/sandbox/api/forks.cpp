// Forks and their import status (doc/api/projects.md "Fork project", doc/api/project_import_export.md
// "Import status"). GitLab forks asynchronously: the new project answers at once with
// import_status "scheduled", then "started", then "finished". The sandbox copies the repository
// right away and reports those states by the time elapsed since the fork, so clients see the
// same sequence they would on GitLab.
#include "modules.h"

#include "directory.h"
#include "sandbox/sandboxapi.h"

namespace LabDesk::Sandbox {

namespace {

const QString Projects = QStringLiteral("projects");

QString importStatus(const SandboxApi &api, const QJsonObject &project)
{
    const QString stored = project.value(QLatin1String("import_status")).toString(QStringLiteral("none"));
    if (stored != QLatin1String("scheduled"))
        return stored;
    const QDateTime forkedAt
        = QDateTime::fromString(project.value(QLatin1String("_forked_at")).toString(), Qt::ISODateWithMs);
    const qint64 elapsedMs = forkedAt.isValid() ? forkedAt.msecsTo(api.currentTime()) : 60000;
    if (elapsedMs < 300)
        return QStringLiteral("scheduled");
    if (elapsedMs < 1200)
        return QStringLiteral("started");
    return QStringLiteral("finished");
}

} // namespace

void registerForkRoutes(SandboxApi &api)
{
    Router &r = api.router;

    r.add("POST", QStringLiteral("/projects/:id/fork"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        const QJsonObject source = api.findProject(request.pathParam(QStringLiteral("id")));
        if (source.isEmpty() || !dir.canReadProject(source))
            return Errors::notFound(QStringLiteral("Project"));
        QJsonObject ns;
        if (request.has(QStringLiteral("namespace_id")))
            ns = dir.namespaceRecord(request.integer(QStringLiteral("namespace_id")));
        else if (request.has(QStringLiteral("namespace_path")) || request.has(QStringLiteral("namespace")))
            ns = api.findNamespace(
                request.string(QStringLiteral("namespace_path"), request.string(QStringLiteral("namespace"))));
        else
            ns = dir.namespaceRecord(request.user.value(QLatin1String("namespace_id")).toInt());
        if (ns.isEmpty())
            return Errors::notFound(QStringLiteral("Target Namespace"));
        const int nsId = ns.value(QLatin1String("id")).toInt();
        const bool personal = ns.value(QLatin1String("kind")).toString() == QLatin1String("user");
        const bool allowed = request.isAdmin()
            || (personal ? ns.value(QLatin1String("owner_id")).toInt() == request.userId()
                         : dir.groupAccess(ns) >= AccessLevel::Developer);
        if (!allowed)
            return Errors::forbidden();
        const QString name = request.string(QStringLiteral("name"), source.value(QLatin1String("name")).toString());
        const QString path = request.string(QStringLiteral("path"), source.value(QLatin1String("path")).toString());
        QJsonObject errors;
        for (const QJsonObject &sibling : api.store.where(Projects, QStringLiteral("namespace_id"), nsId)) {
            if (sibling.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
                errors.insert(QStringLiteral("name"), QJsonArray {QStringLiteral("has already been taken")});
            if (sibling.value(QLatin1String("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
                errors.insert(QStringLiteral("path"), QJsonArray {QStringLiteral("has already been taken")});
        }
        if (!errors.isEmpty())
            return HttpResponse::json(409, QJsonObject {{QStringLiteral("message"), errors}});

        QString visibility = source.value(QLatin1String("visibility")).toString();
        if (!personal
            && Catalog::visibilityRank(visibility)
                > Catalog::visibilityRank(ns.value(QLatin1String("visibility")).toString()))
            visibility = ns.value(QLatin1String("visibility")).toString();
        const QJsonObject created = Catalog::createProject(
            api,
            {{QStringLiteral("name"), name},
             {QStringLiteral("path"), path},
             {QStringLiteral("namespace_id"), nsId},
             {QStringLiteral("visibility"), request.string(QStringLiteral("visibility"), visibility)},
             {QStringLiteral("description"),
              request.string(QStringLiteral("description"), source.value(QLatin1String("description")).toString())},
             {QStringLiteral("default_branch"), source.value(QLatin1String("default_branch"))},
             {QStringLiteral("topics"), source.value(QLatin1String("topics"))}},
            request.userId());
        const int id = created.value(QLatin1String("id")).toInt();
        QString error;
        const int sourceId = source.value(QLatin1String("id")).toInt();
        if (!api.ensureRepository(source, &error) || !api.ensureRepository(api.store.get(Projects, id), &error)) {
            Catalog::deleteProject(api, id);
            return Errors::message(500, error.trimmed());
        }
        const SandboxApi::GitResult fetched
            = api.runGit(id,
                         {QStringLiteral("fetch"), QStringLiteral("--quiet"), api.repositoryPath(sourceId),
                          QStringLiteral("+refs/heads/*:refs/heads/*"), QStringLiteral("+refs/tags/*:refs/tags/*")});
        QJsonObject record = api.store.get(Projects, id);
        record.insert(QStringLiteral("forked_from_project_id"), sourceId);
        record.insert(QStringLiteral("import_status"),
                      fetched.exitCode == 0 ? QStringLiteral("scheduled") : QStringLiteral("failed"));
        record.insert(QStringLiteral("import_error"),
                      fetched.exitCode == 0 ? QJsonValue::Null
                                            : QJsonValue(QString::fromLocal8Bit(fetched.err).trimmed()));
        record.insert(QStringLiteral("_forked_at"), api.now());
        api.store.put(Projects, id, record);

        const Directory fresh(api, request.user);
        QJsonObject out = fresh.projectJson(record, Directory::ProjectView::Full);
        out.insert(QStringLiteral("import_status"), importStatus(api, record));
        out.insert(QStringLiteral("forked_from_project"), fresh.projectJson(source, Directory::ProjectView::Basic));
        return HttpResponse::json(201, out);
    });

    r.add("GET", QStringLiteral("/projects/:id/import"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        const QJsonObject project = api.findProject(request.pathParam(QStringLiteral("id")));
        if (project.isEmpty() || !dir.canReadProject(project))
            return Errors::notFound(QStringLiteral("Project"));
        return HttpResponse::json(
            200,
            QJsonObject {
                {QStringLiteral("id"), project.value(QLatin1String("id"))},
                {QStringLiteral("description"), project.value(QLatin1String("description"))},
                {QStringLiteral("name"), project.value(QLatin1String("name"))},
                {QStringLiteral("path"), project.value(QLatin1String("path"))},
                {QStringLiteral("path_with_namespace"), dir.projectFullPath(project)},
                {QStringLiteral("import_status"), importStatus(api, project)},
                {QStringLiteral("import_type"),
                 project.contains(QLatin1String("forked_from_project_id"))
                     ? QJsonValue(QStringLiteral("gitlab_project"))
                     : QJsonValue::Null},
                {QStringLiteral("correlation_id"), QStringLiteral("sandbox")},
                {QStringLiteral("failed_relations"), QJsonArray {}},
                {QStringLiteral("import_error"),
                 project.value(QLatin1String("import_error")).isString() ? project.value(QLatin1String("import_error"))
                                                                         : QJsonValue::Null},
            });
    });
}

} // namespace LabDesk::Sandbox
