#pragma once

#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

class QComboBox;
class QLabel;
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
};

} // namespace LabDesk::Ui
