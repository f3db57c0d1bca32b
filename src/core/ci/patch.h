#pragma once

#include "document.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace LabDesk::Ci {

// A text replacement: the bytes in span (of the text it was made for) become replacement.
struct Replacement
{
    Span span;
    QByteArray replacement;
    QByteArray original; // the bytes span covered, so the patch can be inverted
};

// A minimal, invertible change to a CI file: non-overlapping replacements, sorted by offset, all
// relative to the same original text. apply() touches only the bytes inside the spans;
// inverted() is the patch that turns the result back into the original (undo).
class Patch
{
public:
    Patch() = default;
    explicit Patch(QVector<Replacement> replacements);

    bool isEmpty() const { return m_replacements.isEmpty(); }
    const QVector<Replacement> &replacements() const { return m_replacements; }

    // Applies to text (which must be the text the patch was made for; checked: returns false and
    // leaves *out alone when an original does not match).
    bool apply(const QByteArray &text, QByteArray *out) const;
    QByteArray applied(const QByteArray &text) const;
    Patch inverted() const;
    // A unified diff (3 lines of context) of text before and after the patch.
    QByteArray unifiedDiff(const QByteArray &text, const QString &fileName) const;

private:
    QVector<Replacement> m_replacements;
};

} // namespace LabDesk::Ci
