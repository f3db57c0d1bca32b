// User SSH keys in the sandbox: fingerprints that `ssh-keygen -lf` agrees with, keys refused
// with GitLab's messages (malformed, forbidden type, too short, expired, duplicate), the user and
// admin routes, and the hook the SSH transport uses to rewrite authorized_keys.
#include "support/sandboxfixture.h"

#include "sandbox/api/modules.h"
#include "sandbox/sandboxapi.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <memory>

using LabDesk::Test::SandboxFixture;
namespace Sandbox = LabDesk::Sandbox;

namespace {

int statusOf(const std::unique_ptr<QNetworkReply> &reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonDocument jsonOf(const std::unique_ptr<QNetworkReply> &reply)
{
    return QJsonDocument::fromJson(reply->readAll());
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// SSH wire format: a uint32 length, then the bytes.
QByteArray wire(const QByteArray &bytes)
{
    const quint32 size = quint32(bytes.size());
    QByteArray out;
    out.append(char(size >> 24)).append(char(size >> 16)).append(char(size >> 8)).append(char(size));
    return out + bytes;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (char &byte : out)
        byte = char(QRandomGenerator::global()->bounded(256));
    return out;
}

// A positive mpint of `bits` bits (top bit set, a leading zero byte to keep it positive).
QByteArray mpint(int bits)
{
    QByteArray value = randomBytes((bits + 7) / 8);
    value[0] = char(uchar(value.at(0)) | 0x80);
    return QByteArray(1, '\0') + value;
}

// Well-formed public keys built by hand, for what ssh-keygen will not make.
QString ed25519Key(const QString &comment = QStringLiteral("made@test"))
{
    const QByteArray blob = wire("ssh-ed25519") + wire(randomBytes(32));
    return QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(blob.toBase64()) + QLatin1Char(' ') + comment;
}

QString rsaKey(int bits)
{
    const QByteArray blob = wire("ssh-rsa") + wire(QByteArray::fromHex("010001")) + wire(mpint(bits));
    return QStringLiteral("ssh-rsa ") + QString::fromLatin1(blob.toBase64()) + QStringLiteral(" small@test");
}

QString dsaKey()
{
    const QByteArray blob = wire("ssh-dss") + wire(mpint(1024)) + wire(mpint(160)) + wire(mpint(1024)) + wire(mpint(1024));
    return QStringLiteral("ssh-dss ") + QString::fromLatin1(blob.toBase64()) + QStringLiteral(" dsa@test");
}

QString sshKeygen()
{
    return QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
}

// Runs ssh-keygen; false when it fails. `output` gets its standard output.
bool runSshKeygen(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(sshKeygen(), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

const QString Forbidden = QStringLiteral("type is forbidden. Must be RSA, ECDSA, ED25519, ECDSA_SK, or ED25519_SK");

} // namespace

class tst_SandboxKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprintMatchesSshKeygen_data();
    void fingerprintMatchesSshKeygen();
    void duplicateKeyRefused();
    void malformedKeysRefused_data();
    void malformedKeysRefused();
    void parameterErrors_data();
    void parameterErrors();
    void keyBrokenOverLinesIsJoined();
    void listShowDeleteAndHook();
    void adminRoutes();
    void fingerprintLookupErrors_data();
    void fingerprintLookupErrors();
    void readUserScopeReadsOnly();
    void demoKeys();

private:
    int keyCount();

    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QString m_alice;
    QString m_aliceReadUser;
    QString m_bob;
    int m_bobId = 0;
    std::shared_ptr<std::atomic<int>> m_changes = std::make_shared<std::atomic<int>>(0);
};

void tst_SandboxKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.runOnServer([this](Sandbox::SandboxServer &server) {
        Sandbox::SandboxApi &api = server.api();
        const int alice = Sandbox::createUser(api, QStringLiteral("alice"), QStringLiteral("Alice Zhang"),
                                              QStringLiteral("alice@example.com")).value(QLatin1String("id")).toInt();
        m_bobId = Sandbox::createUser(api, QStringLiteral("bob"), QStringLiteral("Bob Li"), QStringLiteral("bob@example.com"))
                      .value(QLatin1String("id")).toInt();
        m_alice = Sandbox::createPersonalAccessToken(api, alice, QStringLiteral("api"), {QStringLiteral("api")});
        m_aliceReadUser = Sandbox::createPersonalAccessToken(api, alice, QStringLiteral("profile"), {QStringLiteral("read_user")});
        m_bob = Sandbox::createPersonalAccessToken(api, m_bobId, QStringLiteral("api"), {QStringLiteral("api")});
        // What the SSH transport registers: it rewrites authorized_keys on every change.
        api.onKeysChanged([changes = m_changes] { ++*changes; });
    });
    QVERIFY(m_bobId > 0);
}

int tst_SandboxKeys::keyCount()
{
    int count = 0;
    m_sandbox.runOnServer([&count](Sandbox::SandboxServer &server) { count = server.api().store.count(QStringLiteral("keys")); });
    return count;
}

void tst_SandboxKeys::fingerprintMatchesSshKeygen_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("ed25519") << QStringList{QStringLiteral("-t"), QStringLiteral("ed25519")} << QStringLiteral("ssh-ed25519");
    QTest::newRow("ecdsa 256") << QStringList{QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("256")}
                               << QStringLiteral("ecdsa-sha2-nistp256");
    QTest::newRow("ecdsa 384") << QStringList{QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("384")}
                               << QStringLiteral("ecdsa-sha2-nistp384");
    QTest::newRow("ecdsa 521") << QStringList{QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("521")}
                               << QStringLiteral("ecdsa-sha2-nistp521");
    QTest::newRow("rsa 3072") << QStringList{QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("3072")}
                              << QStringLiteral("ssh-rsa");
    QTest::newRow("rsa 1024") << QStringList{QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("1024")}
                              << QStringLiteral("ssh-rsa");
}

void tst_SandboxKeys::fingerprintMatchesSshKeygen()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, algorithm);
    if (sshKeygen().isEmpty())
        QSKIP("ssh-keygen (openssh-client) is not installed");

    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(runSshKeygen(arguments + QStringList{QStringLiteral("-q"), QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                                                 QStringLiteral("someone@laptop"), QStringLiteral("-f"), path}));
    QFile publicKey(path + QStringLiteral(".pub"));
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    const QString keyText = QString::fromLatin1(publicKey.readAll()).trimmed();
    // "256 SHA256:abc... someone@laptop (ED25519)"
    QByteArray sha256Line;
    QByteArray md5Line;
    QVERIFY(runSshKeygen({QStringLiteral("-lf"), publicKey.fileName()}, &sha256Line));
    QVERIFY(runSshKeygen({QStringLiteral("-E"), QStringLiteral("md5"), QStringLiteral("-lf"), publicKey.fileName()}, &md5Line));
    const QString sha256 = QString::fromLatin1(sha256Line).split(QLatin1Char(' ')).value(1);
    const QString md5 = QString::fromLatin1(md5Line).split(QLatin1Char(' ')).value(1);
    QVERIFY2(sha256.startsWith(QLatin1String("SHA256:")), qPrintable(sha256));
    QVERIFY2(md5.startsWith(QLatin1String("MD5:")), qPrintable(md5));

    auto created = m_sandbox.request("POST", QStringLiteral("/user/keys"),
                                     json({{QStringLiteral("title"), QStringLiteral("laptop")},
                                           {QStringLiteral("key"), keyText},
                                           {QStringLiteral("expires_at"), QStringLiteral("2099-01-31")},
                                           {QStringLiteral("usage_type"), QStringLiteral("auth")}}),
                                     m_alice);
    const QJsonObject key = jsonOf(created).object();
    QCOMPARE(statusOf(created), 201);
    QCOMPARE(key.value(QLatin1String("title")).toString(), QStringLiteral("laptop"));
    QCOMPARE(key.value(QLatin1String("usage_type")).toString(), QStringLiteral("auth"));
    QCOMPARE(key.value(QLatin1String("expires_at")).toString(), QStringLiteral("2099-01-31T00:00:00.000Z"));
    QVERIFY(!key.value(QLatin1String("created_at")).toString().isEmpty());
    // GitLab shows Key#publishable_key: the comment becomes "<name> (<host>)".
    const QStringList parts = keyText.split(QLatin1Char(' '));
    QCOMPARE(key.value(QLatin1String("key")).toString(),
             parts.at(0) + QLatin1Char(' ') + parts.at(1) + QStringLiteral(" Alice Zhang (127.0.0.1)"));
    QCOMPARE(parts.at(0), algorithm);

    // The sandbox's fingerprints are ssh-keygen's: looking the key up by either finds it.
    const int id = key.value(QLatin1String("id")).toInt();
    for (const QString &fingerprint : {sha256, md5.mid(4)}) {
        auto found = m_sandbox.request("GET", QStringLiteral("/keys?fingerprint=")
                                                  + QString::fromLatin1(QUrl::toPercentEncoding(fingerprint)));
        QCOMPARE(statusOf(found), 200);
        const QJsonObject withUser = jsonOf(found).object();
        QCOMPARE(withUser.value(QLatin1String("id")).toInt(), id);
        QCOMPARE(withUser.value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(), QStringLiteral("alice"));
    }
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/user/keys/%1").arg(id), {}, m_alice)), 204);
}

