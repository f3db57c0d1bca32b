#include "citrace.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QRegularExpression>

namespace LabDesk::Sandbox {

namespace {

const QByteArray Reset = QByteArrayLiteral("\x1b[0;m");
const QByteArray EraseLine = QByteArrayLiteral("\x1b[0K");

QByteArray hexOf(const QByteArray &seed, int length)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(length);
}

struct Writer
{
    QByteArray text;
    qint64 clock = 0; // unix seconds for section markers

    void line(const QByteArray &bytes) { text += bytes + '\n'; }
    void info(const QByteArray &bytes) { text += EraseLine + bytes + Reset + '\n'; }
    void green(const QByteArray &bytes) { text += "\x1b[32;1m" + bytes + Reset + '\n'; }
    void sectionStart(const QByteArray &name, const QByteArray &title, bool collapsed = false)
    {
        text += "section_start:" + QByteArray::number(clock) + ':' + name + (collapsed ? "[collapsed=true]" : "")
                + "\r" + EraseLine + EraseLine + "\x1b[36;1m" + title + Reset + Reset + '\n';
    }
    // The runner writes the next marker right behind an end marker, on the same line.
    void sectionEnd(const QByteArray &name) { text += "section_end:" + QByteArray::number(clock) + ':' + name + "\r" + EraseLine; }
};

QByteArray runnerToken(const TraceInput &input)
{
    return "t" + QByteArray::number(qMax(1, input.runnerId)) + "_" + hexOf("runner" + QByteArray::number(input.runnerId), 7);
}

QByteArray imageOf(const TraceInput &input)
{
    return input.image.isEmpty() ? QByteArrayLiteral("alpine:3.20") : input.image.toUtf8();
}

void header(Writer &w, const TraceInput &input)
{
    const QByteArray image = imageOf(input);
    const QByteArray runner = input.runnerDescription.isEmpty() ? QByteArrayLiteral("sandbox-runner")
                                                                : input.runnerDescription.toUtf8();
    const QByteArray digest = hexOf(image, 64);
    w.info("Running with gitlab-runner 17.5.0 (66a723c3)");
    w.info("  on " + runner + " " + runnerToken(input) + ", system ID: s_" + hexOf(runner, 12));
    w.sectionStart("prepare_executor", "Preparing the \"docker\" executor");
    w.info("Using Docker executor with image " + image + " ...");
    w.info("Pulling docker image " + image + " ...");
    w.info("Using docker image sha256:" + digest + " for " + image + " with digest " + image + "@sha256:"
           + hexOf(digest, 64) + " ...");
    w.clock += 2;
    w.sectionEnd("prepare_executor");
    w.sectionStart("prepare_script", "Preparing environment", true);
    w.line("Running on runner-" + runnerToken(input).toLower().replace('_', '-') + "-project-"
           + QByteArray::number(input.projectId) + "-concurrent-0 via labdesk-sandbox...");
    w.clock += 1;
    w.sectionEnd("prepare_script");
    w.sectionStart("get_sources", "Getting source from Git repository");
    w.green("Fetching changes with git depth set to 20...");
    w.line("Initialized empty Git repository in /builds/" + input.projectPath.toUtf8() + "/.git/");
    w.green("Created fresh repository.");
    w.green("Checking out " + input.sha.left(8).toUtf8() + " as detached HEAD (ref is " + input.ref.toUtf8() + ")...");
    w.line({});
    w.green("Skipping Git submodules setup");
    w.clock += 2;
    w.sectionEnd("get_sources");
    w.sectionStart("step_script", "Executing \"step_script\" stage of the job script");
    w.info("Using docker image sha256:" + digest + " for " + image + " with digest " + image + "@sha256:"
           + hexOf(digest, 64) + " ...");
}

QString unquote(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && (text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\'')))
        && text.endsWith(text.at(0)))
        return text.mid(1, text.size() - 2);
    return text;
}

