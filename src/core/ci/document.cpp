#include "document.h"

#include <yaml.h>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <memory>

namespace LabDesk::Ci {

namespace {

struct ParserDeleter
{
    void operator()(yaml_parser_t *parser) const
    {
        yaml_parser_delete(parser);
        delete parser;
    }
};
using ParserPtr = std::unique_ptr<yaml_parser_t, ParserDeleter>;

ParserPtr makeParser(const QByteArray &bytes)
{
    ParserPtr parser(new yaml_parser_t);
    yaml_parser_initialize(parser.get());
    yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char *>(bytes.constData()),
                                 size_t(bytes.size()));
    return parser;
}

// How this libyaml counts mark.index: libyaml 0.2 counts characters after the BOM, but that is an
// implementation detail, so probe it once rather than trust it.
struct MarkCounting
{
    bool characters = true;
    bool bomCounted = false;
};

MarkCounting probeMarkCounting()
{
    MarkCounting counting;
    const QByteArray probe("\xEF\xBB\xBF\xC3\xA9: x\n");
    ParserPtr parser = makeParser(probe);
    yaml_event_t event;
    int scalars = 0;
    while (yaml_parser_parse(parser.get(), &event)) {
        const bool done = event.type == YAML_STREAM_END_EVENT;
        if (event.type == YAML_SCALAR_EVENT) {
            ++scalars;
            if (scalars == 1)
                counting.bomCounted = event.start_mark.index != 0;
            if (scalars == 2) {
                // "é: x": x is the 4th character, the 5th byte.
                const size_t base = counting.bomCounted ? (event.start_mark.index >= 6 ? 3 : 1) : 0;
                counting.characters = event.start_mark.index - base == 3;
            }
        }
        yaml_event_delete(&event);
        if (done)
            break;
    }
    return counting;
}

const MarkCounting &markCounting()
{
    static const MarkCounting counting = probeMarkCounting();
    return counting;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

bool Node::isNull() const
{
    if (kind != Kind::Scalar || style != Style::Plain || !tag.isEmpty())
        return false;
    return scalar.isEmpty() || scalar == QLatin1String("~") || scalar == QLatin1String("null")
        || scalar == QLatin1String("Null") || scalar == QLatin1String("NULL");
}

bool Node::operator==(const Node &o) const
{
    return kind == o.kind && style == o.style && span == o.span && valueSpan == o.valueSpan && anchor == o.anchor
        && tag == o.tag && scalar == o.scalar && alias == o.alias && parent == o.parent && children == o.children
        && line == o.line && column == o.column;
}

bool Document::operator==(const Document &o) const
{
    return m_bytes == o.m_bytes && m_error.message == o.m_error.message && m_error.line == o.m_error.line
        && m_error.column == o.m_error.column && m_error.offset == o.m_error.offset && m_nodes == o.m_nodes
        && m_comments == o.m_comments && m_lineStarts == o.m_lineStarts && m_root == o.m_root
        && m_bomSize == o.m_bomSize && m_aliasesOverflow == o.m_aliasesOverflow
        && m_expandedNodes == o.m_expandedNodes;
}

// Builds a Document from libyaml events.
class DocumentBuilder
{
public:
    explicit DocumentBuilder(Document &doc)
        : d(doc)
    { }

    // Parses a fragment of a larger document (a run of its top-level entries): aliases refer to
    // the anchors of the text before it, and a document boundary (---, ...) or directive in it is
    // noted rather than modelled.
    DocumentBuilder(Document &fragment, const QHash<QByteArray, NodeId> &outerAnchors)
        : d(fragment)
        , m_outerAnchors(&outerAnchors)
    { }

    bool sawBoundary() const { return m_boundary; }

    void build()
    {
        const QByteArray &bytes = d.m_bytes;
        d.m_bomSize = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        computeLineStarts();
        const MarkCounting &counting = markCounting();
        m_charMode = counting.characters;
        m_markBase = counting.bomCounted ? 0 : d.m_bomSize;
        bool ascii = true;
        for (char c : bytes) {
            if (uchar(c) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (m_charMode && !ascii) {
            // Map character index -> byte offset for the bytes after the BOM.
            const qsizetype start = counting.bomCounted ? 0 : d.m_bomSize;
            m_charToByte.reserve(size_t(bytes.size() - start + 1));
            for (qsizetype i = start; i < bytes.size(); ++i) {
                if ((uchar(bytes[i]) & 0xC0) != 0x80)
                    m_charToByte.push_back(i);
            }
            m_charToByte.push_back(bytes.size());
            m_charMode = true;
        } else {
            m_charMode = false; // byte offsets equal char indices (plus the base)
        }
        parse();
        findComments();
        if (!m_outerAnchors)
            checkExpandedSize();
    }

    // What the tree becomes once aliases are expanded (as Psych hands it to GitLab) must stay
    // bounded: a few lines of nested aliases ("billion laughs") would otherwise expand into
    // billions of nodes, and an alias inside the node it names (`.a: &a {<<: *a}`) never ends.
    // GitLab refuses such files ("The parsed YAML is too big" / "too deep").
    static constexpr qint64 MaxExpandedNodes = 500000;

    // Nodes the subtree at id expands to (memo in m_size: -1 not computed, -2 in progress).
    qint64 expanded(NodeId id, int depth)
    {
        if (id < 0 || size_t(id) >= m_size.size() || depth > 10000)
            return 1;
        qint64 &memo = m_size[size_t(id)];
        if (memo >= 0)
            return memo;
        if (memo == -2) // reached again while inside it: only an alias can do that
            return MaxExpandedNodes + 1;
        memo = -2;
        const Node &node = d.m_nodes[size_t(id)];
        qint64 total = 1;
        if (node.kind == Node::Kind::Alias) {
            if (node.alias >= 0 && m_size[size_t(node.alias)] == -2 && m_recursiveAlias < 0)
                m_recursiveAlias = id;
            total = expanded(node.alias, depth + 1);
        } else {
            for (NodeId child : node.children) {
                total += expanded(child, depth + 1);
                if (total > MaxExpandedNodes)
                    break;
            }
        }
        m_size[size_t(id)] = std::min(total, MaxExpandedNodes + 1);
        return m_size[size_t(id)];
    }

    void checkExpandedSize()
    {
        if (!m_hasAliases) { // every node once
            d.m_expandedNodes = qint64(d.m_nodes.size());
            if (d.m_expandedNodes <= MaxExpandedNodes)
                return;
        }
        m_size.assign(d.m_nodes.size(), -1);
        // Also after a syntax error: the partial tree is still modelled.
        d.m_expandedNodes = d.m_root < 0 ? 0 : expanded(d.m_root, 0);
        if (d.m_expandedNodes <= MaxExpandedNodes)
            return;
        d.m_aliasesOverflow = true;
        if (d.m_error.isError())
            return;
        if (m_recursiveAlias >= 0) {
            const Node &alias = d.m_nodes[size_t(m_recursiveAlias)];
            d.m_error.message = QStringLiteral("The parsed YAML is too deep: alias *%1 is inside the node it refers to")
                                    .arg(QString::fromUtf8(alias.anchor));
            d.m_error.offset = alias.valueSpan.begin;
            d.m_error.line = alias.line;
            d.m_error.column = alias.column;
        } else {
            d.m_error.message = QStringLiteral("The parsed YAML is too big: its aliases expand to more than %1 nodes")
                                    .arg(MaxExpandedNodes);
            d.m_error.offset = 0;
            d.m_error.line = 1;
            d.m_error.column = 1;
        }
    }

private:
    qsizetype toByte(size_t index) const
    {
        if (m_charToByte.empty())
            return std::min<qsizetype>(qsizetype(index) + m_markBase, d.m_bytes.size());
        if (index >= m_charToByte.size())
            return d.m_bytes.size();
        return m_charToByte[index];
    }

    void computeLineStarts()
    {
        const QByteArray &bytes = d.m_bytes;
        d.m_lineStarts.clear();
        d.m_lineStarts.push_back(0);
        const char *data = bytes.constData();
        const qsizetype n = bytes.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char c = data[i];
            if (c == '\n') {
                d.m_lineStarts.push_back(i + 1);
            } else if (c == '\r') {
                if (i + 1 < n && data[i + 1] == '\n')
                    ++i;
                d.m_lineStarts.push_back(i + 1);
            }
        }
    }

    // Skips "&anchor", "!tag", spaces, line breaks and comments from offset.
    qsizetype skipProperties(qsizetype offset, qsizetype limit) const
    {
        const QByteArray &b = d.m_bytes;
        while (offset < limit) {
            const char c = b[offset];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++offset;
            } else if (c == '#') {
                while (offset < limit && b[offset] != '\n' && b[offset] != '\r')
                    ++offset;
            } else if (c == '&' || c == '!') {
                while (offset < limit && !isSpace(b[offset]) && b[offset] != '\n' && b[offset] != '\r'
                       && b[offset] != ',' && b[offset] != ']' && b[offset] != '}')
                    ++offset;
            } else {
                break;
            }
        }
        return offset;
    }

    NodeId addNode(Node::Kind kind, const yaml_event_t &event, const unsigned char *anchor, const unsigned char *tag)
    {
        Node node;
        node.kind = kind;
        node.span.begin = toByte(event.start_mark.index);
        node.span.end = toByte(event.end_mark.index);
        node.valueSpan = node.span;
        if (anchor)
            node.anchor = QByteArray(reinterpret_cast<const char *>(anchor));
        if (tag && kind != Node::Kind::Alias) {
            node.tag = QByteArray(reinterpret_cast<const char *>(tag));
            // libyaml expands the primary handle "!" to "!"; keep the short form for "!!" tags.
            if (node.tag.startsWith("tag:yaml.org,2002:"))
                node.tag = "!!" + node.tag.mid(18);
        }
        if (!node.anchor.isEmpty() || !node.tag.isEmpty()) {
            node.valueSpan.begin = skipProperties(node.span.begin, node.span.end);
            d.position(node.valueSpan.begin, &node.line, &node.column);
        } else {
            node.line = int(event.start_mark.line) + 1;
            node.column = int(event.start_mark.column) + 1;
        }
        node.parent = m_stack.empty() ? -1 : m_stack.back();
        const NodeId id = NodeId(d.m_nodes.size());
        d.m_nodes.push_back(std::move(node));
        if (!m_stack.empty())
            d.m_nodes[size_t(m_stack.back())].children.push_back(id);
        else if (d.m_root < 0)
            d.m_root = id;
        if (anchor)
            m_anchors.insert(d.m_nodes[size_t(id)].anchor, id);
        return id;
    }

    void endCollection(const yaml_event_t &event)
    {
        if (m_stack.empty())
            return;
        const NodeId id = m_stack.back();
        m_stack.pop_back();
        Node &node = d.m_nodes[size_t(id)];
        if (node.style == Node::Style::Flow) {
            node.span.end = toByte(event.end_mark.index);
            node.valueSpan.end = node.span.end;
        } else {
            // libyaml's block end mark sits at the next token; end with the last child instead.
            if (!node.children.empty())
                node.span.end = d.m_nodes[size_t(node.children.back())].span.end;
            else
                node.span.end = node.valueSpan.begin;
            node.valueSpan.end = node.span.end;
        }
        // A parent block collection ends where this one ends.
    }

    void parse()
    {
        // About two nodes per line; reserving spares the moves of a growing vector (pages not
        // used are never touched).
        d.m_nodes.reserve(d.m_lineStarts.size() * 2 + 16);
        ParserPtr parser = makeParser(d.m_bytes);
        yaml_event_t event;
        bool inFirstDocument = false;
        bool done = false;
        while (!done) {
            if (!yaml_parser_parse(parser.get(), &event)) {
                ParseError &error = d.m_error;
                error.message = QString::fromUtf8(parser->problem ? parser->problem : "syntax error");
                if (parser->context)
                    error.message = QString::fromUtf8(parser->context) + QLatin1String(", ") + error.message;
                const yaml_mark_t &mark = parser->problem_mark;
                error.offset = toByte(mark.index);
                error.line = int(mark.line) + 1;
                error.column = int(mark.column) + 1;
                // Close what was open so spans stay sane.
                while (!m_stack.empty()) {
                    Node &node = d.m_nodes[size_t(m_stack.back())];
                    node.span.end = std::max(node.span.end, node.span.begin);
                    node.valueSpan.end = node.span.end;
                    m_stack.pop_back();
                }
                return;
            }
            switch (event.type) {
            case YAML_STREAM_END_EVENT:
                done = true;
                break;
            case YAML_DOCUMENT_START_EVENT:
                if (d.m_root >= 0)
                    done = true; // only the first document is modelled
                inFirstDocument = true;
                m_boundary = m_boundary || !event.data.document_start.implicit || done;
                break;
            case YAML_DOCUMENT_END_EVENT:
                if (inFirstDocument)
                    done = true;
                m_boundary = m_boundary || !event.data.document_end.implicit;
                if (m_outerAnchors && !m_boundary) {
                    // A fragment must end with its document: anything after it is a boundary.
                    yaml_event_t next;
                    if (!yaml_parser_parse(parser.get(), &next)) {
                        m_boundary = true;
                    } else {
                        m_boundary = next.type != YAML_STREAM_END_EVENT;
                        yaml_event_delete(&next);
                    }
                }
                break;
            case YAML_SCALAR_EVENT: {
                const NodeId id = addNode(Node::Kind::Scalar, event, event.data.scalar.anchor, event.data.scalar.tag);
                Node &node = d.m_nodes[size_t(id)];
                node.scalar = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                                                qsizetype(event.data.scalar.length));
                switch (event.data.scalar.style) {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE:
                    node.style = Node::Style::SingleQuoted;
                    break;
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
                    node.style = Node::Style::DoubleQuoted;
                    break;
                case YAML_LITERAL_SCALAR_STYLE:
                    node.style = Node::Style::Literal;
                    break;
                case YAML_FOLDED_SCALAR_STYLE:
                    node.style = Node::Style::Folded;
                    break;
                default:
                    node.style = Node::Style::Plain;
                    break;
                }
                if (node.style == Node::Style::Literal || node.style == Node::Style::Folded) {
                    // The block scalar's token runs to the next token; end its span with its text.
                    qsizetype end = node.span.end;
                    const QByteArray &b = d.m_bytes;
                    while (end > node.valueSpan.begin
                           && (b[end - 1] == '\n' || b[end - 1] == '\r' || isSpace(b[end - 1])))
                        --end;
                    node.span.end = node.valueSpan.end = std::max(end, node.valueSpan.begin + 1);
                }
                m_scalarSpans.push_back(node.valueSpan);
                break;
            }
            case YAML_ALIAS_EVENT: {
                m_hasAliases = true;
                const NodeId id = addNode(Node::Kind::Alias, event, nullptr, nullptr);
                const QByteArray name(reinterpret_cast<const char *>(event.data.alias.anchor));
                Node &node = d.m_nodes[size_t(id)];
                node.anchor = name; // the name it refers to
                node.alias = m_outerAnchors ? m_outerAnchors->value(name, -1) : m_anchors.value(name, -1);
                if (node.alias < 0 && !d.m_error.isError()) {
                    // Psych refuses an alias to an undefined anchor, so GitLab does too.
                    d.m_error.message = QStringLiteral("found undefined alias *%1").arg(QString::fromUtf8(name));
                    d.m_error.offset = node.valueSpan.begin;
                    d.m_error.line = node.line;
                    d.m_error.column = node.column;
                }
                m_scalarSpans.push_back(node.valueSpan);
                break;
            }
            case YAML_SEQUENCE_START_EVENT:
            case YAML_MAPPING_START_EVENT: {
                const bool isSeq = event.type == YAML_SEQUENCE_START_EVENT;
                const NodeId id = isSeq ? addNode(Node::Kind::Sequence, event, event.data.sequence_start.anchor,
                                                  event.data.sequence_start.tag)
                                        : addNode(Node::Kind::Mapping, event, event.data.mapping_start.anchor,
                                                  event.data.mapping_start.tag);
                Node &node = d.m_nodes[size_t(id)];
                const bool flow = isSeq ? event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                                        : event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
                node.style = flow ? Node::Style::Flow : Node::Style::Plain;
                m_stack.push_back(id);
                break;
            }
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                endCollection(event);
                break;
            default:
                break;
            }
            yaml_event_delete(&event);
        }
    }

    // Comments are not in libyaml's events: find them between the scalar spans.
    void findComments()
    {
        const QByteArray &b = d.m_bytes;
        const char *data = b.constData();
        const qsizetype n = b.size();
        size_t next = 0;
        qsizetype i = d.m_bomSize;
        qsizetype lastCommentLineEnd = -2;
        while (i < n) {
            while (next < m_scalarSpans.size() && m_scalarSpans[next].end <= i)
                ++next;
            if (next < m_scalarSpans.size() && m_scalarSpans[next].contains(i)) {
                i = m_scalarSpans[next].end;
                continue;
            }
            const char c = data[i];
            if (c == '#'
                && (i == 0 || i == d.m_bomSize || isSpace(data[i - 1]) || data[i - 1] == '\n' || data[i - 1] == '\r')) {
                qsizetype end = i;
                while (end < n && data[end] != '\n' && data[end] != '\r')
                    ++end;
                // Merge with the previous comment when only whitespace and one line break separate them.
                bool merged = false;
                if (!d.m_comments.isEmpty() && lastCommentLineEnd >= 0) {
                    qsizetype k = lastCommentLineEnd;
                    if (k < n && data[k] == '\r')
                        ++k;
                    if (k < n && data[k] == '\n')
                        ++k;
                    while (k < i && isSpace(data[k]))
                        ++k;
                    if (k == i) {
                        d.m_comments.last().end = end;
                        merged = true;
                    }
                }
                if (!merged)
                    d.m_comments.append(Span {i, end});
                lastCommentLineEnd = end;
                i = end;
                continue;
            }
            ++i;
        }
    }

    Document &d;
    std::vector<NodeId> m_stack;
    std::vector<Span> m_scalarSpans;
    std::vector<qsizetype> m_charToByte;
    QHash<QByteArray, NodeId> m_anchors;
    const QHash<QByteArray, NodeId> *m_outerAnchors = nullptr;
    bool m_boundary = false;
    bool m_hasAliases = false;
    std::vector<qint64> m_size;
    NodeId m_recursiveAlias = -1;
    qsizetype m_markBase = 0;
    bool m_charMode = false;
};

Document Document::parse(const QByteArray &bytes)
{
    Document doc;
    doc.m_bytes = bytes;
    DocumentBuilder builder(doc);
    builder.build();
    return doc;
}

namespace {

// Nodes a subtree expands to once aliases are expanded (aliases resolved through memo).
qint64 expandedSize(const std::vector<Node> &nodes, NodeId id, QHash<NodeId, qint64> &memo, int depth = 0)
{
    if (id < 0 || size_t(id) >= nodes.size() || depth > 10000)
        return 1;
    const Node &node = nodes[size_t(id)];
    if (node.kind == Node::Kind::Alias)
        return expandedSize(nodes, node.alias, memo, depth + 1);
    if (node.children.empty())
        return 1;
    const auto it = memo.constFind(id);
    if (it != memo.constEnd())
        return it.value();
    qint64 total = 1;
    for (NodeId child : node.children)
        total += expandedSize(nodes, child, memo, depth + 1);
    memo.insert(id, total);
    return total;
}

bool definesAnchor(const Node &node)
{
    return node.kind != Node::Kind::Alias && !node.anchor.isEmpty();
}

} // namespace

DocumentChange Document::update(const QByteArray &bytes)
{
    DocumentChange change;
    if (!updateEntries(bytes, &change)) {
        *this = parse(bytes);
        change = DocumentChange();
    }
    return change;
}

bool Document::updateEntries(const QByteArray &bytes, DocumentChange *change)
{
    // Only a valid document whose root is a plain block mapping of two entries or more.
    if (!isValid() || m_aliasesOverflow || m_root != 0 || m_nodes.empty())
        return false;
    const Node &rootNode = m_nodes[0];
    if (!rootNode.isMapping() || rootNode.isFlow() || !rootNode.anchor.isEmpty() || !rootNode.tag.isEmpty()
        || rootNode.children.size() < 4)
        return false;
    change->incremental = true;
    if (bytes == m_bytes)
        return true;

    // The changed byte range, from the common prefix and suffix.
    const qsizetype oldSize = m_bytes.size();
    const qsizetype newSize = bytes.size();
    const char *a = m_bytes.constData();
    const char *b = bytes.constData();
    const qsizetype limit = std::min(oldSize, newSize);
    const qsizetype prefix = std::mismatch(a, a + limit, b).first - a;
    qsizetype suffix = 0;
    while (suffix < limit - prefix && a[oldSize - 1 - suffix] == b[newSize - 1 - suffix])
        ++suffix;
    const qsizetype oldChangeEnd = oldSize - suffix;

    // The entries it touches: from the last entry starting at or before the change to the last
    // one starting at or before its end (a change to the line break before an entry touches it).
    // Each must start a line (its key in column 1).
    const std::vector<NodeId> &pairs = rootNode.children;
    const int entries = int(pairs.size() / 2);
    auto entryStart = [&](int entry) { return m_nodes[size_t(pairs[size_t(2 * entry)])].span.begin; };
    int first = -1;
    int last = -1;
    for (int e = 0; e < entries; ++e) {
        const qsizetype start = entryStart(e);
        if (start <= prefix)
            first = e;
        if (start <= oldChangeEnd)
            last = e;
    }
    if (first < 0)
        return false;
    // Text inserted right before an entry's key may belong to the entry before (a line added at
    // the end of a job without a blank line after it): parse that one too.
    if (first > 0 && entryStart(first) == prefix)
        --first;
    last = std::max(first, last);
    const qsizetype regionStart = entryStart(first);
    const qsizetype regionEnd = last + 1 < entries ? entryStart(last + 1) : oldSize;
    if (regionStart < 3 || lineStart(regionStart) != regionStart
        || (regionEnd < oldSize && lineStart(regionEnd) != regionEnd))
        return false;
    const NodeId firstId = pairs[size_t(2 * first)];
    const NodeId endId = last + 1 < entries ? pairs[size_t(2 * (last + 1))] : NodeId(m_nodes.size());
    for (NodeId id = firstId; id < endId; ++id) {
        if (definesAnchor(m_nodes[size_t(id)]))
            return false; // a later alias may name it
    }

    // Parse the new text of those entries alone, its aliases naming the anchors before it.
    QHash<QByteArray, NodeId> anchors;
    for (NodeId id = 0; id < firstId; ++id) {
        if (definesAnchor(m_nodes[size_t(id)]))
            anchors.insert(m_nodes[size_t(id)].anchor, id);
    }
    const qsizetype byteDelta = newSize - oldSize;
    if (regionEnd < oldSize && b[regionEnd + byteDelta - 1] != '\n' && b[regionEnd + byteDelta - 1] != '\r')
        return false; // the next entry no longer starts a line
    if (b[regionStart - 1] == '\r' && b[regionStart] == '\n')
        return false; // a line feed typed after a lone carriage return joins it into one line break
    if (bytes.mid(regionStart, 3) == "\xEF\xBB\xBF")
        return false; // a byte-order mark only counts as one at the start of the stream
    Document fragment;
    fragment.m_bytes = bytes.mid(regionStart, regionEnd + byteDelta - regionStart);
    DocumentBuilder builder(fragment, anchors);
    builder.build();
    if (!fragment.isValid() || builder.sawBoundary())
        return false;
    std::vector<Node> &parsed = fragment.m_nodes;
    if (fragment.m_root >= 0) {
        const Node &root = parsed[0];
        if (fragment.m_root != 0 || !root.isMapping() || root.isFlow() || !root.anchor.isEmpty() || !root.tag.isEmpty())
            return false;
        for (size_t i = 0; i < root.children.size(); i += 2) {
            if (parsed[size_t(root.children[i])].column != 1)
                return false;
        }
        for (const Node &node : parsed) {
            if (definesAnchor(node))
                return false;
        }
    }
    const int newEntries = fragment.m_root >= 0 ? int(parsed[0].children.size() / 2) : 0;
    const int oldEntries = last - first + 1;
    if (entries - oldEntries + newEntries < 2)
        return false;

    // Aliases must still expand to a bounded tree.
    QHash<NodeId, qint64> memo;
    qint64 oldRegionSize = 0;
    for (NodeId id = firstId; id < endId; ++id) {
        const Node &node = m_nodes[size_t(id)];
        oldRegionSize += node.kind == Node::Kind::Alias ? expandedSize(m_nodes, node.alias, memo) : 1;
    }
    qint64 newRegionSize = 0;
    for (size_t f = 1; f < parsed.size(); ++f) {
        const Node &node = parsed[f];
        newRegionSize += node.kind == Node::Kind::Alias ? expandedSize(m_nodes, node.alias, memo) : 1;
    }
    const qint64 expandedNodes = m_expandedNodes - oldRegionSize + newRegionSize;
    if (expandedNodes > DocumentBuilder::MaxExpandedNodes)
        return false;

    // Commit: line starts, nodes, root, comments.
    const auto lineOf = [this](qsizetype offset) {
        return size_t(std::lower_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) - m_lineStarts.begin());
    };
    const size_t firstLine = lineOf(regionStart); // 0-based index of the region's first line
    const size_t endLine = size_t(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), regionEnd)
                                  - m_lineStarts.begin()); // first line start after regionEnd
    const int lineDelta = int(fragment.m_lineStarts.size()) - int(endLine - firstLine);
    std::vector<qsizetype> lineStarts;
    lineStarts.reserve(size_t(qsizetype(m_lineStarts.size()) + lineDelta));
    lineStarts.insert(lineStarts.end(), m_lineStarts.begin(), m_lineStarts.begin() + qsizetype(firstLine));
    for (qsizetype start : fragment.m_lineStarts)
        lineStarts.push_back(start + regionStart);
    for (size_t i = endLine; i < m_lineStarts.size(); ++i)
        lineStarts.push_back(m_lineStarts[i] + byteDelta);

    const NodeId newCount = parsed.empty() ? 0 : NodeId(parsed.size()) - 1;
    const NodeId nodeDelta = newCount - (endId - firstId);
    const auto shiftSpan = [](Span &span, qsizetype by) {
        span.begin += by;
        span.end += by;
    };
    for (size_t id = size_t(endId); id < m_nodes.size(); ++id) {
        Node &node = m_nodes[id];
        shiftSpan(node.span, byteDelta);
        shiftSpan(node.valueSpan, byteDelta);
        node.line += lineDelta;
        if (nodeDelta != 0) {
            if (node.parent >= endId)
                node.parent += nodeDelta;
            if (node.alias >= endId)
                node.alias += nodeDelta;
            for (NodeId &child : node.children)
                child += nodeDelta;
        }
    }
    const NodeId idOffset = firstId - 1; // fragment id f becomes f + idOffset
    for (size_t f = 1; f < parsed.size(); ++f) {
        Node &node = parsed[f];
        shiftSpan(node.span, regionStart);
        shiftSpan(node.valueSpan, regionStart);
        node.line += int(firstLine);
        node.parent = node.parent == 0 ? m_root : node.parent + idOffset;
        for (NodeId &child : node.children)
            child += idOffset;
    }
    std::vector<NodeId> rootChildren;
    rootChildren.reserve(size_t(2 * (entries - oldEntries + newEntries)));
    rootChildren.insert(rootChildren.end(), pairs.begin(), pairs.begin() + 2 * first);
    if (fragment.m_root >= 0) {
        for (NodeId child : parsed[0].children)
            rootChildren.push_back(child + idOffset);
    }
    for (size_t i = size_t(2 * (last + 1)); i < pairs.size(); ++i)
        rootChildren.push_back(pairs[i] + nodeDelta);
    const auto parsedBegin = parsed.empty() ? parsed.end() : parsed.begin() + 1; // without the fragment's root
    if (nodeDelta == 0) {
        std::move(parsedBegin, parsed.end(), m_nodes.begin() + firstId);
    } else {
        m_nodes.erase(m_nodes.begin() + firstId, m_nodes.begin() + endId);
        m_nodes.insert(m_nodes.begin() + firstId, std::make_move_iterator(parsedBegin),
                       std::make_move_iterator(parsed.end()));
    }
    Node &root = m_nodes[0];
    root.children = std::move(rootChildren);
    root.span.end = root.valueSpan.end = m_nodes[size_t(root.children.back())].span.end;

    QVector<Span> comments;
    comments.reserve(m_comments.size() + fragment.m_comments.size());
    for (const Span &comment : std::as_const(m_comments)) {
        if (comment.begin < regionStart)
            comments.append(comment);
    }
    for (int i = 0; i < fragment.m_comments.size(); ++i) {
        Span comment = fragment.m_comments[i];
        shiftSpan(comment, regionStart);
        // The new text may start with comment lines that continue the run before it.
        if (i == 0 && !comments.isEmpty()) {
            qsizetype k = comments.last().end;
            if (k < newSize && b[k] == '\r')
                ++k;
            if (k < newSize && b[k] == '\n')
                ++k;
            while (k < comment.begin && isSpace(b[k]))
                ++k;
            if (k == comment.begin) {
                comments.last().end = comment.end;
                continue;
            }
        }
        comments.append(comment);
    }
    for (Span comment : std::as_const(m_comments)) {
        if (comment.begin >= regionEnd) {
            shiftSpan(comment, byteDelta);
            comments.append(comment);
        }
    }

    m_bytes = bytes;
    m_lineStarts = std::move(lineStarts);
    m_comments = std::move(comments);
    m_expandedNodes = expandedNodes;
    if (first == 0) { // the root mapping starts with its first key (and the key's properties)
        root.span.begin = root.valueSpan.begin = m_nodes[size_t(root.children.front())].span.begin;
        position(root.span.begin, &root.line, &root.column);
    }

    change->firstEntry = first;
    change->oldEntries = oldEntries;
    change->newEntries = newEntries;
    change->oldEndNode = endId;
    change->nodeDelta = nodeDelta;
    change->lineDelta = lineDelta;
    return true;
}

