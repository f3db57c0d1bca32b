#include "citextedit.h"

#include "core/ci/model.h"
#include "core/ci/patch.h"

#include <Qsci/qsciabstractapis.h>
#include <Qsci/qscilexeryaml.h>

#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QRegularExpression>

namespace LabDesk::Ui::CiEditor {

namespace {

const QStringList &predefinedVariables()
{
    static const QStringList names = {
        QStringLiteral("CI"), QStringLiteral("CI_COMMIT_BRANCH"), QStringLiteral("CI_COMMIT_REF_NAME"),
        QStringLiteral("CI_COMMIT_REF_SLUG"), QStringLiteral("CI_COMMIT_SHA"), QStringLiteral("CI_COMMIT_SHORT_SHA"),
        QStringLiteral("CI_COMMIT_TAG"), QStringLiteral("CI_COMMIT_MESSAGE"), QStringLiteral("CI_COMMIT_TITLE"),
        QStringLiteral("CI_DEFAULT_BRANCH"), QStringLiteral("CI_ENVIRONMENT_NAME"), QStringLiteral("CI_JOB_ID"),
        QStringLiteral("CI_JOB_NAME"), QStringLiteral("CI_JOB_STAGE"), QStringLiteral("CI_JOB_TOKEN"),
        QStringLiteral("CI_MERGE_REQUEST_IID"), QStringLiteral("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"),
        QStringLiteral("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"), QStringLiteral("CI_MERGE_REQUEST_LABELS"),
        QStringLiteral("CI_OPEN_MERGE_REQUESTS"), QStringLiteral("CI_PIPELINE_ID"), QStringLiteral("CI_PIPELINE_IID"),
        QStringLiteral("CI_PIPELINE_SOURCE"), QStringLiteral("CI_PROJECT_DIR"), QStringLiteral("CI_PROJECT_ID"),
        QStringLiteral("CI_PROJECT_NAME"), QStringLiteral("CI_PROJECT_NAMESPACE"), QStringLiteral("CI_PROJECT_PATH"),
        QStringLiteral("CI_PROJECT_URL"), QStringLiteral("CI_REGISTRY"), QStringLiteral("CI_REGISTRY_IMAGE"),
        QStringLiteral("CI_REGISTRY_USER"), QStringLiteral("CI_REGISTRY_PASSWORD"), QStringLiteral("CI_SERVER_HOST"),
        QStringLiteral("CI_SERVER_URL"), QStringLiteral("GITLAB_CI"), QStringLiteral("GITLAB_USER_LOGIN"),
    };
    return names;
}

} // namespace

// Context-aware completion: keywords at the top level or inside a job, job names after needs,
// extends and dependencies, variables after '$'.
class CompletionApis : public QsciAbstractAPIs
{
public:
    CompletionApis(QsciLexer *lexer, CiTextEdit *edit)
        : QsciAbstractAPIs(lexer)
        , m_edit(edit)
    {
    }

    void updateAutoCompletionList(const QStringList &context, QStringList &list) override
    {
        const QString word = context.isEmpty() ? QString() : context.constLast();
        int line = 0;
        int index = 0;
        m_edit->getCursorPosition(&line, &index);
        const QString lineText = m_edit->text(line).left(index);
        const qsizetype indent = lineText.size() - QString(lineText).remove(QRegularExpression(QStringLiteral("^\\s+"))).size();
        QStringList candidates;
        const int dollar = lineText.lastIndexOf(QLatin1Char('$'));
        if (dollar >= 0 && lineText.mid(dollar + 1) == word) {
            candidates = predefinedVariables();
        } else if (listKeyAbove(line, lineText)) {
            candidates = m_edit->jobNames();
        } else if (QRegularExpression(QStringLiteral("^\\S*$")).match(lineText).hasMatch()) {
            candidates = Ci::Model::globalKeywords();
        } else if (indent > 0 && !lineText.contains(QLatin1Char(':'))) {
            candidates = Ci::Model::jobKeywords();
        }
        for (const QString &candidate : std::as_const(candidates)) {
            if (candidate.startsWith(word, Qt::CaseInsensitive) && candidate != word)
                list << candidate;
        }
        list.removeDuplicates();
        list.sort();
    }

    QStringList callTips(const QStringList &, int, QsciScintilla::CallTipsStyle, QList<int> &) override { return {}; }

private:
    // Whether the cursor is in the value of needs:, extends: or dependencies:.
    bool listKeyAbove(int line, const QString &lineText) const
    {
        static const QRegularExpression key(QStringLiteral("^\\s*(needs|extends|dependencies)\\s*:"));
        if (key.match(lineText).hasMatch())
            return true;
        if (!lineText.trimmed().startsWith(QLatin1Char('-')) && !lineText.trimmed().startsWith(QStringLiteral("job:")))
            return false;
        for (int l = line - 1; l >= 0 && l > line - 50; --l) {
            const QString text = m_edit->text(l);
            if (text.trimmed().startsWith(QLatin1Char('-')) || text.trimmed().isEmpty())
                continue;
            return key.match(text).hasMatch();
        }
        return false;
    }

