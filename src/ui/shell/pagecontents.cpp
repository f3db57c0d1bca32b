#include "pagecontents.h"

#include "featurepage.h"

#include "admin/adminview.h"
#include "projects/projectsview.h"

#include <QList>

namespace LabDesk::Ui {

void installPageContents(const Context &context, const QList<FeaturePage *> &pages)
{
    for (FeaturePage *page : pages) {
        const QString name = page->name();
        if (name == QLatin1String("projects"))
            page->setContent(new ProjectsView(context, page));
        if (name == QLatin1String("admin"))
            page->setContent(new AdminView(context, page));
        // Features add themselves here, e.g.
        //   if (name == QLatin1String("projects"))
        //       page->setContent(new ProjectsView(context, page));
        Q_UNUSED(context)
        Q_UNUSED(name)
    }
}

} // namespace LabDesk::Ui