void tst_SandboxKeys::duplicateKeyRefused()
{
    const QString key = ed25519Key();
    auto first = m_sandbox.request("POST", QStringLiteral("/user/keys"),
                                   json({{QStringLiteral("title"), QStringLiteral("one")}, {QStringLiteral("key"), key}}), m_alice);
    QCOMPARE(statusOf(first), 201);
    QCOMPARE(jsonOf(first).object().value(QLatin1String("usage_type")).toString(), QStringLiteral("auth_and_signing"));

    const QJsonObject taken{{QStringLiteral("fingerprint"), QJsonArray{QStringLiteral("has already been taken")}},
                            {QStringLiteral("fingerprint_sha256"), QJsonArray{QStringLiteral("has already been taken")}}};
    // The same key again, under another comment, or for another user: one key, one owner.
    const QString otherComment = key.section(QLatin1Char(' '), 0, 1) + QStringLiteral(" other@host");
    const struct
    {
        QString path;
        QString token;
        QString text;
    } attempts[] = {
        {QStringLiteral("/user/keys"), m_alice, key},
        {QStringLiteral("/user/keys"), m_alice, otherComment},
        {QStringLiteral("/user/keys"), m_bob, key},
        {QStringLiteral("/users/%1/keys").arg(m_bobId), QStringLiteral("admin"), key},
    };
    const int before = keyCount();
    for (const auto &attempt : attempts) {
        auto again = m_sandbox.request("POST", attempt.path,
                                       json({{QStringLiteral("title"), QStringLiteral("two")}, {QStringLiteral("key"), attempt.text}}),
                                       attempt.token);
        QCOMPARE(statusOf(again), 400);
        QCOMPARE(jsonOf(again).object().value(QLatin1String("message")).toObject(), taken);
    }
    QCOMPARE(keyCount(), before);
}

