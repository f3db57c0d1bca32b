#pragma once

#include "diagnostic.h"
#include "document.h"
#include "value.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace LabDesk::Ci {

// An include: entry of the CI file.
struct Include
{
    enum class Kind {
        Local,
        Project,
        Remote,
        Template,
        Component,
    };
    Kind kind = Kind::Local;
    QString location; // local path, project path, URL, template name or component address
    QString ref; // include:project ref
    QStringList files; // include:project file(s)
    bool resolved = false; // its content is part of the model
    QString error; // why it is not resolved (offline, missing file, ...)
    int line = 0;
    int column = 0;
    static QString kindName(Kind kind);
    bool operator==(const Include &o) const
    {
        return kind == o.kind && location == o.location && ref == o.ref && files == o.files && resolved == o.resolved
            && error == o.error && line == o.line && column == o.column;
    }
};

// One entry of needs:.
struct Need
{
    QString job;
    bool optional = false;
    bool artifacts = true;
    QString project; // needs:project (cross-project artifacts), empty otherwise
    QString pipeline; // needs:pipeline (parent pipeline), empty otherwise
    Value matrix; // needs:parallel:matrix, Null otherwise
    int line = 0;
    int column = 0;
    bool isLocal() const { return project.isEmpty() && pipeline.isEmpty(); }
    bool operator==(const Need &o) const
    {
        return job == o.job && optional == o.optional && artifacts == o.artifacts && project == o.project
            && pipeline == o.pipeline && matrix == o.matrix && line == o.line && column == o.column;
    }
};

// A job (or hidden template) of the model, after include, extends and !reference resolution.
struct Job
{
    QString name;
    bool hidden = false; // starts with '.', never runs
    int file = 0; // index into Model::files() (0 = the main document)
    int line = 0; // position of the job's key
    int column = 0;
    NodeId keyNode = -1; // in the main document, -1 for jobs from includes
    NodeId valueNode = -1;
    Value config; // the job's mapping after extends and !reference (what `expand` prints)

    // Convenience views of config (defaults applied: stage "test", when "on_success").
    QString stage;
    QStringList extends;
    bool hasNeeds = false; // needs: present (even empty)
    QVector<Need> needs;
    bool hasDependencies = false;
    QStringList dependencies;
    QString when;
    QStringList tags; // job tags, or default:tags when the job has none
    bool hasScript = false;
    bool hasTrigger = false;
    bool hasRules = false;
    int parallel = 0; // parallel: N (0 when absent)
    QVector<QMap<QString, QString>> matrix; // parallel:matrix combinations, expanded
    // For expanded instances: the job this instance comes from, and its variables.
    QString instanceOf;
    QMap<QString, QString> instanceVariables;

    bool operator==(const Job &o) const;
    bool operator!=(const Job &o) const { return !(*this == o); }
};

// Supplies the content of includes the model cannot read by itself (project, remote, template,
// component). Returns std::nullopt when unavailable; the include then stays unresolved.
using IncludeResolver = std::function<std::optional<QByteArray>(const Include &include)>;

struct ModelOptions
{
    QString rootDir; // working-tree root for include:local and rules:exists; empty: none
    IncludeResolver resolver;
    int maxIncludes = 150; // GitLab's default limit
};

// The CI configuration GitLab builds from a Document: global keywords, jobs and templates with
// includes, extends (deep-merged, up to GitLab's 11 levels), anchors, merge keys and !reference
// resolved, and parallel / parallel:matrix jobs expanded into instances. Building never fails:
// problems it meets (unknown extends, cycles, unresolvable references, missing includes) are in
// diagnostics(). A Model is a value, independent of the Document after build().
class Model
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ci::Model)
public:
    static Model build(const Document &doc, const ModelOptions &options = {});
    // The model of doc after doc.update() returned change, reusing what the change did not touch
    // in old (the model of the document before the update, built with the same options): only
    // the replaced jobs are built again when nothing else depends on them (no includes, no
    // !reference, no extends naming them, no global keyword among them). Otherwise, and when the
    // change was not incremental, builds from scratch. Equal to build(doc, options) either way.
    static Model update(Model old, const Document &doc, const DocumentChange &change,
                        const ModelOptions &options = {});

    // Stages as declared (stages: or the legacy types:), else GitLab's defaults; always framed by
    // .pre and .post.
    const QStringList &stages() const { return m_stages; }
    bool hasDeclaredStages() const { return m_stagesDeclared; }
    // The merged top-level configuration (globals and jobs) before extends, after includes.
    const Value &root() const { return m_root; }
    // Global keywords (default, variables, workflow, image, ...) from root().
    const Value *global(const QString &keyword) const { return m_root.get(keyword); }
    // Jobs and hidden templates in file order (includes first, then the main file).
    const QVector<Job> &jobs() const { return m_jobs; }
    const Job *job(const QString &name) const;
    // Visible jobs with parallel and parallel:matrix expanded ("build 1/3", "test: [a, b]").
    const QVector<Job> &instances() const { return m_instances; }
    // Instance names a job expands to (just its name when not parallel).
    QStringList instanceNames(const QString &job) const;
    const QVector<Include> &includes() const { return m_includes; }
    // File paths: [0] is the main document ("" when it has none), then one per resolved include.
    const QStringList &files() const { return m_files; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // The merged configuration as GitLab's merged_yaml: includes and extends resolved, hidden
    // templates kept, !reference resolved.
    Value merged() const;

    // Whether a top-level key is a global keyword (not a job).
    static bool isGlobalKeyword(const QString &key);
    static const QStringList &defaultStages();
    static const QStringList &jobKeywords();
    static const QStringList &globalKeywords();

    bool operator==(const Model &o) const;
    bool operator!=(const Model &o) const { return !(*this == o); }

private:
    friend class ModelBuilder;
    QStringList m_stages;
    bool m_stagesDeclared = false;
    Value m_root;
    QVector<Job> m_jobs;
    QHash<QString, int> m_jobIndex;
    QVector<Job> m_instances;
    QHash<QString, QStringList> m_instanceNames;
    QVector<Include> m_includes;
    QStringList m_files;
    Diagnostics m_diagnostics;
    // What update() needs: whether root()'s entries are the document's top-level entries one to
    // one (no includes, no merge key or duplicate at the top) and nothing uses !reference; each
    // job's entry index and extends chain length (and whether it is too long).
    bool m_updatable = false;
    std::vector<int> m_jobEntry;
    std::vector<int> m_extendsDepth;
    std::vector<bool> m_extendsTooDeep;
};

} // namespace LabDesk::Ci