// Plausible output for a command, the same every time for the same command.
QByteArray outputFor(const QString &command, bool failing)
{
    static const QRegularExpression build(QStringLiteral("\\b(make|cmake|ninja|gcc|g\\+\\+|clang|cargo|go build|mvn|gradle|"
                                                         "npm (ci|install|run build)|yarn|pip install|docker build|meson)\\b"));
    static const QRegularExpression test(QStringLiteral("\\b(test|tests|pytest|rspec|jest|ctest|spec|check)\\b"));
    static const QRegularExpression quiet(QStringLiteral("^(cd|export|sleep|exit|true|set|source|\\.)\\b"));
    const QString trimmed = command.trimmed();
    const quint32 seed = quint32(qHash(trimmed, 0));
    QByteArray out;
    if (trimmed.startsWith(QLatin1String("echo "))) {
        out += unquote(trimmed.mid(5)).toUtf8() + '\n';
    } else if (quiet.match(trimmed).hasMatch()) {
        // no output
    } else if (build.match(trimmed).hasMatch()) {
        out += "Resolving dependencies:  12%\rResolving dependencies:  47%\rResolving dependencies: 100%, done.\n";
        const int files = 3 + int(seed % 5);
        for (int i = 1; i <= files; ++i) {
            out += "[" + QByteArray::number(i * 100 / (files + 1)).rightJustified(3, ' ') + "%] \x1b[32mBuilding CXX object "
                   "src/CMakeFiles/app.dir/unit" + QByteArray::number((seed + quint32(i) * 7) % 97) + ".cpp.o\x1b[0m\n";
        }
        if (failing) {
            out += "\x1b[1msrc/unit" + QByteArray::number(seed % 97) + ".cpp:42:7:\x1b[0m \x1b[31;1merror:\x1b[0m "
                   "use of undeclared identifier 'result'\n";
        } else {
            out += "[100%] \x1b[32;1mLinking CXX executable app\x1b[0m\n[100%] Built target app\n";
        }
    } else if (test.match(trimmed).hasMatch()) {
        const int total = 12 + int(seed % 40);
        out += "Running " + QByteArray::number(total) + " tests\n";
        for (int i = 0; i < qMin(total, 6); ++i) {
            out += "  \x1b[32m\xe2\x9c\x93\x1b[0m test_case_" + QByteArray::number((seed >> 3) % 50 + quint32(i))
                   + " (" + QByteArray::number(3 + (seed + quint32(i)) % 90) + " ms)\n";
        }
        out += "  ...\n";
        if (failing) {
            out += "  \x1b[31m\xe2\x9c\x97\x1b[0m test_case_" + QByteArray::number(seed % 50)
                   + "\n      Expected: 200\n      Actual:   500\n\x1b[31;1m1 failed\x1b[0m, "
                   + QByteArray::number(total - 1) + " passed in " + QByteArray::number(1 + seed % 9) + "."
                   + QByteArray::number(seed % 100) + "s\n";
        } else {
            out += "\x1b[32;1m" + QByteArray::number(total) + " passed\x1b[0m in " + QByteArray::number(1 + seed % 9) + "."
                   + QByteArray::number(seed % 100) + "s\n";
        }
    } else if (failing) {
        out += "\x1b[31mError: " + trimmed.section(QLatin1Char(' '), 0, 0).toUtf8() + " exited with status 1\x1b[0m\n";
    } else {
        out += "Working:  0%\rWorking: " + QByteArray::number(20 + seed % 60) + "%\rWorking: 100%\n";
    }
    return out;
}

