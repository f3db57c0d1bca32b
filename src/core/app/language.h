#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace LabDesk {

// Which language the user interface speaks, and loading its translations.
// Order of precedence: --lang, then the saved preference, then the system locale.
class Language
{
public:
    // Languages with a complete translation, as accepted by --lang.
    static QStringList supported();

    // "zh_CN", "zh-cn", "zh_Hans" -> "zh_CN"; "en_US" -> "en"; unsupported -> empty.
    static QString canonical(const QString &name);

    // The language to use. An empty or unsupported preference falls through to the system locale;
    // a system locale without a translation gives "en".
    static QString choose(const QString &commandLine, const QString &preference, const QLocale &system);

    // Installs LabDesk's embedded translation and Qt's own for `language` into `app`
    // and makes it QLocale's default. Returns false when LabDesk's catalogue is missing.
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace LabDesk
