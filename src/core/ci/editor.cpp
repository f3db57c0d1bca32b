#include "editor.h"

#include <QSet>

#include <algorithm>

namespace LabDesk::Ci {

namespace {

bool isScriptKey(const QString &key)
{
    return key == QLatin1String("script") || key == QLatin1String("before_script")
        || key == QLatin1String("after_script");
}

} // namespace

struct Editor::JobRef
{
    NodeId key = -1;
    NodeId value = -1;
    int indent = 0; // bytes of indentation before the job's key
};

Editor::Editor(const Document &doc, const ModelOptions &options)
    : m_doc(doc)
    , m_ownModel(Model::build(doc, options))
    , m_model(*m_ownModel)
{
    detectStyle();
}

Editor::Editor(const Document &doc, const Model &model)
    : m_doc(doc)
    , m_model(model)
{
    detectStyle();
}

void Editor::detectStyle()
{
    const std::vector<Node> &nodes = m_doc.nodes();
    bool indentFound = false;
    bool seqFound = false;
    int single = 0;
    int dbl = 0;
    int plainValues = 0;
    std::vector<bool> keys(nodes.size(), false);
    for (const Node &n : nodes) {
        if (n.isMapping()) {
            for (size_t i = 0; i < n.children.size(); i += 2)
                keys[size_t(n.children[i])] = true;
        }
    }
    for (const Node &n : nodes) {
        // Quoting style of string values (keys do not count: they are rarely quoted).
        if (n.isScalar() && n.parent >= 0 && n.tag.isEmpty()) {
            if (!keys[size_t(&n - nodes.data())]) {
                if (n.style == Node::Style::SingleQuoted)
                    ++single;
                else if (n.style == Node::Style::DoubleQuoted)
                    ++dbl;
                else if (n.style == Node::Style::Plain)
                    ++plainValues;
            }
        }
        if (n.parent < 0 || n.isFlow() || !(n.isMapping() || n.isSequence()))
            continue;
        const Node &parent = nodes[size_t(n.parent)];
        if (!parent.isMapping() || parent.isFlow())
            continue;
        // The key of this value is the child before it.
        const auto it = std::find(parent.children.begin(), parent.children.end(), NodeId(&n - nodes.data()));
        if (it == parent.children.begin() || it == parent.children.end())
            continue;
        const Node &key = nodes[size_t(*(it - 1))];
        if (n.line <= key.line)
            continue;
        if (n.isMapping() && !indentFound) {
            m_indent = std::max(1, n.column - key.column);
            indentFound = true;
        } else if (n.isSequence() && !seqFound) {
            m_indentSequences = n.column > key.column;
            seqFound = true;
        }
        if (indentFound && seqFound)
            break;
    }
    m_quote = single > dbl ? '\'' : '"';
    m_alwaysQuote = single + dbl > plainValues;

    // Blank line between top-level jobs, and block-style needs.
    const NodeId root = m_doc.resolved(m_doc.root());
    if (root >= 0 && m_doc.node(root).isMapping()) {
        const Node &r = m_doc.node(root);
        int blanks = 0;
        int tight = 0;
        for (size_t i = 2; i + 1 < r.children.size(); i += 2) {
            const qsizetype start = m_doc.lineStart(m_doc.node(r.children[i]).span.begin);
            if (start < 2)
                continue;
            // Look at the previous line (skipping comment lines attached to this key).
            qsizetype prev = m_doc.lineStart(start - 1);
            const QByteArray line = m_doc.bytes().mid(prev, start - prev).trimmed();
            if (line.isEmpty())
                ++blanks;
            else if (!line.startsWith('#'))
                ++tight;
        }
        m_blankBetweenJobs = blanks >= tight;
    }
    for (const Job &job : m_model.jobs()) {
        if (job.valueNode < 0)
            continue;
        const NodeId needs = m_doc.value(job.valueNode, QStringLiteral("needs"));
        if (needs >= 0 && m_doc.node(needs).isSequence() && !m_doc.node(needs).children.empty()) {
            m_blockNeeds = !m_doc.node(needs).isFlow();
            break;
        }
    }
}

bool Editor::findJob(const QString &name, JobRef *ref, QString *error) const
{
    const Job *job = m_model.job(name);
    if (!job) {
        *error = tr("There is no job %1.").arg(name);
        return false;
    }
    if (job->keyNode < 0) {
        *error = tr("Job %1 comes from an included file; edit that file instead.").arg(name);
        return false;
    }
    const Node &value = m_doc.node(job->valueNode);
    if (!value.isMapping() || value.isFlow() || value.children.empty()) {
        *error = tr("Job %1 is not written as a block mapping, so it cannot be edited here.").arg(name);
        return false;
    }
    ref->key = job->keyNode;
    ref->value = job->valueNode;
    const Node &key = m_doc.node(job->keyNode);
    ref->indent = int(key.span.begin - m_doc.lineStart(key.span.begin));
    return true;
}

namespace {

Replacement replace(const Document &doc, qsizetype begin, qsizetype end, const QByteArray &text)
{
    Replacement r;
    r.span = Span {begin, end};
    r.replacement = text;
    r.original = doc.bytes().mid(begin, end - begin);
    return r;
}

qsizetype afterLineBreak(const QByteArray &b, qsizetype offset)
{
    while (offset < b.size() && b[offset] != '\n' && b[offset] != '\r')
        ++offset;
    if (offset < b.size() && b[offset] == '\r')
        ++offset;
    if (offset < b.size() && b[offset] == '\n')
        ++offset;
    return offset;
}

bool isBlankOrComment(const QByteArray &line, bool *comment)
{
    const QByteArray t = line.trimmed();
    *comment = t.startsWith('#');
    return t.isEmpty() || *comment;
}

} // namespace

// The lines of a mapping pair: from the start of the key's line to after the line break of the
// value's last line; with withComments, also the comment lines directly above the key.
Span Editor::entryLines(NodeId key, NodeId value, bool withComments) const
{
    const QByteArray &b = m_doc.bytes();
    const Node &k = m_doc.node(key);
    qsizetype begin = m_doc.lineStart(k.span.begin);
    qsizetype end = k.span.end;
    if (value >= 0) {
        const Node &v = m_doc.node(value);
        const bool empty = v.isScalar() && v.scalar.isEmpty() && v.style == Node::Style::Plain && v.tag.isEmpty()
            && v.anchor.isEmpty();
        if (!empty)
            end = std::max(end, v.span.end);
    }
    end = afterLineBreak(b, std::max(end - 1, k.span.begin));
    if (withComments) {
        while (begin > 0) {
            const qsizetype prev = m_doc.lineStart(begin - 1);
            bool comment = false;
            if (!isBlankOrComment(b.mid(prev, begin - prev), &comment) || !comment)
                break;
            begin = prev;
        }
    }
    return Span {begin, end};
}

QByteArray Editor::scalarText(const QString &text) const
{
    if (m_alwaysQuote) {
        const QByteArray quoted = Value::quoted(text, m_quote);
        if (quoted.startsWith('"') || quoted.startsWith('\''))
            return quoted;
        if (m_quote == '\'')
            return '\'' + QString(text).replace(QLatin1Char('\''), QLatin1String("''")).toUtf8() + '\'';
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        return '"' + escaped.toUtf8() + '"';
    }
    return Value::quoted(text, m_quote);
}

QByteArray Editor::valueText(const Value &value) const
{
    if (value.isScalar())
        return value.isPlain() ? value.text().toUtf8() : scalarText(value.text());
    return value.toFlow();
}

QByteArray Editor::blockValue(const Value &value, int indent) const
{
    const QByteArray br = m_doc.lineBreak();
    QByteArray out;
    if (value.isSequence()) {
        const QByteArray pad(m_indentSequences ? indent + m_indent : indent, ' ');
        bool first = true;
        for (const Value &item : value.items()) {
            if (!first)
                out += br;
            first = false;
            out += pad + "- " + valueText(item);
        }
    } else if (value.isMapping()) {
        const QByteArray pad(indent + m_indent, ' ');
        bool first = true;
        for (const Value::Entry &entry : value.entries()) {
            if (!first)
                out += br;
            first = false;
            out += pad + Value::quoted(entry.first, m_quote) + ':';
            const Value &v = entry.second;
            if ((v.isSequence() && !v.items().empty()) || (v.isMapping() && !v.entries().empty()))
                out += br + blockValue(v, indent + m_indent);
            else
                out += ' ' + valueText(v);
        }
    }
    return out;
}

EditResult Editor::setValue(NodeId mapping, int mappingIndent, const QString &keyPath, const Value &value,
                            const QString &context) const
{
    EditResult result;
    const QByteArray &b = m_doc.bytes();
    const QByteArray br = m_doc.lineBreak();
    const Node &map = m_doc.node(mapping);
    const QStringList parts = keyPath.split(QLatin1Char('.'));
    const QString key = parts.front();
    const int childIndent = map.children.empty() ? mappingIndent + m_indent
                                                 : int(m_doc.node(map.children.front()).span.begin
                                                       - m_doc.lineStart(m_doc.node(map.children.front()).span.begin));
    const NodeId keyNode = m_doc.keyNode(mapping, key);
    if (parts.size() > 1 && keyNode >= 0) {
        const NodeId inner = m_doc.node(keyNode).parent >= 0 ? m_doc.value(mapping, key) : -1;
        if (inner >= 0 && m_doc.node(inner).isMapping() && !m_doc.node(inner).isFlow()
            && !m_doc.node(inner).children.empty())
            return setValue(inner, childIndent, parts.mid(1).join(QLatin1Char('.')), value, context);
        result.error = tr("%1.%2 is not a block mapping that can be edited.").arg(context, key);
        return result;
    }
    Value v = value;
    for (int i = int(parts.size()) - 1; i >= 1; --i) {
        Value wrap = Value::mapping();
        wrap.set(parts[i], v);
        v = wrap;
    }
    const bool block = (v.isSequence() && isScriptKey(key) && !v.items().empty())
        || (v.isMapping() && !v.entries().empty() && parts.size() > 1);
    if (keyNode >= 0) {
        const NodeId valueNode = m_doc.value(mapping, key);
        const Node &k = m_doc.node(keyNode);
        const Node &old = m_doc.node(valueNode);
        // Position right after the ':' of the key.
        qsizetype colon = k.span.end;
        while (colon < b.size() && (b[colon] == ' ' || b[colon] == '\t'))
            ++colon;
        if (colon < b.size() && b[colon] == ':')
            ++colon;
        const bool oldEmpty = old.isScalar() && old.scalar.isEmpty() && old.style == Node::Style::Plain
            && old.tag.isEmpty() && old.anchor.isEmpty();
        const bool oldBlockSeq = old.isSequence() && !old.isFlow() && !old.children.empty();
        const bool oldBlock = (old.isSequence() || old.isMapping()) && !old.isFlow() && !old.children.empty();
        const bool hasProperties = !old.anchor.isEmpty() || !old.tag.isEmpty();
        if (v.isSequence() && !v.items().empty() && (block || oldBlockSeq)) {
            const QByteArray text = blockValue(v, childIndent);
            if (oldBlockSeq) {
                // Keep the first item's own indentation (already in the file before the span).
                const qsizetype start = old.valueSpan.begin;
                const qsizetype lineStart = m_doc.lineStart(start);
                const int itemIndent = int(start - lineStart);
                QByteArray body = text;
                // Re-indent to the existing items' column.
                const int ourIndent = m_indentSequences ? childIndent + m_indent : childIndent;
                if (itemIndent != ourIndent) {
                    QByteArray fixed;
                    for (const QByteArray &line : text.split('\n')) {
                        QByteArray l = line;
                        if (l.endsWith('\r'))
                            l.chop(1);
                        if (!fixed.isEmpty())
                            fixed += br;
                        fixed += QByteArray(itemIndent, ' ') + l.mid(ourIndent);
                    }
                    body = fixed;
                }
                result.patch = Patch({replace(m_doc, start, old.valueSpan.end, body.mid(itemIndent))});
            } else if (hasProperties) {
                result.patch = Patch({replace(m_doc, old.valueSpan.begin, old.valueSpan.end, br + text)});
            } else {
                result.patch = Patch({replace(m_doc, colon, oldEmpty ? colon : old.valueSpan.end, br + text)});
            }
            return result;
        }
        if (block) {
            const QByteArray text = blockValue(v, childIndent);
            result.patch = Patch({replace(m_doc, colon, oldEmpty ? colon : old.valueSpan.end, br + text)});
            return result;
        }
        const QByteArray flow = valueText(v);
        if (oldEmpty) {
            result.patch = Patch({replace(m_doc, colon, colon, ' ' + flow)});
        } else if (oldBlock && !hasProperties) {
            result.patch = Patch({replace(m_doc, colon, old.valueSpan.end, ' ' + flow)});
        } else if (old.isScalar() && old.style != Node::Style::Plain && v.isScalar() && !Value::needsQuotes(v.text())
                   && (old.style == Node::Style::SingleQuoted || old.style == Node::Style::DoubleQuoted)) {
            // Keep the value's quoting style.
            const QByteArray q = old.style == Node::Style::SingleQuoted ? "'" : "\"";
            QByteArray t = v.text().toUtf8();
            if (q == "'")
                t.replace('\'', "''");
            else
                t.replace('\\', "\\\\").replace('"', "\\\"");
            result.patch = Patch({replace(m_doc, old.valueSpan.begin, old.valueSpan.end, q + t + q)});
        } else {
            result.patch = Patch({replace(m_doc, old.valueSpan.begin, old.valueSpan.end, flow)});
        }
        return result;
    }
    // A new key: a new line after the mapping's last entry.
    if (map.children.empty() || map.isFlow()) {
        result.error = tr("%1 is not a block mapping that can be edited.").arg(context);
        return result;
    }
    const Span last = entryLines(map.children[map.children.size() - 2], map.children.back(), false);
    QByteArray text = QByteArray(childIndent, ' ') + Value::quoted(key, m_quote) + ':';
    if (parts.size() > 1 || (v.isSequence() && !v.items().empty() && isScriptKey(key)))
        text += br + blockValue(v, childIndent); // v holds the remaining levels of the path
    else
        text += ' ' + valueText(v);
    qsizetype at = last.end;
    if (at == b.size() && !b.endsWith('\n') && !b.endsWith('\r'))
        text = br + text;
    else
        text += br;
    result.patch = Patch({replace(m_doc, at, at, text)});
    return result;
}

EditResult Editor::setKey(const QString &job, const QString &key, const QString &flowValue) const
{
    EditResult result;
    JobRef ref;
    if (!findJob(job, &ref, &result.error))
        return result;
    bool ok = false;
    const Value value = Value::fromYaml(flowValue.toUtf8(), &ok);
    if (!ok) {
        result.error = tr("%1 is not a valid YAML value.").arg(flowValue);
        return result;
    }
    if (key.isEmpty()) {
        result.error = tr("No keyword given.");
        return result;
    }
    return setValue(ref.value, ref.indent, key, value, job);
}

EditResult Editor::unsetKey(const QString &job, const QString &keyPath) const
{
    EditResult result;
    JobRef ref;
    if (!findJob(job, &ref, &result.error))
        return result;
    NodeId mapping = ref.value;
    const QStringList parts = keyPath.split(QLatin1Char('.'));
    for (int i = 0; i + 1 < parts.size(); ++i) {
        mapping = m_doc.resolved(m_doc.value(mapping, parts[i]));
        if (mapping < 0 || !m_doc.node(mapping).isMapping() || m_doc.node(mapping).isFlow()) {
            result.error = tr("Job %1 has no %2.").arg(job, keyPath);
            return result;
        }
    }
    const NodeId key = m_doc.keyNode(mapping, parts.back());
    if (key < 0) {
        result.error = tr("Job %1 has no %2.").arg(job, keyPath);
        return result;
    }
    const Span lines = entryLines(key, m_doc.value(mapping, parts.back()), false);
    result.patch = Patch({replace(m_doc, lines.begin, lines.end, {})});
    return result;
}

EditResult Editor::addJob(const QString &name, const QString &stage, const QStringList &script) const
{
    EditResult result;
    if (name.isEmpty() || m_model.job(name) || Model::isGlobalKeyword(name)) {
        result.error
            = m_model.job(name) ? tr("There is already a job %1.").arg(name) : tr("%1 cannot be a job name.").arg(name);
        return result;
    }
    const QByteArray &b = m_doc.bytes();
    const QByteArray br = m_doc.lineBreak();
    const NodeId root = m_doc.resolved(m_doc.root());
    if (root >= 0 && (!m_doc.node(root).isMapping() || m_doc.node(root).isFlow())) {
        result.error = tr("The file is not a block mapping, so jobs cannot be added to it.");
        return result;
    }
    const int stageIndex = m_model.stages().indexOf(stage);
    const Job *after = nullptr;
    int afterStage = -1;
    for (const Job &job : m_model.jobs()) {
        if (job.keyNode < 0 || job.hidden)
            continue;
        const int index = m_model.stages().indexOf(job.stage);
        if (job.stage == stage) {
            after = &job;
            afterStage = stageIndex + 1000; // the own stage wins
        } else if (stageIndex >= 0 && index >= 0 && index < stageIndex && index >= afterStage) {
            after = &job;
            afterStage = index;
        }
    }
    qsizetype at = b.size();
    if (after) {
        at = entryLines(after->keyNode, after->valueNode, false).end;
    } else if (root >= 0 && !m_doc.node(root).children.empty()) {
        const Node &r = m_doc.node(root);
        at = entryLines(r.children[r.children.size() - 2], r.children.back(), false).end;
        // Keep trailing comments where they are: insert after the last entry.
    }
    const QByteArray pad(m_indent, ' ');
    const QByteArray itemPad(m_indentSequences ? 2 * m_indent : m_indent, ' ');
    QByteArray text
        = Value::quoted(name, m_quote) + ':' + br + pad + "stage: " + scalarText(stage) + br + pad + "script:" + br;
    const QStringList lines
        = script.isEmpty() ? QStringList {QStringLiteral("echo \"Hello from %1\"").arg(name)} : script;
    for (const QString &line : lines)
        text += itemPad + "- " + scalarText(line) + br;
    const bool atEnd = at >= b.size();
    const bool needBreak = atEnd && !b.isEmpty() && !b.endsWith('\n') && !b.endsWith('\r');
    QByteArray prefix;
    if (needBreak)
        prefix += br;
    if (m_blankBetweenJobs && !b.isEmpty())
        prefix += br;
    result.patch = Patch({replace(m_doc, at, at, prefix + text)});
    return result;
}

EditResult Editor::duplicateJob(const QString &job, const QString &newName) const
{
    EditResult result;
    JobRef ref;
    if (!findJob(job, &ref, &result.error))
        return result;
    if (m_model.job(newName) || newName.isEmpty()) {
        result.error = tr("There is already a job %1.").arg(newName);
        return result;
    }
    const QByteArray &b = m_doc.bytes();
    const QByteArray br = m_doc.lineBreak();
    const Span lines = entryLines(ref.key, ref.value, false);
    const Node &key = m_doc.node(ref.key);
    QByteArray copy = b.mid(lines.begin, lines.size());
    const Node &value = m_doc.node(ref.value);
    // Drop the job's own anchor from the copy: the anchor stays with the original.
    if (!value.anchor.isEmpty()) {
        const qsizetype anchorAt = value.span.begin - lines.begin;
        if (copy.mid(anchorAt, value.anchor.size() + 1) == '&' + value.anchor) {
            qsizetype len = value.anchor.size() + 1;
            while (anchorAt > 0 && copy[anchorAt - 1] == ' ' && copy[anchorAt + len] != ' ')
                break;
            if (anchorAt + len < copy.size() && copy[anchorAt + len] == ' ')
                ++len;
            copy.remove(anchorAt, len);
        }
    }
    copy.replace(key.span.begin - lines.begin, key.span.size(), Value::quoted(newName, m_quote));
    if (!copy.endsWith('\n') && !copy.endsWith('\r'))
        copy = br + copy;
    QByteArray text = (m_blankBetweenJobs ? br : QByteArray()) + copy;
    if (lines.end >= b.size() && !b.endsWith('\n') && !b.endsWith('\r'))
        text = br + text.mid(0, text.size());
    result.patch = Patch({replace(m_doc, lines.end, lines.end, text)});
    return result;
}

EditResult Editor::deleteJob(const QString &job) const
{
    EditResult result;
    JobRef ref;
    if (!findJob(job, &ref, &result.error))
        return result;
    const QByteArray &b = m_doc.bytes();
    Span lines = entryLines(ref.key, ref.value, true);
    // Take one of the blank lines around the job with it, so the spacing stays as it was.
    if (m_blankBetweenJobs && lines.end < b.size()) {
        const qsizetype next = afterLineBreak(b, lines.end);
        if (b.mid(lines.end, next - lines.end).trimmed().isEmpty())
            lines.end = next;
    }
    result.patch = Patch({replace(m_doc, lines.begin, lines.end, {})});
    for (const Job &other : m_model.jobs()) {
        if (other.name == job)
            continue;
        bool dangling = other.dependencies.contains(job);
        for (const Need &need : other.needs)
            dangling = dangling || (need.isLocal() && need.job == job);
        if (dangling)
            result.danglingNeeds << QStringLiteral("%1 -> %2").arg(other.name, job);
        if (other.extends.contains(job))
            result.danglingNeeds << QStringLiteral("%1 extends %2").arg(other.name, job);
    }
    return result;
}

EditResult Editor::renameJob(const QString &job, const QString &newName) const
{
    EditResult result;
    JobRef ref;
    if (!findJob(job, &ref, &result.error))
        return result;
    if (newName.isEmpty() || m_model.job(newName) || Model::isGlobalKeyword(newName)) {
        result.error = m_model.job(newName) ? tr("There is already a job %1.").arg(newName)
                                            : tr("%1 cannot be a job name.").arg(newName);
        return result;
    }
    QVector<Replacement> replacements;
    QSet<NodeId> done;
    auto renameScalar = [&](NodeId id) {
        if (id < 0 || done.contains(id))
            return;
        const Node &n = m_doc.node(id);
        if (!n.isScalar() || n.scalar != job)
            return;
        done.insert(id);
        QByteArray text;
        if (n.style == Node::Style::SingleQuoted)
            text = "'" + QString(newName).replace(QLatin1Char('\''), QLatin1String("''")).toUtf8() + "'";
        else if (n.style == Node::Style::DoubleQuoted)
            text = Value::quoted(newName, '"').startsWith('"') ? Value::quoted(newName, '"')
                                                               : '"' + newName.toUtf8() + '"';
        else
            text = Value::quoted(newName, m_quote);
        replacements << replace(m_doc, n.valueSpan.begin, n.valueSpan.end, text);
    };
    renameScalar(ref.key);
    auto renameList = [&](NodeId list, bool needs) {
        if (list < 0)
            return;
        const Node &l = m_doc.node(list);
        if (l.isScalar()) {
            renameScalar(list);
            return;
        }
        for (NodeId item : l.children) {
            const Node &i = m_doc.node(item);
            if (i.isScalar())
                renameScalar(item);
            else if (needs && i.isMapping())
                renameScalar(m_doc.value(item, QStringLiteral("job")));
        }
    };
    for (const Job &other : m_model.jobs()) {
        if (other.valueNode < 0 || !m_doc.node(other.valueNode).isMapping())
            continue;
        renameList(m_doc.value(other.valueNode, QStringLiteral("needs")), true);
        renameList(m_doc.value(other.valueNode, QStringLiteral("dependencies")), false);
        renameList(m_doc.value(other.valueNode, QStringLiteral("extends")), false);
    }
    // !reference [job, ...] anywhere.
    const std::vector<Node> &nodes = m_doc.nodes();
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].isSequence() && nodes[i].tag == "!reference" && !nodes[i].children.empty())
            renameScalar(nodes[i].children.front());
    }
    result.patch = Patch(replacements);
    return result;
}

