#include "cicommands.h"

#include "commands.h"
#include "core/ci/document.h"
#include "core/ci/editor.h"
#include "core/ci/model.h"
#include "core/ci/simulation.h"
#include "core/ci/validator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <cstdio>

namespace LabDesk::Cli {

using namespace LabDesk::Ci;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "labctl ci: " << message << '\n';
    return 2;
}

int usageFail(const QString &message)
{
    QTextStream(stderr) << "labctl ci: " << message << '\n' << ciUsage();
    return 2;
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeJson(const QJsonObject &object)
{
    writeOut(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// Shared argument scanning: FILE plus options with values; flags listed in `flags`.
struct Args
{
    QString file;
    QMultiMap<QString, QString> options; // option name -> value(s), in order
    QSet<QString> flags;
    QString error;

    QString value(const QString &name, const QString &fallback = {}) const
    {
        const auto values = options.values(name);
        return values.isEmpty() ? fallback : values.constLast();
    }
    QStringList values(const QString &name) const
    {
        QStringList list = options.values(name);
        std::reverse(list.begin(), list.end()); // QMultiMap returns the latest first
        return list;
    }
};

Args scan(const QStringList &args, const QStringList &withValue, const QStringList &flags)
{
    Args result;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            const bool inlineValue = eq > 0;
            if (inlineValue) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (flags.contains(name)) {
                result.flags.insert(name);
            } else if (withValue.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        result.error = Labctl::tr("option --%1 needs a value").arg(name);
                        return result;
                    }
                    value = args[++i];
                }
                result.options.insert(name, value);
            } else {
                result.error = Labctl::tr("unknown option '%1'").arg(arg);
                return result;
            }
        } else if (result.file.isEmpty()) {
            result.file = arg;
        } else {
            result.error = Labctl::tr("unexpected argument '%1'").arg(arg);
            return result;
        }
    }
    if (result.file.isEmpty() && result.error.isEmpty())
        result.error = Labctl::tr("missing FILE");
    return result;
}

bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Labctl::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

// "FILE:LINE:COLUMN: message" for a document that does not parse.
QString parseError(const QString &file, const Document &doc)
{
    return Labctl::tr("%1:%2:%3: %4").arg(file).arg(doc.error().line).arg(doc.error().column).arg(doc.error().message);
}

// Reads and parses a file; false with a message when it cannot be read or is not valid YAML.
bool readDocument(const QString &path, Document *doc, QString *error)
{
    QByteArray bytes;
    if (!readFile(path, &bytes, error))
        return false;
    *doc = Document::parse(bytes);
    if (!doc->isValid()) {
        *error = parseError(path, *doc);
        return false;
    }
    return true;
}

ModelOptions modelOptions(const Args &args)
{
    ModelOptions options;
    options.rootDir = args.value(QStringLiteral("root"), QFileInfo(args.file).absolutePath());
    return options;
}

