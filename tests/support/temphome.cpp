#include "temphome.h"

#include <QDir>
#include <QSettings>

namespace LabDesk::Test {

namespace {

const char *const Variables[] = {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"};

} // namespace

TempHome::TempHome()
{
    for (const char *name : Variables)
        m_saved.insert(name, qgetenv(name));
    const QString root = m_dir.path();
    QDir(root).mkpath(QStringLiteral(".config"));
    QDir(root).mkpath(QStringLiteral(".local/share"));
    QDir(root).mkpath(QStringLiteral(".cache"));
    QDir(root).mkpath(QStringLiteral(".local/state"));
    qputenv("HOME", root.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (root + QStringLiteral("/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (root + QStringLiteral("/.local/share")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (root + QStringLiteral("/.cache")).toLocal8Bit());
    qputenv("XDG_STATE_HOME", (root + QStringLiteral("/.local/state")).toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, root + QStringLiteral("/.config"));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, root + QStringLiteral("/.config"));
}

TempHome::~TempHome()
{
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        if (it.value().isNull())
            qunsetenv(it.key().constData());
        else
            qputenv(it.key().constData(), it.value());
    }
    const QString config = QString::fromLocal8Bit(m_saved.value("XDG_CONFIG_HOME"));
    const QString home = QString::fromLocal8Bit(m_saved.value("HOME"));
    const QString restored = !config.isEmpty() ? config : home + QStringLiteral("/.config");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, restored);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, restored);
}

bool TempHome::isValid() const
{
    return m_dir.isValid();
}

QString TempHome::path() const
{
    return m_dir.path();
}

QString TempHome::filePath(const QString &relative) const
{
    return m_dir.filePath(relative);
}

} // namespace LabDesk::Test
