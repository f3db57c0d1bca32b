#pragma once

#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace LabDesk::Ui {

// Shows check results and the server's own errors under the form fields they belong to.
class FormErrors
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ui::FormErrors)

public:
    // An empty text hides the label. Errors are drawn in the palette's error colour.
    static void set(QLabel *label, const QString &text);
    // Spreads `error.fieldErrors` over `fields` (GitLab field name -> label); whatever has no
    // label of its own, or the whole message when there are no field errors, goes to `general`.
    static void show(const Api::ApiError &error, const QMap<QString, QLabel *> &fields, QLabel *general);
    // "private", "internal", "public" with translated names into `combo` (data: the API value).
    static void fillVisibilities(QComboBox *combo, const QString &selected);
    // Makes `path` follow what is typed in `name` (NameRules::pathFromName) until the user types in
    // `path` itself; `changed` runs after either is edited. The connections live as long as `context`.
    static void followName(QLineEdit *name, QLineEdit *path, QObject *context, const std::function<void()> &changed);
};

} // namespace LabDesk::Ui
