// Benchmark of the CI document core, reported as ratios against a floor measured in the same run:
// raw libyaml event parsing of the same bytes. Prints figures; asserts only that results are sane.
//   bench_ci [--jobs N] [--rounds R] [--corpus DIR]
#include "core/ci/editor.h"

#include <yaml.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace LabDesk::Ci;

namespace {

QByteArray generate(int jobs)
{
    QByteArray out = "# Generated benchmark pipeline\nstages:\n  - build\n  - test\n  - deploy\n\n"
                     "variables:\n  GIT_DEPTH: \"10\"\n\n"
                     ".defaults: &defaults\n  image: alpine:3.19\n  tags: [docker, linux]\n  retry: 1\n\n";
    static const char *stages[] = {"build", "test", "deploy"};
    for (int i = 0; i < jobs; ++i) {
        const char *stage = stages[i * 3 / jobs];
        out += "# job " + QByteArray::number(i) + "\n";
        out += "job-" + QByteArray::number(i) + ":\n  <<: *defaults\n  stage: " + stage + "\n";
        if (i > 0 && stage != stages[0])
            out += "  needs: [job-" + QByteArray::number(i * 3 / jobs * jobs / 3 - 1) + "]\n";
        out += "  script:\n    - echo \"building part " + QByteArray::number(i) + "\"\n    - make -j4 part"
            + QByteArray::number(i) + "\n";
        out += "  rules:\n    - if: $CI_COMMIT_BRANCH == \"main\"\n\n";
    }
    return out;
}

double rawParse(const QByteArray &bytes)
{
    QElapsedTimer timer;
    timer.start();
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                 size_t(bytes.size()));
    yaml_event_t event;
    size_t events = 0;
    while (yaml_parser_parse(&parser, &event)) {
        const bool done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        ++events;
        if (done)
            break;
    }
    yaml_parser_delete(&parser);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (events < 4)
        std::fprintf(stderr, "raw parse saw only %zu events\n", events);
    return ms;
}

