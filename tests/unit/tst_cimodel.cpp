#include "core/ci/model.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LabDesk::Ci;

class TestCiModel : public QObject
{
    Q_OBJECT

private:
    static Model build(const QByteArray &yaml, const ModelOptions &options = {})
    {
        return Model::build(Document::parse(yaml), options);
    }
    static bool hasCode(const Model &model, const QString &code)
    {
        for (const Diagnostic &d : model.diagnostics()) {
            if (d.code == code)
                return true;
        }
        return false;
    }

private slots:
    void defaultStages()
    {
        const Model model = build("job:\n  script: x\n");
        QCOMPARE(model.stages(), (QStringList {".pre", "build", "test", "deploy", ".post"}));
        QVERIFY(!model.hasDeclaredStages());
        QCOMPARE(model.job("job")->stage, QStringLiteral("test"));
        QCOMPARE(model.job("job")->when, QStringLiteral("on_success"));
    }

    void declaredStagesFramedByPrePost()
    {
        const Model model = build("stages: [a, b]\njob:\n  stage: a\n  script: x\n");
        QCOMPARE(model.stages(), (QStringList {".pre", "a", "b", ".post"}));
    }

    void hiddenTemplatesAreNotInstances()
    {
        const Model model = build(".tpl:\n  script: x\njob:\n  extends: .tpl\n");
        QCOMPARE(model.jobs().size(), 2);
        QVERIFY(model.job(".tpl")->hidden);
        QCOMPARE(model.instances().size(), 1);
        QVERIFY(model.job("job")->hasScript);
    }

    // GitLab deep-merges mappings through extends and replaces everything else (lists too).
    void extendsDeepMerge()
    {
        const Model model = build(".a:\n  variables: {A: 1, B: 1}\n  tags: [x]\n  script: a\n"
                                  ".b:\n  extends: .a\n  variables: {B: 2, C: 2}\n  tags: [y]\n"
                                  "job:\n  extends: .b\n  variables: {C: 3}\n");
        const Job *job = model.job("job");
        const Value *vars = job->config.get("variables");
        QCOMPARE(vars->get("A")->text(), QStringLiteral("1"));
        QCOMPARE(vars->get("B")->text(), QStringLiteral("2"));
        QCOMPARE(vars->get("C")->text(), QStringLiteral("3"));
        QCOMPARE(job->tags, QStringList {"y"});
        QCOMPARE(job->config.get("script")->text(), QStringLiteral("a"));
        QVERIFY(model.diagnostics().isEmpty());
    }

    void extendsMultipleParentsInOrder()
    {
        const Model model = build(".a:\n  image: a\n  script: a\n.b:\n  image: b\njob:\n  extends: [.a, .b]\n");
        QCOMPARE(model.job("job")->config.get("image")->text(), QStringLiteral("b"));
    }

    void extendsErrors()
    {
        QVERIFY(hasCode(build("job:\n  extends: .nope\n  script: x\n"), "extends-unknown"));
        QVERIFY(hasCode(build(".a:\n  extends: .b\n.b:\n  extends: .a\njob:\n  extends: .a\n  script: x\n"),
                        "extends-cycle"));
        QByteArray deep = ".t0:\n  script: x\n";
        for (int i = 1; i <= 12; ++i)
            deep += QStringLiteral(".t%1:\n  extends: .t%2\n").arg(i).arg(i - 1).toUtf8();
        deep += "job:\n  extends: .t12\n";
        QVERIFY(hasCode(build(deep), "extends-depth"));
        QByteArray ok = ".t0:\n  script: x\n";
        for (int i = 1; i <= 9; ++i)
            ok += QStringLiteral(".t%1:\n  extends: .t%2\n").arg(i).arg(i - 1).toUtf8();
        ok += "job:\n  extends: .t9\n";
        QVERIFY(!hasCode(build(ok), "extends-depth"));
    }

    void mergeKeysAndAliases()
    {
        const Model model = build(".d: &d\n  image: ruby\n  tags: [a]\njob:\n  <<: *d\n  tags: [b]\n  script: x\n");
        const Job *job = model.job("job");
        QCOMPARE(job->config.get("image")->text(), QStringLiteral("ruby"));
        QCOMPARE(job->tags, QStringList {"b"});
    }

    void references()
    {
        const Model model = build(".setup:\n  script: [one, two]\n"
                                  "job:\n  script:\n    - !reference [.setup, script]\n    - three\n");
        const Job *job = model.job("job");
        QCOMPARE(job->config.get("script")->toStringList(), (QStringList {"one", "two", "three"}));
        QVERIFY(hasCode(build("job:\n  script: !reference [.nope, script]\n"), "reference-unknown"));
    }

