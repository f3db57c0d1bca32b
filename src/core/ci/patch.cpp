#include "patch.h"

#include <algorithm>

namespace LabDesk::Ci {

Patch::Patch(QVector<Replacement> replacements)
    : m_replacements(std::move(replacements))
{
    std::sort(m_replacements.begin(), m_replacements.end(),
              [](const Replacement &a, const Replacement &b) { return a.span.begin < b.span.begin; });
    // Drop no-op replacements so the patch is minimal.
    m_replacements.erase(std::remove_if(m_replacements.begin(), m_replacements.end(),
                                        [](const Replacement &r) { return r.replacement == r.original; }),
                         m_replacements.end());
}

bool Patch::apply(const QByteArray &text, QByteArray *out) const
{
    QByteArray result;
    result.reserve(text.size() + 256);
    qsizetype cursor = 0;
    for (const Replacement &r : m_replacements) {
        if (r.span.begin < cursor || r.span.end > text.size() || r.span.begin > r.span.end)
            return false;
        if (text.mid(r.span.begin, r.span.size()) != r.original)
            return false;
        result.append(text.constData() + cursor, r.span.begin - cursor);
        result.append(r.replacement);
        cursor = r.span.end;
    }
    result.append(text.constData() + cursor, text.size() - cursor);
    *out = result;
    return true;
}

QByteArray Patch::applied(const QByteArray &text) const
{
    QByteArray out = text;
    apply(text, &out);
    return out;
}

Patch Patch::inverted() const
{
    QVector<Replacement> inverse;
    qsizetype delta = 0;
    for (const Replacement &r : m_replacements) {
        Replacement back;
        back.span.begin = r.span.begin + delta;
        back.span.end = back.span.begin + r.replacement.size();
        back.replacement = r.original;
        back.original = r.replacement;
        delta += r.replacement.size() - r.span.size();
        inverse.append(back);
    }
    Patch p;
    p.m_replacements = inverse;
    return p;
}

namespace {

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            lines.append(text.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.append(text.mid(start));
    return lines;
}

} // namespace

QByteArray Patch::unifiedDiff(const QByteArray &text, const QString &fileName) const
{
    QByteArray after;
    if (!apply(text, &after))
        return {};
    const QList<QByteArray> a = splitLines(text);
    const QList<QByteArray> b = splitLines(after);
    // Common prefix/suffix per replacement region is enough: edits are local. Use a simple
    // LCS-free approach: find changed line ranges by comparing prefix and suffix of each hunk.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    if (prefix == a.size() && prefix == b.size())
        return {};
    QByteArray out;
    const QByteArray name = fileName.toUtf8();
    out += "--- a/" + name + "\n+++ b/" + name + "\n";
    const qsizetype context = 3;
    const qsizetype start = std::max<qsizetype>(0, prefix - context);
    const qsizetype aEnd = std::min<qsizetype>(a.size(), a.size() - suffix + context);
    const qsizetype bEnd = std::min<qsizetype>(b.size(), b.size() - suffix + context);
    out += "@@ -" + QByteArray::number(start + 1) + ',' + QByteArray::number(aEnd - start) + " +"
        + QByteArray::number(start + 1) + ',' + QByteArray::number(bEnd - start) + " @@\n";
    auto line = [](char mark, QByteArray l) {
        if (!l.endsWith('\n'))
            l += "\n\\ No newline at end of file\n";
        return mark + l;
    };
    for (qsizetype i = start; i < prefix; ++i)
        out += line(' ', a[i]);
    for (qsizetype i = prefix; i < a.size() - suffix; ++i)
        out += line('-', a[i]);
    for (qsizetype i = prefix; i < b.size() - suffix; ++i)
        out += line('+', b[i]);
    for (qsizetype i = a.size() - suffix; i < aEnd; ++i)
        out += line(' ', a[i]);
    return out;
}

} // namespace LabDesk::Ci
