#pragma once

#include "sandboxserver.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

namespace LabDesk::Sandbox {

// Runs a SandboxServer on its own thread inside this process, for `labdesk --demo` and tests, so
// a slow answer (a 50 MB log) never stalls the GUI thread. start() returns at once; started() or
// failed() follows. Destroying this stops the server and joins the thread.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    void start(const SandboxServer::Options &options = {});
    bool isRunning() const;
    QUrl url() const;
    QString adminToken() const;

    // Runs `function` with the server on the server's thread and returns when it has run: the
    // thread-safe way for tests and fixtures to reach the server's state (SandboxApi and its
    // Store are single-threaded). Does nothing unless the server is running.
    void runOnServer(const std::function<void(SandboxServer &)> &function);

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &error);

private:
    void onStarted(const QUrl &url, const QString &adminToken);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; owns the server
    QUrl m_url;
    QString m_adminToken;
};

} // namespace LabDesk::Sandbox
