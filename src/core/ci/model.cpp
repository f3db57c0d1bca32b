#include "model.h"

#include "simulation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>

namespace LabDesk::Ci {

namespace {

constexpr int kMaxExtendsDepth = 10; // GitLab: Extendable::Entry::MAX_NESTING_LEVELS
constexpr int kMaxReferenceDepth = 10; // GitLab: Yaml::Tags::Reference MAX_NESTING_LEVELS

Diagnostic makeDiagnostic(Diagnostic::Severity severity, const QString &code, const QString &message, int line,
                          int column, const QString &job = {})
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.line = line;
    d.column = column;
    d.job = job;
    return d;
}

} // namespace

QString Include::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Local:
        return QStringLiteral("local");
    case Kind::Project:
        return QStringLiteral("project");
    case Kind::Remote:
        return QStringLiteral("remote");
    case Kind::Template:
        return QStringLiteral("template");
    case Kind::Component:
        return QStringLiteral("component");
    }
    return {};
}

const QStringList &Model::defaultStages()
{
    static const QStringList stages {QStringLiteral(".pre"), QStringLiteral("build"), QStringLiteral("test"),
                                     QStringLiteral("deploy"), QStringLiteral(".post")};
    return stages;
}

const QStringList &Model::globalKeywords()
{
    static const QStringList keywords {
        QStringLiteral("default"),      QStringLiteral("include"),  QStringLiteral("stages"),
        QStringLiteral("variables"),    QStringLiteral("workflow"), QStringLiteral("image"),
        QStringLiteral("services"),     QStringLiteral("cache"),    QStringLiteral("before_script"),
        QStringLiteral("after_script"), QStringLiteral("types"),    QStringLiteral("spec"),
    };
    return keywords;
}

const QStringList &Model::jobKeywords()
{
    static const QStringList keywords {
        QStringLiteral("after_script"),
        QStringLiteral("allow_failure"),
        QStringLiteral("artifacts"),
        QStringLiteral("before_script"),
        QStringLiteral("cache"),
        QStringLiteral("coverage"),
        QStringLiteral("dast_configuration"),
        QStringLiteral("dependencies"),
        QStringLiteral("environment"),
        QStringLiteral("extends"),
        QStringLiteral("hooks"),
        QStringLiteral("identity"),
        QStringLiteral("id_tokens"),
        QStringLiteral("image"),
        QStringLiteral("inherit"),
        QStringLiteral("interruptible"),
        QStringLiteral("manual_confirmation"),
        QStringLiteral("needs"),
        QStringLiteral("only"),
        QStringLiteral("except"),
        QStringLiteral("pages"),
        QStringLiteral("parallel"),
        QStringLiteral("release"),
        QStringLiteral("resource_group"),
        QStringLiteral("retry"),
        QStringLiteral("rules"),
        QStringLiteral("script"),
        QStringLiteral("run"),
        QStringLiteral("secrets"),
        QStringLiteral("services"),
        QStringLiteral("stage"),
        QStringLiteral("start_in"),
        QStringLiteral("tags"),
        QStringLiteral("timeout"),
        QStringLiteral("trigger"),
        QStringLiteral("variables"),
        QStringLiteral("when"),
        QStringLiteral("publish"),
        QStringLiteral("type"),
    };
    return keywords;
}

bool Model::isGlobalKeyword(const QString &key)
{
    return globalKeywords().contains(key);
}

const Job *Model::job(const QString &name) const
{
    const auto it = m_jobIndex.constFind(name);
    return it == m_jobIndex.constEnd() ? nullptr : &m_jobs[it.value()];
}

QStringList Model::instanceNames(const QString &job) const
{
    const auto it = m_instanceNames.constFind(job);
    if (it != m_instanceNames.constEnd())
        return it.value();
    return {job};
}

Value Model::merged() const
{
    Value out = Value::mapping();
    for (const Value::Entry &entry : m_root.entries()) {
        if (entry.first == QLatin1String("include"))
            continue;
        if (const Job *j = job(entry.first))
            out.entries().emplace_back(entry.first, j->config);
        else
            out.entries().push_back(entry);
    }
    return out;
}

class ModelBuilder
{
public:
    ModelBuilder(Model &model, const ModelOptions &options)
        : m(model)
        , o(options)
    { }

    static bool hasReferenceTag(const Document &doc)
    {
        for (const Node &node : doc.nodes()) {
            if (!node.tag.isEmpty() && node.tag == "!reference")
                return true;
        }
        return false;
    }