    CiTextEdit *m_edit;
};

CiTextEdit::CiTextEdit(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    auto *lexer = new QsciLexerYAML(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    lexer->setFoldComments(true);
    lexer->setColor(QColor(0x0b, 0x5c, 0xad), QsciLexerYAML::Identifier);
    lexer->setColor(QColor(0x6a, 0x73, 0x7d), QsciLexerYAML::Comment);
    lexer->setColor(QColor(0x9a, 0x3a, 0x00), QsciLexerYAML::Reference);
    lexer->setColor(QColor(0x1a, 0x7f, 0x37), QsciLexerYAML::DocumentDelimiter);
    setLexer(lexer);
    m_apis = new CompletionApis(lexer, this);
    setAutoCompletionSource(QsciScintilla::AcsAPIs);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(false);
    setAutoCompletionReplaceWord(true);

    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginLineNumbers(0, true);
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, 14);
    setMarginSensitivity(1, false);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setMarginsBackgroundColor(palette().color(QPalette::Window));
    setMarginsForegroundColor(palette().color(QPalette::PlaceholderText));
    setFoldMarginColors(palette().color(QPalette::Window), palette().color(QPalette::Window));

    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setAutoIndent(true);
    setIndentationGuides(true);
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(QColor(0xf3, 0xf6, 0xfa));
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setWrapMode(QsciScintilla::WrapNone);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);

    markerDefine(QsciScintilla::Circle, m_errorMarker);
    setMarkerBackgroundColor(QColor(0xd9, 0x30, 0x25), m_errorMarker);
    setMarkerForegroundColor(QColor(0xd9, 0x30, 0x25), m_errorMarker);
    markerDefine(QsciScintilla::Circle, m_warningMarker);
    setMarkerBackgroundColor(QColor(0xe0, 0x9a, 0x00), m_warningMarker);
    setMarkerForegroundColor(QColor(0xe0, 0x9a, 0x00), m_warningMarker);
    setMarginMarkerMask(1, (1 << m_errorMarker) | (1 << m_warningMarker));
}

QByteArray CiTextEdit::bytes() const
{
    const auto length = int(SendScintilla(SCI_GETLENGTH));
    const auto *buffer = reinterpret_cast<const char *>(SendScintilla(SCI_GETCHARACTERPOINTER));
    return QByteArray(buffer, length);
}

void CiTextEdit::loadText(const QByteArray &text)
{
    SendScintilla(SCI_SETUNDOCOLLECTION, 0L);
    SendScintilla(SCI_SETTEXT, text.constData());
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    SendScintilla(SCI_SETUNDOCOLLECTION, 1L);
    SendScintilla(SCI_SETSAVEPOINT);
    setEolMode(text.contains("\r\n") ? QsciScintilla::EolWindows : QsciScintilla::EolUnix);
}

bool CiTextEdit::applyPatch(const Ci::Patch &patch)
{
    const QByteArray current = bytes();
    QByteArray check;
    if (!patch.apply(current, &check))
        return false;
    const int firstLine = firstVisibleLine();
    const long xOffset = SendScintilla(SCI_GETXOFFSET);
    beginUndoAction();
    const auto &replacements = patch.replacements();
    for (auto it = replacements.crbegin(); it != replacements.crend(); ++it) {
        SendScintilla(SCI_SETTARGETRANGE, static_cast<unsigned long>(it->span.begin), static_cast<long>(it->span.end));
        SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(it->replacement.size()),
                      it->replacement.constData());
    }
    endUndoAction();
    setFirstVisibleLine(firstLine);
    SendScintilla(SCI_SETXOFFSET, static_cast<unsigned long>(xOffset));
    return true;
}

void CiTextEdit::setDiagnostics(const Ci::Diagnostics &diagnostics)
{
    markerDeleteAll(m_errorMarker);
    markerDeleteAll(m_warningMarker);
    clearAnnotations();
    QMap<int, QStringList> notes;
    QMap<int, bool> errors;
    for (const Ci::Diagnostic &d : diagnostics) {
        if (!d.file.isEmpty() || d.line <= 0)
            continue;
        const int line = d.line - 1;
        markerAdd(line, d.isError() ? m_errorMarker : m_warningMarker);
        notes[line] << d.message;
        errors[line] = errors.value(line) || d.isError();
    }
    if (!m_errorStyle) {
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        m_errorStyle = std::make_unique<QsciStyle>(-1, QStringLiteral("error"), QColor(0xa1, 0x26, 0x1b),
                                                   QColor(0xfd, 0xec, 0xea), font);
        m_warningStyle = std::make_unique<QsciStyle>(-1, QStringLiteral("warning"), QColor(0x7a, 0x55, 0x00),
                                                     QColor(0xfd, 0xf6, 0xe3), font);
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        annotate(it.key(), it.value().join(QLatin1Char('\n')), errors.value(it.key()) ? *m_errorStyle : *m_warningStyle);
}

void CiTextEdit::setJobNames(const QStringList &names)
{
    m_jobNames = names;
}

int CiTextEdit::positionOfLine(int line) const
{
    return int(SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(qMax(0, line - 1))));
}

} // namespace LabDesk::Ui::CiEditor
