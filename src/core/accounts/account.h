#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace LabDesk::Accounts {

// One signed-in identity on one server. Everything here may be written to settings; the token
// never is (it lives in the OS keychain, or only in memory for a session-only sign-in).
struct Account
{
    QUrl server;
    QString username;
    QString name;
    QString avatarUrl;
    int userId = 0;
    bool isAdmin = false;
    QStringList scopes;
    QDate tokenExpiresAt;      // invalid: never expires (or unknown)
    QString serverVersion;
    bool sessionOnly = false;  // token kept in memory for this run only
    bool tokenRejected = false; // the server answered 401: sign in again

    bool isValid() const { return server.isValid() && !username.isEmpty(); }
    // The keychain key: "<server URL> <username>".
    QString key() const { return server.toString() + QLatin1Char(' ') + username; }
    // "alice @ gitlab.example.com"
    QString displayName() const;
};

} // namespace LabDesk::Accounts
