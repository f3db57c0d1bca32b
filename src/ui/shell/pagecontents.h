#pragma once

#include "context.h"

#include <QList>

namespace LabDesk::Ui {

class FeaturePage;

// Installs each feature's view into its page (FeaturePage::setContent). One line per feature in
// pagecontents.cpp; the window itself knows no feature.
void installPageContents(const Context &context, const QList<FeaturePage *> &pages);

} // namespace LabDesk::Ui
