#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace LabDesk::Sandbox::Ci {

// A YAML value as the sandbox's CI emulation needs it: libyaml's events folded into a tree with
// anchors, aliases and merge keys (`<<`) resolved, mapping order kept, and plain scalars marked so
// YAML 1.1 resolution (`on`/`yes` booleans, `~` null, numbers) applies the way Ruby's Psych — and so
// GitLab — sees them. Not a lossless model: the CI editor has its own (labdesk_core, ci/).
struct YamlNode
{
    enum class Kind {
        Null,
        Scalar,
        Sequence,
        Mapping,
    };

    Kind kind = Kind::Null;
    QString text;  // scalars
    bool plain = true;  // an unquoted scalar, subject to YAML 1.1 resolution
    QString tag;   // e.g. "!reference"; empty when none
    QList<YamlNode> items;                   // sequences
    QList<QPair<QString, YamlNode>> entries; // mappings, in file order
    int line = 0;  // 1-based line of the node's start

    bool isNull() const;  // a missing value, `~`, `null` or an empty plain scalar
    bool isScalar() const { return kind == Kind::Scalar && !isNull(); }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMapping() const { return kind == Kind::Mapping; }

    const YamlNode *value(const QString &key) const; // nullptr when the key is missing
    bool contains(const QString &key) const { return value(key) != nullptr; }
    void insert(const QString &key, const YamlNode &node); // replaces in place or appends
    void remove(const QString &key);
    QStringList keys() const;

    // The scalar's text; empty for everything else.
    QString string() const;
    // YAML 1.1 booleans as Psych resolves them (true/yes/on, false/no/off); `fallback` otherwise.
    bool toBool(bool fallback = false) const;
    bool isBool() const;
    // A scalar as a one-element list, a (nested) sequence of scalars flattened: script lines, tags.
    QStringList strings() const;
    // JSON with YAML 1.1 resolution of plain scalars (booleans, null, integers, floats).
    QJsonValue toJson() const;

    static YamlNode scalar(const QString &text, bool plain = false);
    static YamlNode mapping();
    static YamlNode sequence();
};

struct YamlDocument
{
    YamlNode root;
    bool ok = false;
    // As Ruby's Psych words libyaml's errors, which GitLab passes on:
    // "(<unknown>): did not find expected key while parsing a block mapping at line 1 column 1".
    QString error;
};

// Parses the first document (or the second, when the first is only a `spec:` header as in
// CI components). Deeper than 100 levels is refused as GitLab does ("The parsed YAML is too big").
YamlDocument parseYaml(const QByteArray &text);

// Serializes like Ruby's `Hash#to_yaml` (Psych over libyaml's emitter: "---" header, two-space
// indent, block sequences not indented below their key, Psych's quoting choices). With
// `symbolKeys`, mapping keys come out as Ruby symbols (":job:"), as GitLab before 16.0 wrote them.
QByteArray dumpYaml(const YamlNode &root, bool symbolKeys);

} // namespace LabDesk::Sandbox::Ci