EditResult Editor::moveJob(const QString &job, const QString &stage) const
{
    return setKey(job, QStringLiteral("stage"), QString::fromUtf8(Value::quoted(stage)));
}

EditResult Editor::listAdd(NodeId mapping, int indent, const QString &key, const QString &item) const
{
    EditResult result;
    const QByteArray &b = m_doc.bytes();
    const QByteArray br = m_doc.lineBreak();
    const NodeId list = m_doc.value(mapping, key);
    if (list < 0 || m_doc.node(list).isNull()) {
        if (m_blockNeeds || key == QLatin1String("stages")) {
            Value v = Value::stringList({item});
            const NodeId keyNode = m_doc.keyNode(mapping, key);
            if (keyNode >= 0) {
                // "key:" with no value: write the item below it.
                qsizetype colon = m_doc.node(keyNode).span.end;
                while (colon < b.size() && b[colon] != ':')
                    ++colon;
                ++colon;
                const int childIndent
                    = int(m_doc.node(keyNode).span.begin - m_doc.lineStart(m_doc.node(keyNode).span.begin));
                result.patch = Patch({replace(m_doc, colon, colon, br + blockValue(v, childIndent))});
                return result;
            }
            // Block needs are only "block" when several; write a block list like the file does.
            const Node &map = m_doc.node(mapping);
            const int childIndent = map.children.empty()
                ? indent + m_indent
                : int(m_doc.node(map.children.front()).span.begin
                      - m_doc.lineStart(m_doc.node(map.children.front()).span.begin));
            const Span last = entryLines(map.children[map.children.size() - 2], map.children.back(), false);
            QByteArray text
                = QByteArray(childIndent, ' ') + Value::quoted(key, m_quote) + ':' + br + blockValue(v, childIndent);
            if (last.end >= b.size() && !b.endsWith('\n') && !b.endsWith('\r'))
                text = br + text;
            else
                text += br;
            result.patch = Patch({replace(m_doc, last.end, last.end, text)});
            return result;
        }
        return setValue(mapping, indent, key, Value::stringList({item}), QString());
    }
    const Node &l = m_doc.node(list);
    if (l.isScalar()) {
        const Value v = Value::stringList({l.scalar, item});
        result.patch = Patch({replace(m_doc, l.valueSpan.begin, l.valueSpan.end, v.toFlow())});
        return result;
    }
    if (!l.isSequence()) {
        result.error = tr("%1 is not a list.").arg(key);
        return result;
    }
    // Quote the new item like the list's last item.
    QByteArray text = scalarText(item);
    const Node &sample = m_doc.node(l.children.empty() ? list : l.children.back());
    if (sample.style == Node::Style::DoubleQuoted && !text.startsWith('"'))
        text = Value::quoted(item, '"').startsWith('"') ? Value::quoted(item, '"') : '"' + item.toUtf8() + '"';
    else if (sample.style == Node::Style::SingleQuoted && !text.startsWith('\''))
        text = '\'' + QString(item).replace(QLatin1Char('\''), QLatin1String("''")).toUtf8() + '\'';
    if (l.isFlow()) {
        if (l.children.empty()) {
            const qsizetype close = l.valueSpan.end - 1;
            result.patch = Patch({replace(m_doc, close, close, text)});
        } else {
            const qsizetype at = m_doc.node(l.children.back()).span.end;
            result.patch = Patch({replace(m_doc, at, at, ", " + text)});
        }
        return result;
    }
    const Node &lastItem = m_doc.node(l.children.back());
    const qsizetype firstItem = m_doc.node(l.children.front()).span.begin;
    // The '-' of the first item: walk back from the item over "- ".
    qsizetype dash = firstItem - 1;
    while (dash > 0 && b[dash] != '-')
        --dash;
    const int dashIndent = int(dash - m_doc.lineStart(dash));
    const qsizetype at = afterLineBreak(b, lastItem.span.end - 1);
    QByteArray line = QByteArray(dashIndent, ' ') + "- " + text;
    if (at >= b.size() && !b.endsWith('\n') && !b.endsWith('\r'))
        line = br + line;
    else
        line += br;
    result.patch = Patch({replace(m_doc, at, at, line)});
    return result;
}

