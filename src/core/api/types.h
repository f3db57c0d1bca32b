#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace LabDesk::Api {

// Plain values parsed from GitLab's JSON. fromJson() is pure and total: missing or mistyped
// fields give defaults, and isValid() says whether the object was one at all.

struct ServerVersion
{
    QString version;   // "17.5.2-ee", "16.2.3-jh"
    QString revision;
    bool enterprise = false;
    int major = 0;
    int minor = 0;
    int patch = 0;

    bool isValid() const { return major > 0; }
    bool isJiHu() const { return version.contains(QLatin1String("-jh")); }
    bool atLeast(int wantMajor, int wantMinor) const;
    static ServerVersion fromJson(const QJsonObject &json);
};

struct User
{
    int id = 0;
    QString username;
    QString name;
    QString state;
    QString avatarUrl;
    QString webUrl;
    QString email;
    bool isAdmin = false;

    bool isValid() const { return id > 0; }
    static User fromJson(const QJsonObject &json);
};

struct TokenInfo
{
    int id = 0;
    QString name;
    QStringList scopes;
    QDate expiresAt; // invalid: never
    bool active = false;
    bool revoked = false;

    bool isValid() const { return id > 0; }
    static TokenInfo fromJson(const QJsonObject &json);
};

struct Project
{
    int id = 0;
    QString name;
    QString path;
    QString nameWithNamespace;
    QString pathWithNamespace;
    QString description;
    QString defaultBranch;
    QString visibility;
    QString webUrl;
    QString httpUrlToRepo;
    QString sshUrlToRepo;
    QString avatarUrl;
    QString namespaceFullPath;
    int namespaceId = 0;
    bool archived = false;
    bool emptyRepo = false;
    QDateTime lastActivityAt;

    bool isValid() const { return id > 0; }
    static Project fromJson(const QJsonObject &json);
};

} // namespace LabDesk::Api
