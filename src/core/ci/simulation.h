#pragma once

#include "model.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace LabDesk::Ci {

// GitLab's CI/CD variable expressions (rules:if, only:variables): $VAR, "string", 'string', null,
// /regex/flags, ==, !=, =~, !~, &&, ||, parentheses. Unknown variables are null.
class Expression
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ci::Expression)
public:
    // Evaluates text against variables; *error gets a translated message for a syntax error
    // (and the result is false).
    static bool evaluate(const QString &text, const QMap<QString, QString> &variables, QString *error = nullptr);
};

// The pipeline a simulation pretends to create.
struct PipelineInput
{
    QString ref; // branch or tag name
    bool isTag = false;
    QString source = QStringLiteral("push"); // push, merge_request_event, web, schedule, api, trigger, ...
    QString defaultBranch = QStringLiteral("main");
    QMap<QString, QString> variables; // user variables (override the file's)
    QStringList changedFiles; // for rules:changes / only:changes; ignored for sources without a diff
    QString rootDir; // working tree for rules:exists; empty: exists never matches
};

// Whether and how one job runs.
struct JobDecision
{
    QString job; // instance name
    bool runs = false;
    QString when; // on_success, manual, delayed, always, on_failure, never
    QString reason; // translated: which rule, only/except or default decided
    int ruleIndex = -1; // rules:[index] that matched, -1 when not rules
    int line = 0;
};

struct SimulationResult
{
    bool pipelineCreated = true; // false when workflow:rules filter the pipeline out
    QString workflowReason;
    QVector<JobDecision> jobs; // every visible job instance, in model order
};

// Decides, like GitLab's pipeline creation, which jobs run for an input: workflow:rules, then per
// job rules (if/changes/exists/when), or only/except (refs, variables, changes), with the
// predefined variables GitLab sets for the source. Pure function.
class Simulation
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ci::Simulation)
public:
    static SimulationResult run(const Model &model, const PipelineInput &input);
    // The predefined CI variables for an input (CI_COMMIT_REF_NAME, CI_PIPELINE_SOURCE, ...).
    static QMap<QString, QString> predefinedVariables(const PipelineInput &input);
    // GitLab's glob for changes/exists (**, *, ?, {a,b}), matched against a relative path.
    static bool globMatch(const QString &pattern, const QString &path);
};

} // namespace LabDesk::Ci
