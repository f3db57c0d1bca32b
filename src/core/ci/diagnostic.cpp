#include "diagnostic.h"

namespace LabDesk::Ci {

QJsonObject Diagnostic::toJson() const
{
    QJsonObject object {{QStringLiteral("line"), line},
                        {QStringLiteral("column"), column},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("message"), message}};
    if (!job.isEmpty())
        object.insert(QStringLiteral("job"), job);
    if (!file.isEmpty())
        object.insert(QStringLiteral("file"), file);
    return object;
}

} // namespace LabDesk::Ci