    void build(const Document &doc)
    {
        m.m_files << QString();
        m_taggedReference = hasReferenceTag(doc);
        Value root;
        if (doc.root() >= 0)
            root = Value::fromNode(doc, doc.root(), 0);
        if (!root.isMapping())
            root = Value::mapping();
        Value merged = Value::mapping();
        if (const Value *include = root.get(QStringLiteral("include")))
            merged = processIncludes(*include, 0);
        m.m_root = m.m_includes.isEmpty() ? std::move(root) : Value::deepMerge(merged, root);
        stages();
        jobs(doc);
        references();
        views();
        instances();
        finish(doc);
    }

    bool update(Model &old, const Document &doc, const DocumentChange &change);

private:
    Value processIncludes(const Value &include, int depth)
    {
        Value merged = Value::mapping();
        std::vector<Value> entries;
        if (include.isSequence())
            entries = include.items();
        else
            entries.push_back(include);
        for (const Value &entry : entries) {
            Include inc;
            inc.line = entry.line;
            inc.column = entry.column;
            if (entry.isScalar()) {
                const QString text = entry.text();
                inc.kind = text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"))
                    ? Include::Kind::Remote
                    : Include::Kind::Local;
                inc.location = text;
            } else if (entry.isMapping()) {
                if (const Value *v = entry.get(QStringLiteral("local"))) {
                    inc.kind = Include::Kind::Local;
                    inc.location = v->text();
                } else if (const Value *p = entry.get(QStringLiteral("project"))) {
                    inc.kind = Include::Kind::Project;
                    inc.location = p->text();
                    if (const Value *r = entry.get(QStringLiteral("ref")))
                        inc.ref = r->text();
                    if (const Value *f = entry.get(QStringLiteral("file")))
                        inc.files = f->toStringList();
                } else if (const Value *r = entry.get(QStringLiteral("remote"))) {
                    inc.kind = Include::Kind::Remote;
                    inc.location = r->text();
                } else if (const Value *t = entry.get(QStringLiteral("template"))) {
                    inc.kind = Include::Kind::Template;
                    inc.location = t->text();
                } else if (const Value *c = entry.get(QStringLiteral("component"))) {
                    inc.kind = Include::Kind::Component;
                    inc.location = c->text();
                } else {
                    continue; // the validator reports the malformed entry
                }
            } else {
                continue;
            }
            if (m.m_includes.size() >= o.maxIncludes) {
                m.m_diagnostics << makeDiagnostic(Diagnostic::Severity::Error, QStringLiteral("include-limit"),
                                                  Model::tr("More than %1 includes.").arg(o.maxIncludes), inc.line,
                                                  inc.column);
                break;
            }
            QVector<QPair<QString, QByteArray>> contents;
            if (inc.kind == Include::Kind::Local) {
                contents = readLocal(inc);
            } else if (o.resolver) {
                if (std::optional<QByteArray> content = o.resolver(inc))
                    contents.append({inc.location, *content});
                else
                    inc.error = Model::tr("Not available offline: %1").arg(inc.location);
            } else {
                inc.error = Model::tr("Not available offline: %1").arg(inc.location);
            }
            inc.resolved = !contents.isEmpty();
            const int includeIndex = int(m.m_includes.size());
            m.m_includes.append(inc);
            if (!inc.resolved) {
                const bool local = inc.kind == Include::Kind::Local;
                m.m_diagnostics << makeDiagnostic(local ? Diagnostic::Severity::Error : Diagnostic::Severity::Info,
                                                  local ? QStringLiteral("include-missing")
                                                        : QStringLiteral("include-unresolved"),
                                                  inc.error, inc.line, inc.column);
                continue;
            }
            Q_UNUSED(includeIndex)
            for (const auto &content : contents) {
                const int fileIndex = int(m.m_files.size());
                m.m_files << content.first;
                const Document included = Document::parse(content.second);
                if (!included.isValid()) {
                    m.m_diagnostics << makeDiagnostic(Diagnostic::Severity::Error, QStringLiteral("include-invalid"),
                                                      Model::tr("%1: %2 (line %3)")
                                                          .arg(content.first, included.error().message)
                                                          .arg(included.error().line),
                                                      inc.line, inc.column);
                    continue;
                }
                m_taggedReference = m_taggedReference || hasReferenceTag(included);
                Value value = included.root() >= 0 ? Value::fromNode(included, included.root(), fileIndex) : Value();
                if (!value.isMapping())
                    continue;
                if (const Value *nested = value.get(QStringLiteral("include"))) {
                    if (depth >= 100) {
                        m.m_diagnostics << makeDiagnostic(Diagnostic::Severity::Error, QStringLiteral("include-limit"),
                                                          Model::tr("Includes are nested too deeply."), inc.line,
                                                          inc.column);
                    } else {
                        const Value nestedMerged = processIncludes(*nested, depth + 1);
                        value.remove(QStringLiteral("include"));
                        value = Value::deepMerge(nestedMerged, value);
                    }
                }
                merged = Value::deepMerge(merged, value);
            }
        }
        return merged;
    }

