#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace LabDesk::Api {

// One call to GitLab's REST API v4, as a value: no I/O. `path` is below /api/v4 and is already
// percent-encoded where GitLab wants it (use encodeId() for "group/project" and file paths).
struct Request
{
    enum class Paging {
        None,
        Offset, // page/per_page, pages fetched in parallel when the total is known
        Keyset, // pagination=keyset&order_by=id (projects), followed through Link rel="next"
    };

    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QJsonObject body;  // sent as JSON when not empty
    Paging paging = Paging::None;
    int perPage = 100;
    bool poll = false; // a resource polled for changes: send If-None-Match with the last ETag
    int timeoutMs = 30000;

    bool isIdempotent() const { return method == "GET" || method == "HEAD"; }

    static Request get(const QString &path, const QUrlQuery &query = {});
    static Request post(const QString &path, const QJsonObject &body = {});
    static Request put(const QString &path, const QJsonObject &body = {});
    static Request remove(const QString &path);
};

// "group/sub project" -> "group%2Fsub%20project": an id or path as one URL segment, as GitLab
// wants for :id, :file_path and branch names.
QString encodeId(const QString &idOrPath);

// Pagination facts from a response's headers. -1 where the server did not say (above 10,000
// records GitLab leaves out the totals; /projects/:id/jobs never sends them).
struct PageInfo
{
    int page = 0;
    int perPage = 0;
    int nextPage = 0; // 0: none
    int total = -1;
    int totalPages = -1;
    QUrl next;        // Link rel="next" (keyset pagination depends on it)

    bool hasTotals() const { return totalPages >= 0; }
    bool hasNext() const { return nextPage > 0 || next.isValid(); }

    static PageInfo fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
};

// An HTTP date ("Tue, 24 Nov 2026 16:27:16 GMT"), or an invalid QDateTime.
QDateTime parseHttpDate(const QByteArray &value);

// The URL of a Link header's entry with rel="<rel>", or an invalid URL.
QUrl linkRelation(const QByteArray &linkHeader, const QByteArray &rel);

} // namespace LabDesk::Api
