// PLACEHOLDER: being written for issue #3; replace this whole file.
#include "modules.h"
namespace LabDesk::Sandbox {
void registerGitRoutes(SandboxApi &) {}
} // namespace LabDesk::Sandbox
