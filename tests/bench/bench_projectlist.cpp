// Benchmark of the Projects page's list with 10,000 projects from the sandbox (seed projects:N).
// Reports, against floors and a peer measured in the same run:
//   - first page to rows on screen (ms), next to an empty QTreeView's first paint;
//   - the local filter per keystroke (median ms, model + repaint), next to QSortFilterProxyModel
//     filtering the same rows; goal under 16 ms (one frame at 60 Hz);
//   - the model's heap for 10,000 projects (MB, mallinfo2), next to the JSON text it came from;
//     goal under 30 MB.
// It asserts only that the model and the peer agree on what each filter keeps.
#include "core/api/gitlabclient.h"
#include "core/models/projectlistmodel.h"
#include "core/models/projectrequests.h"
#include "support/sandboxfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

#include <malloc.h>

#include <algorithm>

using namespace LabDesk;

namespace {

class PaintWatcher : public QObject
{
public:
    QElapsedTimer *timer = nullptr;
    qint64 firstPaintWithRowsMs = -1;
    const QAbstractItemModel *model = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstPaintWithRowsMs < 0 && timer && timer->isValid()
            && (!model || model->rowCount() > 0))
            firstPaintWithRowsMs = timer->elapsed();
        return QObject::eventFilter(watched, event);
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

size_t heapInUse()
{
    malloc_trim(0);
    return mallinfo2().uordblks;
}

} // namespace

class bench_ProjectList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstPageToRowsOnScreen();
    void localFilterPerKeystroke();
    void modelMemory();

private:
    Test::SandboxFixture m_sandbox;
    Api::GitLabClient m_client;
    int m_count = 10000;
};

void bench_ProjectList::initTestCase()
{
    m_count = qEnvironmentVariableIntValue("LABDESK_BENCH_PROJECTS") > 0
        ? qEnvironmentVariableIntValue("LABDESK_BENCH_PROJECTS")
        : 10000;
    Sandbox::SandboxServer::Options options;
    options.seed = QStringLiteral("projects:%1").arg(m_count);
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_client.setServer(m_sandbox.url());
    m_client.setToken(m_sandbox.adminToken());
}

void bench_ProjectList::firstPageToRowsOnScreen()
{
    // Floor: an empty tree view's first paint after show().
    qint64 floorMs = 0;
    {
        QTreeView plain;
        QStandardItemModel model(0, 8);
        plain.setModel(&model);
        PaintWatcher watcher;
        QElapsedTimer timer;
        watcher.timer = &timer;
        plain.viewport()->installEventFilter(&watcher);
        plain.resize(1000, 700);
        timer.start();
        plain.show();
        QTRY_VERIFY(watcher.firstPaintWithRowsMs >= 0);
        floorMs = watcher.firstPaintWithRowsMs;
    }

    QTreeView view;
    Models::ProjectListModel model;
    view.setModel(&model);
    view.setUniformRowHeights(true);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    PaintWatcher watcher;
    QElapsedTimer sinceFirstPage;
    watcher.timer = &sinceFirstPage;
    watcher.model = &model;
    view.viewport()->installEventFilter(&watcher);
    QElapsedTimer total;
    qint64 firstPageAtMs = -1;
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [&] {
        if (!sinceFirstPage.isValid()) {
            sinceFirstPage.start();
            firstPageAtMs = total.elapsed();
        }
    });
    QSignalSpy loaded(&model, &Models::ProjectListModel::loaded);
    total.start();
    model.setClient(&m_client);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.firstPaintWithRowsMs >= 0, 60000);
    const qint64 onScreenMs = watcher.firstPaintWithRowsMs;
    QVERIFY(loaded.wait(240000));
    QCOMPARE(model.rowCount(), m_count);
    qInfo("BENCH first page to rows on screen: %lld ms (first page after %lld ms, all %d projects after %lld ms); "
          "floor (empty tree view's first paint): %lld ms; ratio %.2f",
          onScreenMs, firstPageAtMs, m_count, total.elapsed(), floorMs,
          floorMs > 0 ? double(onScreenMs) / double(floorMs) : 0.0);
}

