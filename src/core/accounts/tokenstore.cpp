#include "tokenstore.h"

#include "account.h"
#include "serverurl.h"

#include <qt6keychain/keychain.h>

namespace LabDesk::Accounts {

namespace {

TokenStore::Result resultOf(const QKeychain::Job *job)
{
    TokenStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.ok = true;
        break;
    case QKeychain::EntryNotFound:
        result.notFound = true;
        break;
    default:
        // No Secret Service on the bus, a locked or refused collection, no backend at all: for
        // the user it is all "the keychain cannot be used", and the way out is the same.
        result.unavailable = true;
        break;
    }
    result.error = job->errorString();
    return result;
}

} // namespace

QString Account::displayName() const
{
    return username + QStringLiteral(" @ ") + ServerUrl::displayName(server);
}

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{
}

QString TokenStore::serviceName()
{
    return QStringLiteral("LabDesk");
}

void TokenStore::write(const QString &key, const QString &token, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(resultOf(j)); });
    job->start();
}

void TokenStore::read(const QString &key, Callback done)
{
    if (m_session.contains(key)) {
        Result result;
        result.ok = true;
        result.token = m_session.value(key);
        // Keep the callback asynchronous, like the keychain's.
        QMetaObject::invokeMethod(this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        Result result = resultOf(j);
        result.token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(result);
    });
    job->start();
}

void TokenStore::remove(const QString &key, Callback done)
{
    m_session.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        Result result = resultOf(j);
        if (result.notFound) // already gone is fine
            result.ok = true;
        done(result);
    });
    job->start();
}

void TokenStore::rememberForSession(const QString &key, const QString &token)
{
    m_session.insert(key, token);
}

void TokenStore::forgetForSession(const QString &key)
{
    m_session.remove(key);
}

bool TokenStore::hasSessionToken(const QString &key) const
{
    return m_session.contains(key);
}

} // namespace LabDesk::Accounts
