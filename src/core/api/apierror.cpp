#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace LabDesk::Api {

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(8192));
    static const QRegularExpression scriptOrStyle(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                                  QRegularExpression::DotMatchesEverythingOption
                                                      | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.remove(scriptOrStyle);
    text.replace(tags, QStringLiteral(" "));
    text.replace(spaces, QStringLiteral(" "));
    text = text.trimmed();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType)
{
    ApiError e;
    e.kind = Kind::Http;
    e.status = status;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        // Not GitLab's JSON: a proxy's HTML page, a plain-text answer, or a cut-off body.
        e.excerpt = bodyExcerpt(body);
        if (!contentType.contains("json") || body.trimmed().startsWith('<'))
            e.message = e.excerpt;
        return e;
    }
    const QJsonObject object = doc.object();
    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isString()) {
        e.message = message.toString();
    } else if (message.isObject()) {
        const QJsonObject fields = message.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QStringList texts;
            if (it.value().isArray()) {
                for (const QJsonValue &v : it.value().toArray())
                    texts << v.toString();
            } else {
                texts << it.value().toVariant().toString();
            }
            e.fieldErrors.insert(it.key(), texts);
        }
        e.message = e.fieldErrorsText();
    } else if (message.isArray()) {
        QStringList texts;
        for (const QJsonValue &v : message.toArray())
            texts << v.toString();
        e.message = texts.join(QStringLiteral("; "));
    }
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isString()) {
        const QString description = object.value(QLatin1String("error_description")).toString();
        if (!description.isEmpty()) {
            e.errorCode = error.toString();
            e.message = description;
        } else if (e.message.isEmpty()) {
            e.message = error.toString();
        }
    }
    return e;
}

ApiError ApiError::invalidBody(int status, const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::InvalidBody;
    e.status = status;
    e.excerpt = bodyExcerpt(body);
    e.message = e.excerpt;
    return e;
}

QString ApiError::fieldErrorsText() const
{
    QStringList parts;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        for (const QString &text : it.value())
            parts << (it.key() == QLatin1String("base") ? text : it.key() + QLatin1Char(' ') + text);
    }
    return parts.join(QStringLiteral("; "));
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Timeout:
        return tr("The server did not answer in time. Check the connection and try again.");
    case Kind::Network:
        return tr("Cannot reach the server: %1").arg(message);
    case Kind::Tls:
        return tr("The server's certificate is not trusted: %1").arg(message);
    case Kind::Redirect:
        return tr("The server redirected to another address (%1); LabDesk does not send your token there. "
                  "Use that address as the server URL if it is right.")
            .arg(message);
    case Kind::InvalidBody:
        return tr("The server sent something that is not GitLab's answer (HTTP %1): %2").arg(status).arg(excerpt);
    case Kind::Http:
        break;
    }
    if (status == 401)
        return tr("The server rejected the access token: it may be wrong, revoked or expired. Sign in again with a new token.");
    if (isInsufficientScope())
        return tr("The access token lacks a scope this needs. Create a token with the api scope.");
    if (status == 403)
        return message.isEmpty() ? tr("You do not have permission to do this.") : tr("Not allowed: %1").arg(message);
    if (status == 404)
        return tr("Not found, or you do not have access to it.");
    if (status == 429)
        return tr("The server is limiting requests; try again in a moment.");
    if (status >= 500 && !excerpt.isEmpty())
        return tr("The server failed (HTTP %1): %2").arg(status).arg(excerpt);
    if (status >= 500)
        return tr("The server failed (HTTP %1). Try again later.").arg(status);
    if (!message.isEmpty())
        return tr("GitLab refused this: %1").arg(message);
    return tr("GitLab answered HTTP %1.").arg(status);
}

} // namespace LabDesk::Api
