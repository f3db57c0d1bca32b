#include "gitlabclient.h"

#include "core/accounts/servertrust.h"
#include "core/app/logging.h"

#include <buildinfo.h>

#include <QJsonParseError>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <cmath>

namespace LabDesk::Api {

namespace {

int retryAfterMs(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds) * 1000;
    // An HTTP date.
    const QDateTime when = parseHttpDate(value);
    if (when.isValid())
        return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return -1;
}

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::OperationCanceledError: // how Qt reports a transfer timeout
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// --- Call ---------------------------------------------------------------------------------------

Call::Call(GitLabClient *client, Request request, QUrl absoluteUrl)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_url(std::move(absoluteUrl))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Call::startAttempt);
}

void Call::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() reports the cancellation
        return;
    }
    Response response;
    response.error.kind = ApiError::Kind::Cancelled;
    finish(response);
}

void Call::startAttempt()
{
    ++m_attempt;
    m_refusedRedirect.clear();
    m_sslErrors.clear();
    const QUrl url = m_url.isValid() ? m_url : m_client->urlFor(m_request);
    QNetworkReply *reply = m_client->startReply(m_request, url);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &Call::onReplyFinished);
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        if (m_client->isSameOrigin(target)) {
            // Allowed from the event loop rather than from inside Qt's own signal emission.
            QMetaObject::invokeMethod(reply, &QNetworkReply::redirectAllowed, Qt::QueuedConnection);
            return;
        }
        // Never follow to another origin: the token would go with the request.
        m_refusedRedirect = target;
        reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, url](const QList<QSslError> &errors) {
        Accounts::ServerTrust *trust = m_client->trust();
        const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
        if (trust && trust->accepts(url.host(), port, errors)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        m_sslErrors = errors;
    });
}

void Call::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    response.page = PageInfo::fromHeaders(response.headers);
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool canRetry = m_attempt < m_client->retryPolicy().maxAttempts && !m_cancelled;

    if (m_cancelled) {
        response.error.kind = ApiError::Kind::Cancelled;
        finish(response);
        return;
    }
    if (m_refusedRedirect.isValid()) {
        response.error.kind = ApiError::Kind::Redirect;
        response.error.message = m_refusedRedirect.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        finish(response);
        return;
    }
    if (!m_sslErrors.isEmpty()) {
        const QUrl url = reply->url();
        const int port = url.port(443);
        QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        const Accounts::CertificateProblem problem = Accounts::ServerTrust::describe(url.host(), port, m_sslErrors, chain);
        response.error.kind = ApiError::Kind::Tls;
        response.error.message = problem.summary();
        Q_EMIT certificateProblem(problem);
        finish(response);
        return;
    }

    if (response.status == 0) {
        // No HTTP answer at all.
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
                              || networkError == QNetworkReply::TimeoutError;
        if (m_request.isIdempotent() && isTransient(networkError) && canRetry) {
            retryLater(-1);
            return;
        }
        response.error.kind = timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        response.error.message = reply->errorString();
        finish(response);
        return;
    }

    if (response.status == 429 && canRetry) {
        retryLater(retryAfterMs(response.header("retry-after")));
        return;
    }
    if ((response.status == 502 || response.status == 503 || response.status == 504) && m_request.isIdempotent()
        && canRetry) {
        retryLater(retryAfterMs(response.header("retry-after")));
        return;
    }
    // A body cut off mid-way (connection reset after the headers) is retried like a reset.
    if (networkError != QNetworkReply::NoError && response.status < 400 && m_request.isIdempotent()
        && isTransient(networkError) && canRetry) {
        retryLater(-1);
        return;
    }

    const QString urlKey = reply->url().toString();
    if (response.status == 304 && m_request.poll) {
        const auto cached = m_client->m_etags.value(urlKey);
        response.notModified = true;
        response.body = cached.second;
        response.json = QJsonDocument::fromJson(cached.second);
        finish(response);
        return;
    }
    if (response.status >= 400) {
        response.error = ApiError::fromHttp(response.status, response.body,
                                            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        response.error.retryAfterSeconds = retryAfterMs(response.header("retry-after")) / 1000;
        if (response.status == 401)
            m_client->noteUnauthorized();
        finish(response);
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        // A successful status but the transfer broke: what arrived is not the whole answer.
        response.error = ApiError::invalidBody(response.status, response.body);
        response.error.message = reply->errorString();
        finish(response);
        return;
    }
    if (!response.body.isEmpty() && response.status != 204) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(response.body, &parseError);
        const bool wantsJson = !m_request.path.endsWith(QLatin1String("/raw"))
                               && !m_request.path.endsWith(QLatin1String("/trace"));
        if (wantsJson && parseError.error != QJsonParseError::NoError) {
            response.error = ApiError::invalidBody(response.status, response.body);
            finish(response);
            return;
        }
    }
    if (m_request.poll) {
        const QByteArray etag = response.header("etag");
        if (!etag.isEmpty())
            m_client->m_etags.insert(urlKey, {etag, response.body});
    }
    finish(response);
}

