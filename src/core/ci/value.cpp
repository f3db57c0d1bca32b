#include "value.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace LabDesk::Ci {

namespace {

bool matchesAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text == QLatin1String(word))
            return true;
    }
    return false;
}

bool isTrueWord(const QString &t)
{
    return matchesAny(t, {"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"});
}

bool isFalseWord(const QString &t)
{
    return matchesAny(t, {"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"});
}

bool isNullWord(const QString &t)
{
    return t.isEmpty() || matchesAny(t, {"~", "null", "Null", "NULL"});
}

const QRegularExpression &intPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?"
                                                      "0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}

const QRegularExpression &floatPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*)?\\.[0-9.]*(?:[eE][-+][0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return re;
}

struct Conversion
{
    const Document &doc;
    int fileIndex;
    // Bounds the number of values one expansion creates, whatever the aliases do (the Document
    // refuses such files too, but a model may still be built from a partial tree).
    qint64 budget = 2000000;
    // Each anchored node is converted once per depth: its aliases share the (copy-on-write) value.
    QHash<QPair<NodeId, int>, Value> aliased;
};

Value fromNodeImpl(Conversion &c, NodeId id, int depth);

void mergeInto(Value &target, const Value &source)
{
    // Merge-key semantics: keys already present win.
    for (const Value::Entry &entry : source.entries()) {
        if (!target.contains(entry.first))
            target.entries().push_back(entry);
    }
}

Value fromNodeImpl(Conversion &c, NodeId id, int depth)
{
    const Document &doc = c.doc;
    Value result;
    if (id < 0 || depth > 64 || --c.budget < 0)
        return result;
    const Node &node = doc.node(id);
    if (node.kind == Node::Kind::Alias) {
        if (doc.aliasesOverflow())
            return result;
        const QPair<NodeId, int> key(node.alias, depth + 1);
        const auto it = c.aliased.constFind(key);
        if (it != c.aliased.constEnd()) {
            result = it.value();
        } else {
            result = fromNodeImpl(c, node.alias, depth + 1);
            c.aliased.insert(key, result);
        }
        result.line = node.line;
        result.column = node.column;
        return result;
    }
    switch (node.kind) {
    case Node::Kind::Scalar:
        if (node.isNull())
            result = Value();
        else
            result = Value::scalar(node.scalar, node.style == Node::Style::Plain && node.tag.isEmpty());
        break;
    case Node::Kind::Sequence:
        result = Value::sequence();
        result.items().reserve(node.children.size());
        for (NodeId child : node.children)
            result.items().push_back(fromNodeImpl(c, child, depth + 1));
        break;
    case Node::Kind::Mapping: {
        result = Value::mapping();
        result.entries().reserve(node.children.size() / 2);
        std::vector<Value> merges;
        // Big mappings (the root of a 2,000-job file) index their keys to find duplicates.
        QHash<QString, size_t> index;
        const bool indexed = node.children.size() > 32;
        for (size_t i = 0; i + 1 < node.children.size(); i += 2) {
            const Node &key = doc.node(doc.resolved(node.children[i]));
            const QString keyText = key.isScalar() ? key.scalar : QString();
            if (key.isScalar() && keyText == QLatin1String("<<") && key.style == Node::Style::Plain) {
                const Value merged = fromNodeImpl(c, node.children[i + 1], depth + 1);
                if (merged.isMapping()) {
                    merges.push_back(merged);
                } else if (merged.isSequence()) {
                    for (const Value &item : merged.items()) {
                        if (item.isMapping())
                            merges.push_back(item);
                    }
                }
                continue;
            }
            Value child = fromNodeImpl(c, node.children[i + 1], depth + 1);
            // Duplicate keys: the last one wins, as in Psych.
            if (indexed) {
                const auto it = index.constFind(keyText);
                if (it != index.constEnd()) {
                    result.entries()[it.value()].second = std::move(child);
                } else {
                    index.insert(keyText, result.entries().size());
                    result.entries().emplace_back(keyText, std::move(child));
                }
            } else if (Value *existing = result.get(keyText)) {
                *existing = child;
            } else {
                result.entries().emplace_back(keyText, std::move(child));
            }
        }
        for (const Value &merge : merges)
            mergeInto(result, merge);
        break;
    }
    case Node::Kind::Alias:
        break;
    }
    result.setTag(node.tag);
    result.line = node.line;
    result.column = node.column;
    result.file = c.fileIndex;
    return result;
}

} // namespace

struct Value::Children
{
    std::vector<Value> items;
    std::vector<Entry> entries;
};

bool Value::operator==(const Value &o) const
{
    if (m_type != o.m_type || m_plain != o.m_plain || m_text != o.m_text || m_tag != o.m_tag || line != o.line
        || column != o.column || file != o.file)
        return false;
    return m_children == o.m_children || (items() == o.items() && entries() == o.entries());
}

