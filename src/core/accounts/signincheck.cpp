#include "signincheck.h"

#include "core/api/gitlabclient.h"

namespace LabDesk::Accounts {

SignInCheck::SignInCheck(const QUrl &server, const QString &token, ServerTrust *trust, QObject *parent)
    : QObject(parent)
    , m_client(new Api::GitLabClient(this))
{
    m_client->setServer(server);
    m_client->setToken(token);
    m_client->setTrust(trust);
    Api::RetryPolicy quick;
    quick.maxAttempts = 2;
    quick.baseDelayMs = 300;
    m_client->setRetryPolicy(quick);
    m_result.account.server = m_client->server();
}

void SignInCheck::start()
{
    Api::Request request = Api::Request::get(QStringLiteral("/user"));
    request.timeoutMs = 20000;
    Api::Call *call = m_client->send(request);
    connect(call, &Api::Call::certificateProblem, this,
            [this](const CertificateProblem &problem) { m_result.certificate = problem; });
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        if (response.error.isError()) {
            m_result.error = response.error;
            finish();
            return;
        }
        const Api::User user = Api::User::fromJson(response.json.object());
        if (!user.isValid()) {
            m_result.error = Api::ApiError::invalidBody(response.status, response.body);
            finish();
            return;
        }
        Account &a = m_result.account;
        a.username = user.username;
        a.name = user.name;
        a.avatarUrl = user.avatarUrl;
        a.userId = user.id;
        a.isAdmin = user.isAdmin;
        fetchToken();
    });
}

void SignInCheck::fetchToken()
{
    Api::Call *call = m_client->send(Api::Request::get(QStringLiteral("/personal_access_tokens/self")));
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        // Servers before 15.5 have no such endpoint: scopes stay unknown, which is not an error.
        if (!response.error.isError()) {
            m_result.token = Api::TokenInfo::fromJson(response.json.object());
            m_result.account.scopes = m_result.token.scopes;
            m_result.account.tokenExpiresAt = m_result.token.expiresAt;
            m_result.missingScopes = scopeGaps(m_result.token.scopes);
            m_result.expiryWarning = expiryWarning(m_result.token.expiresAt, QDate::currentDate());
        }
        fetchVersion();
    });
}

void SignInCheck::fetchVersion()
{
    Api::Call *call = m_client->send(Api::Request::get(QStringLiteral("/version")));
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        if (!response.error.isError()) {
            m_result.version = Api::ServerVersion::fromJson(response.json.object());
            m_result.account.serverVersion = m_result.version.version;
        }
        finish();
    });
}

void SignInCheck::finish()
{
    Q_EMIT finished(m_result);
    deleteLater();
}

QList<ScopeGap> SignInCheck::scopeGaps(const QStringList &scopes)
{
    const bool api = scopes.contains(QLatin1String("api"));
    QList<ScopeGap> gaps;
    if (!api && !scopes.contains(QLatin1String("read_api")))
        gaps.append({tr("See groups, projects, pipelines and runners"), QStringLiteral("read_api")});
    if (!api)
        gaps.append({tr("Create projects, edit members, upload SSH keys, run and retry pipelines, commit .gitlab-ci.yml"),
                     QStringLiteral("api")});
    if (!api && !scopes.contains(QLatin1String("create_runner")))
        gaps.append({tr("Create runners"), QStringLiteral("create_runner")});
    if (!api && !scopes.contains(QLatin1String("read_repository")) && !scopes.contains(QLatin1String("write_repository")))
        gaps.append({tr("Clone over HTTPS"), QStringLiteral("read_repository")});
    if (!api && !scopes.contains(QLatin1String("write_repository")))
        gaps.append({tr("Push over HTTPS"), QStringLiteral("write_repository")});
    return gaps;
}

QString SignInCheck::expiryWarning(const QDate &expiresAt, const QDate &today, int days)
{
    if (!expiresAt.isValid())
        return {};
    const qint64 left = today.daysTo(expiresAt);
    if (left <= 0)
        return tr("This token has expired. Create a new one in GitLab under User settings > Access tokens.");
    if (left > days)
        return {};
    return tr("This token expires in %n day(s), on %1. Create a new one before then to keep working.", nullptr, int(left))
        .arg(QLocale().toString(expiresAt, QLocale::ShortFormat));
}

} // namespace LabDesk::Accounts
