#include "document.h"

#include <yaml.h>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <functional>
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

// Builds a Document from libyaml events.
class DocumentBuilder
{
public:
    explicit DocumentBuilder(Document &doc)
        : d(doc)
    { }

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
        checkExpandedSize();
    }

    // What the tree becomes once aliases are expanded (as Psych hands it to GitLab) must stay
    // bounded: a few lines of nested aliases ("billion laughs") would otherwise expand into
    // billions of nodes, and an alias inside the node it names (`.a: &a {<<: *a}`) never ends.
    // GitLab refuses such files ("The parsed YAML is too big" / "too deep").
    static constexpr qint64 MaxExpandedNodes = 500000;

    void checkExpandedSize()
    {
        std::vector<qint64> size(d.m_nodes.size(), -1); // -1: not computed, -2: in progress
        NodeId recursiveAlias = -1;
        std::function<qint64(NodeId, int)> expanded = [&](NodeId id, int depth) -> qint64 {
            if (id < 0 || size_t(id) >= size.size() || depth > 10000)
                return 1;
            qint64 &memo = size[size_t(id)];
            if (memo >= 0)
                return memo;
            const Node &node = d.m_nodes[size_t(id)];
            if (memo == -2) // reached again while inside it: only an alias can do that
                return MaxExpandedNodes + 1;
            memo = -2;
            qint64 total = 1;
            if (node.kind == Node::Kind::Alias) {
                if (node.alias >= 0 && size[size_t(node.alias)] == -2 && recursiveAlias < 0)
                    recursiveAlias = id;
                total = expanded(node.alias, depth + 1);
            } else {
                for (NodeId child : node.children) {
                    total += expanded(child, depth + 1);
                    if (total > MaxExpandedNodes)
                        break;
                }
            }
            memo = std::min(total, MaxExpandedNodes + 1);
            return memo;
        };
        // Also after a syntax error: the partial tree is still modelled.
        if (d.m_root < 0 || expanded(d.m_root, 0) <= MaxExpandedNodes)
            return;
        d.m_aliasesOverflow = true;
        if (d.m_error.isError())
            return;
        if (recursiveAlias >= 0) {
            const Node &alias = d.m_nodes[size_t(recursiveAlias)];
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
                break;
            case YAML_DOCUMENT_END_EVENT:
                if (inFirstDocument)
                    done = true;
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
                const NodeId id = addNode(Node::Kind::Alias, event, nullptr, nullptr);
                const QByteArray name(reinterpret_cast<const char *>(event.data.alias.anchor));
                Node &node = d.m_nodes[size_t(id)];
                node.anchor = name; // the name it refers to
                node.alias = m_anchors.value(name, -1);
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
