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
        <source>Usage: labctl [--version [--verbose]] [--help]

LabDesk&apos;s command line for scripts.

Options:
  -h, --help       Print this help and exit.
  -v, --version    Print the version and exit; with --verbose, also the libraries.
</source>
        <translation>用法：labctl [--version [--verbose]] [--help]

LabDesk 的脚本命令行工具。

选项：
  -h, --help       显示此帮助并退出。
  -v, --version    显示版本号并退出；加上 --verbose 时同时列出所用的库。
</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>缺少命令</translation>
    </message>
    <message>
        <source>unknown command or option &apos;%1&apos;</source>
        <translation>未知的命令或选项“%1”</translation>
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
        <source>Sign Out</source>
        <translation>退出登录</translation>
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
</TS>
