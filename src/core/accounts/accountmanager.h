#pragma once

#include "account.h"
#include "tokenstore.h"

#include <QList>
#include <QObject>

#include <functional>

namespace LabDesk::Api {
class GitLabClient;
}

namespace LabDesk::Accounts {

class ServerTrust;

// The user's accounts on one or more servers, one of them active, and the GitLabClient that
// talks as the active one. Accounts (never tokens) persist in QSettings under "accounts/";
// tokens go to the TokenStore (keychain), or stay in memory for session-only accounts, which are
// not saved at all. GUI thread.
class AccountManager : public QObject
{
    Q_OBJECT

public:
    AccountManager(TokenStore *tokens, ServerTrust *trust, QObject *parent = nullptr);
    ~AccountManager() override;

    QList<Account> accounts() const;
    Account activeAccount() const;
    bool hasActiveAccount() const;
    Api::GitLabClient *client() const;
    TokenStore *tokenStore() const;
    ServerTrust *trust() const;

    // Stores the token (keychain, or memory when sessionOnly), saves the account and makes it
    // active. `done` gets the keychain's result: on `unavailable` nothing was saved, and the
    // caller may retry with sessionOnly.
    void addAccount(Account account, const QString &token, bool sessionOnly,
                    std::function<void(const TokenStore::Result &)> done);
    // Reads the account's token and makes it active; activationFailed() when the token is gone.
    void activate(const QString &key);
    // Restores the last active account at start (if any).
    void restore();
    // Deletes the token from the keychain and forgets the account.
    void signOut(const QString &key, std::function<void(const TokenStore::Result &)> done = {});

Q_SIGNALS:
    void accountsChanged();
    void activeAccountChanged(const LabDesk::Accounts::Account &account);
    void activationFailed(const LabDesk::Accounts::Account &account, const QString &message);
    // The server refused the active account's token (401). Emitted once per activation.
    void tokenRejected(const LabDesk::Accounts::Account &account);

private:
    void load();
    void save() const;
    int indexOf(const QString &key) const;
    void setActive(const Account &account, const QString &token);

    TokenStore *m_tokens;
    ServerTrust *m_trust;
    Api::GitLabClient *m_client;
    QList<Account> m_accounts;
    QString m_activeKey;
};

} // namespace LabDesk::Accounts
