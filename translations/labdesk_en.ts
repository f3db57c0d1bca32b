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
    <name>AddKeyDialog</name>
    <message>
        <source>Add SSH Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the contents of your public key file (it ends in .pub), or choose the file. Never paste the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a user by name or username, then choose their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Sign-ups waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who signed up on this server cannot sign in until an administrator approves them. Rejecting removes the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClonePane</name>
    <message>
        <source>Clone a Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or git@host:group/project.git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone &amp;submodules too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForkDialog</name>
    <message>
        <source>Fork Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fork is your own copy of the project, with all its branches and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySetupKeyPage</name>
    <message>
        <source>Choose a Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git over SSH signs you in with a key pair: the private key stays on this computer, GitLab gets the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate a new ED25519 key (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, protects the key if this computer is stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a key I already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySetupServerPage</name>
    <message>
        <source>Connect to GitLab&apos;s SSH Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s identity before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint matches the one my GitLab administrator published; add it to known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write this entry to ~/.ssh/config (a backup of the file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySetupTestPage</name>
    <message>
        <source>Test the Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LabDesk signs in to GitLab over SSH with the key, as git will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to ssh-&amp;agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySetupUploadPage</name>
    <message>
        <source>Add the Key to GitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is added to your GitLab account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
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
        <translation>
            <numerusform>This computer&apos;s clock is %n minute off the server&apos;s.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes off the server&apos;s.</numerusform>
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
        <translation>
            <numerusform>This token expires in %n day, on %1. Create a new one before then to keep working.</numerusform>
            <numerusform>This token expires in %n days, on %1. Create a new one before then to keep working.</numerusform>
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
    <name>LabDesk::Ci::Editor</name>
    <message>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 comes from an included file; edit that file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not written as a block mapping, so it cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not a block mapping that can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a block mapping that can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid YAML value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyword given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be a job name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a block mapping, so jobs cannot be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 already needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 does not need %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages: is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares no stages: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order must list the same stages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ci::Expression</name>
    <message>
        <source>unexpected %1 in the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed ${ in the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variable name is missing after $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed string in the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed /regex/ in the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character %1 in the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ci::Model</name>
    <message>
        <source>More than %1 includes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes are nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working tree to read %1 from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 extends itself through a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extends %2, which is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends of %1 is nested more than %2 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!reference [%1] points to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!reference is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ci::Simulation</name>
    <message>
        <source>a rule without conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow:rules[%1] (%2) has when: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow:rules[%1] matched (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workflow:rules entry matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only: does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default only: [branches, tags] does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>except: matches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only: matches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default only: [branches, tags] matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ci::Validator</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate key %1: the last one wins, the earlier one is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unquoted key %1 is a boolean in YAML 1.1; quote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unquoted %1 is the boolean %2 in YAML 1.1 (GitLab reads it so); quote it if you mean the word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unquoted %1 is the octal number %2 in YAML 1.1; quote it to keep the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unquoted %1 is the base-60 number %2 in YAML 1.1; quote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job name or a mapping with job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of refs or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping of names to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be between 1 and 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or a mapping with matrix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true, false or a mapping with exit_codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image name or a mapping with name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project path or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping or a list of mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown keyword: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown keyword: %2. Did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CI configuration should be a mapping of keywords and jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a job keyword, not a job name: at the top level it defines a job called %1. Move it into a job or under default:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 should be a mapping of keywords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown keyword %1. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of stage names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path, a mapping or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 uses stage %2, which is not in stages:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 uses stage %2, which is not in stages:. Did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no script: (and no trigger:), neither itself nor through extends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 needs %2, which is not a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 needs %2, which is not a job. Did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 needs %2, which runs in the later stage %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 depends on %2, which is not a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 depends on %2, which runs in a later stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file defines no visible job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs form a cycle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The default branch is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 runs only on %2, which matches no existing branch, so it never runs.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has a rule for branch %2, which does not exist.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online runner runs untagged jobs, so job %1 would stay pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online runner has all the tags %1, so job %2 would stay pending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Git::ClonesModel</name>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑%1 ↓%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists. Remove it from the list, or restore the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commit(s) ahead of and %2 behind %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead/behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside a Git working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Git::LocalCommit</name>
    <message>
        <source>%1 is not inside a git clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No author identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch to branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Git::TransferJob</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server refused the credentials %n time(s); LabDesk stopped trying. Check the token or key and your access to the project.</source>
        <translation>
            <numerusform>The server refused the credentials %n time; LabDesk stopped trying. Check the token or key and your access to the project.</numerusform>
            <numerusform>The server refused the credentials %n times; LabDesk stopped trying. Check the token or key and your access to the project.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a sign-in. Sign in to %1 in LabDesk (or use SSH) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (SHA-256 %3). If you know it is the server&apos;s, trust it for this server when signing in (Account &gt; Trusted Certificates), then clone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed (now %2). This can mean someone is intercepting the connection, or the server was reinstalled. LabDesk refuses to connect; ask the server&apos;s administrator, then remove the old key from ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2) was not accepted, so LabDesk did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused access. Check the token or key and your access to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository was not found, or you have no access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server or the connection broke off. Check the address, the port and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has no remote named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving deltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking out files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning submodules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a clone address. Use https://…, ssh://… or user@host:path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch is checked out, so there is nothing to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has new commits on %2 that this clone does not have, so the push was refused (not a fast-forward). Your commit stays in the clone: pull or rebase, then push again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the push of %2: %3</source>
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
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which needs --ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--var needs KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>option %1 needs %n value(s)</source>
        <translation>
            <numerusform>option %1 needs %n value</numerusform>
            <numerusform>option %1 needs %n values</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs right after --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit needs at least one operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs JOB.KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not name a job&apos;s keyword (JOB.KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add-job NAME needs --stage S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: the edit does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edits would make the file invalid YAML; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labctl ci: warning: need left dangling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ci lint FILE [--json] [--default-branch B] [--branches a,b] [--runner TAGS[:untagged]]... [--root DIR]
                 Validate a .gitlab-ci.yml. Exit 1 when it has errors.
  ci graph FILE [--json]
                 Stages and jobs after expansion, with their needs.
  ci edit FILE OP... [--dry-run]
                 OPs: --set JOB.KEY=VALUE, --unset JOB.KEY, --add-job NAME --stage S,
                 --rename-job OLD NEW, --duplicate-job NAME NEW, --delete-job NAME, --move-job NAME STAGE,
                 --add-need JOB NEED, --remove-need JOB NEED, --add-stage S [--before T],
                 --remove-stage S, --reorder-stages a,b,c. Writes in place, or prints a diff.
  ci expand FILE  Print the merged YAML (includes, extends and !reference resolved).
  ci which FILE --ref R [--tag] [--source push] [--var K=V]... [--changed PATH]... [--json]
                 Which jobs a pipeline for R would run, and why.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ci needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos;</source>
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
  ci lint|graph|edit|expand|which FILE ...
                 Check, draw, edit, expand or simulate a .gitlab-ci.yml offline
                 (labctl ci --help lists their options).

Options:
  -h, --help       Print this help and exit.
  -v, --version    Print the version and exit; with --verbose, also the libraries.
</source>
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
    <name>LabDesk::Models::AccessLevels</name>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::AccessRequestsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::GroupTreeModel</name>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every project you can see on this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::MembersModel</name>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member through a group above; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::NameRules</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 255 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can contain only letters, digits, emoji, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, dashes and spaces, and must start with a letter, a digit, an emoji or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group name can contain only letters, digits, emoji, &apos;_&apos;, &apos;.&apos;, parentheses, dashes and spaces, and must start with a letter, a digit, an emoji or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is too long (at most 255 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path can contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and cannot start with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path cannot end in &apos;.git&apos; or &apos;.atom&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path cannot start or end with &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, nor contain two of them in a row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::PendingUsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::ProjectListModel</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
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
    <message>
        <source>the current page has no dialog named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::KeyGenerator</name>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not generate an ED25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not export the new private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh exported the key in an unexpected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not export the new public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh exported a public key that cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::KeySetup</name>
    <message>
        <source>GitLab already has this key, on your account or on another one. A key can belong to only one GitLab account: create a new key for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab does not accept this key: it is damaged or of a type the server forbids. Use an ED25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab refuses this key because it is too short. Use an ED25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (at most 255 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access token may not add keys: it needs the &quot;api&quot; scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab refused the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already on your GitLab account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts lists another key for %1: LabDesk will not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::PublicKey</name>
    <message>
        <source>Paste a public key or choose a .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key. Never share it: use the matching .pub file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is in the SSH2 (PuTTY) format. Convert it with &quot;ssh-keygen -i -f FILE&quot; and paste the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA keys are no longer accepted by GitLab. Create an ED25519 key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an SSH public key: it should start with &quot;ssh-ed25519&quot;, &quot;ecdsa-sha2-&quot; or &quot;ssh-rsa&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; GitLab and OpenSSH need at least 2048. Create an ED25519 key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is incomplete or damaged: copy the whole line of the .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::SshAgent</name>
    <message>
        <source>No ssh-agent is running (SSH_AUTH_SOCK is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: the passphrase is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not export the key for the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-add failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::SshConfig</name>
    <message>
        <source>No host name for the SSH configuration entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::SshProbe</name>
    <message>
        <source>%1 answered over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab answered: &quot;Welcome to GitLab, @%1!&quot; Your key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 cannot be found. Check the SSH host in GitLab&apos;s clone URLs, or your DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the SSH port is closed. GitLab in Docker often publishes SSH on another port (such as 222); check the port in the project&apos;s SSH clone URL and your firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. A firewall may drop SSH connections, or the host is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not in known_hosts yet; confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since you last connected (now %2). Someone may be intercepting the connection, or the server was reinstalled. LabDesk refuses to connect; ask the server&apos;s administrator for the right fingerprint and remove the old line from known_hosts only if it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: the passphrase is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the key for user &quot;%1&quot;. Check that the public key is added to your GitLab account (and not expired), and wait a moment after adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login as &quot;%1&quot;. GitLab accepts SSH logins only as the user in its clone URLs (usually &quot;git&quot;), whatever your GitLab username is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1, but the server sent no GitLab welcome: it may not be GitLab&apos;s SSH server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1, but the server answered: %2</source>
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
    <name>LabDesk::Ui::AddKeyDialog</name>
    <message>
        <source>Authentication &amp; signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: RSA keys cannot sign in to current OpenSSH servers through LabDesk&apos;s git transport; ED25519 is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AddMemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AdminView</name>
    <message>
        <source>New users sign up at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;; send them this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sign-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-ups could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sign-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this person sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse this sign-up and delete the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected the sign-up of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiEditorView</name>
    <message>
        <source>Opened %1 from %2 (branch %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says this configuration is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit to &amp;Local Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lint on Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which Jobs Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a .gitlab-ci.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file from disk or from a project on your server, drop one here, or start from our template with build, test and deploy stages. Graph, form and text stay in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Jobs Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=value, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>src/main.c, docs/index.md, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ref and a source to see which jobs a pipeline would run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint on Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file from a project on your server to lint it there, includes and all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged YAML appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LabDesk kept unsaved changes to this file from a previous session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LabDesk kept an unsaved pipeline from a previous session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CI File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab CI files (*.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CI File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML does not parse (line %1, column %2): %3. The graph shows the last version that did; graph and form edits wait until the text is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the YAML error first: the text is not changed while it does not parse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit no longer fits the text; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pointing at the deleted job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new job in stage “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 jobs run for %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file from a project on the server first, or save it to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The File Changed on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone committed to %1 on %2 since you opened it. Nothing is lost: your version is still in the editor. Choose what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (left) and the server&apos;s (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit Mine Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Theirs (Undo Brings Mine Back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file from a project on your server to lint it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to open files from a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit message for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file inside a local clone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit to Local Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed to the local clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside a local clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the current branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clone has no remote named origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the commit, push the branch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A push is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not in a clone with a remote named origin, so there is nowhere to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch is checked out, so there is nothing to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed; pushing %1 to origin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LabDesk has not seen the host key of %1 before:
%2

Trust it and push?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed and pushed %1 to origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit is in your local clone, but the push failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiGraphView</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↳ trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Job to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiJobForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alpine:3.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner tags, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs, comma-separated; empty: stage order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refs, comma-separated (prefer rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths, comma-separated, or {paths: [...], expire_in: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key: ..., paths: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One command per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner tags, comma-separated. Your runners offer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job in the graph or put the cursor in it in the text to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job comes from an include or is not a plain mapping: edit it in its own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey values are inherited (through extends or the default: section).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiServerSession</name>
    <message>
        <source>Sign in to open files from a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to commit to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to lint on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::ClonePane</name>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RSA: refused by current OpenSSH servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone Into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH signs in with the keys of your running ssh-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH signs in with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS signs in as %1 with your access token. The token is handed to Git only while cloning; it is never written to the repository&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to %1: the clone is anonymous and works for public projects only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a clone address. Use https://…, ssh://… or user@host:path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token could not be read from the keychain; cloning anonymously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving objects: %1 of %2 (%3, %4/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving deltas: %1 of %2 (%3 received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking out files: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning submodule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SSH Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LabDesk has never connected to %1 before.

Its %2 host key has the fingerprint
%3

Compare it with the one your server&apos;s administrator published. Trust this key and continue? It will be added to ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled. The partial clone was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::ClonesView</name>
    <message>
        <source>Add Existing Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open .gitlab-ci.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this clone; its folder stays on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clones yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a project with the form on the right, from the Projects page, or add a working copy that is already on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Existing Working Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the list; the folder was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal program was found. Set the TERMINAL environment variable to the one you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a terminal in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no .gitlab-ci.yml yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::DetailsPanel</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project or a group to see its details and members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone with HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone with SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the membership ends; the first date means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the HTTPS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the SSH URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading access requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only maintainers and owners see who asked to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only maintainers and owners can manage members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the member list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already a member (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request is waiting for a maintainer or owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the maintainers and owners to let you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member comes from a group above; change them in that group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners can change an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the role and expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only maintainers and owners can answer access requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let them in with the chosen role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the request down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role to give when approving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already asked; a maintainer or owner will answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requested. A maintainer or owner will let you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a member (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned down the request of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
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
    <name>LabDesk::Ui::ForkDialog</name>
    <message>
        <source>Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking GitLab to fork…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fork is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fork failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for GitLab to start the fork…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::FormErrors</name>
    <message>
        <source>GitLab says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: only members see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: anyone signed in sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: everyone sees it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::KeySetupWizard</name>
    <message>
        <source>Set Up SSH Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 and %1.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a key I already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a key I already have (none found in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who copies the key file can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak. Use a longer passphrase, for example a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: RSA keys cannot sign in to current OpenSSH servers through LabDesk&apos;s git transport (it signs only with SHA-1). Generate an ED25519 key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and LabDesk never overwrites a key. The new key will be %2; press Next again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication &amp; signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LabDesk on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1 %2
File: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the key to GitLab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up GitLab&apos;s SSH server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab&apos;s SSH server: %1@%2, port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone URLs name %1, which this computer cannot find; LabDesk connects to %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH runs on port %1 here, so short clone URLs such as git@%2:group/project.git need this entry in your SSH configuration. Other entries stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its host key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s %1 key is already in known_hosts:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to %1. Its %2 key has the fingerprint

%3

Compare it with the fingerprint your GitLab administrator published (GitLab shows it under Help &gt; Instance configuration) before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SSH configuration already has its own entry for %1; LabDesk left it unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the host key to known_hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the key to ssh-agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is in your ssh-agent until you log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to GitLab over SSH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the key to your running ssh-agent so git does not ask for the passphrase each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ssh-agent is running, so git will ask for the key&apos;s passphrase when it needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Clone over SSH with URLs such as %1, with the key %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::LoadState</name>
    <message>
        <source>Retry</source>
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
    <name>LabDesk::Ui::NamespacePicker</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::NewGroupDialog</name>
    <message>
        <source>New Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::NewProjectDialog</name>
    <message>
        <source>Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespaces could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid branch name, such as main.</source>
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
    <name>LabDesk::Ui::ProjectsView</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Subgroup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter projects by name or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no projects yet. Create one with New Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot see any project yet. Create one with New Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n project(s)</source>
        <translation>
            <numerusform>Showing %1 of %n project</numerusform>
            <numerusform>Showing %1 of %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a subgroup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group first.</source>
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
    <name>LabDesk::Ui::SshKeysModel</name>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication &amp; signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>This key has expired: GitLab no longer accepts it. Add a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key expires soon. Add a new key before it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::SshKeysView</name>
    <message>
        <source>Loading your SSH keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up SSH Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Existing Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a key, upload it, configure SSH and test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a public key you already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH keys yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an SSH key you clone and push without typing a password. The setup wizard creates one, adds it to GitLab and checks that it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load your SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete SSH Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key &quot;%1&quot; (%2) from your GitLab account?

Git over SSH with this key stops working on every computer that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab did not delete the key: %1</source>
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
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
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
    <name>NewGroupDialog</name>
    <message>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups hold projects and subgroups, and give their members access to everything inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initialize the repository with a README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;branch:</source>
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
