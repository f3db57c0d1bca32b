#include "hostkey.h"

namespace LabDesk::Git {

QString HostKeyInfo::displayHost() const
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

} // namespace LabDesk::Git
