#pragma once

#include "core/api/apierror.h"

#include <QCoreApplication>

#include <functional>

class QComboBox;

namespace LabDesk::Api {
class GitLabClient;
}

namespace LabDesk::Ui {

// Fills a combo box with the namespaces where the user may put a project (GET /namespaces: their
// own, marked "personal", and their groups; item data: the namespace id), selects `wantedId`
// when listed, and calls `done` with the outcome. The combo is disabled while it loads.
class NamespacePicker
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ui::NamespacePicker)

public:
    static void fill(QComboBox *combo, Api::GitLabClient *client, int wantedId,
                     std::function<void(const Api::ApiError &)> done);
};

} // namespace LabDesk::Ui
