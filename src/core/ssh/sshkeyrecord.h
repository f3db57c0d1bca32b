#pragma once

#include "publickey.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace LabDesk::Ssh {

// One key of GitLab's /user/keys, parsed. GitLab does not send the fingerprint in this list:
// it is computed from `key`.
struct SshKeyRecord
{
    int id = 0;
    QString title;
    PublicKey key;
    QString usageType; // auth, signing, auth_and_signing
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: never expires
    QDateTime lastUsedAt;

    enum class Expiry {
        Never,
        Valid,
        Soon, // within SoonDays
        Expired,
    };
    static constexpr int SoonDays = 14;
    Expiry expiry(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static SshKeyRecord fromJson(const QJsonObject &object);
};

} // namespace LabDesk::Ssh