EditResult Editor::addNeed(const QString &job, const QString &need) const
{
    EditResult result;
    JobRef ref;
    if (!findJob(job, &ref, &result.error))
        return result;
    for (const Need &n : m_model.job(job)->needs) {
        if (n.job == need) {
            result.error = tr("Job %1 already needs %2.").arg(job, need);
            return result;
        }
    }
    return listAdd(ref.value, ref.indent, QStringLiteral("needs"), need);
}

namespace {

// Removes item index from list (block or flow); the caller handles the last-item case.
Replacement removeListItem(const Document &doc, const Node &list, size_t index)
{
    const QByteArray &b = doc.bytes();
    const Node &item = doc.node(list.children[index]);
    if (!list.isFlow()) {
        const qsizetype begin = doc.lineStart(item.span.begin);
        qsizetype end = afterLineBreak(b, std::max(item.span.end - 1, item.span.begin));
        return replace(doc, begin, end, {});
    }
    if (index + 1 < list.children.size())
        return replace(doc, item.span.begin, doc.node(list.children[index + 1]).span.begin, {});
    return replace(doc, doc.node(list.children[index - 1]).span.end, item.span.end, {});
}

} // namespace

EditResult Editor::removeNeed(const QString &job, const QString &need) const
{
    EditResult result;
    JobRef ref;
    if (!findJob(job, &ref, &result.error))
        return result;
    const NodeId list = m_doc.value(ref.value, QStringLiteral("needs"));
    if (list < 0) {
        result.error = tr("Job %1 has no needs.").arg(job);
        return result;
    }
    const Node &l = m_doc.node(list);
    if (l.isScalar() && l.scalar == need)
        return unsetKey(job, QStringLiteral("needs"));
    for (size_t i = 0; l.isSequence() && i < l.children.size(); ++i) {
        const Node &item = m_doc.node(l.children[i]);
        const NodeId name = item.isMapping() ? m_doc.value(l.children[i], QStringLiteral("job")) : l.children[i];
        if (name < 0 || !m_doc.node(name).isScalar() || m_doc.node(name).scalar != need)
            continue;
        if (l.children.size() == 1)
            return unsetKey(job, QStringLiteral("needs"));
        result.patch = Patch({removeListItem(m_doc, l, i)});
        return result;
    }
    result.error = tr("Job %1 does not need %2.").arg(job, need);
    return result;
}

