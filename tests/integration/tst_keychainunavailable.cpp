// Without a usable keychain (no Secret Service on the session bus) LabDesk says so and saves
// nothing, and a session-only sign-in still works. CTest runs this with a session bus address
// that leads nowhere.
#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/tokenstore.h"
#include "support/temphome.h"

#include <QTest>

using namespace LabDesk;

class tst_KeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReportsUnavailable();
    void accountFallsBackToSessionOnly();
};

void tst_KeychainUnavailable::writeReportsUnavailable()
{
    QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"));
    Accounts::TokenStore tokens;
    Accounts::TokenStore::Result result;
    bool done = false;
    tokens.write(QStringLiteral("http://h alice"), QStringLiteral("glpat-xxxxxxxxxxxxxxxxxxxx"), [&](const auto &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(!result.ok);
    QVERIFY2(result.unavailable, qPrintable(result.error));
    QVERIFY(!result.error.isEmpty());
}

void tst_KeychainUnavailable::accountFallsBackToSessionOnly()
{
    Test::TempHome home;
    Accounts::TokenStore tokens;
    Accounts::ServerTrust trust;
    Accounts::AccountManager accounts(&tokens, &trust);
    Accounts::Account account;
    account.server = QUrl(QStringLiteral("http://127.0.0.1:9"));
    account.username = QStringLiteral("alice");

    Accounts::TokenStore::Result first;
    bool done = false;
    accounts.addAccount(account, QStringLiteral("glpat-xxxxxxxxxxxxxxxxxxxx"), false, [&](const auto &r) {
        first = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(first.unavailable);
    QVERIFY(accounts.accounts().isEmpty()); // nothing half-saved
    QVERIFY(!accounts.hasActiveAccount());

    done = false;
    accounts.addAccount(account, QStringLiteral("glpat-xxxxxxxxxxxxxxxxxxxx"), true, [&](const auto &r) {
        first = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(first.ok);
    QVERIFY(accounts.hasActiveAccount());
    QVERIFY(accounts.activeAccount().sessionOnly);
}

QTEST_GUILESS_MAIN(tst_KeychainUnavailable)
#include "tst_keychainunavailable.moc"
