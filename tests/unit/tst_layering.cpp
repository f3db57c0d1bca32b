// labdesk_core and everything built on it alone (labctl, labdesk-sandbox) must never pull in
// Qt Widgets: the CLI and the sandbox run on machines without a display.
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class tst_Layering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreSourcesIncludeNoWidgets();
    void coreOnlyBinariesDoNotLinkWidgets_data();
    void coreOnlyBinariesDoNotLinkWidgets();
};

void tst_Layering::coreSourcesIncludeNoWidgets()
{
    const QRegularExpression widgetInclude(
        QStringLiteral("#\\s*include\\s*[<\"](QtWidgets/|QWidget|QApplication|QDialog|QMainWindow|QAbstractButton)"));
    int files = 0;
    for (const char *dir : {"/src/core", "/src/sandbox", "/src/cli"}) {
        QDirIterator it(QStringLiteral(LABDESK_SOURCE_DIR) + QLatin1String(dir), {"*.h", "*.cpp"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY2(!widgetInclude.match(text).hasMatch(), qPrintable(file.fileName()));
            ++files;
        }
    }
    QVERIFY(files > 10);
}

void tst_Layering::coreOnlyBinariesDoNotLinkWidgets_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("labctl") << QStringLiteral(LABDESK_LABCTL);
    QTest::newRow("labdesk-sandbox") << QStringLiteral(LABDESK_SANDBOX_EXE);
}

void tst_Layering::coreOnlyBinariesDoNotLinkWidgets()
{
    QFETCH(QString, binary);
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), binary});
    QVERIFY(readelf.waitForFinished(30000));
    QCOMPARE(readelf.exitCode(), 0);
    const QString dynamic = QString::fromLocal8Bit(readelf.readAllStandardOutput());
    QVERIFY2(dynamic.contains(QLatin1String("libQt6Core")), "readelf output looks wrong");
    QVERIFY2(!dynamic.contains(QLatin1String("libQt6Widgets")), qPrintable(binary + QStringLiteral(" links Qt Widgets")));
    QVERIFY2(!dynamic.contains(QLatin1String("libQt6Gui")), qPrintable(binary + QStringLiteral(" links Qt Gui")));
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
