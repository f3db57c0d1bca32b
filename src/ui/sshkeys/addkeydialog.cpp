#include "addkeydialog.h"

#include "ui_addkeydialog.h"

#include "core/api/gitlabclient.h"
#include "core/ssh/keysetup.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonObject>
#include <QPushButton>

namespace LabDesk::Ui {

AddKeyDialog::AddKeyDialog(Api::GitLabClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AddKeyDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_ui->usageCombo->addItem(tr("Authentication & signing"), QStringLiteral("auth_and_signing"));
    m_ui->usageCombo->addItem(tr("Authentication"), QStringLiteral("auth"));
    m_ui->usageCombo->addItem(tr("Signing"), QStringLiteral("signing"));
    m_ui->expiresEdit->setMinimumDate(QDate::currentDate().addDays(1));
    m_ui->expiresEdit->setDate(QDate::currentDate().addYears(1));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add Key"));
    connect(m_ui->expiresCheck, &QCheckBox::toggled, m_ui->expiresEdit, &QWidget::setEnabled);
    connect(m_ui->keyEdit, &QPlainTextEdit::textChanged, this, &AddKeyDialog::check);
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = true;
        check();
    });
    connect(m_ui->fileButton, &QPushButton::clicked, this, &AddKeyDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddKeyDialog::reject);
    check();
}

AddKeyDialog::~AddKeyDialog() = default;

void AddKeyDialog::setKeyText(const QString &text)
{
    m_ui->keyEdit->setPlainText(text);
}

QString AddKeyDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void AddKeyDialog::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose a Public Key"), QDir::homePath() + QStringLiteral("/.ssh"),
                                       tr("Public keys (*.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > 65536 || !file.open(QIODevice::ReadOnly)) {
        m_ui->checkLabel->setText(tr("Cannot read %1.").arg(path));
        return;
    }
    m_ui->keyEdit->setPlainText(QString::fromUtf8(file.readAll()));
}

void AddKeyDialog::check()
{
    QString problem;
    const QString text = m_ui->keyEdit->toPlainText();
    m_key = Ssh::PublicKey::parse(text, &problem);
    if (m_key.isValid()) {
        QString summary = tr("%1 key, %2").arg(m_key.displayType(), m_key.sha256Fingerprint());
        if (m_key.isRsa())
            summary += QLatin1Char('\n')
                + tr("Note: RSA keys cannot sign in to current OpenSSH servers through LabDesk's git transport; "
                     "ED25519 is recommended.");
        m_ui->checkLabel->setText(summary);
        if (!m_titleEdited && m_ui->titleEdit->text().isEmpty() && !m_key.comment.isEmpty())
            m_ui->titleEdit->setText(m_key.comment);
    } else {
        m_ui->checkLabel->setText(text.trimmed().isEmpty() ? QString() : problem);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && m_key.isValid() && !m_ui->titleEdit->text().trimmed().isEmpty());
}

void AddKeyDialog::accept()
{
    check();
    if (!m_key.isValid() || m_ui->titleEdit->text().trimmed().isEmpty() || !m_client || m_busy)
        return;
    QJsonObject body {{QStringLiteral("title"), m_ui->titleEdit->text().trimmed()},
                      {QStringLiteral("key"), m_key.toLine()},
                      {QStringLiteral("usage_type"), m_ui->usageCombo->currentData().toString()}};
    if (m_ui->expiresCheck->isChecked())
        body.insert(QStringLiteral("expires_at"), m_ui->expiresEdit->date().toString(Qt::ISODate));
    m_busy = true;
    m_ui->errorLabel->hide();
    check();
    Api::Call *call = m_client->send(Api::Request::post(QStringLiteral("/user/keys"), body));
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        m_busy = false;
        check();
        if (!response.error.isError()) {
            QDialog::accept();
            return;
        }
        m_ui->errorLabel->setText(Ssh::KeySetup::describeUploadError(response.error));
        m_ui->errorLabel->show();
    });
}

} // namespace LabDesk::Ui