void tst_SandboxKeys::malformedKeysRefused_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expiresAt");
    QTest::addColumn<QByteArray>("message");

    const QByteArray cannot = "\"fingerprint_sha256\":[\"cannot be generated\"]";
    const QString valid = ed25519Key();
    const QString blob = valid.section(QLatin1Char(' '), 1, 1);
    QTest::newRow("not a key") << QStringLiteral("t") << QStringLiteral("not a key at all") << QString()
                               << "{" + cannot + ",\"key\":[\"" + Forbidden.toUtf8() + "\",\"is invalid\"]}";
    QTest::newRow("broken blob") << QStringLiteral("t") << QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIbroken x@y") << QString()
                                 << "{" + cannot + ",\"key\":[\"" + Forbidden.toUtf8() + "\"]}";
    QTest::newRow("algorithm mismatch") << QStringLiteral("t") << QStringLiteral("ssh-rsa ") + blob << QString()
                                        << "{" + cannot + ",\"key\":[\"" + Forbidden.toUtf8() + "\"]}";
    QTest::newRow("private key") << QStringLiteral("t")
                                 << QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
                                                   "-----END OPENSSH PRIVATE KEY-----\n")
                                 << QString() << "{" + cannot + ",\"key\":[\"" + Forbidden.toUtf8() + "\",\"is invalid\"]}";
    QTest::newRow("DSA is forbidden") << QStringLiteral("t") << dsaKey() << QString()
                                      << "{\"key\":[\"" + Forbidden.toUtf8() + "\"]}";
    QTest::newRow("RSA 768 bits") << QStringLiteral("t") << rsaKey(768) << QString()
                                  << QByteArray("{\"key\":[\"must be at least 1024 bits\"]}");
    QTest::newRow("expired") << QStringLiteral("t") << ed25519Key() << QStringLiteral("2020-01-01")
                             << QByteArray("{\"key\":[\"has expired\"]}");
    QTest::newRow("blank title") << QString() << ed25519Key() << QString() << QByteArray("{\"title\":[\"can't be blank\"]}");
    QTest::newRow("long title") << QString(256, QLatin1Char('t')) << ed25519Key() << QString()
                                << QByteArray("{\"title\":[\"is too long (maximum is 255 characters)\"]}");
}

