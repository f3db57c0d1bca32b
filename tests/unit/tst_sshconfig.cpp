// ~/.ssh/config entries: placed before the user's first Host/Match, replaced in place on a second
// run, never touching other lines; the user's own entry for the host is left alone; a backup
// before every change; OpenSSH reads the result as intended.
#include "core/ssh/sshconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using LabDesk::Ssh::HostEntry;
using LabDesk::Ssh::SshConfig;

namespace {

HostEntry entry(int port = 222)
{
    HostEntry e;
    e.aliases << QStringLiteral("gitlab.example.com");
    e.hostName = QStringLiteral("192.168.1.20");
    e.port = port;
    e.user = QStringLiteral("git");
    e.identityFile = QStringLiteral("~/.ssh/id_ed25519");
    return e;
}

} // namespace

class tst_SshConfig : public QObject
{
    Q_OBJECT

private slots:
    void needsEntry_data()
    {
        QTest::addColumn<QString>("web");
        QTest::addColumn<QString>("ssh");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("expected");
        QTest::newRow("same host, 22") << "gitlab.example.com"
                                       << "gitlab.example.com" << 22 << false;
        QTest::newRow("docker 222") << "gitlab.example.com"
                                    << "gitlab.example.com" << 222 << true;
        QTest::newRow("other host") << "192.168.1.20"
                                    << "gitlab.example.com" << 22 << true;
        QTest::newRow("case") << "GitLab.example.com"
                              << "gitlab.example.com" << 22 << false;
    }
    void needsEntry()
    {
        QFETCH(QString, web);
        QFETCH(QString, ssh);
        QFETCH(int, port);
        QFETCH(bool, expected);
        QCOMPARE(SshConfig::needsEntry(web, ssh, port), expected);
    }

    void apply_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QString block = SshConfig::render(entry());
        QTest::newRow("empty") << QString() << block;
        QTest::newRow("globals only, no final newline")
            << QStringLiteral("ServerAliveInterval 30") << QStringLiteral("ServerAliveInterval 30\n\n") + block;
        QTest::newRow("before first Host")
            << QStringLiteral("Compression yes\n\nHost *\n  User me\n")
            << QStringLiteral("Compression yes\n\n") + block + QStringLiteral("\nHost *\n  User me\n");
        QTest::newRow("before Match") << QStringLiteral("Match host foo\n  User bar\n")
                                      << block + QStringLiteral("\nMatch host foo\n  User bar\n");
        QTest::newRow("Host= form counts")
            << QStringLiteral("Host=other\n  Port 2\n") << block + QStringLiteral("\nHost=other\n  Port 2\n");
        QTest::newRow("old block replaced in place")
            << QStringLiteral("Host a\n  Port 1\n") + SshConfig::render(entry(2222))
                + QStringLiteral("Host b\n  Port 2\n")
            << QStringLiteral("Host a\n  Port 1\n") + block + QStringLiteral("Host b\n  Port 2\n");
        QTest::newRow("already right") << QStringLiteral("# x\n") + block << QStringLiteral("# x\n") + block;
    }
    void apply()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        bool user = true;
        QCOMPARE(SshConfig::apply(before, entry(), &user), after);
        QVERIFY(!user);
        // Applying again changes nothing.
        QCOMPARE(SshConfig::apply(after, entry(), &user), after);
    }

    void leavesUserEntryAlone()
    {
        const QString text = QStringLiteral("Host gitlab.example.com other\n  Port 2200\n");
        bool user = false;
        QCOMPARE(SshConfig::apply(text, entry(), &user), text);
        QVERIFY(user);
    }

    void writesWithBackupAndKeepsMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".ssh/config"));
        SshConfig config(path);
        QString backup;
        QString error;
        // A new file: 0600, no backup.
        QCOMPARE(config.ensureEntry(entry(), &backup, &error), SshConfig::Result::Written);
        QVERIFY(backup.isEmpty());
        QCOMPARE(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser); // 0600
        QCOMPARE(config.ensureEntry(entry(), &backup, &error), SshConfig::Result::Unchanged);
        QVERIFY(backup.isEmpty());
        // A change: the old text goes to the backup.
        QCOMPARE(config.ensureEntry(entry(2022), &backup, &error), SshConfig::Result::Written);
        QVERIFY(!backup.isEmpty());
        QFile old(backup);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(old.readAll()), SshConfig::render(entry()));
        QFile current(path);
        QVERIFY(current.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(current.readAll()), SshConfig::render(entry(2022)));
    }

    void opensshReadsIt()
    {
        const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
        if (ssh.isEmpty())
            QSKIP("ssh is not installed: cannot check the entry with OpenSSH");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Host *\n  Port 2\n  User nobody\n");
        file.close();
        QCOMPARE(SshConfig(path).ensureEntry(entry()), SshConfig::Result::Written);
        QProcess process;
        process.start(ssh, {QStringLiteral("-G"), QStringLiteral("-F"), path, QStringLiteral("gitlab.example.com")});
        QVERIFY(process.waitForFinished(10000));
        const QString out = QString::fromLatin1(process.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("\nport 222\n")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("\nuser git\n")));
        QVERIFY(out.contains(QLatin1String("\nhostname 192.168.1.20\n")));
        QVERIFY(out.contains(QLatin1String("\nidentitiesonly yes\n")));
        // Other hosts still get the user's defaults.
        process.start(ssh, {QStringLiteral("-G"), QStringLiteral("-F"), path, QStringLiteral("elsewhere")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(QString::fromLatin1(process.readAllStandardOutput()).contains(QLatin1String("\nport 2\n")));
    }
};

QTEST_GUILESS_MAIN(tst_SshConfig)
#include "tst_sshconfig.moc"
