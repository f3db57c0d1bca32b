#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "labdesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "labdesk.sandbox", QtInfoMsg)
