#include "pagecontents.h"

#include "featurepage.h"

#include "cieditor/cieditorview.h"

#include <QList>

namespace LabDesk::Ui {

void installPageContents(const Context &context, const QList<FeaturePage *> &pages)
{
    for (FeaturePage *page : pages) {
        const QString name = page->name();
        // Features add themselves here, e.g.
        //   if (name == QLatin1String("projects"))
        //       page->setContent(new ProjectsView(context, page));
        if (name == QLatin1String("ci-editor"))
            page->setContent(new CiEditor::CiEditorView(context, page), /*needsAccount=*/false);
    }
}

} // namespace LabDesk::Ui
