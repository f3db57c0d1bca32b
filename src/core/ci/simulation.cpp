#include "simulation.h"

#include <QDir>
#include <QDirIterator>
#include <QHash>
#include <QRegularExpression>

#include <memory>

namespace LabDesk::Ci {

namespace {

// ---- Expressions -------------------------------------------------------------------------------

struct Token
{
    enum class Kind {
        Variable,
        String,
        Regex,
        Null,
        Op, // == != =~ !~ && ||
        Open,
        Close,
        End,
    };
    Kind kind = Kind::End;
    QString text;
    QString flags; // regex flags
};

struct Operand
{
    enum class Kind {
        Null,
        String,
        Regex,
        Bool,
    };
    Kind kind = Kind::Null;
    QString text;
    QString flags;
    bool value = false;

    bool truthy() const
    {
        switch (kind) {
        case Kind::Null:
            return false;
        case Kind::String:
            return !text.isEmpty();
        case Kind::Regex:
            return true;
        case Kind::Bool:
            return value;
        }
        return false;
    }
};

class ExpressionParser
{
public:
    ExpressionParser(const QString &text, const QMap<QString, QString> &variables)
        : m_text(text)
        , m_vars(variables)
    { }

    bool run(QString *error)
    {
        if (!tokenize()) {
            if (error)
                *error = m_error;
            return false;
        }
        const Operand result = parseOr();
        if (m_error.isEmpty() && m_tokens[m_pos].kind != Token::Kind::End)
            m_error = Expression::tr("unexpected %1 in the expression").arg(m_tokens[m_pos].text);
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return false;
        }
        if (error)
            error->clear();
        return result.truthy();
    }

private:
    bool tokenize()
    {
        const QString &s = m_text;
        qsizetype i = 0;
        bool expectOperand = true;
        while (i < s.size()) {
            const QChar ch = s[i];
            if (ch.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            if (ch == QLatin1Char('$')) {
                qsizetype j = i + 1;
                const bool braced = j < s.size() && s[j] == QLatin1Char('{');
                if (braced)
                    ++j;
                const qsizetype start = j;
                while (j < s.size() && (s[j].isLetterOrNumber() || s[j] == QLatin1Char('_')))
                    ++j;
                t.kind = Token::Kind::Variable;
                t.text = s.mid(start, j - start);
                if (braced) {
                    if (j >= s.size() || s[j] != QLatin1Char('}')) {
                        m_error = Expression::tr("unclosed ${ in the expression");
                        return false;
                    }
                    ++j;
                }
                if (t.text.isEmpty()) {
                    m_error = Expression::tr("a variable name is missing after $");
                    return false;
                }
                i = j;
                expectOperand = false;
            } else if (ch == QLatin1Char('"') || ch == QLatin1Char('\'')) {
                qsizetype j = i + 1;
                QString value;
                while (j < s.size() && s[j] != ch) {
                    if (s[j] == QLatin1Char('\\') && j + 1 < s.size() && ch == QLatin1Char('"'))
                        ++j;
                    value += s[j];
                    ++j;
                }
                if (j >= s.size()) {
                    m_error = Expression::tr("unclosed string in the expression");
                    return false;
                }
                t.kind = Token::Kind::String;
                t.text = value;
                i = j + 1;
                expectOperand = false;
            } else if (ch == QLatin1Char('/') && expectOperand) {
                qsizetype j = i + 1;
                QString pattern;
                while (j < s.size() && s[j] != QLatin1Char('/')) {
                    if (s[j] == QLatin1Char('\\') && j + 1 < s.size()) {
                        pattern += s[j];
                        ++j;
                    }
                    pattern += s[j];
                    ++j;
                }
                if (j >= s.size()) {
                    m_error = Expression::tr("unclosed /regex/ in the expression");
                    return false;
                }
                ++j;
                QString flags;
                while (j < s.size() && s[j].isLetter())
                    flags += s[j++];
                t.kind = Token::Kind::Regex;
                t.text = pattern;
                t.flags = flags;
                i = j;
                expectOperand = false;
            } else if (s.mid(i, 4) == QLatin1String("null")) {
                t.kind = Token::Kind::Null;
                t.text = QStringLiteral("null");
                i += 4;
                expectOperand = false;
            } else if (ch == QLatin1Char('(') || ch == QLatin1Char(')')) {
                t.kind = ch == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close;
                t.text = ch;
                ++i;
                expectOperand = ch == QLatin1Char('(');
            } else {
                const QString two = s.mid(i, 2);
                static const QStringList ops {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("=~"),
                                              QStringLiteral("!~"), QStringLiteral("&&"), QStringLiteral("||")};
                if (!ops.contains(two)) {
                    m_error = Expression::tr("unexpected character %1 in the expression").arg(ch);
                    return false;
                }
                t.kind = Token::Kind::Op;
                t.text = two;
                i += 2;
                expectOperand = true;
            }
            m_tokens.push_back(t);
        }
        Token end;
        end.text = Expression::tr("end");
        m_tokens.push_back(end);
        return true;
    }

    Operand boolean(bool value)
    {
        Operand o;
        o.kind = Operand::Kind::Bool;
        o.value = value;
        return o;
    }

    Operand parseOr()
    {
        Operand left = parseAnd();
        while (m_error.isEmpty() && isOp(QStringLiteral("||"))) {
            ++m_pos;
            const Operand right = parseAnd();
            left = boolean(left.truthy() || right.truthy());
        }
        return left;
    }

    Operand parseAnd()
    {
        Operand left = parseComparison();
        while (m_error.isEmpty() && isOp(QStringLiteral("&&"))) {
            ++m_pos;
            const Operand right = parseComparison();
            left = boolean(left.truthy() && right.truthy());
        }
        return left;
    }

    bool isOp(const QString &op) const { return m_tokens[m_pos].kind == Token::Kind::Op && m_tokens[m_pos].text == op; }

    static bool regexMatch(const Operand &subject, const Operand &pattern)
    {
        if (subject.kind != Operand::Kind::String)
            return false;
        QString re = pattern.text;
        QString flags = pattern.flags;
        if (pattern.kind == Operand::Kind::String) {
            // A variable holding "/regex/flags".
            const qsizetype end = re.lastIndexOf(QLatin1Char('/'));
            if (!re.startsWith(QLatin1Char('/')) || end <= 0)
                return false;
            flags = re.mid(end + 1);
            re = re.mid(1, end - 1);
        } else if (pattern.kind != Operand::Kind::Regex) {
            return false;
        }
        QRegularExpression::PatternOptions options;
        if (flags.contains(QLatin1Char('i')))
            options |= QRegularExpression::CaseInsensitiveOption;
        if (flags.contains(QLatin1Char('m')))
            options |= QRegularExpression::DotMatchesEverythingOption;
        const QRegularExpression expression(re, options);
        return expression.isValid() && expression.match(subject.text).hasMatch();
    }

    Operand parseComparison()
    {
        Operand left = parsePrimary();
        if (!m_error.isEmpty())
            return left;
        for (const char *op : {"==", "!=", "=~", "!~"}) {
            if (!isOp(QLatin1String(op)))
                continue;
            ++m_pos;
            const Operand right = parsePrimary();
            const QLatin1String o(op);
            if (o == QLatin1String("==") || o == QLatin1String("!=")) {
                bool equal = left.kind == right.kind && left.text == right.text;
                if (left.kind == Operand::Kind::Null || right.kind == Operand::Kind::Null)
                    equal = left.kind == right.kind;
                return boolean(o == QLatin1String("==") ? equal : !equal);
            }
            const bool match = regexMatch(left, right);
            return boolean(o == QLatin1String("=~") ? match : !match);
        }
        return left;
    }

    Operand parsePrimary()
    {
        const Token &t = m_tokens[m_pos];
        Operand o;
        switch (t.kind) {
        case Token::Kind::Open: {
            ++m_pos;
            o = parseOr();
            if (m_tokens[m_pos].kind != Token::Kind::Close) {
                if (m_error.isEmpty())
                    m_error = Expression::tr("a closing parenthesis is missing");
                return o;
            }
            ++m_pos;
            return o;
        }
        case Token::Kind::Variable: {
            ++m_pos;
            const auto it = m_vars.constFind(t.text);
            if (it != m_vars.constEnd()) {
                o.kind = Operand::Kind::String;
                o.text = it.value();
            }
            return o;
        }
        case Token::Kind::String:
            ++m_pos;
            o.kind = Operand::Kind::String;
            o.text = t.text;
            return o;
        case Token::Kind::Regex:
            ++m_pos;
            o.kind = Operand::Kind::Regex;
            o.text = t.text;
            o.flags = t.flags;
            return o;
        case Token::Kind::Null:
            ++m_pos;
            return o;
        default:
            m_error = Expression::tr("unexpected %1 in the expression").arg(t.text);
            return o;
        }
    }

    QString m_text;
    const QMap<QString, QString> &m_vars;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    QString m_error;
};

// ---- Globs -------------------------------------------------------------------------------------

QString globToRegex(const QString &glob)
{
    QString re = QStringLiteral("^");
    int braces = 0;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob[i];
        if (c == QLatin1Char('*')) {
            if (i + 1 < glob.size() && glob[i + 1] == QLatin1Char('*')) {
                // "**/" matches any number of directories, "**" at the end anything.
                if (i + 2 < glob.size() && glob[i + 2] == QLatin1Char('/')) {
                    re += QStringLiteral("(?:.*/)?");
                    i += 2;
                } else {
                    re += QStringLiteral(".*");
                    ++i;
                }
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('{')) {
            re += QStringLiteral("(?:");
            ++braces;
        } else if (c == QLatin1Char('}') && braces > 0) {
            re += QLatin1Char(')');
            --braces;
        } else if (c == QLatin1Char(',') && braces > 0) {
            re += QLatin1Char('|');
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    re += QLatin1Char('$');
    return re;
}

QStringList paths(const Value *v)
{
    if (!v)
        return {};
    if (v->isMapping())
        return v->get(QStringLiteral("paths")) ? v->get(QStringLiteral("paths"))->toStringList() : QStringList();
    return v->toStringList();
}

QString yamlValueText(const Value &v)
{
    if (v.isMapping()) {
        const Value *value = v.get(QStringLiteral("value"));
        return value ? value->text() : QString();
    }
    return v.text();
}

void addVariables(QMap<QString, QString> &vars, const Value *variables)
{
    if (!variables || !variables->isMapping())
        return;
    for (const Value::Entry &entry : variables->entries())
        vars.insert(entry.first, yamlValueText(entry.second));
}

class Simulator
{
public:
    Simulator(const Model &model, const PipelineInput &input)
        : m(model)
        , in(input)
    { }

    bool diffKnown() const
    {
        const bool diffSource = in.source == QLatin1String("push") || in.source == QLatin1String("merge_request_event")
            || in.source == QLatin1String("external_pull_request_event");
        return diffSource && !in.changedFiles.isEmpty();
    }

    bool changesMatch(const QStringList &patterns) const
    {
        if (!diffKnown())
            return true; // GitLab: changes is always true without a diff to compare
        for (const QString &pattern : patterns) {
            for (const QString &file : in.changedFiles) {
                if (Simulation::globMatch(pattern, file))
                    return true;
            }
        }
        return false;
    }

    bool existsMatch(const QStringList &patterns)
    {
        if (in.rootDir.isEmpty())
            return false;
        if (!m_filesScanned) {
            m_filesScanned = true;
            const QDir root(in.rootDir);
            QDirIterator it(in.rootDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString rel = root.relativeFilePath(it.next());
                if (!rel.startsWith(QLatin1String(".git/")))
                    m_files << rel;
            }
        }
        for (const QString &pattern : patterns) {
            for (const QString &file : std::as_const(m_files)) {
                if (Simulation::globMatch(pattern, file))
                    return true;
            }
        }
        return false;
    }

    // Evaluates one rule; returns whether it matches.
    bool ruleMatches(const Value &rule, const QMap<QString, QString> &vars, QString *why)
    {
        QStringList parts;
        if (const Value *condition = rule.get(QStringLiteral("if"))) {
            if (!Expression::evaluate(condition->text(), vars))
                return false;
            parts << QStringLiteral("if: %1").arg(condition->text());
        }
        if (const Value *changes = rule.get(QStringLiteral("changes"))) {
            if (!changesMatch(paths(changes)))
                return false;
            parts << QStringLiteral("changes: %1").arg(paths(changes).join(QLatin1String(", ")));
        }
        if (const Value *exists = rule.get(QStringLiteral("exists"))) {
            if (!existsMatch(paths(exists)))
                return false;
            parts << QStringLiteral("exists: %1").arg(paths(exists).join(QLatin1String(", ")));
        }
        *why = parts.isEmpty() ? Simulation::tr("a rule without conditions") : parts.join(QLatin1String(", "));
        return true;
    }

    bool refMatches(const QString &ref) const
    {
        const QString &s = in.source;
        const bool mr = s == QLatin1String("merge_request_event");
        if (ref == QLatin1String("branches"))
            return !in.isTag && !mr;
        if (ref == QLatin1String("tags"))
            return in.isTag;
        if (ref == QLatin1String("merge_requests"))
            return mr;
        if (ref == QLatin1String("pushes"))
            return s == QLatin1String("push");
        if (ref == QLatin1String("schedules"))
            return s == QLatin1String("schedule");
        if (ref == QLatin1String("web"))
            return s == QLatin1String("web");
        if (ref == QLatin1String("api"))
            return s == QLatin1String("api");
        if (ref == QLatin1String("triggers"))
            return s == QLatin1String("trigger");
        if (ref == QLatin1String("pipelines"))
            return s == QLatin1String("pipeline") || s == QLatin1String("parent_pipeline");
        if (ref == QLatin1String("external"))
            return s == QLatin1String("external");
        if (ref == QLatin1String("chat") || ref == QLatin1String("chats"))
            return s == QLatin1String("chat");
        if (ref == QLatin1String("external_pull_requests"))
            return s == QLatin1String("external_pull_request_event");
        if (ref.startsWith(QLatin1Char('/'))) {
            const qsizetype end = ref.lastIndexOf(QLatin1Char('/'));
            if (end <= 0)
                return false;
            QRegularExpression re(ref.mid(1, end - 1),
                                  ref.mid(end + 1).contains(QLatin1Char('i'))
                                      ? QRegularExpression::CaseInsensitiveOption
                                      : QRegularExpression::NoPatternOption);
            return re.isValid() && re.match(in.ref).hasMatch();
        }
        QString name = ref;
        const qsizetype at = name.indexOf(QLatin1Char('@'));
        if (at > 0)
            name = name.left(at); // "branch@group/project": the project part is not simulated
        return name == in.ref;
    }

    // only/except: every key given must have a matching condition.
    bool policyMatches(const Value &policy, const QMap<QString, QString> &vars, QString *why)
    {
        QStringList refs;
        const Value *variables = nullptr;
        const Value *changes = nullptr;
        if (policy.isMapping()) {
            if (const Value *r = policy.get(QStringLiteral("refs")))
                refs = r->toStringList();
            variables = policy.get(QStringLiteral("variables"));
            changes = policy.get(QStringLiteral("changes"));
        } else {
            refs = policy.toStringList();
        }
        QStringList parts;
        if (!refs.isEmpty() || (!variables && !changes && !policy.isMapping())) {
            QString matched;
            for (const QString &ref : refs) {
                if (refMatches(ref)) {
                    matched = ref;
                    break;
                }
            }
            if (matched.isEmpty())
                return false;
            parts << QStringLiteral("refs: %1").arg(matched);
        }
        if (variables) {
            QString matched;
            for (const QString &expression : variables->toStringList()) {
                if (Expression::evaluate(expression, vars)) {
                    matched = expression;
                    break;
                }
            }
            if (matched.isEmpty())
                return false;
            parts << QStringLiteral("variables: %1").arg(matched);
        }
        if (changes) {
            if (!changesMatch(paths(changes)))
                return false;
            parts << QStringLiteral("changes");
        }
        *why = parts.join(QLatin1String(", "));
        return true;
    }

    SimulationResult run()
    {
        SimulationResult result;
        QMap<QString, QString> vars = Simulation::predefinedVariables(in);
        addVariables(vars, m.global(QStringLiteral("variables")));
        for (auto it = in.variables.cbegin(); it != in.variables.cend(); ++it)
            vars.insert(it.key(), it.value());

        if (const Value *workflow = m.global(QStringLiteral("workflow"))) {
            if (const Value *rules = workflow->get(QStringLiteral("rules"))) {
                bool matched = false;
                for (size_t i = 0; i < rules->items().size(); ++i) {
                    const Value &rule = rules->items()[i];
                    QString why;
                    if (!ruleMatches(rule, vars, &why))
                        continue;
                    matched = true;
                    const Value *when = rule.get(QStringLiteral("when"));
                    if (when && when->text() == QLatin1String("never")) {
                        result.pipelineCreated = false;
                        result.workflowReason
                            = Simulation::tr("workflow:rules[%1] (%2) has when: never").arg(i).arg(why);
                    } else {
                        result.workflowReason = Simulation::tr("workflow:rules[%1] matched (%2)").arg(i).arg(why);
                        addVariables(vars, rule.get(QStringLiteral("variables")));
                        for (auto it = in.variables.cbegin(); it != in.variables.cend(); ++it)
                            vars.insert(it.key(), it.value());
                    }
                    break;
                }
                if (!matched) {
                    result.pipelineCreated = false;
                    result.workflowReason = Simulation::tr("no workflow:rules entry matched");
                }
            }
        }

        for (const Job &job : m.instances()) {
            JobDecision decision;
            decision.job = job.name;
            decision.line = job.line;
            QMap<QString, QString> jobVars = vars;
            addVariables(jobVars, job.config.get(QStringLiteral("variables")));
            for (auto it = job.instanceVariables.cbegin(); it != job.instanceVariables.cend(); ++it)
                jobVars.insert(it.key(), it.value());
            for (auto it = in.variables.cbegin(); it != in.variables.cend(); ++it)
                jobVars.insert(it.key(), it.value());
            if (!result.pipelineCreated) {
                decision.reason = Simulation::tr("no pipeline: %1").arg(result.workflowReason);
                decision.when = QStringLiteral("never");
            } else if (const Value *rules = job.config.get(QStringLiteral("rules"))) {
                decision.when = QStringLiteral("never");
                decision.reason = Simulation::tr("no rule matched");
                for (size_t i = 0; i < rules->items().size(); ++i) {
                    const Value &rule = rules->items()[i];
                    QString why;
                    if (!ruleMatches(rule, jobVars, &why))
                        continue;
                    const Value *when = rule.get(QStringLiteral("when"));
                    decision.when = when && when->isScalar() ? when->text() : job.when;
                    decision.ruleIndex = int(i);
                    decision.runs = decision.when != QLatin1String("never");
                    decision.reason = Simulation::tr("rules[%1]: %2").arg(i).arg(why);
                    break;
                }
            } else {
                const Value *only = job.config.get(QStringLiteral("only"));
                const Value *except = job.config.get(QStringLiteral("except"));
                Value defaultOnly = Value::stringList({QStringLiteral("branches"), QStringLiteral("tags")});
                QString why;
                const bool included = policyMatches(only ? *only : defaultOnly, jobVars, &why);
                QString exceptWhy;
                const bool excluded = except && policyMatches(*except, jobVars, &exceptWhy);
                decision.when = job.when;
                if (!included) {
                    decision.when = QStringLiteral("never");
                    decision.reason = only ? Simulation::tr("only: does not match")
                                           : Simulation::tr("default only: [branches, tags] does not match");
                } else if (excluded) {
                    decision.when = QStringLiteral("never");
                    decision.reason = Simulation::tr("except: matches (%1)").arg(exceptWhy);
                } else {
                    decision.runs = job.when != QLatin1String("never");
                    decision.reason = only ? Simulation::tr("only: matches (%1)").arg(why)
                                           : Simulation::tr("default only: [branches, tags] matches");
                }
            }
            result.jobs.append(decision);
        }
        return result;
    }

    const Model &m;
    const PipelineInput &in;
    QStringList m_files;
    bool m_filesScanned = false;
};

} // namespace

bool Expression::evaluate(const QString &text, const QMap<QString, QString> &variables, QString *error)
{
    ExpressionParser parser(text, variables);
    return parser.run(error);
}

QMap<QString, QString> Simulation::predefinedVariables(const PipelineInput &input)
{
    QMap<QString, QString> vars;
    vars.insert(QStringLiteral("CI"), QStringLiteral("true"));
    vars.insert(QStringLiteral("GITLAB_CI"), QStringLiteral("true"));
    vars.insert(QStringLiteral("CI_PIPELINE_SOURCE"), input.source);
    vars.insert(QStringLiteral("CI_COMMIT_REF_NAME"), input.ref);
    QString slug = input.ref.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("-"));
    slug = slug.left(63);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    vars.insert(QStringLiteral("CI_COMMIT_REF_SLUG"), slug);
    vars.insert(QStringLiteral("CI_DEFAULT_BRANCH"), input.defaultBranch);
    const bool mr = input.source == QLatin1String("merge_request_event");
    if (input.isTag) {
        vars.insert(QStringLiteral("CI_COMMIT_TAG"), input.ref);
    } else if (mr) {
        vars.insert(QStringLiteral("CI_MERGE_REQUEST_ID"), QStringLiteral("1"));
        vars.insert(QStringLiteral("CI_MERGE_REQUEST_IID"), QStringLiteral("1"));
        vars.insert(QStringLiteral("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"), input.ref);
        vars.insert(QStringLiteral("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"), input.defaultBranch);
        vars.insert(QStringLiteral("CI_MERGE_REQUEST_EVENT_TYPE"), QStringLiteral("detached"));
    } else {
        vars.insert(QStringLiteral("CI_COMMIT_BRANCH"), input.ref);
    }
    return vars;
}

bool Simulation::globMatch(const QString &pattern, const QString &path)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(globToRegex(pattern)));
    return it->match(path).hasMatch();
}

SimulationResult Simulation::run(const Model &model, const PipelineInput &input)
{
    return Simulator(model, input).run();
}

} // namespace LabDesk::Ci
