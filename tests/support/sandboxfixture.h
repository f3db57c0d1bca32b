#pragma once

#include "sandbox/embeddedsandbox.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <memory>

namespace LabDesk::Test {

// Starts labdesk_sandbox in this process on a random loopback port, for integration and UI tests.
//   SandboxFixture sandbox;
//   QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//   QUrl url = sandbox.apiUrl("/version");
// start() waits (with the event loop running) until the server listens, at most 10 s.
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();

    bool start(const Sandbox::SandboxServer::Options &options = {});
    QString errorString() const;

    QUrl url() const;
    // `path` below /api/v4, e.g. "/projects?per_page=5".
    QUrl apiUrl(const QString &path) const;
    QString adminToken() const;
    // Runs `function` with the server on its thread and waits (EmbeddedSandbox::runOnServer):
    // how a test seeds records or registers hooks without racing the server.
    void runOnServer(const std::function<void(Sandbox::SandboxServer &)> &function);

    // A GET/POST/... as the administrator (or without a token when `token` is empty), finished
    // before it returns; the reply is owned by the caller.
    std::unique_ptr<QNetworkReply> request(const QByteArray &method, const QString &apiPath,
                                           const QByteArray &body = {}, const QString &token = QStringLiteral("admin"));

private:
    std::unique_ptr<Sandbox::EmbeddedSandbox> m_sandbox;
    QNetworkAccessManager m_network;
    QString m_error;
};

} // namespace LabDesk::Test
