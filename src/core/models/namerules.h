#pragma once

#include <QCoreApplication>
#include <QString>

namespace LabDesk::Models {

// GitLab's rules for the names and paths of groups and projects, checked as the user types so the
// form can say what is wrong before the server does. Each check returns an empty string when the
// text is acceptable, else one translated sentence.
class NameRules
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Models::NameRules)

public:
    static QString projectNameError(const QString &name);
    static QString groupNameError(const QString &name);
    // Paths (URL segments) of both groups and projects.
    static QString pathError(const QString &path);
    // The path GitLab would suggest for a name: "My Project!" -> "my-project".
    static QString pathFromName(const QString &name);
};

} // namespace LabDesk::Models
