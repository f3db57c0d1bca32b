#include "core/app/language.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using LabDesk::Language;

class tst_Language : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonical_data();
    void canonical();
    void choose_data();
    void choose();
    void installedChineseTranslatesLabDeskAndQt();
};

void tst_Language::canonical_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << "zh_CN" << "zh_CN";
    QTest::newRow("zh-CN") << "zh-CN" << "zh_CN";
    QTest::newRow("lower") << "zh_cn" << "zh_CN";
    QTest::newRow("zh") << "zh" << "zh_CN";
    QTest::newRow("zh_Hans_CN") << "zh_Hans_CN" << "zh_CN";
    QTest::newRow("zh_TW is not simplified") << "zh_TW" << "";
    QTest::newRow("en") << "en" << "en";
    QTest::newRow("en_US") << "en_US" << "en";
    QTest::newRow("spaces") << "  en  " << "en";
    QTest::newRow("fr") << "fr" << "";
    QTest::newRow("empty") << "" << "";
}

void tst_Language::canonical()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Language::canonical(input), expected);
}

void tst_Language::choose_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("expected");

    const QLocale chinaLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    const QLocale taiwanLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    const QLocale usLocale(QLocale::English, QLocale::UnitedStates);
    const QLocale germanLocale(QLocale::German, QLocale::Germany);

    QTest::newRow("system zh_CN") << "" << "" << chinaLocale << "zh_CN";
    QTest::newRow("system en_US") << "" << "" << usLocale << "en";
    QTest::newRow("system without translation") << "" << "" << germanLocale << "en";
    QTest::newRow("traditional chinese falls back to English") << "" << "" << taiwanLocale << "en";
    QTest::newRow("preference beats system") << "" << "en" << chinaLocale << "en";
    QTest::newRow("command line beats preference") << "zh_CN" << "en" << usLocale << "zh_CN";
    QTest::newRow("unsupported preference is ignored") << "" << "fr" << chinaLocale << "zh_CN";
}

void tst_Language::choose()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, preference);
    QFETCH(QLocale, system);
    QFETCH(QString, expected);
    QCOMPARE(Language::choose(commandLine, preference, system), expected);
}

void tst_Language::installedChineseTranslatesLabDeskAndQt()
{
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("zh_CN")));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    // A string from LabDesk's catalogue and one from Qt's own.
    const QString projects = QCoreApplication::translate("LabDesk::Ui::PageCatalog", "Projects");
    QVERIFY2(projects != QLatin1String("Projects"), qPrintable(projects));
    QCOMPARE(projects, QString::fromUtf8("项目"));
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    QCOMPARE(cancel, QString::fromUtf8("取消"));
}

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_language.moc"
