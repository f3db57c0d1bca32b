// Public keys checked before upload (PublicKey::parse), ed25519 key files written by
// KeyGenerator (mode, format, 70-column body, never overwriting, readable by OpenSSH), names
// proposed for new keys, the passphrase hint, encrypted-key detection and GitLab key records.
#include "core/ssh/keygen.h"
#include "core/ssh/publickey.h"
#include "core/ssh/sshkeyrecord.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using LabDesk::Ssh::KeyGenerator;
using LabDesk::Ssh::PublicKey;
using LabDesk::Ssh::SshKeyRecord;

namespace {

const QString Ed25519
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBYZERNIcSn7JiHAqYFGrGjOdsyJMVK7qhL0BpJLM24g alice@laptop");

QByteArray wire(const QByteArray &bytes)
{
    const auto size = quint32(bytes.size());
    QByteArray out;
    out.append(char(size >> 24)).append(char(size >> 16)).append(char(size >> 8)).append(char(size));
    return out + bytes;
}

QString rsa(int bits)
{
    QByteArray modulus(bits / 8, '\x5a');
    modulus[0] = char(0xc0);
    const QByteArray blob = wire("ssh-rsa") + wire(QByteArray::fromHex("010001")) + wire(QByteArray(1, '\0') + modulus);
    return QStringLiteral("ssh-rsa ") + QString::fromLatin1(blob.toBase64()) + QStringLiteral(" old@box");
}

} // namespace

