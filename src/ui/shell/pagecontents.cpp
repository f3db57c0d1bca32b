#include "pagecontents.h"

#include "featurepage.h"

#include "admin/adminview.h"
#include "clones/clonesview.h"
#include "projects/projectsview.h"
#include "sshkeys/sshkeysview.h"

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
        if (name == QLatin1String("ssh-keys"))
            page->setContent(new SshKeysView(context, page));
        if (name == QLatin1String("clones"))
            page->setContent(new ClonesView(context, page), /*needsAccount=*/false);
    }
}

} // namespace LabDesk::Ui
