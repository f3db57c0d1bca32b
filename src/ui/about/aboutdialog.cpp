#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include "core/app/commandline.h"
#include "core/app/libraryversions.h"
#include "widgets/themedicon.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace LabDesk::Ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(applicationIcon().pixmap(64, 64));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(GuiCommandLine::versionText());

    for (const LibraryVersion &library : LibraryVersions::all())
        new QTreeWidgetItem(m_ui->libraries, {library.name, library.version, library.details});
    for (int column = 0; column < m_ui->libraries->columnCount(); ++column)
        m_ui->libraries->resizeColumnToContents(column);

    QPushButton *copy = m_ui->buttons->addButton(tr("Copy Versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(versionReport()); });
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionReport() const
{
    QStringList lines{GuiCommandLine::versionText()};
    for (int i = 0; i < m_ui->libraries->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->libraries->topLevelItem(i);
        QString line = item->text(0) + QLatin1Char(' ') + item->text(1);
        if (!item->text(2).isEmpty())
            line += QStringLiteral(" (") + item->text(2) + QLatin1Char(')');
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace LabDesk::Ui
