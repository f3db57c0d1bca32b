// The sign-in dialog, offscreen, against the in-process sandbox: a clean sign-in (keychain, or
// session-only where no keychain answers), a token with missing scopes that expires soon (shown
// before signing in anyway), and a rejected token that keeps what the user typed.
#include "accounts/signindialog.h"
#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/accounts/tokenstore.h"
#include "core/app/language.h"
#include "support/sandboxfixture.h"
#include "support/temphome.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LabDesk;

namespace {

// A fresh home, keychain-backed accounts and the dialog on them, as the shell makes them.
struct Harness
{
    Test::TempHome home;
    Accounts::ServerTrust trust;
    Accounts::TokenStore tokens;
    Accounts::AccountManager accounts {&tokens, &trust};
    LabDesk::Ui::SignInDialog dialog {&accounts};

    bool show()
    {
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog);
    }
};

} // namespace

class tst_SignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signsInWithAGoodToken();
    void showsScopeGapsAndExpiryBeforeSigningIn();
    void rejectedTokenKeepsWhatWasTyped();
    void screenshotOfTheWarnings_data();
    void screenshotOfTheWarnings(); // last: it installs the Chinese translation

private:
    QString makeRootToken(const QStringList &scopes, const QDate &expiresAt);
    // Presses Sign In the way the user does, then waits until the dialog is no longer busy.
    void pressSignIn(LabDesk::Ui::SignInDialog &dialog);
    static QString message(LabDesk::Ui::SignInDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    }
    static QPushButton *okButton(LabDesk::Ui::SignInDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    }
    // With no keychain (no D-Bus session), the dialog offers a session-only sign-in: take it.
    static void acceptSessionOnlyIfOffered(LabDesk::Ui::SignInDialog &dialog);

    Test::SandboxFixture m_sandbox;
};

void tst_SignInDialog::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

QString tst_SignInDialog::makeRootToken(const QStringList &scopes, const QDate &expiresAt)
{
    const QJsonObject body {{QStringLiteral("name"), QStringLiteral("dialog")},
                            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                            {QStringLiteral("expires_at"), expiresAt.toString(Qt::ISODate)}};
    auto root = m_sandbox.request("GET", QStringLiteral("/user"));
    const int rootId = QJsonDocument::fromJson(root->readAll()).object().value(QLatin1String("id")).toInt();
    auto reply = m_sandbox.request("POST", QStringLiteral("/users/%1/personal_access_tokens").arg(rootId),
                                   QJsonDocument(body).toJson());
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("token")).toString();
}

void tst_SignInDialog::pressSignIn(LabDesk::Ui::SignInDialog &dialog)
{
    QPushButton *ok = okButton(dialog);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled() || dialog.result() == QDialog::Accepted, 20000);
}

void tst_SignInDialog::acceptSessionOnlyIfOffered(LabDesk::Ui::SignInDialog &dialog)
{
    auto *sessionOnly = dialog.findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"));
    if (dialog.result() != QDialog::Accepted && sessionOnly && sessionOnly->isVisible()) {
        qInfo("no usable keychain here: signing in for this session only, as the dialog offers");
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    }
}

void tst_SignInDialog::signsInWithAGoodToken()
{
    Harness h;
    LabDesk::Ui::SignInDialog &dialog = h.dialog;
    QVERIFY(h.show());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit")), m_sandbox.url().toString());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit")), m_sandbox.adminToken());
    pressSignIn(dialog);
    acceptSessionOnlyIfOffered(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(h.accounts.hasActiveAccount());
    QCOMPARE(h.accounts.activeAccount().username, QStringLiteral("root"));
}

void tst_SignInDialog::showsScopeGapsAndExpiryBeforeSigningIn()
{
    Harness h;
    LabDesk::Ui::SignInDialog &dialog = h.dialog;
    QVERIFY(h.show());
    const QDate expires = QDate::currentDate().addDays(3);
    dialog.setServer(m_sandbox.url().toString());
    dialog.setToken(makeRootToken({QStringLiteral("read_api")}, expires));
    pressSignIn(dialog);

    // Not signed in yet: the user sees what the token cannot do and when it expires.
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!h.accounts.hasActiveAccount());
    const QString text = message(dialog);
    QVERIFY2(text.contains(QLatin1String("Signed in as root")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("needs the api scope")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("needs the create_runner scope")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("needs the read_api scope")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("expires in 3 day")), qPrintable(text));
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("Sign In Anyway"));

    pressSignIn(dialog);
    acceptSessionOnlyIfOffered(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(h.accounts.activeAccount().username, QStringLiteral("root"));
    QCOMPARE(h.accounts.activeAccount().tokenExpiresAt, expires);
}

void tst_SignInDialog::rejectedTokenKeepsWhatWasTyped()
{
    Harness h;
    LabDesk::Ui::SignInDialog &dialog = h.dialog;
    QVERIFY(h.show());
    const QString wrong = QStringLiteral("glpat-not-a-token-at-all");
    dialog.setServer(m_sandbox.url().toString());
    dialog.setToken(wrong);
    pressSignIn(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!h.accounts.hasActiveAccount());
    QVERIFY2(message(dialog).contains(QLatin1String("Diagnose Connection")), qPrintable(message(dialog)));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text(), wrong);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->text(), m_sandbox.url().toString());
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("Sign In"));
}

// The dialog showing scope gaps and the expiry warning, rendered to a PNG in English and in
// Chinese (kept in LABDESK_SCREENSHOT_DIR when set, to look at): not blank, and translated.
void tst_SignInDialog::screenshotOfTheWarnings_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void tst_SignInDialog::screenshotOfTheWarnings()
{
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QVERIFY(Language::install(QCoreApplication::instance(), language));
    Harness h;
    LabDesk::Ui::SignInDialog &dialog = h.dialog;
    dialog.resize(560, 420);
    QVERIFY(h.show());
    dialog.setServer(m_sandbox.url().toString());
    dialog.setToken(makeRootToken({QStringLiteral("read_api"), QStringLiteral("read_repository")},
                                  QDate::currentDate().addDays(5)));
    pressSignIn(dialog);
    if (language == QLatin1String("en"))
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("Sign In Anyway"));
    else
        QVERIFY2(okButton(dialog)->text() != QLatin1String("Sign In Anyway"), qPrintable(okButton(dialog)->text()));

    const QImage image = dialog.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, "the dialog rendered (nearly) blank");
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariableIsSet("LABDESK_SCREENSHOT_DIR")
        ? qEnvironmentVariable("LABDESK_SCREENSHOT_DIR")
        : scratch.path();
    QDir().mkpath(dir);
    QVERIFY(image.save(dir + QStringLiteral("/signin-warnings-%1.png").arg(language), "PNG"));
}

QTEST_MAIN(tst_SignInDialog)
#include "tst_signindialog.moc"