    QVector<QPair<QString, QByteArray>> readLocal(Include &inc)
    {
        QVector<QPair<QString, QByteArray>> contents;
        if (o.rootDir.isEmpty()) {
            inc.error = Model::tr("No working tree to read %1 from.").arg(inc.location);
            return contents;
        }
        QString path = inc.location;
        while (path.startsWith(QLatin1Char('/')))
            path = path.mid(1);
        const QDir root(o.rootDir);
        if (path.contains(QLatin1Char('*'))) {
            QDirIterator it(o.rootDir, QDir::Files, QDirIterator::Subdirectories);
            QStringList matches;
            while (it.hasNext()) {
                const QString rel = root.relativeFilePath(it.next());
                if (Simulation::globMatch(path, rel))
                    matches << rel;
            }
            matches.sort();
            for (const QString &rel : matches) {
                QFile file(root.filePath(rel));
                if (file.open(QIODevice::ReadOnly))
                    contents.append({rel, file.readAll()});
            }
            if (contents.isEmpty())
                inc.error = Model::tr("No file matches %1.").arg(inc.location);
            return contents;
        }
        // GitLab refuses paths leaving the repository.
        const QString clean = QDir::cleanPath(path);
        if (clean.startsWith(QLatin1String(".."))) {
            inc.error = Model::tr("%1 is outside the repository.").arg(inc.location);
            return contents;
        }
        QFile file(root.filePath(clean));
        if (!file.open(QIODevice::ReadOnly)) {
            inc.error = Model::tr("Local file %1 does not exist.").arg(inc.location);
            return contents;
        }
        contents.append({clean, file.readAll()});
        return contents;
    }

    void stages()
    {
        const Value *declared = m.m_root.get(QStringLiteral("stages"));
        if (!declared)
            declared = m.m_root.get(QStringLiteral("types"));
        QStringList list;
        if (declared && declared->isSequence()) {
            list = declared->toStringList();
            m.m_stagesDeclared = true;
        } else {
            list = Model::defaultStages();
        }
        list.removeAll(QStringLiteral(".pre"));
        list.removeAll(QStringLiteral(".post"));
        list.prepend(QStringLiteral(".pre"));
        list.append(QStringLiteral(".post"));
        m.m_stages = list;
    }

    void jobs(const Document &doc)
    {
        // Where main-document jobs are.
        QHash<QString, QPair<NodeId, NodeId>> mainNodes;
        const NodeId rootNode = doc.resolved(doc.root());
        if (rootNode >= 0 && doc.node(rootNode).isMapping()) {
            const Node &r = doc.node(rootNode);
            for (size_t i = 0; i + 1 < r.children.size(); i += 2) {
                const Node &key = doc.node(r.children[i]);
                if (key.isScalar() && !mainNodes.contains(key.scalar))
                    mainNodes.insert(key.scalar, {r.children[i], r.children[i + 1]});
            }
        }
        const std::vector<Value::Entry> &entries = m.m_root.entries();
        for (const Value::Entry &entry : entries) {
            if (Model::isGlobalKeyword(entry.first) || !entry.second.isMapping())
                continue;
            m_raw.push_back(&entry.second);
            m.m_jobEntry.push_back(int(&entry - entries.data()));
            Job job;
            job.name = entry.first;
            job.hidden = job.name.startsWith(QLatin1Char('.'));
            const auto it = mainNodes.constFind(job.name);
            if (it != mainNodes.constEnd()) {
                job.keyNode = it->first;
                job.valueNode = it->second;
                job.line = doc.node(it->first).line;
                job.column = doc.node(it->first).column;
                job.file = 0;
            } else {
                job.line = entry.second.line;
                job.column = entry.second.column;
                job.file = entry.second.file;
            }
            m.m_jobIndex.insert(job.name, int(m.m_jobs.size()));
            m.m_jobs.append(std::move(job));
        }
        // extends
        m_state.assign(size_t(m.m_jobs.size()), 0);
        m_extended.assign(size_t(m.m_jobs.size()), Value());
        m_depth.assign(size_t(m.m_jobs.size()), 0);
        m_tooDeep.assign(size_t(m.m_jobs.size()), false);
        m_rebuilt.assign(size_t(m.m_jobs.size()), true);
        for (int i = 0; i < m.m_jobs.size(); ++i)
            m.m_jobs[i].config = extended(i);
    }

