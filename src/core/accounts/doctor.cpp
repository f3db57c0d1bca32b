#include "doctor.h"

#include "serverurl.h"
#include "signincheck.h"

#include "core/api/gitlabclient.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace LabDesk::Accounts {

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

Api::GitLabClient *quickClient(QObject *parent, const QUrl &url, const QString &token, ServerTrust *trust)
{
    auto *client = new Api::GitLabClient(parent);
    client->setServer(url);
    client->setToken(token);
    client->setTrust(trust);
    Api::RetryPolicy once;
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    return client;
}

} // namespace

Doctor::Doctor(const QString &serverInput, const QString &token, ServerTrust *trust, QObject *parent)
    : QObject(parent)
    , m_input(serverInput)
    , m_token(token)
    , m_trust(trust)
{
    m_queue = {&Doctor::checkUrl, &Doctor::checkDns, &Doctor::checkTcp, &Doctor::checkTls, &Doctor::checkRedirect,
               &Doctor::checkApi, &Doctor::checkToken, &Doctor::checkEncodedSlash, &Doctor::checkClock};
}

void Doctor::start()
{
    QMetaObject::invokeMethod(this, &Doctor::runNext, Qt::QueuedConnection);
}

QList<Doctor::Check> Doctor::checks() const
{
    return m_checks;
}

CertificateProblem Doctor::certificateProblem() const
{
    return m_certificate;
}

QUrl Doctor::serverUrl() const
{
    return m_url;
}

QString Doctor::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QJsonArray Doctor::toJson(const QList<Check> &checks)
{
    QJsonArray out;
    for (const Check &c : checks) {
        out.append(QJsonObject{{QStringLiteral("id"), c.id},
                               {QStringLiteral("title"), c.title},
                               {QStringLiteral("status"), statusName(c.status)},
                               {QStringLiteral("detail"), c.detail},
                               {QStringLiteral("fix"), c.fix}});
    }
    return out;
}

void Doctor::runNext()
{
    if (m_queue.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    const auto step = m_queue.takeFirst();
    (this->*step)();
}

void Doctor::report(const QString &id, const QString &title, Status status, const QString &detail, const QString &fix)
{
    Check check{id, title, status, detail, fix};
    m_checks.append(check);
    Q_EMIT checkFinished(check);
    QMetaObject::invokeMethod(this, &Doctor::runNext, Qt::QueuedConnection);
}

void Doctor::skipRemaining(const QString &reason)
{
    static const QList<QPair<QString, const char *>> names = {
        {QStringLiteral("dns"), QT_TR_NOOP("Name lookup")},
        {QStringLiteral("tcp"), QT_TR_NOOP("Connection")},
        {QStringLiteral("tls"), QT_TR_NOOP("Certificate")},
        {QStringLiteral("redirect"), QT_TR_NOOP("Redirects")},
        {QStringLiteral("api"), QT_TR_NOOP("GitLab API")},
        {QStringLiteral("token"), QT_TR_NOOP("Access token")},
        {QStringLiteral("encoded-slash"), QT_TR_NOOP("Encoded paths")},
        {QStringLiteral("clock"), QT_TR_NOOP("Clock")},
    };
    m_queue.clear();
    for (int i = 0; i < names.size(); ++i) {
        bool already = false;
        for (const Check &c : std::as_const(m_checks))
            already = already || c.id == names.at(i).first;
        if (already)
            continue;
        Check check{names.at(i).first, tr(names.at(i).second), Status::Skipped, reason, {}};
        m_checks.append(check);
        Q_EMIT checkFinished(check);
    }
    QMetaObject::invokeMethod(this, &Doctor::runNext, Qt::QueuedConnection);
}

void Doctor::checkUrl()
{
    const QString title = tr("Server address");
    const ServerUrl parsed = ServerUrl::parse(m_input);
    if (!parsed.url.isValid()) {
        report(QStringLiteral("url"), title, Status::Fail, parsed.error, parsed.error);
        skipRemaining(tr("Skipped: the address must be fixed first."));
        return;
    }
    m_url = parsed.url;
    if (parsed.schemeMissing) {
        report(QStringLiteral("url"), title, Status::Fail,
               tr("'%1' has no http:// or https:// in front.").arg(m_input.trimmed()), parsed.error);
        skipRemaining(tr("Skipped: the address must be fixed first."));
        return;
    }
    const QString detail = parsed.apiSuffixDropped
        ? tr("Using %1 (the /api/v4 part is added by LabDesk, so it was dropped).").arg(m_url.toString())
        : tr("Using %1.").arg(m_url.toString());
    report(QStringLiteral("url"), title, Status::Pass, detail);
}

void Doctor::checkDns()
{
    const QString title = tr("Name lookup");
    const QString host = m_url.host();
    if (!QHostAddress(host).isNull()) {
        report(QStringLiteral("dns"), title, Status::Pass, tr("%1 is an IP address; no lookup needed.").arg(host));
        return;
    }
    QHostInfo::lookupHost(host, this, [this, title, host](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            report(QStringLiteral("dns"), title, Status::Fail,
                   tr("The name %1 does not resolve from this computer (%2).").arg(host, info.errorString()),
                   tr("Use the server's IP address instead, or add a line for %1 to /etc/hosts (on Windows "
                      "C:\\Windows\\System32\\drivers\\etc\\hosts). A runner inside a Docker container resolves "
                      "names on its own: give it the IP too, or set clone_url in its config.toml.")
                       .arg(host));
            skipRemaining(tr("Skipped: the server's name must resolve first."));
            return;
        }
        QStringList addresses;
        for (const QHostAddress &a : info.addresses())
            addresses << a.toString();
        report(QStringLiteral("dns"), title, Status::Pass, tr("%1 is %2.").arg(host, addresses.join(QStringLiteral(", "))));
    });
}

