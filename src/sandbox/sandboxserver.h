#pragma once

#include "httpserver.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace LabDesk::Sandbox {

// The GitLab REST API v4 emulation. It answers like GitLab: same paths, fields, status codes and
// error bodies (GITLAB_API.md); when this and GitLab's documentation disagree, this is wrong.
//
// Lives on one thread (the one it was created on); use EmbeddedSandbox to run it beside a GUI.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;                          // 0: any free port
        QString versionString = QStringLiteral("17.5.2"); // e.g. "16.2.3-jh" for JiHu
        QString adminToken;                        // empty: generate one
    };

    explicit SandboxServer(QObject *parent = nullptr);

    bool start(const Options &options);
    QString errorString() const;
    QUrl url() const;
    QString adminToken() const;

    // A fresh personal access token in GitLab's format ("glpat-" + 20 characters).
    static QString generateToken();

private:
    void handle(const HttpRequest &request, const HttpResponder &responder);
    HttpResponse route(const HttpRequest &request);
    bool isAuthenticated(const HttpRequest &request) const;

    HttpServer m_http;
    Options m_options;
    QString m_error;
};

} // namespace LabDesk::Sandbox
