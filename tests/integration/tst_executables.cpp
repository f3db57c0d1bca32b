// The command-line contracts of the shipped executables (README, DESIGN.md).
#include "support/temphome.h"

#include <buildinfo.h>

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    return env;
}

const QString Labdesk = QStringLiteral(LABDESK_GUI_EXE);
const QString Labctl = QStringLiteral(LABDESK_LABCTL);

} // namespace

class tst_Executables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labdeskVersion();
    void labdeskHelp();
    void labdeskUsageErrors_data();
    void labdeskUsageErrors();
    void labdeskWithoutDisplaySaysHowToGetAPicture();
    void screenshot_data();
    void screenshot();
    void labctlContract();

private:
    LabDesk::Test::TempHome m_home;
};

void tst_Executables::labdeskVersion()
{
    const Run r = run(Labdesk, {QStringLiteral("--version")}, headless());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("LabDesk " LABDESK_VERSION "\n"));
}

void tst_Executables::labdeskHelp()
{
    const Run r = run(Labdesk, {QStringLiteral("--help")}, headless());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("Usage: labdesk")));
    QVERIFY(r.out.contains(QLatin1String("--screenshot")));

    const Run zh = run(Labdesk, {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")}, headless());
    QCOMPARE(zh.exitCode, 0);
    QVERIFY2(zh.out.contains(QString::fromUtf8("演示")), qPrintable(zh.out)); // "--demo" explained in Chinese
}

void tst_Executables::labdeskUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("unknown page") << QStringList{QStringLiteral("--page"), QStringLiteral("wiki")} << QStringLiteral("wiki");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} << QStringLiteral("xx");
}

void tst_Executables::labdeskUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = run(Labdesk, args, headless());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QLatin1String("labdesk: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Usage: labdesk")), qPrintable(r.err));
}

void tst_Executables::labdeskWithoutDisplaySaysHowToGetAPicture()
{
    const Run r = run(Labdesk, {QStringLiteral("--demo")}, headless());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line, not a Qt platform plugin dump
    QVERIFY2(r.err.contains(QLatin1String("--screenshot")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("qt.qpa")), qPrintable(r.err));
}

void tst_Executables::screenshot_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    QTest::newRow("en projects") << QStringLiteral("en") << QStringLiteral("projects");
    QTest::newRow("zh_CN projects") << QStringLiteral("zh_CN") << QStringLiteral("projects");
    QTest::newRow("en admin, demo") << QStringLiteral("en") << QStringLiteral("admin");
}

void tst_Executables::screenshot()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    const QString file = m_home.filePath(QStringLiteral("shot-%1-%2.png").arg(language, page));
    QStringList args{QStringLiteral("--screenshot"), file, QStringLiteral("--page"), page, QStringLiteral("--lang"), language};
    if (page == QLatin1String("admin"))
        args << QStringLiteral("--demo");
    const Run r = run(Labdesk, args, headless());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    QImage image(file);
    QVERIFY2(!image.isNull(), "not a readable PNG");
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // A rendered window has text and icons: many distinct colours, not a blank canvas.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

    // Settings are not touched by a screenshot run.
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral(".config/LabDesk/LabDesk.conf"))));
}

void tst_Executables::labctlContract()
{
    const Run version = run(Labctl, {QStringLiteral("--version")}, headless());
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("labctl " LABDESK_VERSION "\n"));

    const Run verbose = run(Labctl, {QStringLiteral("--version"), QStringLiteral("--verbose")}, headless());
    QCOMPARE(verbose.exitCode, 0);
    QVERIFY(verbose.out.contains(QLatin1String("libgit2 ")));
    QVERIFY(verbose.out.contains(QLatin1String("QtKeychain ")));

    const Run help = run(Labctl, {QStringLiteral("--help")}, headless());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(QLatin1String("Usage: labctl")));
    for (const char *command : {"\n  doctor URL", "\n  projects --server", "\n  ci lint|graph|edit|expand|which"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);

    for (const QStringList &bad : {QStringList{QStringLiteral("--bogus")}, QStringList{}}) {
        const Run r = run(Labctl, bad, headless());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Usage: labctl")), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(tst_Executables)
#include "tst_executables.moc"
