#pragma once

#include "core/ci/value.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace LabDesk::Ui::CiEditor {

// The job form: every keyword of a job with a fitting widget. It shows the job's own values (as
// written in the file) and, as placeholders, what it inherits through extends and default:.
// Edits leave as requests (key, value in YAML flow syntax); the view turns them into patches.
class CiJobForm : public QWidget
{
    Q_OBJECT
public:
    explicit CiJobForm(QWidget *parent = nullptr);

    // own: the job's mapping as written; merged: after extends/default; empty job: no selection.
    void setJob(const QString &job, const Ci::Value &own, const Ci::Value &merged, bool editable);
    void setStages(const QStringList &stages);
    void setJobNames(const QStringList &names);
    void setTagSuggestions(const QStringList &tags);
    QString job() const { return m_job; }

    // Widgets by keyword (tests and accessibility).
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    // Commits the value of one field as if the user had finished editing it.
    void commit(const QString &key);

Q_SIGNALS:
    void setKeyRequested(const QString &job, const QString &key, const QString &flowValue);
    void unsetKeyRequested(const QString &job, const QString &key);
    void renameRequested(const QString &job, const QString &newName);
    void moveRequested(const QString &job, const QString &stage);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addLine(const QString &key, const QString &label, const QString &help = {});
    QPlainTextEdit *addLines(const QString &key, const QString &label);
    QComboBox *addCombo(const QString &key, const QString &label, const QStringList &items);
    QString currentFlow(const QString &key) const;
    QString fieldFlow(const QString &key) const;
    void fillRules(const Ci::Value *rules);
    void fillVariables(const Ci::Value *variables);

    QString m_job;
    Ci::Value m_own;
    Ci::Value m_merged;
    bool m_filling = false;
    QLabel *m_title;
    QLabel *m_note;
    QWidget *m_body;
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_fields;
    QLineEdit *m_name;
    QComboBox *m_stage;
    QTableWidget *m_rules;
    QTableWidget *m_variables;
    QStringList m_jobNames;
    QStringList m_tagSuggestions;
};

} // namespace LabDesk::Ui::CiEditor
