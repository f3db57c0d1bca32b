// User SSH keys (lib/api/users.rb keys routes, lib/api/keys.rb): OpenSSH public keys parsed as
// GitLab's Key model does (app/models/key.rb, app/validators/ssh_key_validator.rb,
// lib/gitlab/ssh_public_key.rb), with `ssh-keygen -lf` fingerprints and GitLab's error bodies.
//
// Records: keys {user_id, title, key (sanitized "type blob [comment]"), fingerprint (MD5,
// "aa:bb:.."), fingerprint_sha256 (base64 without padding or prefix, as GitLab stores it),
// usage_type, expires_at, created_at, last_used_at}. Every change calls notifyKeysChanged().
#include "modules.h"

#include "core/ssh/publickey.h"
#include "sandbox/sandboxapi.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace LabDesk::Sandbox {

namespace {

const QString Keys = QStringLiteral("keys");
const QString Users = QStringLiteral("users");

const QStringList UsageTypes{QStringLiteral("auth_and_signing"), QStringLiteral("auth"), QStringLiteral("signing")};
// Gitlab::SSHPublicKey.supported_algorithms: the Key model's format check.
const QStringList SupportedAlgorithms{
    QStringLiteral("ssh-rsa"),
    QStringLiteral("ssh-dss"),
    QStringLiteral("ecdsa-sha2-nistp256"),
    QStringLiteral("ecdsa-sha2-nistp384"),
    QStringLiteral("ecdsa-sha2-nistp521"),
    QStringLiteral("ssh-ed25519"),
    QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com"),
    QStringLiteral("sk-ssh-ed25519@openssh.com"),
};
// GitLab's default key restrictions: DSA is forbidden; no minimum size is set for the others,
// but RSA keys below 1024 bits are refused here, as OpenSSH itself refuses them.
const QString ForbiddenTypeMessage =
    QStringLiteral("type is forbidden. Must be RSA, ECDSA, ED25519, ECDSA_SK, or ED25519_SK");
constexpr int MinimumRsaBits = 1024;

struct PublicKey
{
    bool valid = false;
    QString technology; // rsa, dsa, ecdsa, ed25519, ecdsa_sk, ed25519_sk
    int bits = 0;
    QByteArray blob;
};

// Decodes "<algorithm> <base64 blob>" the way OpenSSH reads an authorized_keys line: the blob's
// own algorithm name must match and every field must be well formed.
PublicKey parseKey(const QString &algorithm, const QString &base64)
{
    PublicKey key;
    static const QRegularExpression base64Text(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    if (!base64Text.match(base64).hasMatch())
        return key;
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return key;
    // Gitlab::SSHPublicKey#type, by the algorithm's name.
    static const QHash<QString, QString> technologies{
        {QStringLiteral("ssh-rsa"), QStringLiteral("rsa")},
        {QStringLiteral("ssh-dss"), QStringLiteral("dsa")},
        {QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("ecdsa")},
        {QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa")},
        {QStringLiteral("ecdsa-sha2-nistp521"), QStringLiteral("ecdsa")},
        {QStringLiteral("ssh-ed25519"), QStringLiteral("ed25519")},
        {QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com"), QStringLiteral("ecdsa_sk")},
        {QStringLiteral("sk-ssh-ed25519@openssh.com"), QStringLiteral("ed25519_sk")},
    };
    key.technology = technologies.value(algorithm);
    key.bits = Ssh::publicKeyBits(algorithm, *decoded);
    if (key.technology.isEmpty() || key.bits == 0)
        return key;
    key.valid = true;
    key.blob = *decoded;
    return key;
}

struct SanitizedKey
{
    QString text; // what the record keeps
    PublicKey key;
};

// Gitlab::SSHPublicKey.sanitize: rejoins a blob broken over lines or spaces, keeps one comment
// word, and leaves text it cannot make sense of as it came.
SanitizedKey sanitize(const QString &input)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    SanitizedKey out;
    out.text = input;
    QStringList parts = input.trimmed().split(whitespace, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return out;
    const QString algorithm = parts.takeFirst();
    QString blob;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        blob += parts.at(i);
        const PublicKey key = parseKey(algorithm, blob);
        if (key.valid) {
            out.key = key;
            out.text = algorithm + QLatin1Char(' ') + blob;
            if (i + 1 < parts.size())
                out.text += QLatin1Char(' ') + parts.at(i + 1);
            return out;
        }
    }
    return out;
}

QString md5Fingerprint(const QByteArray &blob)
{
    return QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex(':'));
}

// Copied into each route's handler: it is only a reference to the API.
struct KeyModule
{
    SandboxApi &api;

    // Entities::SSHKey. `key` is Key#publishable_key: the comment is replaced by the owner's name
    // and the server's host, so addresses in comments do not leak.
    QJsonObject keyJson(const QJsonObject &record) const
    {
        const QJsonObject user = api.store.get(Users, record.value(QLatin1String("user_id")).toInt());
        const QStringList parts = record.value(QLatin1String("key")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString publishable = parts.mid(0, 2).join(QLatin1Char(' ')) + QLatin1Char(' ')
                                    + user.value(QLatin1String("name")).toString() + QStringLiteral(" (")
                                    + api.baseUrl.host() + QLatin1Char(')');
        return {
            {QStringLiteral("id"), record.value(QLatin1String("id"))},
            {QStringLiteral("title"), record.value(QLatin1String("title"))},
            {QStringLiteral("created_at"), record.value(QLatin1String("created_at"))},
            {QStringLiteral("expires_at"), record.value(QLatin1String("expires_at"))},
            {QStringLiteral("key"), publishable},
            {QStringLiteral("usage_type"), record.value(QLatin1String("usage_type"))},
        };
    }

    // Entities::SSHKeyWithUser.
    QJsonObject keyWithUserJson(const QJsonObject &record) const
    {
        QJsonObject out = keyJson(record);
        out.insert(QStringLiteral("user"),
                   api.userFull(api.store.get(Users, record.value(QLatin1String("user_id")).toInt()), false));
        return out;
    }

    QList<QJsonObject> keysOf(int userId) const
    {
        return api.store.where(Keys, QStringLiteral("user_id"), userId);
    }

    // POST /user/keys and POST /users/:id/keys: Grape's parameter checks, then the Key model's
    // validations, then the record.
    HttpResponse create(const ApiRequest &request, int userId) const
    {
        QStringList missing;
        for (const char *name : {"title", "key"}) {
            if (!request.has(QString::fromLatin1(name)))
                missing << QString::fromLatin1(name) + QStringLiteral(" is missing");
        }
        if (!missing.isEmpty())
            return Errors::error(400, missing.join(QStringLiteral(", ")));
        const QString usage = request.string(QStringLiteral("usage_type"), UsageTypes.first());
        if (!UsageTypes.contains(usage))
            return Errors::error(400, QStringLiteral("usage_type does not have a valid value"));
        QJsonValue expiresAt = QJsonValue::Null;
        QDateTime expires;
        if (request.has(QStringLiteral("expires_at")) && !request.string(QStringLiteral("expires_at")).isEmpty()) {
            const QString text = request.string(QStringLiteral("expires_at"));
            // YYYY-MM-DD is midnight UTC, as Rails reads it; a full timestamp keeps its zone.
            const QDate date = QDate::fromString(text, Qt::ISODate);
            expires = date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!expires.isValid())
                return Errors::invalid(QStringLiteral("expires_at"));
            expiresAt = SandboxApi::iso(expires);
        }

        const QString title = request.string(QStringLiteral("title"));
        const QString text = request.string(QStringLiteral("key"));
        const SanitizedKey sanitized = sanitize(text);
        QJsonObject errors;
        const auto add = [&errors](const QString &field, const QString &message) {
            QJsonArray messages = errors.value(field).toArray();
            messages.append(message);
            errors.insert(field, messages);
        };
        if (title.trimmed().isEmpty())
            add(QStringLiteral("title"), QStringLiteral("can't be blank"));
        else if (title.size() > 255)
            add(QStringLiteral("title"), QStringLiteral("is too long (maximum is 255 characters)"));
        if (text.trimmed().isEmpty())
            add(QStringLiteral("key"), QStringLiteral("can't be blank"));
        const PublicKey &key = sanitized.key;
        if (!key.valid || key.technology == QLatin1String("dsa"))
            add(QStringLiteral("key"), ForbiddenTypeMessage);
        else if (key.technology == QLatin1String("rsa") && key.bits < MinimumRsaBits)
            add(QStringLiteral("key"), QStringLiteral("must be at least %1 bits").arg(MinimumRsaBits));
        if (sanitized.text.size() > 5000)
            add(QStringLiteral("key"), QStringLiteral("is too long (maximum is 5000 characters)"));
        bool knownAlgorithm = false;
        for (const QString &algorithm : SupportedAlgorithms)
            knownAlgorithm = knownAlgorithm || sanitized.text.startsWith(algorithm);
        if (!knownAlgorithm)
            add(QStringLiteral("key"), QStringLiteral("is invalid"));
        QString fingerprint;
        if (key.valid) {
            fingerprint = Ssh::sha256Digest(key.blob);
            // Current GitLab validates only fingerprint_sha256's uniqueness; GitLab before it (and
            // GITLAB_API.md, which clients follow) names `fingerprint`: send both.
            if (!api.store.findOne(Keys, QStringLiteral("fingerprint_sha256"), fingerprint).isEmpty()) {
                add(QStringLiteral("fingerprint"), QStringLiteral("has already been taken"));
                add(QStringLiteral("fingerprint_sha256"), QStringLiteral("has already been taken"));
            }
        } else {
            add(QStringLiteral("fingerprint_sha256"), QStringLiteral("cannot be generated"));
        }
        if (expires.isValid() && expires <= api.currentTime())
            add(QStringLiteral("key"), QStringLiteral("has expired"));
        if (!errors.isEmpty())
            return Errors::validation(errors);

        const int id = api.store.nextId(Keys);
        api.store.put(Keys, id,
                        {{QStringLiteral("user_id"), userId},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("key"), sanitized.text},
                         {QStringLiteral("fingerprint"), md5Fingerprint(key.blob)},
                         {QStringLiteral("fingerprint_sha256"), fingerprint},
                         {QStringLiteral("usage_type"), usage},
                         {QStringLiteral("expires_at"), expiresAt},
                         {QStringLiteral("created_at"), api.now()},
                         {QStringLiteral("last_used_at"), QJsonValue::Null}});
        api.notifyKeysChanged();
        return HttpResponse::json(201, keyJson(api.store.get(Keys, id)));
    }

    HttpResponse remove(int userId, const QString &keyId) const
    {
        const QJsonObject key = api.store.get(Keys, keyId.toInt());
        if (key.isEmpty() || key.value(QLatin1String("user_id")).toInt() != userId)
            return Errors::notFound(QStringLiteral("Key"));
        api.store.remove(Keys, key.value(QLatin1String("id")).toInt());
        api.notifyKeysChanged();
        return HttpResponse::text(204, {}, "application/json");
    }

    // KeysFinder: "SHA256:<base64>" or an MD5 "aa:bb:..." fingerprint.
    HttpResponse findByFingerprint(const QString &fingerprint) const
    {
        QJsonObject key;
        if (fingerprint.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive)) {
            const QString value = fingerprint.mid(7);
            if (QByteArray::fromBase64(value.toLatin1()).size() != 32)
                return Errors::message(400, QStringLiteral("Failed to return the key"));
            key = api.store.findOne(Keys, QStringLiteral("fingerprint_sha256"), value);
        } else {
            if (fingerprint.split(QLatin1Char(':')).size() != 16)
                return Errors::message(400, QStringLiteral("Failed to return the key"));
            key = api.store.findOne(Keys, QStringLiteral("fingerprint"), fingerprint.toLower());
        }
        if (key.isEmpty())
            return Errors::notFound(QStringLiteral("Key"));
        return HttpResponse::json(200, keyWithUserJson(key));
    }
};

