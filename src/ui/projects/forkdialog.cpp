#include "forkdialog.h"

#include "core/api/gitlabclient.h"
#include "core/models/projectrequests.h"
#include "formerrors.h"
#include "namespacepicker.h"
#include "ui_forkdialog.h"

#include <QJsonObject>
#include <QPushButton>

namespace LabDesk::Ui {

ForkDialog::ForkDialog(Api::GitLabClient *client, int projectId, const QString &pathWithNamespace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ForkDialog>())
    , m_client(client)
    , m_projectId(projectId)
{
    m_ui->setupUi(this);
    m_ui->sourceValue->setText(pathWithNamespace);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Fork"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_poll.setSingleShot(true);
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &ForkDialog::poll);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ForkDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ForkDialog::reject);
    if (m_client) {
        NamespacePicker::fill(m_ui->namespaceCombo, m_client, 0, [this](const Api::ApiError &error) {
            if (error.isError())
                FormErrors::set(m_ui->generalError, error.userMessage());
            m_namespacesLoaded = true;
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
            Q_EMIT namespacesReady();
        });
    }
}

ForkDialog::~ForkDialog() = default;

QString ForkDialog::importStatus() const
{
    return m_status;
}

int ForkDialog::forkId() const
{
    return m_forkId;
}

bool ForkDialog::namespacesLoaded() const
{
    return m_namespacesLoaded;
}

void ForkDialog::selectNamespace(int namespaceId)
{
    const int index = m_ui->namespaceCombo->findData(namespaceId);
    if (index >= 0)
        m_ui->namespaceCombo->setCurrentIndex(index);
}

void ForkDialog::accept()
{
    if (m_status == QLatin1String("finished") || m_status == QLatin1String("failed")) {
        QDialog::accept();
        return;
    }
    if (!m_client || m_forkId > 0)
        return;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->namespaceCombo->setEnabled(false);
    FormErrors::set(m_ui->generalError, {});
    m_ui->progress->show();
    m_ui->statusLabel->setText(tr("Asking GitLab to fork…"));
    Api::Call *call
        = m_client->send(Models::Requests::forkProject(m_projectId, m_ui->namespaceCombo->currentData().toInt()));
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        if (response.error.isError()) {
            m_ui->progress->hide();
            m_ui->statusLabel->clear();
            m_ui->namespaceCombo->setEnabled(true);
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
            FormErrors::show(response.error, {}, m_ui->generalError);
            return;
        }
        const QJsonObject fork = response.json.object();
        m_forkId = fork.value(QLatin1String("id")).toInt();
        setStatus(fork.value(QLatin1String("import_status")).toString(QStringLiteral("scheduled")));
    });
}

void ForkDialog::poll()
{
    if (!m_client)
        return;
    Api::Call *call = m_client->send(Models::Requests::importStatus(m_forkId));
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        if (response.error.isError()) {
            setStatus(QStringLiteral("failed"), response.error.userMessage());
            return;
        }
        const QJsonObject status = response.json.object();
        setStatus(status.value(QLatin1String("import_status")).toString(),
                  status.value(QLatin1String("import_error")).toString());
    });
}

void ForkDialog::setStatus(const QString &status, const QString &error)
{
    const bool changed = status != m_status;
    m_status = status;
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (status == QLatin1String("finished") || status == QLatin1String("none")) {
        m_status = QStringLiteral("finished");
        m_ui->progress->hide();
        m_ui->statusLabel->setText(tr("The fork is ready."));
        ok->setText(tr("Close"));
        ok->setEnabled(true);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->hide();
        if (changed)
            Q_EMIT forkFinished(m_forkId);
    } else if (status == QLatin1String("failed")) {
        m_ui->progress->hide();
        m_ui->statusLabel->setText(tr("The fork failed."));
        FormErrors::set(m_ui->generalError, error);
        ok->setText(tr("Close"));
        ok->setEnabled(true);
    } else {
        m_ui->statusLabel->setText(status == QLatin1String("started") ? tr("Copying the repository…")
                                                                      : tr("Waiting for GitLab to start the fork…"));
        m_poll.start();
    }
    if (changed)
        Q_EMIT importStatusChanged(m_status);
}

} // namespace LabDesk::Ui
