#pragma once

#include <QIcon>
#include <QString>

namespace LabDesk::Ui {

// An icon from resources/icons/<name>.svg, drawn in the current palette's text colour (the SVGs
// use stroke="currentColor"), rendered at the requested size and device pixel ratio, so it is
// crisp on HiDPI and follows dark mode without a second set of files.
QIcon themedIcon(const QString &name);

// The application's own (coloured) icon.
QIcon applicationIcon();

} // namespace LabDesk::Ui
