#include "ciconfig.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace LabDesk::Sandbox::Ci {

namespace {

const QStringList ReservedKeys{
    QStringLiteral("before_script"), QStringLiteral("image"), QStringLiteral("services"),
    QStringLiteral("after_script"), QStringLiteral("variables"), QStringLiteral("stages"),
    QStringLiteral("types"), QStringLiteral("cache"), QStringLiteral("include"),
    QStringLiteral("workflow"), QStringLiteral("default"), QStringLiteral("spec"),
};

// Gitlab::Ci::Config::Entry::Job::ALLOWED_KEYS with Processable's, and Bridge's.
const QSet<QString> JobKeys{
    QStringLiteral("after_script"), QStringLiteral("allow_failure"), QStringLiteral("artifacts"),
    QStringLiteral("before_script"), QStringLiteral("cache"), QStringLiteral("coverage"),
    QStringLiteral("dast_configuration"), QStringLiteral("dependencies"), QStringLiteral("environment"),
    QStringLiteral("except"), QStringLiteral("extends"), QStringLiteral("hooks"), QStringLiteral("id_tokens"),
    QStringLiteral("identity"), QStringLiteral("image"), QStringLiteral("inherit"), QStringLiteral("interruptible"),
    QStringLiteral("manual_confirmation"), QStringLiteral("needs"), QStringLiteral("only"), QStringLiteral("pages"),
    QStringLiteral("parallel"), QStringLiteral("publish"), QStringLiteral("release"), QStringLiteral("resource_group"),
    QStringLiteral("retry"), QStringLiteral("rules"), QStringLiteral("run"), QStringLiteral("script"),
    QStringLiteral("secrets"), QStringLiteral("services"), QStringLiteral("stage"), QStringLiteral("start_in"),
    QStringLiteral("tags"), QStringLiteral("timeout"), QStringLiteral("variables"), QStringLiteral("when"),
};
const QSet<QString> BridgeKeys{
    QStringLiteral("allow_failure"), QStringLiteral("environment"), QStringLiteral("except"),
    QStringLiteral("extends"), QStringLiteral("inherit"), QStringLiteral("manual_confirmation"),
    QStringLiteral("needs"), QStringLiteral("only"), QStringLiteral("parallel"), QStringLiteral("resource_group"),
    QStringLiteral("rules"), QStringLiteral("stage"), QStringLiteral("trigger"), QStringLiteral("variables"),
    QStringLiteral("when"),
};
const QStringList JobWhens{
    QStringLiteral("on_success"), QStringLiteral("on_failure"), QStringLiteral("always"),
    QStringLiteral("manual"), QStringLiteral("delayed"),
};
const QStringList DefaultInheritedKeys{
    QStringLiteral("before_script"), QStringLiteral("after_script"), QStringLiteral("tags"),
    QStringLiteral("image"), QStringLiteral("services"), QStringLiteral("cache"), QStringLiteral("artifacts"),
    QStringLiteral("retry"), QStringLiteral("timeout"), QStringLiteral("interruptible"),
};
constexpr int MaxExtendsDepth = 11;
constexpr int MaxIncludeDepth = 10;

YamlNode deepMerge(const YamlNode &base, const YamlNode &overlay)
{
    if (!base.isMapping() || !overlay.isMapping())
        return overlay;
    YamlNode result = base;
    for (const auto &[key, value] : overlay.entries) {
        const YamlNode *existing = result.value(key);
        result.insert(key, existing && existing->isMapping() && value.isMapping() ? deepMerge(*existing, value) : value);
    }
    return result;
}

QString incompleteJobMessage(const QString &name, int version)
{
    // The `run:` keyword (CI steps) arrived in 17.3 and changed this sentence.
    if (version >= 1703)
        return QStringLiteral("jobs %1 config should implement the script:, run:, or trigger: keyword").arg(name);
    return QStringLiteral("jobs %1 config should implement a script: or a trigger: keyword").arg(name);
}

QString emptyPipelineMessage(int version)
{
    if (version < 1400)
        return QStringLiteral("No stages / jobs for this pipeline.");
    return QStringLiteral("Pipeline will not run for the selected trigger. "
                          "The rules configuration prevented any jobs from being added to the pipeline.");
}

QList<Rule> readRules(const YamlNode *node)
{
    QList<Rule> rules;
    if (!node || !node->isSequence())
        return rules;
    for (const YamlNode &item : node->items) {
        if (!item.isMapping())
            continue;
        Rule rule;
        if (const YamlNode *condition = item.value(QStringLiteral("if"))) {
            rule.hasIf = true;
            rule.ifExpression = condition->string();
        }
        rule.when = item.value(QStringLiteral("when")) ? item.value(QStringLiteral("when"))->string() : QString();
        if (const YamlNode *allow = item.value(QStringLiteral("allow_failure")); allow && allow->isBool())
            rule.allowFailure = allow->toBool();
        if (const YamlNode *exists = item.value(QStringLiteral("exists")))
            rule.exists = exists->isMapping() && exists->value(QStringLiteral("paths"))
                ? exists->value(QStringLiteral("paths"))->strings()
                : exists->strings();
        if (const YamlNode *changes = item.value(QStringLiteral("changes"))) {
            rule.hasChanges = true;
            if (changes->isMapping()) {
                if (const YamlNode *paths = changes->value(QStringLiteral("paths")))
                    rule.changes = paths->strings();
                if (const YamlNode *compareTo = changes->value(QStringLiteral("compare_to")))
                    rule.compareTo = compareTo->string();
            } else {
                rule.changes = changes->strings();
            }
        }
        if (const YamlNode *startIn = item.value(QStringLiteral("start_in")))
            rule.startIn = startIn->string();
        rule.whenOnly = item.keys() == QStringList{QStringLiteral("when")};
        rules.append(rule);
    }
    return rules;
}

// only/except: a list of refs, or {refs:, variables:, changes:, kubernetes:}.
void readOnlyExcept(const YamlNode *node, QStringList *refs, QStringList *variables,
                    std::optional<QStringList> *changes, QJsonValue *json)
{
    if (node->isMapping()) {
        if (const YamlNode *r = node->value(QStringLiteral("refs")))
            *refs = r->strings();
        if (const YamlNode *v = node->value(QStringLiteral("variables")))
            *variables = v->strings();
        if (const YamlNode *c = node->value(QStringLiteral("changes")))
            *changes = c->isMapping() && c->value(QStringLiteral("paths"))
                ? c->value(QStringLiteral("paths"))->strings()
                : c->strings();
        *json = node->toJson();
        return;
    }
    *refs = node->strings();
    *json = QJsonObject{{QStringLiteral("refs"), QJsonArray::fromStringList(*refs)}};
}

class Loader
{
public:
    explicit Loader(const Source &source)
        : m_source(source)
    {
    }