void tst_SandboxKeys::malformedKeysRefused()
{
    QFETCH(QString, title);
    QFETCH(QString, key);
    QFETCH(QString, expiresAt);
    QFETCH(QByteArray, message);
    const int before = keyCount();
    const int changes = *m_changes;
    QJsonObject body{{QStringLiteral("title"), title}, {QStringLiteral("key"), key}};
    if (!expiresAt.isEmpty())
        body.insert(QStringLiteral("expires_at"), expiresAt);
    auto reply = m_sandbox.request("POST", QStringLiteral("/user/keys"), json(body), m_alice);
    QCOMPARE(statusOf(reply), 400);
    QCOMPARE(jsonOf(reply).object().value(QLatin1String("message")).toObject(), QJsonDocument::fromJson(message).object());
    QCOMPARE(keyCount(), before);
    QCOMPARE(int(*m_changes), changes);
}

void tst_SandboxKeys::parameterErrors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("error");
    const QString key = ed25519Key();
    QTest::newRow("no title") << QJsonObject{{QStringLiteral("key"), key}} << QStringLiteral("title is missing");
    QTest::newRow("nothing") << QJsonObject{{QStringLiteral("usage_type"), QStringLiteral("auth")}}
                             << QStringLiteral("title is missing, key is missing");
    QTest::newRow("usage_type") << QJsonObject{{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("key"), key},
                                               {QStringLiteral("usage_type"), QStringLiteral("deploy")}}
                                << QStringLiteral("usage_type does not have a valid value");
    QTest::newRow("expires_at") << QJsonObject{{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("key"), key},
                                               {QStringLiteral("expires_at"), QStringLiteral("next week")}}
                                << QStringLiteral("expires_at is invalid");
}

void tst_SandboxKeys::parameterErrors()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, error);
    auto reply = m_sandbox.request("POST", QStringLiteral("/user/keys"), json(body), m_alice);
    QCOMPARE(statusOf(reply), 400);
    QCOMPARE(jsonOf(reply).object().value(QLatin1String("error")).toString(), error);
}

