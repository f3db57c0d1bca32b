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
