#include "validator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace LabDesk::Ci {

namespace {

using Severity = Diagnostic::Severity;

const QStringList &whenValues()
{
    static const QStringList values {QStringLiteral("on_success"), QStringLiteral("on_failure"),
                                     QStringLiteral("always"),     QStringLiteral("manual"),
                                     QStringLiteral("delayed"),    QStringLiteral("never")};
    return values;
}

const QStringList &defaultKeywords()
{
    static const QStringList keywords {
        QStringLiteral("after_script"), QStringLiteral("artifacts"),     QStringLiteral("before_script"),
        QStringLiteral("cache"),        QStringLiteral("hooks"),         QStringLiteral("id_tokens"),
        QStringLiteral("image"),        QStringLiteral("interruptible"), QStringLiteral("retry"),
        QStringLiteral("services"),     QStringLiteral("tags"),          QStringLiteral("timeout")};
    return keywords;
}

const QStringList &ruleKeywords()
{
    static const QStringList keywords {
        QStringLiteral("if"),    QStringLiteral("changes"),       QStringLiteral("exists"),
        QStringLiteral("when"),  QStringLiteral("allow_failure"), QStringLiteral("variables"),
        QStringLiteral("needs"), QStringLiteral("start_in"),      QStringLiteral("interruptible")};
    return keywords;
}

// Keywords whose values are meant to be booleans: no YAML 1.1 warning there.
const QStringList &booleanKeys()
{
    static const QStringList keys {
        QStringLiteral("allow_failure"), QStringLiteral("interruptible"),  QStringLiteral("optional"),
        QStringLiteral("artifacts"),     QStringLiteral("public"),         QStringLiteral("untracked"),
        QStringLiteral("expand_vars"),   QStringLiteral("expand"),         QStringLiteral("default"),
        QStringLiteral("variables"),     QStringLiteral("yaml_variables"), QStringLiteral("pipeline_variables"),
        QStringLiteral("expose_as"),     QStringLiteral("fallback_keys"),  QStringLiteral("manual_confirmation"),
        QStringLiteral("auto_cancel")};
    return keys;
}

// Job keywords that make no sense as job names: at the top level they are misplaced keywords.
const QStringList &reservedNames()
{
    static const QStringList names {
        QStringLiteral("script"),        QStringLiteral("stage"),   QStringLiteral("tags"),
        QStringLiteral("when"),          QStringLiteral("needs"),   QStringLiteral("rules"),
        QStringLiteral("only"),          QStringLiteral("except"),  QStringLiteral("artifacts"),
        QStringLiteral("dependencies"),  QStringLiteral("extends"), QStringLiteral("allow_failure"),
        QStringLiteral("retry"),         QStringLiteral("timeout"), QStringLiteral("parallel"),
        QStringLiteral("interruptible"), QStringLiteral("inherit"), QStringLiteral("type")};
    return names;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1);
    std::vector<int> cur(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

class Checker
{
public:
    Checker(const Document &doc, const Model &model, const ValidationContext &context)
        : d(doc)
        , m(model)
        , c(context)
    { }

    Diagnostics run()
    {
        if (!d.isValid()) {
            add(Severity::Error, QStringLiteral("yaml-syntax"),
                Validator::tr("YAML syntax error: %1").arg(d.error().message), d.error().line, d.error().column);
            return out;
        }
        for (const Diagnostic &diagnostic : m.diagnostics())
            out << diagnostic;
        duplicateKeys();
        yaml11();
        structure();
        semantics();
        contextChecks();
        std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.line < b.line || (a.line == b.line && a.column < b.column);
        });
        return out;
    }

private:
    void add(Severity severity, const QString &code, const QString &message, int line, int column,
             const QString &job = {})
    {
        Diagnostic diagnostic;
        diagnostic.severity = severity;
        diagnostic.code = code;
        diagnostic.message = message;
        diagnostic.line = line;
        diagnostic.column = column;
        diagnostic.job = job;
        out << diagnostic;
    }

    void addAt(NodeId node, Severity severity, const QString &code, const QString &message, const QString &job = {})
    {
        const Node &n = d.node(node);
        add(severity, code, message, n.line, n.column, job);
    }

