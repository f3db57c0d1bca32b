#pragma once

#include "apierror.h"
#include "request.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace LabDesk::Accounts {
class ServerTrust;
struct CertificateProblem;
} // namespace LabDesk::Accounts

namespace LabDesk::Api {

// When and how often a call is tried again. Delays grow exponentially with ±25 % jitter.
struct RetryPolicy
{
    int maxAttempts = 4;        // first try included
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 120000; // a Retry-After beyond this is cut to it
};

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    PageInfo page;
    bool notModified = false; // 304 to a polled request: `body`/`json` are the cached ones
    ApiError error;

    QByteArray header(const QByteArray &name) const;
};

class GitLabClient;

// One request in flight, retried by the rules of RetryPolicy: a 429 waits for Retry-After (or
// backs off), idempotent GETs are retried on 502/503/504, resets and timeouts; POST/PUT/DELETE are
// never retried on their own. Emits finished() exactly once, then deletes itself. cancel() ends it
// with ApiError::Kind::Cancelled. Lives on the GUI thread; never blocks.
class Call : public QObject
{
    Q_OBJECT

public:
    void cancel();
    const Request &request() const { return m_request; }
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void finished(const LabDesk::Api::Response &response);
    // A TLS problem the user could resolve (trust the certificate) was met; finished() follows
    // with ApiError::Kind::Tls.
    void certificateProblem(const LabDesk::Accounts::CertificateProblem &problem);

private:
    friend class GitLabClient;
    Call(GitLabClient *client, Request request, QUrl absoluteUrl);

    void startAttempt();
    void onReplyFinished();
    void retryLater(int delayMs);
    void finish(Response response);

    GitLabClient *m_client;
    Request m_request;
    QUrl m_url; // set for Link-following; otherwise built from the request
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_cancelled = false;
    bool m_done = false;
    QUrl m_refusedRedirect;
    QList<QSslError> m_sslErrors;
};

// All pages of a list, streamed to the consumer as they come: offset pages in parallel (at most
// `parallelism` at once) when x-total-pages is known, else following x-next-page / Link; keyset
// pages through Link rel="next". pageReceived() is emitted in page order. Deletes itself after
// finished().
class PagedCall : public QObject
{
    Q_OBJECT

public:
    void cancel();
    int pagesReceived() const { return m_delivered; }

Q_SIGNALS:
    void pageReceived(const QJsonArray &items, int page);
    // The same page as the server sent it (a JSON array, already checked to parse), emitted just
    // before pageReceived(): for consumers that pass JSON on without re-serializing it.
    void rawPageReceived(const QByteArray &body, int page);
    void finished(const LabDesk::Api::ApiError &error); // error.isError() false on success

private:
    friend class GitLabClient;
    PagedCall(GitLabClient *client, Request request, int parallelism, int maxPages);

    void start();
    void requestPage(int page);
    void requestUrl(const QUrl &url, int page);
    void onPage(int page, const Response &response);
    void deliverInOrder();
    void fail(const ApiError &error);
    void done();

    GitLabClient *m_client;
    Request m_request;
    int m_parallelism;
    int m_maxPages;
    int m_totalPages = -1;
    int m_nextToRequest = 0;
    int m_nextToDeliver = 1;
    int m_delivered = 0;
    bool m_sequential = false;
    bool m_finished = false;
    QMap<int, QJsonArray> m_ready;
    QMap<int, QByteArray> m_readyBodies;
    QHash<int, QPointer<Call>> m_inFlight;
};

// The way LabDesk talks to one GitLab server: one QNetworkAccessManager, the token in a header
// (never in a URL), User-Agent LabDesk/<version>, transfer timeouts, redirects followed only to
// the same scheme, host and port, TLS decisions from ServerTrust. Not thread-safe: GUI thread.
class GitLabClient : public QObject
{
    Q_OBJECT

public:
    explicit GitLabClient(QObject *parent = nullptr);
    ~GitLabClient() override;

    // The server's base URL, e.g. https://gitlab.example.com or http://10.0.0.5:8080/gitlab.
    void setServer(const QUrl &server);
    QUrl server() const;
    void setToken(const QString &token);
    bool hasToken() const;
    void setTrust(Accounts::ServerTrust *trust);
    Accounts::ServerTrust *trust() const;
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    QNetworkAccessManager *network();

    QUrl urlFor(const Request &request) const;

    Call *send(const Request &request);
    PagedCall *fetchAll(const Request &request, int parallelism = 4, int maxPages = -1);

    static QByteArray userAgent();

Q_SIGNALS:
    // The server answered 401 to this token. Emitted once until setToken() is called again.
    void tokenRejected();

private:
    friend class Call;
    friend class PagedCall;

    Call *sendTo(const Request &request, const QUrl &absoluteUrl);
    QNetworkReply *startReply(const Request &request, const QUrl &url);
    bool isSameOrigin(const QUrl &url) const;
    void noteUnauthorized();

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
    QPointer<Accounts::ServerTrust> m_trust;
    RetryPolicy m_retry;
    bool m_tokenRejectedSignalled = false;
    QHash<QString, QPair<QByteArray, QByteArray>> m_etags; // url -> (etag, body)
};

} // namespace LabDesk::Api

Q_DECLARE_METATYPE(LabDesk::Api::Response)
