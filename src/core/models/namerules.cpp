#include "namerules.h"

#include <QRegularExpression>

namespace LabDesk::Models {

QString NameRules::projectNameError(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name.");
    if (name.size() > 255)
        return tr("The name is too long (at most 255 characters).");
    static const QRegularExpression valid(QStringLiteral("^[\\p{L}\\p{N}\\p{So}_][\\p{L}\\p{N}\\p{So}_.+\\- ]*$"));
    if (!valid.match(name).hasMatch())
        return tr("A name can contain only letters, digits, emoji, '_', '.', '+', dashes and spaces, and must start "
                  "with a letter, a digit, an emoji or '_'.");
    return {};
}

QString NameRules::groupNameError(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name.");
    if (name.size() > 255)
        return tr("The name is too long (at most 255 characters).");
    static const QRegularExpression valid(QStringLiteral("^[\\p{L}\\p{N}\\p{So}_][\\p{L}\\p{N}\\p{So}_.()+\\- ]*$"));
    if (!valid.match(name).hasMatch())
        return tr("A group name can contain only letters, digits, emoji, '_', '.', parentheses, dashes and spaces, "
                  "and must start with a letter, a digit, an emoji or '_'.");
    return {};
}

QString NameRules::pathError(const QString &path)
{
    if (path.isEmpty())
        return tr("Enter a path.");
    if (path.size() > 255)
        return tr("The path is too long (at most 255 characters).");
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9_.][a-zA-Z0-9_\\-.]*$"));
    if (!valid.match(path).hasMatch())
        return tr("A path can contain only letters, digits, '_', '-' and '.', and cannot start with '-'.");
    if (path.endsWith(QLatin1String(".git")) || path.endsWith(QLatin1String(".atom")))
        return tr("A path cannot end in '.git' or '.atom'.");
    static const QRegularExpression special(QStringLiteral("^[._-]|[._-]$|[._-]{2}"));
    if (special.match(path).hasMatch())
        return tr("A path cannot start or end with '_', '-' or '.', nor contain two of them in a row.");
    return {};
}

QString NameRules::pathFromName(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('_') || c == QLatin1Char('.'))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    static const QRegularExpression edges(QStringLiteral("^[._-]+|[._-]+$"));
    out.remove(edges);
    static const QRegularExpression runs(QStringLiteral("[._-]{2,}"));
    out.replace(runs, QStringLiteral("-"));
    return out;
}

} // namespace LabDesk::Models