    void duplicateKeys()
    {
        const std::vector<Node> &nodes = d.nodes();
        for (size_t id = 0; id < nodes.size(); ++id) {
            const Node &n = nodes[id];
            if (!n.isMapping() || n.children.size() < 4)
                continue;
            QSet<QString> seen;
            for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
                const Node &key = d.node(n.children[i]);
                if (!key.isScalar() || key.scalar == QLatin1String("<<"))
                    continue;
                if (seen.contains(key.scalar))
                    addAt(n.children[i], Severity::Error, QStringLiteral("duplicate-key"),
                          Validator::tr("Duplicate key %1: the last one wins, the earlier one is ignored.")
                              .arg(key.scalar));
                seen.insert(key.scalar);
            }
        }
    }

    void yaml11()
    {
        static const QRegularExpression boolWord(QStringLiteral("^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$"));
        static const QRegularExpression octal(QStringLiteral("^[-+]?0[0-7_]+$"));
        static const QRegularExpression sexagesimal(QStringLiteral("^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$"));
        const std::vector<Node> &nodes = d.nodes();
        // For each node, its key node when it is a mapping value, itself when it is a key.
        std::vector<NodeId> keyOf(nodes.size(), -1);
        for (size_t id = 0; id < nodes.size(); ++id) {
            if (!nodes[id].isMapping())
                continue;
            const std::vector<NodeId> &children = nodes[id].children;
            for (size_t i = 0; i + 1 < children.size(); i += 2) {
                keyOf[size_t(children[i])] = children[i];
                keyOf[size_t(children[i + 1])] = children[i];
            }
        }
        for (size_t id = 0; id < nodes.size(); ++id) {
            const Node &n = nodes[id];
            if (!n.isScalar() || n.style != Node::Style::Plain || !n.tag.isEmpty() || n.parent < 0)
                continue;
            const Node &parent = d.node(n.parent);
            QString key;
            if (parent.isMapping()) {
                if (keyOf[id] == NodeId(id)) {
                    if (boolWord.match(n.scalar).hasMatch())
                        addAt(NodeId(id), Severity::Warning, QStringLiteral("yaml11-boolean"),
                              Validator::tr("The unquoted key %1 is a boolean in YAML 1.1; quote it.").arg(n.scalar));
                    continue;
                }
                key = keyOf[id] >= 0 ? d.node(keyOf[id]).scalar : QString();
            }
            if (boolWord.match(n.scalar).hasMatch() && !booleanKeys().contains(key))
                addAt(
                    NodeId(id), Severity::Warning, QStringLiteral("yaml11-boolean"),
                    Validator::tr("The unquoted %1 is the boolean %2 in YAML 1.1 (GitLab reads it so); quote it if you "
                                  "mean the word.")
                        .arg(n.scalar,
                             Value::scalar(n.scalar, true).toBool() ? QStringLiteral("true")
                                                                    : QStringLiteral("false")));
            else if (octal.match(n.scalar).hasMatch())
                addAt(NodeId(id), Severity::Warning, QStringLiteral("yaml11-octal"),
                      Validator::tr("The unquoted %1 is the octal number %2 in YAML 1.1; quote it to keep the digits.")
                          .arg(n.scalar)
                          .arg(Value::scalar(n.scalar, true).toInt()));
            else if (sexagesimal.match(n.scalar).hasMatch())
                addAt(NodeId(id), Severity::Warning, QStringLiteral("yaml11-sexagesimal"),
                      Validator::tr("The unquoted %1 is the base-60 number %2 in YAML 1.1; quote it.")
                          .arg(n.scalar)
                          .arg(Value::scalar(n.scalar, true).toInt()));
        }
    }

    bool isStringList(NodeId id) const
    {
        const Node &n = d.node(d.resolved(id));
        if (!n.isSequence())
            return false;
        for (NodeId child : n.children) {
            if (!d.node(d.resolved(child)).isScalar())
                return false;
        }
        return true;
    }

    bool isScript(NodeId id) const
    {
        const Node &n = d.node(d.resolved(id));
        if (n.isScalar())
            return true;
        if (!n.isSequence())
            return false;
        if (n.tag == "!reference")
            return true;
        for (NodeId child : n.children) {
            const Node &item = d.node(d.resolved(child));
            if (item.isScalar() || (item.isSequence() && (item.tag == "!reference" || isStringList(child))))
                continue;
            return false;
        }
        return true;
    }

    void typeError(NodeId value, const QString &context, const QString &expected, const QString &job)
    {
        addAt(value, Severity::Error, QStringLiteral("invalid-type"),
              Validator::tr("%1 should be %2.").arg(context, expected), job);
    }

    // Checks one keyword's value (used for jobs and default:).
    void checkKeyword(const QString &key, NodeId valueId, const QString &job, const QString &context)
    {
        const Node &v = d.node(d.resolved(valueId));
        if (v.tag == "!reference")
            return;
        const QString where = context + QLatin1Char(':') + key;
        if (key == QLatin1String("script") || key == QLatin1String("before_script")
            || key == QLatin1String("after_script")) {
            if (!isScript(valueId))
                typeError(valueId, where, Validator::tr("a string or a list of strings"), job);
        } else if (key == QLatin1String("stage") || key == QLatin1String("coverage") || key == QLatin1String("timeout")
                   || key == QLatin1String("resource_group") || key == QLatin1String("start_in")) {
            if (!v.isScalar())
                typeError(valueId, where, Validator::tr("a string"), job);
        } else if (key == QLatin1String("tags") || key == QLatin1String("dependencies")) {
            if (!isStringList(valueId))
                typeError(valueId, where, Validator::tr("a list of strings"), job);
        } else if (key == QLatin1String("extends")) {
            if (!v.isScalar() && !isStringList(valueId))
                typeError(valueId, where, Validator::tr("a string or a list of strings"), job);
        } else if (key == QLatin1String("when")) {
            if (!v.isScalar() || !whenValues().contains(v.scalar))
                addAt(valueId, Severity::Error, QStringLiteral("invalid-value"),
                      Validator::tr("%1 should be one of: %2.").arg(where, whenValues().join(QLatin1String(", "))),
                      job);
        } else if (key == QLatin1String("needs")) {
            if (!v.isSequence()) {
                typeError(valueId, where, Validator::tr("a list"), job);
                return;
            }
            for (NodeId item : v.children) {
                const Node &i = d.node(d.resolved(item));
                if (i.isScalar())
                    continue;
                if (!i.isMapping()
                    || (d.value(item, QStringLiteral("job")) < 0 && d.value(item, QStringLiteral("pipeline")) < 0))
                    typeError(item, where, Validator::tr("a job name or a mapping with job:"), job);
            }
        } else if (key == QLatin1String("rules")) {
            if (!v.isSequence()) {
                typeError(valueId, where, Validator::tr("a list of rules"), job);
                return;
            }
            for (NodeId item : v.children) {
                const Node &rule = d.node(d.resolved(item));
                if (rule.tag == "!reference")
                    continue;
                if (!rule.isMapping()) {
                    typeError(item, where, Validator::tr("a list of rules"), job);
                    continue;
                }
                for (size_t i = 0; i + 1 < rule.children.size(); i += 2) {
                    const Node &k = d.node(rule.children[i]);
                    if (!ruleKeywords().contains(k.scalar))
                        unknownKeyword(rule.children[i], ruleKeywords(), where, job);
                    else if (k.scalar == QLatin1String("when"))
                        checkKeyword(k.scalar, rule.children[i + 1], job, where);
                }
            }
        } else if (key == QLatin1String("only") || key == QLatin1String("except")) {
            if (v.isMapping()) {
                static const QStringList keys {QStringLiteral("refs"), QStringLiteral("variables"),
                                               QStringLiteral("changes"), QStringLiteral("kubernetes")};
                for (size_t i = 0; i + 1 < v.children.size(); i += 2) {
                    if (!keys.contains(d.node(v.children[i]).scalar))
                        unknownKeyword(v.children[i], keys, where, job);
                }
            } else if (!v.isScalar() && !isStringList(valueId)) {
                typeError(valueId, where, Validator::tr("a list of refs or a mapping"), job);
            }
        } else if (key == QLatin1String("variables")) {
            if (!v.isMapping() && !v.isNull())
                typeError(valueId, where, Validator::tr("a mapping of names to values"), job);
        } else if (key == QLatin1String("parallel")) {
            const Value p = Value::fromNode(d, valueId);
            if (p.isInt()) {
                if (p.toInt() < 1 || p.toInt() > 200)
                    addAt(valueId, Severity::Error, QStringLiteral("invalid-value"),
                          Validator::tr("%1 should be between 1 and 200.").arg(where), job);
            } else if (!p.isMapping() || !p.get(QStringLiteral("matrix"))
                       || !p.get(QStringLiteral("matrix"))->isSequence()) {
                typeError(valueId, where, Validator::tr("a number or a mapping with matrix:"), job);
            }
        } else if (key == QLatin1String("allow_failure")) {
            const Value a = Value::fromNode(d, valueId);
            if (!a.isBool() && !a.isMapping())
                typeError(valueId, where, Validator::tr("true, false or a mapping with exit_codes:"), job);
        } else if (key == QLatin1String("interruptible")) {
            if (!Value::fromNode(d, valueId).isBool())
                typeError(valueId, where, Validator::tr("true or false"), job);
        } else if (key == QLatin1String("retry")) {
            const Value r = Value::fromNode(d, valueId);
            if (r.isInt()) {
                if (r.toInt() < 0 || r.toInt() > 2)
                    addAt(valueId, Severity::Error, QStringLiteral("invalid-value"),
                          Validator::tr("%1 should be 0, 1 or 2.").arg(where), job);
            } else if (!r.isMapping()) {
                typeError(valueId, where, Validator::tr("a number or a mapping"), job);
            }
        } else if (key == QLatin1String("image")) {
            if (!v.isScalar() && !(v.isMapping() && d.value(valueId, QStringLiteral("name")) >= 0))
                typeError(valueId, where, Validator::tr("an image name or a mapping with name:"), job);
        } else if (key == QLatin1String("services")) {
            if (!v.isSequence())
                typeError(valueId, where, Validator::tr("a list"), job);
        } else if (key == QLatin1String("trigger")) {
            if (!v.isScalar() && !v.isMapping())
                typeError(valueId, where, Validator::tr("a project path or a mapping"), job);
        } else if (key == QLatin1String("artifacts") || key == QLatin1String("environment")
                   || key == QLatin1String("release") || key == QLatin1String("inherit")
                   || key == QLatin1String("hooks") || key == QLatin1String("id_tokens")
                   || key == QLatin1String("secrets")) {
            if (!v.isMapping() && !(key == QLatin1String("environment") && v.isScalar()))
                typeError(valueId, where, Validator::tr("a mapping"), job);
        } else if (key == QLatin1String("cache")) {
            if (!v.isMapping() && !v.isSequence())
                typeError(valueId, where, Validator::tr("a mapping or a list of mappings"), job);
        }
    }

    void unknownKeyword(NodeId keyId, const QStringList &known, const QString &context, const QString &job)
    {
        const QString word = d.node(keyId).scalar;
        const QString suggestion = Validator::suggestion(word, known);
        addAt(keyId, Severity::Error, QStringLiteral("unknown-keyword"),
              suggestion.isEmpty()
                  ? Validator::tr("%1 has an unknown keyword: %2.").arg(context, word)
                  : Validator::tr("%1 has an unknown keyword: %2. Did you mean %3?").arg(context, word, suggestion),
              job);
    }

    void structure()
    {
        const NodeId root = d.resolved(d.root());
        if (root < 0) {
            add(Severity::Error, QStringLiteral("no-jobs"), Validator::tr("The file is empty."), 1, 1);
            return;
        }
        const Node &r = d.node(root);
        if (!r.isMapping()) {
            addAt(root, Severity::Error, QStringLiteral("invalid-type"),
                  Validator::tr("The CI configuration should be a mapping of keywords and jobs."));
            return;
        }
        for (size_t i = 0; i + 1 < r.children.size(); i += 2) {
            const NodeId keyId = r.children[i];
            const NodeId valueId = r.children[i + 1];
            const Node &key = d.node(keyId);
            const Node &value = d.node(d.resolved(valueId));
            if (!key.isScalar() || key.scalar == QLatin1String("<<"))
                continue;
            const QString name = key.scalar;
            if (Model::isGlobalKeyword(name)) {
                globalKeyword(name, valueId);
                continue;
            }
            if (reservedNames().contains(name)) {
                addAt(keyId, Severity::Error, QStringLiteral("reserved-job-name"),
                      Validator::tr("%1 is a job keyword, not a job name: at the top level it defines a job called "
                                    "%1. Move it into a job or under default:.")
                          .arg(name));
                continue;
            }
            if (!value.isMapping()) {
                if (name.startsWith(QLatin1Char('.')))
                    continue; // hidden keys may hold anything (anchors for reuse)
                const QString suggestion = Validator::suggestion(name, Model::globalKeywords());
                addAt(keyId, Severity::Error,
                      suggestion.isEmpty() ? QStringLiteral("invalid-job") : QStringLiteral("unknown-keyword"),
                      suggestion.isEmpty()
                          ? Validator::tr("Job %1 should be a mapping of keywords.").arg(name)
                          : Validator::tr("Unknown keyword %1. Did you mean %2?").arg(name, suggestion),
                      name);
                continue;
            }
            for (size_t k = 0; k + 1 < value.children.size(); k += 2) {
                const Node &jobKey = d.node(value.children[k]);
                if (!jobKey.isScalar() || jobKey.scalar == QLatin1String("<<"))
                    continue;
                if (!Model::jobKeywords().contains(jobKey.scalar)) {
                    if (!name.startsWith(QLatin1Char('.')))
                        unknownKeyword(value.children[k], Model::jobKeywords(), name, name);
                    continue;
                }
                checkKeyword(jobKey.scalar, value.children[k + 1], name, name);
            }
        }
    }

    void globalKeyword(const QString &name, NodeId valueId)
    {
        const Node &v = d.node(d.resolved(valueId));
        if (name == QLatin1String("stages") || name == QLatin1String("types")) {
            if (!isStringList(valueId))
                typeError(valueId, name, Validator::tr("a list of stage names"), {});
        } else if (name == QLatin1String("variables")) {
            if (!v.isMapping() && !v.isNull())
                typeError(valueId, name, Validator::tr("a mapping of names to values"), {});
        } else if (name == QLatin1String("default")) {
            if (!v.isMapping()) {
                typeError(valueId, name, Validator::tr("a mapping"), {});
                return;
            }
            for (size_t i = 0; i + 1 < v.children.size(); i += 2) {
                const Node &k = d.node(v.children[i]);
                if (k.scalar == QLatin1String("<<"))
                    continue;
                if (!defaultKeywords().contains(k.scalar))
                    unknownKeyword(v.children[i], defaultKeywords(), name, {});
                else
                    checkKeyword(k.scalar, v.children[i + 1], {}, name);
            }
        } else if (name == QLatin1String("workflow")) {
            if (!v.isMapping()) {
                typeError(valueId, name, Validator::tr("a mapping"), {});
                return;
            }
            static const QStringList keys {QStringLiteral("rules"), QStringLiteral("name"),
                                           QStringLiteral("auto_cancel")};
            for (size_t i = 0; i + 1 < v.children.size(); i += 2) {
                const Node &k = d.node(v.children[i]);
                if (!keys.contains(k.scalar))
                    unknownKeyword(v.children[i], keys, name, {});
                else if (k.scalar == QLatin1String("rules"))
                    checkKeyword(k.scalar, v.children[i + 1], {}, name);
            }
        } else if (name == QLatin1String("include")) {
            if (!v.isScalar() && !v.isSequence() && !v.isMapping())
                typeError(valueId, name, Validator::tr("a path, a mapping or a list"), {});
        } else if (name == QLatin1String("image") || name == QLatin1String("services") || name == QLatin1String("cache")
                   || name == QLatin1String("before_script") || name == QLatin1String("after_script")) {
            checkKeyword(name, valueId, {}, QStringLiteral("root"));
        }
    }

    // Where to point for a job's keyword: its value in the main file, else the job.
    void jobPosition(const Job &job, const QString &key, int *line, int *column) const
    {
        *line = job.line;
        *column = job.column;
        if (job.valueNode >= 0) {
            const NodeId v = d.value(job.valueNode, key);
            if (v >= 0) {
                *line = d.node(v).line;
                *column = d.node(v).column;
            }
        }
    }

    void semantics()
    {
        const QStringList &stages = m.stages();
        bool anyVisible = false;
        for (const Job &job : m.jobs()) {
            if (job.hidden)
                continue;
            anyVisible = true;
            int line = 0;
            int column = 0;
            if (!stages.contains(job.stage)) {
                jobPosition(job, QStringLiteral("stage"), &line, &column);
                const QString suggestion = Validator::suggestion(job.stage, stages);
                add(Severity::Error, QStringLiteral("undefined-stage"),
                    suggestion.isEmpty()
                        ? Validator::tr("Job %1 uses stage %2, which is not in stages:.").arg(job.name, job.stage)
                        : Validator::tr("Job %1 uses stage %2, which is not in stages:. Did you mean %3?")
                              .arg(job.name, job.stage, suggestion),
                    line, column, job.name);
            }
            if (!job.hasScript && !job.hasTrigger) {
                add(Severity::Error, QStringLiteral("missing-script"),
                    Validator::tr("Job %1 has no script: (and no trigger:), neither itself nor through extends.")
                        .arg(job.name),
                    job.line, job.column, job.name);
            }
            const int stageIndex = stages.indexOf(job.stage);
            for (const Need &need : job.needs) {
                if (!need.isLocal())
                    continue;
                const Job *target = m.job(need.job);
                const int l = need.line ? need.line : job.line;
                const int col = need.line ? need.column : job.column;
                if (!target || target->hidden) {
                    if (need.optional)
                        continue;
                    const QString suggestion = Validator::suggestion(need.job, visibleJobs());
                    add(Severity::Error, QStringLiteral("unknown-need"),
                        suggestion.isEmpty()
                            ? Validator::tr("Job %1 needs %2, which is not a job.").arg(job.name, need.job)
                            : Validator::tr("Job %1 needs %2, which is not a job. Did you mean %3?")
                                  .arg(job.name, need.job, suggestion),
                        l, col, job.name);
                    continue;
                }
                if (stageIndex >= 0 && stages.indexOf(target->stage) > stageIndex)
                    add(Severity::Error, QStringLiteral("need-later-stage"),
                        Validator::tr("Job %1 needs %2, which runs in the later stage %3.")
                            .arg(job.name, need.job, target->stage),
                        l, col, job.name);
            }
            for (const QString &dependency : job.dependencies) {
                const Job *target = m.job(dependency);
                int l = 0;
                int col = 0;
                jobPosition(job, QStringLiteral("dependencies"), &l, &col);
                if (!target || target->hidden)
                    add(Severity::Error, QStringLiteral("unknown-dependency"),
                        Validator::tr("Job %1 depends on %2, which is not a job.").arg(job.name, dependency), l, col,
                        job.name);
                else if (stageIndex >= 0 && stages.indexOf(target->stage) > stageIndex && !needsName(job, dependency))
                    add(Severity::Error, QStringLiteral("unknown-dependency"),
                        Validator::tr("Job %1 depends on %2, which runs in a later stage.").arg(job.name, dependency),
                        l, col, job.name);
            }
        }
        bool unresolvedIncludes = false;
        for (const Include &include : m.includes())
            unresolvedIncludes = unresolvedIncludes || !include.resolved;
        if (!anyVisible && !unresolvedIncludes && d.resolved(d.root()) >= 0 && d.node(d.resolved(d.root())).isMapping())
            add(Severity::Error, QStringLiteral("no-jobs"), Validator::tr("The file defines no visible job."), 1, 1);
        needsCycles();
    }

    static bool needsName(const Job &job, const QString &name)
    {
        for (const Need &need : job.needs) {
            if (need.job == name)
                return true;
        }
        return false;
    }

    QStringList visibleJobs() const
    {
        QStringList names;
        for (const Job &job : m.jobs()) {
            if (!job.hidden)
                names << job.name;
        }
        return names;
    }

    void needsCycles()
    {
        QHash<QString, int> state;
        QStringList path;
        QSet<QString> reported;
        std::function<void(const Job &)> visit = [&](const Job &job) {
            state[job.name] = 1;
            path << job.name;
            for (const Need &need : job.needs) {
                const Job *target = need.isLocal() ? m.job(need.job) : nullptr;
                if (!target)
                    continue;
                const int s = state.value(target->name);
                if (s == 1) {
                    const QStringList cycle = path.mid(path.indexOf(target->name)) + QStringList {target->name};
                    if (!reported.contains(target->name)) {
                        reported.insert(target->name);
                        add(Severity::Error, QStringLiteral("needs-cycle"),
                            Validator::tr("needs form a cycle: %1.").arg(cycle.join(QLatin1String(" -> "))),
                            need.line ? need.line : job.line, need.line ? need.column : job.column, job.name);
                    }
                } else if (s == 0) {
                    visit(*target);
                }
            }
            path.removeLast();
            state[job.name] = 2;
        };
        for (const Job &job : m.jobs()) {
            if (!job.hidden && state.value(job.name) == 0)
                visit(job);
        }
    }

    bool refMatchesBranch(const QString &ref) const
    {
        static const QStringList keywords {QStringLiteral("branches"),
                                           QStringLiteral("tags"),
                                           QStringLiteral("merge_requests"),
                                           QStringLiteral("api"),
                                           QStringLiteral("external"),
                                           QStringLiteral("pipelines"),
                                           QStringLiteral("pushes"),
                                           QStringLiteral("schedules"),
                                           QStringLiteral("triggers"),
                                           QStringLiteral("web"),
                                           QStringLiteral("chat"),
                                           QStringLiteral("chats"),
                                           QStringLiteral("external_pull_requests")};
        if (keywords.contains(ref))
            return true;
        if (ref.startsWith(QLatin1Char('/'))) {
            const qsizetype end = ref.lastIndexOf(QLatin1Char('/'));
            QRegularExpression re(ref.mid(1, end - 1),
                                  ref.mid(end + 1).contains(QLatin1Char('i'))
                                      ? QRegularExpression::CaseInsensitiveOption
                                      : QRegularExpression::NoPatternOption);
            for (const QString &branch : c.branches) {
                if (re.match(branch).hasMatch())
                    return true;
            }
            return false;
        }
        QString name = ref;
        const qsizetype at = name.indexOf(QLatin1Char('@'));
        if (at > 0)
            name = name.left(at);
        return c.branches.contains(name);
    }

    QString defaultHint() const
    {
        return c.defaultBranch.isEmpty() ? QString() : Validator::tr(" The default branch is %1.").arg(c.defaultBranch);
    }

    void contextChecks()
    {
        static const QRegularExpression refCompare(
            QStringLiteral("\\$(?:CI_COMMIT_BRANCH|CI_COMMIT_REF_NAME)\\s*==\\s*[\"']([^\"']+)[\"']"));
        for (const Job &job : m.jobs()) {
            if (job.hidden)
                continue;
            if (!c.branches.isEmpty()) {
                const Value *only = job.config.get(QStringLiteral("only"));
                if (only) {
                    const QStringList refs = only->isMapping() && only->get(QStringLiteral("refs"))
                        ? only->get(QStringLiteral("refs"))->toStringList()
                        : (only->isMapping() ? QStringList() : only->toStringList());
                    bool matches = refs.isEmpty();
                    for (const QString &ref : refs)
                        matches = matches || refMatchesBranch(ref);
                    if (!matches) {
                        int line = 0;
                        int column = 0;
                        jobPosition(job, QStringLiteral("only"), &line, &column);
                        add(Severity::Warning, QStringLiteral("unmatched-ref"),
                            Validator::tr("Job %1 runs only on %2, which matches no existing branch, so it never "
                                          "runs.%3")
                                .arg(job.name, refs.join(QLatin1String(", ")), defaultHint()),
                            line, column, job.name);
                    }
                }
                if (const Value *rules = job.config.get(QStringLiteral("rules"))) {
                    for (const Value &rule : rules->items()) {
                        const Value *condition = rule.get(QStringLiteral("if"));
                        if (!condition || !condition->isScalar())
                            continue;
                        const QRegularExpressionMatch match = refCompare.match(condition->text());
                        if (match.hasMatch() && !c.branches.contains(match.captured(1)))
                            add(Severity::Warning, QStringLiteral("unmatched-ref"),
                                Validator::tr("Job %1 has a rule for branch %2, which does not exist.%3")
                                    .arg(job.name, match.captured(1), defaultHint()),
                                condition->line, condition->column, job.name);
                    }
                }
            }
            if (c.runnersKnown) {
                bool pickable = false;
                for (const ValidationContext::Runner &runner : c.runners) {
                    if (job.tags.isEmpty()) {
                        pickable = pickable || runner.runUntagged;
                    } else {
                        bool all = true;
                        for (const QString &tag : job.tags)
                            all = all && runner.tags.contains(tag);
                        pickable = pickable || all;
                    }
                }
                if (!pickable && !job.hasTrigger) {
                    int line = 0;
                    int column = 0;
                    jobPosition(job, QStringLiteral("tags"), &line, &column);
                    add(Severity::Warning, QStringLiteral("no-runner-for-tags"),
                        job.tags.isEmpty()
                            ? Validator::tr("No online runner runs untagged jobs, so job %1 would stay pending.")
                                  .arg(job.name)
                            : Validator::tr("No online runner has all the tags %1, so job %2 would stay pending.")
                                  .arg(job.tags.join(QLatin1String(", ")), job.name),
                        line, column, job.name);
                }
            }
        }
    }

    const Document &d;
    const Model &m;
    const ValidationContext &c;
    Diagnostics out;
};

} // namespace

