#pragma once

#include "account.h"
#include "servertrust.h"

#include "core/api/apierror.h"
#include "core/api/types.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace LabDesk::Api {
class GitLabClient;
}

namespace LabDesk::Accounts {

// A feature the token cannot use, and the scope it would need.
struct ScopeGap
{
    QString feature; // translated
    QString scope;   // "api", "create_runner", ...
};

struct SignInResult
{
    Account account;
    Api::ServerVersion version;
    Api::TokenInfo token;          // invalid on servers before 15.5 (no /personal_access_tokens/self)
    QList<ScopeGap> missingScopes;
    QString expiryWarning;         // translated; empty when not expiring soon
    Api::ApiError error;
    CertificateProblem certificate; // set when the server's certificate is not trusted

    bool isOk() const { return !error.isError() && account.isValid(); }
};

// Checks a server address and a personal access token the way signing in needs: who the token
// belongs to (/user), what it may do and until when (/personal_access_tokens/self), and what the
// server is (/version). Asynchronous; emits finished() once and deletes itself.
class SignInCheck : public QObject
{
    Q_OBJECT

public:
    SignInCheck(const QUrl &server, const QString &token, ServerTrust *trust, QObject *parent = nullptr);
    void start();

    // Features LabDesk has and the scopes they need, checked against `scopes`.
    static QList<ScopeGap> scopeGaps(const QStringList &scopes);
    // A warning when the token expires within `days` days of `today` (or has expired).
    static QString expiryWarning(const QDate &expiresAt, const QDate &today, int days = 14);

Q_SIGNALS:
    void finished(const LabDesk::Accounts::SignInResult &result);

private:
    void fetchToken();
    void fetchVersion();
    void finish();

    Api::GitLabClient *m_client;
    SignInResult m_result;
};

} // namespace LabDesk::Accounts
Q_DECLARE_METATYPE(LabDesk::Accounts::SignInResult)
