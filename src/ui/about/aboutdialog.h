#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace LabDesk::Ui {

// Help > About: LabDesk's version and the versions of the libraries it runs on, with a button
// that copies them for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The same facts as plain text, one library a line.
    QString versionReport() const;

private:
    std::unique_ptr<::Ui::AboutDialog> m_ui;
};

} // namespace LabDesk::Ui
