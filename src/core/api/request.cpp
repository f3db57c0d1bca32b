#include "request.h"

#include <QLocale>
#include <QRegularExpression>

namespace LabDesk::Api {

Request Request::get(const QString &path, const QUrlQuery &query)
{
    Request r;
    r.path = path;
    r.query = query;
    return r;
}

Request Request::post(const QString &path, const QJsonObject &body)
{
    Request r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    return r;
}

Request Request::put(const QString &path, const QJsonObject &body)
{
    Request r;
    r.method = "PUT";
    r.path = path;
    r.body = body;
    return r;
}

Request Request::remove(const QString &path)
{
    Request r;
    r.method = "DELETE";
    r.path = path;
    return r;
}

QString encodeId(const QString &idOrPath)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(idOrPath));
}

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (when.isValid())
        when.setTimeSpec(Qt::UTC);
    return when;
}

QUrl linkRelation(const QByteArray &linkHeader, const QByteArray &rel)
{
    // <https://host/api/v4/projects?page=2>; rel="next", <...>; rel="first"
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>\\s*;\\s*rel=\"?([a-z]+)\"?"));
    for (auto it = entry.globalMatch(QString::fromLatin1(linkHeader)); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2) == QLatin1String(rel))
            return QUrl(m.captured(1), QUrl::StrictMode);
    }
    return {};
}

PageInfo PageInfo::fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    PageInfo info;
    auto number = [](const QByteArray &value, int fallback) {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        return ok ? n : fallback;
    };
    for (const auto &[name, value] : headers) {
        const QByteArray key = name.toLower();
        if (key == "x-page")
            info.page = number(value, 0);
        else if (key == "x-per-page")
            info.perPage = number(value, 0);
        else if (key == "x-next-page")
            info.nextPage = number(value, 0);
        else if (key == "x-total")
            info.total = number(value, -1);
        else if (key == "x-total-pages")
            info.totalPages = number(value, -1);
        else if (key == "link")
            info.next = linkRelation(value, "next");
    }
    return info;
}

} // namespace LabDesk::Api