void Doctor::checkTcp()
{
    const QString title = tr("Connection");
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    const int port = portOf(m_url);
    const auto fail = [this, title, socket, port](const QString &why) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        report(QStringLiteral("tcp"), title, Status::Fail,
               tr("Cannot connect to %1 port %2: %3").arg(m_url.host()).arg(port).arg(why),
               tr("Check that GitLab is running and listens on port %1, that the port in the address is the one "
                  "published (Docker maps ports, for example -p 8080:80), and that no firewall blocks it.")
                   .arg(port));
        skipRemaining(tr("Skipped: nothing answers on that port."));
    };
    connect(timer, &QTimer::timeout, this, [fail] { fail(tr("no answer within 10 seconds")); });
    connect(socket, &QTcpSocket::errorOccurred, this, [fail, socket](QAbstractSocket::SocketError) {
        fail(socket->errorString());
    });
    connect(socket, &QTcpSocket::connected, this, [this, title, socket, port] {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        report(QStringLiteral("tcp"), title, Status::Pass, tr("%1 port %2 accepts connections.").arg(m_url.host()).arg(port));
    });
    timer->start(10000);
    socket->connectToHost(m_url.host(), quint16(port));
}

void Doctor::checkTls()
{
    const QString title = tr("Certificate");
    if (m_url.scheme() != QLatin1String("https")) {
        report(QStringLiteral("tls"), title, Status::Warn,
               tr("The address uses http://: the token travels unencrypted."),
               tr("Fine on a trusted private network; use https:// if the server offers it."));
        return;
    }
    auto *socket = new QSslSocket(this);
    const int port = portOf(m_url);
    if (m_trust) {
        const QList<QSslCertificate> cas = m_trust->caCertificates(m_url.host(), port);
        if (!cas.isEmpty()) {
            QSslConfiguration config = socket->sslConfiguration();
            config.addCaCertificates(cas);
            socket->setSslConfiguration(config);
        }
    }
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto *errors = new QList<QSslError>;
    auto finishWith = [this, title, socket, errors, port](bool encrypted, const QString &socketError) {
        socket->disconnect(this);
        const QList<QSslError> seen = *errors;
        delete errors;
        const QList<QSslCertificate> chain = socket->peerCertificateChain();
        socket->abort();
        socket->deleteLater();
        if (!seen.isEmpty()) {
            m_certificate = ServerTrust::describe(m_url.host(), port, seen, chain);
            if (m_trust && m_trust->accepts(m_url.host(), port, seen)) {
                report(QStringLiteral("tls"), title, Status::Pass,
                       tr("You trust this certificate for this server (%1).").arg(m_certificate.sha256Fingerprint));
                return;
            }
            report(QStringLiteral("tls"), title, Status::Fail,
                   tr("%1 Subject: %2. Issuer: %3. Valid from %4 to %5. SHA-256: %6.")
                       .arg(m_certificate.summary(), m_certificate.subject, m_certificate.issuer,
                            QLocale().toString(m_certificate.notBefore, QLocale::ShortFormat),
                            QLocale().toString(m_certificate.notAfter, QLocale::ShortFormat),
                            m_certificate.sha256Fingerprint),
                   tr("If this is your own server, compare the fingerprint with the server's certificate and trust "
                      "it for this server only, or import your CA certificate for it. If an expired intermediate "
                      "is the cause, install the current chain on the server."));
            skipRemaining(tr("Skipped: the certificate is not trusted."));
            return;
        }
        if (!encrypted) {
            report(QStringLiteral("tls"), title, Status::Fail, tr("The TLS handshake failed: %1").arg(socketError),
                   tr("Check that this port speaks HTTPS; if the server only offers HTTP, use http:// in the address."));
            skipRemaining(tr("Skipped: no TLS connection."));
            return;
        }
        report(QStringLiteral("tls"), title, Status::Pass, tr("The certificate is valid and trusted."));
    };
    connect(socket, &QSslSocket::sslErrors, this, [errors, socket](const QList<QSslError> &list) {
        *errors = list;
        socket->ignoreSslErrors(); // finish the handshake to read the chain; trust is decided above
    });
    connect(socket, &QSslSocket::encrypted, this, [finishWith] { finishWith(true, {}); });
    connect(socket, &QSslSocket::errorOccurred, this, [finishWith, socket](QAbstractSocket::SocketError) {
        finishWith(false, socket->errorString());
    });
    connect(timer, &QTimer::timeout, this, [finishWith] { finishWith(false, tr("no answer within 10 seconds")); });
    timer->start(10000);
    socket->connectToHostEncrypted(m_url.host(), quint16(port));
}

