#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace LabDesk::Accounts {

// A certificate problem explained for people: what is wrong in plain words, and the facts a
// user needs to decide (subject, issuer, validity, SHA-256 fingerprint).
struct CertificateProblem
{
    QString host;
    int port = 443;
    QStringList reasons;           // translated, one per distinct problem
    QSslCertificate certificate;   // the server's own (leaf) certificate
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint;     // "AB:CD:..."

    bool isEmpty() const { return reasons.isEmpty(); }
    QString summary() const;       // reasons joined, translated
};

// Which certificates the user trusts beyond the system CA store, per server (host:port):
// a pinned leaf certificate ("trust this certificate for this server only") or an imported CA
// certificate. Nothing here applies to any other server, and there is no global "ignore errors".
// Persisted in QSettings under "trust/". The git transport reads pins() too, so clones over HTTPS
// honour the same decisions.
class ServerTrust : public QObject
{
    Q_OBJECT

public:
    struct Pin
    {
        QString host;
        int port = 443;
        QByteArray sha256; // raw digest of the DER certificate
        QString subject;
        QString issuer;
        QDateTime expires;
    };

    explicit ServerTrust(QObject *parent = nullptr);

    QList<Pin> pins() const;
    void pin(const QString &host, int port, const QSslCertificate &certificate);
    void removePin(const QString &host, int port);
    bool isPinned(const QString &host, int port, const QSslCertificate &certificate) const;

    struct CaEntry
    {
        QString host;
        int port = 443;
        QSslCertificate certificate;
    };
    QList<CaEntry> caEntries() const;

    void addCaCertificate(const QString &host, int port, const QSslCertificate &ca);
    QList<QSslCertificate> caCertificates(const QString &host, int port) const;
    void removeCaCertificates(const QString &host, int port);

    // True when every error is about a leaf certificate pinned for exactly this host:port.
    bool accepts(const QString &host, int port, const QList<QSslError> &errors) const;

    static CertificateProblem describe(const QString &host, int port, const QList<QSslError> &errors,
                                       const QList<QSslCertificate> &chain);
    static QString fingerprintText(const QSslCertificate &certificate);

Q_SIGNALS:
    void changed();

private:
    void load();
    void save() const;

    QList<Pin> m_pins;
    QList<QPair<QString, QSslCertificate>> m_cas; // "host:port" -> CA
};

} // namespace LabDesk::Accounts
Q_DECLARE_METATYPE(LabDesk::Accounts::CertificateProblem)
