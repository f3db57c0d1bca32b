#include "accountmanager.h"

#include "servertrust.h"

#include "core/api/gitlabclient.h"
#include "core/app/logging.h"

#include <QSettings>

namespace LabDesk::Accounts {

AccountManager::AccountManager(TokenStore *tokens, ServerTrust *trust, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_trust(trust)
    , m_client(new Api::GitLabClient(this))
{
    m_client->setTrust(trust);
    connect(m_client, &Api::GitLabClient::tokenRejected, this, [this] {
        const int i = indexOf(m_activeKey);
        if (i < 0)
            return;
        m_accounts[i].tokenRejected = true;
        save();
        Q_EMIT accountsChanged();
        Q_EMIT tokenRejected(m_accounts.at(i));
    });
    load();
}

AccountManager::~AccountManager() = default;

QList<Account> AccountManager::accounts() const
{
    return m_accounts;
}

Account AccountManager::activeAccount() const
{
    const int i = indexOf(m_activeKey);
    return i < 0 ? Account() : m_accounts.at(i);
}

bool AccountManager::hasActiveAccount() const
{
    return indexOf(m_activeKey) >= 0 && m_client->hasToken();
}

Api::GitLabClient *AccountManager::client() const
{
    return m_client;
}

TokenStore *AccountManager::tokenStore() const
{
    return m_tokens;
}

ServerTrust *AccountManager::trust() const
{
    return m_trust;
}

void AccountManager::addAccount(Account account, const QString &token, bool sessionOnly,
                                std::function<void(const TokenStore::Result &)> done)
{
    account.sessionOnly = sessionOnly;
    account.tokenRejected = false;
    auto commit = [this, account, token, done](const TokenStore::Result &result) {
        if (!result.ok) {
            if (done)
                done(result);
            return;
        }
        const int i = indexOf(account.key());
        if (i >= 0)
            m_accounts[i] = account;
        else
            m_accounts.append(account);
        if (!account.sessionOnly) // a session-only sign-in (the demo, a locked keychain) leaves no trace
            save();
        Q_EMIT accountsChanged();
        setActive(account, token);
        if (done)
            done(result);
    };
    if (sessionOnly) {
        m_tokens->rememberForSession(account.key(), token);
        TokenStore::Result ok;
        ok.ok = true;
        commit(ok);
        return;
    }
    m_tokens->write(account.key(), token, commit);
}

void AccountManager::activate(const QString &key)
{
    const int i = indexOf(key);
    if (i < 0)
        return;
    const Account account = m_accounts.at(i);
    m_tokens->read(key, [this, account](const TokenStore::Result &result) {
        if (!result.ok || result.token.isEmpty()) {
            const QString message = result.unavailable
                ? tr("The system keychain cannot be used (%1), so the token for %2 cannot be read. Sign in again; "
                     "LabDesk can keep the token for this session only.")
                      .arg(result.error, account.displayName())
                : tr("No token is stored for %1. Sign in again.").arg(account.displayName());
            Q_EMIT activationFailed(account, message);
            return;
        }
        setActive(account, result.token);
    });
}

void AccountManager::restore()
{
    QSettings settings;
    const QString key = settings.value(QStringLiteral("accounts/active")).toString();
    if (indexOf(key) >= 0)
        activate(key);
}

void AccountManager::signOut(const QString &key, std::function<void(const TokenStore::Result &)> done)
{
    const int i = indexOf(key);
    if (i >= 0)
        m_accounts.removeAt(i);
    m_tokens->forgetForSession(key);
    if (key == m_activeKey) {
        m_activeKey.clear();
        m_client->setToken(QString());
        Q_EMIT activeAccountChanged(Account());
    }
    save();
    Q_EMIT accountsChanged();
    m_tokens->remove(key, [done](const TokenStore::Result &result) {
        if (done)
            done(result);
    });
}

void AccountManager::setActive(const Account &account, const QString &token)
{
    m_activeKey = account.key();
    m_client->setServer(account.server);
    m_client->setToken(token);
    if (!account.sessionOnly)
        QSettings().setValue(QStringLiteral("accounts/active"), m_activeKey);
    Q_EMIT activeAccountChanged(account);
}

int AccountManager::indexOf(const QString &key) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).key() == key)
            return i;
    }
    return -1;
}

void AccountManager::load()
{
    QSettings settings;
    const int count = settings.beginReadArray(QStringLiteral("accounts/list"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Account a;
        a.server = settings.value(QStringLiteral("server")).toUrl();
        a.username = settings.value(QStringLiteral("username")).toString();
        a.name = settings.value(QStringLiteral("name")).toString();
        a.avatarUrl = settings.value(QStringLiteral("avatar")).toString();
        a.userId = settings.value(QStringLiteral("userId")).toInt();
        a.isAdmin = settings.value(QStringLiteral("admin")).toBool();
        a.scopes = settings.value(QStringLiteral("scopes")).toStringList();
        a.tokenExpiresAt = settings.value(QStringLiteral("tokenExpires")).toDate();
        a.serverVersion = settings.value(QStringLiteral("serverVersion")).toString();
        a.tokenRejected = settings.value(QStringLiteral("tokenRejected")).toBool();
        if (a.isValid())
            m_accounts.append(a);
    }
    settings.endArray();
}

void AccountManager::save() const
{
    QSettings settings;
    settings.remove(QStringLiteral("accounts/list"));
    settings.beginWriteArray(QStringLiteral("accounts/list"));
    int row = 0;
    for (const Account &a : m_accounts) {
        if (a.sessionOnly)
            continue; // its token dies with this run; so does the account
        settings.setArrayIndex(row++);
        settings.setValue(QStringLiteral("server"), a.server);
        settings.setValue(QStringLiteral("username"), a.username);
        settings.setValue(QStringLiteral("name"), a.name);
        settings.setValue(QStringLiteral("avatar"), a.avatarUrl);
        settings.setValue(QStringLiteral("userId"), a.userId);
        settings.setValue(QStringLiteral("admin"), a.isAdmin);
        settings.setValue(QStringLiteral("scopes"), a.scopes);
        settings.setValue(QStringLiteral("tokenExpires"), a.tokenExpiresAt);
        settings.setValue(QStringLiteral("serverVersion"), a.serverVersion);
        settings.setValue(QStringLiteral("tokenRejected"), a.tokenRejected);
    }
    settings.endArray();
    if (indexOf(m_activeKey) < 0 || activeAccount().sessionOnly)
        settings.remove(QStringLiteral("accounts/active"));
}

} // namespace LabDesk::Accounts