int lint(const QStringList &argv)
{
    const Args args = scan(argv,
                           {QStringLiteral("default-branch"), QStringLiteral("branches"), QStringLiteral("runner"),
                            QStringLiteral("root")},
                           {QStringLiteral("json"), QStringLiteral("no-runners")});
    if (!args.error.isEmpty())
        return usageFail(args.error);
    QByteArray bytes;
    QString error;
    if (!readFile(args.file, &bytes, &error))
        return fail(error);
    const Document doc = Document::parse(bytes);
    const Model model = Model::build(doc, modelOptions(args));
    ValidationContext context;
    context.defaultBranch = args.value(QStringLiteral("default-branch"));
    for (const QString &list : args.values(QStringLiteral("branches")))
        context.branches += list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!context.defaultBranch.isEmpty() && !context.branches.isEmpty()
        && !context.branches.contains(context.defaultBranch))
        context.branches << context.defaultBranch;
    const QStringList runners = args.values(QStringLiteral("runner"));
    context.runnersKnown = !runners.isEmpty() || args.flags.contains(QStringLiteral("no-runners"));
    for (QString spec : runners) {
        ValidationContext::Runner runner;
        if (spec.endsWith(QLatin1String(":untagged"))) {
            runner.runUntagged = true;
            spec.chop(9);
        }
        runner.tags = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
        context.runners << runner;
    }
    const Diagnostics diagnostics = Validator::validate(doc, model, context);
    bool valid = true;
    for (const Diagnostic &d : diagnostics)
        valid = valid && !d.isError();
    if (args.flags.contains(QStringLiteral("json"))) {
        QJsonArray errors;
        QJsonArray warnings;
        for (const Diagnostic &d : diagnostics)
            (d.isError() ? errors : warnings).append(d.toJson());
        writeJson({{QStringLiteral("valid"), valid},
                   {QStringLiteral("errors"), errors},
                   {QStringLiteral("warnings"), warnings}});
    } else {
        QTextStream out(stdout);
        for (const Diagnostic &d : diagnostics) {
            const QString severity = d.isError()              ? Labctl::tr("error")
                : d.severity == Diagnostic::Severity::Warning ? Labctl::tr("warning")
                                                              : Labctl::tr("note");
            out << (d.file.isEmpty() ? args.file : d.file) << ':' << d.line << ':' << d.column << ": " << severity
                << ": " << d.message << " [" << d.code << "]\n";
        }
        if (valid)
            out << Labctl::tr("%1 is valid.").arg(args.file) << '\n';
    }
    return valid ? 0 : 1;
}

// Instance names a need points to (all instances of a parallel job, or the matrix-selected ones).
QStringList needTargets(const Model &model, const Need &need)
{
    const Job *target = model.job(need.job);
    if (!target)
        return {need.job};
    const QStringList names = model.instanceNames(need.job);
    if (!need.matrix.isSequence() || target->matrix.isEmpty())
        return names;
    QStringList selected;
    for (const Job &instance : model.instances()) {
        if (instance.instanceOf != need.job)
            continue;
        for (const Value &filter : need.matrix.items()) {
            bool all = true;
            for (const Value::Entry &entry : filter.entries())
                all = all && instance.instanceVariables.value(entry.first) == entry.second.text();
            if (all) {
                selected << instance.name;
                break;
            }
        }
    }
    return selected;
}

int graph(const QStringList &argv)
{
    const Args args = scan(argv, {QStringLiteral("root")}, {QStringLiteral("json")});
    if (!args.error.isEmpty())
        return usageFail(args.error);
    Document doc;
    QString error;
    if (!readDocument(args.file, &doc, &error))
        return fail(error);
    const Model model = Model::build(doc, modelOptions(args));
    QJsonArray jobs;
    QTextStream out(stdout);
    const bool json = args.flags.contains(QStringLiteral("json"));
    for (const Job &job : model.instances()) {
        QStringList needs;
        for (const Need &need : job.needs) {
            if (need.isLocal())
                needs += needTargets(model, need);
        }
        if (json) {
            jobs.append(QJsonObject {{QStringLiteral("name"), job.name},
                                     {QStringLiteral("stage"), job.stage},
                                     {QStringLiteral("needs"), QJsonArray::fromStringList(needs)},
                                     {QStringLiteral("when"), job.when},
                                     {QStringLiteral("tags"), QJsonArray::fromStringList(job.tags)},
                                     {QStringLiteral("line"), job.line}});
        }
    }
    if (json) {
        writeJson(
            {{QStringLiteral("stages"), QJsonArray::fromStringList(model.stages())}, {QStringLiteral("jobs"), jobs}});
        return 0;
    }
    for (const QString &stage : model.stages()) {
        bool header = false;
        for (const Job &job : model.instances()) {
            if (job.stage != stage)
                continue;
            if (!header)
                out << stage << '\n';
            header = true;
            QStringList needs;
            for (const Need &need : job.needs)
                needs << need.job;
            out << "  " << job.name;
            if (job.hasNeeds)
                out << "  <- " << (needs.isEmpty() ? QStringLiteral("[]") : needs.join(QLatin1String(", ")));
            out << '\n';
        }
    }
    return 0;
}

