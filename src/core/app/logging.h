#pragma once

#include <QLoggingCategory>

// One logging category per domain; enable with QT_LOGGING_RULES="labdesk.*=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
