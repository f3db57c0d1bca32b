<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LabDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop workstation for GitLab: groups, projects, SSH keys, clones, pipelines, runners and a visual CI editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::GuiCommandLine</name>
    <message>
        <source>Start on the built-in demo GitLab sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file once its data has loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LabDesk, a desktop workstation for GitLab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported language &apos;%1&apos;. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;. Pages: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: labdesk [--demo] [--lang LANG] [--page NAME] [--screenshot FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Labctl</name>
    <message>
        <source>Usage: labctl [--version [--verbose]] [--help]

LabDesk&apos;s command line for scripts.

Options:
  -h, --help       Print this help and exit.
  -v, --version    Print the version and exit; with --verbose, also the libraries.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command or option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::LibraryVersions</name>
    <message>
        <source>threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nanosecond timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no optional features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Main</name>
    <message>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); for a picture of the window run `labdesk --demo --screenshot labdesk.png`, or start it under `xvfb-run labdesk`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: LabDesk is talking to its built-in GitLab sandbox at %1. Nothing you do here touches a real server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Sandbox::SandboxServer</name>
    <message>
        <source>unknown seed &apos;%1&apos; (use empty, demo or projects:N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Sandbox::Store</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::SandboxCli</name>
    <message>
        <source>A GitLab REST API v4 server for LabDesk&apos;s demo mode and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the administrator&apos;s token from FILE, or write a new one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab version to emulate, e.g. 16.2.3-jh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s state in DIR, so a restart keeps it; without it the state lives in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an empty state starts with: empty (only the administrator), demo, or projects:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed wants empty, demo or projects:N, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::ScreenshotJob</name>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AboutDialog</name>
    <message>
        <source>Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AccountSwitcher</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a GitLab server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::MainWindow</name>
    <message>
        <source>LabDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LabDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::PageCatalog</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your groups and projects on gitlab.com or your own GitLab server will be listed here, with their members and access requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to follow your pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines and jobs of your projects will appear here as they run, with job logs of any size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to edit a project&apos;s .gitlab-ci.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your pipeline as a graph, as forms or as text, all in sync, with warnings for the classic mistakes before you commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to clone your first project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories you clone over HTTPS or SSH will be listed here with their local folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to manage your SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys on your GitLab account will be listed here. A wizard will generate a key, upload it and test the connection, even when SSH runs on a port such as 222.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your runners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runners available to your projects will appear here with their status and tags, and you will get a registration command that works the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators of a self-managed server approve new users and manage instance runners here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In as Administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::StatusArea</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
