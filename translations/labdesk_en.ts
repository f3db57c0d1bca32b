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
    <name>LabDesk::Accounts::AccountManager</name>
    <message>
        <source>The system keychain cannot be used (%1), so the token for %2 cannot be read. Sign in again; LabDesk can keep the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for %1. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Accounts::Doctor</name>
    <message>
        <source>Name lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the address must be fixed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no http:// or https:// in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1 (the /api/v4 part is added by LabDesk, so it was dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IP address; no lookup needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 does not resolve from this computer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server&apos;s IP address instead, or add a line for %1 to /etc/hosts (on Windows C:\Windows\System32\drivers\etc\hosts). A runner inside a Docker container resolves names on its own: give it the IP too, or set clone_url in its config.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the server&apos;s name must resolve first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that GitLab is running and listens on port %1, that the port in the address is the one published (Docker maps ports, for example -p 8080:80), and that no firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: nothing answers on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 accepts connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address uses http://: the token travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine on a trusted private network; use https:// if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trust this certificate for this server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Subject: %2. Issuer: %3. Valid from %4 to %5. SHA-256: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is your own server, compare the fingerprint with the server&apos;s certificate and trust it for this server only, or import your CA certificate for it. If an expired intermediate is the cause, install the current chain on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this port speaks HTTPS; if the server only offers HTTP, use http:// in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no TLS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid and trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirects to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as the server address: LabDesk does not send your token to another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GitLab API answers here (its version needs a token to read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GitLab API at %1/api/v4: the server sent a web page (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address: it is the one you open GitLab with in the browser, including any path such as /gitlab, and the right port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GitLab API answers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JiHu edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LabDesk supports GitLab 14.10 and later; some features will not work on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before GitLab 15.10 runners can only be registered with a registration token; creating runners from LabDesk needs 15.10 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new personal access token in GitLab under User settings &gt; Access tokens, with the api scope, and sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot tell a token&apos;s scopes (GitLab before 15.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the token has the api scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the %2 scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths such as %1 reach GitLab intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for %1 came back as &quot;%2&quot; (HTTP %3): something in front of GitLab decodes %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the reverse proxy to pass the path unchanged: in nginx, proxy_pass without a path (proxy_pass http://gitlab;); in Apache, AllowEncodedSlashes NoDecode and ProxyPass ... nocanon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no date to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the server&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP) here or on the server: certificates and token expiry are judged by the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Accounts::ServerTrust</name>
    <message>
        <source>The certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: nobody vouches for it but the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by a certificate authority this computer does not know (a private CA, or a missing intermediate certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for another name, not for the address you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Accounts::ServerUrl</name>
    <message>
        <source>Enter the address of your GitLab server, for example https://gitlab.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address. Use the address you open GitLab with in the browser, such as https://gitlab.example.com or http://192.168.1.20:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add http:// or https:// in front of &apos;%1&apos;. Use the one your browser shows for this server; a new GitLab in Docker usually starts with http://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Accounts::SignInCheck</name>
    <message>
        <source>See groups, projects, pipelines and runners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create projects, edit members, upload SSH keys, run and retry pipelines, commit .gitlab-ci.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create runners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has expired. Create a new one in GitLab under User settings &gt; Access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This token expires in %n day(s), on %1. Create a new one before then to keep working.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabDesk::Api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another address (%1); LabDesk does not send your token there. Use that address as the server URL if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not GitLab&apos;s answer (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the access token: it may be wrong, revoked or expired. Sign in again with a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token lacks a scope this needs. Create a token with the api scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found, or you do not have access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting requests; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab refused this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab answered HTTP %1.</source>
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
        <source>missing command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command or option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: labctl &lt;command&gt; [options]

LabDesk&apos;s command line for scripts.

Commands:
  doctor URL [--token-file F] [--json]
                 Check the connection to a GitLab server, layer by layer, and say how to fix
                 what fails. Exit 1 when a check fails.
  projects --server URL --token-file F [--all] [--keyset] [--json]
                 List the projects the token can see (the first 100, or --all).

Options:
  -h, --help       Print this help and exit.
  -v, --version    Print the version and exit; with --verbose, also the libraries.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor needs exactly one server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects needs --server and --token-file</source>
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
    <message>
        <source>Signing in to the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox refused to sign in: %1</source>
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
        <source>%1 (sign in again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AccountsController</name>
    <message>
        <source>Token Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the access token of %2: it may have been revoked or have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with a new token to go on working with this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Use Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::FeaturePage</name>
    <message>
        <source>This LabDesk does not have the %1 page yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1. %2</source>
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
    <name>LabDesk::Ui::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a personal access token. You create one in GitLab under User settings &gt; Access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not secure as it stands: the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose Connection checks the address, name lookup, port, certificate and token one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needs the %2 scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token cannot be used for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1), so LabDesk cannot store the token safely. You can sign in for this session only: the token stays in memory and is gone when LabDesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Server: %2:%3
Issued to: %4
Issued by: %5
Valid: %6 to %7
SHA-256: %8

Compare the fingerprint with the one your administrator gives you before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now trust this certificate for %1:%2 only. Signing in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM or DER form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet? Create one with the api scope on your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet? &lt;a href=&quot;%1&quot;&gt;Create one on %2&lt;/a&gt; with the api scope.</source>
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
<context>
    <name>LabDesk::Ui::TrustedCertificatesDialog</name>
    <message>
        <source>This certificate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to GitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a personal access token. LabDesk keeps it in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet? Create one with the api scope on your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Certificate for This Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CA Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In for This Session Only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates you trusted for one server each, beyond the system&apos;s certificate authorities. Remove one to be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