void Value::detach()
{
    if (!m_children)
        m_children = std::make_shared<Children>();
    else if (m_children.use_count() > 1)
        m_children = std::make_shared<Children>(*m_children);
}

const std::vector<Value> &Value::items() const
{
    static const std::vector<Value> none;
    return m_children ? m_children->items : none;
}

std::vector<Value> &Value::items()
{
    detach();
    return m_children->items;
}

const std::vector<Value::Entry> &Value::entries() const
{
    static const std::vector<Entry> none;
    return m_children ? m_children->entries : none;
}

std::vector<Value::Entry> &Value::entries()
{
    detach();
    return m_children->entries;
}

Value Value::scalar(const QString &text, bool plain)
{
    Value v;
    v.m_type = Type::Scalar;
    v.m_text = text;
    v.m_plain = plain;
    return v;
}

Value Value::sequence()
{
    Value v;
    v.m_type = Type::Sequence;
    return v;
}

Value Value::mapping()
{
    Value v;
    v.m_type = Type::Mapping;
    return v;
}

Value Value::stringList(const QStringList &items)
{
    Value v = sequence();
    for (const QString &item : items)
        v.items().push_back(scalar(item));
    return v;
}

bool Value::isBool() const
{
    return m_type == Type::Scalar && m_plain && (isTrueWord(m_text) || isFalseWord(m_text));
}

bool Value::toBool(bool fallback) const
{
    if (!isBool())
        return fallback;
    return isTrueWord(m_text);
}

bool Value::isInt() const
{
    return m_type == Type::Scalar && m_plain && intPattern().match(m_text).hasMatch();
}

long long Value::toInt(long long fallback) const
{
    if (!isInt())
        return fallback;
    QString t = m_text;
    t.remove(QLatin1Char('_'));
    bool negative = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+'))) {
        negative = t.startsWith(QLatin1Char('-'));
        t = t.mid(1);
    }
    bool ok = false;
    long long value = 0;
    if (t.contains(QLatin1Char(':'))) {
        for (const QString &part : t.split(QLatin1Char(':')))
            value = value * 60 + part.toLongLong();
        ok = true;
    } else if (t.startsWith(QLatin1String("0b"))) {
        value = t.mid(2).toLongLong(&ok, 2);
    } else if (t.startsWith(QLatin1String("0x"))) {
        value = t.mid(2).toLongLong(&ok, 16);
    } else if (t.size() > 1 && t.startsWith(QLatin1Char('0'))) {
        value = t.mid(1).toLongLong(&ok, 8);
    } else {
        value = t.toLongLong(&ok, 10);
    }
    if (!ok)
        return fallback;
    return negative ? -value : value;
}

QStringList Value::toStringList() const
{
    QStringList list;
    if (m_type == Type::Scalar) {
        list << m_text;
    } else if (m_type == Type::Sequence) {
        for (const Value &item : items()) {
            if (item.isScalar())
                list << item.text();
            else if (item.isSequence())
                list << item.toStringList(); // GitLab flattens nested script arrays
        }
    }
    return list;
}

const Value *Value::get(const QString &key) const
{
    if (m_type != Type::Mapping)
        return nullptr;
    for (const Entry &entry : entries()) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

Value *Value::get(const QString &key)
{
    if (m_type != Type::Mapping)
        return nullptr;
    for (Entry &entry : entries()) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

void Value::set(const QString &key, const Value &value)
{
    if (m_type != Type::Mapping) {
        *this = mapping();
    }
    if (Value *existing = get(key))
        *existing = value;
    else
        entries().emplace_back(key, value);
}

bool Value::remove(const QString &key)
{
    for (auto it = entries().begin(); it != entries().end(); ++it) {
        if (it->first == key) {
            entries().erase(it);
            return true;
        }
    }
    return false;
}

Value Value::deepMerge(const Value &base, const Value &over)
{
    if (!base.isMapping() || !over.isMapping())
        return over;
    Value result = base;
    for (const Entry &entry : over.entries()) {
        Value *existing = result.get(entry.first);
        if (existing && existing->isMapping() && entry.second.isMapping())
            *existing = deepMerge(*existing, entry.second);
        else if (existing)
            *existing = entry.second;
        else
            result.entries().push_back(entry);
    }
    return result;
}

bool Value::needsQuotes(const QString &text)
{
    if (text.isEmpty())
        return true;
    if (isTrueWord(text) || isFalseWord(text) || isNullWord(text) || text == QLatin1String("y")
        || text == QLatin1String("n") || text == QLatin1String("Y") || text == QLatin1String("N"))
        return true;
    if (intPattern().match(text).hasMatch() || floatPattern().match(text).hasMatch())
        return true;
    const QChar first = text.front();
    if (QStringLiteral("-?:,[]{}#&*!|>'\"%@`").contains(first)) {
        // "-x", "?x" and ":x" are fine plain when not followed by a space... keep it simple and safe.
        return true;
    }
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) || text.endsWith(QLatin1Char(':')))
        return true;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c.unicode() < 0x20)
            return true;
    }
    return false;
}

