#include "cijobform.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace LabDesk::Ui::CiEditor {

namespace {

const QStringList ListKeys = {QStringLiteral("extends"), QStringLiteral("tags"), QStringLiteral("needs"),
                              QStringLiteral("services"), QStringLiteral("dependencies"), QStringLiteral("only"),
                              QStringLiteral("except")};
const QStringList ScriptKeys = {QStringLiteral("before_script"), QStringLiteral("script"), QStringLiteral("after_script")};
const QStringList RuleColumns = {QStringLiteral("if"), QStringLiteral("changes"), QStringLiteral("exists"),
                                 QStringLiteral("when"), QStringLiteral("allow_failure")};

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

// A value for a line field: scalars as text, lists of scalars comma-separated, else flow YAML.
QString displayText(const Ci::Value *value, bool list)
{
    if (!value || value->isNull())
        return {};
    if (value->isScalar())
        return value->text();
    if (list && value->isSequence()) {
        bool scalars = true;
        for (const Ci::Value &item : value->items())
            scalars = scalars && item.isScalar();
        if (scalars)
            return value->toStringList().join(QStringLiteral(", "));
    }
    return QString::fromUtf8(value->toFlow());
}

bool isFlowText(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('['));
}

// Completes the item being typed in a comma-separated list ("docker, li" offers "linux") and
// keeps the items before it.
class ListCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {path.section(QLatin1Char(','), -1).trimmed()}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        const QString kept = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return kept + QCompleter::pathFromIndex(index);
    }
};

} // namespace

CiJobForm::CiJobForm(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 8, 10, 8);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_note);
    m_body = new QWidget(this);
    m_form = new QFormLayout(m_body);
    m_form->setContentsMargins(0, 4, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addWidget(m_body);
    outer->addStretch(1);

    m_name = addLine(QStringLiteral("name"), tr("Name"));
    m_stage = addCombo(QStringLiteral("stage"), tr("Stage"), {});
    m_stage->setEditable(true);
    addLine(QStringLiteral("extends"), tr("Extends"), tr("Templates, comma-separated"));
    addLine(QStringLiteral("image"), tr("Image"), tr("e.g. alpine:3.20"));
    addLine(QStringLiteral("services"), tr("Services"), tr("Images, comma-separated"));
    addLine(QStringLiteral("tags"), tr("Tags"), tr("Runner tags, comma-separated"));
    addLine(QStringLiteral("needs"), tr("Needs"), tr("Jobs, comma-separated; empty: stage order"));
    addLines(QStringLiteral("before_script"), tr("Before script"));
    addLines(QStringLiteral("script"), tr("Script"));
    addLines(QStringLiteral("after_script"), tr("After script"));
    addCombo(QStringLiteral("when"), tr("When"),
             {QString(), QStringLiteral("on_success"), QStringLiteral("manual"), QStringLiteral("always"),
              QStringLiteral("on_failure"), QStringLiteral("delayed"), QStringLiteral("never")});
    addCombo(QStringLiteral("allow_failure"), tr("Allow failure"), {QString(), QStringLiteral("true"), QStringLiteral("false")});
    addCombo(QStringLiteral("retry"), tr("Retry"), {QString(), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")});
    addLine(QStringLiteral("timeout"), tr("Timeout"), tr("e.g. 30 minutes"));
    addLine(QStringLiteral("environment"), tr("Environment"), tr("Environment name"));

    // Rules as a table.
    m_rules = new QTableWidget(0, int(RuleColumns.size()), this);
    m_rules->setHorizontalHeaderLabels(RuleColumns);
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rules->verticalHeader()->setVisible(false);
    m_rules->setMinimumHeight(90);
    m_rules->setMaximumHeight(150);
    m_fields.insert(QStringLiteral("rules"), m_rules);
    auto *rulesBox = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(m_rules);
    auto *rulesButtons = new QHBoxLayout;
    auto *addRule = new QPushButton(tr("Add Rule"), rulesBox);
    auto *removeRule = new QPushButton(tr("Remove Rule"), rulesBox);
    rulesButtons->addWidget(addRule);
    rulesButtons->addWidget(removeRule);
    rulesButtons->addStretch(1);
    rulesLayout->addLayout(rulesButtons);
    m_form->addRow(tr("Rules"), rulesBox);
    connect(addRule, &QPushButton::clicked, this, [this] {
        m_rules->insertRow(m_rules->rowCount());
        m_rules->setCurrentCell(m_rules->rowCount() - 1, 0);
        m_rules->editItem(m_rules->item(m_rules->rowCount() - 1, 0));
    });
    connect(removeRule, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0) {
            m_rules->removeRow(m_rules->currentRow());
            commit(QStringLiteral("rules"));
        }
    });
    connect(m_rules, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            commit(QStringLiteral("rules"));
    });

    addLine(QStringLiteral("only"), tr("Only"), tr("Refs, comma-separated (prefer rules)"));
    addLine(QStringLiteral("except"), tr("Except"), tr("Refs, comma-separated (prefer rules)"));

    m_variables = new QTableWidget(0, 2, this);
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->setVisible(false);
    m_variables->setMinimumHeight(80);
    m_variables->setMaximumHeight(140);
    m_fields.insert(QStringLiteral("variables"), m_variables);
    auto *varBox = new QWidget(this);
    auto *varLayout = new QVBoxLayout(varBox);
    varLayout->setContentsMargins(0, 0, 0, 0);
    varLayout->addWidget(m_variables);
    auto *addVar = new QPushButton(tr("Add Variable"), varBox);
    auto *varButtons = new QHBoxLayout;
    varButtons->addWidget(addVar);
    varButtons->addStretch(1);
    varLayout->addLayout(varButtons);
    m_form->addRow(tr("Variables"), varBox);
    connect(addVar, &QPushButton::clicked, this, [this] {
        m_variables->insertRow(m_variables->rowCount());
        m_variables->editItem(m_variables->item(m_variables->rowCount() - 1, 0));
    });
    connect(m_variables, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            commit(QStringLiteral("variables"));
    });

    addLine(QStringLiteral("artifacts"), tr("Artifacts"), tr("Paths, comma-separated, or {paths: [...], expire_in: ...}"));
    addLine(QStringLiteral("cache"), tr("Cache"), tr("{key: ..., paths: [...]}"));

    setJob({}, {}, {}, false);
}