    // What update() and the next update need; diagnostics in file order.
    void finish(const Document &doc)
    {
        m.m_extendsDepth = m_depth;
        m.m_extendsTooDeep = m_tooDeep;
        std::stable_sort(m.m_diagnostics.begin(), m.m_diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.file < b.file || (a.file == b.file && (a.line < b.line || (a.line == b.line && a.column < b.column)));
        });
        if (!m.m_includes.isEmpty() || m_hasReferences)
            return;
        // Top-level entries one to one with the document's (no merge key, no duplicate key).
        const NodeId rootId = doc.root();
        if (rootId < 0 || !doc.node(rootId).isMapping())
            return;
        const std::vector<NodeId> &pairs = doc.node(rootId).children;
        const std::vector<Value::Entry> &entries = m.m_root.entries();
        if (pairs.size() / 2 != entries.size())
            return;
        for (size_t e = 0; e < entries.size(); ++e) {
            const Node &key = doc.node(pairs[2 * e]);
            if (!key.isScalar() || key.scalar != entries[e].first || key.scalar == QLatin1String("<<"))
                return;
        }
        m.m_updatable = true;
    }

    const Value &rawConfig(int index) const { return *m_raw[size_t(index)]; }

    // The job's configuration with its extends applied; m_depth[index] gets the length of its
    // longest extends chain (0 without extends).
    Value extended(int index)
    {
        if (m_state[size_t(index)] == 2)
            return m_extended[size_t(index)];
        Job &job = m.m_jobs[index];
        const Value &raw = rawConfig(index);
        const Value *ext = raw.get(QStringLiteral("extends"));
        if (!ext) {
            m_state[size_t(index)] = 2;
            m_extended[size_t(index)] = raw;
            return raw;
        }
        if (m_state[size_t(index)] == 1) {
            m.m_diagnostics << makeDiagnostic(Diagnostic::Severity::Error, QStringLiteral("extends-cycle"),
                                              Model::tr("Job %1 extends itself through a cycle.").arg(job.name),
                                              ext->line, ext->column, job.name);
            return raw;
        }
        m_state[size_t(index)] = 1;
        Value base = Value::mapping();
        int depth = 0;
        bool tooDeep = false;
        for (const QString &parent : ext->toStringList()) {
            const auto it = m.m_jobIndex.constFind(parent);
            if (it == m.m_jobIndex.constEnd()) {
                m.m_diagnostics << makeDiagnostic(
                    Diagnostic::Severity::Error, QStringLiteral("extends-unknown"),
                    Model::tr("%1 extends %2, which is not defined.").arg(job.name, parent), ext->line, ext->column,
                    job.name);
                continue;
            }
            base = Value::deepMerge(base, extended(it.value()));
            depth = std::max(depth, m_depth[size_t(it.value())] + 1);
            tooDeep = tooDeep || m_tooDeep[size_t(it.value())];
        }
        m_depth[size_t(index)] = depth;
        if (depth > kMaxExtendsDepth && !tooDeep) {
            // Reported once, on the job where the chain becomes too long.
            m.m_diagnostics << makeDiagnostic(
                Diagnostic::Severity::Error, QStringLiteral("extends-depth"),
                Model::tr("extends of %1 is nested more than %2 levels deep.").arg(job.name).arg(kMaxExtendsDepth),
                ext->line, ext->column, job.name);
            tooDeep = true;
        }
        m_tooDeep[size_t(index)] = tooDeep;
        Value result = Value::deepMerge(base, raw);
        m_state[size_t(index)] = 2;
        m_extended[size_t(index)] = result;
        return result;
    }

    // !reference [job, key, ...] resolved against the extended configuration, as GitLab does.
    void references()
    {
        // Tags are in the documents: no need to walk the values when none says !reference.
        if (!m_taggedReference)
            return;
        bool any = false;
        for (const Job &job : std::as_const(m.m_jobs))
            any = any || hasReference(job.config);
        for (const Value::Entry &entry : m.m_root.entries())
            any = any || (!m.job(entry.first) && hasReference(entry.second));
        if (!any)
            return;
        m_hasReferences = true;
        const QVector<Job> snapshot = m.m_jobs;
        for (Job &job : m.m_jobs)
            resolveReferences(job.config, snapshot, 0, job.name);
        for (Value::Entry &entry : m.m_root.entries()) {
            if (!m.job(entry.first))
                resolveReferences(entry.second, snapshot, 0, QString());
        }
    }

    static bool hasReference(const Value &v)
    {
        if (v.tag() == "!reference")
            return true;
        for (const Value &item : v.items()) {
            if (hasReference(item))
                return true;
        }
        for (const Value::Entry &entry : v.entries()) {
            if (hasReference(entry.second))
                return true;
        }
        return false;
    }

    const Value *lookup(const QStringList &path, const QVector<Job> &snapshot) const
    {
        if (path.isEmpty())
            return nullptr;
        const Value *current = nullptr;
        for (const Job &job : snapshot) {
            if (job.name == path.front())
                current = &job.config;
        }
        if (!current)
            current = m.m_root.get(path.front());
        for (int i = 1; current && i < path.size(); ++i)
            current = current->get(path[i]);
        return current;
    }

    void resolveReferences(Value &v, const QVector<Job> &snapshot, int depth, const QString &jobName)
    {
        if (v.tag() == "!reference") {
            const QStringList path = v.toStringList();
            const Value *target = lookup(path, snapshot);
            if (!target) {
                m.m_diagnostics << makeDiagnostic(
                    Diagnostic::Severity::Error, QStringLiteral("reference-unknown"),
                    Model::tr("!reference [%1] points to nothing.").arg(path.join(QLatin1String(", "))), v.line,
                    v.column, jobName);
                v = Value();
                return;
            }
            if (depth >= kMaxReferenceDepth) {
                m.m_diagnostics << makeDiagnostic(Diagnostic::Severity::Error, QStringLiteral("reference-depth"),
                                                  Model::tr("!reference is nested too deeply."), v.line, v.column,
                                                  jobName);
                v = Value();
                return;
            }
            const int line = v.line;
            const int column = v.column;
            v = *target;
            v.line = line;
            v.column = column;
            resolveReferences(v, snapshot, depth + 1, jobName);
            return;
        }
        for (Value &item : v.items())
            resolveReferences(item, snapshot, depth, jobName);
        for (Value::Entry &entry : v.entries())
            resolveReferences(entry.second, snapshot, depth, jobName);
    }

    void views()
    {
        const Value *defaults = m.m_root.get(QStringLiteral("default"));
        const Value *defaultTags = defaults ? defaults->get(QStringLiteral("tags")) : nullptr;
        for (Job &job : m.m_jobs) {
            if (!m_rebuilt[size_t(&job - m.m_jobs.data())])
                continue;
            const Value &c = job.config;
            const Value *stage = c.get(QStringLiteral("stage"));
            if (!stage)
                stage = c.get(QStringLiteral("type")); // the deprecated alias
            job.stage = stage && stage->isScalar() ? stage->text() : QStringLiteral("test");
            if (const Value *ext = rawConfig(int(&job - m.m_jobs.data())).get(QStringLiteral("extends")))
                job.extends = ext->toStringList();
            if (const Value *needs = c.get(QStringLiteral("needs"))) {
                job.hasNeeds = true;
                job.needs = parseNeeds(*needs);
            }
            if (const Value *deps = c.get(QStringLiteral("dependencies"))) {
                job.hasDependencies = true;
                job.dependencies = deps->toStringList();
            }
            const Value *when = c.get(QStringLiteral("when"));
            job.when = when && when->isScalar() ? when->text() : QStringLiteral("on_success");
            const Value *tags = c.get(QStringLiteral("tags"));
            if (!tags && defaultTags && inheritsDefault(c, QStringLiteral("tags")))
                tags = defaultTags;
            if (tags)
                job.tags = tags->toStringList();
            job.hasScript = c.contains(QStringLiteral("script")) || c.contains(QStringLiteral("run"));
            job.hasTrigger = c.contains(QStringLiteral("trigger"));
            job.hasRules = c.contains(QStringLiteral("rules"));
            if (const Value *parallel = c.get(QStringLiteral("parallel"))) {
                if (parallel->isInt()) {
                    job.parallel = int(parallel->toInt());
                } else if (const Value *matrix = parallel->get(QStringLiteral("matrix"))) {
                    job.matrix = expandMatrix(*matrix);
                }
            }
        }
    }

    static bool inheritsDefault(const Value &config, const QString &keyword)
    {
        const Value *inherit = config.get(QStringLiteral("inherit"));
        const Value *def = inherit ? inherit->get(QStringLiteral("default")) : nullptr;
        if (!def)
            return true;
        if (def->isBool())
            return def->toBool();
        if (def->isSequence())
            return def->toStringList().contains(keyword);
        return true;
    }

