#include "formerrors.h"

#include "core/models/namerules.h"
#include "core/models/projectrequests.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

#include <memory>

namespace LabDesk::Ui {

void FormErrors::set(QLabel *label, const QString &text)
{
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
}

void FormErrors::show(const Api::ApiError &error, const QMap<QString, QLabel *> &fields, QLabel *general)
{
    for (QLabel *label : fields)
        set(label, {});
    set(general, {});
    if (!error.isError())
        return;
    QStringList rest;
    const QMap<QString, QStringList> fieldErrors = Models::fieldErrorsOf(error);
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        QString field = it.key();
        if (field == QLatin1String("visibility_level"))
            field = QStringLiteral("visibility");
        if (QLabel *label = fields.value(field)) {
            set(label, tr("GitLab says: %1").arg(it.value().join(QStringLiteral("; "))));
        } else {
            rest.append(it.key() + QLatin1Char(' ') + it.value().join(QStringLiteral("; ")));
        }
    }
    if (fieldErrors.isEmpty())
        set(general, error.userMessage());
    else if (!rest.isEmpty())
        set(general, tr("GitLab says: %1").arg(rest.join(QStringLiteral("; "))));
}

void FormErrors::fillVisibilities(QComboBox *combo, const QString &selected)
{
    combo->clear();
    combo->addItem(tr("Private: only members see it"), QStringLiteral("private"));
    combo->addItem(tr("Internal: anyone signed in sees it"), QStringLiteral("internal"));
    combo->addItem(tr("Public: everyone sees it"), QStringLiteral("public"));
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void FormErrors::followName(QLineEdit *name, QLineEdit *path, QObject *context, const std::function<void()> &changed)
{
    auto pathEdited = std::make_shared<bool>(false);
    QObject::connect(name, &QLineEdit::textEdited, context, [path, pathEdited, changed](const QString &text) {
        if (!*pathEdited)
            path->setText(Models::NameRules::pathFromName(text));
        changed();
    });
    QObject::connect(path, &QLineEdit::textEdited, context, [pathEdited, changed] {
        *pathEdited = true;
        changed();
    });
}

} // namespace LabDesk::Ui