QLineEdit *CiJobForm::addLine(const QString &key, const QString &label, const QString &help)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setToolTip(help);
    edit->setAccessibleName(label);
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, key] { commit(key); });
    if (key == QLatin1String("needs") || key == QLatin1String("extends") || key == QLatin1String("tags")) {
        auto *completer = new ListCompleter(new QStringListModel(edit), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    return edit;
}

QPlainTextEdit *CiJobForm::addLines(const QString &key, const QString &label)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(key);
    edit->setAccessibleName(label);
    edit->setTabChangesFocus(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    edit->setFont(mono);
    edit->setFixedHeight(key == QLatin1String("script") ? 96 : 60);
    edit->setPlaceholderText(tr("One command per line"));
    edit->installEventFilter(this);
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
    return edit;
}

QComboBox *CiJobForm::addCombo(const QString &key, const QString &label, const QStringList &items)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(key);
    combo->setAccessibleName(label);
    combo->addItems(items);
    m_form->addRow(label, combo);
    m_fields.insert(key, combo);
    connect(combo, &QComboBox::activated, this, [this, key] { commit(key); });
    return combo;
}

bool CiJobForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (const QString &key : ScriptKeys) {
            if (m_fields.value(key) == watched)
                commit(key);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CiJobForm::setStages(const QStringList &stages)
{
    const QString current = m_stage->currentText();
    m_filling = true;
    m_stage->clear();
    for (const QString &stage : stages) {
        if (stage != QLatin1String(".pre") && stage != QLatin1String(".post"))
            m_stage->addItem(stage);
    }
    m_stage->setCurrentText(current);
    m_filling = false;
}

void CiJobForm::setJobNames(const QStringList &names)
{
    m_jobNames = names;
    for (const QString &key : {QStringLiteral("needs"), QStringLiteral("extends")}) {
        auto *edit = static_cast<QLineEdit *>(m_fields.value(key));
        QStringList candidates;
        for (const QString &name : names) {
            if ((key == QLatin1String("extends")) == name.startsWith(QLatin1Char('.')) && name != m_job)
                candidates << name;
        }
        static_cast<QStringListModel *>(edit->completer()->model())->setStringList(candidates);
    }
}

void CiJobForm::setTagSuggestions(const QStringList &tags)
{
    m_tagSuggestions = tags;
    auto *edit = static_cast<QLineEdit *>(m_fields.value(QStringLiteral("tags")));
    static_cast<QStringListModel *>(edit->completer()->model())->setStringList(tags);
    edit->setToolTip(tags.isEmpty() ? tr("Runner tags, comma-separated")
                                    : tr("Runner tags, comma-separated. Your runners offer: %1").arg(tags.join(QStringLiteral(", "))));
}

void CiJobForm::setJob(const QString &job, const Ci::Value &own, const Ci::Value &merged, bool editable)
{
    m_filling = true;
    m_job = job;
    m_own = own;
    m_merged = merged;
    m_body->setVisible(!job.isEmpty());
    if (job.isEmpty()) {
        m_title->setText(tr("No job selected"));
        m_note->setText(tr("Select a job in the graph or put the cursor in it in the text to edit it here."));
        m_filling = false;
        return;
    }
    m_title->setText(job);
    m_note->setText(editable ? tr("Grey values are inherited (through extends or the default: section).")
                             : tr("This job comes from an include or is not a plain mapping: edit it in its own file."));
    m_body->setEnabled(editable);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &key = it.key();
        const Ci::Value *value = own.get(key);
        const Ci::Value *inherited = merged.get(key);
        if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            if (key == QLatin1String("name")) {
                line->setText(job);
                continue;
            }
            const bool list = ListKeys.contains(key);
            QString text;
            if (key == QLatin1String("environment") && value && value->isMapping() && value->entries().size() == 1
                && value->get(QStringLiteral("name")))
                text = value->get(QStringLiteral("name"))->text();
            else if (key == QLatin1String("needs") && value && value->isSequence()) {
                QStringList names;
                bool simple = true;
                for (const Ci::Value &item : value->items()) {
                    if (item.isScalar())
                        names << item.text();
                    else
                        simple = false;
                }
                text = simple ? names.join(QStringLiteral(", ")) : QString::fromUtf8(value->toFlow());
            } else
                text = displayText(value, list);
            line->setText(text);
            line->setPlaceholderText(displayText(inherited, list));
        } else if (auto *lines = qobject_cast<QPlainTextEdit *>(it.value())) {
            const QStringList items = value ? value->toStringList() : QStringList();
            lines->setPlainText(items.join(QLatin1Char('\n')));
            lines->setPlaceholderText(inherited && !value ? inherited->toStringList().join(QLatin1Char('\n'))
                                                          : tr("One command per line"));
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            if (key == QLatin1String("stage")) {
                combo->setCurrentText(merged.get(key) ? merged.get(key)->text() : QStringLiteral("test"));
                continue;
            }
            const QString text = value && value->isScalar() ? value->text() : QString();
            if (combo->findText(text) < 0)
                combo->addItem(text);
            combo->setCurrentText(text);
            combo->setPlaceholderText(inherited && inherited->isScalar() ? inherited->text() : QString());
        }
    }
    fillRules(own.get(QStringLiteral("rules")));
    fillVariables(own.get(QStringLiteral("variables")));
    m_filling = false;
}