    Config run(const QByteArray &content)
    {
        Config config;
        if (content.trimmed().isEmpty()) {
            config.errors << QStringLiteral("Please provide content of .gitlab-ci.yml");
            return config;
        }
        const YamlDocument doc = parseYaml(content);
        if (!doc.ok) {
            config.errors << doc.error;
            return config;
        }
        if (!doc.root.isMapping()) {
            config.errors << QStringLiteral("Invalid configuration format");
            return config;
        }
        YamlNode root = doc.root;
        if (!expandIncludes(&root, &config, 0))
            return config;
        config.merged = root;
        config.parsed = true;

        readGlobals(root, &config);
        const QMap<QString, YamlNode> expanded = expandExtends(root, &config);
        if (!config.errors.isEmpty())
            return config;

        QStringList structural;
        bool anyVisible = false;
        for (const auto &[name, raw] : root.entries) {
            if (ReservedKeys.contains(name) || name.startsWith(QLatin1Char('.')))
                continue;
            // Only a mapping counts as a visible job (Entry::Jobs#has_visible_job).
            anyVisible = anyVisible || raw.isMapping();
            const YamlNode node = resolveReferences(expanded.value(name, raw), root, 0);
            Job job;
            if (!readJob(name, node, &job, &structural))
                continue;
            config.jobs.append(job);
        }
        if (!anyVisible)
            structural << QStringLiteral("jobs config should contain at least one visible job");
        if (!structural.isEmpty()) {
            config.errors = structural;
            config.jobs.clear();
            return config;
        }
        warn(&config);
        // GitLab's YamlProcessor raises on the first logical error it meets.
        if (const QString error = logicalError(config); !error.isEmpty())
            config.errors << error;
        return config;
    }

private:
    // Parses an included file, expands its own includes and merges it into `merged`.
    bool mergeIncluded(const QByteArray &text, const QString &name, YamlNode *merged, Config *config, int depth)
    {
        const YamlDocument doc = parseYaml(text);
        if (!doc.ok || !doc.root.isMapping()) {
            config->errors << QStringLiteral("Included file `%1` does not have valid YAML syntax!").arg(name);
            return false;
        }
        YamlNode included = doc.root;
        if (depth + 1 > MaxIncludeDepth) {
            config->errors << QStringLiteral("Maximum of %1 nested includes are allowed!").arg(MaxIncludeDepth);
            return false;
        }
        if (!expandIncludes(&included, config, depth + 1))
            return false;
        *merged = deepMerge(*merged, included);
        return true;
    }

    bool expandIncludes(YamlNode *root, Config *config, int depth)
    {
        const YamlNode *include = root->value(QStringLiteral("include"));
        if (!include)
            return true;
        QList<YamlNode> entries = include->isSequence() ? include->items : QList<YamlNode>{*include};
        YamlNode merged = YamlNode::mapping();
        for (const YamlNode &entry : std::as_const(entries)) {
            QString local;
            QString type;
            QString location;
            QStringList projectFiles;
            QString includedProject;
            QString includedRef;
            if (entry.isScalar()) {
                location = entry.string();
                type = location.startsWith(QLatin1String("http://")) || location.startsWith(QLatin1String("https://"))
                           ? QStringLiteral("remote")
                           : QStringLiteral("local");
                if (type == QLatin1String("local"))
                    local = location;
            } else if (entry.isMapping()) {
                if (const YamlNode *l = entry.value(QStringLiteral("local"))) {
                    type = QStringLiteral("local");
                    local = location = l->string();
                } else if (const YamlNode *t = entry.value(QStringLiteral("template"))) {
                    type = QStringLiteral("template");
                    location = t->string();
                } else if (const YamlNode *r = entry.value(QStringLiteral("remote"))) {
                    type = QStringLiteral("remote");
                    location = r->string();
                } else if (const YamlNode *f = entry.value(QStringLiteral("file"))) {
                    type = QStringLiteral("file");
                    projectFiles = f->strings();
                    location = projectFiles.value(0);
                    const YamlNode *projectNode = entry.value(QStringLiteral("project"));
                    includedProject = projectNode ? projectNode->string() : QString();
                    const YamlNode *refNode = entry.value(QStringLiteral("ref"));
                    includedRef = refNode ? refNode->string() : QStringLiteral("HEAD");
                } else if (const YamlNode *c = entry.value(QStringLiteral("component"))) {
                    type = QStringLiteral("component");
                    location = c->string();
                }
            }
            if (type.isEmpty())
                continue;
            QJsonObject described{
                {QStringLiteral("type"), type},
                {QStringLiteral("location"), location},
                {QStringLiteral("blob"), QJsonValue::Null},
                {QStringLiteral("raw"), QJsonValue::Null},
                {QStringLiteral("extra"), QJsonObject()},
                {QStringLiteral("context_project"), m_source.projectPath},
                {QStringLiteral("context_sha"), m_source.sha},
            };
            if (type == QLatin1String("remote")) {
                // The sandbox has no network, so a remote include fails as on an offline GitLab.
                config->errors
                    << QStringLiteral("Remote file `%1` could not be fetched because of a socket error!").arg(location);
                return false;
            }
            if (type == QLatin1String("file")) {
                // include:project, one or several files of another project of this instance.
                for (QString file : std::as_const(projectFiles)) {
                    while (file.startsWith(QLatin1Char('/')))
                        file.remove(0, 1);
                    QJsonObject one = described;
                    one.insert(QStringLiteral("location"), file);
                    one.insert(QStringLiteral("extra"),
                               QJsonObject {{QStringLiteral("project"), includedProject},
                                            {QStringLiteral("ref"), includedRef}});
                    config->includes.append(one);
                    QString error;
                    const std::optional<QByteArray> text = m_source.readProjectFile
                        ? m_source.readProjectFile(includedProject, includedRef, file, &error)
                        : std::nullopt;
                    if (!text) {
                        config->errors << (error.isEmpty()
                                               ? QStringLiteral(
                                                     "Project `%1` not found or access denied! Make sure any "
                                                     "includes in the pipeline configuration are correctly defined.")
                                                     .arg(includedProject)
                                               : error);
                        return false;
                    }
                    if (!mergeIncluded(*text, file, &merged, config, depth))
                        return false;
                }
                continue;
            }
            if (type != QLatin1String("local")) {
                // No template library or component catalog in the sandbox: such includes are listed only.
                config->includes.append(described);
                continue;
            }
            QString path = local;
            while (path.startsWith(QLatin1Char('/')))
                path.remove(0, 1);
            const QString blobBase = m_source.webBase + QLatin1Char('/') + m_source.projectPath;
            described.insert(QStringLiteral("blob"), QString(blobBase + QStringLiteral("/-/blob/%1/%2").arg(m_source.sha, path)));
            described.insert(QStringLiteral("raw"), QString(blobBase + QStringLiteral("/-/raw/%1/%2").arg(m_source.sha, path)));
            config->includes.append(described);
            const std::optional<QByteArray> text = m_source.readFile ? m_source.readFile(path) : std::nullopt;
            if (!text) {
                config->errors << QStringLiteral("Local file `%1` does not exist!").arg(local);
                return false;
            }
            if (!mergeIncluded(*text, local, &merged, config, depth))
                return false;
        }
        root->remove(QStringLiteral("include"));
        *root = deepMerge(merged, *root);
        return true;
    }

