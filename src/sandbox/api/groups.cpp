// Groups, subgroups and namespaces, and the seeds for groups and projects.
#include "modules.h"

#include "directory.h"
#include "repository.h"
#include "sandbox/sandboxapi.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace LabDesk::Sandbox {

namespace {

const QString Namespaces = QStringLiteral("namespaces");
const QString Projects = QStringLiteral("projects");
const QString Members = QStringLiteral("members");
const QString AccessRequests = QStringLiteral("access_requests");

HttpResponse groupNotFound()
{
    return Errors::notFound(QStringLiteral("Group"));
}

bool isGroup(const QJsonObject &ns)
{
    return ns.value(QLatin1String("kind")).toString() == QLatin1String("group");
}

int idOf(const QJsonObject &record)
{
    return record.value(QLatin1String("id")).toInt();
}

// Ruby's Hash#inspect of ActiveModel errors, as POST /groups shows them in its message:
// {:path=>["has already been taken"]}.
QString rubyErrors(const QList<QPair<QString, QStringList>> &errors)
{
    QStringList entries;
    for (const auto &[field, messages] : errors) {
        QStringList quoted;
        for (QString message : messages)
            quoted << QLatin1Char('"') + message.replace(QLatin1Char('"'), QLatin1String("\\\"")) + QLatin1Char('"');
        entries << QStringLiteral(":%1=>[%2]").arg(field, quoted.join(QStringLiteral(", ")));
    }
    return QLatin1Char('{') + entries.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// Paths GitLab keeps for its own routes at the top level.
bool isReservedTopLevel(const QString &path)
{
    static const QStringList reserved {
        QStringLiteral("-"),       QStringLiteral("admin"),  QStringLiteral("api"),   QStringLiteral("dashboard"),
        QStringLiteral("explore"), QStringLiteral("groups"), QStringLiteral("help"),  QStringLiteral("projects"),
        QStringLiteral("public"),  QStringLiteral("search"), QStringLiteral("users"), QStringLiteral("assets")};
    return reserved.contains(path.toLower());
}

// GroupsFinder: what GET /groups, /subgroups and /descendant_groups list.
HttpResponse listGroups(SandboxApi &api, ApiRequest &request, const Directory &dir, const QList<int> &scope,
                        bool scoped)
{
    bool ok = true;
    const QString orderBy = Params::choice(
        request, QStringLiteral("order_by"),
        {QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("id"), QStringLiteral("similarity")},
        QStringLiteral("name"), &ok);
    if (!ok)
        return Params::notValid(QStringLiteral("order_by"));
    const QString sort = Params::choice(request, QStringLiteral("sort"),
                                        {QStringLiteral("asc"), QStringLiteral("desc")}, QStringLiteral("asc"), &ok);
    if (!ok)
        return Params::notValid(QStringLiteral("sort"));
    const QString visibility = Params::choice(request, QStringLiteral("visibility"), Params::visibilities(), {}, &ok);
    if (!ok)
        return Params::notValid(QStringLiteral("visibility"));
    const QString minAccess
        = Params::choice(request, QStringLiteral("min_access_level"), Params::accessLevels(), {}, &ok);
    if (!ok)
        return Params::notValid(QStringLiteral("min_access_level"));

    const bool signedIn = request.isAuthenticated();
    // Administrators see every group unless they ask otherwise; others see the groups they
    // belong to, or every group they can read with all_available=true.
    const bool allAvailable = request.boolean(QStringLiteral("all_available"), dir.isAdmin());
    const bool owned = signedIn && request.boolean(QStringLiteral("owned"));
    const int minLevel = signedIn ? minAccess.toInt() : 0;
    const bool topLevelOnly = request.boolean(QStringLiteral("top_level_only"));
    const QString search = request.string(QStringLiteral("search")).toLower();
    QSet<int> skip;
    for (const QString &id : request.list(QStringLiteral("skip_groups")))
        skip.insert(id.toInt());

    QList<QJsonObject> matches;
    const auto consider = [&](const QJsonObject &group) {
        const int id = idOf(group);
        if (!isGroup(group) || skip.contains(id))
            return;
        if (topLevelOnly && group.value(QLatin1String("parent_id")).isDouble())
            return;
        if (!visibility.isEmpty() && group.value(QLatin1String("visibility")).toString() != visibility)
            return;
        if (owned || minLevel > 0) {
            const int level = dir.inheritedGroupLevel(id);
            if ((owned && level < AccessLevel::Owner) || level < minLevel)
                return;
        } else if (!signedIn) {
            if (group.value(QLatin1String("visibility")).toString() != QLatin1String("public"))
                return;
        } else if (!(allAvailable && dir.canReadGroup(group)) && !dir.isRelatedGroup(id)) {
            return;
        }
        if (!search.isEmpty() && !group.value(QLatin1String("name")).toString().toLower().contains(search)
            && !group.value(QLatin1String("path")).toString().toLower().contains(search)
            && !dir.fullPath(id).toLower().contains(search) && !dir.fullName(id).toLower().contains(search))
            return;
        matches.append(group);
    };
    if (scoped) {
        for (int id : scope)
            consider(dir.namespaceRecord(id));
    } else {
        for (const QJsonObject &ns : dir.namespaces())
            consider(ns);
    }

    const QString field = orderBy == QLatin1String("similarity") ? QStringLiteral("name") : orderBy;
    const bool descending = sort == QLatin1String("desc");
    std::sort(matches.begin(), matches.end(), [&field, descending](const QJsonObject &a, const QJsonObject &b) {
        if (field != QLatin1String("id")) {
            const int c = a.value(field).toString().compare(b.value(field).toString(), Qt::CaseInsensitive);
            if (c != 0)
                return descending ? c > 0 : c < 0;
        }
        // Ties by id, ascending, as GitLab adds "id asc" to every group order.
        return field == QLatin1String("id") && descending ? idOf(a) > idOf(b) : idOf(a) < idOf(b);
    });
    return paginate(api, request, matches,
                    [&dir](const QJsonObject &group) { return QJsonValue(dir.groupJson(group)); });
}

// GroupDetail: the group, whom it is shared with and, unless with_projects=false, its own projects.
QJsonObject groupDetailJson(const SandboxApi &api, const Directory &dir, const QJsonObject &group, bool withProjects)
{
    QJsonObject out = dir.groupJson(group);
    const int id = idOf(group);
    out.insert(QStringLiteral("shared_with_groups"), QJsonArray());
    // The runners module owns registration tokens; a group shows one only once it has it.
    if (dir.groupAccess(group) >= AccessLevel::Owner && group.contains(QLatin1String("runners_token")))
        out.insert(QStringLiteral("runners_token"), group.value(QLatin1String("runners_token")));
    if (!group.value(QLatin1String("parent_id")).isDouble())
        out.insert(QStringLiteral("prevent_sharing_groups_outside_hierarchy"), false);
    if (withProjects) {
        QList<QJsonObject> projects;
        for (const QJsonObject &project : api.store.where(Projects, QStringLiteral("namespace_id"), id)) {
            if (dir.canReadProject(project))
                projects.append(project);
        }
        std::sort(projects.begin(), projects.end(),
                  [](const QJsonObject &a, const QJsonObject &b) { return idOf(a) > idOf(b); });
        QJsonArray list;
        for (const QJsonObject &project : projects.mid(0, 100))
            list.append(dir.projectJson(project, Directory::ProjectView::Full));
        out.insert(QStringLiteral("projects"), list);
        out.insert(QStringLiteral("shared_projects"), QJsonArray());
    }
    return out;
}

// The group `:id` names when the caller may see it.
QJsonObject visibleGroup(const SandboxApi &api, const Directory &dir, const ApiRequest &request)
{
    const QJsonObject group = api.findGroup(request.pathParam(QStringLiteral("id")));
    return dir.canReadGroup(group) ? group : QJsonObject();
}

// Another namespace or project already answers at `path` under `parentId` (0: top level).
bool pathTaken(const SandboxApi &api, const Directory &dir, const QString &path, int parentId, int exceptId)
{
    for (const QJsonObject &ns : dir.namespaces()) {
        if (idOf(ns) == exceptId || ns.value(QLatin1String("parent_id")).toInt() != parentId)
            continue;
        if (ns.value(QLatin1String("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (parentId > 0) {
        for (const QJsonObject &project : api.store.where(Projects, QStringLiteral("namespace_id"), parentId)) {
            if (project.value(QLatin1String("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool nameTaken(const Directory &dir, const QString &name, int parentId, int exceptId)
{
    for (const QJsonObject &ns : dir.namespaces()) {
        if (idOf(ns) != exceptId && isGroup(ns) && ns.value(QLatin1String("parent_id")).toInt() == parentId
            && ns.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void deleteGroup(SandboxApi &api, const Directory &dir, int groupId)
{
    const QList<int> subtree = dir.subtree(groupId);
    const QSet<int> ids(subtree.cbegin(), subtree.cend());
    for (const QJsonObject &project : api.store.all(Projects)) {
        if (ids.contains(project.value(QLatin1String("namespace_id")).toInt()))
            Catalog::deleteProject(api, idOf(project));
    }
    for (const QString &collection : {Members, AccessRequests}) {
        for (const QJsonObject &record : api.store.all(collection)) {
            if (record.value(QLatin1String("source_type")).toString() == QLatin1String("Namespace")
                && ids.contains(record.value(QLatin1String("source_id")).toInt()))
                api.store.remove(collection, idOf(record));
        }
    }
    for (int id : subtree)
        api.store.remove(Namespaces, id);
}

QJsonObject namespaceDetailJson(const SandboxApi &api, const Directory &dir, const QJsonObject &ns)
{
    QJsonObject out = dir.namespaceJson(ns);
    if (!isGroup(ns))
        return out;
    const int id = idOf(ns);
    if (dir.groupAccess(ns) >= AccessLevel::Owner) {
        const QList<int> subtree = dir.subtree(id);
        const QSet<int> ids(subtree.cbegin(), subtree.cend());
        QSet<int> users;
        for (const QJsonObject &member : api.store.all(Members)) {
            if (member.value(QLatin1String("source_type")).toString() == QLatin1String("Namespace")
                && ids.contains(member.value(QLatin1String("source_id")).toInt()))
                users.insert(member.value(QLatin1String("user_id")).toInt());
        }
        out.insert(QStringLiteral("members_count_with_descendants"), int(users.size()));
    }
    if (dir.isAdmin()) {
        out.insert(QStringLiteral("root_repository_size"), 0);
        out.insert(QStringLiteral("projects_count"),
                   int(api.store.where(Projects, QStringLiteral("namespace_id"), id).size()));
    }
    return out;
}

} // namespace

void registerGroupRoutes(SandboxApi &api)
{
    Router &r = api.router;

    r.add(
        "GET", QStringLiteral("/groups"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            return listGroups(api, request, dir, {}, false);
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/groups/:id"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject group = visibleGroup(api, dir, request);
            if (group.isEmpty())
                return groupNotFound();
            return HttpResponse::json(
                200, groupDetailJson(api, dir, group, request.boolean(QStringLiteral("with_projects"), true)));
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/groups/:id/subgroups"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject group = visibleGroup(api, dir, request);
            if (group.isEmpty())
                return groupNotFound();
            return listGroups(api, request, dir, dir.children(idOf(group)), true);
        },
        Access::Anonymous);

    r.add(
        "GET", QStringLiteral("/groups/:id/descendant_groups"),
        [&api](ApiRequest &request) {
            const Directory dir(api, request.user);
            const QJsonObject group = visibleGroup(api, dir, request);
            if (group.isEmpty())
                return groupNotFound();
            return listGroups(api, request, dir, dir.subtree(idOf(group)).mid(1), true);
        },
        Access::Anonymous);

    r.add("POST", QStringLiteral("/groups"), [&api](ApiRequest &request) {
        const QString name = request.string(QStringLiteral("name")).trimmed();
        const QString path = request.string(QStringLiteral("path")).trimmed();
        if (name.isEmpty())
            return Errors::missing(QStringLiteral("name"));
        if (path.isEmpty())
            return Errors::missing(QStringLiteral("path"));
        bool ok = true;
        const QString visibility = Params::choice(request, QStringLiteral("visibility"), Params::visibilities(),
                                                  QStringLiteral("private"), &ok);
        if (!ok)
            return Params::notValid(QStringLiteral("visibility"));

        const Directory dir(api, request.user);
        QJsonObject parent;
        if (request.has(QStringLiteral("parent_id"))) {
            parent = api.findGroup(QString::number(request.integer(QStringLiteral("parent_id"))));
            if (!dir.canReadGroup(parent))
                return groupNotFound();
            // subgroup_creation_level defaults to maintainer.
            if (dir.groupAccess(parent) < AccessLevel::Maintainer)
                return Errors::forbidden();
        }
        const int parentId = idOf(parent);
        QList<QPair<QString, QStringList>> errors;
        if (const QString error = Catalog::pathError(path); !error.isEmpty())
            errors.append({QStringLiteral("path"), {error}});
        else if (pathTaken(api, dir, path, parentId, 0))
            errors.append({QStringLiteral("path"), {QStringLiteral("has already been taken")}});
        else if (parentId == 0 && isReservedTopLevel(path))
            errors.append({QStringLiteral("path"), {QStringLiteral("%1 is a reserved name").arg(path)}});
        if (nameTaken(dir, name, parentId, 0))
            errors.append({QStringLiteral("name"), {QStringLiteral("has already been taken")}});
        if (parentId > 0
            && Catalog::visibilityRank(visibility)
                > Catalog::visibilityRank(parent.value(QLatin1String("visibility")).toString()))
            errors.append({QStringLiteral("visibility_level"),
                           {QStringLiteral("%1 is not allowed since the parent group has a %2 visibility.")
                                .arg(visibility, parent.value(QLatin1String("visibility")).toString())}});
        if (!errors.isEmpty())
            return Errors::message(400, QStringLiteral("Failed to save group ") + rubyErrors(errors));

        QJsonObject group = Catalog::createGroup(api, name, path, parentId, visibility,
                                                 request.string(QStringLiteral("description")), request.userId());
        if (request.has(QStringLiteral("request_access_enabled"))) {
            group.insert(QStringLiteral("request_access_enabled"),
                         request.boolean(QStringLiteral("request_access_enabled")));
            api.store.put(Namespaces, idOf(group), group);
        }
        const Directory fresh(api, request.user);
        return HttpResponse::json(201, groupDetailJson(api, fresh, group, false));
    });

    r.add("PUT", QStringLiteral("/groups/:id"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        QJsonObject group = visibleGroup(api, dir, request);
        if (group.isEmpty())
            return groupNotFound();
        if (dir.groupAccess(group) < AccessLevel::Owner)
            return Errors::forbidden();
        bool ok = true;
        const QString visibility = Params::choice(request, QStringLiteral("visibility"), Params::visibilities(),
                                                  group.value(QLatin1String("visibility")).toString(), &ok);
        if (!ok)
            return Params::notValid(QStringLiteral("visibility"));
        const int id = idOf(group);
        const int parentId = group.value(QLatin1String("parent_id")).toInt();
        const QString name = request.string(QStringLiteral("name"), group.value(QLatin1String("name")).toString());
        const QString path = request.string(QStringLiteral("path"), group.value(QLatin1String("path")).toString());
        QJsonObject errors;
        const auto addError = [&errors](const QString &field, const QString &message) {
            QJsonArray list = errors.value(field).toArray();
            list.append(message);
            errors.insert(field, list);
        };
        if (const QString error = Catalog::pathError(path); !error.isEmpty())
            addError(QStringLiteral("path"), error);
        else if (pathTaken(api, dir, path, parentId, id))
            addError(QStringLiteral("path"), QStringLiteral("has already been taken"));
        if (nameTaken(dir, name, parentId, id))
            addError(QStringLiteral("name"), QStringLiteral("has already been taken"));
        const int rank = Catalog::visibilityRank(visibility);
        const QJsonObject parent = dir.namespaceRecord(parentId);
        if (parentId > 0 && rank > Catalog::visibilityRank(parent.value(QLatin1String("visibility")).toString()))
            addError(QStringLiteral("visibility_level"),
                     QStringLiteral("%1 is not allowed since the parent group has a %2 visibility.")
                         .arg(visibility, parent.value(QLatin1String("visibility")).toString()));
        for (const QJsonObject &project : api.store.where(Projects, QStringLiteral("namespace_id"), id)) {
            if (Catalog::visibilityRank(project.value(QLatin1String("visibility")).toString()) > rank) {
                addError(QStringLiteral("visibility_level"),
                         QStringLiteral("%1 is not allowed since this group contains projects with higher visibility.")
                             .arg(visibility));
                break;
            }
        }
        for (int child : dir.children(id)) {
            if (Catalog::visibilityRank(dir.namespaceRecord(child).value(QLatin1String("visibility")).toString())
                > rank) {
                addError(QStringLiteral("visibility_level"),
                         QStringLiteral("%1 is not allowed since there are sub-groups with higher visibility.")
                             .arg(visibility));
                break;
            }
        }
        if (!errors.isEmpty())
            return Errors::validation(errors);
        group.insert(QStringLiteral("name"), name);
        group.insert(QStringLiteral("path"), path);
        group.insert(QStringLiteral("visibility"), visibility);
        if (request.params.contains(QStringLiteral("description")))
            group.insert(QStringLiteral("description"), request.string(QStringLiteral("description")));
        if (request.has(QStringLiteral("request_access_enabled")))
            group.insert(QStringLiteral("request_access_enabled"),
                         request.boolean(QStringLiteral("request_access_enabled")));
        api.store.put(Namespaces, id, group);
        const Directory fresh(api, request.user);
        return HttpResponse::json(200, groupDetailJson(api, fresh, api.store.get(Namespaces, id), true));
    });

    r.add("DELETE", QStringLiteral("/groups/:id"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        const QJsonObject group = visibleGroup(api, dir, request);
        if (group.isEmpty())
            return groupNotFound();
        if (dir.groupAccess(group) < AccessLevel::Owner)
            return Errors::forbidden();
        deleteGroup(api, dir, idOf(group));
        return Errors::message(202, QStringLiteral("202 Accepted"));
    });

    r.add("GET", QStringLiteral("/namespaces"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        const bool ownedOnly = request.boolean(QStringLiteral("owned_only"));
        const bool topLevelOnly = request.boolean(QStringLiteral("top_level_only"));
        const QString search = request.string(QStringLiteral("search")).toLower();
        QList<QJsonObject> matches;
        for (const QJsonObject &ns : dir.namespaces()) {
            const int id = idOf(ns);
            // User#namespaces: the personal namespace and the groups the user is a direct member of.
            if (!dir.isAdmin()) {
                const bool mine = isGroup(ns)
                    ? dir.directGroupLevel(id) >= (ownedOnly ? AccessLevel::Owner : AccessLevel::Guest)
                    : ns.value(QLatin1String("owner_id")).toInt() == request.userId();
                if (!mine)
                    continue;
            } else if (ownedOnly
                       && !(isGroup(ns) ? dir.directGroupLevel(id) >= AccessLevel::Owner
                                        : ns.value(QLatin1String("owner_id")).toInt() == request.userId())) {
                continue;
            }
            if (topLevelOnly && ns.value(QLatin1String("parent_id")).isDouble())
                continue;
            if (!search.isEmpty() && !ns.value(QLatin1String("name")).toString().toLower().contains(search)
                && !ns.value(QLatin1String("path")).toString().toLower().contains(search))
                continue;
            matches.append(ns);
        }
        return paginate(api, request, matches,
                        [&api, &dir](const QJsonObject &ns) { return QJsonValue(namespaceDetailJson(api, dir, ns)); });
    });

    r.add("GET", QStringLiteral("/namespaces/:id"), [&api](ApiRequest &request) {
        const Directory dir(api, request.user);
        const QJsonObject ns = api.findNamespace(request.pathParam(QStringLiteral("id")));
        // read_namespace_via_membership: administrators, the personal namespace's owner, group members.
        const bool readable = !ns.isEmpty()
            && (dir.isAdmin()
                || (isGroup(ns) ? dir.inheritedGroupLevel(idOf(ns)) >= AccessLevel::Guest
                                : ns.value(QLatin1String("owner_id")).toInt() == request.userId()));
        if (!readable)
            return Errors::notFound(QStringLiteral("Namespace"));
        return HttpResponse::json(200, namespaceDetailJson(api, dir, ns));
    });
}

// ---------------------------------------------------------------- seeds

namespace {

struct SeedFile
{
    const char *path;
    const char *content;
};

struct SeedCommit
{
    const char *author;
    int daysAgo;
    int hour;
    const char *message;
    QList<SeedFile> files;
    const char *branch = nullptr; // another branch, started from the default one
};

struct SeedProject
{
    const char *ns;
    const char *name;
    const char *path;
    const char *visibility;
    const char *defaultBranch;
    const char *description;
    QStringList topics;
    QList<SeedCommit> commits;
};

const char *const ApiGatewayCi = R"(# Build, test and ship the gateway.
stages:
  - build
  - test
  - deploy

variables:
  GO_VERSION: "1.22"

default:
  image: golang:${GO_VERSION}

build:
  stage: build
  script:
    - go build -o bin/gateway ./cmd/gateway
  artifacts:
    paths:
      - bin/
    expire_in: 1 week

unit-tests:
  stage: test
  script:
    - go test -race ./...

lint:
  stage: test
  script:
    - go vet ./...
  allow_failure: true

deploy-production:
  stage: deploy
  script:
    - ./scripts/deploy.sh production
  environment:
    name: production
    url: https://gateway.example.com
  only:
    - master
)";

const char *const TerraformCi = R"(stages:
  - build
  - deploy

image: hashicorp/terraform:1.8

validate:
  stage: build
  script:
    - terraform fmt -check -recursive
    - for dir in modules/*/; do (cd "$dir" && terraform init -backend=false && terraform validate); done

publish:
  stage: deploy
  script:
    - ./scripts/publish-modules.sh
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
)";

const char *const ManifestsCi = R"(stages:
  - build
  - deploy

render:
  stage: build
  image: registry.k8s.io/kubectl:v1.30.0
  script:
    - kubectl kustomize base > rendered.yaml
  artifacts:
    paths: [rendered.yaml]

apply-staging:
  stage: deploy
  image: registry.k8s.io/kubectl:v1.30.0
  script:
    - kubectl apply -f rendered.yaml
  environment: staging
  when: manual
)";

const char *const StorefrontCi = R"(stages:
  - build
  - test
  - deploy

cache:
  key: $CI_COMMIT_REF_SLUG
  paths:
    - node_modules/

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths:
      - dist/

test:
  stage: test
  image: node:20
  script:
    - npm test -- --coverage
  coverage: '/Lines\s*:\s*(\d+\.?\d*)%/'

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - ./deploy.sh
  environment: production
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
)";

const char *const DesignSystemCi = R"(stages:
  - build
  - deploy

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build-storybook
  artifacts:
    paths:
      - storybook-static/

pages:
  stage: deploy
  script:
    - mv storybook-static public
  artifacts:
    paths:
      - public
  only:
    - master
)";

const char *const AndroidCi = R"(stages:
  - build
  - test
  - deploy

image: eclipse-temurin:17-jdk

assemble:
  stage: build
  script:
    - ./gradlew assembleDebug
  artifacts:
    paths:
      - app/build/outputs/apk/

unit-tests:
  stage: test
  script:
    - ./gradlew testDebugUnitTest

publish-internal:
  stage: deploy
  script:
    - ./gradlew publishBundle --track internal
  when: manual
)";

const char *const MlCi = R"(stages:
  - build
  - train
  - deploy

install:
  stage: build
  image: python:3.12
  script:
    - pip install -r requirements.txt

train:
  stage: train
  image: pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime
  script:
    - python train.py --epochs 5
  tags:
    - gpu
  artifacts:
    paths:
      - model.pt

deploy-model:
  stage: deploy
  script:
    - echo "Uploading model.pt"
  when: manual
)";

QList<SeedProject> demoProjects()
{
    return {
        {"platform",
         "API Gateway",
         "api-gateway",
         "public",
         "main",
         "Edge gateway: routing, authentication and rate limiting for every public API.",
         {QStringLiteral("go"), QStringLiteral("api")},
         {
             {"alice",
              35,
              10,
              "Initial commit",
              {{"README.md", "# API Gateway\n\nRoutes public traffic to the platform's services.\n"},
               {"go.mod", "module example.com/platform/api-gateway\n\ngo 1.22\n"},
               {"cmd/gateway/main.go",
                "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc main() "
                "{\n\tlog.Fatal(http.ListenAndServe(\":8080\", nil))\n}\n"}}},
             {"bob",
              30,
              15,
              "Add rate limiter middleware",
              {{"internal/ratelimit/limiter.go",
                "package ratelimit\n\n// Limiter allows n requests per second per client.\ntype Limiter struct "
                "{\n\tRate int\n}\n"}}},
             {"alice", 21, 11, "Add CI pipeline", {{".gitlab-ci.yml", ApiGatewayCi}}},
             {"carol",
              9,
              16,
              "Document configuration\n\nExplain the environment variables the gateway reads.",
              {{"README.md",
                "# API Gateway\n\nRoutes public traffic to the platform's services.\n\n## Configuration\n\n"
                "| Variable | Default |\n|---|---|\n| `GATEWAY_PORT` | 8080 |\n| `RATE_LIMIT` | 100 |\n"}}},
             {"bob",
              3,
              9,
              "Rotate JWT signing keys",
              {{"internal/auth/keys.go", "package auth\n\n// Keys rotate every 24 hours.\nconst RotationHours = 24\n"}},
              "feature/jwt-rotation"},
         }},
        {"platform/infra",
         "Terraform Modules",
         "terraform-modules",
         "internal",
         "main",
         "Reusable Terraform modules for networks, clusters and peering.",
         {QStringLiteral("terraform")},
         {
             {"bob",
              40,
              14,
              "Initial commit",
              {{"README.md", "# Terraform modules\n\nShared building blocks for our cloud accounts.\n"},
               {"modules/network/main.tf",
                "variable \"cidr\" {\n  type = string\n}\n\nresource \"aws_vpc\" \"this\" {\n  cidr_block = "
                "var.cidr\n}\n"}}},
             {"bob", 26, 10, "Validate modules in CI", {{".gitlab-ci.yml", TerraformCi}}},
             {"carol",
              12,
              17,
              "Add VPC peering module",
              {{"modules/peering/main.tf", "variable \"peer_vpc_id\" {\n  type = string\n}\n"}}},
         }},
        {"platform/infra",
         "Kubernetes Manifests",
         "k8s-manifests",
         "private",
         "main",
         "Deployment manifests for the staging and production clusters.",
         {QStringLiteral("kubernetes")},
         {
             {"carol",
              28,
              11,
              "Initial commit",
              {{"README.md", "# Kubernetes manifests\n\nRendered with kustomize, applied by CI.\n"},
               {"base/deployment.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gateway\nspec:\n  replicas: 2\n"}}},
             {"carol", 15, 13, "Render and apply from CI", {{".gitlab-ci.yml", ManifestsCi}}},
             {"bob",
              2,
              18,
              "Bump gateway replicas to 4",
              {{"base/deployment.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gateway\nspec:\n  replicas: 4\n"}}},
         }},
        {"web",
         "Storefront",
         "storefront",
         "public",
         "main",
         "The customer-facing web shop.",
         {QStringLiteral("javascript"), QStringLiteral("web")},
         {
             {"carol",
              38,
              9,
              "Initial commit",
              {{"README.md", "# Storefront\n\n```\nnpm ci && npm start\n```\n"},
               {"package.json",
                "{\n  \"name\": \"storefront\",\n  \"version\": \"1.0.0\",\n  \"scripts\": {\"build\": \"vite build\", "
                "\"test\": \"vitest\"}\n}\n"},
               {"src/index.js", "import { render } from './app.js';\n\nrender(document.getElementById('root'));\n"}}},
             {"alice", 25, 14, "Add CI pipeline", {{".gitlab-ci.yml", StorefrontCi}}},
             {"carol",
              7,
              10,
              "Add product grid",
              {{"src/components/ProductGrid.js",
                "export function ProductGrid({ products }) {\n  return products.map((p) => p.name);\n}\n"}}},
             {"alice",
              1,
              19,
              "WIP: new checkout flow",
              {{"src/checkout.js", "export function checkout(cart) {\n  return cart.items.length > 0;\n}\n"}},
              "feature/checkout-redesign"},
         }},
        {"web",
         "Design System",
         "design-system",
         "internal",
         "master",
         "Colours, type and components shared by every web app.",
         {QStringLiteral("design")},
         {
             {"carol",
              45,
              11,
              "Initial commit",
              {{"README.md", "# Design system\n\nTokens and Storybook for our components.\n"},
               {"tokens/colors.json", "{\n  \"primary\": \"#1f75cb\",\n  \"danger\": \"#dd2b0e\"\n}\n"}}},
             {"carol", 20, 15, "Publish Storybook to Pages", {{".gitlab-ci.yml", DesignSystemCi}}},
             {"alice",
              6,
              12,
              "Add dark palette",
              {{"tokens/colors.json",
                "{\n  \"primary\": \"#1f75cb\",\n  \"danger\": \"#dd2b0e\",\n  \"dark\": {\"background\": "
                "\"#1f1e24\"}\n}\n"}}},
         }},
        {"mobile",
         "Android App",
         "android-app",
         "private",
         "main",
         "The Android client.",
         {QStringLiteral("android"), QStringLiteral("kotlin")},
         {
             {"bob",
              33,
              10,
              "Initial commit",
              {{"README.md", "# Android app\n\nBuild with `./gradlew assembleDebug`.\n"},
               {"settings.gradle", "rootProject.name = 'android-app'\ninclude ':app'\n"},
               {"app/build.gradle", "plugins {\n    id 'com.android.application'\n}\n"}}},
             {"bob", 18, 16, "Build and test in CI", {{".gitlab-ci.yml", AndroidCi}}},
             {"carol",
              4,
              11,
              "Fix crash on rotation",
              {{"app/src/main/java/com/example/app/MainActivity.kt",
                "package com.example.app\n\nclass MainActivity {\n    // Keep state across configuration "
                "changes.\n}\n"}}},
         }},
        {"alice",
         "dotfiles",
         "dotfiles",
         "public",
         "main",
         "My shell and editor configuration.",
         {},
         {
             {"alice",
              50,
              21,
              "Initial commit",
              {{"README.md", "# dotfiles\n\nSymlink what you need.\n"},
               {".vimrc", "set number\nset expandtab shiftwidth=4\n"},
               {".bashrc", "export EDITOR=vim\nalias ll='ls -l'\n"}}},
             {"alice", 10, 22, "Add tmux config", {{".tmux.conf", "set -g mouse on\n"}}},
         }},
        {"alice",
         "ML Playground",
         "ml-playground",
         "private",
         "main",
         "Experiments with small models.",
         {QStringLiteral("python")},
         {
             {"alice",
              16,
              20,
              "Initial commit",
              {{"README.md", "# ML playground\n\nTrain with `python train.py`.\n"},
               {"requirements.txt", "torch==2.3.0\nnumpy\n"},
               {"train.py",
                "import torch\n\nLEARNING_RATE = 1e-3\n\nif __name__ == '__main__':\n    print('training')\n"}}},
             {"alice", 8, 21, "Train on the GPU runner", {{".gitlab-ci.yml", MlCi}}},
             {"alice",
              5,
              23,
              "Tune learning rate",
              {{"train.py",
                "import torch\n\nLEARNING_RATE = 3e-4\n\nif __name__ == '__main__':\n    print('training')\n"}}},
         }},
    };
}

// Commit times in the authors' own time zone (UTC+8), on whole days before now.
QDateTime seedTime(const SandboxApi &api, int daysAgo, int hour)
{
    const QDateTime local = api.currentTime().toOffsetFromUtc(8 * 3600).addDays(-daysAgo);
    return QDateTime(local.date(), QTime(hour % 24, (daysAgo * 7) % 60), Qt::OffsetFromUTC, 8 * 3600);
}

} // namespace

void seedDemoGroupsAndProjects(SandboxApi &api)
{
    QHash<QString, QJsonObject> users;
    for (const char *name : {"root", "alice", "bob", "carol"})
        users.insert(QString::fromLatin1(name), api.findUser(QString::fromLatin1(name)));
    const auto userId = [&users](const char *name) {
        return idOf(users.value(QString::fromLatin1(name)));
    };
    const auto backdate = [&api](const QString &collection, int id, const QDateTime &when) {
        QJsonObject record = api.store.get(collection, id);
        record.insert(QStringLiteral("created_at"), SandboxApi::iso(when));
        api.store.put(collection, id, record);
    };

    // Groups: the creator becomes Owner; the others join at various levels.
    const QJsonObject platform
        = Catalog::createGroup(api, QStringLiteral("Platform"), QStringLiteral("platform"), 0, QStringLiteral("public"),
                               QStringLiteral("Services everyone builds on."), userId("alice"));
    Catalog::addMember(api, QStringLiteral("Namespace"), idOf(platform), userId("bob"), AccessLevel::Maintainer,
                       userId("alice"));
    Catalog::addMember(api, QStringLiteral("Namespace"), idOf(platform), userId("carol"), AccessLevel::Developer,
                       userId("alice"));
    const QJsonObject infra = Catalog::createGroup(api, QStringLiteral("Infrastructure"), QStringLiteral("infra"),
                                                   idOf(platform), QStringLiteral("internal"),
                                                   QStringLiteral("Clusters, networks and their code."), userId("bob"));
    Catalog::addMember(api, QStringLiteral("Namespace"), idOf(infra), userId("carol"), AccessLevel::Maintainer,
                       userId("bob"));
    const QJsonObject web
        = Catalog::createGroup(api, QStringLiteral("Web"), QStringLiteral("web"), 0, QStringLiteral("internal"),
                               QStringLiteral("Web applications and their design system."), userId("carol"));
    Catalog::addMember(api, QStringLiteral("Namespace"), idOf(web), userId("alice"), AccessLevel::Developer,
                       userId("carol"));
    const QJsonObject mobile
        = Catalog::createGroup(api, QStringLiteral("Mobile"), QStringLiteral("mobile"), 0, QStringLiteral("private"),
                               QStringLiteral("Android and iOS clients."), userId("bob"));
    Catalog::addMember(api, QStringLiteral("Namespace"), idOf(mobile), userId("carol"), AccessLevel::Reporter,
                       userId("bob"), api.currentTime().addDays(30).date().toString(Qt::ISODate));
    Catalog::addMember(api, QStringLiteral("Namespace"), idOf(mobile), userId("alice"), AccessLevel::Guest,
                       userId("bob"));
    backdate(Namespaces, idOf(platform), seedTime(api, 60, 9));
    backdate(Namespaces, idOf(infra), seedTime(api, 55, 10));
    backdate(Namespaces, idOf(web), seedTime(api, 58, 11));
    backdate(Namespaces, idOf(mobile), seedTime(api, 52, 14));

    const Directory dir(api, {});
    QHash<QString, int> namespaceIds;
    for (const QJsonObject &ns : dir.namespaces())
        namespaceIds.insert(dir.fullPath(idOf(ns)), idOf(ns));

    QHash<QString, int> projectIds;
    for (const SeedProject &seed : demoProjects()) {
        const QString nsPath = QString::fromLatin1(seed.ns);
        const QJsonObject ns = dir.namespaceRecord(namespaceIds.value(nsPath));
        const SeedCommit &first = seed.commits.constFirst();
        const QDateTime created = seedTime(api, first.daysAgo, first.hour - 1);
        const QJsonObject project
            = Catalog::createProject(api,
                                     {{QStringLiteral("name"), QString::fromUtf8(seed.name)},
                                      {QStringLiteral("path"), QString::fromLatin1(seed.path)},
                                      {QStringLiteral("namespace_id"), idOf(ns)},
                                      {QStringLiteral("visibility"), QString::fromLatin1(seed.visibility)},
                                      {QStringLiteral("default_branch"), QString::fromLatin1(seed.defaultBranch)},
                                      {QStringLiteral("description"), QString::fromUtf8(seed.description)},
                                      {QStringLiteral("topics"), QJsonArray::fromStringList(seed.topics)},
                                      {QStringLiteral("created_at"), SandboxApi::iso(created)}},
                                     userId(first.author));
        const int id = idOf(project);
        projectIds.insert(nsPath + QLatin1Char('/') + QString::fromLatin1(seed.path), id);
        if (!api.ensureRepository(project))
            continue;

        // One fast-import per project: the demo must start in a moment, not spawn git per step.
        QList<Repository::ImportCommit> history;
        QDateTime last = created;
        for (const SeedCommit &step : seed.commits) {
            const QJsonObject author = users.value(QString::fromLatin1(step.author));
            const QDateTime when = seedTime(api, step.daysAgo, step.hour);
            Repository::ImportCommit commit;
            commit.branch = step.branch ? QString::fromLatin1(step.branch) : QString::fromLatin1(seed.defaultBranch);
            commit.startBranch = QString::fromLatin1(seed.defaultBranch);
            commit.message = QString::fromUtf8(step.message);
            commit.author = {author.value(QLatin1String("name")).toString(),
                             author.value(QLatin1String("email")).toString(), when};
            commit.committer = commit.author;
            for (const SeedFile &file : step.files)
                commit.files.append({QString::fromLatin1(file.path), QByteArray(file.content)});
            history.append(commit);
            last = qMax(last, when);
        }
        Repository(api, id).importHistory(history);
        QJsonObject stored = api.store.get(Projects, id);
        stored.insert(QStringLiteral("last_activity_at"), SandboxApi::iso(last));
        stored.insert(QStringLiteral("updated_at"), SandboxApi::iso(last));
        api.store.put(Projects, id, stored);
    }

    // Project members beyond the groups', and requests waiting for an owner or maintainer.
    Catalog::addMember(api, QStringLiteral("Project"), projectIds.value(QStringLiteral("web/storefront")),
                       userId("bob"), AccessLevel::Developer, userId("carol"));
    Catalog::addMember(api, QStringLiteral("Project"), projectIds.value(QStringLiteral("alice/ml-playground")),
                       userId("bob"), AccessLevel::Reporter, userId("alice"));
    const auto request = [&api](const QString &sourceType, int sourceId, int user, int daysAgo) {
        const int id = api.store.nextId(AccessRequests);
        api.store.put(AccessRequests, id,
                      {{QStringLiteral("source_type"), sourceType},
                       {QStringLiteral("source_id"), sourceId},
                       {QStringLiteral("user_id"), user},
                       {QStringLiteral("requested_at"), SandboxApi::iso(api.currentTime().addDays(-daysAgo))}});
    };
    request(QStringLiteral("Namespace"), idOf(web), userId("bob"), 2);
    request(QStringLiteral("Project"), projectIds.value(QStringLiteral("alice/dotfiles")), userId("carol"), 4);
    request(QStringLiteral("Project"), projectIds.value(QStringLiteral("alice/dotfiles")), userId("bob"), 1);
}

void seedManyProjects(SandboxApi &api, int count)
{
    const int root = idOf(api.findUser(QStringLiteral("root")));
    struct Bucket
    {
        QJsonObject group;
        int maxRank;
    };
    const QJsonObject acme = Catalog::createGroup(api, QStringLiteral("Acme"), QStringLiteral("acme"), 0,
                                                  QStringLiteral("public"), QStringLiteral("Acme Corporation"), root);
    QList<Bucket> buckets {
        {acme, 20},
        {Catalog::createGroup(api, QStringLiteral("Backend"), QStringLiteral("backend"), idOf(acme),
                              QStringLiteral("internal"), {}, root),
         10},
        {Catalog::createGroup(api, QStringLiteral("Frontend"), QStringLiteral("frontend"), idOf(acme),
                              QStringLiteral("public"), {}, root),
         20},
        {Catalog::createGroup(api, QStringLiteral("Labs"), QStringLiteral("labs"), 0, QStringLiteral("private"), {},
                              root),
         0},
        {Catalog::createGroup(api, QStringLiteral("Archive"), QStringLiteral("archive"), 0, QStringLiteral("internal"),
                              {}, root),
         10},
    };
    const QStringList visibilities {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("private")};
    // Creation times one minute apart, oldest first, so ids and created_at agree.
    const QDateTime start = api.currentTime().addSecs(-60LL * count);
    for (int i = 1; i <= count; ++i) {
        const Bucket &bucket = buckets.at(i % buckets.size());
        QString visibility = visibilities.at(i % visibilities.size());
        if (Catalog::visibilityRank(visibility) > bucket.maxRank)
            visibility = bucket.maxRank == 0 ? QStringLiteral("private") : QStringLiteral("internal");
        const QString created = SandboxApi::iso(start.addSecs(60LL * i));
        Catalog::createProject(api,
                               {{QStringLiteral("name"), QStringLiteral("Project %1").arg(i, 5, 10, QLatin1Char('0'))},
                                {QStringLiteral("path"), QStringLiteral("project-%1").arg(i, 5, 10, QLatin1Char('0'))},
                                {QStringLiteral("namespace_id"), idOf(bucket.group)},
                                {QStringLiteral("visibility"), visibility},
                                {QStringLiteral("description"), QStringLiteral("Generated project number %1.").arg(i)},
                                {QStringLiteral("archived"), i % 97 == 0},
                                {QStringLiteral("created_at"), created}},
                               root);
    }
}

} // namespace LabDesk::Sandbox