public:
    static QVector<QMap<QString, QString>> expandMatrix(const Value &matrix)
    {
        QVector<QMap<QString, QString>> result;
        if (!matrix.isSequence())
            return result;
        for (const Value &item : matrix.items()) {
            if (!item.isMapping())
                continue;
            QVector<QMap<QString, QString>> combos {QMap<QString, QString>()};
            for (const Value::Entry &entry : item.entries()) {
                const QStringList values = entry.second.toStringList();
                QVector<QMap<QString, QString>> next;
                for (const auto &combo : combos) {
                    for (const QString &value : values) {
                        QMap<QString, QString> c = combo;
                        c.insert(entry.first, value);
                        next.append(c);
                    }
                }
                combos = next;
            }
            // Keep the variables in the order written for naming: QMap sorts, so remember order.
            result += combos;
        }
        return result;
    }

private:
    static QVector<Need> parseNeeds(const Value &needs)
    {
        QVector<Need> result;
        std::vector<Value> items;
        if (needs.isSequence())
            items = needs.items();
        else if (!needs.isNull())
            items.push_back(needs);
        for (const Value &item : items) {
            Need need;
            need.line = item.line;
            need.column = item.column;
            if (item.isScalar()) {
                need.job = item.text();
            } else if (item.isMapping()) {
                if (const Value *j = item.get(QStringLiteral("job")))
                    need.job = j->text();
                if (const Value *o = item.get(QStringLiteral("optional")))
                    need.optional = o->toBool();
                if (const Value *a = item.get(QStringLiteral("artifacts")))
                    need.artifacts = a->toBool(true);
                if (const Value *p = item.get(QStringLiteral("project")))
                    need.project = p->text();
                if (const Value *p = item.get(QStringLiteral("pipeline")))
                    need.pipeline = p->text();
                if (const Value *p = item.get(QStringLiteral("parallel"))) {
                    if (const Value *matrix = p->get(QStringLiteral("matrix")))
                        need.matrix = *matrix;
                }
            } else {
                continue;
            }
            result.append(need);
        }
        return result;
    }

    void instances()
    {
        for (const Job &job : std::as_const(m.m_jobs)) {
            if (job.hidden)
                continue;
            QStringList names;
            if (job.parallel > 1) {
                for (int i = 1; i <= job.parallel; ++i) {
                    Job instance = job;
                    instance.name = QStringLiteral("%1 %2/%3").arg(job.name).arg(i).arg(job.parallel);
                    instance.instanceOf = job.name;
                    names << instance.name;
                    m.m_instances.append(instance);
                }
            } else if (!job.matrix.isEmpty()) {
                // GitLab names instances by the values in the order the variables are written.
                const Value *parallel = job.config.get(QStringLiteral("parallel"));
                const Value *matrix = parallel ? parallel->get(QStringLiteral("matrix")) : nullptr;
                for (const auto &combo : job.matrix) {
                    Job instance = job;
                    QStringList values;
                    if (matrix) {
                        for (const Value &item : matrix->items()) {
                            bool belongs = true;
                            QStringList ordered;
                            for (const Value::Entry &entry : item.entries()) {
                                if (!combo.contains(entry.first)
                                    || !entry.second.toStringList().contains(combo.value(entry.first))) {
                                    belongs = false;
                                    break;
                                }
                                ordered << combo.value(entry.first);
                            }
                            if (belongs && item.entries().size() == size_t(combo.size())) {
                                values = ordered;
                                break;
                            }
                        }
                    }
                    instance.name
                        = job.name + QLatin1String(": [") + values.join(QLatin1String(", ")) + QLatin1Char(']');
                    instance.instanceOf = job.name;
                    instance.instanceVariables = combo;
                    names << instance.name;
                    m.m_instances.append(instance);
                }
            } else {
                m.m_instances.append(job);
                continue;
            }
            m.m_instanceNames.insert(job.name, names);
        }
    }

    Model &m;
    const ModelOptions &o;
    std::vector<int> m_state;
    std::vector<Value> m_extended;
    std::vector<int> m_depth;
    std::vector<const Value *> m_raw; // each job's own mapping in m.m_root
    std::vector<bool> m_tooDeep;
    std::vector<bool> m_rebuilt; // false: the job was taken over from the previous model
    bool m_hasReferences = false;
    bool m_taggedReference = false; // a document has a !reference tag
};