    void readGlobals(const YamlNode &root, Config *config)
    {
        QStringList stages;
        const YamlNode *declared = root.value(QStringLiteral("stages"));
        if (!declared)
            declared = root.value(QStringLiteral("types"));
        stages = declared ? declared->strings()
                          : QStringList{QStringLiteral("build"), QStringLiteral("test"), QStringLiteral("deploy")};
        if (!stages.contains(QLatin1String(".pre")))
            stages.prepend(QStringLiteral(".pre"));
        if (!stages.contains(QLatin1String(".post")))
            stages.append(QStringLiteral(".post"));
        config->stages = stages;

        if (const YamlNode *workflow = root.value(QStringLiteral("workflow")); workflow && workflow->isMapping()) {
            if (const YamlNode *rules = workflow->value(QStringLiteral("rules"))) {
                config->hasWorkflowRules = true;
                config->workflowRules = readRules(rules);
            }
        }
        if (const YamlNode *variables = root.value(QStringLiteral("variables")); variables && variables->isMapping()) {
            for (const auto &[key, value] : variables->entries) {
                const YamlNode *v = value.isMapping() ? value.value(QStringLiteral("value")) : &value;
                config->variables.append({key, v ? v->toJson().toVariant().toString() : QString()});
            }
        }
        m_default = root.value(QStringLiteral("default")) ? *root.value(QStringLiteral("default")) : YamlNode::mapping();
        // The deprecated top-level forms of these keywords act as `default:` does.
        for (const char *key : {"before_script", "after_script", "image", "services", "cache"}) {
            const QString name = QString::fromLatin1(key);
            if (m_default.isMapping() && !m_default.contains(name) && root.contains(name))
                m_default.insert(name, *root.value(name));
        }
    }

    QMap<QString, YamlNode> expandExtends(const YamlNode &root, Config *config)
    {
        QMap<QString, YamlNode> out;
        for (const auto &[name, node] : root.entries) {
            if (ReservedKeys.contains(name) || !node.isMapping() || !node.contains(QStringLiteral("extends")))
                continue;
            QStringList chain;
            const YamlNode result = extend(name, root, &chain, 0, config);
            if (!config->errors.isEmpty())
                return {};
            out.insert(name, result);
        }
        return out;
    }

    YamlNode extend(const QString &name, const YamlNode &root, QStringList *chain, int depth, Config *config)
    {
        const YamlNode *node = root.value(name);
        if (!node || !node->isMapping() || !node->contains(QStringLiteral("extends")))
            return node ? *node : YamlNode();
        if (chain->contains(name)) {
            config->errors << QStringLiteral("%1: circular dependency detected in `extends`").arg(chain->constFirst());
            return {};
        }
        if (depth >= MaxExtendsDepth) {
            config->errors << QStringLiteral("%1: nesting too deep in `extends`").arg(chain->constFirst());
            return {};
        }
        chain->append(name);
        const QStringList bases = node->value(QStringLiteral("extends"))->strings();
        QStringList unknown;
        QStringList invalid;
        for (const QString &base : bases) {
            if (!root.contains(base))
                unknown << base;
            else if (!root.value(base)->isMapping())
                invalid << base;
        }
        if (!unknown.isEmpty()) {
            config->errors << QStringLiteral("%1: unknown keys in `extends` (%2)").arg(name, unknown.join(QStringLiteral(", ")));
            return {};
        }
        if (!invalid.isEmpty()) {
            config->errors << QStringLiteral("%1: invalid base hashes in `extends` (%2)").arg(name, invalid.join(QStringLiteral(", ")));
            return {};
        }
        YamlNode result = YamlNode::mapping();
        for (const QString &base : bases) {
            result = deepMerge(result, extend(base, root, chain, depth + 1, config));
            if (!config->errors.isEmpty())
                return {};
        }
        YamlNode own = *node;
        own.remove(QStringLiteral("extends"));
        chain->removeLast();
        return deepMerge(result, own);
    }