// GET routes of GitLab's Users API also accept a read_user token.
const QStringList ReadScopes{QStringLiteral("api"), QStringLiteral("read_api"), QStringLiteral("read_user")};

} // namespace

void registerKeyRoutes(SandboxApi &api)
{
    Router &r = api.router;
    const KeyModule keys{api};

    r.add("GET", QStringLiteral("/user/keys"), [keys](ApiRequest &request) {
        QJsonArray out;
        for (const QJsonObject &key : keys.keysOf(request.userId()))
            out.append(keys.keyJson(key));
        return paginate(keys.api, request, out);
    }, Access::Authenticated, ReadScopes);

    r.add("GET", QStringLiteral("/user/keys/:key_id"), [keys](ApiRequest &request) {
        const QJsonObject key = keys.api.store.get(Keys, request.pathParam(QStringLiteral("key_id")).toInt());
        if (key.isEmpty() || key.value(QLatin1String("user_id")).toInt() != request.userId())
            return Errors::notFound(QStringLiteral("Key"));
        return HttpResponse::json(200, keys.keyJson(key));
    }, Access::Authenticated, ReadScopes);

    r.add("POST", QStringLiteral("/user/keys"), [keys](ApiRequest &request) {
        return keys.create(request, request.userId());
    });

    r.add("DELETE", QStringLiteral("/user/keys/:key_id"), [keys](ApiRequest &request) {
        return keys.remove(request.userId(), request.pathParam(QStringLiteral("key_id")));
    });

    // A user's public keys are public on GitLab (https://gitlab.example.com/USER.keys too).
    r.add("GET", QStringLiteral("/users/:id/keys"), [keys](ApiRequest &request) {
        const QJsonObject user = keys.api.findUser(request.pathParam(QStringLiteral("id")));
        if (user.isEmpty())
            return Errors::notFound(QStringLiteral("User"));
        QJsonArray out;
        for (const QJsonObject &key : keys.keysOf(user.value(QLatin1String("id")).toInt()))
            out.append(keys.keyJson(key));
        return paginate(keys.api, request, out);
    }, Access::Anonymous, ReadScopes);

    r.add("GET", QStringLiteral("/users/:id/keys/:key_id"), [keys](ApiRequest &request) {
        const QJsonObject user = keys.api.findUser(request.pathParam(QStringLiteral("id")));
        if (user.isEmpty())
            return Errors::notFound(QStringLiteral("User"));
        const QJsonObject key = keys.api.store.get(Keys, request.pathParam(QStringLiteral("key_id")).toInt());
        if (key.isEmpty() || key.value(QLatin1String("user_id")) != user.value(QLatin1String("id")))
            return Errors::notFound(QStringLiteral("Key"));
        return HttpResponse::json(200, keys.keyJson(key));
    }, Access::Anonymous, ReadScopes);

    r.add("POST", QStringLiteral("/users/:id/keys"), [keys](ApiRequest &request) {
        const QJsonObject user = keys.api.findUser(request.pathParam(QStringLiteral("id")));
        if (user.isEmpty())
            return Errors::notFound(QStringLiteral("User"));
        return keys.create(request, user.value(QLatin1String("id")).toInt());
    }, Access::Admin);

    r.add("DELETE", QStringLiteral("/users/:id/keys/:key_id"), [keys](ApiRequest &request) {
        const QJsonObject user = keys.api.findUser(request.pathParam(QStringLiteral("id")));
        if (user.isEmpty())
            return Errors::notFound(QStringLiteral("User"));
        return keys.remove(user.value(QLatin1String("id")).toInt(), request.pathParam(QStringLiteral("key_id")));
    }, Access::Admin);

    r.add("GET", QStringLiteral("/keys/:id"), [keys](ApiRequest &request) {
        const QJsonObject key = keys.api.store.get(Keys, request.pathParam(QStringLiteral("id")).toInt());
        if (key.isEmpty())
            return Errors::notFound(QStringLiteral("Key"));
        return HttpResponse::json(200, keys.keyWithUserJson(key));
    }, Access::Admin);

    r.add("GET", QStringLiteral("/keys"), [keys](ApiRequest &request) {
        if (!request.has(QStringLiteral("fingerprint")))
            return Errors::missing(QStringLiteral("fingerprint"));
        return keys.findByFingerprint(request.string(QStringLiteral("fingerprint")));
    }, Access::Admin);
}

