#pragma once

#include "sandboxserver.h"

#include <QObject>
#include <QThread>
#include <QUrl>

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