void Call::retryLater(int delayMs)
{
    const RetryPolicy policy = m_client->retryPolicy();
    if (delayMs < 0) {
        const double exponential = policy.baseDelayMs * std::pow(2.0, m_attempt - 1);
        const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
        delayMs = int(qMin<double>(policy.maxDelayMs, exponential * jitter));
    } else {
        delayMs = qMin(delayMs, policy.maxRetryAfterMs);
    }
    qCDebug(lcApi) << "retrying" << m_request.method << m_request.path << "in" << delayMs << "ms";
    m_retryTimer.start(delayMs);
}

void Call::finish(Response response)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(response);
    deleteLater();
}

// --- PagedCall ----------------------------------------------------------------------------------

PagedCall::PagedCall(GitLabClient *client, Request request, int parallelism, int maxPages)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_parallelism(qMax(1, parallelism))
    , m_maxPages(maxPages)
{
}

void PagedCall::cancel()
{
    if (m_finished)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    fail(error);
}

void PagedCall::start()
{
    m_request.query.removeAllQueryItems(QStringLiteral("per_page"));
    m_request.query.addQueryItem(QStringLiteral("per_page"), QString::number(qBound(1, m_request.perPage, 100)));
    if (m_request.paging == Request::Paging::Keyset) {
        for (const char *key : {"pagination", "order_by", "sort"})
            m_request.query.removeAllQueryItems(QString::fromLatin1(key));
        m_request.query.addQueryItem(QStringLiteral("pagination"), QStringLiteral("keyset"));
        m_request.query.addQueryItem(QStringLiteral("order_by"), QStringLiteral("id"));
        m_request.query.addQueryItem(QStringLiteral("sort"), QStringLiteral("asc"));
        m_sequential = true;
    }
    m_nextToRequest = 2;
    requestPage(1);
}

void PagedCall::requestPage(int page)
{
    Request r = m_request;
    if (m_request.paging != Request::Paging::Keyset) {
        r.query.removeAllQueryItems(QStringLiteral("page"));
        r.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    }
    Call *call = m_client->sendTo(r, {});
    m_inFlight.insert(page, call);
    connect(call, &Call::finished, this, [this, page](const Response &response) { onPage(page, response); });
}

void PagedCall::requestUrl(const QUrl &url, int page)
{
    if (!m_client->isSameOrigin(url)) {
        ApiError error;
        error.kind = ApiError::Kind::Redirect;
        error.message = url.toString(QUrl::RemoveQuery);
        fail(error);
        return;
    }
    Call *call = m_client->sendTo(m_request, url);
    m_inFlight.insert(page, call);
    connect(call, &Call::finished, this, [this, page](const Response &response) { onPage(page, response); });
}

void PagedCall::onPage(int page, const Response &response)
{
    m_inFlight.remove(page);
    if (m_finished)
        return;
    if (response.error.isError()) {
        fail(response.error);
        return;
    }
    if (!response.json.isArray()) {
        fail(ApiError::invalidBody(response.status, response.body));
        return;
    }
    m_ready.insert(page, response.json.array());
    m_readyBodies.insert(page, response.body);
    const bool reachedLimit = m_maxPages > 0 && page >= m_maxPages;

    if (page == 1 && !m_sequential) {
        if (response.page.hasTotals()) {
            m_totalPages = response.page.totalPages;
            if (m_maxPages > 0)
                m_totalPages = qMin(m_totalPages, m_maxPages);
        } else {
            m_sequential = true; // no totals (over 10,000 records, jobs): follow the next page
        }
    }

    if (m_sequential && !reachedLimit && response.page.hasNext()) {
        if (m_request.paging == Request::Paging::Keyset || response.page.nextPage <= 0)
            requestUrl(response.page.next, page + 1);
        else
            requestPage(response.page.nextPage);
    } else if (m_sequential) {
        m_totalPages = page;
    }

    if (!m_sequential) {
        while (m_nextToRequest <= m_totalPages && m_inFlight.size() < m_parallelism)
            requestPage(m_nextToRequest++);
    }
    deliverInOrder();
}

