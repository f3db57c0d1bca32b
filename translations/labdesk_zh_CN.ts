<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LabDesk</source>
        <translation>关于 LabDesk</translation>
    </message>
    <message>
        <source>A desktop workstation for GitLab: groups, projects, SSH keys, clones, pipelines, runners and a visual CI editor.</source>
        <translation>GitLab 桌面工作台：群组、项目、SSH 密钥、克隆、流水线、Runner 以及可视化 CI 编辑器。</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>使用的库：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Add SSH Key</source>
        <translation>添加 SSH 密钥</translation>
    </message>
    <message>
        <source>Paste the contents of your public key file (it ends in .pub), or choose the file. Never paste the private key.</source>
        <translation>粘贴公钥文件（以 .pub 结尾）的内容，或选择该文件。切勿粘贴私钥。</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>从文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>On</source>
        <translation>于</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Search for a user by name or username, then choose their role.</source>
        <translation>按姓名或用户名搜索用户，然后选择其角色。</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>姓名或用户名</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>到期(&amp;X)：</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Sign-ups waiting for approval</source>
        <translation>等待批准的注册</translation>
    </message>
    <message>
        <source>People who signed up on this server cannot sign in until an administrator approves them. Rejecting removes the account.</source>
        <translation>在此服务器上注册的用户须经管理员批准后才能登录。拒绝会删除该账号。</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ClonePane</name>
    <message>
        <source>Clone a Repository</source>
        <translation>克隆仓库</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>地址(&amp;U)：</translation>
    </message>
    <message>
        <source>https://… or git@host:group/project.git</source>
        <translation>https://… 或 git@host:group/project.git</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>SSH &amp;key:</source>
        <translation>SSH 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>分支(&amp;B)：</translation>
    </message>
    <message>
        <source>default branch</source>
        <translation>默认分支</translation>
    </message>
    <message>
        <source>Clone &amp;submodules too</source>
        <translation>同时克隆子模块(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
</context>
<context>
    <name>ForkDialog</name>
    <message>
        <source>Fork Project</source>
        <translation>派生项目</translation>
    </message>
    <message>
        <source>A fork is your own copy of the project, with all its branches and tags.</source>
        <translation>派生是该项目属于你自己的副本，包含其全部分支和标签。</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Fork &amp;into:</source>
        <translation>派生到(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>KeySetupKeyPage</name>
    <message>
        <source>Choose a Key</source>
        <translation>选择密钥</translation>
    </message>
    <message>
        <source>Git over SSH signs you in with a key pair: the private key stays on this computer, GitLab gets the public key.</source>
        <translation>通过 SSH 使用 git 时以密钥对登录：私钥留在本机，公钥交给 GitLab。</translation>
    </message>
    <message>
        <source>&amp;Generate a new ED25519 key (recommended)</source>
        <translation>生成新的 ED25519 密钥（推荐）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>Optional, protects the key if this computer is stolen</source>
        <translation>可选，在本机被盗时保护密钥</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>注释(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Use a key I already have</source>
        <translation>使用已有的密钥(&amp;U)</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>密码短语(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>KeySetupServerPage</name>
    <message>
        <source>Connect to GitLab&apos;s SSH Server</source>
        <translation>连接 GitLab 的 SSH 服务器</translation>
    </message>
    <message>
        <source>Check the server&apos;s identity before trusting it.</source>
        <translation>在信任服务器之前先核对其身份。</translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation>SSH 主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>主机密钥</translation>
    </message>
    <message>
        <source>The fingerprint matches the one my GitLab administrator published; add it to known_hosts</source>
        <translation>指纹与 GitLab 管理员公布的一致；将其加入 known_hosts</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>SSH configuration</source>
        <translation>SSH 配置</translation>
    </message>
    <message>
        <source>&amp;Write this entry to ~/.ssh/config (a backup of the file is kept)</source>
        <translation>将此条目写入 ~/.ssh/config（保留文件备份）(&amp;W)</translation>
    </message>
</context>
<context>
    <name>KeySetupTestPage</name>
    <message>
        <source>Test the Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>LabDesk signs in to GitLab over SSH with the key, as git will.</source>
        <translation>LabDesk 像 git 一样用该密钥通过 SSH 登录 GitLab。</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>再次测试(&amp;T)</translation>
    </message>
    <message>
        <source>Add to ssh-&amp;agent</source>
        <translation>添加到 ssh-agent(&amp;A)</translation>
    </message>
</context>
<context>
    <name>KeySetupUploadPage</name>
    <message>
        <source>Add the Key to GitLab</source>
        <translation>将密钥添加到 GitLab</translation>
    </message>
    <message>
        <source>The public key is added to your GitLab account.</source>
        <translation>公钥将添加到您的 GitLab 账户。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>On</source>
        <translation>于</translation>
    </message>
</context>
<context>
    <name>LabDesk::Accounts::AccountManager</name>
    <message>
        <source>The system keychain cannot be used (%1), so the token for %2 cannot be read. Sign in again; LabDesk can keep the token for this session only.</source>
        <translation>无法使用系统钥匙串（%1），因此无法读取 %2 的令牌。请重新登录；LabDesk 可以仅在本次会话中保留该令牌。</translation>
    </message>
    <message>
        <source>No token is stored for %1. Sign in again.</source>
        <translation>未存储 %1 的令牌。请重新登录。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Accounts::Doctor</name>
    <message>
        <source>Name lookup</source>
        <translation>域名解析</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>GitLab API</source>
        <translation>GitLab API</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Encoded paths</source>
        <translation>编码路径</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Skipped: the address must be fixed first.</source>
        <translation>已跳过：需要先修正地址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no http:// or https:// in front.</source>
        <translation>“%1”前面缺少 http:// 或 https://。</translation>
    </message>
    <message>
        <source>Using %1 (the /api/v4 part is added by LabDesk, so it was dropped).</source>
        <translation>使用 %1（/api/v4 部分由 LabDesk 自动添加，因此已将其去掉）。</translation>
    </message>
    <message>
        <source>Using %1.</source>
        <translation>使用 %1。</translation>
    </message>
    <message>
        <source>%1 is an IP address; no lookup needed.</source>
        <translation>%1 是 IP 地址，无需解析。</translation>
    </message>
    <message>
        <source>The name %1 does not resolve from this computer (%2).</source>
        <translation>此计算机无法解析域名 %1（%2）。</translation>
    </message>
    <message>
        <source>Use the server&apos;s IP address instead, or add a line for %1 to /etc/hosts (on Windows C:\Windows\System32\drivers\etc\hosts). A runner inside a Docker container resolves names on its own: give it the IP too, or set clone_url in its config.toml.</source>
        <translation>请改用服务器的 IP 地址，或在 /etc/hosts（Windows 上为 C:\Windows\System32\drivers\etc\hosts）中为 %1 添加一行。Docker 容器内的 Runner 会自行解析域名：同样要为它使用 IP 地址，或在其 config.toml 中设置 clone_url。</translation>
    </message>
    <message>
        <source>Skipped: the server&apos;s name must resolve first.</source>
        <translation>已跳过：需要先能解析服务器域名。</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 的地址是 %2。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>无法连接到 %1 的 %2 端口：%3</translation>
    </message>
    <message>
        <source>Check that GitLab is running and listens on port %1, that the port in the address is the one published (Docker maps ports, for example -p 8080:80), and that no firewall blocks it.</source>
        <translation>请检查 GitLab 是否正在运行并监听 %1 端口，地址中的端口是否为对外发布的端口（Docker 会映射端口，例如 -p 8080:80），以及是否有防火墙拦截。</translation>
    </message>
    <message>
        <source>Skipped: nothing answers on that port.</source>
        <translation>已跳过：该端口无响应。</translation>
    </message>
    <message>
        <source>no answer within 10 seconds</source>
        <translation>10 秒内无响应</translation>
    </message>
    <message>
        <source>%1 port %2 accepts connections.</source>
        <translation>%1 的 %2 端口可以连接。</translation>
    </message>
    <message>
        <source>The address uses http://: the token travels unencrypted.</source>
        <translation>该地址使用 http://：令牌将以未加密方式传输。</translation>
    </message>
    <message>
        <source>Fine on a trusted private network; use https:// if the server offers it.</source>
        <translation>在可信的私有网络中没有问题；如果服务器支持 https://，请改用它。</translation>
    </message>
    <message>
        <source>You trust this certificate for this server (%1).</source>
        <translation>你已为此服务器信任该证书（%1）。</translation>
    </message>
    <message>
        <source>%1 Subject: %2. Issuer: %3. Valid from %4 to %5. SHA-256: %6.</source>
        <translation>%1 主题：%2。颁发者：%3。有效期：%4 至 %5。SHA-256：%6。</translation>
    </message>
    <message>
        <source>If this is your own server, compare the fingerprint with the server&apos;s certificate and trust it for this server only, or import your CA certificate for it. If an expired intermediate is the cause, install the current chain on the server.</source>
        <translation>如果这是你自己的服务器，请将指纹与服务器证书进行比对，然后仅为此服务器信任该证书，或为其导入你的 CA 证书。如果原因是中间证书已过期，请在服务器上安装最新的证书链。</translation>
    </message>
    <message>
        <source>Skipped: the certificate is not trusted.</source>
        <translation>已跳过：证书不受信任。</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>Check that this port speaks HTTPS; if the server only offers HTTP, use http:// in the address.</source>
        <translation>请检查此端口是否使用 HTTPS；如果服务器仅提供 HTTP，请在地址中使用 http://。</translation>
    </message>
    <message>
        <source>Skipped: no TLS connection.</source>
        <translation>已跳过：没有 TLS 连接。</translation>
    </message>
    <message>
        <source>The certificate is valid and trusted.</source>
        <translation>证书有效且受信任。</translation>
    </message>
    <message>
        <source>The server redirects to %1.</source>
        <translation>服务器重定向到 %1。</translation>
    </message>
    <message>
        <source>Use %1 as the server address: LabDesk does not send your token to another address.</source>
        <translation>请使用 %1 作为服务器地址：LabDesk 不会将你的令牌发送到其他地址。</translation>
    </message>
    <message>
        <source>No redirect.</source>
        <translation>无重定向。</translation>
    </message>
    <message>
        <source>A GitLab API answers here (its version needs a token to read).</source>
        <translation>此处有 GitLab API 响应（需要令牌才能读取其版本）。</translation>
    </message>
    <message>
        <source>No GitLab API at %1/api/v4: the server sent a web page (HTTP %2): %3</source>
        <translation>%1/api/v4 处没有 GitLab API：服务器返回了一个网页（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>Check the address: it is the one you open GitLab with in the browser, including any path such as /gitlab, and the right port.</source>
        <translation>请检查地址：应为你在浏览器中打开 GitLab 时使用的地址，包括 /gitlab 之类的路径以及正确的端口。</translation>
    </message>
    <message>
        <source>A GitLab API answers here.</source>
        <translation>此处有 GitLab API 响应。</translation>
    </message>
    <message>
        <source>JiHu edition</source>
        <translation>极狐版</translation>
    </message>
    <message>
        <source>Enterprise Edition</source>
        <translation>企业版</translation>
    </message>
    <message>
        <source>Community Edition</source>
        <translation>社区版</translation>
    </message>
    <message>
        <source>GitLab %1 (%2).</source>
        <translation>GitLab %1（%2）。</translation>
    </message>
    <message>
        <source>LabDesk supports GitLab 14.10 and later; some features will not work on this server.</source>
        <translation>LabDesk 支持 GitLab 14.10 及更高版本；部分功能在此服务器上将无法使用。</translation>
    </message>
    <message>
        <source>Before GitLab 15.10 runners can only be registered with a registration token; creating runners from LabDesk needs 15.10 or later.</source>
        <translation>GitLab 15.10 之前只能使用注册令牌注册 Runner；要从 LabDesk 创建 Runner，需要 15.10 或更高版本。</translation>
    </message>
    <message>
        <source>No token given.</source>
        <translation>未提供令牌。</translation>
    </message>
    <message>
        <source>The server rejected the token: %1</source>
        <translation>服务器拒绝了该令牌：%1</translation>
    </message>
    <message>
        <source>Create a new personal access token in GitLab under User settings &gt; Access tokens, with the api scope, and sign in with it.</source>
        <translation>请在 GitLab 的“用户设置 &gt; 访问令牌”中创建一个具有 api 范围的新个人访问令牌，并用它登录。</translation>
    </message>
    <message>
        <source>This server cannot tell a token&apos;s scopes (GitLab before 15.5).</source>
        <translation>此服务器无法查询令牌的范围（GitLab 15.5 之前的版本）。</translation>
    </message>
    <message>
        <source>Make sure the token has the api scope.</source>
        <translation>请确保该令牌具有 api 范围。</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>范围：%1。</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>将于 %1 过期。</translation>
    </message>
    <message>
        <source>%1 needs the %2 scope.</source>
        <translation>%1 需要 %2 范围。</translation>
    </message>
    <message>
        <source>Paths such as %1 reach GitLab intact.</source>
        <translation>%1 之类的路径可以完整到达 GitLab。</translation>
    </message>
    <message>
        <source>A request for %1 came back as &quot;%2&quot; (HTTP %3): something in front of GitLab decodes %4.</source>
        <translation>对 %1 的请求返回了“%2”（HTTP %3）：GitLab 前面的某个组件对 %4 进行了解码。</translation>
    </message>
    <message>
        <source>Configure the reverse proxy to pass the path unchanged: in nginx, proxy_pass without a path (proxy_pass http://gitlab;); in Apache, AllowEncodedSlashes NoDecode and ProxyPass ... nocanon.</source>
        <translation>请将反向代理配置为原样传递路径：nginx 中使用不带路径的 proxy_pass（proxy_pass http://gitlab;）；Apache 中使用 AllowEncodedSlashes NoDecode 和 ProxyPass ... nocanon。</translation>
    </message>
    <message>
        <source>The server sent no date to compare with.</source>
        <translation>服务器未返回可供比对的日期。</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the server&apos;s.</source>
        <translation>
            <numerusform>此计算机的时钟与服务器相差 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP) here or on the server: certificates and token expiry are judged by the clock.</source>
        <translation>请在此计算机或服务器上开启自动校时（NTP）：证书和令牌是否过期都以时钟为准。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s.</source>
        <translation>此计算机的时钟与服务器一致。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Accounts::ServerTrust</name>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>证书已于 %1 过期。</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation>证书在 %1 之前无效；请检查此计算机的时钟。</translation>
    </message>
    <message>
        <source>The certificate is self-signed: nobody vouches for it but the server itself.</source>
        <translation>证书为自签名证书：除服务器自身外，没有任何机构为其担保。</translation>
    </message>
    <message>
        <source>The certificate was issued by a certificate authority this computer does not know (a private CA, or a missing intermediate certificate).</source>
        <translation>证书由此计算机不认识的证书颁发机构颁发（私有 CA，或缺少中间证书）。</translation>
    </message>
    <message>
        <source>The certificate is for another name, not for the address you entered.</source>
        <translation>证书颁发给其他名称，与你输入的地址不符。</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>证书已被吊销。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Accounts::ServerUrl</name>
    <message>
        <source>Enter the address of your GitLab server, for example https://gitlab.com.</source>
        <translation>请输入你的 GitLab 服务器地址，例如 https://gitlab.com。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address. Use the address you open GitLab with in the browser, such as https://gitlab.example.com or http://192.168.1.20:8080.</source>
        <translation>“%1”不是有效的网址。请使用你在浏览器中打开 GitLab 时使用的地址，例如 https://gitlab.example.com 或 http://192.168.1.20:8080。</translation>
    </message>
    <message>
        <source>Add http:// or https:// in front of &apos;%1&apos;. Use the one your browser shows for this server; a new GitLab in Docker usually starts with http://.</source>
        <translation>请在“%1”前面加上 http:// 或 https://。以浏览器中显示的该服务器地址为准；在 Docker 中新部署的 GitLab 通常以 http:// 开头。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Accounts::SignInCheck</name>
    <message>
        <source>See groups, projects, pipelines and runners</source>
        <translation>查看群组、项目、流水线和 Runner</translation>
    </message>
    <message>
        <source>Create projects, edit members, upload SSH keys, run and retry pipelines, commit .gitlab-ci.yml</source>
        <translation>创建项目、编辑成员、上传 SSH 密钥、运行和重试流水线、提交 .gitlab-ci.yml</translation>
    </message>
    <message>
        <source>Create runners</source>
        <translation>创建 Runner</translation>
    </message>
    <message>
        <source>Clone over HTTPS</source>
        <translation>通过 HTTPS 克隆</translation>
    </message>
    <message>
        <source>Push over HTTPS</source>
        <translation>通过 HTTPS 推送</translation>
    </message>
    <message>
        <source>This token has expired. Create a new one in GitLab under User settings &gt; Access tokens.</source>
        <translation>此令牌已过期。请在 GitLab 的“用户设置 &gt; 访问令牌”中创建新令牌。</translation>
    </message>
    <message numerus="yes">
        <source>This token expires in %n day(s), on %1. Create a new one before then to keep working.</source>
        <translation>
            <numerusform>此令牌将在 %n 天后（%1）过期。请在此之前创建新令牌，以免影响使用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabDesk::Api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>服务器未及时响应。请检查连接后重试。</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>服务器证书不受信任：%1</translation>
    </message>
    <message>
        <source>The server redirected to another address (%1); LabDesk does not send your token there. Use that address as the server URL if it is right.</source>
        <translation>服务器重定向到了另一个地址（%1）；LabDesk 不会将你的令牌发送到该地址。如果该地址正确，请将其用作服务器 URL。</translation>
    </message>
    <message>
        <source>The server sent something that is not GitLab&apos;s answer (HTTP %1): %2</source>
        <translation>服务器返回的内容不是 GitLab 的响应（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The server rejected the access token: it may be wrong, revoked or expired. Sign in again with a new token.</source>
        <translation>服务器拒绝了访问令牌：该令牌可能有误、已被吊销或已过期。请使用新令牌重新登录。</translation>
    </message>
    <message>
        <source>The access token lacks a scope this needs. Create a token with the api scope.</source>
        <translation>访问令牌缺少此操作所需的范围。请创建具有 api 范围的令牌。</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>你没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <source>Not found, or you do not have access to it.</source>
        <translation>未找到，或你无权访问。</translation>
    </message>
    <message>
        <source>The server is limiting requests; try again in a moment.</source>
        <translation>服务器正在限制请求频率；请稍后重试。</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2</source>
        <translation>服务器出错（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>服务器出错（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>GitLab refused this: %1</source>
        <translation>GitLab 拒绝了此操作：%1</translation>
    </message>
    <message>
        <source>GitLab answered HTTP %1.</source>
        <translation>GitLab 返回了 HTTP %1。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ci::Editor</name>
    <message>
        <source>There is no job %1.</source>
        <translation>不存在作业 %1。</translation>
    </message>
    <message>
        <source>Job %1 comes from an included file; edit that file instead.</source>
        <translation>作业 %1 来自被包含的文件；请改为编辑该文件。</translation>
    </message>
    <message>
        <source>Job %1 is not written as a block mapping, so it cannot be edited here.</source>
        <translation>作业 %1 未以块映射形式书写，因此无法在此编辑。</translation>
    </message>
    <message>
        <source>%1.%2 is not a block mapping that can be edited.</source>
        <translation>%1.%2 不是可编辑的块映射。</translation>
    </message>
    <message>
        <source>%1 is not a block mapping that can be edited.</source>
        <translation>%1 不是可编辑的块映射。</translation>
    </message>
    <message>
        <source>%1 is not a valid YAML value.</source>
        <translation>%1 不是有效的 YAML 值。</translation>
    </message>
    <message>
        <source>No keyword given.</source>
        <translation>未指定关键字。</translation>
    </message>
    <message>
        <source>Job %1 has no %2.</source>
        <translation>作业 %1 没有 %2。</translation>
    </message>
    <message>
        <source>There is already a job %1.</source>
        <translation>已存在作业 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be a job name.</source>
        <translation>%1 不能用作作业名称。</translation>
    </message>
    <message>
        <source>The file is not a block mapping, so jobs cannot be added to it.</source>
        <translation>该文件不是块映射，因此无法向其中添加作业。</translation>
    </message>
    <message>
        <source>%1 is not a list.</source>
        <translation>%1 不是列表。</translation>
    </message>
    <message>
        <source>Job %1 already needs %2.</source>
        <translation>作业 %1 的 needs 中已包含 %2。</translation>
    </message>
    <message>
        <source>Job %1 has no needs.</source>
        <translation>作业 %1 没有 needs。</translation>
    </message>
    <message>
        <source>Job %1 does not need %2.</source>
        <translation>作业 %1 的 needs 中没有 %2。</translation>
    </message>
    <message>
        <source>Stage %1 already exists.</source>
        <translation>阶段 %1 已存在。</translation>
    </message>
    <message>
        <source>stages: is not a list.</source>
        <translation>stages: 不是列表。</translation>
    </message>
    <message>
        <source>There is no stage %1.</source>
        <translation>不存在阶段 %1。</translation>
    </message>
    <message>
        <source>The file declares no stages: list.</source>
        <translation>该文件未声明 stages: 列表。</translation>
    </message>
    <message>
        <source>The new order must list the same stages: %1.</source>
        <translation>新的顺序必须包含相同的阶段：%1。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ci::Expression</name>
    <message>
        <source>unexpected %1 in the expression</source>
        <translation>表达式中出现意外的 %1</translation>
    </message>
    <message>
        <source>unclosed ${ in the expression</source>
        <translation>表达式中的 ${ 未闭合</translation>
    </message>
    <message>
        <source>a variable name is missing after $</source>
        <translation>$ 后缺少变量名</translation>
    </message>
    <message>
        <source>unclosed string in the expression</source>
        <translation>表达式中的字符串未闭合</translation>
    </message>
    <message>
        <source>unclosed /regex/ in the expression</source>
        <translation>表达式中的 /regex/ 未闭合</translation>
    </message>
    <message>
        <source>unexpected character %1 in the expression</source>
        <translation>表达式中出现意外的字符 %1</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>a closing parenthesis is missing</source>
        <translation>缺少右括号</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ci::Model</name>
    <message>
        <source>More than %1 includes.</source>
        <translation>include 超过 %1 个。</translation>
    </message>
    <message>
        <source>Not available offline: %1</source>
        <translation>离线时不可用：%1</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1：%2（第 %3 行）</translation>
    </message>
    <message>
        <source>Includes are nested too deeply.</source>
        <translation>include 嵌套层级过深。</translation>
    </message>
    <message>
        <source>No working tree to read %1 from.</source>
        <translation>没有可从中读取 %1 的工作树。</translation>
    </message>
    <message>
        <source>No file matches %1.</source>
        <translation>没有与 %1 匹配的文件。</translation>
    </message>
    <message>
        <source>%1 is outside the repository.</source>
        <translation>%1 位于仓库之外。</translation>
    </message>
    <message>
        <source>Local file %1 does not exist.</source>
        <translation>本地文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Job %1 extends itself through a cycle.</source>
        <translation>作业 %1 的 extends 形成循环，继承了自身。</translation>
    </message>
    <message>
        <source>%1 extends %2, which is not defined.</source>
        <translation>%1 通过 extends 继承的 %2 未定义。</translation>
    </message>
    <message>
        <source>extends of %1 is nested more than %2 levels deep.</source>
        <translation>%1 的 extends 嵌套超过 %2 层。</translation>
    </message>
    <message>
        <source>!reference [%1] points to nothing.</source>
        <translation>!reference [%1] 未指向任何内容。</translation>
    </message>
    <message>
        <source>!reference is nested too deeply.</source>
        <translation>!reference 嵌套层级过深。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ci::Simulation</name>
    <message>
        <source>a rule without conditions</source>
        <translation>没有条件的规则</translation>
    </message>
    <message>
        <source>workflow:rules[%1] (%2) has when: never</source>
        <translation>workflow:rules[%1]（%2）设置了 when: never</translation>
    </message>
    <message>
        <source>workflow:rules[%1] matched (%2)</source>
        <translation>workflow:rules[%1] 已匹配（%2）</translation>
    </message>
    <message>
        <source>no workflow:rules entry matched</source>
        <translation>没有匹配的 workflow:rules 条目</translation>
    </message>
    <message>
        <source>no pipeline: %1</source>
        <translation>不会创建流水线：%1</translation>
    </message>
    <message>
        <source>no rule matched</source>
        <translation>没有匹配的规则</translation>
    </message>
    <message>
        <source>rules[%1]: %2</source>
        <translation>rules[%1]：%2</translation>
    </message>
    <message>
        <source>only: does not match</source>
        <translation>only: 不匹配</translation>
    </message>
    <message>
        <source>default only: [branches, tags] does not match</source>
        <translation>默认的 only: [branches, tags] 不匹配</translation>
    </message>
    <message>
        <source>except: matches (%1)</source>
        <translation>except: 匹配（%1）</translation>
    </message>
    <message>
        <source>only: matches (%1)</source>
        <translation>only: 匹配（%1）</translation>
    </message>
    <message>
        <source>default only: [branches, tags] matches</source>
        <translation>默认的 only: [branches, tags] 匹配</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ci::Validator</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>Duplicate key %1: the last one wins, the earlier one is ignored.</source>
        <translation>重复的键 %1：以最后一个为准，前面的将被忽略。</translation>
    </message>
    <message>
        <source>The unquoted key %1 is a boolean in YAML 1.1; quote it.</source>
        <translation>未加引号的键 %1 在 YAML 1.1 中是布尔值；请为其加上引号。</translation>
    </message>
    <message>
        <source>The unquoted %1 is the boolean %2 in YAML 1.1 (GitLab reads it so); quote it if you mean the word.</source>
        <translation>未加引号的 %1 在 YAML 1.1 中是布尔值 %2（GitLab 也这样解析）；如果指的是这个单词，请为其加上引号。</translation>
    </message>
    <message>
        <source>The unquoted %1 is the octal number %2 in YAML 1.1; quote it to keep the digits.</source>
        <translation>未加引号的 %1 在 YAML 1.1 中是八进制数 %2；请为其加上引号以保留原样的数字。</translation>
    </message>
    <message>
        <source>The unquoted %1 is the base-60 number %2 in YAML 1.1; quote it.</source>
        <translation>未加引号的 %1 在 YAML 1.1 中是六十进制数 %2；请为其加上引号。</translation>
    </message>
    <message>
        <source>%1 should be %2.</source>
        <translation>%1 应为%2。</translation>
    </message>
    <message>
        <source>a string or a list of strings</source>
        <translation>字符串或字符串列表</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>%1 should be one of: %2.</source>
        <translation>%1 应为以下值之一：%2。</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a job name or a mapping with job:</source>
        <translation>作业名称或包含 job: 的映射</translation>
    </message>
    <message>
        <source>a list of rules</source>
        <translation>规则列表</translation>
    </message>
    <message>
        <source>a list of refs or a mapping</source>
        <translation>引用列表或映射</translation>
    </message>
    <message>
        <source>a mapping of names to values</source>
        <translation>名称到值的映射</translation>
    </message>
    <message>
        <source>%1 should be between 1 and 200.</source>
        <translation>%1 应介于 1 到 200 之间。</translation>
    </message>
    <message>
        <source>a number or a mapping with matrix:</source>
        <translation>数字或包含 matrix: 的映射</translation>
    </message>
    <message>
        <source>true, false or a mapping with exit_codes:</source>
        <translation>true、false 或包含 exit_codes: 的映射</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>%1 should be 0, 1 or 2.</source>
        <translation>%1 应为 0、1 或 2。</translation>
    </message>
    <message>
        <source>a number or a mapping</source>
        <translation>数字或映射</translation>
    </message>
    <message>
        <source>an image name or a mapping with name:</source>
        <translation>镜像名称或包含 name: 的映射</translation>
    </message>
    <message>
        <source>a project path or a mapping</source>
        <translation>项目路径或映射</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a mapping or a list of mappings</source>
        <translation>映射或映射列表</translation>
    </message>
    <message>
        <source>%1 has an unknown keyword: %2.</source>
        <translation>%1 包含未知关键字：%2。</translation>
    </message>
    <message>
        <source>%1 has an unknown keyword: %2. Did you mean %3?</source>
        <translation>%1 包含未知关键字：%2。您是指 %3 吗？</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The CI configuration should be a mapping of keywords and jobs.</source>
        <translation>CI 配置应为由关键字和作业组成的映射。</translation>
    </message>
    <message>
        <source>%1 is a job keyword, not a job name: at the top level it defines a job called %1. Move it into a job or under default:.</source>
        <translation>%1 是作业关键字，不是作业名称：在顶层它会定义一个名为 %1 的作业。请将其移到某个作业中或 default: 下。</translation>
    </message>
    <message>
        <source>Job %1 should be a mapping of keywords.</source>
        <translation>作业 %1 应为由关键字组成的映射。</translation>
    </message>
    <message>
        <source>Unknown keyword %1. Did you mean %2?</source>
        <translation>未知关键字 %1。您是指 %2 吗？</translation>
    </message>
    <message>
        <source>a list of stage names</source>
        <translation>阶段名称列表</translation>
    </message>
    <message>
        <source>a path, a mapping or a list</source>
        <translation>路径、映射或列表</translation>
    </message>
    <message>
        <source>Job %1 uses stage %2, which is not in stages:.</source>
        <translation>作业 %1 使用的阶段 %2 不在 stages: 中。</translation>
    </message>
    <message>
        <source>Job %1 uses stage %2, which is not in stages:. Did you mean %3?</source>
        <translation>作业 %1 使用的阶段 %2 不在 stages: 中。您是指 %3 吗？</translation>
    </message>
    <message>
        <source>Job %1 has no script: (and no trigger:), neither itself nor through extends.</source>
        <translation>作业 %1 没有 script:（也没有 trigger:），自身和通过 extends 继承的配置中都没有。</translation>
    </message>
    <message>
        <source>Job %1 needs %2, which is not a job.</source>
        <translation>作业 %1 的 needs 引用了 %2，但它不是作业。</translation>
    </message>
    <message>
        <source>Job %1 needs %2, which is not a job. Did you mean %3?</source>
        <translation>作业 %1 的 needs 引用了 %2，但它不是作业。您是指 %3 吗？</translation>
    </message>
    <message>
        <source>Job %1 needs %2, which runs in the later stage %3.</source>
        <translation>作业 %1 的 needs 引用了 %2，但它在更靠后的阶段 %3 中运行。</translation>
    </message>
    <message>
        <source>Job %1 depends on %2, which is not a job.</source>
        <translation>作业 %1 的 dependencies 引用了 %2，但它不是作业。</translation>
    </message>
    <message>
        <source>Job %1 depends on %2, which runs in a later stage.</source>
        <translation>作业 %1 的 dependencies 引用了 %2，但它在更靠后的阶段中运行。</translation>
    </message>
    <message>
        <source>The file defines no visible job.</source>
        <translation>该文件未定义任何可见作业。</translation>
    </message>
    <message>
        <source>needs form a cycle: %1.</source>
        <translation>needs 形成了循环：%1。</translation>
    </message>
    <message>
        <source> The default branch is %1.</source>
        <translation>默认分支为 %1。</translation>
    </message>
    <message>
        <source>Job %1 runs only on %2, which matches no existing branch, so it never runs.%3</source>
        <translation>作业 %1 只在 %2 上运行，但它不匹配任何现有分支，因此永远不会运行。%3</translation>
    </message>
    <message>
        <source>Job %1 has a rule for branch %2, which does not exist.%3</source>
        <translation>作业 %1 有一条针对分支 %2 的规则，但该分支不存在。%3</translation>
    </message>
    <message>
        <source>No online runner runs untagged jobs, so job %1 would stay pending.</source>
        <translation>没有在线 Runner 运行未标记的作业，因此作业 %1 将一直处于等待状态。</translation>
    </message>
    <message>
        <source>No online runner has all the tags %1, so job %2 would stay pending.</source>
        <translation>没有在线 Runner 同时具有标签 %1，因此作业 %2 将一直处于等待状态。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Git::ClonesModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>找不到文件夹</translation>
    </message>
    <message>
        <source>Not a Git repository</source>
        <translation>不是 Git 仓库</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>游离于 %1</translation>
    </message>
    <message>
        <source>no upstream</source>
        <translation>无上游</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>↑%1 ↓%2</source>
        <translation>↑%1 ↓%2</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>无改动</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 个改动</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists. Remove it from the list, or restore the folder.</source>
        <translation>%1 已不存在。请将其从列表中移除，或恢复该文件夹。</translation>
    </message>
    <message>
        <source>%1 commit(s) ahead of and %2 behind %3</source>
        <translation>领先 %3 %1 个提交，落后 %2 个提交</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Ahead/behind</source>
        <translation>领先/落后</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>%1 is not inside a Git working copy.</source>
        <translation>%1 不在 Git 工作副本中。</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Git::LocalCommit</name>
    <message>
        <source>%1 is not inside a git clone</source>
        <translation>%1 不在 git 克隆中</translation>
    </message>
    <message>
        <source>Cannot read the index</source>
        <translation>无法读取索引</translation>
    </message>
    <message>
        <source>Cannot stage %1</source>
        <translation>无法暂存 %1</translation>
    </message>
    <message>
        <source>No author identity</source>
        <translation>没有作者身份</translation>
    </message>
    <message>
        <source>Cannot create branch %1</source>
        <translation>无法创建分支 %1</translation>
    </message>
    <message>
        <source>Cannot switch to branch %1</source>
        <translation>无法切换到分支 %1</translation>
    </message>
    <message>
        <source>Cannot commit</source>
        <translation>无法提交</translation>
    </message>
</context>
<context>
    <name>LabDesk::Git::TransferJob</name>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>The server refused the credentials %n time(s); LabDesk stopped trying. Check the token or key and your access to the project.</source>
        <translation>
            <numerusform>服务器已 %n 次拒绝凭据，LabDesk 不再重试。请检查令牌或密钥，以及您对该项目的访问权限。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The server asks for a sign-in. Sign in to %1 in LabDesk (or use SSH) and try again.</source>
        <translation>服务器要求登录。请在 LabDesk 中登录 %1（或改用 SSH）后重试。</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted (SHA-256 %3). If you know it is the server&apos;s, trust it for this server when signing in (Account &gt; Trusted Certificates), then clone again.</source>
        <translation>%1:%2 的证书不受信任（SHA-256 %3）。如果确认这是该服务器的证书，请在登录时为此服务器信任它（账户 &gt; 受信任的证书），然后重新克隆。</translation>
    </message>
    <message>
        <source>The host key of %1 has changed (now %2). This can mean someone is intercepting the connection, or the server was reinstalled. LabDesk refuses to connect; ask the server&apos;s administrator, then remove the old key from ~/.ssh/known_hosts.</source>
        <translation>%1 的主机密钥已改变（现在为 %2）。这可能意味着有人在拦截连接，也可能是服务器重装过。LabDesk 拒绝连接；请先询问服务器管理员，再从 ~/.ssh/known_hosts 中删除旧密钥。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) was not accepted, so LabDesk did not connect.</source>
        <translation>未接受 %1 的主机密钥（%2），因此 LabDesk 没有连接。</translation>
    </message>
    <message>
        <source>The clone was canceled.</source>
        <translation>克隆已取消。</translation>
    </message>
    <message>
        <source>The server refused access. Check the token or key and your access to the project.</source>
        <translation>服务器拒绝访问。请检查令牌或密钥，以及您对该项目的访问权限。</translation>
    </message>
    <message>
        <source>The repository was not found, or you have no access to it.</source>
        <translation>找不到该仓库，或您没有访问权限。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate could not be checked.</source>
        <translation>安全连接失败：无法验证服务器的证书。</translation>
    </message>
    <message>
        <source>Could not reach the server or the connection broke off. Check the address, the port and your network.</source>
        <translation>无法连接服务器，或连接中断。请检查地址、端口和网络。</translation>
    </message>
    <message>
        <source>The clone failed.</source>
        <translation>克隆失败。</translation>
    </message>
    <message>
        <source>%1 is not a Git repository.</source>
        <translation>%1 不是 Git 仓库。</translation>
    </message>
    <message>
        <source>The repository has no remote named %1.</source>
        <translation>该仓库没有名为 %1 的远程。</translation>
    </message>
    <message>
        <source>The fetch was canceled.</source>
        <translation>获取已取消。</translation>
    </message>
    <message>
        <source>The fetch failed.</source>
        <translation>获取失败。</translation>
    </message>
    <message>
        <source>Choose a folder for the clone.</source>
        <translation>请为克隆选择一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or an empty folder.</source>
        <translation>文件夹 %1 不是空的。请选择一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Receiving objects</source>
        <translation>正在接收对象</translation>
    </message>
    <message>
        <source>Resolving deltas</source>
        <translation>正在处理增量</translation>
    </message>
    <message>
        <source>Checking out files</source>
        <translation>正在检出文件</translation>
    </message>
    <message>
        <source>Cloning submodules</source>
        <translation>正在克隆子模块</translation>
    </message>
    <message>
        <source>“%1” is not a clone address. Use https://…, ssh://… or user@host:path.</source>
        <translation>“%1”不是克隆地址。请使用 https://…、ssh://… 或 user@host:path。</translation>
    </message>
    <message>
        <source>No branch is checked out, so there is nothing to push.</source>
        <translation>没有检出任何分支，因此没有可推送的内容。</translation>
    </message>
    <message>
        <source>%1 has new commits on %2 that this clone does not have, so the push was refused (not a fast-forward). Your commit stays in the clone: pull or rebase, then push again.</source>
        <translation>%1 的 %2 分支上有此克隆中没有的新提交，因此推送被拒绝（不是快进）。您的提交仍保留在克隆中：请先拉取或变基，然后再次推送。</translation>
    </message>
    <message>
        <source>The push was canceled.</source>
        <translation>推送已取消。</translation>
    </message>
    <message>
        <source>The push failed.</source>
        <translation>推送失败。</translation>
    </message>
    <message>
        <source>%1 refused the push of %2: %3</source>
        <translation>%1 拒绝了 %2 的推送：%3</translation>
    </message>
</context>
<context>
    <name>LabDesk::GuiCommandLine</name>
    <message>
        <source>Start on the built-in demo GitLab sandbox.</source>
        <translation>在内置的 GitLab 演示沙盒上启动。</translation>
    </message>
    <message>
        <source>User interface language: %1.</source>
        <translation>界面语言：%1。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>打开此页面：%1。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file once its data has loaded, then exit.</source>
        <translation>待数据加载完成后，将主窗口渲染为 PNG 文件并退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>LabDesk, a desktop workstation for GitLab.</source>
        <translation>LabDesk，GitLab 桌面工作台。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unsupported language &apos;%1&apos;. Available: %2.</source>
        <translation>不支持的语言“%1”。可用语言：%2。</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;. Pages: %2.</source>
        <translation>未知页面“%1”。可用页面：%2。</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot 需要一个文件名。</translation>
    </message>
    <message>
        <source>Usage: labdesk [--demo] [--lang LANG] [--page NAME] [--screenshot FILE]</source>
        <translation>用法：labdesk [--demo] [--lang 语言] [--page 名称] [--screenshot 文件]</translation>
    </message>
</context>
<context>
    <name>LabDesk::Labctl</name>
    <message>
        <source>missing command</source>
        <translation>缺少命令</translation>
    </message>
    <message>
        <source>unknown command or option &apos;%1&apos;</source>
        <translation>未知的命令或选项“%1”</translation>
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
        <translation>用法：labctl &lt;命令&gt; [选项]

LabDesk 的脚本命令行工具。

命令：
  doctor URL [--token-file F] [--json]
                 逐层检查与 GitLab 服务器的连接，并说明如何修复失败项。
                 任一检查失败时退出码为 1。
  projects --server URL --token-file F [--all] [--keyset] [--json]
                 列出该令牌可见的项目（前 100 个，或使用 --all 列出全部）。
  ci lint|graph|edit|expand|which FILE ...
                 离线检查、绘制、编辑、展开或模拟 .gitlab-ci.yml
                 （labctl ci --help 列出各自的选项）。

选项：
  -h, --help       显示此帮助并退出。
  -v, --version    显示版本号并退出；加上 --verbose 时同时列出所用的库。
</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>the token file %1 is empty</source>
        <translation>令牌文件 %1 为空</translation>
    </message>
    <message>
        <source>doctor needs exactly one server address</source>
        <translation>doctor 需要且只能有一个服务器地址</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>解决方法：%1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>projects needs --server and --token-file</source>
        <translation>projects 需要 --server 和 --token-file</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>选项 --%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>missing FILE</source>
        <translation>缺少 FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation>%1 有效。</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>which needs --ref</source>
        <translation>which 需要 --ref</translation>
    </message>
    <message>
        <source>--var needs KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--var 需要 KEY=VALUE 格式，而不是“%1”</translation>
    </message>
    <message>
        <source>workflow: %1</source>
        <translation>workflow：%1</translation>
    </message>
    <message numerus="yes">
        <source>option %1 needs %n value(s)</source>
        <translation>
            <numerusform>选项 %1 需要 %n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs right after --%2</source>
        <translation>%1 必须紧跟在 --%2 之后</translation>
    </message>
    <message>
        <source>edit needs at least one operation</source>
        <translation>edit 至少需要一个操作</translation>
    </message>
    <message>
        <source>--set needs JOB.KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set 需要 JOB.KEY=VALUE 格式，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 does not name a job&apos;s keyword (JOB.KEY)</source>
        <translation>%1 不是作业的关键字（JOB.KEY）</translation>
    </message>
    <message>
        <source>--add-job NAME needs --stage S</source>
        <translation>--add-job NAME 需要 --stage S</translation>
    </message>
    <message>
        <source>internal error: the edit does not apply</source>
        <translation>内部错误：无法应用该编辑</translation>
    </message>
    <message>
        <source>the edits would make the file invalid YAML; nothing written</source>
        <translation>这些编辑会使文件变为无效的 YAML；未写入任何内容</translation>
    </message>
    <message>
        <source>labctl ci: warning: need left dangling: %1</source>
        <translation>labctl ci: 警告：留下了悬空的 needs 引用：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>  ci lint FILE [--json] [--default-branch B] [--branches a,b] [--runner TAGS[:untagged]]... [--root DIR]
                 检查 .gitlab-ci.yml 是否有效。存在错误时退出码为 1。
  ci graph FILE [--json]
                 输出展开后的阶段和作业，及其 needs。
  ci edit FILE OP... [--dry-run]
                 OP（操作）：--set JOB.KEY=VALUE，--unset JOB.KEY，--add-job NAME --stage S，
                 --rename-job OLD NEW，--duplicate-job NAME NEW，--delete-job NAME，--move-job NAME STAGE，
                 --add-need JOB NEED，--remove-need JOB NEED，--add-stage S [--before T]，
                 --remove-stage S，--reorder-stages a,b,c。直接改写文件，或输出 diff。
  ci expand FILE  输出合并后的 YAML（已解析 include、extends 和 !reference）。
  ci which FILE --ref R [--tag] [--source push] [--var K=V]... [--changed PATH]... [--json]
                 针对 R 的流水线会运行哪些作业，以及原因。
</translation>
    </message>
    <message>
        <source>ci needs a subcommand</source>
        <translation>ci 需要一个子命令</translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos;</source>
        <translation>未知的 ci 子命令“%1”</translation>
    </message>
</context>
<context>
    <name>LabDesk::LibraryVersions</name>
    <message>
        <source>threads</source>
        <translation>多线程</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>nanosecond timestamps</source>
        <translation>纳秒级时间戳</translation>
    </message>
    <message>
        <source>no optional features</source>
        <translation>无可选功能</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>功能：%1</translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation>编译时版本 %1</translation>
    </message>
</context>
<context>
    <name>LabDesk::Main</name>
    <message>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); for a picture of the window run `labdesk --demo --screenshot labdesk.png`, or start it under `xvfb-run labdesk`.</source>
        <translation>没有可用的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）；如需窗口截图，请运行 `labdesk --demo --screenshot labdesk.png`，或用 `xvfb-run labdesk` 启动。</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>正在启动演示沙盒…</translation>
    </message>
    <message>
        <source>Demo mode: LabDesk is talking to its built-in GitLab sandbox at %1. Nothing you do here touches a real server.</source>
        <translation>演示模式：LabDesk 正在连接位于 %1 的内置 GitLab 沙盒。此处的任何操作都不会影响真实的服务器。</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>演示沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>Signing in to the demo sandbox…</source>
        <translation>正在登录演示沙盒…</translation>
    </message>
    <message>
        <source>The demo sandbox refused to sign in: %1</source>
        <translation>演示沙盒拒绝登录：%1</translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::AccessLevels</name>
    <message>
        <source>No access</source>
        <translation>无访问权限</translation>
    </message>
    <message>
        <source>Minimal access</source>
        <translation>最小访问权限</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告者</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>维护者</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::AccessRequestsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::GroupTreeModel</name>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Every project you can see on this server</source>
        <translation>你在此服务器上可见的所有项目</translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::MembersModel</name>
    <message>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>A member through a group above; change it there.</source>
        <translation>通过上级群组成为成员；请在该群组中修改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>成员关系</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::NameRules</name>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most 255 characters).</source>
        <translation>名称太长（最多 255 个字符）。</translation>
    </message>
    <message>
        <source>A name can contain only letters, digits, emoji, &apos;_&apos;, &apos;.&apos;, &apos;+&apos;, dashes and spaces, and must start with a letter, a digit, an emoji or &apos;_&apos;.</source>
        <translation>名称只能包含字母、数字、表情符号、&apos;_&apos;、&apos;.&apos;、&apos;+&apos;、短横线和空格，并且必须以字母、数字、表情符号或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <source>A group name can contain only letters, digits, emoji, &apos;_&apos;, &apos;.&apos;, parentheses, dashes and spaces, and must start with a letter, a digit, an emoji or &apos;_&apos;.</source>
        <translation>群组名称只能包含字母、数字、表情符号、&apos;_&apos;、&apos;.&apos;、括号、短横线和空格，并且必须以字母、数字、表情符号或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <source>Enter a path.</source>
        <translation>请输入路径。</translation>
    </message>
    <message>
        <source>The path is too long (at most 255 characters).</source>
        <translation>路径太长（最多 255 个字符）。</translation>
    </message>
    <message>
        <source>A path can contain only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, and cannot start with &apos;-&apos;.</source>
        <translation>路径只能包含字母、数字、&apos;_&apos;、&apos;-&apos; 和 &apos;.&apos;，且不能以 &apos;-&apos; 开头。</translation>
    </message>
    <message>
        <source>A path cannot end in &apos;.git&apos; or &apos;.atom&apos;.</source>
        <translation>路径不能以 &apos;.git&apos; 或 &apos;.atom&apos; 结尾。</translation>
    </message>
    <message>
        <source>A path cannot start or end with &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, nor contain two of them in a row.</source>
        <translation>路径不能以 &apos;_&apos;、&apos;-&apos; 或 &apos;.&apos; 开头或结尾，也不能连续包含其中两个。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::PendingUsersModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>注册时间</translation>
    </message>
</context>
<context>
    <name>LabDesk::Models::ProjectListModel</name>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>No pipeline</source>
        <translation>无流水线</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Default branch</source>
        <translation>默认分支</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
</context>
<context>
    <name>LabDesk::Sandbox::SandboxServer</name>
    <message>
        <source>unknown seed &apos;%1&apos; (use empty, demo or projects:N)</source>
        <translation>未知的种子数据“%1”（可用：empty、demo 或 projects:N）</translation>
    </message>
</context>
<context>
    <name>LabDesk::Sandbox::Store</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>无法创建数据目录 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
</context>
<context>
    <name>LabDesk::SandboxCli</name>
    <message>
        <source>A GitLab REST API v4 server for LabDesk&apos;s demo mode and tests.</source>
        <translation>供 LabDesk 演示模式和测试使用的 GitLab REST API v4 服务器。</translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one.</source>
        <translation>监听的地址和端口；端口为 0 时自动选择空闲端口。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s token from FILE, or write a new one there.</source>
        <translation>从文件读取管理员令牌，文件不存在时生成新令牌并写入。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>GitLab version to emulate, e.g. 16.2.3-jh.</source>
        <translation>要模拟的 GitLab 版本，例如 16.2.3-jh。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8080.</source>
        <translation>--listen 需要“主机:端口”形式的数字地址，例如 127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>administrator token: %1</source>
        <translation>管理员令牌：%1</translation>
    </message>
    <message>
        <source>Keep the server&apos;s state in DIR, so a restart keeps it; without it the state lives in memory.</source>
        <translation>将服务器状态保存在该目录中，重启后仍然保留；不指定时状态只保存在内存里。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>What an empty state starts with: empty (only the administrator), demo, or projects:N.</source>
        <translation>空状态的初始数据：empty（仅管理员）、demo 或 projects:N。</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>种子数据</translation>
    </message>
    <message>
        <source>--seed wants empty, demo or projects:N, not &apos;%1&apos;.</source>
        <translation>--seed 只接受 empty、demo 或 projects:N，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>LabDesk::ScreenshotJob</name>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
    <message>
        <source>the current page has no dialog named %1</source>
        <translation>当前页面没有名为 %1 的对话框</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::KeyGenerator</name>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>libssh could not generate an ED25519 key.</source>
        <translation>libssh 无法生成 ED25519 密钥。</translation>
    </message>
    <message>
        <source>libssh could not export the new private key.</source>
        <translation>libssh 无法导出新私钥。</translation>
    </message>
    <message>
        <source>libssh exported the key in an unexpected format.</source>
        <translation>libssh 导出的密钥格式不符合预期。</translation>
    </message>
    <message>
        <source>libssh could not export the new public key.</source>
        <translation>libssh 无法导出新公钥。</translation>
    </message>
    <message>
        <source>libssh exported a public key that cannot be read back.</source>
        <translation>libssh 导出的公钥无法读回。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::KeySetup</name>
    <message>
        <source>GitLab already has this key, on your account or on another one. A key can belong to only one GitLab account: create a new key for this one.</source>
        <translation>GitLab 中已有此密钥（在您的账户或其他账户中）。一个密钥只能属于一个 GitLab 账户：请为此账户创建新密钥。</translation>
    </message>
    <message>
        <source>GitLab does not accept this key: it is damaged or of a type the server forbids. Use an ED25519 key.</source>
        <translation>GitLab 不接受此密钥：它已损坏，或其类型被服务器禁止。请使用 ED25519 密钥。</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>过期日期必须是将来的日期。</translation>
    </message>
    <message>
        <source>GitLab refuses this key because it is too short. Use an ED25519 key.</source>
        <translation>此密钥太短，GitLab 拒绝接受。请使用 ED25519 密钥。</translation>
    </message>
    <message>
        <source>Give the key a title.</source>
        <translation>请为密钥填写标题。</translation>
    </message>
    <message>
        <source>The title is too long (at most 255 characters).</source>
        <translation>标题过长（最多 255 个字符）。</translation>
    </message>
    <message>
        <source>Your access token may not add keys: it needs the &quot;api&quot; scope.</source>
        <translation>您的访问令牌无权添加密钥：它需要 &quot;api&quot; 范围。</translation>
    </message>
    <message>
        <source>GitLab refused the key: %1</source>
        <translation>GitLab 拒绝了该密钥：%1</translation>
    </message>
    <message>
        <source>There is no key to upload.</source>
        <translation>没有可上传的密钥。</translation>
    </message>
    <message>
        <source>This key is already on your GitLab account.</source>
        <translation>此密钥已在您的 GitLab 账户中。</translation>
    </message>
    <message>
        <source>known_hosts lists another key for %1: LabDesk will not replace it.</source>
        <translation>known_hosts 中记录了 %1 的另一个密钥：LabDesk 不会替换它。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::PublicKey</name>
    <message>
        <source>Paste a public key or choose a .pub file.</source>
        <translation>请粘贴公钥或选择 .pub 文件。</translation>
    </message>
    <message>
        <source>This is a private key. Never share it: use the matching .pub file instead.</source>
        <translation>这是私钥，切勿分享：请改用对应的 .pub 文件。</translation>
    </message>
    <message>
        <source>This key is in the SSH2 (PuTTY) format. Convert it with &quot;ssh-keygen -i -f FILE&quot; and paste the result.</source>
        <translation>此密钥为 SSH2（PuTTY）格式。请用 &quot;ssh-keygen -i -f 文件&quot; 转换后粘贴结果。</translation>
    </message>
    <message>
        <source>DSA keys are no longer accepted by GitLab. Create an ED25519 key instead.</source>
        <translation>GitLab 已不再接受 DSA 密钥。请改为创建 ED25519 密钥。</translation>
    </message>
    <message>
        <source>This does not look like an SSH public key: it should start with &quot;ssh-ed25519&quot;, &quot;ecdsa-sha2-&quot; or &quot;ssh-rsa&quot;.</source>
        <translation>这看起来不是 SSH 公钥：它应以 &quot;ssh-ed25519&quot;、&quot;ecdsa-sha2-&quot; 或 &quot;ssh-rsa&quot; 开头。</translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; GitLab and OpenSSH need at least 2048. Create an ED25519 key instead.</source>
        <translation>此 RSA 密钥只有 %1 位；GitLab 和 OpenSSH 至少需要 2048 位。请改为创建 ED25519 密钥。</translation>
    </message>
    <message>
        <source>The key is incomplete or damaged: copy the whole line of the .pub file.</source>
        <translation>密钥不完整或已损坏：请复制 .pub 文件的整行内容。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::SshAgent</name>
    <message>
        <source>No ssh-agent is running (SSH_AUTH_SOCK is not set).</source>
        <translation>没有正在运行的 ssh-agent（未设置 SSH_AUTH_SOCK）。</translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: the passphrase is wrong or the file is damaged.</source>
        <translation>无法读取私钥 %1：密码短语错误或文件已损坏。</translation>
    </message>
    <message>
        <source>libssh could not export the key for the agent.</source>
        <translation>libssh 无法为 agent 导出密钥。</translation>
    </message>
    <message>
        <source>ssh-add failed: %1</source>
        <translation>ssh-add 失败：%1</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::SshConfig</name>
    <message>
        <source>No host name for the SSH configuration entry.</source>
        <translation>SSH 配置条目缺少主机名。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2.</source>
        <translation>无法将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ssh::SshProbe</name>
    <message>
        <source>%1 answered over SSH.</source>
        <translation>%1 已通过 SSH 应答。</translation>
    </message>
    <message>
        <source>GitLab answered: &quot;Welcome to GitLab, @%1!&quot; Your key works.</source>
        <translation>GitLab 回应：&quot;Welcome to GitLab, @%1!&quot; 您的密钥可用。</translation>
    </message>
    <message>
        <source>The host name %1 cannot be found. Check the SSH host in GitLab&apos;s clone URLs, or your DNS.</source>
        <translation>找不到主机名 %1。请检查 GitLab 克隆地址中的 SSH 主机或您的 DNS。</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the SSH port is closed. GitLab in Docker often publishes SSH on another port (such as 222); check the port in the project&apos;s SSH clone URL and your firewall.</source>
        <translation>%1 上没有服务接受连接：SSH 端口未开放。Docker 中的 GitLab 常把 SSH 发布在其他端口（如 222）；请检查项目 SSH 克隆地址中的端口及防火墙。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. A firewall may drop SSH connections, or the host is down.</source>
        <translation>%1 未及时应答。可能是防火墙丢弃了 SSH 连接，或主机已停机。</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed: %2</source>
        <translation>到 %1 的 SSH 连接失败：%2</translation>
    </message>
    <message>
        <source>The host key of %1 is not in known_hosts yet; confirm it first.</source>
        <translation>%1 的主机密钥尚未加入 known_hosts；请先确认。</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since you last connected (now %2). Someone may be intercepting the connection, or the server was reinstalled. LabDesk refuses to connect; ask the server&apos;s administrator for the right fingerprint and remove the old line from known_hosts only if it matches.</source>
        <translation>%1 的主机密钥自上次连接以来已改变（现在为 %2）。可能有人在拦截连接，或服务器已重装。LabDesk 拒绝连接；请向服务器管理员索取正确的指纹，仅在一致时才从 known_hosts 中删除旧行。</translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: the passphrase is wrong or the file is damaged.</source>
        <translation>无法读取私钥 %1：密码短语错误或文件已损坏。</translation>
    </message>
    <message>
        <source>The server refused the key for user &quot;%1&quot;. Check that the public key is added to your GitLab account (and not expired), and wait a moment after adding it.</source>
        <translation>服务器拒绝了用户 &quot;%1&quot; 的密钥。请确认公钥已添加到您的 GitLab 账户（且未过期），添加后请稍候片刻。</translation>
    </message>
    <message>
        <source>The server refused the login as &quot;%1&quot;. GitLab accepts SSH logins only as the user in its clone URLs (usually &quot;git&quot;), whatever your GitLab username is.</source>
        <translation>服务器拒绝以 &quot;%1&quot; 登录。无论您的 GitLab 用户名是什么，GitLab 只接受克隆地址中的用户（通常为 &quot;git&quot;）进行 SSH 登录。</translation>
    </message>
    <message>
        <source>Logged in to %1, but the server sent no GitLab welcome: it may not be GitLab&apos;s SSH server.</source>
        <translation>已登录 %1，但服务器未发送 GitLab 欢迎信息：它可能不是 GitLab 的 SSH 服务器。</translation>
    </message>
    <message>
        <source>Logged in to %1, but the server answered: %2</source>
        <translation>已登录 %1，但服务器回应：%2</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AboutDialog</name>
    <message>
        <source>Copy Versions</source>
        <translation>复制版本信息</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AccountSwitcher</name>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Sign in to a GitLab server</source>
        <translation>登录到 GitLab 服务器</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>%1 (sign in again)</source>
        <translation>%1（需重新登录）</translation>
    </message>
    <message>
        <source>The server rejected the token of %1</source>
        <translation>服务器拒绝了 %1 的令牌</translation>
    </message>
    <message>
        <source>Signed in as %1 for this session only</source>
        <translation>已登录为 %1（仅限本次会话）</translation>
    </message>
    <message>
        <source>Trusted Certificates…</source>
        <translation>受信任的证书…</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1（本次会话）</translation>
    </message>
    <message>
        <source>Sign Out of %1</source>
        <translation>从 %1 退出登录</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AccountsController</name>
    <message>
        <source>Token Rejected</source>
        <translation>令牌被拒绝</translation>
    </message>
    <message>
        <source>%1 rejected the access token of %2: it may have been revoked or have expired.</source>
        <translation>%1 拒绝了 %2 的访问令牌：该令牌可能已被吊销或已过期。</translation>
    </message>
    <message>
        <source>Sign in again with a new token to go on working with this server.</source>
        <translation>请使用新令牌重新登录，以继续使用此服务器。</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>重新登录…</translation>
    </message>
    <message>
        <source>Cannot Use Account</source>
        <translation>无法使用账户</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AddKeyDialog</name>
    <message>
        <source>Authentication &amp; signing</source>
        <translation>认证和签名</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation>选择公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 key, %2</source>
        <translation>%1 密钥，%2</translation>
    </message>
    <message>
        <source>Note: RSA keys cannot sign in to current OpenSSH servers through LabDesk&apos;s git transport; ED25519 is recommended.</source>
        <translation>注意：RSA 密钥无法通过 LabDesk 的 git 传输登录当前的 OpenSSH 服务器；推荐使用 ED25519。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AddMemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1（@%2）</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>没有匹配的用户。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::AdminView</name>
    <message>
        <source>New users sign up at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;; send them this link.</source>
        <translation>新用户在 &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; 注册；请把此链接发给他们。</translation>
    </message>
    <message>
        <source>Loading sign-ups…</source>
        <translation>正在加载注册申请…</translation>
    </message>
    <message>
        <source>The sign-ups could not be loaded: %1</source>
        <translation>无法加载注册申请：%1</translation>
    </message>
    <message>
        <source>Nobody is waiting for approval.</source>
        <translation>没有人在等待批准。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Select a sign-up first.</source>
        <translation>请先选择一个注册申请。</translation>
    </message>
    <message>
        <source>Let this person sign in</source>
        <translation>允许此人登录</translation>
    </message>
    <message>
        <source>Refuse this sign-up and delete the account</source>
        <translation>拒绝此注册并删除账号</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <source>Rejected the sign-up of %1.</source>
        <translation>已拒绝 %1 的注册。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiEditorView</name>
    <message>
        <source>Opened %1 from %2 (branch %3).</source>
        <translation>已从 %2 打开 %1（分支 %3）。</translation>
    </message>
    <message>
        <source>Committed to %1 on %2.</source>
        <translation>已提交到 %1 的 %2 分支。</translation>
    </message>
    <message>
        <source>The server says this configuration is valid.</source>
        <translation>服务器确认此配置有效。</translation>
    </message>
    <message>
        <source>The server found problems:</source>
        <translation>服务器发现以下问题：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>从模板新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open from &amp;Server…</source>
        <translation>从服务器打开(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Commit to Server…</source>
        <translation>提交到服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Commit to &amp;Local Clone…</source>
        <translation>提交到本地克隆(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Job…</source>
        <translation>添加作业(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>流水线(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lint on Server</source>
        <translation>在服务器上检查(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Which Jobs Run…</source>
        <translation>哪些作业会运行(&amp;W)…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Edit a .gitlab-ci.yml</source>
        <translation>编辑 .gitlab-ci.yml</translation>
    </message>
    <message>
        <source>Open a file from disk or from a project on your server, drop one here, or start from our template with build, test and deploy stages. Graph, form and text stay in sync.</source>
        <translation>从磁盘或服务器上的项目打开文件，拖放到此处，或从包含构建、测试和部署阶段的模板开始。图、表单和文本始终保持同步。</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open from Server…</source>
        <translation>从服务器打开…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Which Jobs Run</source>
        <translation>哪些作业会运行</translation>
    </message>
    <message>
        <source>Server Lint</source>
        <translation>服务器检查</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>NAME=value, …</source>
        <translation>名称=值, …</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>src/main.c, docs/index.md, …</source>
        <translation>src/main.c, docs/index.md, …</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>变更的文件</translation>
    </message>
    <message>
        <source>Show Jobs</source>
        <translation>显示作业</translation>
    </message>
    <message>
        <source>Choose a ref and a source to see which jobs a pipeline would run.</source>
        <translation>选择引用和来源，查看流水线会运行哪些作业。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Dry run on</source>
        <translation>试运行于</translation>
    </message>
    <message>
        <source>default branch</source>
        <translation>默认分支</translation>
    </message>
    <message>
        <source>Lint on Server</source>
        <translation>在服务器上检查</translation>
    </message>
    <message>
        <source>Open the file from a project on your server to lint it there, includes and all.</source>
        <translation>从服务器上的项目打开文件，即可在服务器上连同 include 一起检查。</translation>
    </message>
    <message>
        <source>The merged YAML appears here.</source>
        <translation>合并后的 YAML 显示在这里。</translation>
    </message>
    <message>
        <source>LabDesk kept unsaved changes to this file from a previous session.</source>
        <translation>LabDesk 保留了上次会话中此文件未保存的更改。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>This pipeline</source>
        <translation>此流水线</translation>
    </message>
    <message>
        <source>LabDesk kept an unsaved pipeline from a previous session.</source>
        <translation>LabDesk 保留了上次会话中未保存的流水线。</translation>
    </message>
    <message>
        <source>Open CI File</source>
        <translation>打开 CI 文件</translation>
    </message>
    <message>
        <source>GitLab CI files (*.yml *.yaml);;All files (*)</source>
        <translation>GitLab CI 文件 (*.yml *.yaml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save CI File</source>
        <translation>保存 CI 文件</translation>
    </message>
    <message>
        <source>The YAML does not parse (line %1, column %2): %3. The graph shows the last version that did; graph and form edits wait until the text is fixed.</source>
        <translation>YAML 无法解析（第 %1 行，第 %2 列）：%3。图中显示的是最后一个可解析的版本；修复文本之前，图和表单的编辑将暂停。</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题 (%1)</translation>
    </message>
    <message>
        <source>YAML error</source>
        <translation>YAML 错误</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation>未命名流水线</translation>
    </message>
    <message>
        <source>Fix the YAML error first: the text is not changed while it does not parse.</source>
        <translation>请先修复 YAML 错误：文本无法解析时不会被修改。</translation>
    </message>
    <message>
        <source>The edit no longer fits the text; nothing was changed.</source>
        <translation>此编辑与当前文本不再匹配；未做任何更改。</translation>
    </message>
    <message>
        <source>Still pointing at the deleted job: %1</source>
        <translation>仍指向已删除作业的引用：%1</translation>
    </message>
    <message>
        <source>Add Job</source>
        <translation>添加作业</translation>
    </message>
    <message>
        <source>Name of the new job in stage “%1”:</source>
        <translation>阶段“%1”中新作业的名称：</translation>
    </message>
    <message>
        <source>Rename Job</source>
        <translation>重命名作业</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No pipeline: %1</source>
        <translation>不会创建流水线：%1</translation>
    </message>
    <message>
        <source>%1 of %2 jobs run for %3 (%4).</source>
        <translation>%3（%4）会运行 %2 个作业中的 %1 个。</translation>
    </message>
    <message>
        <source>Open the file from a project on the server first, or save it to disk.</source>
        <translation>请先从服务器上的项目打开文件，或将其保存到磁盘。</translation>
    </message>
    <message>
        <source>The File Changed on the Server</source>
        <translation>服务器上的文件已更改</translation>
    </message>
    <message>
        <source>Someone committed to %1 on %2 since you opened it. Nothing is lost: your version is still in the editor. Choose what to do.</source>
        <translation>自您打开以来，有人向 %2 分支上的 %1 提交了更改。没有任何内容丢失：您的版本仍在编辑器中。请选择如何处理。</translation>
    </message>
    <message>
        <source>Yours (left) and the server&apos;s (right)</source>
        <translation>您的版本（左）和服务器的版本（右）</translation>
    </message>
    <message>
        <source>Commit Mine Anyway</source>
        <translation>仍然提交我的版本</translation>
    </message>
    <message>
        <source>Load Theirs (Undo Brings Mine Back)</source>
        <translation>载入服务器版本（撤销可恢复我的版本）</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>Open the file from a project on your server to lint it there.</source>
        <translation>从服务器上的项目打开文件，即可在服务器上检查。</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>Sign in to open files from a server.</source>
        <translation>登录后即可从服务器打开文件。</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>从服务器打开</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Commit to Server</source>
        <translation>提交到服务器</translation>
    </message>
    <message>
        <source>Commit message for %1 on %2:</source>
        <translation>%2 分支上 %1 的提交信息：</translation>
    </message>
    <message>
        <source>Save the file inside a local clone first.</source>
        <translation>请先将文件保存到本地克隆中。</translation>
    </message>
    <message>
        <source>Commit to Local Clone</source>
        <translation>提交到本地克隆</translation>
    </message>
    <message>
        <source>Committed to the local clone.</source>
        <translation>已提交到本地克隆。</translation>
    </message>
    <message>
        <source>%1 is not inside a local clone.</source>
        <translation>%1 不在本地克隆中。</translation>
    </message>
    <message>
        <source>the current branch</source>
        <translation>当前分支</translation>
    </message>
    <message>
        <source>%1 (the current branch)</source>
        <translation>%1（当前分支）</translation>
    </message>
    <message>
        <source>Push to origin</source>
        <translation>推送到 origin</translation>
    </message>
    <message>
        <source>This clone has no remote named origin.</source>
        <translation>此克隆没有名为 origin 的远程仓库。</translation>
    </message>
    <message>
        <source>After the commit, push the branch to %1</source>
        <translation>提交后，将该分支推送到 %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提交信息</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>A push is already running.</source>
        <translation>已有推送正在进行。</translation>
    </message>
    <message>
        <source>This file is not in a clone with a remote named origin, so there is nowhere to push.</source>
        <translation>此文件不在带有名为 origin 的远程仓库的克隆中，因此无处可推送。</translation>
    </message>
    <message>
        <source>No branch is checked out, so there is nothing to push.</source>
        <translation>没有检出任何分支，因此没有可推送的内容。</translation>
    </message>
    <message>
        <source>Committed; pushing %1 to origin…</source>
        <translation>已提交；正在将 %1 推送到 origin…</translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation>未知的主机密钥</translation>
    </message>
    <message>
        <source>LabDesk has not seen the host key of %1 before:
%2

Trust it and push?</source>
        <translation>LabDesk 之前从未见过 %1 的主机密钥：
%2

信任它并推送吗？</translation>
    </message>
    <message>
        <source>Committed and pushed %1 to origin.</source>
        <translation>已提交并将 %1 推送到 origin。</translation>
    </message>
    <message>
        <source>The commit is in your local clone, but the push failed: %1</source>
        <translation>提交已保存在您的本地克隆中，但推送失败：%1</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiGraphView</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>▶ manual</source>
        <translation>▶ 手动</translation>
    </message>
    <message>
        <source>may fail</source>
        <translation>允许失败</translation>
    </message>
    <message>
        <source>↳ trigger</source>
        <translation>↳ 触发</translation>
    </message>
    <message>
        <source>extends %1</source>
        <translation>继承 %1</translation>
    </message>
    <message>
        <source>included</source>
        <translation>来自 include</translation>
    </message>
    <message>
        <source>Pipeline graph</source>
        <translation>流水线图</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add Job to “%1”…</source>
        <translation>向“%1”添加作业…</translation>
    </message>
    <message>
        <source>Add Job…</source>
        <translation>添加作业…</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>适合窗口</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiJobForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>Templates, comma-separated</source>
        <translation>模板，以逗号分隔</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>e.g. alpine:3.20</source>
        <translation>例如 alpine:3.20</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Images, comma-separated</source>
        <translation>镜像，以逗号分隔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Runner tags, comma-separated</source>
        <translation>Runner 标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Jobs, comma-separated; empty: stage order</source>
        <translation>作业，以逗号分隔；留空：按阶段顺序</translation>
    </message>
    <message>
        <source>Before script</source>
        <translation>前置脚本</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>After script</source>
        <translation>后置脚本</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Allow failure</source>
        <translation>允许失败</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>e.g. 30 minutes</source>
        <translation>例如 30 minutes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>环境名称</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>仅限</translation>
    </message>
    <message>
        <source>Refs, comma-separated (prefer rules)</source>
        <translation>引用，以逗号分隔（建议使用 rules）</translation>
    </message>
    <message>
        <source>Except</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>制品</translation>
    </message>
    <message>
        <source>Paths, comma-separated, or {paths: [...], expire_in: ...}</source>
        <translation>路径，以逗号分隔，或 {paths: [...], expire_in: ...}</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>{key: ..., paths: [...]}</source>
        <translation>{key: ..., paths: [...]}</translation>
    </message>
    <message>
        <source>One command per line</source>
        <translation>每行一条命令</translation>
    </message>
    <message>
        <source>Runner tags, comma-separated. Your runners offer: %1</source>
        <translation>Runner 标签，以逗号分隔。您的 runner 提供：%1</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>未选择作业</translation>
    </message>
    <message>
        <source>Select a job in the graph or put the cursor in it in the text to edit it here.</source>
        <translation>在图中选择作业，或将光标放在文本中的作业内，即可在此编辑。</translation>
    </message>
    <message>
        <source>This job comes from an include or is not a plain mapping: edit it in its own file.</source>
        <translation>此作业来自 include 或不是普通映射：请在其所在文件中编辑。</translation>
    </message>
    <message>
        <source>Grey values are inherited (through extends or the default: section).</source>
        <translation>灰色值是继承而来的（通过 extends 或 default: 部分）。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::CiEditor::CiServerSession</name>
    <message>
        <source>Sign in to open files from a server.</source>
        <translation>登录后即可从服务器打开文件。</translation>
    </message>
    <message>
        <source>%1 does not exist on branch %2.</source>
        <translation>分支 %2 上不存在 %1。</translation>
    </message>
    <message>
        <source>Sign in to commit to the server.</source>
        <translation>登录后即可提交到服务器。</translation>
    </message>
    <message>
        <source>Sign in to lint on the server.</source>
        <translation>登录后即可在服务器上检查。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::ClonePane</name>
    <message>
        <source>SSH agent</source>
        <translation>SSH 代理（ssh-agent）</translation>
    </message>
    <message>
        <source>%1 (RSA: refused by current OpenSSH servers)</source>
        <translation>%1（RSA：当前 OpenSSH 服务器会拒绝）</translation>
    </message>
    <message>
        <source>Choose a key file…</source>
        <translation>选择密钥文件…</translation>
    </message>
    <message>
        <source>Choose a Private Key</source>
        <translation>选择私钥</translation>
    </message>
    <message>
        <source>Clone Into Folder</source>
        <translation>克隆到文件夹</translation>
    </message>
    <message>
        <source>SSH signs in with the keys of your running ssh-agent.</source>
        <translation>SSH 使用正在运行的 ssh-agent 中的密钥登录。</translation>
    </message>
    <message>
        <source>SSH signs in with the key %1.</source>
        <translation>SSH 使用密钥 %1 登录。</translation>
    </message>
    <message>
        <source>HTTPS signs in as %1 with your access token. The token is handed to Git only while cloning; it is never written to the repository&apos;s configuration.</source>
        <translation>HTTPS 以 %1 的身份使用访问令牌登录。令牌仅在克隆时交给 Git，绝不会写入仓库配置。</translation>
    </message>
    <message>
        <source>You are not signed in to %1: the clone is anonymous and works for public projects only.</source>
        <translation>您尚未登录 %1：将匿名克隆，仅适用于公开项目。</translation>
    </message>
    <message>
        <source>“%1” is not a clone address. Use https://…, ssh://… or user@host:path.</source>
        <translation>“%1”不是克隆地址。请使用 https://…、ssh://… 或 user@host:path。</translation>
    </message>
    <message>
        <source>Your token could not be read from the keychain; cloning anonymously.</source>
        <translation>无法从钥匙串读取令牌，将匿名克隆。</translation>
    </message>
    <message>
        <source>Cloning %1</source>
        <translation>正在克隆 %1</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Receiving objects: %1 of %2 (%3, %4/s)</source>
        <translation>正在接收对象：%1 / %2（%3，%4/秒）</translation>
    </message>
    <message>
        <source>Resolving deltas: %1 of %2 (%3 received)</source>
        <translation>正在处理增量：%1 / %2（已接收 %3）</translation>
    </message>
    <message>
        <source>Checking out files: %1 of %2</source>
        <translation>正在检出文件：%1 / %2</translation>
    </message>
    <message>
        <source>Cloning submodule %1</source>
        <translation>正在克隆子模块 %1</translation>
    </message>
    <message>
        <source>Unknown SSH Host</source>
        <translation>未知的 SSH 主机</translation>
    </message>
    <message>
        <source>LabDesk has never connected to %1 before.

Its %2 host key has the fingerprint
%3

Compare it with the one your server&apos;s administrator published. Trust this key and continue? It will be added to ~/.ssh/known_hosts.</source>
        <translation>LabDesk 从未连接过 %1。

它的 %2 主机密钥指纹为
%3

请与服务器管理员公布的指纹进行比对。是否信任此密钥并继续？它将被添加到 ~/.ssh/known_hosts。</translation>
    </message>
    <message>
        <source>Trust and Continue</source>
        <translation>信任并继续</translation>
    </message>
    <message>
        <source>Do Not Connect</source>
        <translation>不连接</translation>
    </message>
    <message>
        <source>Cloned into %1.</source>
        <translation>已克隆到 %1。</translation>
    </message>
    <message>
        <source>Canceled. The partial clone was removed.</source>
        <translation>已取消。未完成的克隆已删除。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::ClonesView</name>
    <message>
        <source>Add Existing Folder…</source>
        <translation>添加现有文件夹…</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>获取</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open Terminal</source>
        <translation>打开终端</translation>
    </message>
    <message>
        <source>Open .gitlab-ci.yml</source>
        <translation>打开 .gitlab-ci.yml</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Forget this clone; its folder stays on disk.</source>
        <translation>不再列出此克隆；其文件夹仍保留在磁盘上。</translation>
    </message>
    <message>
        <source>No clones yet</source>
        <translation>还没有克隆</translation>
    </message>
    <message>
        <source>Clone a project with the form on the right, from the Projects page, or add a working copy that is already on this computer.</source>
        <translation>使用右侧的表单或在“项目”页面克隆项目，或者添加这台电脑上已有的工作副本。</translation>
    </message>
    <message>
        <source>Add an Existing Working Copy</source>
        <translation>添加现有工作副本</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Removed %1 from the list; the folder was not touched.</source>
        <translation>已将 %1 从列表中移除；文件夹未做任何改动。</translation>
    </message>
    <message>
        <source>No file manager is set up to open %1.</source>
        <translation>没有配置可打开 %1 的文件管理器。</translation>
    </message>
    <message>
        <source>No terminal program was found. Set the TERMINAL environment variable to the one you use.</source>
        <translation>找不到终端程序。请将 TERMINAL 环境变量设为您使用的终端。</translation>
    </message>
    <message>
        <source>Opened a terminal in %1.</source>
        <translation>已在 %1 中打开终端。</translation>
    </message>
    <message>
        <source>%1 has no .gitlab-ci.yml yet.</source>
        <translation>%1 还没有 .gitlab-ci.yml。</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>已获取 %1。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::DetailsPanel</name>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Select a project or a group to see its details and members.</source>
        <translation>选择一个项目或群组以查看其详细信息和成员。</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>可见性：</translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation>默认分支：</translation>
    </message>
    <message>
        <source>HTTPS:</source>
        <translation>HTTPS：</translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation>SSH：</translation>
    </message>
    <message>
        <source>Clone with HTTPS</source>
        <translation>通过 HTTPS 克隆</translation>
    </message>
    <message>
        <source>Clone with SSH</source>
        <translation>通过 SSH 克隆</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>克隆…</translation>
    </message>
    <message>
        <source>Fork…</source>
        <translation>派生…</translation>
    </message>
    <message>
        <source>Request Access</source>
        <translation>申请访问</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>不过期</translation>
    </message>
    <message>
        <source>When the membership ends; the first date means never.</source>
        <translation>成员资格的结束日期；最早的日期表示永不过期。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add Member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation>访问申请</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Copied the HTTPS URL.</source>
        <translation>已复制 HTTPS 地址。</translation>
    </message>
    <message>
        <source>Copied the SSH URL.</source>
        <translation>已复制 SSH 地址。</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>还没有成员。</translation>
    </message>
    <message>
        <source>Loading access requests…</source>
        <translation>正在加载访问申请…</translation>
    </message>
    <message>
        <source>Only maintainers and owners see who asked to join.</source>
        <translation>只有维护者和所有者能看到谁申请加入。</translation>
    </message>
    <message>
        <source>Nobody is waiting to join.</source>
        <translation>没有人在等待加入。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Only maintainers and owners can manage members.</source>
        <translation>只有维护者和所有者可以管理成员。</translation>
    </message>
    <message>
        <source>Waiting for the member list.</source>
        <translation>正在等待成员列表。</translation>
    </message>
    <message>
        <source>You are already a member (%1).</source>
        <translation>你已经是成员（%1）。</translation>
    </message>
    <message>
        <source>Your request is waiting for a maintainer or owner.</source>
        <translation>你的申请正在等待维护者或所有者处理。</translation>
    </message>
    <message>
        <source>Ask the maintainers and owners to let you in.</source>
        <translation>请求维护者和所有者让你加入。</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>请先选择一个成员。</translation>
    </message>
    <message>
        <source>This member comes from a group above; change them in that group.</source>
        <translation>此成员来自上级群组；请在该群组中修改。</translation>
    </message>
    <message>
        <source>Only owners can change an owner.</source>
        <translation>只有所有者可以修改所有者。</translation>
    </message>
    <message>
        <source>Save the role and expiry date</source>
        <translation>保存角色和到期日期</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>移除此成员</translation>
    </message>
    <message>
        <source>Only maintainers and owners can answer access requests.</source>
        <translation>只有维护者和所有者可以处理访问申请。</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>请先选择一个申请。</translation>
    </message>
    <message>
        <source>Let them in with the chosen role</source>
        <translation>以所选角色让其加入</translation>
    </message>
    <message>
        <source>Turn the request down</source>
        <translation>拒绝此申请</translation>
    </message>
    <message>
        <source>The role to give when approving</source>
        <translation>批准时授予的角色</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>You have already asked; a maintainer or owner will answer.</source>
        <translation>你已经申请过了；维护者或所有者会处理。</translation>
    </message>
    <message>
        <source>Access requested. A maintainer or owner will let you in.</source>
        <translation>已申请访问。维护者或所有者会让你加入。</translation>
    </message>
    <message>
        <source>%1 is now a member (%2).</source>
        <translation>%1 现在是成员（%2）。</translation>
    </message>
    <message>
        <source>Turned down the request of %1.</source>
        <translation>已拒绝 %1 的申请。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::FeaturePage</name>
    <message>
        <source>This LabDesk does not have the %1 page yet</source>
        <translation>此版本的 LabDesk 尚未提供“%1”页面</translation>
    </message>
    <message>
        <source>You are signed in as %1. %2</source>
        <translation>你已登录为 %1。%2</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::ForkDialog</name>
    <message>
        <source>Fork</source>
        <translation>派生</translation>
    </message>
    <message>
        <source>Asking GitLab to fork…</source>
        <translation>正在请求 GitLab 派生…</translation>
    </message>
    <message>
        <source>The fork is ready.</source>
        <translation>派生已完成。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The fork failed.</source>
        <translation>派生失败。</translation>
    </message>
    <message>
        <source>Copying the repository…</source>
        <translation>正在复制仓库…</translation>
    </message>
    <message>
        <source>Waiting for GitLab to start the fork…</source>
        <translation>正在等待 GitLab 开始派生…</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::FormErrors</name>
    <message>
        <source>GitLab says: %1</source>
        <translation>GitLab 提示：%1</translation>
    </message>
    <message>
        <source>Private: only members see it</source>
        <translation>私有：仅成员可见</translation>
    </message>
    <message>
        <source>Internal: anyone signed in sees it</source>
        <translation>内部：所有已登录用户可见</translation>
    </message>
    <message>
        <source>Public: everyone sees it</source>
        <translation>公开：所有人可见</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::KeySetupWizard</name>
    <message>
        <source>Set Up SSH Key</source>
        <translation>设置 SSH 密钥</translation>
    </message>
    <message>
        <source>Created %1 and %1.pub.</source>
        <translation>已创建 %1 和 %1.pub。</translation>
    </message>
    <message>
        <source>(passphrase)</source>
        <translation>（有密码短语）</translation>
    </message>
    <message>
        <source>&amp;Use a key I already have</source>
        <translation>使用已有的密钥(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Use a key I already have (none found in %1)</source>
        <translation>使用已有的密钥（在 %1 中未找到）(&amp;U)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who copies the key file can use it.</source>
        <translation>没有密码短语时，任何复制了密钥文件的人都能使用它。</translation>
    </message>
    <message>
        <source>Strength: weak. Use a longer passphrase, for example a few unrelated words.</source>
        <translation>强度：弱。请使用更长的密码短语，例如几个不相关的单词。</translation>
    </message>
    <message>
        <source>Strength: fair.</source>
        <translation>强度：中等。</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>强度：强。</translation>
    </message>
    <message>
        <source>Note: RSA keys cannot sign in to current OpenSSH servers through LabDesk&apos;s git transport (it signs only with SHA-1). Generate an ED25519 key instead.</source>
        <translation>注意：RSA 密钥无法通过 LabDesk 的 git 传输登录当前的 OpenSSH 服务器（它只用 SHA-1 签名）。请改为生成 ED25519 密钥。</translation>
    </message>
    <message>
        <source>%1 already exists and LabDesk never overwrites a key. The new key will be %2; press Next again.</source>
        <translation>%1 已存在，LabDesk 从不覆盖密钥。新密钥将保存为 %2；请再次点击“下一步”。</translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation>正在生成密钥…</translation>
    </message>
    <message>
        <source>Authentication &amp; signing</source>
        <translation>认证和签名</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>LabDesk on %1</source>
        <translation>%1 上的 LabDesk</translation>
    </message>
    <message>
        <source>Key: %1 %2
File: %3</source>
        <translation>密钥：%1 %2
文件：%3</translation>
    </message>
    <message>
        <source>Adding the key to GitLab…</source>
        <translation>正在将密钥添加到 GitLab…</translation>
    </message>
    <message>
        <source>Looking up GitLab&apos;s SSH server…</source>
        <translation>正在查找 GitLab 的 SSH 服务器…</translation>
    </message>
    <message>
        <source>GitLab&apos;s SSH server: %1@%2, port %3.</source>
        <translation>GitLab 的 SSH 服务器：%1@%2，端口 %3。</translation>
    </message>
    <message>
        <source>Clone URLs name %1, which this computer cannot find; LabDesk connects to %2 instead.</source>
        <translation>克隆地址中的主机 %1 在本机无法解析；LabDesk 改为连接 %2。</translation>
    </message>
    <message>
        <source>SSH runs on port %1 here, so short clone URLs such as git@%2:group/project.git need this entry in your SSH configuration. Other entries stay as they are.</source>
        <translation>此服务器的 SSH 运行在端口 %1，因此 git@%2:group/project.git 这样的简短克隆地址需要 SSH 配置中的此条目。其他条目保持不变。</translation>
    </message>
    <message>
        <source>Asking %1 for its host key…</source>
        <translation>正在向 %1 获取主机密钥…</translation>
    </message>
    <message>
        <source>The server&apos;s %1 key is already in known_hosts:
%2</source>
        <translation>服务器的 %1 密钥已在 known_hosts 中：
%2</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Its %2 key has the fingerprint

%3

Compare it with the fingerprint your GitLab administrator published (GitLab shows it under Help &gt; Instance configuration) before you continue.</source>
        <translation>这是首次连接 %1。其 %2 密钥的指纹为

%3

继续之前，请将其与 GitLab 管理员公布的指纹核对（GitLab 在“帮助 &gt; 实例配置”中显示）。</translation>
    </message>
    <message>
        <source>Your SSH configuration already has its own entry for %1; LabDesk left it unchanged.</source>
        <translation>您的 SSH 配置中已有 %1 的条目；LabDesk 未作改动。</translation>
    </message>
    <message>
        <source>Cannot add the host key to known_hosts: %1</source>
        <translation>无法将主机密钥加入 known_hosts：%1</translation>
    </message>
    <message>
        <source>Adding the key to ssh-agent…</source>
        <translation>正在将密钥添加到 ssh-agent…</translation>
    </message>
    <message>
        <source>The key is in your ssh-agent until you log out.</source>
        <translation>在您注销之前，密钥保存在 ssh-agent 中。</translation>
    </message>
    <message>
        <source>Signing in to GitLab over SSH…</source>
        <translation>正在通过 SSH 登录 GitLab…</translation>
    </message>
    <message>
        <source>Add the key to your running ssh-agent so git does not ask for the passphrase each time.</source>
        <translation>将密钥添加到正在运行的 ssh-agent，git 就不必每次询问密码短语。</translation>
    </message>
    <message>
        <source>No ssh-agent is running, so git will ask for the key&apos;s passphrase when it needs it.</source>
        <translation>没有正在运行的 ssh-agent，git 需要时会询问密钥的密码短语。</translation>
    </message>
    <message>
        <source>Done. Clone over SSH with URLs such as %1, with the key %2.</source>
        <translation>完成。现在可以用 %1 这样的地址、以密钥 %2 通过 SSH 克隆。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::LoadState</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::MainWindow</name>
    <message>
        <source>LabDesk</source>
        <translation>LabDesk</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LabDesk</source>
        <translation>关于 LabDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::NamespacePicker</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Your personal namespace</source>
        <translation>你的个人命名空间</translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation>%1（个人）</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::NewGroupDialog</name>
    <message>
        <source>New Subgroup</source>
        <translation>新建子群组</translation>
    </message>
    <message>
        <source>Create Subgroup</source>
        <translation>创建子群组</translation>
    </message>
    <message>
        <source>Create Group</source>
        <translation>创建群组</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::NewProjectDialog</name>
    <message>
        <source>Create Project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>The namespaces could not be listed: %1</source>
        <translation>无法列出命名空间：%1</translation>
    </message>
    <message>
        <source>Enter a valid branch name, such as main.</source>
        <translation>请输入有效的分支名称，例如 main。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::PageCatalog</name>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Sign in to see your projects</source>
        <translation>登录后即可查看你的项目</translation>
    </message>
    <message>
        <source>Your groups and projects on gitlab.com or your own GitLab server will be listed here, with their members and access requests.</source>
        <translation>这里将列出你在 gitlab.com 或自建 GitLab 服务器上的群组和项目，以及它们的成员和访问请求。</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Sign in to follow your pipelines</source>
        <translation>登录后即可跟踪你的流水线</translation>
    </message>
    <message>
        <source>Pipelines and jobs of your projects will appear here as they run, with job logs of any size.</source>
        <translation>项目的流水线和作业运行时会显示在这里，任意大小的作业日志都能查看。</translation>
    </message>
    <message>
        <source>CI Editor</source>
        <translation>CI 编辑器</translation>
    </message>
    <message>
        <source>Sign in to edit a project&apos;s .gitlab-ci.yml</source>
        <translation>登录后即可编辑项目的 .gitlab-ci.yml</translation>
    </message>
    <message>
        <source>Edit your pipeline as a graph, as forms or as text, all in sync, with warnings for the classic mistakes before you commit.</source>
        <translation>以图形、表单或文本方式编辑流水线，三者实时同步，并在提交前提示常见错误。</translation>
    </message>
    <message>
        <source>Clones</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Sign in to clone your first project</source>
        <translation>登录后即可克隆你的第一个项目</translation>
    </message>
    <message>
        <source>Repositories you clone over HTTPS or SSH will be listed here with their local folders.</source>
        <translation>通过 HTTPS 或 SSH 克隆的仓库会连同其本地目录列在这里。</translation>
    </message>
    <message>
        <source>SSH Keys</source>
        <translation>SSH 密钥</translation>
    </message>
    <message>
        <source>Sign in to manage your SSH keys</source>
        <translation>登录后即可管理你的 SSH 密钥</translation>
    </message>
    <message>
        <source>The keys on your GitLab account will be listed here. A wizard will generate a key, upload it and test the connection, even when SSH runs on a port such as 222.</source>
        <translation>这里将列出你的 GitLab 账户中的密钥。向导会生成密钥、上传并测试连接，即使 SSH 运行在 222 这样的非标准端口上也没问题。</translation>
    </message>
    <message>
        <source>Runners</source>
        <translation>Runner</translation>
    </message>
    <message>
        <source>Sign in to see your runners</source>
        <translation>登录后即可查看你的 Runner</translation>
    </message>
    <message>
        <source>Runners available to your projects will appear here with their status and tags, and you will get a registration command that works the first time.</source>
        <translation>可供你的项目使用的 Runner 会连同状态和标签显示在这里，你还会得到一条一次就能成功的注册命令。</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Sign in as an administrator</source>
        <translation>以管理员身份登录</translation>
    </message>
    <message>
        <source>Administrators of a self-managed server approve new users and manage instance runners here.</source>
        <translation>自建服务器的管理员可以在这里审批新用户并管理实例级 Runner。</translation>
    </message>
    <message>
        <source>Sign In as Administrator…</source>
        <translation>以管理员身份登录…</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>登录…</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::ProjectsView</name>
    <message>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation>新建群组…</translation>
    </message>
    <message>
        <source>New Subgroup…</source>
        <translation>新建子群组…</translation>
    </message>
    <message>
        <source>Filter projects by name or path</source>
        <translation>按名称或路径筛选项目</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>正在加载群组…</translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation>无法加载项目：%1</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>正在加载项目…</translation>
    </message>
    <message>
        <source>No project matches “%1”.</source>
        <translation>没有与“%1”匹配的项目。</translation>
    </message>
    <message>
        <source>This group has no projects yet. Create one with New Project.</source>
        <translation>此群组还没有项目。可以用“新建项目”创建一个。</translation>
    </message>
    <message>
        <source>You cannot see any project yet. Create one with New Project.</source>
        <translation>你还看不到任何项目。可以用“新建项目”创建一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n project(s)</source>
        <translation>
            <numerusform>显示 %n 个项目中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, loading more…</source>
        <translation>%1，正在加载更多…</translation>
    </message>
    <message>
        <source>Create a subgroup of %1</source>
        <translation>在 %1 中创建子群组</translation>
    </message>
    <message>
        <source>Select a group first.</source>
        <translation>请先选择一个群组。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign In Anyway</source>
        <translation>仍然登录</translation>
    </message>
    <message>
        <source>Paste a personal access token. You create one in GitLab under User settings &gt; Access tokens.</source>
        <translation>请粘贴个人访问令牌。可在 GitLab 的“用户设置 &gt; 访问令牌”中创建。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>The connection is not secure as it stands: the server&apos;s certificate is not trusted.</source>
        <translation>当前连接不安全：服务器证书不受信任。</translation>
    </message>
    <message>
        <source>Diagnose Connection checks the address, name lookup, port, certificate and token one by one.</source>
        <translation>“诊断连接”会逐项检查地址、域名解析、端口、证书和令牌。</translation>
    </message>
    <message>
        <source>%1 (needs the %2 scope)</source>
        <translation>%1（需要 %2 范围）</translation>
    </message>
    <message>
        <source>This token cannot be used for: %1.</source>
        <translation>此令牌不能用于：%1。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已登录为 %1（%2）。</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1), so LabDesk cannot store the token safely. You can sign in for this session only: the token stays in memory and is gone when LabDesk quits.</source>
        <translation>无法使用系统钥匙串（%1），因此 LabDesk 无法安全地存储令牌。你可以仅在本次会话中登录：令牌只保存在内存中，LabDesk 退出后即失效。</translation>
    </message>
    <message>
        <source>The token could not be stored: %1</source>
        <translation>无法存储令牌：%1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>解决方法：%1</translation>
    </message>
    <message>
        <source>%1

Server: %2:%3
Issued to: %4
Issued by: %5
Valid: %6 to %7
SHA-256: %8

Compare the fingerprint with the one your administrator gives you before trusting it.</source>
        <translation>%1

服务器：%2:%3
颁发给：%4
颁发者：%5
有效期：%6 至 %7
SHA-256：%8

信任此证书之前，请将指纹与管理员提供的指纹进行比对。</translation>
    </message>
    <message>
        <source>You now trust this certificate for %1:%2 only. Signing in again…</source>
        <translation>你现在仅为 %1:%2 信任此证书。正在重新登录…</translation>
    </message>
    <message>
        <source>Import CA Certificate</source>
        <translation>导入 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM or DER form.</source>
        <translation>%1 中没有 PEM 或 DER 格式的证书。</translation>
    </message>
    <message>
        <source>No token yet? Create one with the api scope on your server.</source>
        <translation>还没有令牌？请在你的服务器上创建一个具有 api 范围的令牌。</translation>
    </message>
    <message>
        <source>No token yet? &lt;a href=&quot;%1&quot;&gt;Create one on %2&lt;/a&gt; with the api scope.</source>
        <translation>还没有令牌？&lt;a href=&quot;%1&quot;&gt;在 %2 上创建&lt;/a&gt;一个具有 api 范围的令牌。</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::SshKeysModel</name>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Authentication &amp; signing</source>
        <translation>认证和签名</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>RSA %1</source>
        <translation>RSA %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1（%n 天后）</numerusform>
        </translation>
    </message>
    <message>
        <source>This key has expired: GitLab no longer accepts it. Add a new key.</source>
        <translation>此密钥已过期：GitLab 不再接受。请添加新密钥。</translation>
    </message>
    <message>
        <source>This key expires soon. Add a new key before it does.</source>
        <translation>此密钥即将过期。请在过期前添加新密钥。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>指纹 (SHA256)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::SshKeysView</name>
    <message>
        <source>Loading your SSH keys…</source>
        <translation>正在加载您的 SSH 密钥…</translation>
    </message>
    <message>
        <source>Set Up SSH Key…</source>
        <translation>设置 SSH 密钥…</translation>
    </message>
    <message>
        <source>Add Existing Key…</source>
        <translation>添加已有密钥…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Generate a key, upload it, configure SSH and test the connection</source>
        <translation>生成密钥、上传、配置 SSH 并测试连接</translation>
    </message>
    <message>
        <source>Upload a public key you already have</source>
        <translation>上传您已有的公钥</translation>
    </message>
    <message>
        <source>No SSH keys yet</source>
        <translation>还没有 SSH 密钥</translation>
    </message>
    <message>
        <source>With an SSH key you clone and push without typing a password. The setup wizard creates one, adds it to GitLab and checks that it works.</source>
        <translation>有了 SSH 密钥，克隆和推送时无需输入密码。设置向导会创建密钥、添加到 GitLab 并检查它能否使用。</translation>
    </message>
    <message>
        <source>Cannot load your SSH keys</source>
        <translation>无法加载您的 SSH 密钥</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Delete SSH Key</source>
        <translation>删除 SSH 密钥</translation>
    </message>
    <message>
        <source>Delete the key &quot;%1&quot; (%2) from your GitLab account?

Git over SSH with this key stops working on every computer that uses it.</source>
        <translation>要从您的 GitLab 账户删除密钥“%1”（%2）吗？

所有使用此密钥的电脑都将无法再通过 SSH 使用 git。</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>GitLab did not delete the key: %1</source>
        <translation>GitLab 未删除该密钥：%1</translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::StatusArea</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（另有 %n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabDesk::Ui::TrustedCertificatesDialog</name>
    <message>
        <source>This certificate only</source>
        <translation>仅此证书</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New Group</source>
        <translation>新建群组</translation>
    </message>
    <message>
        <source>Groups hold projects and subgroups, and give their members access to everything inside.</source>
        <translation>群组包含项目和子群组，并让其成员访问其中的一切。</translation>
    </message>
    <message>
        <source>Parent group:</source>
        <translation>上级群组：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>My group</source>
        <translation>我的群组</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>可见性(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>My project</source>
        <translation>我的项目</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>命名空间(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>可见性(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Initialize the repository with a README</source>
        <translation>使用 README 初始化仓库(&amp;I)</translation>
    </message>
    <message>
        <source>Default &amp;branch:</source>
        <translation>默认分支(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to GitLab</source>
        <translation>登录到 GitLab</translation>
    </message>
    <message>
        <source>Sign in with a personal access token. LabDesk keeps it in your system keychain, never in a file.</source>
        <translation>使用个人访问令牌登录。LabDesk 会将其保存在系统钥匙串中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>访问令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>No token yet? Create one with the api scope on your server.</source>
        <translation>还没有令牌？请在你的服务器上创建一个具有 api 范围的令牌。</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Server</source>
        <translation>为此服务器信任此证书</translation>
    </message>
    <message>
        <source>Import CA Certificate…</source>
        <translation>导入 CA 证书…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Diagnose Connection</source>
        <translation>诊断连接(&amp;D)</translation>
    </message>
    <message>
        <source>Sign In for This Session Only</source>
        <translation>仅在本次会话中登录</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted Certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <source>Certificates you trusted for one server each, beyond the system&apos;s certificate authorities. Remove one to be asked again.</source>
        <translation>除系统证书颁发机构外，你为各个服务器单独信任的证书。移除某个证书后，系统将再次询问你。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
</TS>
