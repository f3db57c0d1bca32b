// PLACEHOLDER: being written for issue #3; replace this whole file.
#include "modules.h"
namespace LabDesk::Sandbox {
void registerGroupRoutes(SandboxApi &) {}
void seedDemoGroupsAndProjects(SandboxApi &) {}
void seedManyProjects(SandboxApi &, int) {}
} // namespace LabDesk::Sandbox