    void needsForms()
    {
        const Model model = build("a:\n  script: x\n  parallel:\n    matrix:\n      - P: [x, y]\n"
                                  "b:\n  script: x\n  needs:\n    - a\n    - job: c\n      optional: true\n"
                                  "      artifacts: false\n    - pipeline: $PARENT\n      job: gen\n"
                                  "    - job: a\n      parallel:\n        matrix:\n          - P: x\n");
        const Job *b = model.job("b");
        QVERIFY(b->hasNeeds);
        QCOMPARE(b->needs.size(), 4);
        QCOMPARE(b->needs[1].job, QStringLiteral("c"));
        QVERIFY(b->needs[1].optional);
        QVERIFY(!b->needs[1].artifacts);
        QVERIFY(!b->needs[2].isLocal());
        QVERIFY(b->needs[3].matrix.isSequence());
    }

    void parallelInstances()
    {
        const Model model = build("t:\n  script: x\n  parallel: 3\n"
                                  "m:\n  script: x\n  parallel:\n    matrix:\n      - PROVIDER: aws\n"
                                  "        STACK: [monitoring, app1]\n      - PROVIDER: gcp\n        STACK: data\n");
        QCOMPARE(model.instanceNames("t"), (QStringList {"t 1/3", "t 2/3", "t 3/3"}));
        QCOMPARE(model.instanceNames("m"), (QStringList {"m: [aws, monitoring]", "m: [aws, app1]", "m: [gcp, data]"}));
        QCOMPARE(model.instances().size(), 6);
        QCOMPARE(model.instances()[4].instanceVariables.value("STACK"), QStringLiteral("app1"));
    }

    void defaultTagsAndInherit()
    {
        const Model model = build("default:\n  tags: [docker]\na:\n  script: x\n"
                                  "b:\n  script: x\n  inherit:\n    default: false\n");
        QCOMPARE(model.job("a")->tags, QStringList {"docker"});
        QVERIFY(model.job("b")->tags.isEmpty());
    }

    void triggerJobs()
    {
        const Model model = build("child:\n  trigger:\n    include: child.yml\nmulti:\n  trigger: group/project\n");
        QVERIFY(model.job("child")->hasTrigger);
        QVERIFY(model.job("multi")->hasTrigger);
    }

    void includeLocal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath("ci");
        QFile file(dir.filePath("ci/build.yml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(".base:\n  image: alpine\n  script: from-include\nbuild:\n  extends: .base\n  stage: build\n");
        file.close();
        ModelOptions options;
        options.rootDir = dir.path();
        const Model model = build("include:\n  - local: /ci/build.yml\n  - template: Jobs/SAST.gitlab-ci.yml\n"
                                  "  - remote: https://example.com/x.yml\n  - project: g/p\n    file: /a.yml\n"
                                  "  - component: gitlab.com/c/d@1.0\n"
                                  "build:\n  image: debian\n",
                                  options);
        QCOMPARE(model.includes().size(), 5);
        QVERIFY(model.includes()[0].resolved);
        QCOMPARE(model.includes()[1].kind, Include::Kind::Template);
        QVERIFY(!model.includes()[1].resolved);
        QCOMPARE(model.includes()[3].kind, Include::Kind::Project);
        QCOMPARE(model.includes()[4].kind, Include::Kind::Component);
        const Job *build = model.job("build");
        QVERIFY(build);
        QCOMPARE(build->config.get("image")->text(), QStringLiteral("debian")); // the main file wins
        QCOMPARE(build->config.get("script")->text(), QStringLiteral("from-include"));
        QCOMPARE(build->stage, QStringLiteral("build"));
        QVERIFY(hasCode(model, "include-unresolved"));
        QVERIFY(!hasCode(model, "include-missing"));
        QVERIFY(hasCode(Model::build(Document::parse("include: /nope.yml\njob:\n  script: x\n"), options),
                        "include-missing"));
    }

    void includeResolver()
    {
        ModelOptions options;
        int calls = 0;
        options.resolver = [&calls](const Include &include) -> std::optional<QByteArray> {
            ++calls;
            if (include.location == QLatin1String("Jobs/Lint.yml"))
                return QByteArray("lint:\n  stage: test\n  script: lint\n");
            return std::nullopt;
        };
        const Model model = build("include:\n  - template: Jobs/Lint.yml\n  - remote: https://x/y.yml\n", options);
        QCOMPARE(calls, 2);
        QVERIFY(model.includes()[0].resolved);
        QVERIFY(!model.includes()[1].resolved);
        QVERIFY(model.job("lint"));
        QCOMPARE(model.job("lint")->file, 1);
        QCOMPARE(model.job("lint")->keyNode, -1);
    }

    void mergedYaml()
    {
        const Model model = build(".a: &a\n  script: x\njob:\n  extends: .a\n  stage: build\n");
        const QByteArray yaml = model.merged().toYaml();
        QVERIFY(yaml.contains("job:\n  script: x\n"));
        // The merged YAML parses back into the same jobs.
        const Model again = Model::build(Document::parse(yaml));
        QCOMPARE(again.job("job")->stage, QStringLiteral("build"));
        QVERIFY(again.job("job")->hasScript);
    }
};

QTEST_GUILESS_MAIN(TestCiModel)
#include "tst_cimodel.moc"
