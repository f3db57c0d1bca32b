#include "core/ci/validator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace LabDesk::Ci;

// One fixture per diagnostic code in tests/data/ci/lint/<code>.yml. Header comments say what to
// expect: "# expect: CODE@LINE:COLUMN" (0:0 = anywhere) and "# context: --branches a,b
// --default-branch b --runner TAGS[:untagged]". The set of codes found must equal the set expected.
class TestCiValidator : public QObject
{
    Q_OBJECT

private:
    static QString dir() { return QStringLiteral(LABDESK_SOURCE_DIR "/tests/data/ci/lint"); }

private slots:
    void everyCodeHasAFixture()
    {
        for (const QString &code : Validator::codes())
            QVERIFY2(QFile::exists(dir() + QLatin1Char('/') + code + QLatin1String(".yml")), qPrintable(code));
    }

    void fixture_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &name : QDir(dir()).entryList({QStringLiteral("*.yml")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir() + QLatin1Char('/') + name;
    }

    void fixture()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        struct Expect
        {
            QString code;
            int line;
            int column;
        };
        QVector<Expect> expected;
        ValidationContext context;
        static const QRegularExpression expectRe(QStringLiteral("^# expect: ([a-z0-9-]+)@(\\d+):(\\d+)"));
        for (const QByteArray &raw : bytes.split('\n')) {
            const QString line = QString::fromUtf8(raw);
            const QRegularExpressionMatch m = expectRe.match(line);
            if (m.hasMatch())
                expected.append({m.captured(1), m.captured(2).toInt(), m.captured(3).toInt()});
            if (line.startsWith(QLatin1String("# context:"))) {
                const QStringList args = line.mid(10).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                for (int i = 0; i + 1 < args.size(); i += 2) {
                    if (args[i] == QLatin1String("--branches"))
                        context.branches = args[i + 1].split(QLatin1Char(','));
                    else if (args[i] == QLatin1String("--default-branch"))
                        context.defaultBranch = args[i + 1];
                    else if (args[i] == QLatin1String("--runner")) {
                        context.runnersKnown = true;
                        ValidationContext::Runner runner;
                        QString spec = args[i + 1];
                        runner.runUntagged = spec.endsWith(QLatin1String(":untagged"));
                        if (runner.runUntagged)
                            spec.chop(9);
                        runner.tags = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
                        context.runners << runner;
                    }
                }
            }
        }
        QVERIFY(!expected.isEmpty());
        const Document doc = Document::parse(bytes);
        ModelOptions options;
        options.rootDir = dir();
        const Model model = Model::build(doc, options);
        const Diagnostics diagnostics = Validator::validate(doc, model, context);
        QSet<QString> found;
        QStringList all;
        for (const Diagnostic &d : diagnostics) {
            found.insert(d.code);
            all << QStringLiteral("%1@%2:%3 %4").arg(d.code).arg(d.line).arg(d.column).arg(d.message);
            QVERIFY(!d.message.isEmpty());
            QVERIFY(Validator::codes().contains(d.code));
        }
        QSet<QString> wanted;
        for (const Expect &e : expected) {
            wanted.insert(e.code);
            bool hit = false;
            for (const Diagnostic &d : diagnostics)
                hit = hit || (d.code == e.code && (e.line == 0 || (d.line == e.line && d.column == e.column)));
            QVERIFY2(
                hit,
                qPrintable(
                    QStringLiteral("%1@%2:%3 not in:\n%4").arg(e.code).arg(e.line).arg(e.column).arg(all.join('\n'))));
        }
        QVERIFY2(found == wanted, qPrintable(all.join('\n')));
    }

    void didYouMean()
    {
        QCOMPARE(Validator::suggestion("artefacts", Model::jobKeywords()), QStringLiteral("artifacts"));
        QCOMPARE(Validator::suggestion("scirpt", Model::jobKeywords()), QStringLiteral("script"));
        QCOMPARE(Validator::suggestion("zzzzzz", Model::jobKeywords()), QString());
        const Document doc = Document::parse("job:\n  scirpt: x\n");
        const Diagnostics d = Validator::validate(doc, Model::build(doc));
        bool mentioned = false;
        for (const Diagnostic &x : d)
            mentioned = mentioned || (x.code == "unknown-keyword" && x.message.contains("script"));
        QVERIFY(mentioned);
    }

    void validFileHasNoFindings()
    {
        const Document doc = Document::parse("stages: [build, test]\n"
                                             "build:\n  stage: build\n  script: make\n  tags: [docker]\n"
                                             "test:\n  stage: test\n  needs: [build]\n  script: make test\n");
        ValidationContext context;
        context.runnersKnown = true;
        context.runners.append({{"docker", "linux"}, true});
        context.branches = QStringList {"main"};
        context.defaultBranch = "main";
        QVERIFY(Validator::validate(doc, Model::build(doc), context).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCiValidator)
#include "tst_civalidator.moc"
