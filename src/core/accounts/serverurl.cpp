#include "serverurl.h"

#include <QRegularExpression>

namespace LabDesk::Accounts {

ServerUrl ServerUrl::parse(const QString &input)
{
    ServerUrl result;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("Enter the address of your GitLab server, for example https://gitlab.com.");
        return result;
    }
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!scheme.match(text).hasMatch()) {
        const QString host = text.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), 0, 0).toLower();
        if (host == QLatin1String("gitlab.com") || host == QLatin1String("jihulab.com")) {
            text.prepend(QStringLiteral("https://"));
        } else {
            result.schemeMissing = true;
            text.prepend(QStringLiteral("https://"));
        }
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        result.error = tr("'%1' is not a web address. Use the address you open GitLab with in the browser, "
                          "such as https://gitlab.example.com or http://192.168.1.20:8080.")
                           .arg(input.trimmed());
        result.schemeMissing = false;
        return result;
    }
    // Keep a relative URL root (/gitlab) but drop what was pasted from the API or a page.
    QString path = url.path();
    static const QRegularExpression apiSuffix(QStringLiteral("/api/v4(/.*)?$"));
    if (apiSuffix.match(path).hasMatch()) {
        path.remove(apiSuffix);
        result.apiSuffixDropped = true;
    }
    static const QRegularExpression pageSuffix(QStringLiteral("/(-/.*|users/sign_in.*|explore.*|dashboard.*)$"));
    path.remove(pageSuffix);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    result.url = url;
    if (result.schemeMissing) {
        result.error = tr("Add http:// or https:// in front of '%1'. Use the one your browser shows for this "
                          "server; a new GitLab in Docker usually starts with http://.")
                           .arg(input.trimmed());
    }
    return result;
}

QString ServerUrl::displayName(const QUrl &url)
{
    QString name = url.host();
    if (url.port() > 0)
        name += QLatin1Char(':') + QString::number(url.port());
    if (!url.path().isEmpty())
        name += url.path();
    return name;
}

} // namespace LabDesk::Accounts
