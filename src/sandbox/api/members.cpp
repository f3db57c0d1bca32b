// PLACEHOLDER: being written for issue #3; replace this whole file.
#include "modules.h"
namespace LabDesk::Sandbox {
void registerMemberRoutes(SandboxApi &) {}
} // namespace LabDesk::Sandbox
