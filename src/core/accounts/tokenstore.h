#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace LabDesk::Accounts {

// Tokens in the OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store): service "LabDesk", key "<server URL> <username>". Every call is
// asynchronous and calls back on this object's thread. When the keychain cannot be used at all
// (no Secret Service on the session bus, access denied), the callback says so with
// `unavailable` true, and the caller offers a session-only sign-in: rememberForSession() keeps a
// token in memory for this run only.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        bool notFound = false;    // no token stored under that key ("not signed in")
        bool unavailable = false; // the keychain itself cannot be used
        QString token;            // for reads
        QString error;            // the keychain's own message
    };
    using Callback = std::function<void(const Result &)>;

    explicit TokenStore(QObject *parent = nullptr);

    static QString serviceName();

    void write(const QString &key, const QString &token, Callback done);
    void read(const QString &key, Callback done);
    void remove(const QString &key, Callback done);

    void rememberForSession(const QString &key, const QString &token);
    void forgetForSession(const QString &key);
    bool hasSessionToken(const QString &key) const;

private:
    QHash<QString, QString> m_session;
};

} // namespace LabDesk::Accounts
