#pragma once

#include <QString>
#include <QStringList>
#include <QJsonObject>

namespace LabDesk::Sandbox {

class SandboxApi;

// Each API module registers its routes and contributes to the demo seed. SandboxServer calls the
// register functions once at start, in this order, and the seed functions only on an empty store.
void registerUserRoutes(SandboxApi &api);     // api/users.cpp: version, user(s), approval, tokens
void registerGroupRoutes(SandboxApi &api);    // api/groups.cpp: groups, subgroups, namespaces
void registerProjectRoutes(SandboxApi &api);  // api/projects.cpp: projects, branches, files, commits
void registerMemberRoutes(SandboxApi &api);   // api/members.cpp: members, access requests (groups and projects)
void registerKeyRoutes(SandboxApi &api);      // api/keys.cpp: user SSH keys
void registerPipelineRoutes(SandboxApi &api); // api/pipelines.cpp: pipelines, jobs, traces, lint, simulation
void registerRunnerRoutes(SandboxApi &api);   // api/runners.cpp: runners, managers, registration
void registerGitRoutes(SandboxApi &api);      // api/git.cpp: smart HTTP via git http-backend
void registerForkRoutes(SandboxApi &api);     // api/forks.cpp: forks and import status (from registerProjectRoutes)

void seedDemoUsers(SandboxApi &api);
void seedDemoGroupsAndProjects(SandboxApi &api);
void seedDemoKeys(SandboxApi &api);
void seedDemoRunners(SandboxApi &api);
void seedDemoPipelines(SandboxApi &api);
// projects:N — N projects (public, internal and private) in a few groups, for pagination tests
// and benchmarks; no repositories are created for them until first used.
void seedManyProjects(SandboxApi &api, int count);

// Shared helpers other modules and seeds use.
// Creates an active (or `state`) user with a personal namespace; returns the stored record.
QJsonObject createUser(SandboxApi &api, const QString &username, const QString &name, const QString &email,
                       bool admin = false, const QString &state = QStringLiteral("active"));
// Creates a personal access token for `userId`; `plaintext` empty: a new random one. Returns the
// plaintext; the store keeps only its SHA-256 digest.
QString createPersonalAccessToken(SandboxApi &api, int userId, const QString &name, const QStringList &scopes,
                                  const QString &expiresAt = {}, const QString &plaintext = {});

} // namespace LabDesk::Sandbox
