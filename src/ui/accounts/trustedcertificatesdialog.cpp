#include "trustedcertificatesdialog.h"

#include "ui_trustedcertificatesdialog.h"

#include "core/accounts/servertrust.h"

#include <QPushButton>

namespace LabDesk::Ui {

namespace {

enum Column {
    ServerColumn,
    KindColumn,
    SubjectColumn,
    ExpiresColumn,
    FingerprintColumn,
};

constexpr int HostRole = Qt::UserRole;
constexpr int PortRole = Qt::UserRole + 1;
constexpr int PinRole = Qt::UserRole + 2;

} // namespace

TrustedCertificatesDialog::TrustedCertificatesDialog(Accounts::ServerTrust *trust, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::TrustedCertificatesDialog>())
    , m_trust(trust)
{
    m_ui->setupUi(this);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TrustedCertificatesDialog::removeSelected);
    connect(m_ui->certificates, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_ui->removeButton->setEnabled(m_ui->certificates->currentItem() != nullptr); });
    connect(m_trust, &Accounts::ServerTrust::changed, this, &TrustedCertificatesDialog::reload);
    reload();
}

TrustedCertificatesDialog::~TrustedCertificatesDialog() = default;

int TrustedCertificatesDialog::rowCount() const
{
    return m_ui->certificates->topLevelItemCount();
}

void TrustedCertificatesDialog::reload()
{
    m_ui->certificates->clear();
    for (const Accounts::ServerTrust::Pin &pin : m_trust->pins()) {
        auto *item = new QTreeWidgetItem(m_ui->certificates,
                                         {QStringLiteral("%1:%2").arg(pin.host).arg(pin.port), tr("This certificate only"),
                                          pin.subject, QLocale().toString(pin.expires, QLocale::ShortFormat),
                                          QString::fromLatin1(pin.sha256.toHex(':').toUpper())});
        item->setData(ServerColumn, HostRole, pin.host);
        item->setData(ServerColumn, PortRole, pin.port);
        item->setData(ServerColumn, PinRole, true);
    }
    for (const Accounts::ServerTrust::CaEntry &ca : m_trust->caEntries()) {
        auto *item = new QTreeWidgetItem(m_ui->certificates,
                                         {QStringLiteral("%1:%2").arg(ca.host).arg(ca.port), tr("Certificate authority"),
                                          ca.certificate.subjectDisplayName(),
                                          QLocale().toString(ca.certificate.expiryDate(), QLocale::ShortFormat),
                                          Accounts::ServerTrust::fingerprintText(ca.certificate)});
        item->setData(ServerColumn, HostRole, ca.host);
        item->setData(ServerColumn, PortRole, ca.port);
        item->setData(ServerColumn, PinRole, false);
    }
    m_ui->removeButton->setEnabled(false);
    for (int c = 0; c < m_ui->certificates->columnCount(); ++c)
        m_ui->certificates->resizeColumnToContents(c);
}

void TrustedCertificatesDialog::removeSelected()
{
    QTreeWidgetItem *item = m_ui->certificates->currentItem();
    if (!item)
        return;
    const QString host = item->data(ServerColumn, HostRole).toString();
    const int port = item->data(ServerColumn, PortRole).toInt();
    if (item->data(ServerColumn, PinRole).toBool())
        m_trust->removePin(host, port);
    else
        m_trust->removeCaCertificates(host, port);
}

} // namespace LabDesk::Ui