void seedDemoKeys(SandboxApi &api)
{
    // Real ed25519 public keys (their private halves were thrown away): enough for the pages
    // that list keys and for fingerprints that `ssh-keygen -lf` agrees with.
    const struct
    {
        const char *username;
        const char *title;
        const char *key;
        const char *usage;
    } seeds[] = {
        {"alice", "alice-laptop",
         "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMo1X22+JAb9s9D286MEU4+wsx3UbMkOVYccyFoP1bYx alice-laptop@labdesk.example",
         "auth_and_signing"},
        {"alice", "alice-ci",
         "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGHI/csdHa1jDVbGFGmO7Q6WJBq4U3FMpMpArG77aJaS alice-ci@labdesk.example", "auth"},
        {"root", "root-workstation",
         "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPcPtt/kSk0ypqjsDoZPVIAFZkFNxVSgIBJvcdoVE9D5 root-workstation@labdesk.example",
         "auth_and_signing"},
    };
    bool added = false;
    for (const auto &seed : seeds) {
        const QJsonObject user = api.findUser(QString::fromLatin1(seed.username));
        const SanitizedKey sanitized = sanitize(QString::fromLatin1(seed.key));
        if (user.isEmpty() || !sanitized.key.valid)
            continue;
        api.store.put(Keys, api.store.nextId(Keys),
                      {{QStringLiteral("user_id"), user.value(QLatin1String("id"))},
                       {QStringLiteral("title"), QString::fromLatin1(seed.title)},
                       {QStringLiteral("key"), sanitized.text},
                       {QStringLiteral("fingerprint"), md5Fingerprint(sanitized.key.blob)},
                       {QStringLiteral("fingerprint_sha256"), Ssh::sha256Digest(sanitized.key.blob)},
                       {QStringLiteral("usage_type"), QString::fromLatin1(seed.usage)},
                       {QStringLiteral("expires_at"), QJsonValue::Null},
                       {QStringLiteral("created_at"), api.now()},
                       {QStringLiteral("last_used_at"), QJsonValue::Null}});
        added = true;
    }
    if (added)
        api.notifyKeysChanged();
}

} // namespace LabDesk::Sandbox
