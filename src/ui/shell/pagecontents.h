#pragma once

#include "context.h"

#include <QList>
#include <QString>

#include <functional>

namespace LabDesk::Ui {

class FeaturePage;

// Installs each feature's view into its page (FeaturePage::setContent) and connects the hand-overs
// between features; `showPage` brings a page to the front. The window itself knows no feature.
void installPageContents(const Context &context, const QList<FeaturePage *> &pages,
                         const std::function<void(const QString &)> &showPage);

} // namespace LabDesk::Ui
