#include "core/api/apierror.h"

#include <QTest>

using LabDesk::Api::ApiError;

class tst_ApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void userMessagesAreActionable_data();
    void userMessagesAreActionable();
    void excerptStripsHtml();
};

void tst_ApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("fieldErrors");
    QTest::addColumn<QString>("excerpt");

    QTest::newRow("message string") << 401 << QByteArray(R"({"message":"401 Unauthorized"})") << QByteArray("application/json")
                                    << "401 Unauthorized" << "" << "" << "";
    QTest::newRow("field errors") << 400 << QByteArray(R"({"message":{"path":["has already been taken"],"name":["is too long","is bad"]}})")
                                  << QByteArray("application/json") << "name is too long; name is bad; path has already been taken"
                                  << "" << "name is too long; name is bad; path has already been taken" << "";
    QTest::newRow("base field") << 400 << QByteArray(R"({"message":{"base":["Reference not found"]}})")
                                << QByteArray("application/json") << "Reference not found" << "" << "Reference not found" << "";
    QTest::newRow("error with description")
        << 403 << QByteArray(R"({"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"})")
        << QByteArray("application/json") << "The request requires higher privileges than provided by the access token."
        << "insufficient_scope" << "" << "";
    QTest::newRow("grape error") << 400 << QByteArray(R"({"error":"name is missing"})") << QByteArray("application/json")
                                 << "name is missing" << "" << "" << "";
    QTest::newRow("message array") << 400 << QByteArray(R"({"message":["a","b"]})") << QByteArray("application/json")
                                   << "a; b" << "" << "" << "";
    QTest::newRow("proxy html") << 502
                                << QByteArray("<html><head><title>502 Bad Gateway</title><style>b{}</style></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>")
                                << QByteArray("text/html") << "502 Bad Gateway 502 Bad Gateway nginx" << "" << ""
                                << "502 Bad Gateway 502 Bad Gateway nginx";
    QTest::newRow("truncated json") << 500 << QByteArray(R"({"message":"Internal)") << QByteArray("application/json")
                                    << "" << "" << "" << R"({"message":"Internal)";
    QTest::newRow("empty body") << 503 << QByteArray() << QByteArray() << "" << "" << "" << "";
}

void tst_ApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, message);
    QFETCH(QString, errorCode);
    QFETCH(QString, fieldErrors);
    QFETCH(QString, excerpt);
    const ApiError e = ApiError::fromHttp(status, body, contentType);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.status, status);
    QCOMPARE(e.message, message);
    QCOMPARE(e.errorCode, errorCode);
    QCOMPARE(e.fieldErrorsText(), fieldErrors);
    QCOMPARE(e.excerpt, excerpt);
    QVERIFY(!e.userMessage().isEmpty());
}

void tst_ApiError::userMessagesAreActionable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("401") << int(ApiError::Kind::Http) << 401 << "token";
    QTest::newRow("404") << int(ApiError::Kind::Http) << 404 << "access";
    QTest::newRow("429") << int(ApiError::Kind::Http) << 429 << "moment";
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << "in time";
    QTest::newRow("redirect") << int(ApiError::Kind::Redirect) << 0 << "token";
}

void tst_ApiError::userMessagesAreActionable()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    ApiError e;
    e.kind = ApiError::Kind(kind);
    e.status = status;
    QVERIFY2(e.userMessage().contains(mentions), qPrintable(e.userMessage()));
}

void tst_ApiError::excerptStripsHtml()
{
    QByteArray longPage = "<html><body>" + QByteArray(5000, 'x') + "</body></html>";
    const QString excerpt = LabDesk::Api::bodyExcerpt(longPage, 50);
    QCOMPARE(excerpt.size(), 50);
    QVERIFY(!excerpt.contains(QLatin1Char('<')));
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
