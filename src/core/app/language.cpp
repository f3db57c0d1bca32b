#include "language.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace LabDesk {

QStringList Language::supported()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Language::canonical(const QString &name)
{
    QString n = name.trimmed();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (n.isEmpty())
        return {};
    const QString lower = n.toLower();
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    if (lower == QLatin1String("zh") || lower == QLatin1String("zh_cn") || lower == QLatin1String("zh_sg")
        || lower.startsWith(QLatin1String("zh_hans")))
        return QStringLiteral("zh_CN");
    return {};
}

QString Language::choose(const QString &commandLine, const QString &preference, const QLocale &system)
{
    for (const QString &candidate : {commandLine, preference}) {
        const QString c = canonical(candidate);
        if (!c.isEmpty())
            return c;
    }
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalChineseScript
        && system.territory() != QLocale::Taiwan && system.territory() != QLocale::HongKong
        && system.territory() != QLocale::Macao)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool Language::install(QCoreApplication *app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    auto *ours = new QTranslator(app);
    const bool loaded = ours->load(QStringLiteral(":/i18n/labdesk_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcApp) << "no embedded translation for" << language;

    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return loaded;
}

} // namespace LabDesk