class tst_SshKeyFiles : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodKeys()
    {
        const PublicKey key = PublicKey::parse(QStringLiteral("  \n") + Ed25519 + QStringLiteral("\n"));
        QVERIFY(key.isValid());
        QCOMPARE(key.displayType(), QStringLiteral("ED25519"));
        QCOMPARE(key.comment, QStringLiteral("alice@laptop"));
        QCOMPARE(key.sha256Fingerprint(), QStringLiteral("SHA256:0aItkj2+df+yyG223a70SivlR3iQNqePuVETwOL8+LM"));
        QCOMPARE(key.toLine(), Ed25519);

        // A blob broken over lines when it was copied from a terminal.
        QString broken = Ed25519;
        broken.insert(40, QLatin1Char('\n'));
        QCOMPARE(PublicKey::parse(broken).sha256Fingerprint(), key.sha256Fingerprint());

        const PublicKey big = PublicKey::parse(rsa(4096));
        QVERIFY(big.isValid());
        QVERIFY(big.isRsa());
        QCOMPARE(big.bits, 4096);
    }

    // The blob checks and digest PublicKey::parse shares with the sandbox's /user/keys.
    void checksKeyBlobs()
    {
        using LabDesk::Ssh::publicKeyBits;
        const QByteArray ed25519 = PublicKey::parse(Ed25519).blob;
        QCOMPARE(publicKeyBits(QStringLiteral("ssh-ed25519"), ed25519), 256);
        QCOMPARE(publicKeyBits(QStringLiteral("ssh-rsa"), ed25519), 0); // its own name must match
        QCOMPARE(publicKeyBits(QStringLiteral("ssh-ed25519"), ed25519 + wire("extra")), 0); // nothing left over
        QCOMPARE(publicKeyBits(QStringLiteral("ssh-ed25519"), ed25519.left(ed25519.size() - 1)), 0);
        QCOMPARE(publicKeyBits(QStringLiteral("ssh-rsa"), PublicKey::parse(rsa(4096)).blob), 4096);
        QCOMPARE(LabDesk::Ssh::sha256Digest(ed25519), QStringLiteral("0aItkj2+df+yyG223a70SivlR3iQNqePuVETwOL8+LM"));

        // ECDSA: the curve must match the type and the point be uncompressed (0x04 X Y).
        const QByteArray point = QByteArray(1, '\x04') + QByteArray(64, '\x11');
        const QByteArray ecdsa = wire("ecdsa-sha2-nistp256") + wire("nistp256") + wire(point);
        QCOMPARE(publicKeyBits(QStringLiteral("ecdsa-sha2-nistp256"), ecdsa), 256);
        QCOMPARE(publicKeyBits(QStringLiteral("ecdsa-sha2-nistp256"),
                               wire("ecdsa-sha2-nistp256") + wire("nistp384") + wire(point)),
                 0);
        QCOMPARE(publicKeyBits(QStringLiteral("ecdsa-sha2-nistp256"),
                               wire("ecdsa-sha2-nistp256") + wire("nistp256") + wire(QByteArray(65, '\x02'))),
                 0);
        QCOMPARE(
            publicKeyBits(QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com"),
                          wire("sk-ecdsa-sha2-nistp256@openssh.com") + wire("nistp256") + wire(point) + wire("ssh:")),
            256);
        QCOMPARE(publicKeyBits(QStringLiteral("unknown-type"), wire("unknown-type") + wire("x")), 0);
    }

    void refusesBadKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problemContains");
        QTest::newRow("empty") << QString() << "Paste";
        QTest::newRow("private key") << "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----"
                                     << "private key";
        QTest::newRow("putty") << "---- BEGIN SSH2 PUBLIC KEY ----\nabc"
                               << "ssh-keygen -i";
        QTest::newRow("dsa") << "ssh-dss AAAAB3NzaC1kc3MAAACBAP"
                             << "DSA";
        QTest::newRow("unknown type") << "hello world"
                                      << "does not look like";
        QTest::newRow("truncated") << Ed25519.left(50) << "incomplete";
        QTest::newRow("type mismatch") << QString(Ed25519).replace(QLatin1String("ssh-ed25519"),
                                                                   QLatin1String("ssh-rsa"))
                                       << "incomplete";
        QTest::newRow("short rsa") << rsa(1024) << "1024 bits";
    }
    void refusesBadKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, problemContains);
        QString problem;
        QVERIFY(!PublicKey::parse(text, &problem).isValid());
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
    }

    void generatesOpenSshKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys/id_ed25519"));
        LabDesk::Ssh::GeneratedKey key;
        QString error;
        QVERIFY2(KeyGenerator::generateEd25519(path, QString(), QStringLiteral("me@here"), &key, &error),
                 qPrintable(error));
        QCOMPARE(key.privateKeyPath, path);
        QCOMPARE(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser); // 0600
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("keys"))) & 0x0077, QFileDevice::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!LabDesk::Ssh::isEncryptedPrivateKey(text));
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----"));
        for (int i = 1; i + 1 < lines.size(); ++i)
            QVERIFY(lines.at(i).size() <= 70);
        QCOMPARE(key.publicKey.comment, QStringLiteral("me@here"));

        // Never overwritten.
        QVERIFY(!KeyGenerator::generateEd25519(path, QString(), QString(), nullptr, &error));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), text);

        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (keygen.isEmpty())
            QSKIP("ssh-keygen is not installed: cannot check the key with OpenSSH");
        QProcess process;
        process.start(keygen, {QStringLiteral("-y"), QStringLiteral("-f"), path});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromLatin1(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 1).trimmed(),
                 key.publicKey.toLine().section(QLatin1Char(' '), 0, 1));
    }

    void encryptedKeyNeedsPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("id"));
        QString error;
        QVERIFY(KeyGenerator::generateEd25519(path, QStringLiteral("s3cret phrase"), QString(), nullptr, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(LabDesk::Ssh::isEncryptedPrivateKey(file.readAll()));
        const auto found = LabDesk::Ssh::findLocalKeys(dir.path());
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().encrypted);
    }

    void proposesFreeNames()
    {
        QTemporaryDir dir;
        QCOMPARE(KeyGenerator::proposePath(dir.path(), QStringLiteral("id_ed25519")),
                 dir.filePath(QStringLiteral("id_ed25519")));
        QFile(dir.filePath(QStringLiteral("id_ed25519"))).open(QIODevice::WriteOnly);
        QFile(dir.filePath(QStringLiteral("id_ed25519_2.pub"))).open(QIODevice::WriteOnly);
        QCOMPARE(KeyGenerator::proposePath(dir.path(), QStringLiteral("id_ed25519")),
                 dir.filePath(QStringLiteral("id_ed25519_3")));
    }

    void passphraseStrength_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("strength");
        QTest::newRow("none") << QString() << int(KeyGenerator::Strength::None);
        QTest::newRow("short") << "abc12" << int(KeyGenerator::Strength::Weak);
        QTest::newRow("repeated") << "aaaaaaaaaaaaaaaaaaaaaaaa" << int(KeyGenerator::Strength::Weak);
        QTest::newRow("eight lower") << "sunshine" << int(KeyGenerator::Strength::Weak);
        QTest::newRow("mixed eight") << "Sun5hine!" << int(KeyGenerator::Strength::Fair);
        QTest::newRow("words") << "correct horse battery staple" << int(KeyGenerator::Strength::Strong);
    }
    void passphraseStrength()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, strength);
        QCOMPARE(int(KeyGenerator::passphraseStrength(passphrase)), strength);
    }

    void wrapsPemBody()
    {
        const QByteArray body(150, 'A');
        const QByteArray text = "-----BEGIN X-----\n" + body + "\n-----END X-----\n";
        QCOMPARE(KeyGenerator::wrapPemBody(text),
                 "-----BEGIN X-----\n" + body.left(70) + '\n' + body.mid(70, 70) + '\n' + body.mid(140)
                     + "\n-----END X-----\n");
    }

    void keyRecords()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
        const SshKeyRecord record
            = SshKeyRecord::fromJson({{QStringLiteral("id"), 7},
                                      {QStringLiteral("title"), QStringLiteral("laptop")},
                                      {QStringLiteral("key"), Ed25519},
                                      {QStringLiteral("created_at"), QStringLiteral("2026-01-02T10:00:00.000Z")},
                                      {QStringLiteral("expires_at"), QStringLiteral("2026-12-10T00:00:00.000Z")},
                                      {QStringLiteral("usage_type"), QStringLiteral("auth")}});
        QCOMPARE(record.id, 7);
        QVERIFY(record.key.isValid());
        QCOMPARE(record.expiry(now), SshKeyRecord::Expiry::Soon);
        QCOMPARE(record.expiry(now.addDays(-30)), SshKeyRecord::Expiry::Valid);
        QCOMPARE(record.expiry(now.addDays(8)), SshKeyRecord::Expiry::Expired);
        SshKeyRecord never = SshKeyRecord::fromJson({{QStringLiteral("expires_at"), QJsonValue::Null}});
        QCOMPARE(never.expiry(now), SshKeyRecord::Expiry::Never);
        QCOMPARE(never.usageType, QStringLiteral("auth_and_signing"));
        // A date without a time is midnight UTC.
        const SshKeyRecord dateOnly
            = SshKeyRecord::fromJson({{QStringLiteral("expires_at"), QStringLiteral("2026-12-01")}});
        QCOMPARE(dateOnly.expiresAt, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(tst_SshKeyFiles)
#include "tst_sshkeyfiles.moc"