EditResult Editor::addStage(const QString &stage, const QString &before) const
{
    EditResult result;
    const QByteArray &b = m_doc.bytes();
    const QByteArray br = m_doc.lineBreak();
    if (m_model.hasDeclaredStages() && m_model.stages().contains(stage)) {
        result.error = tr("Stage %1 already exists.").arg(stage);
        return result;
    }
    const NodeId root = m_doc.resolved(m_doc.root());
    const NodeId list = root >= 0 ? m_doc.value(root, QStringLiteral("stages")) : -1;
    if (list < 0 || !m_doc.node(list).isSequence()) {
        if (list >= 0) {
            result.error = tr("stages: is not a list.");
            return result;
        }
        QStringList stages = m_model.stages();
        stages.removeAll(QStringLiteral(".pre"));
        stages.removeAll(QStringLiteral(".post"));
        if (stages.contains(stage)) {
            result.error = tr("Stage %1 already exists.").arg(stage);
            return result;
        }
        const int at = before.isEmpty() ? -1 : int(stages.indexOf(before));
        if (!before.isEmpty() && at < 0) {
            result.error = tr("There is no stage %1.").arg(before);
            return result;
        }
        stages.insert(at < 0 ? stages.size() : at, stage);
        QByteArray text = "stages:" + br + blockValue(Value::stringList(stages), 0) + br;
        if (m_blankBetweenJobs)
            text += br;
        qsizetype pos = 0;
        if (root >= 0 && m_doc.node(root).isMapping() && !m_doc.node(root).children.empty()) {
            const NodeId first = m_doc.node(root).children.front();
            pos = entryLines(first, -1, true).begin;
            // A leading comment block separated by a blank line is the file's header: stay below it.
        } else {
            pos = b.size();
            if (!b.isEmpty() && !b.endsWith('\n'))
                text = br + text;
        }
        result.patch = Patch({replace(m_doc, pos, pos, text)});
        return result;
    }
    const Node &l = m_doc.node(list);
    int index = -1;
    for (size_t i = 0; i < l.children.size(); ++i) {
        const Node &item = m_doc.node(l.children[i]);
        if (item.isScalar() && item.scalar == stage) {
            result.error = tr("Stage %1 already exists.").arg(stage);
            return result;
        }
        if (item.isScalar()
            && ((!before.isEmpty() && item.scalar == before)
                || (before.isEmpty() && item.scalar == QLatin1String(".post"))))
            index = int(i);
    }
    if (!before.isEmpty() && index < 0) {
        result.error = tr("There is no stage %1.").arg(before);
        return result;
    }
    if (index < 0)
        return listAdd(root, 0, QStringLiteral("stages"), stage);
    const Node &target = m_doc.node(l.children[size_t(index)]);
    if (l.isFlow()) {
        result.patch = Patch({replace(m_doc, target.span.begin, target.span.begin, scalarText(stage) + ", ")});
    } else {
        const qsizetype lineStart = m_doc.lineStart(target.span.begin);
        const QByteArray prefix = b.mid(lineStart, target.span.begin - lineStart);
        result.patch = Patch({replace(m_doc, lineStart, lineStart, prefix + scalarText(stage) + br)});
    }
    return result;
}

