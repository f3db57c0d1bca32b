// labdesk: the GUI. Application wiring only; features live in labdesk_ui and labdesk_core.
#include "screenshot.h"

#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/signincheck.h"
#include "core/accounts/tokenstore.h"
#include "core/app/backgroundtasks.h"
#include "core/app/commandline.h"
#include "core/app/language.h"
#include "sandbox/embeddedsandbox.h"
#include "shell/featurepage.h"
#include "shell/mainwindow.h"
#include "shell/noticebar.h"

#include <buildinfo.h>

#include <git2.h>

#include <QApplication>
#include <QSettings>
#include <QTextStream>

#include <memory>

using namespace LabDesk;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Main)
};

// One libgit2 init for the process's lifetime.
struct LibGit2Session
{
    LibGit2Session() { git_libgit2_init(); }
    ~LibGit2Session() { git_libgit2_shutdown(); }
    LibGit2Session(const LibGit2Session &) = delete;
    LibGit2Session &operator=(const LibGit2Session &) = delete;
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LabDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("LabDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LABDESK_VERSION));
}

QString languageFor(const GuiOptions &options)
{
    return Language::choose(options.language, QSettings().value(QStringLiteral("ui/language")).toString(),
                            QLocale::system());
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// --version, --help, usage errors and "no display": answered without starting the GUI.
int runWithoutGui(int argc, char *argv[], const GuiOptions &options)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    Language::install(&app, languageFor(options));
    switch (options.action) {
    case GuiOptions::Action::ShowVersion:
        QTextStream(stdout) << GuiCommandLine::versionText() << '\n';
        return 0;
    case GuiOptions::Action::ShowHelp:
        QTextStream(stdout) << GuiCommandLine::usage();
        return 0;
    case GuiOptions::Action::UsageError:
        QTextStream(stderr) << "labdesk: " << options.error << '\n' << GuiCommandLine::usage();
        return 2;
    case GuiOptions::Action::Run:
        break;
    }
    QTextStream(stderr) << "labdesk: "
                        << Messages::tr("no display (DISPLAY and WAYLAND_DISPLAY are unset); for a picture of the "
                                        "window run `labdesk --demo --screenshot labdesk.png`, or start it under "
                                        "`xvfb-run labdesk`.")
                        << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const GuiOptions options = GuiCommandLine::parse(args);

    const bool screenshot = !options.screenshotPath.isEmpty();
    if (options.action == GuiOptions::Action::Run && screenshot && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (options.action != GuiOptions::Action::Run || !hasDisplay())
        return runWithoutGui(argc, argv, options);

    LibGit2Session libgit2;
    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.labdesk.LabDesk"));
    Language::install(&app, languageFor(options));

    BackgroundTasks tasks;
    Accounts::TokenStore tokens;
    Accounts::ServerTrust trust;
    Accounts::AccountManager accounts(&tokens, &trust);
    Ui::MainWindow window(Ui::Context{&tasks, &accounts});
    window.restoreSession(/*persistent=*/!screenshot);
    if (!options.page.isEmpty())
        window.setCurrentPage(options.page);
    if (!options.ciFile.isEmpty()) {
        if (Ui::FeaturePage *editor = window.page(QStringLiteral("ci-editor")); editor && editor->content())
            QMetaObject::invokeMethod(editor->content(), "openFile", Q_ARG(QString, options.ciFile));
    }

    std::unique_ptr<Sandbox::EmbeddedSandbox> sandbox;
    if (options.demo) {
        sandbox = std::make_unique<Sandbox::EmbeddedSandbox>();
        const int task = tasks.start(Messages::tr("Starting the demo sandbox…"));
        QObject::connect(sandbox.get(), &Sandbox::EmbeddedSandbox::started, &window, [&, task](const QUrl &url) {
            window.noticeBar()->setText(
                Messages::tr("Demo mode: LabDesk is talking to its built-in GitLab sandbox at %1. Nothing you do "
                             "here touches a real server.")
                    .arg(url.toString()));
            tasks.setTitle(task, Messages::tr("Signing in to the demo sandbox…"));
            // Sign in as the sandbox's administrator, for this session only: the demo never
            // touches the keychain.
            auto *check = new Accounts::SignInCheck(url, sandbox->adminToken(), &trust, &window);
            QObject::connect(check, &Accounts::SignInCheck::finished, &window,
                             [&, task](const Accounts::SignInResult &result) {
                                 if (result.isOk())
                                     accounts.addAccount(result.account, sandbox->adminToken(), true, {});
                                 else
                                     window.noticeBar()->setText(Messages::tr("The demo sandbox refused to sign in: %1")
                                                                     .arg(result.error.userMessage()));
                                 tasks.finish(task);
                             });
            check->start();
        });
        QObject::connect(sandbox.get(), &Sandbox::EmbeddedSandbox::failed, &window,
                         [&, task](const QString &error) {
                             window.noticeBar()->setText(
                                 Messages::tr("The demo sandbox could not start: %1").arg(error));
                             tasks.finish(task);
                         });
        Sandbox::SandboxServer::Options demoOptions;
        demoOptions.seed = QStringLiteral("demo");
        sandbox->start(demoOptions);
    } else {
        accounts.restore();
    }

    if (screenshot) {
        window.resize(1180, 760);
        window.show();
        auto *job = new ScreenshotJob(&window, options.screenshotPath);
        job->start();
    } else {
        window.show();
    }
    const int rc = QApplication::exec();
    sandbox.reset();
    return rc;
}
