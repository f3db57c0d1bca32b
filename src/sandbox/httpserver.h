#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QSslConfiguration;

namespace LabDesk::Sandbox {

class HttpConnection;

// One parsed HTTP/1.1 request. Header names are lower-case; a repeated header's values are
// joined with ", ". `path` stays percent-encoded, as GitLab's router sees it (`group%2Fproject`).
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray path;
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse text(int status, const QByteArray &body, const QByteArray &contentType = "text/plain; charset=utf-8");
    static QByteArray reasonPhrase(int status);
};

// Answers one request, now or later (a handler may keep it while a subprocess runs).
// Sending after the client went away does nothing; sending twice is ignored.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, quint64 serial);

    void send(const HttpResponse &response) const;
    // Misbehaves on purpose, for fault injection: sends the status line and headers (with the
    // Content-Length of the whole body), then only the first `bodyBytes` bytes of the body, then
    // resets the connection (RST) once those bytes have left. The client sees a broken transfer.
    void sendPartialAndReset(const HttpResponse &response, qsizetype bodyBytes) const;
    bool isConnected() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_serial = 0;
};

// A small HTTP/1.1 server on QTcpServer: keep-alive, Content-Length and chunked request bodies,
// `Expect: 100-continue`. One request at a time per connection, in order. We own the socket
// handling (rather than Qt's HttpServer preview) because the sandbox must also misbehave on
// purpose for tests: reset connections, truncate bodies, delay answers.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler);
    // Serves HTTPS with this certificate and key instead of plain HTTP; call before listen().
    void setSslConfiguration(const QSslConfiguration &configuration);
    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

private:
    void acceptConnections();

    QTcpServer *m_tcp = nullptr;
    Handler m_handler;
};

} // namespace LabDesk::Sandbox
