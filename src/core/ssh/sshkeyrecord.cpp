#include "sshkeyrecord.h"

namespace LabDesk::Ssh {

namespace {

QDateTime dateTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        // expires_at may come as a plain date: midnight UTC.
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            parsed = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    return parsed;
}

} // namespace

SshKeyRecord::Expiry SshKeyRecord::expiry(const QDateTime &now) const
{
    if (!expiresAt.isValid())
        return Expiry::Never;
    if (expiresAt <= now)
        return Expiry::Expired;
    if (now.addDays(SoonDays) >= expiresAt)
        return Expiry::Soon;
    return Expiry::Valid;
}

SshKeyRecord SshKeyRecord::fromJson(const QJsonObject &object)
{
    SshKeyRecord record;
    record.id = object.value(QLatin1String("id")).toInt();
    record.title = object.value(QLatin1String("title")).toString();
    record.key = PublicKey::parse(object.value(QLatin1String("key")).toString());
    record.usageType = object.value(QLatin1String("usage_type")).toString();
    if (record.usageType.isEmpty())
        record.usageType = QStringLiteral("auth_and_signing"); // GitLab before 15.7 had no usage types
    record.createdAt = dateTime(object.value(QLatin1String("created_at")));
    record.expiresAt = dateTime(object.value(QLatin1String("expires_at")));
    record.lastUsedAt = dateTime(object.value(QLatin1String("last_used_at")));
    return record;
}

} // namespace LabDesk::Ssh
