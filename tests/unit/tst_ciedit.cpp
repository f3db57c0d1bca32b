#include "core/ci/editor.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace LabDesk::Ci;

// Data-driven edit tests (Tiled-style): each folder of tests/data/ci/edit holds input.yml, op (the
// `labctl ci edit` options, one argument per line, applied in order) and expected.yml.
// LABDESK_UPDATE_FIXTURES=1 writes a missing expected.yml (review it before committing).
class TestCiEdit : public QObject
{
    Q_OBJECT

public:
    // Applies one labctl-style operation; returns the patch result.
    static EditResult applyOp(const Document &doc, const QStringList &op)
    {
        const Editor editor(doc);
        const QString name = op.value(0);
        if (name == QLatin1String("--set") || name == QLatin1String("--unset")) {
            QString path = op.value(1);
            QString value;
            if (name == QLatin1String("--set")) {
                value = path.mid(path.indexOf(QLatin1Char('=')) + 1);
                path = path.left(path.indexOf(QLatin1Char('=')));
            }
            const Model model = Model::build(doc);
            QString job;
            QString key;
            for (qsizetype dot = path.indexOf(QLatin1Char('.'), 1); dot > 0;
                 dot = path.indexOf(QLatin1Char('.'), dot + 1)) {
                if (model.job(path.left(dot))) {
                    job = path.left(dot);
                    key = path.mid(dot + 1);
                }
            }
            return name == QLatin1String("--set") ? editor.setKey(job, key, value) : editor.unsetKey(job, key);
        }
        if (name == QLatin1String("--add-job"))
            return editor.addJob(op.value(1), op.value(3));
        if (name == QLatin1String("--rename-job"))
            return editor.renameJob(op.value(1), op.value(2));
        if (name == QLatin1String("--duplicate-job"))
            return editor.duplicateJob(op.value(1), op.value(2));
        if (name == QLatin1String("--delete-job"))
            return editor.deleteJob(op.value(1));
        if (name == QLatin1String("--move-job"))
            return editor.moveJob(op.value(1), op.value(2));
        if (name == QLatin1String("--add-need"))
            return editor.addNeed(op.value(1), op.value(2));
        if (name == QLatin1String("--remove-need"))
            return editor.removeNeed(op.value(1), op.value(2));
        if (name == QLatin1String("--add-stage"))
            return editor.addStage(op.value(1), op.value(3));
        if (name == QLatin1String("--remove-stage"))
            return editor.removeStage(op.value(1));
        if (name == QLatin1String("--reorder-stages"))
            return editor.reorderStages(op.value(1).split(QLatin1Char(',')));
        EditResult unknown;
        unknown.error = QStringLiteral("unknown op %1").arg(name);
        return unknown;
    }

private:
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QList<QStringList> readOps(const QString &path)
    {
        QList<QStringList> ops;
        const QList<QByteArray> lines = read(path).split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const QString arg = QString::fromUtf8(line);
            if (arg.startsWith(QLatin1String("--")) && arg != QLatin1String("--stage")
                && arg != QLatin1String("--before"))
                ops.append(QStringList {arg});
            else if (!ops.isEmpty())
                ops.last() << arg;
        }
        return ops;
    }

private slots:
    void fixture_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(QStringLiteral(LABDESK_SOURCE_DIR "/tests/data/ci/edit"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(cases.size() >= 20);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void fixture()
    {
        QFETCH(QString, dir);
        const QByteArray input = read(dir + QLatin1String("/input.yml"));
        QVERIFY(!input.isEmpty());
        QByteArray text = input;
        for (const QStringList &op : readOps(dir + QLatin1String("/op"))) {
            const Document doc = Document::parse(text);
            QVERIFY(doc.isValid());
            const EditResult result = applyOp(doc, op);
            QVERIFY2(result.isOk(), qPrintable(result.error));
            QByteArray next;
            QVERIFY(result.patch.apply(text, &next));
            // Bytes outside the replaced spans never change.
            const QVector<Replacement> &r = result.patch.replacements();
            QVERIFY(!r.isEmpty());
            QCOMPARE(next.left(r.front().span.begin), text.left(r.front().span.begin));
            QCOMPARE(next.right(text.size() - r.back().span.end), text.right(text.size() - r.back().span.end));
            // The inverse patch is the undo.
            QCOMPARE(result.patch.inverted().applied(next), text);
            text = next;
        }
        const Document after = Document::parse(text);
        QVERIFY2(after.isValid(), qPrintable(after.error().message));
        const QString expectedPath = dir + QLatin1String("/expected.yml");
        if (!QFile::exists(expectedPath) && qEnvironmentVariableIsSet("LABDESK_UPDATE_FIXTURES")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        QCOMPARE(QString::fromUtf8(text), QString::fromUtf8(read(expectedPath)));
    }

    void errors()
    {
        const Document doc = Document::parse("a:\n  script: x\nb: {script: y}\n");
        const Editor editor(doc);
        QVERIFY(!editor.setKey("nope", "stage", "x").isOk());
        QVERIFY(!editor.setKey("b", "stage", "x").isOk()); // flow mapping: refused, not mangled
        QVERIFY(!editor.renameJob("a", "b").isOk());
        QVERIFY(!editor.addJob("a", "test").isOk());
        QVERIFY(!editor.removeNeed("a", "x").isOk());
        QVERIFY(!editor.setKey("a", "stage", "[unclosed").isOk());
        QVERIFY(editor.setKey("a", "stage", "x").patch.replacements().size() == 1);
    }

    void deleteReportsDanglingNeeds()
    {
        const Document doc = Document::parse("a:\n  script: x\nb:\n  needs: [a]\n  script: x\n"
                                             "c:\n  dependencies: [a]\n  script: x\n");
        const EditResult result = Editor(doc).deleteJob("a");
        QVERIFY(result.isOk());
        QCOMPARE(result.danglingNeeds, (QStringList {"b -> a", "c -> a"}));
    }

    void styleDetection()
    {
        const Editor fourSpaces(Document::parse("a:\n    script:\n    - x\n"));
        QCOMPARE(fourSpaces.indentUnit(), 4);
        QVERIFY(!fourSpaces.indentsSequences());
        const Editor single(Document::parse("a:\n  stage: 'b'\n  script: ['x']\n"));
        QCOMPARE(single.quoteChar(), '\'');
    }

    void setQuotesWhenNeeded()
    {
        const Document doc = Document::parse("a:\n  script: x\n");
        const EditResult result = Editor(doc).setKey("a", "variables.V", "'yes'");
        QVERIFY(result.isOk());
        const QByteArray out = result.patch.applied(doc.bytes());
        QCOMPARE(out, QByteArray("a:\n  script: x\n  variables:\n    V: \"yes\"\n"));
    }
};

QTEST_GUILESS_MAIN(TestCiEdit)
#include "tst_ciedit.moc"
