#include "ciserver.h"

#include "core/api/gitlabclient.h"
#include "core/api/request.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace LabDesk::Ui::CiEditor {

using Api::encodeId;
using Api::Request;

CiServerSession::CiServerSession(QObject *parent)
    : QObject(parent)
{
}

void CiServerSession::setClient(Api::GitLabClient *client)
{
    m_client = client;
}

void CiServerSession::listProjects()
{
    if (!m_client) {
        Q_EMIT failed(tr("Sign in to open files from a server."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("membership"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("order_by"), QStringLiteral("last_activity_at"));
    query.addQueryItem(QStringLiteral("simple"), QStringLiteral("true"));
    Request request = Request::get(QStringLiteral("/projects"), query);
    request.paging = Request::Paging::Offset;
    auto *call = m_client->fetchAll(request, 2, 5);
    auto projects = std::make_shared<QVector<ProjectEntry>>();
    connect(call, &Api::PagedCall::pageReceived, this, [projects](const QJsonArray &items, int) {
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            projects->append({QString::number(o.value(QLatin1String("id")).toInteger()),
                              o.value(QLatin1String("path_with_namespace")).toString(),
                              o.value(QLatin1String("default_branch")).toString()});
        }
    });
    connect(call, &Api::PagedCall::finished, this, [this, projects](const Api::ApiError &error) {
        if (error.isError())
            Q_EMIT failed(error.userMessage());
        else
            Q_EMIT projectsListed(*projects);
    });
}

void CiServerSession::listBranches(const QString &project)
{
    if (!m_client)
        return;
    Request request = Request::get(QStringLiteral("/projects/%1/repository/branches").arg(encodeId(project)));
    request.paging = Request::Paging::Offset;
    auto *call = m_client->fetchAll(request, 2, 10);
    auto branches = std::make_shared<QStringList>();
    auto defaultBranch = std::make_shared<QString>();
    connect(call, &Api::PagedCall::pageReceived, this, [branches, defaultBranch](const QJsonArray &items, int) {
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            branches->append(o.value(QLatin1String("name")).toString());
            if (o.value(QLatin1String("default")).toBool())
                *defaultBranch = branches->constLast();
        }
    });
    connect(call, &Api::PagedCall::finished, this, [this, branches, defaultBranch](const Api::ApiError &error) {
        if (error.isError())
            Q_EMIT failed(error.userMessage());
        else
            Q_EMIT branchesListed(*branches, *defaultBranch);
    });
}

void CiServerSession::fetchFile(const RemoteFile &base, const std::function<void(const RemoteFile &)> &done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ref"), base.branch);
    auto *call = m_client->send(Request::get(
        QStringLiteral("/projects/%1/repository/files/%2").arg(encodeId(base.project), encodeId(base.filePath)), query));
    connect(call, &Api::Call::finished, this, [this, base, done](const Api::Response &response) {
        if (response.error.isError()) {
            Q_EMIT failed(response.error.isNotFound()
                              ? tr("%1 does not exist on branch %2.").arg(base.filePath, base.branch)
                              : response.error.userMessage());
            return;
        }
        const QJsonObject o = response.json.object();
        RemoteFile file = base;
        file.lastCommitId = o.value(QLatin1String("last_commit_id")).toString();
        const QByteArray content = o.value(QLatin1String("content")).toString().toLatin1();
        file.content = o.value(QLatin1String("encoding")).toString() == QLatin1String("base64")
                           ? QByteArray::fromBase64(content)
                           : o.value(QLatin1String("content")).toString().toUtf8();
        done(file);
    });
}

void CiServerSession::open(const QString &project, const QString &branch, const QString &filePath)
{
    if (!m_client) {
        Q_EMIT failed(tr("Sign in to open files from a server."));
        return;
    }
    RemoteFile base;
    base.project = project;
    base.projectPath = project;
    base.branch = branch;
    base.filePath = filePath;
    fetchFile(base, [this](const RemoteFile &file) { Q_EMIT opened(file); });
}

void CiServerSession::commit(const RemoteFile &file, const QByteArray &content, const QString &message)
{
    if (!m_client) {
        Q_EMIT failed(tr("Sign in to commit to the server."));
        return;
    }
    QJsonObject body{
        {QStringLiteral("branch"), file.branch},
        {QStringLiteral("content"), QString::fromLatin1(content.toBase64())},
        {QStringLiteral("encoding"), QStringLiteral("base64")},
        {QStringLiteral("commit_message"), message},
    };
    if (!file.lastCommitId.isEmpty())
        body.insert(QStringLiteral("last_commit_id"), file.lastCommitId);
    const QString path = QStringLiteral("/projects/%1/repository/files/%2").arg(encodeId(file.project), encodeId(file.filePath));
    auto *call = m_client->send(file.lastCommitId.isEmpty() ? Request::post(path, body) : Request::put(path, body));
    connect(call, &Api::Call::finished, this, [this, file, content](const Api::Response &response) {
        if (response.error.isError()) {
            const bool stale = response.error.status == 400
                               && (response.error.message.contains(QLatin1String("changed since"))
                                   || response.error.message.contains(QLatin1String("already exists")));
            if (stale) {
                fetchFile(file, [this](const RemoteFile &theirs) { Q_EMIT conflict(theirs); });
                return;
            }
            Q_EMIT failed(response.error.userMessage());
            return;
        }
        fetchFile(file, [this](const RemoteFile &updated) { Q_EMIT committed(updated); });
    });
}

void CiServerSession::lint(const QString &project, const QByteArray &content, const QString &ref)
{
    if (!m_client) {
        Q_EMIT failed(tr("Sign in to lint on the server."));
        return;
    }
    QJsonObject body{
        {QStringLiteral("content"), QString::fromUtf8(content)},
        {QStringLiteral("dry_run"), true},
        {QStringLiteral("include_jobs"), true},
    };
    if (!ref.isEmpty())
        body.insert(QStringLiteral("ref"), ref);
    auto *call = m_client->send(Request::post(QStringLiteral("/projects/%1/ci/lint").arg(encodeId(project)), body));
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        if (response.error.isError()) {
            Q_EMIT failed(response.error.userMessage());
            return;
        }
        const QJsonObject o = response.json.object();
        LintResult result;
        result.valid = o.value(QLatin1String("valid")).toBool();
        for (const QJsonValue &e : o.value(QLatin1String("errors")).toArray())
            result.errors << e.toString();
        for (const QJsonValue &w : o.value(QLatin1String("warnings")).toArray())
            result.warnings << w.toString();
        result.mergedYaml = o.value(QLatin1String("merged_yaml")).toString();
        for (const QJsonValue &j : o.value(QLatin1String("jobs")).toArray()) {
            const QJsonObject job = j.toObject();
            result.jobs << QStringLiteral("%1: %2 (%3)")
                               .arg(job.value(QLatin1String("stage")).toString(), job.value(QLatin1String("name")).toString(),
                                    job.value(QLatin1String("when")).toString());
        }
        Q_EMIT linted(result);
    });
}