    // `!reference [.job, script]` picks a value from another (usually hidden) job.
    YamlNode resolveReferences(const YamlNode &node, const YamlNode &root, int depth)
    {
        if (depth > 10)
            return node;
        if (node.tag == QLatin1String("!reference") && node.isSequence()) {
            const YamlNode *target = &root;
            for (const YamlNode &part : node.items) {
                target = target->isMapping() ? target->value(part.string()) : nullptr;
                if (!target)
                    return YamlNode();
            }
            return resolveReferences(*target, root, depth + 1);
        }
        YamlNode result = node;
        for (YamlNode &item : result.items)
            item = resolveReferences(item, root, depth + 1);
        for (auto &entry : result.entries)
            entry.second = resolveReferences(entry.second, root, depth + 1);
        return result;
    }

    bool readJob(const QString &name, YamlNode node, Job *job, QStringList *errors)
    {
        if (!node.isMapping()) {
            *errors << incompleteJobMessage(name, m_source.version);
            return false;
        }
        job->isBridge = node.contains(QStringLiteral("trigger"));
        const QSet<QString> &allowed = job->isBridge ? BridgeKeys : JobKeys;
        QStringList unknown;
        // `type:`, the old name of `stage:`, went away in 16.0.
        const bool legacyType = m_source.version < 1600 && !job->isBridge;
        for (const QString &key : node.keys()) {
            if (!allowed.contains(key) && !(job->isBridge && key == QLatin1String("trigger"))
                && !(legacyType && key == QLatin1String("type")))
                unknown << key;
        }
        if (!unknown.isEmpty()) {
            *errors << QStringLiteral("jobs:%1 config contains unknown keys: %2").arg(name, unknown.join(QStringLiteral(", ")));
            return false;
        }
        if (!job->isBridge && !node.contains(QStringLiteral("script")) && !node.contains(QStringLiteral("run"))) {
            *errors << incompleteJobMessage(name, m_source.version);
            return false;
        }
        QStringList exclusive;
        if (node.contains(QStringLiteral("rules"))) {
            for (const char *key : {"only", "except"}) {
                if (node.contains(QString::fromLatin1(key)))
                    exclusive << QString::fromLatin1(key);
            }
        }
        if (!exclusive.isEmpty()) {
            *errors << QStringLiteral("jobs:%1 config key may not be used with `rules`: %2").arg(name, exclusive.join(QStringLiteral(", ")));
            return false;
        }

        // `default:` fills what the job leaves out, unless `inherit:default` says otherwise.
        QStringList inherited = DefaultInheritedKeys;
        if (const YamlNode *inherit = node.value(QStringLiteral("inherit")); inherit && inherit->isMapping()) {
            if (const YamlNode *d = inherit->value(QStringLiteral("default"))) {
                if (d->isBool())
                    inherited = d->toBool() ? inherited : QStringList();
                else
                    inherited = d->strings();
            }
        }
        if (m_default.isMapping() && !job->isBridge) {
            for (const QString &key : std::as_const(inherited)) {
                if (!node.contains(key) && m_default.contains(key))
                    node.insert(key, *m_default.value(key));
            }
        }

        job->name = name;
        job->line = node.line;
        const YamlNode *stage = node.value(QStringLiteral("stage"));
        if (!stage && legacyType)
            stage = node.value(QStringLiteral("type"));
        job->stage = stage ? stage->string() : QStringLiteral("test");
        if (job->stage.isEmpty())
            job->stage = QStringLiteral("test");
        const auto list = [&node](const char *key) {
            const YamlNode *v = node.value(QString::fromLatin1(key));
            return v ? v->strings() : QStringList();
        };
        job->script = list("script");
        job->beforeScript = list("before_script");
        job->afterScript = list("after_script");
        job->tags = list("tags");
        job->when = node.value(QStringLiteral("when")) ? node.value(QStringLiteral("when"))->string() : QString();
        if (!job->when.isEmpty() && !JobWhens.contains(job->when)) {
            *errors << QStringLiteral("jobs:%1 when should be one of: %2").arg(name, JobWhens.join(QStringLiteral(", ")));
            return false;
        }
        if (const YamlNode *allow = node.value(QStringLiteral("allow_failure"))) {
            // `allow_failure: {exit_codes: ...}` means "not by default".
            if (allow->isBool())
                job->allowFailure = allow->toBool();
            else if (allow->isMapping())
                job->allowFailure = false;
        }
        if (const YamlNode *needs = node.value(QStringLiteral("needs"))) {
            job->hasNeeds = true;
            const QList<YamlNode> items = needs->isSequence() ? needs->items : QList<YamlNode>{*needs};
            for (const YamlNode &need : items) {
                Need n;
                if (need.isMapping()) {
                    if (need.contains(QStringLiteral("pipeline")) || need.contains(QStringLiteral("project")))
                        continue; // cross-pipeline artifacts: no scheduling dependency here
                    n.job = need.value(QStringLiteral("job")) ? need.value(QStringLiteral("job"))->string() : QString();
                    n.optional = need.value(QStringLiteral("optional")) && need.value(QStringLiteral("optional"))->toBool();
                } else {
                    n.job = need.string();
                }
                if (!n.job.isEmpty())
                    job->needs.append(n);
            }
        }
        if (const YamlNode *only = node.value(QStringLiteral("only"))) {
            job->hasOnly = true;
            readOnlyExcept(only, &job->onlyRefs, &job->onlyVariables, &job->onlyChanges, &job->onlyJson);
        }
        if (const YamlNode *except = node.value(QStringLiteral("except"))) {
            job->hasExcept = true;
            readOnlyExcept(except, &job->exceptRefs, &job->exceptVariables, &job->exceptChanges, &job->exceptJson);
        }
        if (const YamlNode *rules = node.value(QStringLiteral("rules"))) {
            job->hasRules = true;
            job->rules = readRules(rules);
        }
        if (const YamlNode *trigger = node.value(QStringLiteral("trigger"))) {
            if (trigger->isScalar()) {
                job->triggerProject = trigger->string();
            } else if (trigger->isMapping()) {
                if (const YamlNode *include = trigger->value(QStringLiteral("include"))) {
                    const QList<YamlNode> items = include->isSequence() ? include->items : QList<YamlNode>{*include};
                    for (const YamlNode &item : items) {
                        if (item.isScalar())
                            job->triggerIncludes << item.string();
                        else if (item.isMapping() && item.value(QStringLiteral("local")))
                            job->triggerIncludes << item.value(QStringLiteral("local"))->string();
                    }
                }
                if (const YamlNode *project = trigger->value(QStringLiteral("project")))
                    job->triggerProject = project->string();
                if (const YamlNode *branch = trigger->value(QStringLiteral("branch")))
                    job->triggerBranch = branch->string();
                if (const YamlNode *strategy = trigger->value(QStringLiteral("strategy")))
                    job->strategyDepend = strategy->string() == QLatin1String("depend");
            }
        }
        if (const YamlNode *environment = node.value(QStringLiteral("environment")))
            job->environment = environment->isMapping() && environment->value(QStringLiteral("name"))
                                   ? environment->value(QStringLiteral("name"))->string()
                                   : environment->string();
        if (const YamlNode *image = node.value(QStringLiteral("image")))
            job->image = image->isMapping() && image->value(QStringLiteral("name")) ? image->value(QStringLiteral("name"))->string()
                                                                                   : image->string();
        if (const YamlNode *startIn = node.value(QStringLiteral("start_in")))
            job->startIn = startIn->string();
        if (const YamlNode *variables = node.value(QStringLiteral("variables")); variables && variables->isMapping()) {
            for (const auto &[key, value] : variables->entries) {
                const YamlNode *v = value.isMapping() ? value.value(QStringLiteral("value")) : &value;
                job->variables.insert(key, v ? v->toJson().toVariant().toString() : QString());
            }
        }
        return true;
    }

