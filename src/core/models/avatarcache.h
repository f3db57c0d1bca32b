#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace LabDesk::Models {

// Avatars downloaded once and kept on disk (QStandardPaths::CacheLocation/avatars, one file per
// URL named by its SHA-1), so a second start shows them without the network. Core only: it hands
// out file paths; the UI turns them into pixmaps. A URL that failed is not asked for again in
// this session. Requests without credentials: avatar URLs are public. GUI thread.
class AvatarCache : public QObject
{
    Q_OBJECT

public:
    explicit AvatarCache(QObject *parent = nullptr);

    void setNetwork(QNetworkAccessManager *network);
    // Where the cache lives (tests point it elsewhere).
    void setDirectory(const QString &directory);
    QString directory() const;

    // The cached file for `url`, or empty when it is not on disk yet.
    QString cachedPath(const QUrl &url) const;
    // Returns the cached file at once when present; otherwise starts one download (at most once
    // per URL) and returns empty; avatarReady() follows.
    QString request(const QUrl &url);
    int downloadsStarted() const { return m_downloads; }
    // True while a download of url runs.
    bool isDownloading(const QUrl &url) const { return m_inFlight.contains(url); }

Q_SIGNALS:
    void avatarReady(const QUrl &url, const QString &path);

private:
    QString pathFor(const QUrl &url) const;

    QPointer<QNetworkAccessManager> m_network;
    QString m_directory;
    QSet<QUrl> m_inFlight;
    QSet<QUrl> m_failed;
    int m_downloads = 0;
};

} // namespace LabDesk::Models
