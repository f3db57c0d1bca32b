// Signing in against the sandbox, tokens in the real (headless) keychain, and what is left on
// disk, in the environment and in logs afterwards.
#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/signincheck.h"
#include "core/accounts/tokenstore.h"
#include "core/api/gitlabclient.h"
#include "support/sandboxfixture.h"
#include "support/temphome.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

using namespace LabDesk;
using LabDesk::Test::SandboxFixture;

namespace {

Accounts::SignInResult check(const QUrl &server, const QString &token, Accounts::ServerTrust *trust)
{
    auto *c = new Accounts::SignInCheck(server, token, trust);
    QSignalSpy finished(c, &Accounts::SignInCheck::finished);
    c->start();
    if (!finished.wait(30000))
        return Accounts::SignInResult();
    return finished.constFirst().constFirst().value<Accounts::SignInResult>();
}

Accounts::TokenStore::Result wait(const std::function<void(Accounts::TokenStore::Callback)> &start)
{
    Accounts::TokenStore::Result result;
    bool done = false;
    start([&](const Accounts::TokenStore::Result &r) {
        result = r;
        done = true;
    });
    QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    if (!done)
        result.error = QStringLiteral("the keychain did not answer within 20 s");
    return result;
}

// Every file below `dir`, read whole: to prove a secret is nowhere on disk.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace


class tst_SandboxAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInCheckReadsUserScopesAndVersion();
    void limitedTokenShowsGapsAndExpiry();
    void wrongTokenIsRefused();
    void keychainRoundTripAndSignOut();
    void sessionOnlyLeavesNoTrace();
    void revokedTokenIsReportedOnce();

private:
    QString makeToken(const QStringList &scopes, const QString &expiresAt = {});
    bool hasKeychain() const;

    SandboxFixture m_sandbox;
};

void tst_SandboxAccounts::initTestCase()
{
    qRegisterMetaType<Accounts::SignInResult>();
    Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("demo");
    options.versionString = QStringLiteral("16.2.3-jh");
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
}

bool tst_SandboxAccounts::hasKeychain() const
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

QString tst_SandboxAccounts::makeToken(const QStringList &scopes, const QString &expiresAt)
{
    QJsonObject body{{"name", "test"}, {"scopes", QJsonArray::fromStringList(scopes)}};
    if (!expiresAt.isEmpty())
        body.insert(QStringLiteral("expires_at"), expiresAt);
    auto alice = m_sandbox.request("GET", QStringLiteral("/users?username=alice"));
    const int aliceId = QJsonDocument::fromJson(alice->readAll()).array().at(0).toObject().value("id").toInt();
    auto reply = m_sandbox.request("POST", QStringLiteral("/users/%1/personal_access_tokens").arg(aliceId),
                                   QJsonDocument(body).toJson());
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("token")).toString();
}

void tst_SandboxAccounts::signInCheckReadsUserScopesAndVersion()
{
    Test::TempHome home;
    Accounts::ServerTrust trust;
    const auto result = check(m_sandbox.url(), m_sandbox.adminToken(), &trust);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.account.username, QStringLiteral("root"));
    QVERIFY(result.account.isAdmin);
    QCOMPARE(result.account.server, m_sandbox.url());
    QCOMPARE(result.version.version, QStringLiteral("16.2.3-jh"));
    QVERIFY(result.version.isJiHu());
    QVERIFY(result.account.scopes.contains(QLatin1String("api")));
    QVERIFY(result.missingScopes.isEmpty());
    QVERIFY(result.expiryWarning.isEmpty());
}

void tst_SandboxAccounts::limitedTokenShowsGapsAndExpiry()
{
    Test::TempHome home;
    Accounts::ServerTrust trust;
    const QString token = makeToken({QStringLiteral("read_api")}, QDate::currentDate().addDays(5).toString(Qt::ISODate));
    QVERIFY(token.startsWith(QLatin1String("glpat-")));
    const auto result = check(m_sandbox.url(), token, &trust);
    QVERIFY2(result.isOk(), qPrintable(result.error.userMessage()));
    QCOMPARE(result.account.username, QStringLiteral("alice"));
    QStringList missing;
    for (const auto &gap : result.missingScopes)
        missing << gap.scope;
    QVERIFY(missing.contains(QLatin1String("api")));
    QVERIFY(missing.contains(QLatin1String("create_runner")));
    QVERIFY2(result.expiryWarning.contains(QLatin1String("5")), qPrintable(result.expiryWarning));
}

void tst_SandboxAccounts::wrongTokenIsRefused()
{
    Test::TempHome home;
    Accounts::ServerTrust trust;
    const auto result = check(m_sandbox.url(), QStringLiteral("glpat-wrongwrongwrongwrong"), &trust);
    QVERIFY(!result.isOk());
    QVERIFY(result.error.isAuthenticationFailure());
    QVERIFY(!result.account.isValid());
}

