#pragma once

#include "core/ci/diagnostic.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <memory>

#include <QStringList>

namespace LabDesk::Ci {
class Patch;
}

namespace LabDesk::Ui::CiEditor {

class CompletionApis;

// The YAML text pane: QScintilla with YAML highlighting, line numbers, folding, diagnostics as
// margin markers and annotations, and completion of CI keywords, job names (in needs, extends,
// dependencies) and predefined CI variables. Its undo stack is the editor's single source of
// truth: form and graph edits arrive here as patches, each one undo step.
class CiTextEdit : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CiTextEdit(QWidget *parent = nullptr);

    // The buffer's bytes (UTF-8), without copying more than once.
    QByteArray bytes() const;
    // Replaces the whole text without an undo step (loading a file).
    void loadText(const QByteArray &text);
    // Applies a patch made for bytes() as one undo step, keeping caret and scroll position.
    bool applyPatch(const Ci::Patch &patch);

    void setDiagnostics(const Ci::Diagnostics &diagnostics);
    void setJobNames(const QStringList &names);
    const QStringList &jobNames() const { return m_jobNames; }
    // The byte offset of a 1-based line.
    int positionOfLine(int line) const;

private:
    CompletionApis *m_apis = nullptr;
    QStringList m_jobNames;
    std::unique_ptr<QsciStyle> m_errorStyle;
    std::unique_ptr<QsciStyle> m_warningStyle;
    int m_errorMarker = 0;
    int m_warningMarker = 1;
};

} // namespace LabDesk::Ui::CiEditor