    void warn(Config *config)
    {
        if (config->hasWorkflowRules)
            return;
        for (const Job &job : std::as_const(config->jobs)) {
            if (!job.hasRules || job.rules.isEmpty())
                continue;
            const Rule &last = job.rules.constLast();
            if (last.whenOnly && last.when != QLatin1String("never"))
                config->warnings << QStringLiteral("jobs:%1 may allow multiple pipelines to run for a single action due to "
                                                   "`rules:when` clause with no `workflow:rules` - read more: "
                                                   "https://docs.gitlab.com/ee/ci/troubleshooting.html#pipeline-warnings")
                                        .arg(job.name);
        }
    }

    QString logicalError(const Config &config) const
    {
        for (const Job &job : config.jobs) {
            if (!config.stages.contains(job.stage))
                return QStringLiteral("%1 job: chosen stage does not exist; available stages are %2")
                    .arg(job.name, config.stages.join(QStringLiteral(", ")));
        }
        for (const Job &job : config.jobs) {
            const qsizetype own = config.stages.indexOf(job.stage);
            for (const Need &need : job.needs) {
                const Job *target = config.job(need.job);
                if (!target) {
                    if (need.optional)
                        continue;
                    return QStringLiteral("%1 job: undefined need: %2").arg(job.name, need.job);
                }
                if (config.stages.indexOf(target->stage) > own)
                    return QStringLiteral("%1 job: need %2 is not defined in current or prior stages").arg(job.name, need.job);
            }
        }
        return {};
    }

    const Source &m_source;
    YamlNode m_default;
};

// --- rules:if expressions -----------------------------------------------------------------------

struct Token
{
    enum class Type {
        Variable,
        String,
        Regex,
        Null,
        Equal,
        NotEqual,
        Match,
        NotMatch,
        And,
        Or,
        Open,
        Close,
        End,
        Invalid,
    };
    Type type = Type::End;
    QString text;
    QString flags;
};

QList<Token> tokenize(const QString &input)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = input.size();
    const auto two = [&](const char *op) { return input.mid(i, 2) == QLatin1String(op); };
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        if (c == QLatin1Char('$')) {
            ++i;
            const bool braced = i < n && input.at(i) == QLatin1Char('{');
            if (braced)
                ++i;
            const qsizetype start = i;
            while (i < n && (input.at(i).isLetterOrNumber() || input.at(i) == QLatin1Char('_')))
                ++i;
            token.type = Token::Type::Variable;
            token.text = input.mid(start, i - start);
            if (braced && i < n && input.at(i) == QLatin1Char('}'))
                ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = input.indexOf(c, i + 1);
            if (end < 0)
                return {Token{Token::Type::Invalid, {}, {}}};
            token.type = Token::Type::String;
            token.text = input.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (c == QLatin1Char('/')) {
            qsizetype j = i + 1;
            QString pattern;
            while (j < n && input.at(j) != QLatin1Char('/')) {
                if (input.at(j) == QLatin1Char('\\') && j + 1 < n) {
                    pattern += input.mid(j, 2);
                    j += 2;
                    continue;
                }
                pattern += input.at(j++);
            }
            if (j >= n)
                return {Token{Token::Type::Invalid, {}, {}}};
            ++j;
            const qsizetype flagsStart = j;
            while (j < n && input.at(j).isLetter())
                ++j;
            token.type = Token::Type::Regex;
            token.text = pattern;
            token.flags = input.mid(flagsStart, j - flagsStart);
            i = j;
        } else if (input.mid(i, 4) == QLatin1String("null")
                   && (i + 4 >= n || !(input.at(i + 4).isLetterOrNumber() || input.at(i + 4) == QLatin1Char('_')))) {
            token.type = Token::Type::Null;
            i += 4;
        } else if (two("==")) {
            token.type = Token::Type::Equal;
            i += 2;
        } else if (two("!=")) {
            token.type = Token::Type::NotEqual;
            i += 2;
        } else if (two("=~")) {
            token.type = Token::Type::Match;
            i += 2;
        } else if (two("!~")) {
            token.type = Token::Type::NotMatch;
            i += 2;
        } else if (two("&&")) {
            token.type = Token::Type::And;
            i += 2;
        } else if (two("||")) {
            token.type = Token::Type::Or;
            i += 2;
        } else if (c == QLatin1Char('(')) {
            token.type = Token::Type::Open;
            ++i;
        } else if (c == QLatin1Char(')')) {
            token.type = Token::Type::Close;
            ++i;
        } else {
            return {Token{Token::Type::Invalid, {}, {}}};
        }
        tokens.append(token);
    }
    tokens.append(Token{});
    return tokens;
}

