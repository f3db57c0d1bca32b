#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "labdesk.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "labdesk.sandbox", QtWarningMsg)