void PagedCall::deliverInOrder()
{
    while (!m_finished && m_ready.contains(m_nextToDeliver)) {
        const QJsonArray items = m_ready.take(m_nextToDeliver);
        const QByteArray body = m_readyBodies.take(m_nextToDeliver);
        ++m_delivered;
        Q_EMIT rawPageReceived(body, m_nextToDeliver);
        if (m_finished) // a consumer may cancel from the first signal
            return;
        Q_EMIT pageReceived(items, m_nextToDeliver);
        ++m_nextToDeliver;
    }
    if (!m_finished && m_totalPages >= 0 && m_nextToDeliver > m_totalPages && m_inFlight.isEmpty())
        done();
}

void PagedCall::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // Cancelling a call finishes it synchronously, which would edit m_inFlight under our feet.
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<Call> &call : inFlight) {
        if (call)
            call->cancel();
    }
    Q_EMIT finished(error);
    deleteLater();
}

void PagedCall::done()
{
    m_finished = true;
    Q_EMIT finished(ApiError());
    deleteLater();
}

// --- GitLabClient -------------------------------------------------------------------------------

GitLabClient::GitLabClient(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

GitLabClient::~GitLabClient() = default;

void GitLabClient::setServer(const QUrl &server)
{
    m_server = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_etags.clear();
}

QUrl GitLabClient::server() const
{
    return m_server;
}

void GitLabClient::setToken(const QString &token)
{
    m_token = token;
    m_tokenRejectedSignalled = false;
    m_etags.clear();
}

bool GitLabClient::hasToken() const
{
    return !m_token.isEmpty();
}

void GitLabClient::setTrust(Accounts::ServerTrust *trust)
{
    m_trust = trust;
}

Accounts::ServerTrust *GitLabClient::trust() const
{
    return m_trust;
}

void GitLabClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retry = policy;
}

RetryPolicy GitLabClient::retryPolicy() const
{
    return m_retry;
}

QNetworkAccessManager *GitLabClient::network()
{
    return &m_network;
}

QByteArray GitLabClient::userAgent()
{
    return QByteArrayLiteral("LabDesk/" LABDESK_VERSION);
}

QUrl GitLabClient::urlFor(const Request &request) const
{
    QUrl url = m_server;
    url.setPath(m_server.path() + QStringLiteral("/api/v4") + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

Call *GitLabClient::send(const Request &request)
{
    return sendTo(request, {});
}

Call *GitLabClient::sendTo(const Request &request, const QUrl &absoluteUrl)
{
    auto *call = new Call(this, request, absoluteUrl);
    // Start on the next turn of the event loop, so the caller can connect first.
    QMetaObject::invokeMethod(call, &Call::startAttempt, Qt::QueuedConnection);
    return call;
}

PagedCall *GitLabClient::fetchAll(const Request &request, int parallelism, int maxPages)
{
    Request r = request;
    if (r.paging == Request::Paging::None)
        r.paging = Request::Paging::Offset;
    auto *paged = new PagedCall(this, r, parallelism, maxPages);
    QMetaObject::invokeMethod(paged, &PagedCall::start, Qt::QueuedConnection);
    return paged;
}

QNetworkReply *GitLabClient::startReply(const Request &request, const QUrl &url)
{
    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty() && isSameOrigin(url))
        networkRequest.setRawHeader("PRIVATE-TOKEN", m_token.toUtf8());
    networkRequest.setTransferTimeout(request.timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    if (request.poll) {
        const auto cached = m_etags.value(url.toString());
        if (!cached.first.isEmpty())
            networkRequest.setRawHeader("If-None-Match", cached.first);
    }
    if (m_trust && url.scheme() == QLatin1String("https")) {
        const QList<QSslCertificate> cas = m_trust->caCertificates(url.host(), url.port(443));
        if (!cas.isEmpty()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificates(cas);
            networkRequest.setSslConfiguration(ssl);
        }
    }
    QByteArray body;
    if (!request.body.isEmpty()) {
        body = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    return m_network.sendCustomRequest(networkRequest, request.method, body);
}

bool GitLabClient::isSameOrigin(const QUrl &url) const
{
    const auto defaultPort = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return url.scheme() == m_server.scheme() && url.host().compare(m_server.host(), Qt::CaseInsensitive) == 0
           && defaultPort(url) == defaultPort(m_server);
}

void GitLabClient::noteUnauthorized()
{
    if (m_tokenRejectedSignalled)
        return;
    m_tokenRejectedSignalled = true;
    Q_EMIT tokenRejected();
}

} // namespace LabDesk::Api
