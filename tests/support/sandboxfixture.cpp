#include "sandboxfixture.h"

#include <QNetworkRequest>
#include <QSignalSpy>

namespace LabDesk::Test {

SandboxFixture::SandboxFixture()
    : m_sandbox(std::make_unique<Sandbox::EmbeddedSandbox>())
{
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start(const Sandbox::SandboxServer::Options &options)
{
    QSignalSpy started(m_sandbox.get(), &Sandbox::EmbeddedSandbox::started);
    QSignalSpy failed(m_sandbox.get(), &Sandbox::EmbeddedSandbox::failed);
    m_sandbox->start(options);
    for (int waited = 0; started.isEmpty() && failed.isEmpty() && waited < 100; ++waited)
        started.wait(100);
    if (!failed.isEmpty())
        m_error = failed.constFirst().constFirst().toString();
    else if (started.isEmpty())
        m_error = QStringLiteral("the sandbox did not start within 10 s");
    return m_sandbox->isRunning();
}

QString SandboxFixture::errorString() const
{
    return m_error;
}

QUrl SandboxFixture::url() const
{
    return m_sandbox->url();
}

QUrl SandboxFixture::apiUrl(const QString &path) const
{
    return QUrl(m_sandbox->url().toString() + QStringLiteral("/api/v4") + path, QUrl::StrictMode);
}

QString SandboxFixture::adminToken() const
{
    return m_sandbox->adminToken();
}

void SandboxFixture::runOnServer(const std::function<void(Sandbox::SandboxServer &)> &function)
{
    m_sandbox->runOnServer(function);
}

std::unique_ptr<QNetworkReply> SandboxFixture::request(const QByteArray &method, const QString &apiPath,
                                                       const QByteArray &body, const QString &token)
{
    QNetworkRequest request(apiUrl(apiPath));
    const QString effective = token == QLatin1String("admin") ? adminToken() : token;
    if (!effective.isEmpty())
        request.setRawHeader("PRIVATE-TOKEN", effective.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    return reply;
}

} // namespace LabDesk::Test