bool failsHere(const QString &line)
{
    static const QRegularExpression failing(QStringLiteral("\\bexit\\s+0*[1-9]\\d*\\b|\\bfail\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return failing.match(line).hasMatch();
}

void footer(Writer &w, const TraceInput &input)
{
    w.clock += 1;
    w.sectionEnd("step_script");
    if (!input.afterScript.isEmpty()) {
        w.sectionStart("after_script", "Running after_script");
        w.green("Running after script...");
        for (const QString &command : input.afterScript) {
            w.green("$ " + command.toUtf8());
            w.text += outputFor(command, false);
        }
        w.clock += 1;
        w.sectionEnd("after_script");
    }
    w.sectionStart("cleanup_file_variables", "Cleaning up project directory and file based variables");
    w.clock += 1;
    w.sectionEnd("cleanup_file_variables");
    if (input.fails)
        w.text += "\x1b[31;1mERROR: Job failed: exit code 1\n" + Reset + '\n';
    else
        w.text += "\x1b[32;1mJob succeeded" + Reset + '\n';
}

} // namespace

TraceText buildTrace(const TraceInput &input)
{
    TraceText result;
    Writer w;
    w.clock = (input.started.isValid() ? input.started : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    header(w, input);
    result.parts << w.text;

    // The script's lines and their output, spread over the ticks the job runs.
    static const QRegularExpression build(QStringLiteral("\\b(make|cmake|ninja|gcc|g\\+\\+|clang|cargo|go build|mvn|gradle|npm|yarn|pip|docker|meson)\\b"));
    static const QRegularExpression test(QStringLiteral("\\b(test|tests|pytest|rspec|jest|ctest|spec|check|vet|lint)\\b"));
    QList<QByteArray> lines;
    qsizetype fillAt = -1;
    QString lastCommand;
    for (const QString &command : input.beforeScript + input.script) {
        const bool failingHere = input.fails && input.script.contains(command) && failsHere(command);
        lines << "\x1b[32;1m$ " + command.toUtf8() + Reset + '\n';
        fillAt = lines.size();
        lastCommand = command;
        for (const QByteArray &line : outputFor(command, failingHere).split('\n')) {
            if (!line.isEmpty())
                lines << line + '\n';
        }
        if (failingHere)
            break;
    }
    const int pieces = qMax(1, input.parts - 1);
    // A long job keeps printing: progress of its last command, so the log grows on every tick.
    QList<QByteArray> filler;
    const int missing = int(pieces - lines.size());
    for (int i = 0; i < missing; ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        if (test.match(lastCommand).hasMatch())
            filler << (i % 2 == 0 ? QByteArray("=== RUN   TestCase" + QByteArray::number(i / 2 + 1) + '\n')
                                  : QByteArray("--- PASS: TestCase" + QByteArray::number(i / 2 + 1) + " (0." + QByteArray::number(10 + i % 80) + "s)\n"));
        else if (build.match(lastCommand).hasMatch())
            filler << "[" + QByteArray::number((i + 1) * 100 / (missing + 1)).rightJustified(3, ' ') + "%] \x1b[32mBuilding object unit"
                          + n + ".o\x1b[0m\n";
        else
            filler << "Progress: " + QByteArray::number((i + 1) * 100 / (missing + 1)) + "% (" + n + "/" + QByteArray::number(missing)
                          + ")" + (i + 1 == missing ? '\n' : '\r');
    }
    if (fillAt >= 0) {
        for (qsizetype i = 0; i < filler.size(); ++i)
            lines.insert(fillAt + i, filler.at(i));
    }
    for (int p = 0; p < pieces; ++p) {
        QByteArray part;
        const qsizetype from = lines.size() * p / pieces;
        const qsizetype to = lines.size() * (p + 1) / pieces;
        for (qsizetype i = from; i < to; ++i)
            part += lines.at(i);
        result.parts << part;
    }

    Writer end;
    end.clock = w.clock + 1 + qint64(pieces) / 3;
    footer(end, input);
    result.ending = end.text;
    return result;
}

namespace {

// Appends without temporaries: the 50 MB log is some 600,000 lines and must take well under a second.
struct FastBuffer
{
    QByteArray bytes;

    void add(const char *text, qsizetype length) { bytes.append(text, length); }
    template<qsizetype N>
    void add(const char (&text)[N]) { bytes.append(text, N - 1); }
    void add(const QByteArray &text) { bytes.append(text); }
    void add(char c) { bytes.append(c); }
    void number(qint64 value, int width = 0, char pad = ' ')
    {
        char digits[24];
        int n = 0;
        const bool negative = value < 0;
        quint64 v = negative ? quint64(-value) : quint64(value);
        do {
            digits[n++] = char('0' + v % 10);
            v /= 10;
        } while (v);
        if (negative)
            digits[n++] = '-';
        for (int i = n; i < width; ++i)
            bytes.append(pad);
        while (n)
            bytes.append(digits[--n]);
    }
};

} // namespace

void writeLargeBuildTrace(const TraceInput &input, qint64 bytes, QIODevice *device)
{
    Writer w;
    w.clock = (input.started.isValid() ? input.started : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    header(w, input);
    w.green("$ cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo");
    w.line("-- The CXX compiler identification is GNU 12.2.0");
    w.line("-- Detecting CXX compiler ABI info - done");
    w.line("-- Configuring done (2.4s)\n-- Generating done (0.3s)\n-- Build files have been written to: /builds/"
           + input.projectPath.toUtf8() + "/build");
    w.green("$ cmake --build build --parallel 8");
    qint64 written = 0;
    device->write(w.text);
    written += w.text.size();

    constexpr qsizetype Chunk = 4 << 20;
    FastBuffer out;
    out.bytes.reserve(Chunk + 4096);
    qint64 line = 0;
    qint64 module = 0;
    qint64 clock = w.clock;
    const qint64 budget = qMax<qint64>(bytes - 2048, 0);
    const auto sectionEnd = [&] {
        out.add("section_end:");
        out.number(clock);
        out.add(":build_module_");
        out.number(module);
        out.add("\r\x1b[0K");
    };
    while (written + out.bytes.size() < budget) {
        const qint64 index = line % 20000;
        if (index == 0) {
            if (line > 0) {
                sectionEnd();
                ++module;
            }
            out.add("section_start:");
            out.number(clock);
            out.add(":build_module_");
            out.number(module);
            out.add("[collapsed=true]\r\x1b[0K\x1b[0K\x1b[36;1mBuilding module ");
            out.number(module);
            out.add("\x1b[0;m\x1b[0;m\n");
        }
        const qint64 percent = (written + out.bytes.size()) * 100 / qMax<qint64>(1, budget);
        out.add('[');
        out.number(percent, 3);
        out.add("%] \x1b[32mBuilding CXX object src/module");
        out.number(module);
        out.add("/CMakeFiles/module");
        out.number(module);
        out.add(".dir/file");
        out.number(index, 5, '0');
        out.add(".cpp.o\x1b[0m\n");
        if (line % 37 == 5) {
            out.add("\x1b[1msrc/module");
            out.number(module);
            out.add("/file");
            out.number(index, 5, '0');
            out.add(".cpp:");
            out.number(10 + line % 400);
            out.add(':');
            out.number(1 + line % 60);
            out.add(":\x1b[0m \x1b[35;1mwarning:\x1b[0m unused variable 'tmp");
            out.number(line % 97);
            out.add("' [\x1b[35;1m-Wunused-variable\x1b[0m]\n");
        }
        if (line % 251 == 17)
            out.add("Compressing objects:  12% (3/24)\rCompressing objects:  58% (14/24)\rCompressing objects: 100% (24/24), done.\n");
        if (line % 1000 == 999) {
            out.add('[');
            out.number(percent, 3);
            out.add("%] \x1b[32;1mLinking CXX static library libmodule");
            out.number(module);
            out.add(".a\x1b[0m\n");
            ++clock;
        }
        ++line;
        if (out.bytes.size() >= Chunk) {
            device->write(out.bytes);
            written += out.bytes.size();
            out.bytes.resize(0);
        }
    }
    sectionEnd();
    out.add("[100%] \x1b[32;1mBuilt target app\x1b[0m\n");
    device->write(out.bytes);

    Writer end;
    end.clock = clock + 1;
    TraceInput closing = input;
    closing.afterScript.clear();
    footer(end, closing);
    device->write(end.text);
}

} // namespace LabDesk::Sandbox
