#pragma once

#include <QString>
#include <QStringList>

namespace LabDesk::Sandbox {

// `labdesk-sandbox git-shell --api URL --secret-file FILE --key-id N` plays gitlab-shell's part:
// sshd runs it for every key in the sandbox's authorized_keys (api/gitssh.cpp) with the client's
// command in SSH_ORIGINAL_COMMAND.
//   - no command: prints "Welcome to GitLab, @USERNAME!" (what `ssh -T git@host` shows), exit 0;
//   - git-upload-pack / git-receive-pack / git-upload-archive 'group/project.git': asks the
//     running sandbox (POST /api/v4/internal/allowed) and, when allowed, runs that git command on
//     the project's repository with the SSH channel as its stdin/stdout; after a push it reports
//     the changed refs (POST /api/v4/internal/post_receive) so push hooks and pipelines run;
//   - a refusal prints GitLab's message to stderr, framed as gitlab-shell frames it, and exits 1.
// Creates its own QCoreApplication; returns the process's exit code.
int runGitShell(int argc, char *argv[]);

// Splits `line` into words as a POSIX shell would (single and double quotes, backslashes; no
// expansion), as gitlab-shell splits SSH_ORIGINAL_COMMAND. False when a quote is left open.
bool splitShellWords(const QString &line, QStringList *words);

} // namespace LabDesk::Sandbox