Diagnostics Validator::validate(const Document &doc, const Model &model, const ValidationContext &context)
{
    return Checker(doc, model, context).run();
}

const QStringList &Validator::codes()
{
    static const QStringList codes {QStringLiteral("yaml-syntax"),
                                    QStringLiteral("duplicate-key"),
                                    QStringLiteral("yaml11-boolean"),
                                    QStringLiteral("yaml11-octal"),
                                    QStringLiteral("yaml11-sexagesimal"),
                                    QStringLiteral("invalid-type"),
                                    QStringLiteral("invalid-value"),
                                    QStringLiteral("invalid-job"),
                                    QStringLiteral("unknown-keyword"),
                                    QStringLiteral("reserved-job-name"),
                                    QStringLiteral("no-jobs"),
                                    QStringLiteral("undefined-stage"),
                                    QStringLiteral("missing-script"),
                                    QStringLiteral("unknown-need"),
                                    QStringLiteral("need-later-stage"),
                                    QStringLiteral("needs-cycle"),
                                    QStringLiteral("unknown-dependency"),
                                    QStringLiteral("extends-unknown"),
                                    QStringLiteral("extends-cycle"),
                                    QStringLiteral("extends-depth"),
                                    QStringLiteral("reference-unknown"),
                                    QStringLiteral("reference-depth"),
                                    QStringLiteral("include-missing"),
                                    QStringLiteral("include-unresolved"),
                                    QStringLiteral("include-invalid"),
                                    QStringLiteral("include-limit"),
                                    QStringLiteral("unmatched-ref"),
                                    QStringLiteral("no-runner-for-tags")};
    return codes;
}

QString Validator::suggestion(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = word.size() <= 4 ? 1 : (word.size() <= 8 ? 2 : 3);
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word.toLower(), candidate.toLower());
        if (distance <= bestDistance && distance < std::max(word.size(), candidate.size())) {
            if (distance < bestDistance || best.isEmpty())
                best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace LabDesk::Ci
