#include "embeddedsandbox.h"

namespace LabDesk::Sandbox {

EmbeddedSandbox::EmbeddedSandbox(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (m_worker) {
        // Sockets and timers must die on the thread they live on.
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedSandbox::start(const SandboxServer::Options &options)
{
    if (m_worker)
        return;
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, options] {
        auto *server = new SandboxServer(worker);
        if (server->start(options)) {
            QMetaObject::invokeMethod(this, [this, url = server->url(), token = server->adminToken()] {
                onStarted(url, token);
            });
        } else {
            QMetaObject::invokeMethod(this, [this, error = server->errorString()] { Q_EMIT failed(error); });
        }
    });
}

bool EmbeddedSandbox::isRunning() const
{
    return m_url.isValid();
}

QUrl EmbeddedSandbox::url() const
{
    return m_url;
}

QString EmbeddedSandbox::adminToken() const
{
    return m_adminToken;
}

void EmbeddedSandbox::runOnServer(const std::function<void(SandboxServer &)> &function)
{
    if (!m_worker || !isRunning())
        return;
    const auto run = [worker = m_worker, &function] {
        if (auto *server = worker->findChild<SandboxServer *>(QString(), Qt::FindDirectChildrenOnly))
            function(*server);
    };
    // A blocking queued call from the server's own thread would wait for itself forever.
    if (QThread::currentThread() == &m_thread)
        run();
    else
        QMetaObject::invokeMethod(m_worker, run, Qt::BlockingQueuedConnection);
}

void EmbeddedSandbox::onStarted(const QUrl &url, const QString &adminToken)
{
    m_url = url;
    m_adminToken = adminToken;
    Q_EMIT started(url);
}

} // namespace LabDesk::Sandbox