void Doctor::checkRedirect()
{
    const QString title = tr("Redirects");
    auto *network = new QNetworkAccessManager(this);
    QUrl probe = m_url;
    probe.setPath(m_url.path() + QStringLiteral("/api/v4/version"));
    QNetworkRequest request(probe);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, Api::GitLabClient::userAgent());
    request.setTransferTimeout(15000);
    QNetworkReply *reply = network->get(request);
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, probe](const QList<QSslError> &errors) {
        if (m_trust && m_trust->accepts(probe.host(), portOf(probe), errors))
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::finished, this, [this, title, reply, network] {
        reply->deleteLater();
        network->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (status >= 300 && status < 400 && target.isValid()) {
            const QUrl resolved = reply->url().resolved(target);
            QUrl suggestion = resolved;
            suggestion.setPath(resolved.path().remove(QStringLiteral("/api/v4/version")));
            suggestion.setQuery(QString());
            report(QStringLiteral("redirect"), title, Status::Warn,
                   tr("The server redirects to %1.").arg(resolved.toString()),
                   tr("Use %1 as the server address: LabDesk does not send your token to another address.")
                       .arg(suggestion.toString()));
            return;
        }
        report(QStringLiteral("redirect"), title, Status::Pass, tr("No redirect."));
    });
}

void Doctor::checkApi()
{
    const QString title = tr("GitLab API");
    Api::GitLabClient *client = quickClient(this, m_url, m_token, m_trust);
    Api::Call *call = client->send(Api::Request::get(QStringLiteral("/version")));
    connect(call, &Api::Call::finished, this, [this, title, client](const Api::Response &response) {
        client->deleteLater();
        m_serverDate = response.header("date");
        if (response.error.kind == Api::ApiError::Kind::Http && response.status == 401 && m_token.isEmpty()
            && response.json.isObject()) {
            report(QStringLiteral("api"), title, Status::Pass,
                   tr("A GitLab API answers here (its version needs a token to read)."));
            return;
        }
        if (response.error.isError() && response.status != 401) {
            const bool html = response.body.trimmed().startsWith('<') || response.header("content-type").contains("html");
            report(QStringLiteral("api"), title, Status::Fail,
                   html ? tr("No GitLab API at %1/api/v4: the server sent a web page (HTTP %2): %3")
                              .arg(m_url.toString())
                              .arg(response.status)
                              .arg(response.error.excerpt)
                        : response.error.userMessage(),
                   tr("Check the address: it is the one you open GitLab with in the browser, including any path "
                      "such as /gitlab, and the right port."));
            return;
        }
        if (response.status == 401) {
            report(QStringLiteral("api"), title, Status::Pass, tr("A GitLab API answers here."));
            return;
        }
        const Api::ServerVersion version = Api::ServerVersion::fromJson(response.json.object());
        QString edition = version.isJiHu() ? tr("JiHu edition") : version.enterprise ? tr("Enterprise Edition")
                                                                                     : tr("Community Edition");
        const QString detail = tr("GitLab %1 (%2).").arg(version.version, edition);
        if (!version.atLeast(14, 10)) {
            report(QStringLiteral("api"), title, Status::Warn, detail,
                   tr("LabDesk supports GitLab 14.10 and later; some features will not work on this server."));
        } else if (!version.atLeast(15, 10)) {
            report(QStringLiteral("api"), title, Status::Warn, detail,
                   tr("Before GitLab 15.10 runners can only be registered with a registration token; creating "
                      "runners from LabDesk needs 15.10 or later."));
        } else {
            report(QStringLiteral("api"), title, Status::Pass, detail);
        }
    });
}

