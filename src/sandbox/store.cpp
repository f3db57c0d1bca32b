#include "store.h"

#include "core/app/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

#include <atomic>

namespace LabDesk::Sandbox {

namespace {

const QString StateFile = QStringLiteral("state.json");

} // namespace

Store::Store(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    static std::atomic<quint64> instances {0};
    m_identity = ++instances;
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(100);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { save(); });
}

Store::~Store()
{
    if (m_saveTimer.isActive())
        save();
    if (!m_scratchDir.isEmpty())
        QDir(m_scratchDir).removeRecursively();
}

bool Store::load(QString *error)
{
    if (m_dataDir.isEmpty())
        return true;
    if (!QDir().mkpath(m_dataDir)) {
        *error = tr("cannot create the data directory %1").arg(m_dataDir);
        return false;
    }
    QFile file(QDir(m_dataDir).filePath(StateFile));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = tr("%1 is damaged: %2").arg(file.fileName(), parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonObject sequences = root.value(QLatin1String("sequences")).toObject();
    for (auto it = sequences.begin(); it != sequences.end(); ++it)
        m_sequences.insert(it.key(), it.value().toInt());
    const QJsonObject collections = root.value(QLatin1String("collections")).toObject();
    for (auto it = collections.begin(); it != collections.end(); ++it) {
        QMap<int, QJsonObject> &records = m_collections[it.key()];
        for (const QJsonValue &record : it.value().toArray()) {
            const QJsonObject object = record.toObject();
            records.insert(object.value(QLatin1String("id")).toInt(), object);
        }
    }
    return true;
}

bool Store::save(QString *error)
{
    m_saveTimer.stop();
    if (m_dataDir.isEmpty())
        return true;
    QJsonObject sequences;
    for (auto it = m_sequences.cbegin(); it != m_sequences.cend(); ++it)
        sequences.insert(it.key(), it.value());
    QJsonObject collections;
    for (auto it = m_collections.cbegin(); it != m_collections.cend(); ++it) {
        QJsonArray records;
        for (const QJsonObject &record : it.value())
            records.append(record);
        collections.insert(it.key(), records);
    }
    QSaveFile file(QDir(m_dataDir).filePath(StateFile));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        qCWarning(lcSandbox) << "cannot save state:" << file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("sequences"), sequences},
                                         {QStringLiteral("collections"), collections}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcSandbox) << "cannot save state:" << file.errorString();
        return false;
    }
    return true;
}

bool Store::isEmpty() const
{
    for (const auto &records : m_collections) {
        if (!records.isEmpty())
            return false;
    }
    return true;
}

QString Store::dataDir() const
{
    return m_dataDir;
}

QString Store::filesDir(const QString &name) const
{
    QString base = m_dataDir;
    if (base.isEmpty()) {
        if (m_scratchDir.isEmpty()) {
            QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/labdesk-sandbox-XXXXXX"));
            scratch.setAutoRemove(false);
            const_cast<Store *>(this)->m_scratchDir = scratch.path();
        }
        base = m_scratchDir;
    }
    const QString path = QDir(base).filePath(name);
    QDir().mkpath(path);
    return path;
}

int Store::nextId(const QString &collection)
{
    int &sequence = m_sequences[collection];
    const auto &records = m_collections.value(collection);
    if (!records.isEmpty())
        sequence = qMax(sequence, records.lastKey());
    return ++sequence;
}

QJsonObject Store::get(const QString &collection, int id) const
{
    return m_collections.value(collection).value(id);
}

bool Store::contains(const QString &collection, int id) const
{
    return m_collections.value(collection).contains(id);
}

void Store::put(const QString &collection, int id, const QJsonObject &record)
{
    QJsonObject stored = record;
    stored.insert(QStringLiteral("id"), id);
    m_collections[collection].insert(id, stored);
    ++m_revision;
    ++m_collectionRevisions[collection];
    markDirty();
}

void Store::remove(const QString &collection, int id)
{
    if (m_collections[collection].remove(id) > 0) {
        ++m_revision;
        ++m_collectionRevisions[collection];
        markDirty();
    }
}

QList<QJsonObject> Store::all(const QString &collection) const
{
    return m_collections.value(collection).values();
}

int Store::count(const QString &collection) const
{
    return int(m_collections.value(collection).size());
}

QList<QJsonObject> Store::where(const QString &collection, const QString &field, const QJsonValue &value) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &record : m_collections.value(collection)) {
        if (record.value(field) == value)
            result.append(record);
    }
    return result;
}

QJsonObject Store::findOne(const QString &collection, const QString &field, const QJsonValue &value) const
{
    for (const QJsonObject &record : m_collections.value(collection)) {
        if (record.value(field) == value)
            return record;
    }
    return {};
}

void Store::markDirty()
{
    if (!m_dataDir.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

} // namespace LabDesk::Sandbox
