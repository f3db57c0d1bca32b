#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

namespace LabDesk::Sandbox {

// The sandbox's state: named collections of JSON records keyed by a positive id, as GitLab's
// tables are. Records hold GitLab's public fields plus private ones prefixed with "_" (a token's
// digest, a user's password) that serializers leave out. With a data directory the whole state
// is written to DIR/state.json (atomically, shortly after each change) and read back on start;
// large blobs (job logs, repositories) live in files beside it, owned by their modules.
//
// Single-threaded: lives on the sandbox's thread.
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(const QString &dataDir = {}, QObject *parent = nullptr);
    ~Store() override;

    bool load(QString *error);
    bool save(QString *error = nullptr);
    bool isEmpty() const;
    QString dataDir() const; // empty: memory only
    // A directory below the data directory (created on demand), or below a private temporary
    // directory when the store is memory-only.
    QString filesDir(const QString &name) const;

    int nextId(const QString &collection);
    QJsonObject get(const QString &collection, int id) const;
    bool contains(const QString &collection, int id) const;
    void put(const QString &collection, int id, const QJsonObject &record);
    void remove(const QString &collection, int id);
    QList<QJsonObject> all(const QString &collection) const; // ascending id
    int count(const QString &collection) const;

    // Records whose `field` equals `value`.
    QList<QJsonObject> where(const QString &collection, const QString &field, const QJsonValue &value) const;
    QJsonObject findOne(const QString &collection, const QString &field, const QJsonValue &value) const;

    // Schedules a save a moment later; many changes in a burst make one write.
    void markDirty();
    // Changes with every put and remove; with identity(), a key for caches of derived data.
    quint64 revision() const { return m_revision; }
    // Changes with every put and remove in `collection`.
    quint64 revision(const QString &collection) const { return m_collectionRevisions.value(collection); }
    quint64 identity() const { return m_identity; }

private:
    QString m_dataDir;
    QString m_scratchDir;
    QMap<QString, QMap<int, QJsonObject>> m_collections;
    QHash<QString, int> m_sequences;
    QTimer m_saveTimer;
    quint64 m_revision = 0;
    QHash<QString, quint64> m_collectionRevisions;
    quint64 m_identity = 0;
};

} // namespace LabDesk::Sandbox
