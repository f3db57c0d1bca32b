#include "core/ci/document.h"
#include "core/ci/value.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace LabDesk::Ci;

class TestCiDocument : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    // Every node's line/column must point at its valueSpan, every key span must hold its text.
    static void checkSpans(const Document &doc)
    {
        for (const Node &node : doc.nodes()) {
            QVERIFY(node.span.begin <= node.valueSpan.begin);
            QVERIFY(node.valueSpan.begin <= node.valueSpan.end);
            QVERIFY(node.valueSpan.end <= doc.bytes().size());
            int line = 0;
            int column = 0;
            doc.position(node.valueSpan.begin, &line, &column);
            QCOMPARE(line, node.line);
            QCOMPARE(column, node.column);
            const QByteArray text = doc.text(node.valueSpan);
            if (node.isScalar() && node.style == Node::Style::Plain && !node.scalar.isEmpty() && !text.contains('\n'))
                QCOMPARE(QString::fromUtf8(text), node.scalar);
            if (node.isScalar() && node.style == Node::Style::DoubleQuoted)
                QVERIFY(text.startsWith('"') && text.endsWith('"'));
            if (node.isScalar() && node.style == Node::Style::SingleQuoted)
                QVERIFY(text.startsWith('\'') && text.endsWith('\''));
            if (node.isFlow() && node.isSequence())
                QVERIFY(text.startsWith('[') && text.endsWith(']'));
            if (node.isFlow() && node.isMapping())
                QVERIFY(text.startsWith('{') && text.endsWith('}'));
            if (!node.anchor.isEmpty() && node.kind != Node::Kind::Alias)
                QVERIFY(doc.text(node.span).startsWith(QByteArray('&' + node.anchor)));
        }
        for (const Span &comment : doc.comments())
            QVERIFY2(doc.text(comment).startsWith('#'), doc.text(comment).constData());
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(LABDESK_SOURCE_DIR "/tests/data/ci/roundtrip"));
        for (const QString &name : dir.entryList({QStringLiteral("*.yml")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        QVERIFY(!dir.entryList({QStringLiteral("*.yml")}).isEmpty());
    }

    void roundTrip()
    {
        QFETCH(QString, path);
        const QByteArray bytes = read(path);
        QVERIFY(!bytes.isEmpty());
        const Document doc = Document::parse(bytes);
        QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
        QCOMPARE(doc.bytes(), bytes);
        QVERIFY(doc.root() >= 0);
        checkSpans(doc);
    }

    // libyaml counts marks in characters after the BOM; spans must still be byte offsets.
    void nonAsciiAndBomSpans()
    {
        const QByteArray bytes("\xEF\xBB\xBF"
                               "k\xC3\xA9y: v\xC3\xA9\r\n\xE6\x9E\x84: x # \xE6\xB3\xA8\r\n");
        const Document doc = Document::parse(bytes);
        QVERIFY(doc.isValid());
        QCOMPARE(doc.bomSize(), 3);
        const NodeId key = doc.keyNode(doc.root(), QStringLiteral("k\u00e9y"));
        QVERIFY(key >= 0);
        QCOMPARE(doc.node(key).valueSpan.begin, qsizetype(3));
        QCOMPARE(doc.text(doc.node(key).valueSpan), QByteArray("k\xC3\xA9y"));
        const NodeId value = doc.value(doc.root(), QStringLiteral("\u6784"));
        QCOMPARE(doc.text(doc.node(value).valueSpan), QByteArray("x"));
        QCOMPARE(doc.node(value).line, 2);
        QCOMPARE(doc.node(value).column, 4);
        QCOMPARE(doc.comments().size(), 1);
        QCOMPARE(doc.text(doc.comments().front()), QByteArray("# \xE6\xB3\xA8"));
        QCOMPARE(doc.lineBreak(), QByteArray("\r\n"));
    }

    void commentsAreNotInScalars()
    {
        const Document doc = Document::parse("a: 'x # no'\nb: |\n  # not a comment\n# yes\nc: d#e # tail\n");
        QVERIFY(doc.isValid());
        QCOMPARE(doc.comments().size(), 2);
        QCOMPARE(doc.text(doc.comments()[0]), QByteArray("# yes"));
        QCOMPARE(doc.text(doc.comments()[1]), QByteArray("# tail"));
    }

    void commentRunsMerge()
    {
        const Document doc = Document::parse("# one\n  # two\n\n# three\na: b\n");
        QCOMPARE(doc.comments().size(), 2);
        QCOMPARE(doc.text(doc.comments()[0]), QByteArray("# one\n  # two"));
    }

    void blockCollectionEndsWithLastChild()
    {
        const Document doc = Document::parse("job:\n  script:\n    - a\n    - b\n\n# later\nother: 1\n");
        const NodeId job = doc.value(doc.root(), QStringLiteral("job"));
        QCOMPARE(doc.text(doc.node(job).span), QByteArray("script:\n    - a\n    - b"));
    }

    void syntaxErrorKeepsBytes()
    {
        const QByteArray bytes("job:\n  script: [a, b\n  stage: x\n");
        const Document doc = Document::parse(bytes);
        QVERIFY(!doc.isValid());
        QCOMPARE(doc.bytes(), bytes);
        QVERIFY(doc.error().line >= 2);
        QVERIFY(!doc.error().message.isEmpty());
    }

    // Regression (found by fuzz_ci): an alias to an undefined anchor crashed the validator; Psych
    // rejects such a file, so it is a syntax error with the alias's position.
    void undefinedAliasIsAnError()
    {
        const Document doc = Document::parse("a: &x 1\nb:\n  script: *nope\n");
        QVERIFY(!doc.isValid());
        QCOMPARE(doc.error().line, 3);
        QCOMPARE(doc.error().column, 11);
        QVERIFY(doc.node(-1).isScalar()); // invalid ids give an empty node, never a crash
    }

    // Regression (found by fuzz_ci, a timeout): an alias inside the node it names expanded without
    // end, and nested aliases grow exponentially. Both are refused as GitLab does, quickly.
    void aliasExpansionIsBounded_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("recursive") << QByteArray(".d: &d\n  image: ruby\n  <<: *d\n  x:\n    <<: *d\n") << 3
                                   << QStringLiteral("too deep");
        QByteArray laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 9; ++i) {
            const QByteArray prev = "*a" + QByteArray::number(i - 1);
            laughs += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + prev;
            for (int k = 1; k < 10; ++k)
                laughs += ", " + prev;
            laughs += "]\n";
        }
        QTest::newRow("billion laughs") << laughs << 1 << QStringLiteral("too big");
    }

    void aliasExpansionIsBounded()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, message);
        const Document doc = Document::parse(yaml);
        QVERIFY(!doc.isValid());
        QCOMPARE(doc.error().line, line);
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
        QVERIFY(doc.aliasesOverflow());
        QCOMPARE(doc.bytes(), yaml);
    }

    void recursiveAliasBeforeASyntaxError()
    {
        // The fuzzer's case: the syntax error is reported, and the partial tree's recursive
        // alias is left unexpanded instead of growing 2^64 values.
        const Document doc = Document::parse(".d: &d\n  <<: *d\n  x:\n    <<: *d\n  y: [\n");
        QVERIFY(!doc.isValid());
        QVERIFY(!doc.error().message.contains(QLatin1String("too deep")));
        QVERIFY(doc.aliasesOverflow());
        const Value root = Value::fromNode(doc, doc.root());
        QVERIFY(root.isMapping());
    }

    void sharedAliasesStayValid()
    {
        // Many jobs merging one template is normal and far below the bound.
        QByteArray yaml = ".t: &t\n  image: ruby\n  tags: [docker]\n";
        for (int i = 0; i < 2000; ++i)
            yaml += "job" + QByteArray::number(i) + ":\n  <<: *t\n  script: [echo]\n";
        QVERIFY(Document::parse(yaml).isValid());
    }

    void anchorsAndAliases()
    {
        const Document doc = Document::parse("a: &x {k: 1}\nb: *x\nc:\n  <<: *x\n  j: 2\n");
        const NodeId b = doc.value(doc.root(), QStringLiteral("b"));
        QCOMPARE(doc.node(b).kind, Node::Kind::Alias);
        QCOMPARE(doc.resolved(b), doc.value(doc.root(), QStringLiteral("a")));
        const Value c = Value::fromNode(doc, doc.value(doc.root(), QStringLiteral("c")));
        QCOMPARE(c.get(QStringLiteral("k"))->text(), QStringLiteral("1"));
        QCOMPARE(c.get(QStringLiteral("j"))->text(), QStringLiteral("2"));
    }

    void yaml11Scalars_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qlonglong>("number");
        QTest::newRow("on") << QByteArray("on") << "bool" << 1LL;
        QTest::newRow("No") << QByteArray("No") << "bool" << 0LL;
        QTest::newRow("quoted yes") << QByteArray("'yes'") << "string" << 0LL;
        QTest::newRow("octal") << QByteArray("010") << "int" << 8LL;
        QTest::newRow("sexagesimal") << QByteArray("1:20") << "int" << 80LL;
        QTest::newRow("hex") << QByteArray("0x1F") << "int" << 31LL;
        QTest::newRow("underscore") << QByteArray("1_000") << "int" << 1000LL;
        QTest::newRow("y is a string in Psych") << QByteArray("y") << "string" << 0LL;
    }

    void yaml11Scalars()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, kind);
        QFETCH(qlonglong, number);
        const Value v = Value::fromYaml(yaml);
        if (kind == QLatin1String("bool")) {
            QVERIFY(v.isBool());
            QCOMPARE(v.toBool(), number != 0);
        } else if (kind == QLatin1String("int")) {
            QVERIFY(v.isInt());
            QCOMPARE(v.toInt(), number);
        } else {
            QVERIFY(!v.isBool());
            QVERIFY(!v.isInt());
        }
    }
};

QTEST_GUILESS_MAIN(TestCiDocument)
#include "tst_cidocument.moc"
