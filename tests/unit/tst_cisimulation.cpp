#include "core/ci/simulation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LabDesk::Ci;

class TestCiSimulation : public QObject
{
    Q_OBJECT

private:
    static const JobDecision *decision(const SimulationResult &result, const QString &job)
    {
        for (const JobDecision &d : result.jobs) {
            if (d.job == job)
                return &d;
        }
        return nullptr;
    }

private slots:
    void expressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("expected");
        QTest::newRow("defined") << "$BRANCH" << true;
        QTest::newRow("undefined") << "$NOPE" << false;
        QTest::newRow("empty is false") << "$EMPTY" << false;
        QTest::newRow("equals") << "$BRANCH == \"main\"" << true;
        QTest::newRow("single quotes") << "$BRANCH == 'main'" << true;
        QTest::newRow("not equals") << "$BRANCH != \"main\"" << false;
        QTest::newRow("null") << "$NOPE == null" << true;
        QTest::newRow("not null") << "$BRANCH != null" << true;
        QTest::newRow("empty not null") << "$EMPTY == null" << false;
        QTest::newRow("regex") << "$BRANCH =~ /^ma/" << true;
        QTest::newRow("regex case") << "$BRANCH =~ /^MA/i" << true;
        QTest::newRow("regex no") << "$BRANCH !~ /^ma/" << false;
        QTest::newRow("regex in variable") << "$BRANCH =~ $PATTERN" << true;
        QTest::newRow("and") << "$BRANCH == \"main\" && $EMPTY" << false;
        QTest::newRow("or") << "$BRANCH == \"dev\" || $SOURCE == \"push\"" << true;
        QTest::newRow("precedence") << "$NOPE || $BRANCH && $SOURCE == \"push\"" << true;
        QTest::newRow("parentheses") << "($NOPE || $BRANCH) && $SOURCE == \"web\"" << false;
        QTest::newRow("braces") << "${BRANCH} == \"main\"" << true;
        QTest::newRow("var to var") << "$BRANCH == $DEFAULT" << true;
    }

    void expressions()
    {
        QFETCH(QString, expression);
        QFETCH(bool, expected);
        const QMap<QString, QString> vars {
            {"BRANCH", "main"}, {"EMPTY", ""}, {"SOURCE", "push"}, {"PATTERN", "/^m/"}, {"DEFAULT", "main"}};
        QString error;
        QCOMPARE(Expression::evaluate(expression, vars, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void expressionErrors()
    {
        QString error;
        QVERIFY(!Expression::evaluate("$A == \"x", {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Expression::evaluate("($A", {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Expression::evaluate("$A = 1", {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void globs()
    {
        QVERIFY(Simulation::globMatch("src/**/*.cpp", "src/a/b/c.cpp"));
        QVERIFY(Simulation::globMatch("src/**/*.cpp", "src/c.cpp"));
        QVERIFY(!Simulation::globMatch("src/*.cpp", "src/a/c.cpp"));
        QVERIFY(Simulation::globMatch("*.{md,txt}", "README.md"));
        QVERIFY(Simulation::globMatch("docs/**", "docs/x/y.md"));
        QVERIFY(!Simulation::globMatch("Dockerfile", "sub/Dockerfile"));
    }

    void rulesDecide()
    {
        const Model model = Model::build(
            Document::parse("variables:\n  DEPLOY: \"yes\"\n"
                            "build:\n  script: make\n"
                            "docs:\n  script: make docs\n  rules:\n    - changes: [docs/**/*]\n"
                            "deploy:\n  script: deploy\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && "
                            "$DEPLOY == \"yes\"\n"
                            "      when: manual\n    - when: never\n"
                            "mr:\n  script: x\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n"
                            "legacy:\n  script: x\n  only: [tags]\n"
                            "except:\n  script: x\n  except:\n    refs: [main]\n"));
        PipelineInput input;
        input.ref = "main";
        input.changedFiles = QStringList {"src/main.cpp"};
        SimulationResult r = Simulation::run(model, input);
        QVERIFY(r.pipelineCreated);
        QVERIFY(decision(r, "build")->runs);
        QVERIFY(!decision(r, "docs")->runs);
        QVERIFY(decision(r, "deploy")->runs);
        QCOMPARE(decision(r, "deploy")->when, QStringLiteral("manual"));
        QCOMPARE(decision(r, "deploy")->ruleIndex, 0);
        QVERIFY(!decision(r, "mr")->runs);
        QVERIFY(!decision(r, "legacy")->runs);
        QVERIFY(!decision(r, "except")->runs);

        input.ref = "feature";
        input.changedFiles = QStringList {"docs/guide/a.md"};
        r = Simulation::run(model, input);
        QVERIFY(decision(r, "docs")->runs);
        QVERIFY(!decision(r, "deploy")->runs);
        QCOMPARE(decision(r, "deploy")->ruleIndex, 1); // the "when: never" rule decided
        QVERIFY(decision(r, "except")->runs);

        input.variables.insert("DEPLOY", "no"); // user variables override the file's
        input.ref = "main";
        r = Simulation::run(model, input);
        QVERIFY(!decision(r, "deploy")->runs);

        input.source = "merge_request_event";
        r = Simulation::run(model, input);
        QVERIFY(decision(r, "mr")->runs);
        QVERIFY(!decision(r, "build")->runs); // default only: [branches, tags]

        input.source = "push";
        input.isTag = true;
        input.ref = "v1.0";
        r = Simulation::run(model, input);
        QVERIFY(decision(r, "legacy")->runs);
    }

    void workflowRules()
    {
        const Model model = Model::build(
            Document::parse("workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n"
                            "    - if: $CI_COMMIT_BRANCH\n"
                            "job:\n  script: x\n"));
        PipelineInput input;
        input.ref = "main";
        QVERIFY(Simulation::run(model, input).pipelineCreated);
        input.source = "schedule";
        const SimulationResult r = Simulation::run(model, input);
        QVERIFY(!r.pipelineCreated);
        QVERIFY(!r.jobs.front().runs);
        input.source = "push";
        input.isTag = true;
        QVERIFY(!Simulation::run(model, input).pipelineCreated); // no rule matches a tag
    }

    void existsAgainstWorkingTree()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath("docker");
        QFile file(dir.filePath("docker/Dockerfile"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Model model
            = Model::build(Document::parse("container:\n  script: x\n  rules:\n    - exists: ['**/Dockerfile']\n"
                                           "gem:\n  script: x\n  rules:\n    - exists: [Gemfile]\n"));
        PipelineInput input;
        input.ref = "main";
        input.rootDir = dir.path();
        const SimulationResult r = Simulation::run(model, input);
        QVERIFY(decision(r, "container")->runs);
        QVERIFY(!decision(r, "gem")->runs);
    }

    void parallelInstancesAndMatrixVariables()
    {
        const Model model = Model::build(Document::parse(
            "deploy:\n  script: x\n  parallel:\n    matrix:\n      - ENV: [staging, production]\n"
            "  rules:\n    - if: $ENV == \"production\"\n      when: manual\n    - when: on_success\n"));
        PipelineInput input;
        input.ref = "main";
        const SimulationResult r = Simulation::run(model, input);
        QCOMPARE(r.jobs.size(), 2);
        QCOMPARE(decision(r, "deploy: [staging]")->when, QStringLiteral("on_success"));
        QCOMPARE(decision(r, "deploy: [production]")->when, QStringLiteral("manual"));
    }

    void predefinedVariables()
    {
        PipelineInput input;
        input.ref = "Feature/ABC_1";
        const QMap<QString, QString> vars = Simulation::predefinedVariables(input);
        QCOMPARE(vars.value("CI_COMMIT_REF_SLUG"), QStringLiteral("feature-abc-1"));
        QCOMPARE(vars.value("CI_COMMIT_BRANCH"), QStringLiteral("Feature/ABC_1"));
        QVERIFY(!vars.contains("CI_COMMIT_TAG"));
    }
};

QTEST_GUILESS_MAIN(TestCiSimulation)
#include "tst_cisimulation.moc"
