#pragma once

#include "servertrust.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QUrl>

namespace LabDesk::Accounts {

// The connection doctor: why LabDesk (or a runner, or git) cannot talk to a GitLab server, found
// by checking each layer in order and saying how to fix what fails, in plain words.
// Checks: url, dns, tcp, tls, redirect, api, token, encoded-slash, clock. A failure of url, dns,
// tcp or tls skips the checks that depend on it. Asynchronous; GUI or CLI event loop.
class Doctor : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Pass,
        Warn,
        Fail,
        Skipped,
    };
    Q_ENUM(Status)

    struct Check
    {
        QString id;     // stable, for scripts: "dns", "tls", ...
        QString title;  // translated
        Status status = Status::Skipped;
        QString detail; // what was found
        QString fix;    // what to do, when not Pass
    };

    Doctor(const QString &serverInput, const QString &token, ServerTrust *trust, QObject *parent = nullptr);
    void start();

    QList<Check> checks() const;
    // The certificate problem found by the tls check, for "trust this certificate" in the UI.
    CertificateProblem certificateProblem() const;
    QUrl serverUrl() const;

    static QString statusName(Status status); // "pass", "warn", "fail", "skipped"
    static QJsonArray toJson(const QList<Check> &checks);

Q_SIGNALS:
    void checkFinished(const LabDesk::Accounts::Doctor::Check &check);
    void finished();

private:
    void runNext();
    void report(const QString &id, const QString &title, Status status, const QString &detail,
                const QString &fix = {});
    void skipRemaining(const QString &reason);

    void checkUrl();
    void checkDns();
    void checkTcp();
    void checkTls();
    void checkRedirect();
    void checkApi();
    void checkToken();
    void checkEncodedSlash();
    void checkClock();

    QString m_input;
    QString m_token;
    ServerTrust *m_trust;
    QUrl m_url;
    QList<Check> m_checks;
    QList<void (Doctor::*)()> m_queue;
    CertificateProblem m_certificate;
    QByteArray m_serverDate;
    bool m_stopped = false;
};

} // namespace LabDesk::Accounts

Q_DECLARE_METATYPE(LabDesk::Accounts::Doctor::Check)
