#include "pagecatalog.h"

#include "featurepage.h"
#include "widgets/emptystate.h"

namespace LabDesk::Ui {

namespace {

struct PageText
{
    const char *name;
    const char *icon;
    QString title;
    QString emptyTitle;
    QString emptyBody;
    FeaturePage::FirstStep firstStep;
};

} // namespace

QList<FeaturePage *> PageCatalog::createPages(QWidget *parent)
{
    using Step = FeaturePage::FirstStep;
    const PageText pages[] = {
        {"projects", "projects", tr("Projects"), tr("Sign in to see your projects"),
         tr("Your groups and projects on gitlab.com or your own GitLab server will be listed here, "
            "with their members and access requests."),
         Step::SignIn},
        {"pipelines", "pipelines", tr("Pipelines"), tr("Sign in to follow your pipelines"),
         tr("Pipelines and jobs of your projects will appear here as they run, with job logs of any size."),
         Step::SignIn},
        {"ci-editor", "ci-editor", tr("CI Editor"), tr("Sign in to edit a project's .gitlab-ci.yml"),
         tr("Edit your pipeline as a graph, as forms or as text, all in sync, with warnings for the "
            "classic mistakes before you commit."),
         Step::SignIn},
        {"clones", "clones", tr("Clones"), tr("Sign in to clone your first project"),
         tr("Repositories you clone over HTTPS or SSH will be listed here with their local folders."),
         Step::SignIn},
        {"ssh-keys", "ssh-keys", tr("SSH Keys"), tr("Sign in to manage your SSH keys"),
         tr("The keys on your GitLab account will be listed here. A wizard will generate a key, upload "
            "it and test the connection, even when SSH runs on a port such as 222."),
         Step::SignIn},
        {"runners", "runners", tr("Runners"), tr("Sign in to see your runners"),
         tr("Runners available to your projects will appear here with their status and tags, and you "
            "will get a registration command that works the first time."),
         Step::SignIn},
        {"admin", "admin", tr("Admin"), tr("Sign in as an administrator"),
         tr("Administrators of a self-managed server approve new users and manage instance runners here."),
         Step::SignInAsAdmin},
    };

    QList<FeaturePage *> result;
    for (const PageText &text : pages) {
        auto *page = new FeaturePage(QString::fromLatin1(text.name), QString::fromLatin1(text.icon), parent);
        page->setTitle(text.title);
        page->setFirstStep(text.firstStep);
        page->setSignedOutText(text.emptyTitle, text.emptyBody,
                               text.firstStep == Step::SignInAsAdmin ? tr("Sign In as Administrator…") : tr("Sign In…"));
        result.append(page);
    }
    return result;
}

} // namespace LabDesk::Ui
