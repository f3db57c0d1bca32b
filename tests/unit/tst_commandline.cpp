#include "core/app/commandline.h"

#include <buildinfo.h>

#include <QTest>

using LabDesk::GuiCommandLine;
using LabDesk::GuiOptions;

Q_DECLARE_METATYPE(GuiOptions::Action)

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void pageNamesMatchTheContract();
    void usageNamesEveryOption();
};

void tst_CommandLine::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<GuiOptions::Action>("action");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("screenshot");
    QTest::addColumn<QString>("errorContains");

    using A = GuiOptions::Action;
    QTest::newRow("nothing") << QStringList{} << A::Run << false << "" << "" << "" << "";
    QTest::newRow("version") << QStringList{"--version"} << A::ShowVersion << false << "" << "" << "" << "";
    QTest::newRow("-v") << QStringList{"-v"} << A::ShowVersion << false << "" << "" << "" << "";
    QTest::newRow("help") << QStringList{"--help"} << A::ShowHelp << false << "" << "" << "" << "";
    QTest::newRow("help keeps --lang for its own text")
        << QStringList{"--lang", "zh_CN", "--help"} << A::ShowHelp << false << "zh_CN" << "" << "" << "";
    QTest::newRow("demo") << QStringList{"--demo"} << A::Run << true << "" << "" << "" << "";
    QTest::newRow("lang zh_CN") << QStringList{"--lang", "zh_CN"} << A::Run << false << "zh_CN" << "" << "" << "";
    QTest::newRow("lang zh-cn=") << QStringList{"--lang=zh-cn"} << A::Run << false << "zh_CN" << "" << "" << "";
    QTest::newRow("lang en_GB") << QStringList{"--lang", "en_GB"} << A::Run << false << "en" << "" << "" << "";
    QTest::newRow("lang unsupported") << QStringList{"--lang", "fr"} << A::UsageError << false << "" << "" << ""
                                      << "fr";
    QTest::newRow("screenshot with page")
        << QStringList{"--screenshot", "out.png", "--page", "ssh-keys"} << A::Run << false << "" << "ssh-keys"
        << "out.png" << "";
    QTest::newRow("page is case-insensitive")
        << QStringList{"--page", "CI-Editor"} << A::Run << false << "" << "ci-editor" << "" << "";
    QTest::newRow("unknown page") << QStringList{"--page", "wiki"} << A::UsageError << false << "" << "" << ""
                                  << "wiki";
    QTest::newRow("screenshot without file") << QStringList{"--screenshot"} << A::UsageError << false << "" << ""
                                             << "" << "screenshot";
    QTest::newRow("unknown option") << QStringList{"--bogus"} << A::UsageError << false << "" << "" << ""
                                    << "bogus";
    QTest::newRow("stray argument") << QStringList{"project"} << A::UsageError << false << "" << "" << ""
                                    << "project";
}

void tst_CommandLine::parse()
{
    QFETCH(QStringList, args);
    QFETCH(GuiOptions::Action, action);
    QFETCH(bool, demo);
    QFETCH(QString, language);
    QFETCH(QString, page);
    QFETCH(QString, screenshot);
    QFETCH(QString, errorContains);

    const GuiOptions options = GuiCommandLine::parse(QStringList{"labdesk"} + args);
    QCOMPARE(options.action, action);
    QCOMPARE(options.demo, demo);
    QCOMPARE(options.language, language);
    QCOMPARE(options.page, page);
    QCOMPARE(options.screenshotPath, screenshot);
    if (errorContains.isEmpty())
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    else
        QVERIFY2(options.error.contains(errorContains), qPrintable(options.error));
}

void tst_CommandLine::pageNamesMatchTheContract()
{
    // DESIGN.md and the README promise these names to scripts.
    QCOMPARE(GuiCommandLine::pageNames(),
             (QStringList{"projects", "pipelines", "ci-editor", "clones", "ssh-keys", "runners", "admin"}));
}

void tst_CommandLine::usageNamesEveryOption()
{
    const QString usage = GuiCommandLine::usage();
    QVERIFY(usage.startsWith(QStringLiteral("Usage: labdesk")));
    for (const char *option : {"--demo", "--lang", "--page", "--screenshot", "--version", "--help"})
        QVERIFY2(usage.contains(QLatin1String(option)), option);
    QCOMPARE(GuiCommandLine::versionText(), QStringLiteral("LabDesk " LABDESK_VERSION));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