EditResult Editor::removeStage(const QString &stage) const
{
    EditResult result;
    const NodeId root = m_doc.resolved(m_doc.root());
    const NodeId list = root >= 0 ? m_doc.value(root, QStringLiteral("stages")) : -1;
    if (list < 0 || !m_doc.node(list).isSequence()) {
        result.error = tr("The file declares no stages: list.");
        return result;
    }
    const Node &l = m_doc.node(list);
    for (size_t i = 0; i < l.children.size(); ++i) {
        const Node &item = m_doc.node(l.children[i]);
        if (!item.isScalar() || item.scalar != stage)
            continue;
        if (l.children.size() == 1) {
            result.patch = Patch({replace(m_doc, l.valueSpan.begin, l.valueSpan.end, "[]")});
            return result;
        }
        result.patch = Patch({removeListItem(m_doc, l, i)});
        return result;
    }
    result.error = tr("There is no stage %1.").arg(stage);
    return result;
}

EditResult Editor::reorderStages(const QStringList &order) const
{
    EditResult result;
    const QByteArray &b = m_doc.bytes();
    const NodeId root = m_doc.resolved(m_doc.root());
    const NodeId list = root >= 0 ? m_doc.value(root, QStringLiteral("stages")) : -1;
    if (list < 0 || !m_doc.node(list).isSequence() || m_doc.node(list).children.empty()) {
        result.error = tr("The file declares no stages: list.");
        return result;
    }
    const Node &l = m_doc.node(list);
    QStringList current;
    QHash<QString, QByteArray> texts;
    QVector<Replacement> replacements;
    for (NodeId id : l.children) {
        const Node &item = m_doc.node(id);
        current << item.scalar;
        if (l.isFlow()) {
            texts.insert(item.scalar, m_doc.text(item.span));
        } else {
            const qsizetype begin = m_doc.lineStart(item.span.begin);
            texts.insert(item.scalar, b.mid(begin, afterLineBreak(b, item.span.end - 1) - begin));
        }
    }
    QStringList sortedA = current;
    QStringList sortedB = order;
    sortedA.sort();
    sortedB.sort();
    if (sortedA != sortedB) {
        result.error = tr("The new order must list the same stages: %1.").arg(current.join(QLatin1String(", ")));
        return result;
    }
    // Replace each position with the item that goes there: one replacement per moved item.
    for (size_t i = 0; i < l.children.size(); ++i) {
        const Node &item = m_doc.node(l.children[i]);
        Span span = item.span;
        if (!l.isFlow()) {
            span.begin = m_doc.lineStart(item.span.begin);
            span.end = afterLineBreak(b, item.span.end - 1);
        }
        QByteArray text = texts.value(order[int(i)]);
        if (!l.isFlow() && !text.endsWith('\n') && !text.endsWith('\r') && span.end != b.size())
            text += m_doc.lineBreak();
        if (!l.isFlow()) {
            const QByteArray orig = b.mid(span.begin, span.size());
            if (!orig.endsWith('\n') && !orig.endsWith('\r') && (text.endsWith('\n')))
                text.chop(text.endsWith("\r\n") ? 2 : 1);
        }
        replacements << replace(m_doc, span.begin, span.end, text);
    }
    result.patch = Patch(replacements);
    return result;
}

} // namespace LabDesk::Ci
