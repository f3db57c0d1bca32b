#include "gitlog.h"

Q_LOGGING_CATEGORY(lcGit, "labdesk.git", QtInfoMsg)
