#pragma once

#include <QStringList>

namespace LabDesk::Cli {

// `labctl ci lint|graph|edit|expand|which ...`; returns the exit code (0 ok, 1 findings, 2 usage/IO).
int ci(const QStringList &args);
// The lines `labctl --help` shows for the ci commands.
QString ciUsage();

} // namespace LabDesk::Cli
