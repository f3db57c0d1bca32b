// PLACEHOLDER: being written for issue #3; replace this whole file.
#include "modules.h"
namespace LabDesk::Sandbox {
void registerRunnerRoutes(SandboxApi &) {}
void seedDemoRunners(SandboxApi &) {}
} // namespace LabDesk::Sandbox
