#include "remoteauth.h"

#include <QRegularExpression>
#include <QUrl>

namespace LabDesk::Git {

RemoteAddress RemoteAddress::parse(const QString &address)
{
    RemoteAddress result;
    const QString text = address.trimmed();
    if (text.isEmpty())
        return result;

    if (!text.contains(QLatin1String("://"))) {
        // scp-like syntax: [user@]host:path (a Windows drive letter or a local path has no host part).
        static const QRegularExpression scpLike(QStringLiteral("^(?:([^@/:]+)@)?([^@/:]+):(?!/)(.+)$"));
        const QRegularExpressionMatch match = scpLike.match(text);
        if (!match.hasMatch() || match.captured(2).size() < 2)
            return result;
        result.isValid = true;
        result.isSsh = true;
        result.scheme = QStringLiteral("ssh");
        result.user = match.captured(1);
        result.host = match.captured(2);
        result.port = 22;
        result.url = text;
        return result;
    }

    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http") && scheme != QLatin1String("ssh")))
        return result;
    result.isValid = true;
    result.scheme = scheme;
    result.isSsh = scheme == QLatin1String("ssh");
    result.host = url.host();
    result.port = url.port(result.isSsh ? 22 : (scheme == QLatin1String("https") ? 443 : 80));
    result.user = url.userName();
    result.password = url.password();
    url.setPassword(QString());
    if (!result.isSsh)
        url.setUserName(QString());
    result.url = url.toString(QUrl::FullyEncoded);
    return result;
}

} // namespace LabDesk::Git
