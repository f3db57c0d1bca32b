#include "httpserver.h"

#include "core/app/logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace LabDesk::Sandbox {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qint64 MaxBodyBytes = qint64(1) << 30;

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

// One client connection: parses requests from the socket and writes responses in order.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, const HttpServer::Handler &handler, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_handler(handler)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

    void send(quint64 serial, const HttpResponse &response)
    {
        if (serial != m_serial || !m_awaitingResponse)
            return;
        m_awaitingResponse = false;

        m_socket->write(head(response));
        if (m_request.method != "HEAD")
            m_socket->write(response.body);

        if (m_closeAfterResponse) {
            m_socket->disconnectFromHost();
            return;
        }
        m_request = {};
        m_state = State::Head;
        // The next request may already be buffered.
        readMore();
    }

    void sendPartialAndReset(quint64 serial, const HttpResponse &response, qsizetype bodyBytes)
    {
        if (serial != m_serial || !m_awaitingResponse)
            return;
        m_awaitingResponse = false;
        // Nothing more is read from this connection: it is about to break.
        disconnect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
        m_socket->write(head(response));
        m_socket->write(response.body.left(qBound<qsizetype>(0, bodyBytes, response.body.size())));
        // abort() drops what Qt still buffers, so reset only once the partial bytes reached the kernel.
        connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::resetWhenFlushed);
        m_socket->flush();
        resetWhenFlushed();
    }

private:
    enum class State {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkTrailer,
        Handling,
    };

    QByteArray head(const HttpResponse &response) const
    {
        QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                          + HttpResponse::reasonPhrase(response.status) + "\r\n";
        bool hasDate = false;
        for (const auto &[name, value] : response.headers) {
            text += name + ": " + value + "\r\n";
            hasDate = hasDate || name.compare("date", Qt::CaseInsensitive) == 0;
        }
        if (!hasDate)
            text += "Date: " + httpDate() + "\r\n";
        text += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        if (m_closeAfterResponse)
            text += "Connection: close\r\n";
        text += "\r\n";
        return text;
    }

    void resetWhenFlushed()
    {
        if (m_socket->bytesToWrite() > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout turns close() into a TCP reset, as a dying proxy sends.
        const struct linger reset = {1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
#endif
        m_socket->abort();
        deleteLater();
    }

    void readMore()
    {
        m_buffer += m_socket->readAll();
        while (m_state != State::Handling) {
            if (!step())
                return;
        }
    }

    // Consumes what it can from m_buffer; false when it needs more bytes or gave up.
    bool step()
    {
        switch (m_state) {
        case State::Head: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > MaxHeadBytes)
                    fail(431);
                return false;
            }
            if (!parseHead(m_buffer.left(end)))
                return false;
            m_buffer.remove(0, end + 4);
            if (m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            if (m_request.header("transfer-encoding").toLower().contains("chunked")) {
                m_state = State::ChunkSize;
            } else {
                bool ok = true;
                const QByteArray length = m_request.header("content-length");
                m_remaining = length.isEmpty() ? 0 : length.trimmed().toLongLong(&ok);
                if (!ok || m_remaining < 0 || m_remaining > MaxBodyBytes) {
                    fail(ok ? 413 : 400);
                    return false;
                }
                m_state = State::Body;
            }
            return true;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            m_request.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return false;
            dispatch();
            return true;
        }
        case State::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return false;
            bool ok = false;
            const QByteArray sizeField = m_buffer.left(eol).split(';').constFirst().trimmed();
            m_remaining = sizeField.toLongLong(&ok, 16);
            m_buffer.remove(0, eol + 2);
            if (!ok || m_remaining < 0 || m_request.body.size() + m_remaining > MaxBodyBytes) {
                fail(400);
                return false;
            }
            m_state = m_remaining == 0 ? State::ChunkTrailer : State::ChunkData;
            return true;
        }
        case State::ChunkData: {
            if (m_buffer.size() < m_remaining + 2)
                return false;
            m_request.body += m_buffer.left(m_remaining);
            m_buffer.remove(0, m_remaining + 2);
            m_state = State::ChunkSize;
            return true;
        }
        case State::ChunkTrailer: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return false;
            m_buffer.remove(0, eol + 2);
            if (eol == 0)
                dispatch();
            return true;
        }
        case State::Handling:
            return false;
        }
        return false;
    }

    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            fail(400);
            return false;
        }
        m_request = {};
        m_request.peer = m_socket->peerAddress();
        m_request.method = requestLine.at(0);
        m_request.target = requestLine.at(1);
        const qsizetype q = m_request.target.indexOf('?');
        m_request.path = q < 0 ? m_request.target : m_request.target.left(q);
        if (q >= 0)
            m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(q + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            auto it = m_request.headers.find(name);
            if (it == m_request.headers.end())
                m_request.headers.insert(name, value);
            else
                it.value() += ", " + value;
        }
        const QByteArray connection = m_request.header("connection").toLower();
        m_closeAfterResponse = requestLine.at(2) == "HTTP/1.0" ? !connection.contains("keep-alive")
                                                                : connection.contains("close");
        return true;
    }

    void dispatch()
    {
        m_state = State::Handling;
        m_awaitingResponse = true;
        ++m_serial;
        if (!m_handler) {
            send(m_serial, HttpResponse::text(500, "no handler\n"));
            return;
        }
        m_handler(m_request, HttpResponder(this, m_serial));
    }

    void fail(int status)
    {
        m_state = State::Handling;
        m_awaitingResponse = true;
        m_closeAfterResponse = true;
        send(++m_serial, HttpResponse::text(status, HttpResponse::reasonPhrase(status) + '\n'));
    }

    QTcpSocket *m_socket;
    HttpServer::Handler m_handler;
    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::Head;
    qint64 m_remaining = 0;
    quint64 m_serial = 0;
    bool m_awaitingResponse = false;
    bool m_closeAfterResponse = false;
};

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonValue &value)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", contentType);
    r.body = body;
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Unknown";
    }
}

HttpResponder::HttpResponder(HttpConnection *connection, quint64 serial)
    : m_connection(connection)
    , m_serial(serial)
{
}

void HttpResponder::send(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->send(m_serial, response);
}

void HttpResponder::sendPartialAndReset(const HttpResponse &response, qsizetype bodyBytes) const
{
    if (m_connection)
        m_connection->sendPartialAndReset(m_serial, response, bodyBytes);
}

bool HttpResponder::isConnected() const
{
    return !m_connection.isNull();
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_tcp(new QTcpServer(this))
{
    connect(m_tcp, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

void HttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void HttpServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    delete m_tcp;
    auto *ssl = new QSslServer(this);
    ssl->setSslConfiguration(configuration);
    // Only connections whose handshake succeeded become pending; failed handshakes (a client that
    // refuses the certificate) just go away.
    connect(ssl, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptConnections);
    m_tcp = ssl;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_tcp->listen(address, port);
}

QString HttpServer::errorString() const
{
    return m_tcp->errorString();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_tcp->serverAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_tcp->serverPort();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection())
        new HttpConnection(socket, m_handler, this);
}

} // namespace LabDesk::Sandbox
