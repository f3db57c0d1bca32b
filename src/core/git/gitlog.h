#pragma once

#include <QLoggingCategory>

// labdesk.git: clones, fetches and repository status. Never logs credentials or URLs with them.
Q_DECLARE_LOGGING_CATEGORY(lcGit)