void tst_SandboxKeys::keyBrokenOverLinesIsJoined()
{
    // Pasted from a terminal that wrapped it: GitLab's sanitize rejoins the blob.
    const QString key = ed25519Key(QStringLiteral("wrapped@paste"));
    const QString blob = key.section(QLatin1Char(' '), 1, 1);
    const QString wrapped = QStringLiteral("  ssh-ed25519 ") + blob.left(30) + QStringLiteral("\n") + blob.mid(30)
                            + QStringLiteral(" wrapped@paste trailing words\n");
    auto reply = m_sandbox.request("POST", QStringLiteral("/user/keys"),
                                   json({{QStringLiteral("title"), QStringLiteral("wrapped")}, {QStringLiteral("key"), wrapped}}),
                                   m_alice);
    QCOMPARE(statusOf(reply), 201);
    const QJsonObject created = jsonOf(reply).object();
    QCOMPARE(created.value(QLatin1String("key")).toString(), QStringLiteral("ssh-ed25519 ") + blob + QStringLiteral(" Alice Zhang (127.0.0.1)"));
    QJsonObject stored;
    const int id = created.value(QLatin1String("id")).toInt();
    m_sandbox.runOnServer([&stored, id](Sandbox::SandboxServer &server) { stored = server.api().store.get(QStringLiteral("keys"), id); });
    // The record keeps the key as GitLab's Key#key= does, with only the first comment word.
    QCOMPARE(stored.value(QLatin1String("key")).toString(), QStringLiteral("ssh-ed25519 ") + blob + QStringLiteral(" wrapped@paste"));
}

void tst_SandboxKeys::listShowDeleteAndHook()
{
    const int changes = *m_changes;
    auto created = m_sandbox.request("POST", QStringLiteral("/user/keys"),
                                     json({{QStringLiteral("title"), QStringLiteral("listed")}, {QStringLiteral("key"), ed25519Key()}}),
                                     m_alice);
    QCOMPARE(statusOf(created), 201);
    const int id = jsonOf(created).object().value(QLatin1String("id")).toInt();
    QCOMPARE(int(*m_changes), changes + 1);

    auto mine = m_sandbox.request("GET", QStringLiteral("/user/keys?per_page=100"), {}, m_alice);
    QCOMPARE(statusOf(mine), 200);
    QVERIFY(!mine->rawHeader("X-Total").isEmpty());
    bool listed = false;
    for (const QJsonValue &key : jsonOf(mine).array())
        listed = listed || key.toObject().value(QLatin1String("id")).toInt() == id;
    QVERIFY(listed);
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/user/keys/%1").arg(id), {}, m_alice)), 200);
    // Another user neither sees it through /user/keys nor deletes it.
    auto others = m_sandbox.request("GET", QStringLiteral("/user/keys/%1").arg(id), {}, m_bob);
    QCOMPARE(statusOf(others), 404);
    QCOMPARE(jsonOf(others).object().value(QLatin1String("message")).toString(), QStringLiteral("404 Key Not Found"));
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/user/keys/%1").arg(id), {}, m_bob)), 404);
    // Public keys are public, as on GitLab.
    auto publicList = m_sandbox.request("GET", QStringLiteral("/users/alice/keys"), {}, QString());
    QCOMPARE(statusOf(publicList), 200);
    QVERIFY(!jsonOf(publicList).array().isEmpty());
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/users/alice/keys/%1").arg(id), {}, QString())), 200);
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/users/bob/keys/%1").arg(id), {}, QString())), 404);
    auto nobody = m_sandbox.request("GET", QStringLiteral("/users/nobody/keys"), {}, QString());
    QCOMPARE(statusOf(nobody), 404);
    QCOMPARE(jsonOf(nobody).object().value(QLatin1String("message")).toString(), QStringLiteral("404 User Not Found"));

    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/user/keys/%1").arg(id), {}, m_alice)), 204);
    QCOMPARE(int(*m_changes), changes + 2);
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/user/keys/%1").arg(id), {}, m_alice)), 404);
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/keys/%1").arg(id))), 404);
    QCOMPARE(int(*m_changes), changes + 2);
}

