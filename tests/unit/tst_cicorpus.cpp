#include "core/ci/editor.h"
#include "core/ci/validator.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace LabDesk::Ci;

// Every GitLab CI template of the shared corpus parses, models, round-trips byte-identically and
// survives a scripted series of edits: only the edited spans change, the inverse patch restores
// the text, and the result re-parses to the expected model.
class TestCiCorpus : public QObject
{
    Q_OBJECT

private:
    static QString corpus() { return QStringLiteral(LABDESK_SHARED_DIR "/corpus/ci-templates"); }

    // Applies an edit result and checks the invariants; returns the new text.
    static bool step(QByteArray &text, const EditResult &result, const char *what)
    {
        if (!result.isOk()) {
            qWarning("%s: %s", what, qPrintable(result.error));
            return false;
        }
        QByteArray next;
        if (!result.patch.apply(text, &next) || result.patch.isEmpty())
            return false;
        const QVector<Replacement> &r = result.patch.replacements();
        if (next.left(r.front().span.begin) != text.left(r.front().span.begin))
            return false;
        if (next.right(text.size() - r.back().span.end) != text.right(text.size() - r.back().span.end))
            return false;
        if (result.patch.inverted().applied(next) != text)
            return false;
        if (!Document::parse(next).isValid()) {
            qWarning("%s made invalid YAML:\n%s", what, next.constData());
            return false;
        }
        text = next;
        return true;
    }

    static const Job *editableJob(const Document &doc, const Model &model, int skip = 0)
    {
        for (const Job &job : model.jobs()) {
            if (job.hidden || job.keyNode < 0)
                continue;
            const Node &value = doc.node(job.valueNode);
            if (!value.isMapping() || value.isFlow() || value.children.empty())
                continue;
            if (skip-- > 0)
                continue;
            return &job;
        }
        return nullptr;
    }

private slots:
    void templates_data()
    {
        QTest::addColumn<QString>("path");
        if (!QFile::exists(corpus()))
            return;
        QDirIterator it(corpus(), {QStringLiteral("*.yml")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &file : files)
            QTest::newRow(qPrintable(file.mid(corpus().size() + 1))) << file;
    }

    void templates()
    {
        if (!QFile::exists(corpus()))
            QSKIP("The shared corpus (../shared/corpus/ci-templates) is not there.");
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        const Document doc = Document::parse(original);
        QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
        QCOMPARE(doc.bytes(), original);
        const Model model = Model::build(doc);
        Validator::validate(doc, model); // must not crash; templates rely on includes, so findings vary
        const Job *first = editableJob(doc, model);
        if (!first)
            return; // a template that only includes others
        const QString name = first->name;
        QByteArray text = original;

        // 1. Set a list keyword on every editable job.
        int count = 0;
        QStringList editable;
        for (int i = 0; const Job *job = editableJob(doc, model, i); ++i)
            editable << job->name;
        for (const QString &jobName : std::as_const(editable)) {
            const Document d = Document::parse(text);
            QVERIFY(step(text, Editor(d).setKey(jobName, "tags", "[corpus, test]"), "setKey"));
            QCOMPARE(Model::build(Document::parse(text)).job(jobName)->tags, (QStringList {"corpus", "test"}));
            ++count;
        }
        QVERIFY(count > 0);

        // 2. Rename the first job; nothing may still need it by its old name.
        {
            const Document d = Document::parse(text);
            QVERIFY(step(text, Editor(d).renameJob(name, name + "-renamed"), "renameJob"));
            const Model m = Model::build(Document::parse(text));
            QVERIFY(m.job(name + "-renamed"));
            QVERIFY(!m.job(name));
            for (const Job &job : m.jobs()) {
                for (const Need &need : job.needs)
                    QVERIFY(need.job != name);
                QVERIFY(!job.dependencies.contains(name));
            }
        }
        // 3. Add a job in the first job's stage, then a stage, then a need.
        {
            const Document d = Document::parse(text);
            const QString stage = Model::build(d).job(name + "-renamed")->stage;
            QVERIFY(step(text, Editor(d).addJob("corpus-added", stage), "addJob"));
            const Model m = Model::build(Document::parse(text));
            QVERIFY(m.job("corpus-added"));
            QCOMPARE(m.job("corpus-added")->stage, stage);
        }
        {
            const Document d = Document::parse(text);
            QVERIFY(step(text, Editor(d).addStage("corpus-stage"), "addStage"));
            QVERIFY(Model::build(Document::parse(text)).stages().contains("corpus-stage"));
        }
        {
            const Document d = Document::parse(text);
            QVERIFY(step(text, Editor(d).addNeed("corpus-added", name + "-renamed"), "addNeed"));
            const Model m = Model::build(Document::parse(text));
            QCOMPARE(m.job("corpus-added")->needs.size(), 1);
            QCOMPARE(m.job("corpus-added")->needs.front().job, name + "-renamed");
        }
        // 4. Delete the added job again; the rest of the model is what it was before step 3.
        {
            const Document d = Document::parse(text);
            QVERIFY(step(text, Editor(d).deleteJob("corpus-added"), "deleteJob"));
            const Model m = Model::build(Document::parse(text));
            QVERIFY(!m.job("corpus-added"));
            QVERIFY(m.job(name + "-renamed"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCiCorpus)
#include "tst_cicorpus.moc"
