#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace LabDesk::Cli {

// Runs one labctl command line (without the program name) and returns the exit code:
// 0 ok, 1 findings (a failed doctor check, ...), 2 usage or I/O error.
int run(const QStringList &args);

class Labctl
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Labctl)
};

} // namespace LabDesk::Cli
