#include "accesslevels.h"

namespace LabDesk::Models {

QString AccessLevels::name(int level)
{
    switch (level) {
    case NoAccess:
        return tr("No access");
    case Minimal:
        return tr("Minimal access");
    case Guest:
        return tr("Guest");
    case Reporter:
        return tr("Reporter");
    case Developer:
        return tr("Developer");
    case Maintainer:
        return tr("Maintainer");
    case Owner:
        return tr("Owner");
    default:
        return QString::number(level);
    }
}

QList<int> AccessLevels::assignable()
{
    return {Guest, Reporter, Developer, Maintainer, Owner};
}

} // namespace LabDesk::Models
