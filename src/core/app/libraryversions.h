#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace LabDesk {

// The libraries LabDesk runs on, as the About dialog and `labctl --version --verbose` show them.
// Versions are read at run time where the library can tell (the loaded .so may differ from the
// headers we built against); libgit2's details list its compiled features (HTTPS, SSH, ...).
struct LibraryVersion
{
    QString name;
    QString version;
    QString details;
};

class LibraryVersions
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::LibraryVersions)

public:
    static QList<LibraryVersion> all();
};

} // namespace LabDesk
