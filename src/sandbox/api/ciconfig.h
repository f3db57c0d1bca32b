#pragma once

#include "ciyaml.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace LabDesk::Sandbox::Ci {

// The sandbox's own reading of `.gitlab-ci.yml`: enough of GitLab's keywords to create and simulate
// pipelines (stages, jobs, script, when, allow_failure, needs, tags, only/except, rules, extends,
// default, local include, trigger) and to answer the CI lint API with GitLab's error wording.
// Self-contained on purpose: labdesk_core's editor and validator are the product's, this is the
// emulated server's.

// An emulated GitLab release as major * 100 + minor ("17.5.2" -> 1705, "16.2.3-jh" -> 1602);
// error texts and fields changed across releases. Unparsable strings count as very new.
int versionCode(const QString &versionString);

struct Rule
{
    bool hasIf = false;
    QString ifExpression;
    QString when;                      // empty: the job's own `when`
    std::optional<bool> allowFailure;
    QStringList exists;                // glob patterns; empty: not used
    bool hasChanges = false;           // `changes:` (a list, or {paths:, compare_to:})
    QStringList changes;               // glob patterns
    QString compareTo;                 // changes:compare_to, a ref; empty: the push's own range
    QString startIn;
    bool whenOnly = false;             // the rule has nothing but `when:` (GitLab warns about it)
};

struct Need
{
    QString job;
    bool optional = false;
};

struct Job
{
    QString name;
    QString stage;
    int line = 0;
    QStringList beforeScript;
    QStringList script;
    QStringList afterScript;
    QString when;                      // as written; empty means on_success
    std::optional<bool> allowFailure;
    QStringList tags;
    bool hasNeeds = false;             // `needs:` present (also `needs: []`): scheduled as a DAG
    QList<Need> needs;
    bool hasOnly = false;
    bool hasExcept = false;
    QStringList onlyRefs;
    QStringList exceptRefs;
    QStringList onlyVariables;
    QStringList exceptVariables;
    std::optional<QStringList> onlyChanges;   // only:changes / except:changes globs
    std::optional<QStringList> exceptChanges;
    QJsonValue onlyJson;               // as lint shows it
    QJsonValue exceptJson;
    bool hasRules = false;
    QList<Rule> rules;
    bool isBridge = false;             // has `trigger:`
    QStringList triggerIncludes;       // local files making the child pipeline
    QString triggerProject;            // multi-project trigger
    QString triggerBranch;
    bool strategyDepend = false;
    QString environment;
    QString image;
    QString startIn;
    QHash<QString, QString> variables;
};

struct Config
{
    QStringList stages;                // with .pre and .post
    QList<Job> jobs;                   // visible jobs, in file order
    bool hasWorkflowRules = false;
    QList<Rule> workflowRules;
    QList<QPair<QString, QString>> variables;
    QStringList errors;
    QStringList warnings;
    QJsonArray includes;               // lint's `includes`
    YamlNode merged;                   // the configuration with includes merged, for `merged_yaml`
    bool parsed = false;               // the YAML parsed into a mapping

    bool isValid() const { return errors.isEmpty(); }
    const Job *job(const QString &name) const;
};

// Where a configuration's `include: local` files come from and how lint describes them.
struct Source
{
    std::function<std::optional<QByteArray>(const QString &path)> readFile; // nullopt: no such file
    // include:project: `path` at `ref` ("HEAD": the default branch) of another project, as the
    // pipeline's user may read it; nullopt with GitLab's error message in `error` otherwise.
    std::function<std::optional<QByteArray>(const QString &project, const QString &ref, const QString &path,
                                            QString *error)>
        readProjectFile;
    QString projectPath;
    QString sha;
    QString webBase;                   // http://host:port
    int version = 9999;
};

Config load(const QByteArray &content, const Source &source);

// What rules, only/except and workflow see of a pipeline about to be created.
struct Context
{
    QString ref;
    bool tag = false;
    QString source;                    // push, web, api, trigger, schedule, parent_pipeline, pipeline
    QString projectPath;
    QHash<QString, QString> variables; // predefined, then YAML, then the pipeline's own
    std::function<bool(const QString &glob)> exists;
    // Whether a path matching one of `globs` changed: in the pushed range, or since `compareTo`'s
    // merge base when given. Unset, or nullopt from it, means "no diff to compare": GitLab then
    // takes `changes:` as satisfied (new branches, web, API, trigger and schedule pipelines).
    std::function<std::optional<bool>(const QStringList &globs, const QString &compareTo)> changed;
};

// Predefined CI variables for `context` (CI_COMMIT_BRANCH or CI_COMMIT_TAG, CI_COMMIT_REF_NAME,
// CI_PIPELINE_SOURCE, CI_DEFAULT_BRANCH, ...).
QHash<QString, QString> predefinedVariables(const QString &ref, bool tag, const QString &source, const QString &sha,
                                            const QString &defaultBranch, const QString &projectPath);

struct SeedJob
{
    const Job *job = nullptr;
    QString when;                      // on_success, on_failure, always, manual, delayed
    bool allowFailure = false;
    int stageIndex = 0;
    QString startIn;
};

struct Seed
{
    QList<SeedJob> jobs;               // by stage, then file order
    QString error;                     // GitLab's reason when no pipeline would be created
};

// Which jobs a pipeline in `context` gets: workflow rules, then each job's rules or only/except.
Seed seed(const Config &config, const Context &context, int version);

// A `rules:if` / `only:variables` expression: $VAR, "string", /regex/, null, ==, !=, =~, !~, &&, ||
// and parentheses. Anything it cannot read is false.
bool evaluate(const QString &expression, const QHash<QString, QString> &variables);

// Lint's `jobs` array: the static view (every job, with only/except/needs) and the dry run's.
QJsonArray lintJobs(const Config &config);
QJsonArray dryRunJobs(const Config &config, const Seed &seed);

// $NAME and ${NAME} replaced by their values (unknown ones by nothing), as the runner expands `image:`.
QString expandVariables(const QString &text, const QHash<QString, QString> &variables);

// "30 minutes", "1 hour", "2 days 4 hours", "1 week": seconds, or -1.
qint64 parseDuration(const QString &text);

} // namespace LabDesk::Sandbox::Ci
