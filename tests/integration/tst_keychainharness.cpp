// The test harness gives every run a real, unlocked Secret Service (gnome-keyring on a private
// D-Bus session, scripts/test.sh). This proves it: a secret goes in, comes out and is deleted
// through QtKeychain, the way LabDesk stores tokens.
#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class tst_KeychainHarness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadDelete();

private:
    QKeychain::Error runJob(QKeychain::Job *job);
};

void tst_KeychainHarness::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run the suite through scripts/test.sh, which starts one with gnome-keyring");
}

QKeychain::Error tst_KeychainHarness::runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (!finished.wait(20000))
        return QKeychain::OtherError;
    return job->error();
}

void tst_KeychainHarness::writeReadDelete()
{
    const QString service = QStringLiteral("LabDesk-test");
    const QString key = QStringLiteral("http://127.0.0.1:1 user-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString secret = QStringLiteral("glpat-secretsecretsecret");

    QKeychain::WritePasswordJob write(service);
    write.setKey(key);
    write.setTextData(secret);
    QCOMPARE(runJob(&write), QKeychain::NoError);

    QKeychain::ReadPasswordJob read(service);
    read.setKey(key);
    QCOMPARE(runJob(&read), QKeychain::NoError);
    QCOMPARE(read.textData(), secret);

    QKeychain::DeletePasswordJob remove(service);
    remove.setKey(key);
    QCOMPARE(runJob(&remove), QKeychain::NoError);

    QKeychain::ReadPasswordJob gone(service);
    gone.setKey(key);
    QCOMPARE(runJob(&gone), QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(tst_KeychainHarness)
#include "tst_keychainharness.moc"
