#pragma once

#include "diagnostic.h"
#include "document.h"
#include "model.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace LabDesk::Ci {

// What the server knows and the file does not: used for context-dependent checks.
struct ValidationContext
{
    struct Runner
    {
        QStringList tags;
        bool runUntagged = false;
    };
    QStringList branches; // existing branches; empty: unknown (unmatched-ref is skipped)
    QString defaultBranch;
    bool runnersKnown = false; // when false, no-runner-for-tags is skipped
    QVector<Runner> runners; // online runners
};

// Validates a CI file: YAML syntax, structure (keywords and value types, our own rules modelled on
// GitLab's ci.json schema), YAML 1.1 surprises, and semantics (stages, needs, extends, scripts,
// reserved names), plus context checks when a context is given. Every diagnostic carries a stable
// code (see docs/ci-core.md), a translated message and a 1-based line and column. Pure function.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ci::Validator)
public:
    static Diagnostics validate(const Document &doc, const Model &model, const ValidationContext &context = {});
    // All codes this validator can emit.
    static const QStringList &codes();
    // The closest candidate within edit distance 2 (or a prefix), for "did you mean".
    static QString suggestion(const QString &word, const QStringList &candidates);
};

} // namespace LabDesk::Ci