int expand(const QStringList &argv)
{
    const Args args = scan(argv, {QStringLiteral("root")}, {});
    if (!args.error.isEmpty())
        return usageFail(args.error);
    Document doc;
    QString error;
    if (!readDocument(args.file, &doc, &error))
        return fail(error);
    const Model model = Model::build(doc, modelOptions(args));
    writeOut(model.merged().toYaml());
    for (const Diagnostic &d : model.diagnostics()) {
        if (d.isError()) {
            QTextStream(stderr) << args.file << ':' << d.line << ':' << d.column << ": " << d.message << " [" << d.code
                                << "]\n";
        }
    }
    return 0;
}

int which(const QStringList &argv)
{
    const Args args = scan(argv,
                           {QStringLiteral("ref"), QStringLiteral("source"), QStringLiteral("var"),
                            QStringLiteral("changed"), QStringLiteral("default-branch"), QStringLiteral("root")},
                           {QStringLiteral("json"), QStringLiteral("tag")});
    if (!args.error.isEmpty())
        return usageFail(args.error);
    if (args.value(QStringLiteral("ref")).isEmpty())
        return usageFail(Labctl::tr("which needs --ref"));
    Document doc;
    QString error;
    if (!readDocument(args.file, &doc, &error))
        return fail(error);
    const ModelOptions options = modelOptions(args);
    const Model model = Model::build(doc, options);
    PipelineInput input;
    input.ref = args.value(QStringLiteral("ref"));
    input.isTag = args.flags.contains(QStringLiteral("tag"));
    if (input.ref.startsWith(QLatin1String("refs/tags/"))) {
        input.isTag = true;
        input.ref = input.ref.mid(10);
    } else if (input.ref.startsWith(QLatin1String("refs/heads/"))) {
        input.ref = input.ref.mid(11);
    }
    input.source = args.value(QStringLiteral("source"), QStringLiteral("push"));
    input.defaultBranch = args.value(QStringLiteral("default-branch"), QStringLiteral("main"));
    input.rootDir = options.rootDir;
    input.changedFiles = args.values(QStringLiteral("changed"));
    for (const QString &var : args.values(QStringLiteral("var"))) {
        const qsizetype eq = var.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageFail(Labctl::tr("--var needs KEY=VALUE, not '%1'").arg(var));
        input.variables.insert(var.left(eq), var.mid(eq + 1));
    }
    const SimulationResult result = Simulation::run(model, input);
    if (args.flags.contains(QStringLiteral("json"))) {
        QJsonArray jobs;
        for (const JobDecision &d : result.jobs) {
            QJsonObject job {{QStringLiteral("name"), d.job},
                             {QStringLiteral("runs"), d.runs},
                             {QStringLiteral("when"), d.when},
                             {QStringLiteral("reason"), d.reason},
                             {QStringLiteral("line"), d.line}};
            if (d.ruleIndex >= 0)
                job.insert(QStringLiteral("rule"), d.ruleIndex);
            jobs.append(job);
        }
        QJsonObject object {{QStringLiteral("pipeline"), result.pipelineCreated}, {QStringLiteral("jobs"), jobs}};
        if (!result.workflowReason.isEmpty())
            object.insert(QStringLiteral("workflow"), result.workflowReason);
        writeJson(object);
        return 0;
    }
    QTextStream out(stdout);
    if (!result.workflowReason.isEmpty())
        out << Labctl::tr("workflow: %1").arg(result.workflowReason) << '\n';
    for (const JobDecision &d : result.jobs) {
        out << (d.runs ? QStringLiteral("run   ") : QStringLiteral("skip  ")) << d.job;
        if (d.runs)
            out << " (" << d.when << ')';
        out << "  " << d.reason << '\n';
    }
    return 0;
}