QByteArray Value::quoted(const QString &text, char preferredQuote)
{
    if (!needsQuotes(text))
        return text.toUtf8();
    bool simple = true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20)
            simple = false;
    }
    if (preferredQuote == '\'' && simple) {
        QString t = text;
        t.replace(QLatin1Char('\''), QLatin1String("''"));
        return "'" + t.toUtf8() + "'";
    }
    QByteArray out = "\"";
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c.unicode() < 0x20)
                out += "\\x" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    out += '"';
    return out;
}

namespace {
QByteArray scalarOut(const Value &v)
{
    if (v.isNull())
        return "null";
    if (v.isPlain())
        return v.text().toUtf8();
    return Value::quoted(v.text());
}
} // namespace

QByteArray Value::toFlow() const
{
    QByteArray out;
    if (!m_tag.isEmpty() && m_tag != "!")
        out += m_tag + ' ';
    switch (m_type) {
    case Type::Null:
        out += "null";
        break;
    case Type::Scalar:
        out += scalarOut(*this);
        break;
    case Type::Sequence: {
        out += '[';
        bool first = true;
        for (const Value &item : items()) {
            if (!first)
                out += ", ";
            first = false;
            out += item.toFlow();
        }
        out += ']';
        break;
    }
    case Type::Mapping: {
        out += '{';
        bool first = true;
        for (const Entry &entry : entries()) {
            if (!first)
                out += ", ";
            first = false;
            out += quoted(entry.first) + ": " + entry.second.toFlow();
        }
        out += '}';
        break;
    }
    }
    return out;
}

void Value::emitBlock(QByteArray &out, int indent, bool inSequence) const
{
    const QByteArray pad(indent, ' ');
    Q_UNUSED(inSequence)
    if (m_type == Type::Mapping && !entries().empty()) {
        bool first = true;
        for (const Entry &entry : entries()) {
            if (!(first && inSequence))
                out += pad;
            first = false;
            out += quoted(entry.first) + ':';
            const Value &v = entry.second;
            if ((v.isMapping() && !v.entries().empty()) || (v.isSequence() && !v.items().empty())) {
                if (!v.tag().isEmpty())
                    out += ' ' + v.tag();
                out += '\n';
                v.emitBlock(out, indent + 2, false);
            } else if (v.isScalar() && !v.isPlain() && v.text().contains(QLatin1Char('\n'))) {
                out += " |-\n";
                const QByteArray inner(indent + 2, ' ');
                for (const QString &textLine : v.text().split(QLatin1Char('\n')))
                    out += (textLine.isEmpty() ? QByteArray() : inner + textLine.toUtf8()) + '\n';
            } else {
                out += ' ' + v.toFlow() + '\n';
            }
        }
    } else if (m_type == Type::Sequence && !items().empty()) {
        for (const Value &item : items()) {
            out += pad + "- ";
            if (item.isMapping() && !item.entries().empty()) {
                item.emitBlock(out, indent + 2, true);
            } else if (item.isSequence() && !item.items().empty()) {
                out += item.toFlow() + '\n';
            } else {
                out += item.toFlow() + '\n';
            }
        }
    } else {
        out += pad + toFlow() + '\n';
    }
}

QByteArray Value::toYaml() const
{
    QByteArray out;
    if (m_type == Type::Mapping && entries().empty())
        return "{}\n";
    emitBlock(out, 0, false);
    return out;
}

QJsonValue Value::toJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Scalar:
        if (isBool())
            return toBool();
        if (isInt())
            return double(toInt());
        return m_text;
    case Type::Sequence: {
        QJsonArray array;
        for (const Value &item : items())
            array.append(item.toJson());
        return array;
    }
    case Type::Mapping: {
        QJsonObject object;
        for (const Entry &entry : entries())
            object.insert(entry.first, entry.second.toJson());
        return object;
    }
    }
    return QJsonValue::Null;
}

Value Value::fromNode(const Document &doc, NodeId id, int fileIndex, int depth)
{
    Conversion conversion {doc, fileIndex, 2000000, {}};
    return fromNodeImpl(conversion, id, depth);
}

Value Value::fromYaml(const QByteArray &text, bool *ok)
{
    const Document doc = Document::parse(text);
    if (ok)
        *ok = doc.isValid();
    if (!doc.isValid() || doc.root() < 0)
        return Value();
    return fromNode(doc, doc.root());
}

} // namespace LabDesk::Ci