void tst_SandboxAccounts::keychainRoundTripAndSignOut()
{
    if (!hasKeychain())
        QSKIP("no D-Bus session with a keyring: run the suite through scripts/test.sh");
    Test::TempHome home;
    const QString token = makeToken({QStringLiteral("api")});
    Accounts::ServerTrust trust;
    const auto result = check(m_sandbox.url(), token, &trust);
    QVERIFY(result.isOk());
    QString key;
    {
        Accounts::TokenStore tokens;
        Accounts::AccountManager accounts(&tokens, &trust);
        QSignalSpy active(&accounts, &Accounts::AccountManager::activeAccountChanged);
        const auto stored = wait([&](auto done) { accounts.addAccount(result.account, token, false, done); });
        QVERIFY2(stored.ok, qPrintable(stored.error));
        QCOMPARE(active.size(), 1);
        QVERIFY(accounts.hasActiveAccount());
        key = accounts.activeAccount().key();
        QCOMPARE(key, m_sandbox.url().toString() + QStringLiteral(" alice"));
    }

    // The token is in the keychain under service LabDesk and that key; nowhere on disk or in the environment.
    Accounts::TokenStore tokens;
    const auto read = wait([&](auto done) { tokens.read(key, done); });
    QVERIFY(read.ok);
    QCOMPARE(read.token, token);
    QVERIFY2(filesContaining(home.path(), token.toUtf8()).isEmpty(), "the token was written to a file");
    QVERIFY(!QProcessEnvironment::systemEnvironment().toStringList().join(QLatin1Char('\n')).contains(token));
    QVERIFY(!filesContaining(home.path(), "alice").isEmpty()); // the account itself is remembered

    // A new start restores the account from settings and the token from the keychain.
    Accounts::AccountManager again(&tokens, &trust);
    QSignalSpy active(&again, &Accounts::AccountManager::activeAccountChanged);
    again.restore();
    QVERIFY(active.wait(20000));
    QVERIFY(again.hasActiveAccount());
    Api::Call *call = again.client()->send(Api::Request::get(QStringLiteral("/user")));
    QSignalSpy done(call, &Api::Call::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.constFirst().constFirst().value<Api::Response>().json.object().value("username").toString(),
             QStringLiteral("alice"));

    // Signing out deletes the token and forgets the account.
    const auto removed = wait([&](auto cb) { again.signOut(key, cb); });
    QVERIFY(removed.ok);
    QVERIFY(!again.hasActiveAccount());
    const auto gone = wait([&](auto cb) { tokens.read(key, cb); });
    QVERIFY(gone.notFound);
    Accounts::AccountManager third(&tokens, &trust);
    QVERIFY(third.accounts().isEmpty());
    QVERIFY(filesContaining(home.path(), token.toUtf8()).isEmpty());
}

void tst_SandboxAccounts::sessionOnlyLeavesNoTrace()
{
    Test::TempHome home;
    const QString token = makeToken({QStringLiteral("api")});
    Accounts::ServerTrust trust;
    const auto result = check(m_sandbox.url(), token, &trust);
    Accounts::TokenStore tokens;
    {
        Accounts::AccountManager accounts(&tokens, &trust);
        const auto stored = wait([&](auto done) { accounts.addAccount(result.account, token, true, done); });
        QVERIFY(stored.ok);
        QVERIFY(accounts.hasActiveAccount());
        QVERIFY(accounts.activeAccount().sessionOnly);
    }
    QVERIFY(filesContaining(home.path(), "alice").isEmpty());
    if (hasKeychain()) {
        Accounts::TokenStore fresh; // a new run: the memory is gone, the keychain never had it
        const auto read = wait([&](auto done) { fresh.read(result.account.key(), done); });
        QVERIFY(read.notFound);
    }
}

void tst_SandboxAccounts::revokedTokenIsReportedOnce()
{
    Test::TempHome home;
    const QString token = makeToken({QStringLiteral("api")});
    Accounts::ServerTrust trust;
    const auto result = check(m_sandbox.url(), token, &trust);
    Accounts::TokenStore tokens;
    Accounts::AccountManager accounts(&tokens, &trust);
    wait([&](auto done) { accounts.addAccount(result.account, token, true, done); });
    QSignalSpy rejected(&accounts, &Accounts::AccountManager::tokenRejected);

    // The user revokes the token in GitLab's web UI.
    Api::Call *revoke = accounts.client()->send(Api::Request::remove(QStringLiteral("/personal_access_tokens/self")));
    QSignalSpy revoked(revoke, &Api::Call::finished);
    QVERIFY(revoked.wait(20000));

    for (int i = 0; i < 2; ++i) {
        Api::Call *call = accounts.client()->send(Api::Request::get(QStringLiteral("/user")));
        QSignalSpy done(call, &Api::Call::finished);
        QVERIFY(done.wait(20000));
        QVERIFY(done.constFirst().constFirst().value<Api::Response>().error.isAuthenticationFailure());
    }
    QCOMPARE(rejected.size(), 1);
    QVERIFY(accounts.activeAccount().tokenRejected);
}

QTEST_GUILESS_MAIN(tst_SandboxAccounts)
#include "tst_sandbox_accounts.moc"
