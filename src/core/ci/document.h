#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <vector>

namespace LabDesk::Ci {

// A half-open byte range [begin, end) into Document::bytes().
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype size() const { return end - begin; }
    bool isEmpty() const { return end <= begin; }
    bool contains(qsizetype offset) const { return offset >= begin && offset < end; }
    bool operator==(const Span &other) const { return begin == other.begin && end == other.end; }
    bool operator!=(const Span &other) const { return !(*this == other); }
};

// One YAML node of a Document. Nodes live in Document::nodes() and refer to each other by index
// (NodeId); -1 means "none".
using NodeId = int;

struct Node
{
    enum class Kind {
        Scalar,
        Sequence,
        Mapping,
        Alias,
    };
    enum class Style {
        Plain, // scalar: plain; collection: block
        SingleQuoted,
        DoubleQuoted,
        Literal, // |
        Folded, // >
        Flow, // [..] or {..}
    };

    Kind kind = Kind::Scalar;
    Style style = Style::Plain;
    // The whole node including its anchor and tag; for block collections it ends with the last
    // child (never at the following token, whatever libyaml's end mark says).
    Span span;
    // The node's content without anchor and tag (for a scalar: the text with its quotes or block
    // indicator; for a collection: from '[', '{', '-' or the first key).
    Span valueSpan;
    QByteArray anchor; // without '&'
    QByteArray tag; // as written, e.g. "!reference"
    QString scalar; // decoded scalar value (Kind::Scalar only)
    NodeId alias = -1; // Kind::Alias: the anchored node it refers to (-1 if undefined)
    NodeId parent = -1;
    // Sequence: items; Mapping: key, value, key, value, ...
    std::vector<NodeId> children;
    int line = 0; // 1-based line of valueSpan.begin
    int column = 0; // 1-based column (in characters) of valueSpan.begin

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMapping() const { return kind == Kind::Mapping; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isFlow() const { return style == Style::Flow; }
    // A plain scalar whose YAML 1.1 type is null ("", ~, null).
    bool isNull() const;
    bool operator==(const Node &other) const;
    bool operator!=(const Node &other) const { return !(*this == other); }
};

// A YAML syntax error with its position.
struct ParseError
{
    QString message;
    int line = 0; // 1-based; 0 when there is no error
    int column = 0;
    qsizetype offset = -1;
    bool isError() const { return line > 0; }
};

// What Document::update() did. When incremental, the top-level entries (key/value pairs of the
// root mapping) [firstEntry, firstEntry + oldEntries) were parsed again and became newEntries
// entries; everything after them moved by the deltas and is otherwise the same. When not
// incremental, the document was parsed from scratch and anything may have changed.
struct DocumentChange
{
    bool incremental = false;
    int firstEntry = 0;
    int oldEntries = 0;
    int newEntries = 0;
    NodeId oldEndNode = 0; // the first node after the replaced entries, in the old document
    NodeId nodeDelta = 0; // how node ids from oldEndNode on moved
    int lineDelta = 0; // how the lines after them moved
};

// A lossless YAML document: the original bytes plus a node tree in which every node, key and
// comment run knows its byte span. Parsing never changes the bytes, so bytes() is what save writes
// back (byte-identical without an edit, whatever the file's BOM, line endings or styles).
// Uses libyaml (the parser under GitLab's Psych). Only the first YAML document of a stream is
// modelled. A Document is a value: copyable, no Qt parent, usable from any one thread at a time.
class Document
{
public:
    Document() = default;
    // Parses bytes (UTF-8, optional BOM, LF or CRLF). On a syntax error, bytes() still holds the
    // input unchanged, error() says where, and the tree holds what was parsed before the error.
    static Document parse(const QByteArray &bytes);
    // Replaces the bytes and re-parses. When the change lies within top-level entries of a block
    // mapping (what an edit of one job is) and neither the old nor the new text of those entries
    // defines an anchor, only those entries are parsed again and the rest of the tree is moved;
    // otherwise the whole document is parsed. The result is the same as parse(bytes) either way.
    DocumentChange update(const QByteArray &bytes);

    const QByteArray &bytes() const { return m_bytes; }
    const ParseError &error() const { return m_error; }
    bool isValid() const { return !m_error.isError(); }

    const std::vector<Node> &nodes() const { return m_nodes; }
    // The node with that id; an empty scalar for an invalid id (-1, an undefined alias's target).
    const Node &node(NodeId id) const;
    NodeId root() const { return m_root; }
    // Comment runs: consecutive comment lines (or a trailing comment) merged into one span each,
    // from '#' to the end of the last comment's text (line break excluded).
    const QVector<Span> &comments() const { return m_comments; }

    // Follows aliases: returns the node an alias refers to, or id itself.
    NodeId resolved(NodeId id) const;
    // For a mapping: the value of the first key equal to key (following aliases of the mapping,
    // not merge keys), or -1.
    NodeId value(NodeId mapping, const QString &key) const;
    // For a mapping: the key node of key, or -1.
    NodeId keyNode(NodeId mapping, const QString &key) const;
    // The text of a span.
    QByteArray text(Span span) const { return m_bytes.mid(span.begin, span.size()); }
    // 1-based line and column (in characters) of a byte offset.
    void position(qsizetype offset, int *line, int *column) const;
    // Byte offset of the start of the line containing offset, and of the end of that line (at its
    // line break, or the end of the bytes).
    qsizetype lineStart(qsizetype offset) const;
    qsizetype lineEnd(qsizetype offset) const;
    // The line break used by the file ("\r\n" when its first line ends so, else "\n").
    QByteArray lineBreak() const;
    // Size of the byte-order mark at the start (0 or 3).
    int bomSize() const { return m_bomSize; }
    // True when expanding the aliases would never end or explode (also after a syntax error in
    // the rest of the file); Value::fromNode then leaves aliases unexpanded.
    bool aliasesOverflow() const { return m_aliasesOverflow; }

    // Same bytes, same tree, same comments, same positions.
    bool operator==(const Document &other) const;
    bool operator!=(const Document &other) const { return !(*this == other); }

private:
    QByteArray m_bytes;
    ParseError m_error;
    std::vector<Node> m_nodes;
    QVector<Span> m_comments;
    std::vector<qsizetype> m_lineStarts;
    NodeId m_root = -1;
    int m_bomSize = 0;
    bool m_aliasesOverflow = false;
    qint64 m_expandedNodes = 0; // nodes of the tree once aliases are expanded
    bool updateEntries(const QByteArray &bytes, DocumentChange *change);
    friend class DocumentBuilder;
};

} // namespace LabDesk::Ci
