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
    // Common prefix and suffix, then an LCS over the (small) middle.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    if (prefix == a.size() && prefix == b.size())
        return {};
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    // ops: ' ' keep, '-' delete, '+' insert, with line indices.
    struct Op
    {
        char kind;
        qsizetype ai;
        qsizetype bi;
    };
    std::vector<Op> ops;
    for (qsizetype i = 0; i < prefix; ++i)
        ops.push_back({' ', i, i});
    if (n * m <= 4000000) {
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & {
            return lcs[size_t(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                ops.push_back({' ', prefix + i, prefix + j});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                ops.push_back({'-', prefix + i, prefix + j});
                ++i;
            } else {
                ops.push_back({'+', prefix + i, prefix + j});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            ops.push_back({'-', prefix + i, prefix});
        for (qsizetype j = 0; j < m; ++j)
            ops.push_back({'+', prefix + n, prefix + j});
    }
    for (qsizetype k = 0; k < suffix; ++k)
        ops.push_back({' ', a.size() - suffix + k, b.size() - suffix + k});

    auto line = [](char mark, const QByteArray &l) {
        QByteArray r(1, mark);
        r += l;
        if (!l.endsWith('\n'))
            r += "\n\\ No newline at end of file\n";
        return r;
    };
    QByteArray out;
    const QByteArray name = fileName.toUtf8();
    out += "--- a/" + name + "\n+++ b/" + name + "\n";
    const qsizetype context = 3;
    size_t k = 0;
    while (k < ops.size()) {
        // Find the next change.
        while (k < ops.size() && ops[k].kind == ' ')
            ++k;
        if (k >= ops.size())
            break;
        size_t begin = k >= size_t(context) ? k - size_t(context) : 0;
        // Extend the hunk while changes are within 2*context of each other.
        size_t end = k;
        size_t lastChange = k;
        while (end < ops.size()) {
            if (ops[end].kind != ' ')
                lastChange = end;
            else if (end - lastChange > size_t(2 * context))
                break;
            ++end;
        }
        end = std::min(ops.size(), lastChange + 1 + size_t(context));
        qsizetype aCount = 0;
        qsizetype bCount = 0;
        for (size_t x = begin; x < end; ++x) {
            if (ops[x].kind != '+')
                ++aCount;
            if (ops[x].kind != '-')
                ++bCount;
        }
        const qsizetype aStart = ops[begin].ai + (aCount ? 1 : 0);
        const qsizetype bStart = ops[begin].bi + (bCount ? 1 : 0);
        out += "@@ -" + QByteArray::number(aStart) + ',' + QByteArray::number(aCount) + " +"
            + QByteArray::number(bStart) + ',' + QByteArray::number(bCount) + " @@\n";
        for (size_t x = begin; x < end; ++x) {
            const Op &op = ops[x];
            out += line(op.kind, op.kind == '+' ? b[op.bi] : a[op.ai]);
        }
        k = end;
    }
    return out;
}

} // namespace LabDesk::Ci
