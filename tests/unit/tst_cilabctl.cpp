#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `labctl ci ...` end to end: JSON shapes and exit codes (0 ok, 1 findings, 2 usage/IO).
class TestCiLabctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run labctl(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(LABDESK_LABCTL), QStringList {"ci"} + args);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.code = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QString write(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return file.fileName();
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static const QByteArray kPipeline;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void lintValid()
    {
        const QString file = write("valid.yml", kPipeline);
        const Run run = labctl({"lint", file, "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value("valid").toBool(), true);
        QVERIFY(json.value("errors").toArray().isEmpty());
        QVERIFY(json.contains("warnings"));
    }

    void lintFindings()
    {
        const QString file = write("bad.yml", "job:\n  stage: nope\n  script: x\n  only: [master]\n");
        Run run = labctl({"lint", file, "--json", "--branches", "main,dev", "--default-branch", "main", "--runner",
                          "docker:untagged"});
        QCOMPARE(run.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value("valid").toBool(), false);
        const QJsonObject error = json.value("errors").toArray().first().toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("undefined-stage"));
        QCOMPARE(error.value("line").toInt(), 2);
        QCOMPARE(error.value("column").toInt(), 10);
        QVERIFY(!error.value("message").toString().isEmpty());
        QCOMPARE(json.value("warnings").toArray().first().toObject().value("code").toString(),
                 QStringLiteral("unmatched-ref"));
        run = labctl({"lint", file});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains("bad.yml:2:10: error:"));
    }

    void usageAndIoErrors()
    {
        QCOMPARE(labctl({"lint", m_dir.filePath("missing.yml")}).code, 2);
        QCOMPARE(labctl({"lint"}).code, 2);
        QCOMPARE(labctl({"frobnicate"}).code, 2);
        QCOMPARE(labctl({"lint", "x.yml", "--bogus"}).code, 2);
        QCOMPARE(labctl({"which", write("w.yml", kPipeline)}).code, 2); // --ref is required
    }

    // graph, expand, which and edit share one reader: unreadable and unparsable files fail with code 2.
    void unreadableOrUnparsable()
    {
        const QString broken = write("broken.yml", "job:\n  script: [unclosed\n");
        const QString missing = m_dir.filePath("nowhere.yml");
        const QList<QStringList> commands {
            {"graph"}, {"expand"}, {"which", "--ref", "main"}, {"edit", "--add-stage", "x"}};
        const QByteArray brokenPrefix = QByteArray("labctl ci: ") + broken.toUtf8() + ':';
        const QByteArray missingMessage = QByteArray("cannot read ") + missing.toUtf8();
        for (const QStringList &command : commands) {
            Run run = labctl(command + QStringList {broken});
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.startsWith(brokenPrefix), run.err.constData());
            QVERIFY(run.out.isEmpty());
            run = labctl(command + QStringList {missing});
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(missingMessage), run.err.constData());
        }
    }

    void graph()
    {
        const QString file = write("graph.yml", kPipeline);
        const Run run = labctl({"graph", file, "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value("stages").toArray().first().toString(), QStringLiteral(".pre"));
        const QJsonArray jobs = json.value("jobs").toArray();
        QCOMPARE(jobs.size(), 4); // build, test 1/2, test 2/2, deploy; .tpl is hidden
        QJsonObject deploy;
        for (const QJsonValue &job : jobs) {
            if (job.toObject().value("name").toString() == QLatin1String("deploy"))
                deploy = job.toObject();
        }
        QCOMPARE(deploy.value("stage").toString(), QStringLiteral("deploy"));
        QCOMPARE(deploy.value("needs").toArray().size(), 2); // both instances of test
        QCOMPARE(deploy.value("when").toString(),
                 QStringLiteral("on_success")); // the job-level when; rules decide per pipeline
        QCOMPARE(deploy.value("tags").toArray().first().toString(), QStringLiteral("docker"));
        QVERIFY(deploy.value("line").toInt() > 0);
    }

    void editDryRunAndInPlace()
    {
        const QString file = write("edit.yml", kPipeline);
        Run run = labctl({"edit", file, "--rename-job", "build", "compile", "--add-need", "deploy", "compile", "--set",
                          "deploy.when=on_success", "--dry-run"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith("--- a/edit.yml\n+++ b/edit.yml\n@@"));
        QVERIFY(run.out.contains("-build:\n+compile:\n"));
        QCOMPARE(read(file), kPipeline); // dry run writes nothing
        run = labctl(
            {"edit", file, "--add-stage", "security", "--before", "test", "--add-job", "scan", "--stage", "security"});
        QCOMPARE(run.code, 0);
        const QByteArray after = read(file);
        QVERIFY(after.contains("stages: [build, security, test, deploy]\n"));
        QVERIFY(after.contains("scan:\n  stage: security\n"));
        run = labctl({"edit", file, "--delete-job", "build"});
        QCOMPARE(run.code, 1); // test still needs it
        QVERIFY(run.err.contains("test -> build"));
        QCOMPARE(labctl({"edit", file, "--delete-job", "nope"}).code, 2);
        QCOMPARE(labctl({"edit", file, "--add-job", "x"}).code, 2); // --stage missing
    }

    void expand()
    {
        const QString file = write("expand.yml", kPipeline);
        const Run run = labctl({"expand", file});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("deploy:\n  tags:\n    - docker\n"));
        QVERIFY(!run.out.contains("extends: .tpl\n  tags"));
    }

    void which()
    {
        const QString file = write("which.yml", kPipeline);
        Run run = labctl({"which", file, "--ref", "main", "--source", "push", "--json"});
        QCOMPARE(run.code, 0);
        QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(json.value("pipeline").toBool());
        QJsonArray jobs = json.value("jobs").toArray();
        QCOMPARE(jobs.size(), 4);
        QJsonObject deploy = jobs.last().toObject();
        QCOMPARE(deploy.value("name").toString(), QStringLiteral("deploy"));
        QVERIFY(deploy.value("runs").toBool());
        QCOMPARE(deploy.value("rule").toInt(), 0);
        run = labctl({"which", file, "--ref", "feature", "--var", "FORCE=1", "--json"});
        json = QJsonDocument::fromJson(run.out).object();
        deploy = json.value("jobs").toArray().last().toObject();
        QVERIFY(!deploy.value("runs").toBool());
        run = labctl({"which", file, "--ref", "feature"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("skip  deploy"));
    }
};

const QByteArray TestCiLabctl::kPipeline = "stages: [build, test, deploy]\n"
                                           "\n"
                                           ".tpl:\n"
                                           "  tags: [docker]\n"
                                           "\n"
                                           "build:\n"
                                           "  stage: build\n"
                                           "  script: make\n"
                                           "\n"
                                           "test:\n"
                                           "  stage: test\n"
                                           "  needs: [build]\n"
                                           "  parallel: 2\n"
                                           "  script: make test\n"
                                           "\n"
                                           "deploy:\n"
                                           "  extends: .tpl\n"
                                           "  stage: deploy\n"
                                           "  needs: [test]\n"
                                           "  script: ./deploy\n"
                                           "  rules:\n"
                                           "    - if: $CI_COMMIT_BRANCH == \"main\"\n"
                                           "      when: manual\n";

QTEST_GUILESS_MAIN(TestCiLabctl)
#include "tst_cilabctl.moc"