const Node &Document::node(NodeId id) const
{
    static const Node none;
    if (id < 0 || size_t(id) >= m_nodes.size())
        return none;
    return m_nodes[size_t(id)];
}

NodeId Document::resolved(NodeId id) const
{
    int guard = 0;
    while (id >= 0 && m_nodes[size_t(id)].kind == Node::Kind::Alias && guard++ < 64)
        id = m_nodes[size_t(id)].alias;
    return id;
}

NodeId Document::keyNode(NodeId mapping, const QString &key) const
{
    mapping = resolved(mapping);
    if (mapping < 0 || !m_nodes[size_t(mapping)].isMapping())
        return -1;
    const std::vector<NodeId> &children = m_nodes[size_t(mapping)].children;
    for (size_t i = 0; i + 1 < children.size(); i += 2) {
        const Node &k = m_nodes[size_t(children[i])];
        if (k.isScalar() && k.scalar == key)
            return children[i];
    }
    return -1;
}

NodeId Document::value(NodeId mapping, const QString &key) const
{
    mapping = resolved(mapping);
    if (mapping < 0 || !m_nodes[size_t(mapping)].isMapping())
        return -1;
    const std::vector<NodeId> &children = m_nodes[size_t(mapping)].children;
    for (size_t i = 0; i + 1 < children.size(); i += 2) {
        const Node &k = m_nodes[size_t(children[i])];
        if (k.isScalar() && k.scalar == key)
            return children[i + 1];
    }
    return -1;
}

