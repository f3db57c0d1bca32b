#include "avatarcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>

namespace LabDesk::Models {

AvatarCache::AvatarCache(QObject *parent)
    : QObject(parent)
    , m_directory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/avatars"))
{ }

void AvatarCache::setNetwork(QNetworkAccessManager *network)
{
    m_network = network;
}

void AvatarCache::setDirectory(const QString &directory)
{
    m_directory = directory;
}

QString AvatarCache::directory() const
{
    return m_directory;
}

QString AvatarCache::pathFor(const QUrl &url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1).toHex();
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash);
}

QString AvatarCache::cachedPath(const QUrl &url) const
{
    if (!url.isValid() || url.isEmpty())
        return {};
    const QString path = pathFor(url);
    return QFile::exists(path) ? path : QString();
}

QString AvatarCache::request(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return {};
    if (const QString path = cachedPath(url); !path.isEmpty())
        return path;
    if (!m_network || m_inFlight.contains(url) || m_failed.contains(url))
        return {};
    m_inFlight.insert(url);
    ++m_downloads;
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_inFlight.remove(url);
        const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        if (body.isEmpty()) {
            m_failed.insert(url);
            return;
        }
        QDir().mkpath(m_directory);
        const QString path = pathFor(url);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit()) {
            m_failed.insert(url);
            return;
        }
        Q_EMIT avatarReady(url, path);
    });
    return {};
}

} // namespace LabDesk::Models