// Splits JOB.KEY at the longest job name that is a prefix.
bool splitJobKey(const Model &model, const QString &path, QString *job, QString *key)
{
    for (qsizetype dot = path.lastIndexOf(QLatin1Char('.')); dot > 0;
         dot = path.lastIndexOf(QLatin1Char('.'), dot - 1)) {
        if (model.job(path.left(dot))) {
            *job = path.left(dot);
            *key = path.mid(dot + 1);
            return !key->isEmpty();
        }
    }
    return false;
}

int edit(const QStringList &argv)
{
    QString file;
    bool dryRun = false;
    QString root;
    struct Op
    {
        QString name;
        QStringList values;
    };
    QVector<Op> ops;
    static const QHash<QString, int> arity {{QStringLiteral("set"), 1},           {QStringLiteral("unset"), 1},
                                            {QStringLiteral("add-job"), 1},       {QStringLiteral("rename-job"), 2},
                                            {QStringLiteral("delete-job"), 1},    {QStringLiteral("move-job"), 2},
                                            {QStringLiteral("add-need"), 2},      {QStringLiteral("remove-need"), 2},
                                            {QStringLiteral("add-stage"), 1},     {QStringLiteral("remove-stage"), 1},
                                            {QStringLiteral("duplicate-job"), 2}, {QStringLiteral("reorder-stages"), 1},
                                            {QStringLiteral("stage"), 1},         {QStringLiteral("before"), 1},
                                            {QStringLiteral("root"), 1}};
    for (int i = 0; i < argv.size(); ++i) {
        const QString arg = argv[i];
        if (arg == QLatin1String("--dry-run")) {
            dryRun = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            if (!file.isEmpty())
                return usageFail(Labctl::tr("unexpected argument '%1'").arg(arg));
            file = arg;
            continue;
        }
        const QString name = arg.mid(2);
        if (!arity.contains(name))
            return usageFail(Labctl::tr("unknown option '%1'").arg(arg));
        const int n = arity.value(name);
        if (i + n >= argv.size())
            return usageFail(Labctl::tr("option %1 needs %n value(s)", nullptr, n).arg(arg));
        const QStringList values = argv.mid(i + 1, n);
        i += n;
        if (name == QLatin1String("root")) {
            root = values.front();
        } else if (name == QLatin1String("stage") || name == QLatin1String("before")) {
            const QString owner
                = name == QLatin1String("stage") ? QStringLiteral("add-job") : QStringLiteral("add-stage");
            if (ops.isEmpty() || ops.last().name != owner || ops.last().values.size() != 1)
                return usageFail(Labctl::tr("%1 belongs right after --%2").arg(arg, owner));
            ops.last().values << values.front();
        } else {
            ops.append({name, values});
        }
    }
    if (file.isEmpty())
        return usageFail(Labctl::tr("missing FILE"));
    if (ops.isEmpty())
        return usageFail(Labctl::tr("edit needs at least one operation"));
    QByteArray original;
    QString error;
    if (!readFile(file, &original, &error))
        return fail(error);
    ModelOptions options;
    options.rootDir = root.isEmpty() ? QFileInfo(file).absolutePath() : root;
    QByteArray text = original;
    QStringList findings;
    for (const Op &op : ops) {
        const Document doc = Document::parse(text);
        if (!doc.isValid())
            return fail(parseError(file, doc));
        const Model model = Model::build(doc, options);
        const Editor editor(doc, model);
        EditResult result;
        const QStringList &v = op.values;
        if (op.name == QLatin1String("set") || op.name == QLatin1String("unset")) {
            QString path = v.front();
            QString value;
            if (op.name == QLatin1String("set")) {
                const qsizetype eq = path.indexOf(QLatin1Char('='));
                if (eq <= 0)
                    return usageFail(Labctl::tr("--set needs JOB.KEY=VALUE, not '%1'").arg(path));
                value = path.mid(eq + 1);
                path = path.left(eq);
            }
            QString job;
            QString key;
            if (!splitJobKey(model, path, &job, &key))
                return fail(Labctl::tr("%1 does not name a job's keyword (JOB.KEY)").arg(path));
            result = op.name == QLatin1String("set") ? editor.setKey(job, key, value) : editor.unsetKey(job, key);
        } else if (op.name == QLatin1String("add-job")) {
            if (v.size() < 2)
                return usageFail(Labctl::tr("--add-job NAME needs --stage S"));
            result = editor.addJob(v[0], v[1]);
        } else if (op.name == QLatin1String("rename-job")) {
            result = editor.renameJob(v[0], v[1]);
        } else if (op.name == QLatin1String("delete-job")) {
            result = editor.deleteJob(v[0]);
        } else if (op.name == QLatin1String("duplicate-job")) {
            result = editor.duplicateJob(v[0], v[1]);
        } else if (op.name == QLatin1String("move-job")) {
            result = editor.moveJob(v[0], v[1]);
        } else if (op.name == QLatin1String("add-need")) {
            result = editor.addNeed(v[0], v[1]);
        } else if (op.name == QLatin1String("remove-need")) {
            result = editor.removeNeed(v[0], v[1]);
        } else if (op.name == QLatin1String("add-stage")) {
            result = editor.addStage(v[0], v.value(1));
        } else if (op.name == QLatin1String("remove-stage")) {
            result = editor.removeStage(v[0]);
        } else if (op.name == QLatin1String("reorder-stages")) {
            result = editor.reorderStages(v[0].split(QLatin1Char(','), Qt::SkipEmptyParts));
        }
        if (!result.isOk())
            return fail(result.error);
        findings += result.danglingNeeds;
        QByteArray next;
        if (!result.patch.apply(text, &next))
            return fail(Labctl::tr("internal error: the edit does not apply"));
        text = next;
    }
    if (!Document::parse(text).isValid())
        return fail(Labctl::tr("the edits would make the file invalid YAML; nothing written"));
    for (const QString &finding : std::as_const(findings))
        QTextStream(stderr) << Labctl::tr("labctl ci: warning: need left dangling: %1").arg(finding) << '\n';
    if (dryRun) {
        const Patch whole({Replacement {Span {0, original.size()}, text, original}});
        writeOut(whole.unifiedDiff(original, QFileInfo(file).fileName()));
    } else if (text != original) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
            return fail(Labctl::tr("cannot write %1: %2").arg(file, out.errorString()));
    }
    return findings.isEmpty() ? 0 : 1;
}

} // namespace

