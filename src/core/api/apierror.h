#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace LabDesk::Api {

// What went wrong with a call to GitLab, as a value. Built from every error body shape GitLab
// sends ({"message": "..."}, {"message": {"field": ["..."]}}, {"error": "...",
// "error_description": "..."}), from transport failures, and from bodies that are not the JSON
// they should be (an HTML page from a proxy, a truncated answer). userMessage() is translated.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Api::ApiError)

public:
    enum class Kind {
        None,
        Network,     // DNS, refused, reset, closed
        Timeout,     // no progress within the transfer timeout
        Cancelled,   // the caller cancelled
        Tls,         // certificate not trusted
        Redirect,    // refused a redirect to another origin
        Http,        // GitLab answered with an error status
        InvalidBody, // the body is not the JSON it should be (HTML, truncated)
    };

    Kind kind = Kind::None;
    int status = 0;                        // HTTP status when there was one
    QString message;                       // GitLab's message or the transport's, as received
    QString errorCode;                     // "invalid_token", "insufficient_scope", ...
    QMap<QString, QStringList> fieldErrors; // {"path": ["has already been taken"]}
    QString excerpt;                       // the start of an unexpected body, tags stripped
    int retryAfterSeconds = -1;            // from a 429's Retry-After

    bool isError() const { return kind != Kind::None; }
    bool isAuthenticationFailure() const { return kind == Kind::Http && status == 401; }
    bool isInsufficientScope() const { return errorCode == QLatin1String("insufficient_scope"); }
    bool isNotFound() const { return kind == Kind::Http && status == 404; }

    // From an HTTP error response. Never throws, whatever the body holds.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &contentType);
    // A successful status whose body could not be parsed.
    static ApiError invalidBody(int status, const QByteArray &body);

    // One sentence for the user, translated, with what to do where we know it.
    QString userMessage() const;
    // "path has already been taken; name is too long"
    QString fieldErrorsText() const;
};

// A short, readable excerpt of a body for error messages: HTML tags removed, whitespace folded.
QString bodyExcerpt(const QByteArray &body, int maxChars = 160);

} // namespace LabDesk::Api

Q_DECLARE_METATYPE(LabDesk::Api::ApiError)