void Document::position(qsizetype offset, int *line, int *column) const
{
    if (m_lineStarts.empty()) {
        *line = 1;
        *column = int(offset) + 1;
        return;
    }
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const size_t index = size_t(it - m_lineStarts.begin()) - 1;
    *line = int(index) + 1;
    qsizetype start = m_lineStarts[index];
    if (index == 0)
        start = std::min<qsizetype>(m_bomSize, offset);
    int col = 1;
    for (qsizetype i = start; i < offset && i < m_bytes.size(); ++i) {
        if ((uchar(m_bytes[i]) & 0xC0) != 0x80)
            ++col;
    }
    *column = col;
}

qsizetype Document::lineStart(qsizetype offset) const
{
    if (m_lineStarts.empty())
        return 0;
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return *(it - 1);
}

qsizetype Document::lineEnd(qsizetype offset) const
{
    qsizetype i = offset;
    while (i < m_bytes.size() && m_bytes[i] != '\n' && m_bytes[i] != '\r')
        ++i;
    return i;
}

QByteArray Document::lineBreak() const
{
    const qsizetype nl = m_bytes.indexOf('\n');
    if (nl > 0 && m_bytes[nl - 1] == '\r')
        return QByteArrayLiteral("\r\n");
    return QByteArrayLiteral("\n");
}

} // namespace LabDesk::Ci
