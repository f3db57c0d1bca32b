#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "labdesk.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "labdesk.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApi, "labdesk.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccounts, "labdesk.accounts", QtWarningMsg)
