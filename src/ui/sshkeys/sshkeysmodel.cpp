#include "sshkeysmodel.h"

#include "widgets/themedicon.h"

#include <QLocale>

namespace LabDesk::Ui {

using Expiry = Ssh::SshKeyRecord::Expiry;

SshKeysModel::SshKeysModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SshKeysModel::setKeys(const QList<Ssh::SshKeyRecord> &keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

const QList<Ssh::SshKeyRecord> &SshKeysModel::keys() const
{
    return m_keys;
}

void SshKeysModel::setNow(const QDateTime &now)
{
    beginResetModel();
    m_now = now;
    endResetModel();
}

QString SshKeysModel::usageText(const QString &usageType)
{
    if (usageType == QLatin1String("auth"))
        return tr("Authentication");
    if (usageType == QLatin1String("signing"))
        return tr("Signing");
    return tr("Authentication & signing");
}

int SshKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int SshKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SshKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ssh::SshKeyRecord &key = m_keys.at(index.row());
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const Expiry expiry = key.expiry(now);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return key.title;
        case TypeColumn:
            if (!key.key.isValid())
                return tr("Unknown");
            return key.key.isRsa() ? tr("RSA %1").arg(key.key.bits) : key.key.displayType();
        case FingerprintColumn:
            return key.key.isValid() ? key.key.sha256Fingerprint() : QString();
        case UsageColumn:
            return usageText(key.usageType);
        case CreatedColumn:
            return key.createdAt.isValid() ? locale.toString(key.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                                           : QString();
        case ExpiresColumn: {
            if (expiry == Expiry::Never)
                return tr("Never");
            const QString date = locale.toString(key.expiresAt.toLocalTime().date(), QLocale::ShortFormat);
            if (expiry == Expiry::Expired)
                return tr("Expired %1").arg(date);
            if (expiry == Expiry::Soon) {
                const auto days = int(now.daysTo(key.expiresAt));
                return tr("%1 (in %n day(s))", nullptr, days).arg(date);
            }
            return date;
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == ExpiresColumn && expiry == Expiry::Expired)
            return themedIcon(QStringLiteral("check-fail"));
        if (index.column() == ExpiresColumn && expiry == Expiry::Soon)
            return themedIcon(QStringLiteral("check-warn"));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == FingerprintColumn)
            return key.key.toLine();
        if (index.column() == ExpiresColumn && expiry == Expiry::Expired)
            return tr("This key has expired: GitLab no longer accepts it. Add a new key.");
        if (index.column() == ExpiresColumn && expiry == Expiry::Soon)
            return tr("This key expires soon. Add a new key before it does.");
        return {};
    case IdRole:
        return key.id;
    case ExpiryRole:
        return int(expiry);
    default:
        return {};
    }
}

QVariant SshKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Type");
    case FingerprintColumn:
        return tr("Fingerprint (SHA256)");
    case UsageColumn:
        return tr("Usage");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

} // namespace LabDesk::Ui
