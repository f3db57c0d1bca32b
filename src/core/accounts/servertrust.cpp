#include "servertrust.h"

#include <QCryptographicHash>
#include <QSettings>

namespace LabDesk::Accounts {

namespace {

QString endpoint(const QString &host, int port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

QString reasonFor(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return ServerTrust::tr("The certificate expired on %1.")
            .arg(QLocale().toString(error.certificate().expiryDate(), QLocale::ShortFormat));
    case QSslError::CertificateNotYetValid:
        return ServerTrust::tr("The certificate is not valid before %1; check this computer's clock.")
            .arg(QLocale().toString(error.certificate().effectiveDate(), QLocale::ShortFormat));
    case QSslError::SelfSignedCertificate:
        return ServerTrust::tr("The certificate is self-signed: nobody vouches for it but the server itself.");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return ServerTrust::tr("The certificate was issued by a certificate authority this computer does not know "
                               "(a private CA, or a missing intermediate certificate).");
    case QSslError::HostNameMismatch:
        return ServerTrust::tr("The certificate is for another name, not for the address you entered.");
    case QSslError::CertificateRevoked:
        return ServerTrust::tr("The certificate has been revoked.");
    default:
        return error.errorString();
    }
}

} // namespace

QString CertificateProblem::summary() const
{
    return reasons.join(QLatin1Char(' '));
}

ServerTrust::ServerTrust(QObject *parent)
    : QObject(parent)
{
    load();
}

QList<ServerTrust::Pin> ServerTrust::pins() const
{
    return m_pins;
}

void ServerTrust::pin(const QString &host, int port, const QSslCertificate &certificate)
{
    removePin(host, port);
    Pin p;
    p.host = host.toLower();
    p.port = port;
    p.sha256 = certificate.digest(QCryptographicHash::Sha256);
    p.subject = certificate.subjectDisplayName();
    p.issuer = certificate.issuerDisplayName();
    p.expires = certificate.expiryDate();
    m_pins.append(p);
    save();
    Q_EMIT changed();
}

void ServerTrust::removePin(const QString &host, int port)
{
    const QString key = endpoint(host, port);
    const auto removed = m_pins.removeIf([&key](const Pin &p) { return endpoint(p.host, p.port) == key; });
    if (removed > 0) {
        save();
        Q_EMIT changed();
    }
}

bool ServerTrust::isPinned(const QString &host, int port, const QSslCertificate &certificate) const
{
    const QString key = endpoint(host, port);
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    for (const Pin &p : m_pins) {
        if (endpoint(p.host, p.port) == key && p.sha256 == digest)
            return true;
    }
    return false;
}

QList<ServerTrust::CaEntry> ServerTrust::caEntries() const
{
    QList<CaEntry> entries;
    for (const auto &[where, ca] : m_cas) {
        const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
        entries.append({where.left(colon), where.mid(colon + 1).toInt(), ca});
    }
    return entries;
}

void ServerTrust::addCaCertificate(const QString &host, int port, const QSslCertificate &ca)
{
    m_cas.append({endpoint(host, port), ca});
    save();
    Q_EMIT changed();
}

QList<QSslCertificate> ServerTrust::caCertificates(const QString &host, int port) const
{
    const QString key = endpoint(host, port);
    QList<QSslCertificate> result;
    for (const auto &[where, ca] : m_cas) {
        if (where == key)
            result.append(ca);
    }
    return result;
}

void ServerTrust::removeCaCertificates(const QString &host, int port)
{
    const QString key = endpoint(host, port);
    if (m_cas.removeIf([&key](const auto &entry) { return entry.first == key; }) > 0) {
        save();
        Q_EMIT changed();
    }
}

bool ServerTrust::accepts(const QString &host, int port, const QList<QSslError> &errors) const
{
    if (errors.isEmpty())
        return true;
    for (const QSslError &error : errors) {
        if (error.certificate().isNull() || !isPinned(host, port, error.certificate()))
            return false;
    }
    return true;
}

CertificateProblem ServerTrust::describe(const QString &host, int port, const QList<QSslError> &errors,
                                         const QList<QSslCertificate> &chain)
{
    CertificateProblem problem;
    problem.host = host;
    problem.port = port;
    for (const QSslError &error : errors) {
        const QString reason = reasonFor(error);
        if (!problem.reasons.contains(reason))
            problem.reasons << reason;
    }
    problem.certificate = chain.isEmpty() ? (errors.isEmpty() ? QSslCertificate() : errors.constFirst().certificate())
                                          : chain.constFirst();
    if (!problem.certificate.isNull()) {
        problem.subject = problem.certificate.subjectDisplayName();
        problem.issuer = problem.certificate.issuerDisplayName();
        problem.notBefore = problem.certificate.effectiveDate();
        problem.notAfter = problem.certificate.expiryDate();
        problem.sha256Fingerprint = fingerprintText(problem.certificate);
    }
    return problem;
}

QString ServerTrust::fingerprintText(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void ServerTrust::load()
{
    QSettings settings;
    const int pinCount = settings.beginReadArray(QStringLiteral("trust/pins"));
    for (int i = 0; i < pinCount; ++i) {
        settings.setArrayIndex(i);
        Pin p;
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port")).toInt();
        p.sha256 = QByteArray::fromHex(settings.value(QStringLiteral("sha256")).toByteArray());
        p.subject = settings.value(QStringLiteral("subject")).toString();
        p.issuer = settings.value(QStringLiteral("issuer")).toString();
        p.expires = settings.value(QStringLiteral("expires")).toDateTime();
        if (!p.host.isEmpty() && p.sha256.size() == 32)
            m_pins.append(p);
    }
    settings.endArray();
    const int caCount = settings.beginReadArray(QStringLiteral("trust/cas"));
    for (int i = 0; i < caCount; ++i) {
        settings.setArrayIndex(i);
        const auto certs = QSslCertificate::fromData(settings.value(QStringLiteral("pem")).toByteArray());
        if (!certs.isEmpty())
            m_cas.append({settings.value(QStringLiteral("endpoint")).toString(), certs.constFirst()});
    }
    settings.endArray();
}

void ServerTrust::save() const
{
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("trust/pins"), int(m_pins.size()));
    for (int i = 0; i < m_pins.size(); ++i) {
        settings.setArrayIndex(i);
        const Pin &p = m_pins.at(i);
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("sha256"), p.sha256.toHex());
        settings.setValue(QStringLiteral("subject"), p.subject);
        settings.setValue(QStringLiteral("issuer"), p.issuer);
        settings.setValue(QStringLiteral("expires"), p.expires);
    }
    settings.endArray();
    settings.beginWriteArray(QStringLiteral("trust/cas"), int(m_cas.size()));
    for (int i = 0; i < m_cas.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("endpoint"), m_cas.at(i).first);
        settings.setValue(QStringLiteral("pem"), m_cas.at(i).second.toPem());
    }
    settings.endArray();
}

} // namespace LabDesk::Accounts
