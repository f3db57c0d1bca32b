#pragma once

#include "faults.h"
#include "httpserver.h"
#include "router.h"
#include "sandboxapi.h"
#include "store.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace LabDesk::Sandbox {

// The GitLab REST API v4 emulation. It answers like GitLab: same paths, fields, status codes and
// error bodies (GITLAB_API.md); when this and GitLab's documentation disagree, this is wrong.
// State lives in a Store (persisted under Options::dataDir when set); API modules in api/ register
// their routes on start.
//
// Lives on one thread (the one it was created on); use EmbeddedSandbox to run it beside a GUI.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;                                 // 0: any free port
        QString dataDir;                                  // empty: memory only
        QString seed = QStringLiteral("empty");           // empty | demo | projects:N; only into an empty store
        QString versionString = QStringLiteral("17.5.2"); // e.g. "16.2.3-jh" for JiHu
        QString adminToken;                               // root's token; empty: generate one
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(const Options &options);
    QString errorString() const;
    QUrl url() const;
    QString adminToken() const;

    SandboxApi &api();
    // Faults and rate limiting for tests (also reachable as /api/v4/sandbox/faults, admin only).
    FaultInjector &faults();

    // A fresh personal access token in GitLab's format ("glpat-" + 20 characters).
    static QString generateToken();
    // Whether `seed` is one start() accepts.
    static bool isValidSeed(const QString &seed);

private:
    void handle(const HttpRequest &request, const HttpResponder &responder);
    HttpResponse dispatch(const HttpRequest &request);
    bool seed(const QString &seed);

    HttpServer m_http;
    FaultInjector m_faults;
    std::unique_ptr<Store> m_store;
    Router m_router;
    std::unique_ptr<SandboxApi> m_api;
    Options m_options;
    QString m_error;
};

} // namespace LabDesk::Sandbox