void CiJobForm::fillRules(const Ci::Value *rules)
{
    m_rules->setRowCount(0);
    if (!rules || !rules->isSequence())
        return;
    for (const Ci::Value &rule : rules->items()) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        for (int c = 0; c < RuleColumns.size(); ++c) {
            const Ci::Value *cell = rule.get(RuleColumns[c]);
            m_rules->setItem(row, c, new QTableWidgetItem(displayText(cell, true)));
        }
    }
}

void CiJobForm::fillVariables(const Ci::Value *variables)
{
    m_variables->setRowCount(0);
    if (!variables || !variables->isMapping())
        return;
    for (const auto &[name, value] : variables->entries()) {
        const int row = m_variables->rowCount();
        m_variables->insertRow(row);
        m_variables->setItem(row, 0, new QTableWidgetItem(name));
        m_variables->setItem(row, 1, new QTableWidgetItem(displayText(&value, false)));
    }
}

QString CiJobForm::currentFlow(const QString &key) const
{
    const Ci::Value *value = m_own.get(key);
    if (!value || value->isNull())
        return {};
    return QString::fromUtf8(value->isScalar() ? Ci::Value::quoted(value->text()) : value->toFlow());
}

// The field's content in YAML flow syntax ("" to remove the key).
QString CiJobForm::fieldFlow(const QString &key) const
{
    QWidget *widget = m_fields.value(key);
    if (auto *lines = qobject_cast<QPlainTextEdit *>(widget)) {
        QStringList items;
        for (const QString &line : lines->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                items << line;
        }
        return items.isEmpty() ? QString() : QString::fromUtf8(Ci::Value::stringList(items).toFlow());
    }
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const QString text = combo->currentText().trimmed();
        return text.isEmpty() ? QString() : QString::fromUtf8(Ci::Value::quoted(text));
    }
    if (key == QLatin1String("rules")) {
        Ci::Value rules = Ci::Value::sequence();
        for (int row = 0; row < m_rules->rowCount(); ++row) {
            Ci::Value rule = Ci::Value::mapping();
            for (int c = 0; c < RuleColumns.size(); ++c) {
                const QTableWidgetItem *item = m_rules->item(row, c);
                const QString text = item ? item->text().trimmed() : QString();
                if (text.isEmpty())
                    continue;
                if (c == 1 || c == 2)
                    rule.set(RuleColumns[c], Ci::Value::stringList(splitList(text)));
                else
                    rule.set(RuleColumns[c], Ci::Value::scalar(text, c != 0));
            }
            if (!rule.entries().empty())
                rules.append(rule);
        }
        return rules.items().empty() ? QString() : QString::fromUtf8(rules.toFlow());
    }
    if (key == QLatin1String("variables")) {
        Ci::Value variables = Ci::Value::mapping();
        for (int row = 0; row < m_variables->rowCount(); ++row) {
            const QTableWidgetItem *name = m_variables->item(row, 0);
            const QTableWidgetItem *value = m_variables->item(row, 1);
            if (name && !name->text().trimmed().isEmpty())
                variables.set(name->text().trimmed(), Ci::Value::scalar(value ? value->text() : QString()));
        }
        return variables.entries().empty() ? QString() : QString::fromUtf8(variables.toFlow());
    }
    auto *line = qobject_cast<QLineEdit *>(widget);
    if (!line)
        return {};
    const QString text = line->text().trimmed();
    if (text.isEmpty())
        return {};
    if (isFlowText(text))
        return text;
    if (ListKeys.contains(key)) {
        const QStringList items = splitList(text);
        if (items.size() == 1 && key != QLatin1String("needs") && key != QLatin1String("tags")
            && key != QLatin1String("services"))
            return QString::fromUtf8(Ci::Value::quoted(items.constFirst()));
        return QString::fromUtf8(Ci::Value::stringList(items).toFlow());
    }
    if (key == QLatin1String("artifacts")) {
        Ci::Value artifacts = m_own.get(key) && m_own.get(key)->isMapping() ? *m_own.get(key) : Ci::Value::mapping();
        artifacts.set(QStringLiteral("paths"), Ci::Value::stringList(splitList(text)));
        return QString::fromUtf8(artifacts.toFlow());
    }
    if (key == QLatin1String("cache")) {
        Ci::Value cache = Ci::Value::mapping();
        cache.set(QStringLiteral("paths"), Ci::Value::stringList(splitList(text)));
        return QString::fromUtf8(cache.toFlow());
    }
    if (key == QLatin1String("environment")) {
        const Ci::Value *old = m_own.get(key);
        if (old && old->isMapping()) {
            Ci::Value env = *old;
            env.set(QStringLiteral("name"), Ci::Value::scalar(text));
            return QString::fromUtf8(env.toFlow());
        }
    }
    return QString::fromUtf8(Ci::Value::quoted(text));
}

void CiJobForm::commit(const QString &key)
{
    if (m_filling || m_job.isEmpty())
        return;
    if (key == QLatin1String("name")) {
        const QString name = m_name->text().trimmed();
        if (!name.isEmpty() && name != m_job)
            Q_EMIT renameRequested(m_job, name);
        return;
    }
    if (key == QLatin1String("stage")) {
        const QString stage = m_stage->currentText().trimmed();
        const Ci::Value *old = m_merged.get(key);
        if (!stage.isEmpty() && (!old || old->text() != stage))
            Q_EMIT moveRequested(m_job, stage);
        return;
    }
    const QString flow = fieldFlow(key);
    if (flow.isEmpty()) {
        if (m_own.get(key))
            Q_EMIT unsetKeyRequested(m_job, key);
        return;
    }
    // Unchanged (compared as values, so quoting differences do not count).
    bool ok = false;
    const Ci::Value typed = Ci::Value::fromYaml(flow.toUtf8(), &ok);
    const Ci::Value *old = m_own.get(key);
    if (ok && old && typed.toFlow() == old->toFlow())
        return;
    if (currentFlow(key) == flow)
        return;
    Q_EMIT setKeyRequested(m_job, key, flow);
}

} // namespace LabDesk::Ui::CiEditor