bool ModelBuilder::update(Model &old, const Document &doc, const DocumentChange &change)
{
    if (!change.incremental || !old.m_updatable || doc.root() < 0)
        return false;
    const Node &rootNode = doc.node(doc.root());
    const std::vector<NodeId> &pairs = rootNode.children;
    const int first = change.firstEntry;
    const int oldEnd = first + change.oldEntries;
    const int newEnd = first + change.newEntries;
    const std::vector<Value::Entry> &oldEntries = std::as_const(old.m_root).entries();
    if (!rootNode.isMapping() || oldEnd > int(oldEntries.size())
        || int(oldEntries.size()) - change.oldEntries + change.newEntries != int(pairs.size() / 2))
        return false;

    // The replaced entries, old and new, must be jobs (or other non-global entries) nothing else
    // depends on.
    QSet<QString> changed;
    for (int e = first; e < oldEnd; ++e)
        changed.insert(oldEntries[size_t(e)].first);
    QSet<QString> newKeys;
    for (int e = first; e < newEnd; ++e) {
        const Node &key = doc.node(pairs[size_t(2 * e)]);
        if (!key.isScalar() || newKeys.contains(key.scalar))
            return false;
        newKeys.insert(key.scalar);
        changed.insert(key.scalar);
    }
    for (const QString &name : std::as_const(changed)) {
        if (Model::isGlobalKeyword(name) || name == QLatin1String("<<"))
            return false;
    }
    for (size_t e = 0; e < oldEntries.size(); ++e) {
        if ((int(e) < first || int(e) >= oldEnd) && newKeys.contains(oldEntries[e].first))
            return false; // a duplicate key
    }
    for (int i = 0; i < old.m_jobs.size(); ++i) {
        const int e = old.m_jobEntry[size_t(i)];
        if (e >= first && e < oldEnd)
            continue;
        for (const QString &parent : old.m_jobs[i].extends) {
            if (changed.contains(parent))
                return false;
        }
    }
    std::vector<Value> newValues;
    for (int e = first; e < newEnd; ++e) {
        newValues.push_back(Value::fromNode(doc, pairs[size_t(2 * e + 1)], 0, 1));
        if (hasReference(newValues.back()))
            return false;
    }

    // The new top level: entries before the change kept, the replaced ones read, the ones after
    // kept (or read again when their lines moved, since values know their lines).
    std::vector<Value::Entry> &taken = old.m_root.entries();
    Value root = Value::mapping();
    std::vector<Value::Entry> &entries = root.entries();
    entries.reserve(pairs.size() / 2);
    for (int e = 0; e < first; ++e)
        entries.push_back(std::move(taken[size_t(e)]));
    for (int e = first; e < newEnd; ++e)
        entries.emplace_back(doc.node(pairs[size_t(2 * e)]).scalar, std::move(newValues[size_t(e - first)]));
    const bool linesMoved = change.lineDelta != 0;
    for (size_t e = size_t(oldEnd); e < taken.size(); ++e) {
        if (linesMoved) {
            const size_t at = e - size_t(oldEnd) + size_t(newEnd);
            entries.emplace_back(taken[e].first, Value::fromNode(doc, pairs[2 * at + 1], 0, 1));
        } else {
            entries.push_back(std::move(taken[e]));
        }
    }
    root.line = rootNode.line;
    root.column = rootNode.column;
    root.setTag(rootNode.tag);
    m.m_root = std::move(root);
    m.m_files = old.m_files;
    m.m_stages = old.m_stages;
    m.m_stagesDeclared = old.m_stagesDeclared;

    // Jobs: taken over unless replaced, or moved lines (after the change, or through extends).
    const std::vector<Value::Entry> &all = std::as_const(m.m_root).entries();
    int next = 0; // the next old job
    for (size_t e = 0; e < all.size(); ++e) {
        const Value::Entry &entry = all[e];
        if (Model::isGlobalKeyword(entry.first) || !entry.second.isMapping())
            continue;
        const int oldEntry = int(e) < first ? int(e) : (int(e) < newEnd ? -1 : int(e) - newEnd + oldEnd);
        while (oldEntry >= 0 && next < old.m_jobs.size() && old.m_jobEntry[size_t(next)] < oldEntry)
            ++next;
        const bool kept = oldEntry >= 0 && next < old.m_jobs.size() && old.m_jobEntry[size_t(next)] == oldEntry;
        const bool after = int(e) >= newEnd;
        const bool rebuild = !kept || (linesMoved && (after || !old.m_jobs[next].extends.isEmpty()));
        // A job built again starts from nothing, as in build() (a cycle reads its own depth).
        m_depth.push_back(rebuild ? 0 : old.m_extendsDepth[size_t(next)]);
        m_tooDeep.push_back(rebuild ? false : bool(old.m_extendsTooDeep[size_t(next)]));
        Job job;
        if (!rebuild) {
            job = std::move(old.m_jobs[next]);
            if (after) {
                job.keyNode += change.nodeDelta;
                job.valueNode += change.nodeDelta;
            }
        } else {
            job.name = entry.first;
            job.hidden = job.name.startsWith(QLatin1Char('.'));
            job.keyNode = pairs[2 * e];
            job.valueNode = pairs[2 * e + 1];
            job.line = doc.node(job.keyNode).line;
            job.column = doc.node(job.keyNode).column;
        }
        m_rebuilt.push_back(rebuild);
        m_state.push_back(rebuild ? 0 : 2);
        m_extended.push_back(rebuild ? Value() : job.config);
        m_raw.push_back(&entry.second);
        m.m_jobEntry.push_back(int(e));
        m.m_jobs.append(std::move(job));
    }
    // The name index stays when the replaced entries hold the same jobs at the same places.
    bool sameNames = m.m_jobs.size() == old.m_jobs.size();
    for (int i = 0; sameNames && i < m.m_jobs.size(); ++i) {
        const int e = m.m_jobEntry[size_t(i)];
        if (e >= first && e < newEnd)
            sameNames = old.m_jobIndex.value(m.m_jobs[i].name, -1) == i;
    }
    if (sameNames) {
        m.m_jobIndex = std::move(old.m_jobIndex);
    } else {
        m.m_jobIndex.reserve(m.m_jobs.size());
        for (int i = 0; i < m.m_jobs.size(); ++i)
            m.m_jobIndex.insert(m.m_jobs[i].name, i);
    }
    // Diagnostics of the jobs taken over stay; the others are found again.
    QSet<QString> rebuilt;
    for (int i = 0; i < m.m_jobs.size(); ++i) {
        if (m_rebuilt[size_t(i)])
            rebuilt.insert(m.m_jobs[i].name);
    }
    for (const Diagnostic &d : std::as_const(old.m_diagnostics)) {
        if (!rebuilt.contains(d.job) && !changed.contains(d.job))
            m.m_diagnostics.append(d);
    }
    for (int i = 0; i < m.m_jobs.size(); ++i) {
        if (m_rebuilt[size_t(i)])
            m.m_jobs[i].config = extended(i);
    }
    views();
    instances();
    finish(doc);
    return true;
}