class Evaluator
{
public:
    Evaluator(const QList<Token> &tokens, const QHash<QString, QString> &variables)
        : m_tokens(tokens)
        , m_variables(variables)
    {
    }

    bool run()
    {
        if (m_tokens.isEmpty() || m_tokens.constFirst().type == Token::Type::Invalid)
            return false;
        const bool result = orExpression();
        return !m_failed && peek().type == Token::Type::End && result;
    }

private:
    // A value: a string, or nothing (an undefined variable or `null`), or a regex literal.
    struct Value
    {
        std::optional<QString> text;
        bool regex = false;
        QString flags;
    };

    const Token &peek() const { return m_tokens.at(qMin(m_position, m_tokens.size() - 1)); }
    const Token &take() { return m_tokens.at(qMin(m_position++, m_tokens.size() - 1)); }

    bool orExpression()
    {
        bool result = andExpression();
        while (peek().type == Token::Type::Or) {
            take();
            const bool right = andExpression();
            result = result || right;
        }
        return result;
    }

    bool andExpression()
    {
        bool result = comparison();
        while (peek().type == Token::Type::And) {
            take();
            const bool right = comparison();
            result = result && right;
        }
        return result;
    }

    bool comparison()
    {
        if (peek().type == Token::Type::Open) {
            take();
            const bool inner = orExpression();
            if (take().type != Token::Type::Close)
                m_failed = true;
            return inner;
        }
        const Value left = value();
        const Token::Type op = peek().type;
        if (op != Token::Type::Equal && op != Token::Type::NotEqual && op != Token::Type::Match
            && op != Token::Type::NotMatch)
            return left.text.has_value() && !left.text->isEmpty();
        take();
        Value right = value();
        if (op == Token::Type::Equal || op == Token::Type::NotEqual) {
            const bool equal = left.text == right.text;
            return op == Token::Type::Equal ? equal : !equal;
        }
        // A variable may hold the pattern ("/^release/"), as GitLab allows since 15.0.
        if (!right.regex && right.text && right.text->size() >= 2 && right.text->startsWith(QLatin1Char('/'))) {
            const qsizetype end = right.text->lastIndexOf(QLatin1Char('/'));
            if (end > 0) {
                right.flags = right.text->mid(end + 1);
                right.text = right.text->mid(1, end - 1);
                right.regex = true;
            }
        }
        if (!right.regex || !right.text)
            return false;
        QRegularExpression::PatternOptions options;
        if (right.flags.contains(QLatin1Char('i')))
            options |= QRegularExpression::CaseInsensitiveOption;
        if (right.flags.contains(QLatin1Char('m')))
            options |= QRegularExpression::DotMatchesEverythingOption;
        const QRegularExpression pattern(*right.text, options);
        const bool matched = left.text && pattern.isValid() && pattern.match(*left.text).hasMatch();
        return op == Token::Type::Match ? matched : !matched;
    }

    Value value()
    {
        const Token &token = take();
        Value v;
        switch (token.type) {
        case Token::Type::Variable:
            if (m_variables.contains(token.text))
                v.text = m_variables.value(token.text);
            break;
        case Token::Type::String:
            v.text = token.text;
            break;
        case Token::Type::Regex:
            v.text = token.text;
            v.regex = true;
            v.flags = token.flags;
            break;
        case Token::Type::Null:
            break;
        default:
            m_failed = true;
        }
        return v;
    }

    QList<Token> m_tokens;
    const QHash<QString, QString> &m_variables;
    qsizetype m_position = 0;
    bool m_failed = false;
};

