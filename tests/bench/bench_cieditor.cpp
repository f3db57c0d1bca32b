// Benchmark of the visual CI editor (see cieditor.cmake). Prints medians in milliseconds.
#include "cieditor/cieditorview.h"
#include "cieditor/cigraphview.h"
#include "cieditor/citextedit.h"

#include "core/ci/document.h"
#include "core/ci/model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace LabDesk;
using namespace LabDesk::Ui::CiEditor;

namespace {

// A realistic pipeline of `jobs` jobs over six stages: templates with extends, tags, rules,
// needs on jobs of the previous stage, artifacts.
QByteArray generate(int jobs)
{
    const QStringList stages = {QStringLiteral("build"), QStringLiteral("test"), QStringLiteral("security"),
                                QStringLiteral("package"), QStringLiteral("deploy"), QStringLiteral("verify")};
    QByteArray out = "# Generated pipeline\nstages:\n";
    for (const QString &stage : stages)
        out += "  - " + stage.toUtf8() + '\n';
    out += "\n.base:\n  image: alpine:3.20\n  tags: [docker, linux]\n  retry: 1\n\n"
           ".deploy:\n  extends: .base\n  when: manual\n  environment:\n    name: staging\n\n";
    const int perStage = (jobs + int(stages.size()) - 1) / int(stages.size());
    for (int i = 0; i < jobs; ++i) {
        const int s = i / perStage;
        const QByteArray name = stages[s].toUtf8() + '-' + QByteArray::number(i % perStage + 1);
        out += name + ":\n";
        out += "  stage: " + stages[s].toUtf8() + '\n';
        out += s >= 4 ? "  extends: .deploy\n" : "  extends: .base\n";
        if (s > 0 && i % 3 != 0) {
            const QByteArray need = stages[s - 1].toUtf8() + '-' + QByteArray::number(i % perStage + 1);
            out += "  needs: [" + need + "]\n";
        }
        if (i % 7 == 0)
            out += "  allow_failure: true\n";
        if (i % 5 == 0)
            out += "  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n    - changes: [src/**/*]\n";
        out += "  script:\n    - echo \"job " + QByteArray::number(i) + "\"\n    - make " + name + "\n";
        if (s == 0)
            out += "  artifacts:\n    paths: [out/]\n    expire_in: 1 week\n";
        out += '\n';
    }
    return out;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArray(argv[1]) == "--generate") {
        QFile file(QString::fromLocal8Bit(argv[3]));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(generate(QByteArray(argv[2]).toInt()));
        return 0;
    }
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    QTemporaryDir dir;
    int failures = 0;

    // 1. Keystroke to updated graph, 500 jobs.
    {
        const QByteArray text = generate(500);
        const QString path = dir.filePath(QStringLiteral("500.yml"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text);
        file.close();
        CiEditorView view(Ui::Context{}, nullptr);
        view.resize(1200, 800);
        view.show();
        view.openFile(path);
        QApplication::processEvents();
        const int cards = view.graph()->cardCount();
        std::vector<double> keystroke;
        std::vector<double> parseFloor;
        const int line = 0; // the comment on the first line
        for (int i = 0; i < 25; ++i) {
            QElapsedTimer timer;
            timer.start();
            view.textEdit()->insertAt(QStringLiteral("x"), line, 20);
            view.reparseNow();
            view.graph()->viewport()->repaint();
            keystroke.push_back(ms(timer));
            timer.restart();
            const Ci::Document doc = Ci::Document::parse(view.textEdit()->bytes());
            parseFloor.push_back(ms(timer));
        }
        if (view.graph()->cardCount() != cards || !view.parses()) {
            out << "FAIL: the graph lost jobs while typing\n";
            ++failures;
        }
        const double k = median(keystroke);
        const double p = median(parseFloor);
        out << QStringLiteral("keystroke-to-graph 500 jobs: median %1 ms (goal < 50 ms); YAML parse alone %2 ms; ratio %3\n")
                   .arg(k, 0, 'f', 1)
                   .arg(p, 0, 'f', 1)
                   .arg(p > 0 ? k / p : 0, 0, 'f', 1);
    }

    // 2. Open a 2,000-job file to first paint.
    {
        const QByteArray text = generate(2000);
        const QString path = dir.filePath(QStringLiteral("2000.yml"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text);
        file.close();
        std::vector<double> open;
        std::vector<double> parseFloor;
        for (int i = 0; i < 5; ++i) {
            CiEditorView view(Ui::Context{}, nullptr);
            view.resize(1200, 800);
            view.show();
            QApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            view.openFile(path);
            view.repaint();
            open.push_back(ms(timer));
            if (view.graph()->cardCount() != 2002) {
                out << "FAIL: expected 2002 cards, got " << view.graph()->cardCount() << '\n';
                ++failures;
            }
            timer.restart();
            const Ci::Document doc = Ci::Document::parse(text);
            parseFloor.push_back(ms(timer));
        }
        const double o = median(open);
        const double p = median(parseFloor);
        out << QStringLiteral("open-to-first-paint 2,000 jobs: median %1 ms (goal < 500 ms); YAML parse alone %2 ms; ratio %3\n")
                   .arg(o, 0, 'f', 1)
                   .arg(p, 0, 'f', 1)
                   .arg(p > 0 ? o / p : 0, 0, 'f', 1);

        // 3. Graph layout for 2,000 jobs (pure layout, and layout plus scene build).
        const Ci::Model model = Ci::Model::build(Ci::Document::parse(text));
        std::vector<double> layout;
        std::vector<double> scene;
        CiGraphView graph;
        graph.resize(800, 600);
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer timer;
            timer.start();
            const GraphLayout l = GraphLayout::compute(model);
            layout.push_back(ms(timer));
            if (l.cards.size() != 2002)
                ++failures;
            graph.setModel(Ci::Model()); // so the next call builds the whole scene again
            timer.restart();
            graph.setModel(model);
            scene.push_back(ms(timer));
        }
        out << QStringLiteral("graph layout 2,000 jobs: median %1 ms; layout + scene build %2 ms\n")
                   .arg(median(layout), 0, 'f', 1)
                   .arg(median(scene), 0, 'f', 1);
    }
    out.flush();
    return failures == 0 ? 0 : 1;
}