QString ciUsage()
{
    return Labctl::tr(
        "  ci lint FILE [--json] [--default-branch B] [--branches a,b] [--runner TAGS[:untagged]]... [--root DIR]\n"
        "                 Validate a .gitlab-ci.yml. Exit 1 when it has errors.\n"
        "  ci graph FILE [--json]\n"
        "                 Stages and jobs after expansion, with their needs.\n"
        "  ci edit FILE OP... [--dry-run]\n"
        "                 OPs: --set JOB.KEY=VALUE, --unset JOB.KEY, --add-job NAME --stage S,\n"
        "                 --rename-job OLD NEW, --duplicate-job NAME NEW, --delete-job NAME, --move-job NAME STAGE,\n"
        "                 --add-need JOB NEED, --remove-need JOB NEED, --add-stage S [--before T],\n"
        "                 --remove-stage S, --reorder-stages a,b,c. Writes in place, or prints a diff.\n"
        "  ci expand FILE  Print the merged YAML (includes, extends and !reference resolved).\n"
        "  ci which FILE --ref R [--tag] [--source push] [--var K=V]... [--changed PATH]... [--json]\n"
        "                 Which jobs a pipeline for R would run, and why.\n");
}

int ci(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usageFail(Labctl::tr("ci needs a subcommand"));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("lint"))
        return lint(args);
    if (sub == QLatin1String("graph"))
        return graph(args);
    if (sub == QLatin1String("edit"))
        return edit(args);
    if (sub == QLatin1String("expand"))
        return expand(args);
    if (sub == QLatin1String("which"))
        return which(args);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream(stdout) << ciUsage();
        return 0;
    }
    return usageFail(Labctl::tr("unknown ci subcommand '%1'").arg(sub));
}

} // namespace LabDesk::Cli
