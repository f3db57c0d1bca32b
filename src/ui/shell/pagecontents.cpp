#include "pagecontents.h"

#include "featurepage.h"

#include "admin/adminview.h"
#include "cieditor/cieditorview.h"
#include "clones/clonesview.h"
#include "projects/projectsview.h"
#include "sshkeys/sshkeysview.h"

#include <QList>

namespace LabDesk::Ui {

void installPageContents(const Context &context, const QList<FeaturePage *> &pages,
                         const std::function<void(const QString &)> &showPage)
{
    ProjectsView *projects = nullptr;
    ClonesView *clones = nullptr;
    CiEditor::CiEditorView *ciEditor = nullptr;
    for (FeaturePage *page : pages) {
        const QString name = page->name();
        if (name == QLatin1String("projects"))
            page->setContent(projects = new ProjectsView(context, page));
        else if (name == QLatin1String("admin"))
            page->setContent(new AdminView(context, page));
        else if (name == QLatin1String("ssh-keys"))
            page->setContent(new SshKeysView(context, page));
        else if (name == QLatin1String("clones"))
            page->setContent(clones = new ClonesView(context, page), /*needsAccount=*/false);
        else if (name == QLatin1String("ci-editor"))
            page->setContent(ciEditor = new CiEditor::CiEditorView(context, page), /*needsAccount=*/false);
    }

    // Features hand work to each other: Projects > Clone… fills the clone pane; a clone's
    // .gitlab-ci.yml opens in the CI editor.
    if (projects && clones) {
        QObject::connect(projects, &ProjectsView::cloneRequested, clones,
                         [clones, showPage](int, const QString &httpUrl, const QString &sshUrl, const QString &path) {
                             showPage(QStringLiteral("clones"));
                             clones->startClone(httpUrl, sshUrl, path);
                         });
    }
    if (clones && ciEditor) {
        QObject::connect(clones, &ClonesView::openCiFileRequested, ciEditor, [ciEditor, showPage](const QString &path) {
            showPage(QStringLiteral("ci-editor"));
            ciEditor->openFile(path);
        });
    }
}

} // namespace LabDesk::Ui