bool refMatches(const QStringList &refs, const Context &context)
{
    static const QHash<QString, QString> sourceKeywords{
        {QStringLiteral("api"), QStringLiteral("api")},
        {QStringLiteral("external"), QStringLiteral("external")},
        {QStringLiteral("pipelines"), QStringLiteral("pipeline")},
        {QStringLiteral("pushes"), QStringLiteral("push")},
        {QStringLiteral("schedules"), QStringLiteral("schedule")},
        {QStringLiteral("triggers"), QStringLiteral("trigger")},
        {QStringLiteral("web"), QStringLiteral("web")},
        {QStringLiteral("merge_requests"), QStringLiteral("merge_request_event")},
        {QStringLiteral("chat"), QStringLiteral("chat")},
        {QStringLiteral("external_pull_requests"), QStringLiteral("external_pull_request_event")},
    };
    for (QString ref : refs) {
        const qsizetype at = ref.lastIndexOf(QLatin1Char('@'));
        if (at > 0 && !ref.endsWith(QLatin1Char('/'))) {
            if (ref.mid(at + 1) != context.projectPath)
                continue;
            ref = ref.left(at);
        }
        if (ref == QLatin1String("branches")) {
            if (!context.tag && context.source != QLatin1String("merge_request_event"))
                return true;
            continue;
        }
        if (ref == QLatin1String("tags")) {
            if (context.tag)
                return true;
            continue;
        }
        if (sourceKeywords.contains(ref)) {
            const QString source = sourceKeywords.value(ref);
            if (context.source == source || (ref == QLatin1String("pipelines") && context.source == QLatin1String("parent_pipeline")))
                return true;
            continue;
        }
        if (ref.size() >= 2 && ref.startsWith(QLatin1Char('/')) && ref.lastIndexOf(QLatin1Char('/')) > 0) {
            const qsizetype end = ref.lastIndexOf(QLatin1Char('/'));
            QRegularExpression pattern(ref.mid(1, end - 1), ref.mid(end + 1).contains(QLatin1Char('i'))
                                                                ? QRegularExpression::CaseInsensitiveOption
                                                                : QRegularExpression::NoPatternOption);
            if (pattern.isValid() && pattern.match(context.ref).hasMatch())
                return true;
            continue;
        }
        if (ref == context.ref)
            return true;
    }
    return false;
}

bool anyVariableExpression(const QStringList &expressions, const QHash<QString, QString> &variables)
{
    for (const QString &expression : expressions) {
        if (evaluate(expression, variables))
            return true;
    }
    return false;
}

// `changes:` with no diff to look at (a new branch, web, API, trigger or schedule pipeline)
// counts as satisfied, as on GitLab.
bool changesMatch(const QStringList &globs, const QString &compareTo, const Context &context)
{
    if (!context.changed)
        return true;
    return context.changed(globs, compareTo).value_or(true);
}

const Rule *matchingRule(const QList<Rule> &rules, const QHash<QString, QString> &variables, const Context &context)
{
    for (const Rule &rule : rules) {
        if (rule.hasIf && !evaluate(rule.ifExpression, variables))
            continue;
        if (!rule.exists.isEmpty()) {
            bool found = false;
            for (const QString &glob : rule.exists)
                found = found || (context.exists && context.exists(glob));
            if (!found)
                continue;
        }
        if (rule.hasChanges && !changesMatch(rule.changes, rule.compareTo, context))
            continue;
        return &rule;
    }
    return nullptr;
}

} // namespace

int versionCode(const QString &versionString)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const auto match = pattern.match(versionString);
    if (!match.hasMatch())
        return 9999;
    return match.captured(1).toInt() * 100 + qMin(99, match.captured(2).toInt());
}

const Job *Config::job(const QString &name) const
{
    for (const Job &j : jobs) {
        if (j.name == name)
            return &j;
    }
    return nullptr;
}

Config load(const QByteArray &content, const Source &source)
{
    return Loader(source).run(content);
}

QHash<QString, QString> predefinedVariables(const QString &ref, bool tag, const QString &source, const QString &sha,
                                            const QString &defaultBranch, const QString &projectPath)
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("CI"), QStringLiteral("true"));
    v.insert(QStringLiteral("GITLAB_CI"), QStringLiteral("true"));
    v.insert(QStringLiteral("CI_COMMIT_REF_NAME"), ref);
    QString slug = ref.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("-"));
    v.insert(QStringLiteral("CI_COMMIT_REF_SLUG"), slug.left(63));
    if (tag)
        v.insert(QStringLiteral("CI_COMMIT_TAG"), ref);
    else
        v.insert(QStringLiteral("CI_COMMIT_BRANCH"), ref);
    v.insert(QStringLiteral("CI_COMMIT_SHA"), sha);
    v.insert(QStringLiteral("CI_COMMIT_SHORT_SHA"), sha.left(8));
    v.insert(QStringLiteral("CI_PIPELINE_SOURCE"), source);
    v.insert(QStringLiteral("CI_DEFAULT_BRANCH"), defaultBranch);
    v.insert(QStringLiteral("CI_PROJECT_PATH"), projectPath);
    v.insert(QStringLiteral("CI_PROJECT_NAME"), projectPath.section(QLatin1Char('/'), -1));
    v.insert(QStringLiteral("CI_PROJECT_NAMESPACE"), projectPath.section(QLatin1Char('/'), 0, -2));
    return v;
}