void bench_ProjectList::localFilterPerKeystroke()
{
    QTreeView view;
    Models::ProjectListModel model;
    view.setModel(&model);
    view.setUniformRowHeights(true);
    view.resize(1000, 700);
    QSignalSpy loaded(&model, &Models::ProjectListModel::loaded);
    model.setClient(&m_client);
    QVERIFY(loaded.wait(240000));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The peer: QSortFilterProxyModel over a QStandardItemModel holding the same cells (the
    // filter key, name and path, in a hidden last column), shown in the same kind of view.
    const int columns = model.columnCount();
    QStandardItemModel plain(model.rowCount(), columns + 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < columns; ++column)
            plain.setItem(row, column, new QStandardItem(model.index(row, column).data().toString()));
        const Models::ProjectRow *project = model.projectAt(row);
        plain.setItem(row, columns, new QStandardItem(project->name + QLatin1Char('\n') + project->pathWithNamespace));
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&plain);
    proxy.setFilterKeyColumn(columns);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTreeView peerView;
    peerView.setModel(&proxy);
    peerView.setColumnHidden(columns, true);
    peerView.setUniformRowHeights(true);
    peerView.resize(1000, 700);
    peerView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&peerView));

    // Typing "project 01234" and deleting it again, one keystroke at a time.
    const QString word = QStringLiteral("project 01234");
    QStringList steps;
    for (int i = 1; i <= word.size(); ++i)
        steps.append(word.left(i));
    for (int i = word.size() - 1; i >= 0; --i)
        steps.append(word.left(i));
    QList<double> ours;
    QList<double> modelOnly;
    QList<double> peer;
    for (const QString &text : std::as_const(steps)) {
        QElapsedTimer timer;
        timer.start();
        model.setFilterText(text);
        modelOnly.append(double(timer.nsecsElapsed()) / 1e6);
        view.viewport()->repaint();
        ours.append(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        proxy.setFilterFixedString(text);
        peerView.viewport()->repaint();
        peer.append(double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(model.rowCount(), proxy.rowCount());
    }
    const double ourMedian = median(ours);
    const double peerMedian = median(peer);
    qInfo("BENCH local filter of %d rows per keystroke: median %.2f ms (model alone %.2f ms), worst %.2f ms "
          "(goal < 16 ms); QSortFilterProxyModel: median %.2f ms; ratio %.2f",
          m_count, ourMedian, median(modelOnly), *std::max_element(ours.begin(), ours.end()), peerMedian,
          peerMedian > 0 ? ourMedian / peerMedian : 0.0);
}

void bench_ProjectList::modelMemory()
{
    // The pages as JSON first (not counted), then the model built from them.
    QList<QJsonArray> pages;
    qint64 jsonBytes = 0;
    {
        Api::PagedCall *call = m_client.fetchAll(Models::Requests::projects(0, {}));
        QSignalSpy finished(call, &Api::PagedCall::finished);
        connect(call, &Api::PagedCall::pageReceived, this, [&](const QJsonArray &page) {
            pages.append(page);
            jsonBytes += QJsonDocument(page).toJson(QJsonDocument::Compact).size();
        });
        QVERIFY(finished.wait(240000));
    }
    const size_t before = heapInUse();
    auto *model = new Models::ProjectListModel;
    for (const QJsonArray &page : std::as_const(pages))
        model->appendPage(page);
    const size_t after = heapInUse();
    QCOMPARE(model->rowCount(), m_count);
    const double mb = double(after - before) / (1024.0 * 1024.0);
    qInfo("BENCH model memory for %d projects: %.1f MB (goal < 30 MB), %.0f bytes per project; "
          "the JSON it came from: %.1f MB; ratio %.2f",
          m_count, mb, double(after - before) / m_count, double(jsonBytes) / (1024.0 * 1024.0),
          jsonBytes > 0 ? double(after - before) / double(jsonBytes) : 0.0);
    delete model;
}

QTEST_MAIN(bench_ProjectList)
#include "bench_projectlist.moc"
