#pragma once

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace LabDesk::Ui {

class FeaturePage;

// The sidebar's pages, in order, each with the empty state it shows before its feature has data.
// Feature issues replace a page's content through FeaturePage::setContent().
class PageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ui::PageCatalog)

public:
    static QList<FeaturePage *> createPages(QWidget *parent);
};

} // namespace LabDesk::Ui