Seed seed(const Config &config, const Context &context, int version)
{
    Seed result;
    if (config.hasWorkflowRules) {
        const Rule *rule = matchingRule(config.workflowRules, context.variables, context);
        if (!rule || rule->when == QLatin1String("never")) {
            result.error = QStringLiteral("Pipeline filtered out by workflow rules.");
            return result;
        }
    }
    QList<SeedJob> chosen;
    for (const Job &job : config.jobs) {
        QHash<QString, QString> variables = context.variables;
        for (auto it = job.variables.cbegin(); it != job.variables.cend(); ++it) {
            if (!variables.contains(it.key()))
                variables.insert(it.key(), it.value());
        }
        SeedJob s;
        s.job = &job;
        s.startIn = job.startIn;
        const QString ownWhen = job.when.isEmpty() ? QStringLiteral("on_success") : job.when;
        if (job.hasRules) {
            const Rule *rule = matchingRule(job.rules, variables, context);
            if (!rule)
                continue;
            s.when = rule->when.isEmpty() ? ownWhen : rule->when;
            if (s.when == QLatin1String("never"))
                continue;
            // With rules, a manual job blocks unless told otherwise.
            s.allowFailure = rule->allowFailure.value_or(job.allowFailure.value_or(false));
            if (!rule->startIn.isEmpty())
                s.startIn = rule->startIn;
        } else {
            const bool onlyOk = !job.hasOnly
                || ((job.onlyRefs.isEmpty() || refMatches(job.onlyRefs, context))
                    && (job.onlyVariables.isEmpty() || anyVariableExpression(job.onlyVariables, variables))
                    && (!job.onlyChanges || changesMatch(*job.onlyChanges, {}, context)));
            const bool exceptHit = job.hasExcept
                && ((!job.exceptRefs.isEmpty() && refMatches(job.exceptRefs, context))
                    || (!job.exceptVariables.isEmpty() && anyVariableExpression(job.exceptVariables, variables))
                    || (job.exceptChanges && changesMatch(*job.exceptChanges, {}, context)));
            const bool defaultOk
                = job.hasOnly || refMatches({QStringLiteral("branches"), QStringLiteral("tags")}, context);
            if (!onlyOk || exceptHit || !defaultOk)
                continue;
            s.when = ownWhen;
            s.allowFailure = job.allowFailure.value_or(s.when == QLatin1String("manual"));
        }
        s.stageIndex = int(config.stages.indexOf(job.stage));
        chosen.append(s);
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const SeedJob &a, const SeedJob &b) { return a.stageIndex < b.stageIndex; });

    QSet<QString> names;
    for (const SeedJob &s : chosen)
        names.insert(s.job->name);
    for (const SeedJob &s : chosen) {
        for (const Need &need : s.job->needs) {
            if (!names.contains(need.job) && !need.optional) {
                result.error = QStringLiteral("'%1' job needs '%2' job, but '%2' is not in any previous stage")
                                   .arg(s.job->name, need.job);
                return result;
            }
        }
    }
    bool onlyEdges = true;
    for (const SeedJob &s : chosen)
        onlyEdges = onlyEdges && (s.job->stage == QLatin1String(".pre") || s.job->stage == QLatin1String(".post"));
    if (onlyEdges) {
        result.error = emptyPipelineMessage(version);
        return result;
    }
    result.jobs = chosen;
    return result;
}

bool evaluate(const QString &expression, const QHash<QString, QString> &variables)
{
    return Evaluator(tokenize(expression), variables).run();
}

QJsonArray lintJobs(const Config &config)
{
    QJsonArray out;
    if (!config.isValid())
        return out;
    for (const QString &stage : config.stages) {
        for (const Job &job : config.jobs) {
            if (job.stage != stage)
                continue;
            QJsonValue only = QJsonValue::Null;
            QJsonValue except = QJsonValue::Null;
            if (!job.hasRules) {
                only = job.hasOnly ? job.onlyJson
                                   : QJsonValue(QJsonObject{{QStringLiteral("refs"),
                                                             QJsonArray{QStringLiteral("branches"), QStringLiteral("tags")}}});
                except = job.hasExcept ? job.exceptJson : QJsonValue(QJsonValue::Null);
            }
            QJsonValue needs = QJsonValue::Null;
            if (job.hasNeeds) {
                QJsonArray list;
                for (const Need &need : job.needs)
                    list.append(QJsonObject{{QStringLiteral("name"), need.job},
                                            {QStringLiteral("artifacts"), true},
                                            {QStringLiteral("optional"), need.optional}});
                needs = list;
            }
            const QString when = job.when.isEmpty() ? QStringLiteral("on_success") : job.when;
            out.append(QJsonObject{
                {QStringLiteral("name"), job.name},
                {QStringLiteral("stage"), job.stage},
                {QStringLiteral("before_script"), QJsonArray::fromStringList(job.beforeScript)},
                {QStringLiteral("script"), QJsonArray::fromStringList(job.script)},
                {QStringLiteral("after_script"), QJsonArray::fromStringList(job.afterScript)},
                {QStringLiteral("tag_list"), QJsonArray::fromStringList(job.tags)},
                {QStringLiteral("only"), only},
                {QStringLiteral("except"), except},
                {QStringLiteral("environment"), job.environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.environment)},
                {QStringLiteral("when"), when},
                {QStringLiteral("allow_failure"), job.allowFailure.value_or(when == QLatin1String("manual") && !job.hasRules)},
                {QStringLiteral("needs"), needs},
            });
        }
    }
    return out;
}

QJsonArray dryRunJobs(const Config &config, const Seed &seed)
{
    QJsonArray out;
    for (const QString &stage : config.stages) {
        for (const SeedJob &s : seed.jobs) {
            if (s.job->stage != stage)
                continue;
            out.append(QJsonObject{
                {QStringLiteral("name"), s.job->name},
                {QStringLiteral("stage"), stage},
                {QStringLiteral("before_script"), QJsonArray::fromStringList(s.job->beforeScript)},
                {QStringLiteral("script"), QJsonArray::fromStringList(s.job->script)},
                {QStringLiteral("after_script"), QJsonArray::fromStringList(s.job->afterScript)},
                {QStringLiteral("tag_list"), QJsonArray::fromStringList(s.job->isBridge ? QStringList() : s.job->tags)},
                {QStringLiteral("environment"), s.job->environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.job->environment)},
                {QStringLiteral("when"), s.when},
                {QStringLiteral("allow_failure"), s.allowFailure},
            });
        }
    }
    return out;
}

QString expandVariables(const QString &text, const QHash<QString, QString> &variables)
{
    static const QRegularExpression reference(QStringLiteral("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    QString out;
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += variables.value(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

qint64 parseDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*([a-z]*)"), QRegularExpression::CaseInsensitiveOption);
    qint64 total = 0;
    bool any = false;
    auto it = part.globalMatch(text.trimmed());
    while (it.hasNext()) {
        const auto m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2).toLower();
        qint64 scale = 1;
        if (unit.startsWith(QLatin1String("w")))
            scale = 7 * 86400;
        else if (unit.startsWith(QLatin1String("d")))
            scale = 86400;
        else if (unit.startsWith(QLatin1String("h")))
            scale = 3600;
        else if (unit.startsWith(QLatin1String("mo")))
            scale = 30 * 86400;
        else if (unit.startsWith(QLatin1String("m")))
            scale = 60;
        total += n * scale;
        any = true;
    }
    return any ? total : -1;
}

} // namespace LabDesk::Sandbox::Ci