void tst_SandboxKeys::adminRoutes()
{
    const QByteArray body = json({{QStringLiteral("title"), QStringLiteral("given")}, {QStringLiteral("key"), ed25519Key()}});
    QCOMPARE(statusOf(m_sandbox.request("POST", QStringLiteral("/users/%1/keys").arg(m_bobId), body, m_alice)), 403);
    auto created = m_sandbox.request("POST", QStringLiteral("/users/%1/keys").arg(m_bobId), body);
    QCOMPARE(statusOf(created), 201);
    const int id = jsonOf(created).object().value(QLatin1String("id")).toInt();
    const auto bobHasIt = [this, id] {
        bool found = false;
        for (const QJsonValue &key : jsonOf(m_sandbox.request("GET", QStringLiteral("/user/keys?per_page=100"), {}, m_bob)).array())
            found = found || key.toObject().value(QLatin1String("id")).toInt() == id;
        return found;
    };
    QVERIFY(bobHasIt());

    auto withUser = m_sandbox.request("GET", QStringLiteral("/keys/%1").arg(id));
    QCOMPARE(statusOf(withUser), 200);
    QCOMPARE(jsonOf(withUser).object().value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(),
             QStringLiteral("bob"));
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/keys/%1").arg(id), {}, m_alice)), 403);
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/users/%1/keys/%2").arg(m_bobId).arg(id), {}, m_alice)), 403);
    QCOMPARE(statusOf(m_sandbox.request("DELETE", QStringLiteral("/users/%1/keys/%2").arg(m_bobId).arg(id))), 204);
    QVERIFY(!bobHasIt());
}

void tst_SandboxKeys::fingerprintLookupErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("short sha256") << QStringLiteral("?fingerprint=SHA256%3Aabc") << 400 << QStringLiteral("message")
                                  << QStringLiteral("Failed to return the key");
    QTest::newRow("short md5") << QStringLiteral("?fingerprint=aa%3Abb") << 400 << QStringLiteral("message")
                               << QStringLiteral("Failed to return the key");
    QTest::newRow("unknown sha256") << QStringLiteral("?fingerprint=SHA256%3A")
                                           + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(QByteArray(32, 'x').toBase64())))
                                    << 404 << QStringLiteral("message") << QStringLiteral("404 Key Not Found");
    QTest::newRow("missing") << QString() << 400 << QStringLiteral("error") << QStringLiteral("fingerprint is missing");
}

void tst_SandboxKeys::fingerprintLookupErrors()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, text);
    auto reply = m_sandbox.request("GET", QStringLiteral("/keys") + query);
    QCOMPARE(statusOf(reply), status);
    QCOMPARE(jsonOf(reply).object().value(field).toString(), text);
}

void tst_SandboxKeys::readUserScopeReadsOnly()
{
    QCOMPARE(statusOf(m_sandbox.request("GET", QStringLiteral("/user/keys"), {}, m_aliceReadUser)), 200);
    auto write = m_sandbox.request("POST", QStringLiteral("/user/keys"),
                                   json({{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("key"), ed25519Key()}}),
                                   m_aliceReadUser);
    QCOMPARE(statusOf(write), 403);
    QCOMPARE(jsonOf(write).object().value(QLatin1String("error")).toString(), QStringLiteral("insufficient_scope"));
}

void tst_SandboxKeys::demoKeys()
{
    SandboxFixture demo;
    Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("demo");
    QVERIFY2(demo.start(options), qPrintable(demo.errorString()));
    const QJsonArray alices = jsonOf(demo.request("GET", QStringLiteral("/users/alice/keys"), {}, QString())).array();
    QCOMPARE(alices.size(), 2);
    // `ssh-keygen -lf` of the seeded alice-laptop key, computed when it was generated.
    auto found = demo.request("GET", QStringLiteral("/keys?fingerprint=")
                                         + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("SHA256:VLOrIpv8YpO3+e3tmY7tVrT4VK0bobj5rPM+Xk0dn3c"))));
    QCOMPARE(statusOf(found), 200);
    const QJsonObject key = jsonOf(found).object();
    QCOMPARE(key.value(QLatin1String("title")).toString(), QStringLiteral("alice-laptop"));
    QCOMPARE(key.value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(statusOf(demo.request("GET", QStringLiteral("/keys?fingerprint=be:f8:7b:00:cf:e5:10:17:3c:03:c7:78:b7:82:24:d5"))), 200);
    QCOMPARE(jsonOf(demo.request("GET", QStringLiteral("/users/root/keys"), {}, QString())).array().size(), 1);
}

QTEST_GUILESS_MAIN(tst_SandboxKeys)
#include "tst_sandbox_keys.moc"
