#include "ciyaml.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml.h>

#include <memory>

namespace LabDesk::Sandbox::Ci {

namespace {

constexpr int MaxDepth = 100; // GitLab's Gitlab::Config::Loader::Yaml::MAX_YAML_DEPTH

// libyaml keeps its state in caller-owned structs; these make sure they are released.
struct Parser
{
    yaml_parser_t parser;
    Parser() { yaml_parser_initialize(&parser); }
    ~Parser() { yaml_parser_delete(&parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;
};

struct Event
{
    yaml_event_t event{};
    bool valid = false;
    Event() = default;
    ~Event()
    {
        if (valid)
            yaml_event_delete(&event);
    }
    Event(const Event &) = delete;
    Event &operator=(const Event &) = delete;
};

QString fromYaml(const yaml_char_t *text, size_t length)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), qsizetype(length));
}

QString fromYaml(const yaml_char_t *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

class TreeBuilder
{
public:
    explicit TreeBuilder(const QByteArray &text)
    {
        yaml_parser_set_input_string(&m_parser.parser, reinterpret_cast<const unsigned char *>(text.constData()),
                                     size_t(text.size()));
    }

    YamlDocument run()
    {
        YamlDocument doc;
        Event event;
        if (!next(event) || event.event.type != YAML_STREAM_START_EVENT)
            return fail(doc);
        bool header = false;
        for (;;) {
            Event start;
            if (!next(start))
                return fail(doc);
            if (start.event.type == YAML_STREAM_END_EVENT)
                break;
            if (start.event.type != YAML_DOCUMENT_START_EVENT)
                return fail(doc);
            Event content;
            if (!next(content))
                return fail(doc);
            YamlNode root = node(content, 0);
            if (!m_error.isEmpty())
                return fail(doc);
            Event end;
            if (!next(end))
                return fail(doc);
            // A CI component's header document (`spec:` only) precedes the configuration.
            if (!header && root.isMapping() && root.keys() == QStringList{QStringLiteral("spec")}) {
                header = true;
                doc.root = YamlNode();
                continue;
            }
            doc.root = root;
            break;
        }
        doc.ok = true;
        return doc;
    }

private:
    bool next(Event &event)
    {
        if (!yaml_parser_parse(&m_parser.parser, &event.event)) {
            if (m_error.isEmpty())
                m_error = parserError();
            return false;
        }
        event.valid = true;
        return true;
    }

    QString parserError() const
    {
        const yaml_parser_t &p = m_parser.parser;
        QStringList parts;
        if (p.problem)
            parts << QString::fromUtf8(p.problem);
        if (p.context)
            parts << QString::fromUtf8(p.context);
        // Psych reports the context mark (where the enclosing construct started), 1-based.
        return QStringLiteral("(<unknown>): %1 at line %2 column %3")
            .arg(parts.join(QLatin1Char(' ')))
            .arg(qulonglong(p.context_mark.line + 1))
            .arg(qulonglong(p.context_mark.column + 1));
    }

    YamlDocument fail(YamlDocument &doc)
    {
        doc.ok = false;
        doc.error = m_error.isEmpty() ? QStringLiteral("(<unknown>): unexpected end of stream at line 1 column 1") : m_error;
        doc.root = YamlNode();
        return doc;
    }

    void remember(const yaml_char_t *anchor, const YamlNode &value)
    {
        if (anchor)
            m_anchors.insert(fromYaml(anchor), value);
    }

    YamlNode node(const Event &event, int depth)
    {
        if (depth > MaxDepth) {
            m_error = QStringLiteral("The parsed YAML is too big");
            return {};
        }
        const yaml_event_t &e = event.event;
        YamlNode result;
        result.line = int(e.start_mark.line) + 1;
        switch (e.type) {
        case YAML_SCALAR_EVENT: {
            result.kind = YamlNode::Kind::Scalar;
            result.text = fromYaml(e.data.scalar.value, e.data.scalar.length);
            result.tag = fromYaml(e.data.scalar.tag);
            result.plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && result.tag.isEmpty();
            remember(e.data.scalar.anchor, result);
            return result;
        }
        case YAML_ALIAS_EVENT: {
            const QString anchor = fromYaml(e.data.alias.anchor);
            if (!m_anchors.contains(anchor)) {
                m_error = QStringLiteral("(<unknown>): Unknown alias: %1").arg(anchor);
                return {};
            }
            return m_anchors.value(anchor);
        }
        case YAML_SEQUENCE_START_EVENT: {
            result.kind = YamlNode::Kind::Sequence;
            result.tag = fromYaml(e.data.sequence_start.tag);
            for (;;) {
                Event item;
                if (!next(item))
                    return {};
                if (item.event.type == YAML_SEQUENCE_END_EVENT)
                    break;
                result.items.append(node(item, depth + 1));
                if (!m_error.isEmpty())
                    return {};
            }
            remember(e.data.sequence_start.anchor, result);
            return result;
        }
        case YAML_MAPPING_START_EVENT: {
            result.kind = YamlNode::Kind::Mapping;
            result.tag = fromYaml(e.data.mapping_start.tag);
            QList<YamlNode> merges;
            for (;;) {
                Event keyEvent;
                if (!next(keyEvent))
                    return {};
                if (keyEvent.event.type == YAML_MAPPING_END_EVENT)
                    break;
                const YamlNode key = node(keyEvent, depth + 1);
                if (!m_error.isEmpty())
                    return {};
                Event valueEvent;
                if (!next(valueEvent))
                    return {};
                YamlNode value = node(valueEvent, depth + 1);
                if (!m_error.isEmpty())
                    return {};
                if (key.kind == YamlNode::Kind::Scalar && key.plain && key.text == QLatin1String("<<")) {
                    if (value.isSequence())
                        merges.append(value.items);
                    else
                        merges.append(value);
                    continue;
                }
                // Psych builds a Ruby Hash: a repeated key keeps its first position, the last value wins.
                result.insert(key.kind == YamlNode::Kind::Scalar ? key.text : QString(), value);
            }
            // Explicit keys win over merged ones; among merged mappings the first one listed wins.
            for (const YamlNode &merge : std::as_const(merges)) {
                if (!merge.isMapping())
                    continue;
                for (const auto &[key, value] : merge.entries) {
                    if (!result.contains(key))
                        result.entries.append({key, value});
                }
            }
            remember(e.data.mapping_start.anchor, result);
            return result;
        }
        default:
            m_error = QStringLiteral("(<unknown>): unexpected event at line %1 column %2")
                          .arg(qulonglong(e.start_mark.line + 1))
                          .arg(qulonglong(e.start_mark.column + 1));
            return {};
        }
    }

    Parser m_parser;
    QHash<QString, YamlNode> m_anchors;
    QString m_error;
};

// Psych's ScalarScanner#tokenize, reduced to the question "would this plain text load back as
// something other than a string?".
bool resolvesToNonString(const QString &text)
{
    static const QRegularExpression special(QStringLiteral(
        "^(?:~|null|yes|true|on|no|false|off"
        "|[-+]?(?:0|[1-9][0-9_,]*)"                        // decimal
        "|[-+]?0b[01_]+|[-+]?0x[0-9a-f_]+|[-+]?0[0-7_]+"    // binary, hex, octal
        "|[-+]?(?:[0-9][0-9_,]*)?\\.[0-9]*(?:e[-+][0-9]+)?" // float
        "|[-+]?\\.inf|\\.nan"
        "|\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt ].*)?"              // dates and times
        "|:.+)$"),                                           // symbols
        QRegularExpression::CaseInsensitiveOption);
    return text.isEmpty() || special.match(text).hasMatch();
}

class Emitter
{
public:
    explicit Emitter(bool symbolKeys)
        : m_symbolKeys(symbolKeys)
    {
        yaml_emitter_initialize(&m_emitter);
        yaml_emitter_set_output(&m_emitter, &Emitter::write, &m_out);
        yaml_emitter_set_unicode(&m_emitter, 1);
        yaml_emitter_set_indent(&m_emitter, 2);
    }
    ~Emitter() { yaml_emitter_delete(&m_emitter); }
    Emitter(const Emitter &) = delete;
    Emitter &operator=(const Emitter &) = delete;

    QByteArray run(const YamlNode &root)
    {
        yaml_event_t event;
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
        send(&event);
        yaml_document_start_event_initialize(&event, nullptr, nullptr, nullptr, 0);
        send(&event);
        node(root);
        yaml_document_end_event_initialize(&event, 1);
        send(&event);
        yaml_stream_end_event_initialize(&event);
        send(&event);
        yaml_emitter_flush(&m_emitter);
        return m_out;
    }

private:
    static int write(void *data, unsigned char *buffer, size_t size)
    {
        static_cast<QByteArray *>(data)->append(reinterpret_cast<const char *>(buffer), qsizetype(size));
        return 1;
    }

    void send(yaml_event_t *event)
    {
        if (m_failed) {
            yaml_event_delete(event);
            return;
        }
        // yaml_emitter_emit takes ownership of the event, also on failure.
        if (!yaml_emitter_emit(&m_emitter, event))
            m_failed = true;
    }

    void scalar(const QByteArray &utf8, yaml_scalar_style_t style, bool plainImplicit)
    {
        yaml_event_t event;
        yaml_scalar_event_initialize(&event, nullptr, nullptr,
                                     reinterpret_cast<yaml_char_t *>(const_cast<char *>(utf8.constData())),
                                     int(utf8.size()), plainImplicit ? 1 : 0, 1, style);
        send(&event);
    }

    // Psych's YAMLTree#visit_String style choice.
    void string(const QString &text)
    {
        static const QRegularExpression innerNewline(QStringLiteral("\n(?!\\z)"));
        static const QRegularExpression nonWordStart(QStringLiteral("^[^\\w][^\"]*$"),
                                                     QRegularExpression::UseUnicodePropertiesOption);
        yaml_scalar_style_t style = YAML_PLAIN_SCALAR_STYLE;
        if (innerNewline.match(text).hasMatch())
            style = YAML_LITERAL_SCALAR_STYLE;
        else if (text == QLatin1String("y") || text == QLatin1String("Y") || text == QLatin1String("n")
                 || text == QLatin1String("N"))
            style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
        else if (nonWordStart.match(text).hasMatch())
            style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
        else if (resolvesToNonString(text))
            style = YAML_SINGLE_QUOTED_SCALAR_STYLE;
        scalar(text.toUtf8(), style, style == YAML_PLAIN_SCALAR_STYLE);
    }

    void value(const YamlNode &n)
    {
        if (n.isNull()) {
            scalar(QByteArray(), YAML_ANY_SCALAR_STYLE, true);
            return;
        }
        if (n.plain && resolvesToNonString(n.text)) {
            // Booleans, numbers and dates load as such and Ruby writes them back plainly.
            const QJsonValue resolved = n.toJson();
            if (resolved.isBool())
                scalar(resolved.toBool() ? "true" : "false", YAML_PLAIN_SCALAR_STYLE, true);
            else
                scalar(n.text.toUtf8(), YAML_PLAIN_SCALAR_STYLE, true);
            return;
        }
        string(n.text);
    }

    void node(const YamlNode &n)
    {
        yaml_event_t event;
        switch (n.kind) {
        case YamlNode::Kind::Null:
        case YamlNode::Kind::Scalar:
            value(n);
            return;
        case YamlNode::Kind::Sequence:
            yaml_sequence_start_event_initialize(&event, nullptr, nullptr, 1, YAML_BLOCK_SEQUENCE_STYLE);
            send(&event);
            for (const YamlNode &item : n.items)
                node(item);
            yaml_sequence_end_event_initialize(&event);
            send(&event);
            return;
        case YamlNode::Kind::Mapping:
            yaml_mapping_start_event_initialize(&event, nullptr, nullptr, 1, YAML_BLOCK_MAPPING_STYLE);
            send(&event);
            for (const auto &[key, child] : n.entries) {
                if (m_symbolKeys)
                    scalar((QLatin1Char(':') + key).toUtf8(), YAML_PLAIN_SCALAR_STYLE, true);
                else
                    string(key);
                node(child);
            }
            yaml_mapping_end_event_initialize(&event);
            send(&event);
            return;
        }
    }

    yaml_emitter_t m_emitter;
    QByteArray m_out;
    bool m_symbolKeys = false;
    bool m_failed = false;
};

} // namespace

bool YamlNode::isNull() const
{
    if (kind == Kind::Null)
        return true;
    if (kind != Kind::Scalar || !plain)
        return false;
    return text.isEmpty() || text == QLatin1String("~") || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0;
}

const YamlNode *YamlNode::value(const QString &key) const
{
    for (const auto &entry : entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

void YamlNode::insert(const QString &key, const YamlNode &node)
{
    for (auto &entry : entries) {
        if (entry.first == key) {
            entry.second = node;
            return;
        }
    }
    entries.append({key, node});
}

void YamlNode::remove(const QString &key)
{
    entries.removeIf([&key](const QPair<QString, YamlNode> &entry) { return entry.first == key; });
}

QStringList YamlNode::keys() const
{
    QStringList result;
    for (const auto &entry : entries)
        result << entry.first;
    return result;
}

QString YamlNode::string() const
{
    return kind == Kind::Scalar && !isNull() ? text : QString();
}

bool YamlNode::isBool() const
{
    if (kind != Kind::Scalar || !plain)
        return false;
    const QString lower = text.toLower();
    return lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("on")
           || lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("off");
}

bool YamlNode::toBool(bool fallback) const
{
    if (!isBool())
        return fallback;
    const QString lower = text.toLower();
    return lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("on");
}

QStringList YamlNode::strings() const
{
    QStringList result;
    if (kind == Kind::Scalar && !isNull())
        result << text;
    for (const YamlNode &item : items)
        result << item.strings();
    return result;
}

QJsonValue YamlNode::toJson() const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue::Null;
    case Kind::Scalar: {
        if (isNull())
            return QJsonValue::Null;
        if (!plain)
            return text;
        if (isBool())
            return toBool();
        bool ok = false;
        const qlonglong integer = QString(text).remove(QLatin1Char('_')).toLongLong(&ok, 10);
        if (ok && !text.startsWith(QLatin1Char('0')))
            return integer;
        if (text == QLatin1String("0"))
            return 0;
        const double number = text.toDouble(&ok);
        if (ok && text.contains(QLatin1Char('.')))
            return number;
        return text;
    }
    case Kind::Sequence: {
        QJsonArray array;
        for (const YamlNode &item : items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Mapping: {
        QJsonObject object;
        for (const auto &[key, child] : entries)
            object.insert(key, child.toJson());
        return object;
    }
    }
    return QJsonValue::Null;
}

YamlNode YamlNode::scalar(const QString &text, bool plain)
{
    YamlNode node;
    node.kind = Kind::Scalar;
    node.text = text;
    node.plain = plain;
    return node;
}

YamlNode YamlNode::mapping()
{
    YamlNode node;
    node.kind = Kind::Mapping;
    return node;
}

YamlNode YamlNode::sequence()
{
    YamlNode node;
    node.kind = Kind::Sequence;
    return node;
}

YamlDocument parseYaml(const QByteArray &text)
{
    return TreeBuilder(text).run();
}

QByteArray dumpYaml(const YamlNode &root, bool symbolKeys)
{
    return Emitter(symbolKeys).run(root);
}

} // namespace LabDesk::Sandbox::Ci
