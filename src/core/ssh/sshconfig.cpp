#include "sshconfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <utility>

namespace LabDesk::Ssh {

namespace {

QString beginMarker(const QString &alias)
{
    return QStringLiteral("# LabDesk: begin ") + alias;
}

QString endMarker(const QString &alias)
{
    return QStringLiteral("# LabDesk: end ") + alias;
}

// "Host a b" / "Host=a,b" / "Match ..." -> keyword and values, lowercased keyword.
QPair<QString, QStringList> keywordLine(const QString &line)
{
    static const QRegularExpression split(QStringLiteral("^\\s*([A-Za-z]+)\\s*(?:=|\\s)\\s*(.*)$"));
    const QRegularExpressionMatch match = split.match(line);
    if (!match.hasMatch())
        return {};
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return {match.captured(1).toLower(), match.captured(2).split(separators, Qt::SkipEmptyParts)};
}

QString quotedIfNeeded(const QString &value)
{
    return value.contains(QLatin1Char(' ')) ? QLatin1Char('"') + value + QLatin1Char('"') : value;
}

} // namespace

bool HostEntry::operator==(const HostEntry &other) const
{
    return aliases == other.aliases && hostName == other.hostName && port == other.port && user == other.user
        && identityFile == other.identityFile;
}

SshConfig::SshConfig(QString path)
    : m_path(std::move(path))
{ }

QString SshConfig::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

bool SshConfig::needsEntry(const QString &webHost, const QString &sshHost, int sshPort)
{
    return sshPort != 22 || (!sshHost.isEmpty() && sshHost.compare(webHost, Qt::CaseInsensitive) != 0);
}

QString SshConfig::render(const HostEntry &entry)
{
    QStringList lines;
    const QString alias = entry.aliases.value(0);
    lines << beginMarker(alias);
    lines << QStringLiteral("Host ") + entry.aliases.join(QLatin1Char(' '));
    if (!entry.hostName.isEmpty())
        lines << QStringLiteral("    HostName ") + entry.hostName;
    lines << QStringLiteral("    Port %1").arg(entry.port);
    if (!entry.user.isEmpty())
        lines << QStringLiteral("    User ") + entry.user;
    if (!entry.identityFile.isEmpty()) {
        lines << QStringLiteral("    IdentityFile ") + quotedIfNeeded(entry.identityFile);
        lines << QStringLiteral("    IdentitiesOnly yes");
    }
    lines << endMarker(alias);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SshConfig::apply(const QString &text, const HostEntry &entry, bool *userEntry)
{
    if (userEntry)
        *userEntry = false;
    const QString alias = entry.aliases.value(0);
    const QString block = render(entry);
    QStringList lines = text.split(QLatin1Char('\n'));
    const bool endsWithNewline = text.isEmpty() || text.endsWith(QLatin1Char('\n'));
    if (endsWithNewline && !lines.isEmpty())
        lines.removeLast();

    int begin = -1;
    int end = -1;
    int firstSection = -1;
    bool inOurBlock = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed == beginMarker(alias)) {
            begin = i;
            inOurBlock = true;
            continue;
        }
        if (trimmed == endMarker(alias) && begin >= 0 && end < 0) {
            end = i;
            inOurBlock = false;
            continue;
        }
        const auto [keyword, values] = keywordLine(trimmed);
        if (keyword == QLatin1String("host") || keyword == QLatin1String("match")) {
            if (firstSection < 0 && !inOurBlock)
                firstSection = i;
            if (!inOurBlock && keyword == QLatin1String("host") && values.contains(alias, Qt::CaseInsensitive)) {
                if (userEntry)
                    *userEntry = true;
                return text;
            }
        }
    }

    QStringList blockLines = block.split(QLatin1Char('\n'));
    blockLines.removeLast();
    if (begin >= 0 && end > begin) {
        lines = lines.mid(0, begin) + blockLines + lines.mid(end + 1);
    } else if (firstSection >= 0) {
        blockLines << QString(); // a blank line before the user's first section
        lines = lines.mid(0, firstSection) + blockLines + lines.mid(firstSection);
    } else {
        if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
            lines << QString();
        lines += blockLines;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

SshConfig::Result SshConfig::ensureEntry(const HostEntry &entry, QString *backupPath, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Result::Failed;
    };
    if (entry.aliases.isEmpty() || entry.aliases.first().isEmpty())
        return fail(tr("No host name for the SSH configuration entry."));
    QString current;
    QFile file(m_path);
    const bool existed = file.exists();
    if (existed) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
        current = QString::fromUtf8(file.readAll());
        file.close();
    }
    bool userEntry = false;
    const QString updated = apply(current, entry, &userEntry);
    if (userEntry)
        return Result::UserEntry;
    if (updated == current)
        return Result::Unchanged;

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(tr("Cannot create the folder %1.").arg(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (existed) {
        const QString backup = m_path + QStringLiteral(".labdesk-backup-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup))
            return fail(tr("Cannot back up %1 to %2.").arg(m_path, backup));
        QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (backupPath)
            *backupPath = backup;
    }
    // ssh refuses a config that others can write; keep what the user had, or 0600 for a new file.
    const QFileDevice::Permissions permissions
        = existed ? QFile::permissions(m_path) : (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(m_path, out.errorString()));
    out.write(updated.toUtf8());
    out.setPermissions(permissions);
    if (!out.commit())
        return fail(tr("Cannot write %1: %2").arg(m_path, out.errorString()));
    return Result::Written;
}

} // namespace LabDesk::Ssh