double modelBuild(const QByteArray &bytes, int *jobs)
{
    QElapsedTimer timer;
    timer.start();
    const Document doc = Document::parse(bytes);
    const Model model = Model::build(doc);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *jobs = int(model.jobs().size());
    return ms;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Ratio
{
    double raw;
    double model;
    int jobs;
};

Ratio compare(const QByteArray &bytes, int rounds)
{
    std::vector<double> raw;
    std::vector<double> model;
    int jobs = 0;
    for (int i = 0; i < rounds; ++i) {
        raw.push_back(rawParse(bytes));
        model.push_back(modelBuild(bytes, &jobs));
    }
    return {median(raw), median(model), jobs};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int jobCount = 2000;
    int rounds = 15;
    QString corpus = QStringLiteral(LABDESK_SHARED_DIR "/corpus/ci-templates");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--jobs"))
            jobCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--corpus"))
            corpus = args[i + 1];
    }
    bool ok = true;

    const QByteArray generated = generate(jobCount);
    const Ratio big = compare(generated, rounds);
    std::printf("generated file: %d jobs, %lld bytes\n", jobCount, static_cast<long long>(generated.size()));
    std::printf("  raw libyaml parse  %8.2f ms (median of %d)\n", big.raw, rounds);
    std::printf("  full model build   %8.2f ms   ratio %.2fx (goal <= 3x)\n", big.model, big.model / big.raw);
    ok = ok && big.jobs == jobCount + 1; // + .defaults

    // The largest corpus template.
    QString largest;
    qint64 largestSize = 0;
    QDirIterator it(corpus, {QStringLiteral("*.yml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).size() > largestSize) {
            largestSize = QFileInfo(path).size();
            largest = path;
        }
    }
    if (!largest.isEmpty()) {
        QFile file(largest);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            const Ratio r = compare(bytes, rounds * 4);
            std::printf("largest template %s: %lld bytes, %d jobs\n", qPrintable(QFileInfo(largest).fileName()),
                        static_cast<long long>(bytes.size()), r.jobs);
            std::printf("  raw libyaml parse  %8.3f ms\n", r.raw);
            std::printf("  full model build   %8.3f ms   ratio %.2fx (goal <= 3x)\n", r.model, r.model / r.raw);
        }
    } else {
        std::printf("corpus not found (%s): template figures skipped\n", qPrintable(corpus));
    }

    // One edit + re-model on the generated file, the way the editor does it: the edit's patch
    // (or a keystroke) applied to the text, Document::update() and Model::update(). Several kinds
    // of edit, each measured on its own; the full parse + build of the same text is the peer.
    struct EditKind
    {
        const char *name;
        std::vector<double> ms;
    };
    std::vector<EditKind> kinds {{"set tags (flow list)", {}},    {"set script (block, new lines)", {}},
                                 {"keystroke in a script line", {}}, {"line break in a script", {}},
                                 {"add a job", {}},                  {"delete a job", {}},
                                 {"move a job to another stage", {}}};
    std::vector<double> all;
    std::vector<double> fullRebuild;
    QByteArray text = generated;
    Document doc = Document::parse(text);
    Model model = Model::build(doc);
    for (int round = 0; round < rounds * 2; ++round) {
        const QString job = QStringLiteral("job-%1").arg(jobCount / 4 + round * 37 % (jobCount / 2));
        for (size_t kind = 0; kind < kinds.size(); ++kind) {
            QElapsedTimer timer;
            timer.start();
            QByteArray next;
            if (kind == 2 || kind == 3) {
                const qsizetype at = text.indexOf("make -j4 part", text.indexOf(QByteArray(job.toUtf8() + ":\n")));
                next = text;
                next.insert(at + 4, kind == 2 ? QByteArray("x") : QByteArray("\n    - make"));
            } else {
                const Editor editor(doc, model);
                EditResult result;
                if (kind == 0)
                    result = editor.setKey(job, QStringLiteral("tags"), QStringLiteral("[edited-%1]").arg(round));
                else if (kind == 1)
                    result = editor.setKey(job, QStringLiteral("script"), QStringLiteral("[make, make test, 'echo %1']").arg(round));
                else if (kind == 4)
                    result = editor.addJob(QStringLiteral("added-%1").arg(round), QStringLiteral("test"));
                else if (kind == 5)
                    result = editor.deleteJob(QStringLiteral("added-%1").arg(round));
                else
                    result = editor.moveJob(job, round % 2 ? QStringLiteral("deploy") : QStringLiteral("build"));
                ok = ok && result.isOk() && result.patch.apply(text, &next);
            }
            text = next;
            const DocumentChange change = doc.update(text);
            model = Model::update(std::move(model), doc, change);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            kinds[kind].ms.push_back(ms);
            all.push_back(ms);
        }
        // The peer: parsing and building the same text from scratch.
        QElapsedTimer timer;
        timer.start();
        const Document fresh = Document::parse(text);
        const Model built = Model::build(fresh);
        fullRebuild.push_back(double(timer.nsecsElapsed()) / 1e6);
        ok = ok && fresh == doc && built == model;
    }
    ok = ok && model.job(QStringLiteral("job-%1").arg(jobCount / 4 + (rounds * 2 - 1) * 37 % (jobCount / 2)))->tags
            == QStringList {QStringLiteral("edited-%1").arg(rounds * 2 - 1)};
    std::printf("edit + re-model on the generated file (Document::update + Model::update), medians:\n");
    for (const EditKind &kind : kinds)
        std::printf("  %-32s %6.2f ms\n", kind.name, median(kind.ms));
    const double editMedian = median(all);
    const double fullMedian = median(fullRebuild);
    std::printf("  all edits                        %6.2f ms (goal < 10 ms); full parse + build %.2f ms = %.1fx\n",
                editMedian, fullMedian, fullMedian / editMedian);
    // The incremental path must beat starting over (a ratio within this run, not a time limit).
    ok = ok && editMedian < fullMedian;

    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory (max RSS): %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    std::printf(ok ? "results consistent\n" : "RESULTS INCONSISTENT\n");
    return ok ? 0 : 1;
}