void CiServerSession::loadContext(const QString &project)
{
    if (!m_client)
        return;
    auto context = std::make_shared<Ci::ValidationContext>();
    auto tags = std::make_shared<QSet<QString>>();
    auto pending = std::make_shared<int>(2);
    auto finishOne = [this, context, tags, pending] {
        if (--*pending == 0) {
            QStringList list(tags->cbegin(), tags->cend());
            list.sort();
            Q_EMIT contextLoaded(*context, list);
        }
    };
    connect(this, &CiServerSession::branchesListed, this, [context, finishOne, this](const QStringList &branches, const QString &def) {
        context->branches = branches;
        context->defaultBranch = def;
        disconnect(this, &CiServerSession::branchesListed, this, nullptr);
        finishOne();
    });
    listBranches(project);
    // Runners of the project, with their tags (GET /runners/:id has tag_list).
    Request request = Request::get(QStringLiteral("/projects/%1/runners").arg(encodeId(project)));
    auto *call = m_client->send(request);
    connect(call, &Api::Call::finished, this, [this, context, tags, finishOne](const Api::Response &response) {
        if (response.error.isError()) {
            finishOne();
            return;
        }
        const QJsonArray runners = response.json.array();
        context->runnersKnown = true;
        auto left = std::make_shared<int>(0);
        for (const QJsonValue &value : runners) {
            const QJsonObject runner = value.toObject();
            if (runner.value(QLatin1String("paused")).toBool() || !runner.value(QLatin1String("active")).toBool(true))
                continue;
            ++*left;
            auto *detail = m_client->send(Request::get(QStringLiteral("/runners/%1").arg(runner.value(QLatin1String("id")).toInteger())));
            connect(detail, &Api::Call::finished, this, [context, tags, left, finishOne](const Api::Response &r) {
                if (!r.error.isError()) {
                    const QJsonObject o = r.json.object();
                    Ci::ValidationContext::Runner entry;
                    for (const QJsonValue &tag : o.value(QLatin1String("tag_list")).toArray()) {
                        entry.tags << tag.toString();
                        tags->insert(tag.toString());
                    }
                    entry.runUntagged = o.value(QLatin1String("run_untagged")).toBool();
                    context->runners.append(entry);
                }
                if (--*left == 0)
                    finishOne();
            });
        }
        if (*left == 0)
            finishOne();
    });
}

} // namespace LabDesk::Ui::CiEditor
