#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TrustedCertificatesDialog;
}

namespace LabDesk::Accounts {
class ServerTrust;
}

namespace LabDesk::Ui {

// Lists the certificates pinned and the CA certificates imported per server, and removes them.
class TrustedCertificatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrustedCertificatesDialog(Accounts::ServerTrust *trust, QWidget *parent = nullptr);
    ~TrustedCertificatesDialog() override;

    int rowCount() const;

private:
    void reload();
    void removeSelected();

    std::unique_ptr<::Ui::TrustedCertificatesDialog> m_ui;
    Accounts::ServerTrust *m_trust;
};

} // namespace LabDesk::Ui
