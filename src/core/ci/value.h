#pragma once

#include "document.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace LabDesk::Ci {

// An owned, ordered YAML value as GitLab sees it after loading: aliases and merge keys (<<)
// resolved, keys in file order. Scalars keep their text and whether they were plain, so YAML 1.1
// types (true/yes/on, 010, 1_000, ~) resolve as Psych resolves them. A value remembers where it
// came from (line/column, file index into Model::files()) for diagnostics.
class Value
{
public:
    enum class Type {
        Null,
        Scalar,
        Sequence,
        Mapping,
    };
    using Entry = std::pair<QString, Value>;

    Value() = default;
    static Value scalar(const QString &text, bool plain = false);
    static Value sequence();
    static Value mapping();
    static Value stringList(const QStringList &items);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMapping() const { return m_type == Type::Mapping; }

    // Scalar text as written (decoded); empty for other types.
    const QString &text() const { return m_text; }
    bool isPlain() const { return m_plain; }
    const QByteArray &tag() const { return m_tag; }
    void setTag(const QByteArray &tag) { m_tag = tag; }

    // YAML 1.1 resolution of plain scalars, as Psych does it.
    bool isBool() const;
    bool toBool(bool fallback = false) const;
    bool isInt() const;
    long long toInt(long long fallback = 0) const;
    // The scalar as a string (numbers and booleans as written); lists join nothing: empty.
    QString toString() const { return m_text; }
    // A scalar as a one-item list, a sequence of scalars as a list of their strings.
    QStringList toStringList() const;

    // Children are shared between copies (copy-on-write), so copying a Value is cheap; the
    // non-const accessors detach.
    const std::vector<Value> &items() const;
    std::vector<Value> &items();
    const std::vector<Entry> &entries() const;
    std::vector<Entry> &entries();
    void append(const Value &item) { items().push_back(item); }

    // Mapping access: nullptr when absent or not a mapping.
    const Value *get(const QString &key) const;
    Value *get(const QString &key);
    bool contains(const QString &key) const { return get(key) != nullptr; }
    // Sets key (appending it when new, keeping its place otherwise).
    void set(const QString &key, const Value &value);
    bool remove(const QString &key);

    // GitLab's deep_merge: mappings merge key by key (over wins), anything else is replaced.
    static Value deepMerge(const Value &base, const Value &over);

    // Block-style YAML, two-space indentation, strings quoted only when needed.
    QByteArray toYaml() const;
    // One-line YAML flow syntax ([a, b], {k: v}, "quoted" when needed).
    QByteArray toFlow() const;
    QJsonValue toJson() const;

    // Converts a document node (aliases and << merge keys resolved). fileIndex is stored as the
    // value's origin; depth is how deep the node is nested (values below 64 levels are cut off).
    static Value fromNode(const Document &doc, NodeId id, int fileIndex = 0, int depth = 0);
    // Parses YAML flow/plain text (as typed on a command line) into a value.
    static Value fromYaml(const QByteArray &text, bool *ok = nullptr);
    // Quotes a string for YAML when a plain scalar would not read back as the same string.
    static QByteArray quoted(const QString &text, char preferredQuote = '"');
    static bool needsQuotes(const QString &text);

    int line = 0;
    int column = 0;
    int file = 0;

    // Deep equality of type, text, style, tag, children and positions.
    bool operator==(const Value &other) const;
    bool operator!=(const Value &other) const { return !(*this == other); }

private:
    void emitBlock(QByteArray &out, int indent, bool inSequence) const;
    Type m_type = Type::Null;
    bool m_plain = false;
    QString m_text;
    QByteArray m_tag;
    struct Children;
    void detach();
    std::shared_ptr<Children> m_children;
};

} // namespace LabDesk::Ci
