#pragma once

#include "document.h"
#include "model.h"
#include "patch.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace LabDesk::Ci {

// The outcome of one edit: the patch (empty on failure), a translated error, and for deletes the
// needs left dangling.
struct EditResult
{
    Patch patch;
    QString error;
    QStringList danglingNeeds; // "job -> deleted" for each need/dependency left pointing nowhere
    bool isOk() const { return error.isEmpty(); }
};

// Computes edits of a CI file as minimal text patches: only the bytes of the edited keys, values,
// list items or lines change; comments, anchors, quoting and indentation elsewhere stay as they
// are, and new text follows the file's own style (indentation unit, sequence indentation, quotes,
// line breaks). An Editor works on one Document (and its Model); apply the returned patch to
// doc.bytes(), re-parse, and make a new Editor for the next edit. Edits on jobs only reach jobs
// defined in the main document as block mappings (GitLab files practically always are); others
// return an error and an empty patch.
class Editor
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ci::Editor)
public:
    explicit Editor(const Document &doc, const ModelOptions &options = {});
    // Uses model (built from doc) without copying it: model must outlive the Editor.
    Editor(const Document &doc, const Model &model);

    // Sets job.key to value, given in YAML flow syntax (`[a, b]`, `"x"`, `{k: v}`, plain).
    // script, before_script and after_script lists are written block-style.
    EditResult setKey(const QString &job, const QString &key, const QString &flowValue) const;
    EditResult unsetKey(const QString &job, const QString &key) const;
    // Adds a job after the last job of stage (or of the closest earlier stage), with a script
    // placeholder unless script is given.
    EditResult addJob(const QString &name, const QString &stage, const QStringList &script = {}) const;
    EditResult duplicateJob(const QString &job, const QString &newName) const;
    // Deletes the job and the comment lines directly above it; reports dangling needs.
    EditResult deleteJob(const QString &job) const;
    // Renames the job and every needs, dependencies and extends entry naming it.
    EditResult renameJob(const QString &job, const QString &newName) const;
    EditResult moveJob(const QString &job, const QString &stage) const;
    EditResult addNeed(const QString &job, const QString &need) const;
    // Removes a need; the needs: key goes when it was the last one.
    EditResult removeNeed(const QString &job, const QString &need) const;
    // Adds a stage before `before` (or at the end, before .post); creates stages: from GitLab's
    // defaults when the file has none.
    EditResult addStage(const QString &stage, const QString &before = {}) const;
    EditResult removeStage(const QString &stage) const;
    // Reorders the stages: list to order (which must hold the same stages).
    EditResult reorderStages(const QStringList &order) const;

    // The style the file uses, as detected.
    int indentUnit() const { return m_indent; }
    bool indentsSequences() const { return m_indentSequences; }
    char quoteChar() const { return m_quote; }

private:
    struct JobRef;
    bool findJob(const QString &name, JobRef *ref, QString *error) const;
    void detectStyle();
    Span entryLines(NodeId key, NodeId value, bool withComments) const;
    QByteArray scalarText(const QString &text) const;
    QByteArray valueText(const Value &value) const;
    QByteArray blockValue(const Value &value, int indent) const;
    EditResult setValue(NodeId mapping, int mappingIndent, const QString &key, const Value &value,
                        const QString &context) const;
    EditResult listAdd(NodeId mapping, int indent, const QString &key, const QString &item) const;

    const Document &m_doc;
    std::optional<Model> m_ownModel; // when constructed without a model
    const Model &m_model;
    int m_indent = 2;
    bool m_indentSequences = true;
    char m_quote = '"';
    bool m_alwaysQuote = false; // the file quotes most of its string values
    bool m_blankBetweenJobs = true;
    bool m_blockNeeds = false;
};

} // namespace LabDesk::Ci
