#include "core/app/backgroundtasks.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using LabDesk::BackgroundTasks;

class tst_BackgroundTasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startProgressFinish();
    void cancelCallsBackOnce();
    void unknownIdsAreIgnored();
};

void tst_BackgroundTasks::startProgressFinish()
{
    BackgroundTasks tasks;
    QAbstractItemModelTester tester(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&tasks, &BackgroundTasks::taskFinished);

    const int clone = tasks.start(QStringLiteral("Cloning group/app"));
    const int log = tasks.start(QStringLiteral("Downloading job log"));
    QVERIFY(clone != log);
    QCOMPARE(tasks.rowCount(), 2);
    QCOMPARE(tasks.index(0).data().toString(), QStringLiteral("Cloning group/app"));
    QCOMPARE(tasks.index(0).data(BackgroundTasks::ProgressRole).toDouble(), -1.0);
    QCOMPARE(tasks.index(0).data(BackgroundTasks::CancellableRole).toBool(), false);

    tasks.setProgress(clone, 25, 100);
    QCOMPARE(tasks.index(0).data(BackgroundTasks::ProgressRole).toDouble(), 0.25);
    tasks.setProgress(clone, 250, 100); // over-reporting is clamped
    QCOMPARE(tasks.index(0).data(BackgroundTasks::ProgressRole).toDouble(), 1.0);
    tasks.setProgress(clone, 5, 0); // unknown total
    QCOMPARE(tasks.index(0).data(BackgroundTasks::ProgressRole).toDouble(), -1.0);

    tasks.setTitle(log, QStringLiteral("Downloading job log (2 MB)"));
    QCOMPARE(tasks.index(1).data().toString(), QStringLiteral("Downloading job log (2 MB)"));

    tasks.finish(clone);
    QCOMPARE(tasks.rowCount(), 1);
    QCOMPARE(tasks.index(0).data(BackgroundTasks::IdRole).toInt(), log);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), clone);
}

void tst_BackgroundTasks::cancelCallsBackOnce()
{
    BackgroundTasks tasks;
    QAbstractItemModelTester tester(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int calls = 0;
    int id = 0;
    id = tasks.start(QStringLiteral("Cloning"), [&] {
        ++calls;
        tasks.finish(id); // a cancel handler may finish its task right away
    });
    QVERIFY(tasks.index(0).data(BackgroundTasks::CancellableRole).toBool());
    tasks.cancel(id);
    tasks.cancel(id);
    QCOMPARE(calls, 1);
    QCOMPARE(tasks.rowCount(), 0);
}

void tst_BackgroundTasks::unknownIdsAreIgnored()
{
    BackgroundTasks tasks;
    tasks.setProgress(42, 1, 2);
    tasks.finish(42);
    tasks.cancel(42);
    QCOMPARE(tasks.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_BackgroundTasks)
#include "tst_backgroundtasks.moc"