Model Model::update(Model old, const Document &doc, const DocumentChange &change, const ModelOptions &options)
{
    if (change.incremental && change.oldEntries == 0 && change.newEntries == 0 && old.m_updatable)
        return old; // the same text
    Model model;
    ModelBuilder builder(model, options);
    if (builder.update(old, doc, change))
        return model;
    return build(doc, options);
}

bool Job::operator==(const Job &o) const
{
    return name == o.name && hidden == o.hidden && file == o.file && line == o.line && column == o.column
        && keyNode == o.keyNode && valueNode == o.valueNode && config == o.config && stage == o.stage
        && extends == o.extends && hasNeeds == o.hasNeeds && needs == o.needs && hasDependencies == o.hasDependencies
        && dependencies == o.dependencies && when == o.when && tags == o.tags && hasScript == o.hasScript
        && hasTrigger == o.hasTrigger && hasRules == o.hasRules && parallel == o.parallel && matrix == o.matrix
        && instanceOf == o.instanceOf && instanceVariables == o.instanceVariables;
}

bool Model::operator==(const Model &o) const
{
    return m_stages == o.m_stages && m_stagesDeclared == o.m_stagesDeclared && m_root == o.m_root
        && m_jobs == o.m_jobs && m_jobIndex == o.m_jobIndex && m_instances == o.m_instances
        && m_instanceNames == o.m_instanceNames && m_includes == o.m_includes && m_files == o.m_files
        && m_diagnostics == o.m_diagnostics && m_updatable == o.m_updatable && m_jobEntry == o.m_jobEntry
        && m_extendsDepth == o.m_extendsDepth && m_extendsTooDeep == o.m_extendsTooDeep;
}

Model Model::build(const Document &doc, const ModelOptions &options)
{
    Model model;
    ModelBuilder builder(model, options);
    builder.build(doc);
    return model;
}

} // namespace LabDesk::Ci
