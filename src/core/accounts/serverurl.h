#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace LabDesk::Accounts {

// What the user typed as a server address, understood: "https://gitlab.example.com",
// "http://10.0.0.5:8080", "192.168.1.20/gitlab", "gitlab.com", a pasted ".../api/v4" or a
// browser URL of a page on the server. url() is the base URL LabDesk talks to.
struct ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Accounts::ServerUrl)

public:
    QUrl url;                 // empty when the input cannot be a server address
    bool schemeMissing = false; // "gitlab2": http or https is the user's call (gitlab.com excepted)
    bool apiSuffixDropped = false;
    QString error;            // translated, when url is empty or schemeMissing

    bool isUsable() const { return url.isValid() && !schemeMissing; }

    static ServerUrl parse(const QString &input);
    // "gitlab.example.com", "10.0.0.5:8080": how an account's server is shown.
    static QString displayName(const QUrl &url);
};

} // namespace LabDesk::Accounts
