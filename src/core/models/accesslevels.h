#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace LabDesk::Models {

// GitLab's access levels (doc/api/members.md) and their translated names.
class AccessLevels
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Models::AccessLevels)

public:
    enum Level {
        NoAccess = 0,
        Minimal = 5,
        Guest = 10,
        Reporter = 20,
        Developer = 30,
        Maintainer = 40,
        Owner = 50,
    };

    // "Developer"; an unknown number is shown as itself.
    static QString name(int level);
    // The levels a member can be given, lowest first (Guest to Owner).
    static QList<int> assignable();
};

} // namespace LabDesk::Models
