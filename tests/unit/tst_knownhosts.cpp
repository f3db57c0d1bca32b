#include "core/ssh/knownhosts.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using LabDesk::Ssh::HostKey;
using LabDesk::Ssh::KnownHosts;

Q_DECLARE_METATYPE(LabDesk::Ssh::HostKey)

namespace {

QByteArray wireString(const QByteArray &data)
{
    QByteArray out(4, '\0');
    const auto size = quint32(data.size());
    out[0] = char(size >> 24);
    out[1] = char(size >> 16);
    out[2] = char(size >> 8);
    out[3] = char(size);
    return out + data;
}

HostKey ed25519(char fill)
{
    return HostKey {QStringLiteral("ssh-ed25519"), wireString("ssh-ed25519") + wireString(QByteArray(32, fill))};
}

HostKey ecdsa(char fill)
{
    const QByteArray type = "ecdsa-sha2-nistp256";
    return HostKey {QString::fromLatin1(type),
                    wireString(type) + wireString("nistp256") + wireString(QByteArray(65, fill))};
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

private:
    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("known_hosts"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(text);
        return path;
    }
    static QByteArray line(const QString &names, const HostKey &key)
    {
        return (names + QLatin1Char(' ') + key.toOpenSshLine() + QLatin1Char('\n')).toLatin1();
    }

    QTemporaryDir m_dir;

private slots:
    void fingerprintMatchesSshKeygen()
    {
        // A known key and the fingerprint `ssh-keygen -lf` printed for it.
        const HostKey key = HostKey::fromOpenSshLine(
            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBYZERNIcSn7JiHAqYFGrGjOdsyJMVK7qhL0BpJLM24g comment"));
        QVERIFY(key.isValid());
        QCOMPARE(key.type, QStringLiteral("ssh-ed25519"));
        QCOMPARE(key.sha256Fingerprint(), QStringLiteral("SHA256:0aItkj2+df+yyG223a70SivlR3iQNqePuVETwOL8+LM"));
    }

    void rejectsBrokenLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("type only") << QStringLiteral("ssh-ed25519");
        QTest::newRow("bad base64") << QStringLiteral("ssh-ed25519 ***");
        QTest::newRow("type mismatch") << QStringLiteral(
            "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIBYZERNIcSn7JiHAqYFGrGjOdsyJMVK7qhL0BpJLM24g");
    }
    void rejectsBrokenLines()
    {
        QFETCH(QString, text);
        QVERIFY(!HostKey::fromOpenSshLine(text).isValid());
    }

    void check_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<HostKey>("key");
        QTest::addColumn<int>("expected");

        const auto known = int(KnownHosts::Match::Known);
        const auto unknown = int(KnownHosts::Match::Unknown);
        const auto changed = int(KnownHosts::Match::Changed);
        const QString name = QStringLiteral("gitlab.example.com");

        QTest::newRow("missing file") << QByteArray() << name << 22 << ed25519('a') << unknown;
        QTest::newRow("plain known") << line(name, ed25519('a')) << name << 22 << ed25519('a') << known;
        QTest::newRow("case-insensitive")
            << line(QStringLiteral("GitLab.Example.com"), ed25519('a')) << name << 22 << ed25519('a') << known;
        QTest::newRow("plain changed") << line(name, ed25519('b')) << name << 22 << ed25519('a') << changed;
        QTest::newRow("other type is unknown") << line(name, ecdsa('b')) << name << 22 << ed25519('a') << unknown;
        QTest::newRow("comma list") << line(QStringLiteral("other,gitlab.example.com,10.0.0.1"), ed25519('a')) << name
                                    << 22 << ed25519('a') << known;
        QTest::newRow("port form") << line(QStringLiteral("[gitlab.example.com]:222"), ed25519('a')) << name << 222
                                   << ed25519('a') << known;
        QTest::newRow("port 22 entry does not cover 222")
            << line(name, ed25519('b')) << name << 222 << ed25519('a') << unknown;
        QTest::newRow("port entry does not cover 22")
            << line(QStringLiteral("[gitlab.example.com]:222"), ed25519('b')) << name << 22 << ed25519('a') << unknown;
        QTest::newRow("wildcard") << line(QStringLiteral("*.example.com"), ed25519('a')) << name << 22 << ed25519('a')
                                  << known;
        QTest::newRow("negated wildcard") << line(QStringLiteral("*.example.com,!gitlab.example.com"), ed25519('b'))
                                          << name << 22 << ed25519('a') << unknown;
        QTest::newRow("hashed known") << line(KnownHosts::hashedName(QStringLiteral("[gitlab.example.com]:222")),
                                              ed25519('a'))
                                      << name << 222 << ed25519('a') << known;
        QTest::newRow("hashed changed") << line(KnownHosts::hashedName(name), ed25519('c')) << name << 22
                                        << ed25519('a') << changed;
        QTest::newRow("hashed other host") << line(KnownHosts::hashedName(QStringLiteral("other")), ed25519('c'))
                                           << name << 22 << ed25519('a') << unknown;
        QTest::newRow("comments and blanks")
            << QByteArray("# a comment\n\n   \n" + line(name, ed25519('a'))) << name << 22 << ed25519('a') << known;
        QTest::newRow("old and new key: known wins")
            << QByteArray(line(name, ed25519('b')) + line(name, ed25519('a'))) << name << 22 << ed25519('a') << known;
        QTest::newRow("cert-authority ignored")
            << QByteArray("@cert-authority " + line(name, ed25519('b'))) << name << 22 << ed25519('a') << unknown;
        QTest::newRow("revoked is refused")
            << QByteArray(line(name, ed25519('a')) + "@revoked " + line(QStringLiteral("*"), ed25519('a'))) << name
            << 22 << ed25519('a') << changed;
        QTest::newRow("garbage lines skipped") << QByteArray("nonsense\nhost ssh-ed25519\n" + line(name, ed25519('a')))
                                               << name << 22 << ed25519('a') << known;
    }
    void check()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(HostKey, key);
        QFETCH(int, expected);
        QString path = m_dir.filePath(QStringLiteral("absent"));
        if (!file.isEmpty())
            path = write(file);
        QCOMPARE(int(KnownHosts(path).check(host, port, key)), expected);
    }

    void addPlainWithPort()
    {
        const QString path = write("other ssh-ed25519 " + ed25519('z').blob.toBase64()); // no final newline
        KnownHosts hosts(path);
        QVERIFY(!hosts.usesHashedNames());
        QString error;
        QVERIFY2(hosts.add(QStringLiteral("gitlab.example.com"), 222, ed25519('a'), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("other "));
        QCOMPARE(lines.at(1), "[gitlab.example.com]:222 " + ed25519('a').toOpenSshLine().toLatin1());
        QCOMPARE(hosts.check(QStringLiteral("gitlab.example.com"), 222, ed25519('a')), KnownHosts::Match::Known);
    }

    void addHashedWhenFileIsHashed()
    {
        const QString path = write(line(KnownHosts::hashedName(QStringLiteral("other")), ed25519('z')));
        KnownHosts hosts(path);
        QVERIFY(hosts.usesHashedNames());
        QVERIFY(hosts.add(QStringLiteral("gitlab.example.com"), 22, ed25519('a')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("gitlab.example.com"));
        QCOMPARE(text.count("|1|"), 2);
        QCOMPARE(hosts.check(QStringLiteral("gitlab.example.com"), 22, ed25519('a')), KnownHosts::Match::Known);
        QCOMPARE(hosts.check(QStringLiteral("gitlab.example.com"), 22, ed25519('b')), KnownHosts::Match::Changed);
    }

    void addCreatesPrivateFileAndDirectory()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/.ssh/known_hosts"));
        KnownHosts hosts(path);
        QVERIFY(hosts.add(QStringLiteral("h"), 22, ed25519('a')));
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("new/.ssh"))) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(hosts.check(QStringLiteral("h"), 22, ed25519('a')), KnownHosts::Match::Known);
    }

    void opensshAgreesWithOurHashedEntries()
    {
        // ssh-keygen -F looks names up the way ssh does: it must find what we wrote.
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (keygen.isEmpty())
            QSKIP("ssh-keygen is not installed: cannot cross-check hashed entries with OpenSSH");
        const QString path = write(line(KnownHosts::hashedName(QStringLiteral("other")), ed25519('z')));
        QVERIFY(KnownHosts(path).add(QStringLiteral("gitlab.example.com"), 222, ed25519('a')));
        QProcess tool;
        tool.start(keygen,
                   {QStringLiteral("-F"), QStringLiteral("[gitlab.example.com]:222"), QStringLiteral("-f"), path});
        QVERIFY(tool.waitForFinished(10000));
        QCOMPARE(tool.exitCode(), 0);
        QVERIFY(tool.readAllStandardOutput().contains(ed25519('a').blob.toBase64()));

        // And we find what ssh-keygen -H hashed.
        const QString plain = write(line(QStringLiteral("[git.example.org]:2222"), ed25519('q')));
        tool.start(keygen, {QStringLiteral("-H"), QStringLiteral("-f"), plain});
        QVERIFY(tool.waitForFinished(10000));
        QCOMPARE(tool.exitCode(), 0);
        QFile file(plain);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("git.example.org"));
        QCOMPARE(KnownHosts(plain).check(QStringLiteral("git.example.org"), 2222, ed25519('q')),
                 KnownHosts::Match::Known);
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