void Doctor::checkToken()
{
    const QString title = tr("Access token");
    if (m_token.isEmpty()) {
        report(QStringLiteral("token"), title, Status::Skipped, tr("No token given."));
        return;
    }
    Api::GitLabClient *client = quickClient(this, m_url, m_token, m_trust);
    Api::Call *call = client->send(Api::Request::get(QStringLiteral("/personal_access_tokens/self")));
    connect(call, &Api::Call::finished, this, [this, title, client](const Api::Response &response) {
        client->deleteLater();
        if (response.status == 401) {
            report(QStringLiteral("token"), title, Status::Fail,
                   tr("The server rejected the token: %1").arg(response.error.message),
                   tr("Create a new personal access token in GitLab under User settings > Access tokens, with the "
                      "api scope, and sign in with it."));
            return;
        }
        if (response.status == 404) {
            report(QStringLiteral("token"), title, Status::Warn,
                   tr("This server cannot tell a token's scopes (GitLab before 15.5)."),
                   tr("Make sure the token has the api scope."));
            return;
        }
        if (response.error.isError()) {
            report(QStringLiteral("token"), title, Status::Fail, response.error.userMessage());
            return;
        }
        const Api::TokenInfo token = Api::TokenInfo::fromJson(response.json.object());
        const QList<ScopeGap> gaps = SignInCheck::scopeGaps(token.scopes);
        const QString expiry = SignInCheck::expiryWarning(token.expiresAt, QDate::currentDate());
        QString detail = tr("Scopes: %1.").arg(token.scopes.join(QStringLiteral(", ")));
        if (token.expiresAt.isValid())
            detail += QLatin1Char(' ') + tr("Expires on %1.").arg(QLocale().toString(token.expiresAt, QLocale::ShortFormat));
        if (!gaps.isEmpty() || !expiry.isEmpty()) {
            QStringList fixes;
            for (const ScopeGap &gap : gaps)
                fixes << tr("%1 needs the %2 scope.").arg(gap.feature, gap.scope);
            if (!expiry.isEmpty())
                fixes << expiry;
            report(QStringLiteral("token"), title, Status::Warn, detail, fixes.join(QLatin1Char(' ')));
            return;
        }
        report(QStringLiteral("token"), title, Status::Pass, detail);
    });
}

void Doctor::checkEncodedSlash()
{
    const QString title = tr("Encoded paths");
    Api::GitLabClient *client = quickClient(this, m_url, m_token, m_trust);
    // A project path with an encoded slash, as every "group/project" lookup sends it. GitLab answers
    // a JSON 404 for a project; a proxy that decoded %2F makes it an unknown route or an HTML page.
    Api::Call *call = client->send(Api::Request::get(QStringLiteral("/projects/") + Api::encodeId(QStringLiteral("labdesk-doctor/probe"))));
    connect(call, &Api::Call::finished, this, [this, title, client](const Api::Response &response) {
        client->deleteLater();
        const bool projectNotFound = response.status == 404 && response.error.message.contains(QLatin1String("Project"));
        if (projectNotFound || response.status == 200 || response.status == 401 || response.status == 403) {
            report(QStringLiteral("encoded-slash"), title, Status::Pass,
                   tr("Paths such as %1 reach GitLab intact.").arg(QStringLiteral("group%2Fproject")));
            return;
        }
        report(QStringLiteral("encoded-slash"), title, Status::Fail,
               tr("A request for %1 came back as \"%2\" (HTTP %3): something in front of GitLab decodes %4.")
                   .arg(QStringLiteral("group%2Fproject"),
                        response.error.message.isEmpty() ? response.error.excerpt : response.error.message,
                        QString::number(response.status), QStringLiteral("%2F")),
               tr("Configure the reverse proxy to pass the path unchanged: in nginx, proxy_pass without a path "
                  "(proxy_pass http://gitlab;); in Apache, AllowEncodedSlashes NoDecode and ProxyPass ... nocanon."));
    });
}

void Doctor::checkClock()
{
    const QString title = tr("Clock");
    const QDateTime server = Api::parseHttpDate(m_serverDate);
    if (!server.isValid()) {
        report(QStringLiteral("clock"), title, Status::Skipped, tr("The server sent no date to compare with."));
        return;
    }
    const qint64 skew = server.secsTo(QDateTime::currentDateTimeUtc());
    if (qAbs(skew) > 300) {
        report(QStringLiteral("clock"), title, Status::Warn,
               tr("This computer's clock is %n minute(s) off the server's.", nullptr, int(qAbs(skew) / 60)),
               tr("Turn on automatic time (NTP) here or on the server: certificates and token expiry are judged by "
                  "the clock."));
        return;
    }
    report(QStringLiteral("clock"), title, Status::Pass, tr("This computer's clock agrees with the server's."));
}

} // namespace LabDesk::Accounts
