#include "newprojectdialog.h"

#include "core/api/gitlabclient.h"
#include "core/models/namerules.h"
#include "core/models/projectrequests.h"
#include "formerrors.h"
#include "namespacepicker.h"
#include "ui_newprojectdialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>

namespace LabDesk::Ui {

using Models::NameRules;

NewProjectDialog::NewProjectDialog(Api::GitLabClient *client, int namespaceId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::NewProjectDialog>())
    , m_client(client)
    , m_wantedNamespace(namespaceId)
{
    m_ui->setupUi(this);
    FormErrors::fillVisibilities(m_ui->visibilityCombo, QStringLiteral("private"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create Project"));
    FormErrors::followName(m_ui->nameEdit, m_ui->pathEdit, this, [this] { check(); });
    connect(m_ui->branchEdit, &QLineEdit::textEdited, this, &NewProjectDialog::check);
    connect(m_ui->readmeCheck, &QCheckBox::toggled, this, &NewProjectDialog::check);
    connect(m_ui->namespaceCombo, &QComboBox::currentIndexChanged, this, &NewProjectDialog::check);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);
    loadNamespaces();
    check();
    FormErrors::set(m_ui->nameError, {});
    FormErrors::set(m_ui->pathError, {});
}

NewProjectDialog::~NewProjectDialog() = default;

int NewProjectDialog::createdProjectId() const
{
    return m_createdId;
}

bool NewProjectDialog::namespacesLoaded() const
{
    return m_namespacesLoaded;
}

void NewProjectDialog::loadNamespaces()
{
    if (!m_client)
        return;
    NamespacePicker::fill(m_ui->namespaceCombo, m_client, m_wantedNamespace, [this](const Api::ApiError &error) {
        if (error.isError())
            FormErrors::set(m_ui->namespaceError,
                            tr("The namespaces could not be listed: %1").arg(error.userMessage()));
        m_namespacesLoaded = true;
        check();
        Q_EMIT namespacesReady();
    });
}

void NewProjectDialog::check()
{
    const QString nameError = NameRules::projectNameError(m_ui->nameEdit->text());
    const QString pathError = NameRules::pathError(m_ui->pathEdit->text());
    static const QRegularExpression branchRule(
        QStringLiteral("^(?!/)(?!.*//)(?!.*\\.\\.)(?!.*\\.lock$)[^\\s~^:?*\\[\\\\]+(?<!/)$"));
    const QString branch = m_ui->branchEdit->text();
    const QString branchError = !m_ui->readmeCheck->isChecked() || branchRule.match(branch).hasMatch()
        ? QString()
        : tr("Enter a valid branch name, such as main.");
    FormErrors::set(m_ui->nameError, nameError);
    FormErrors::set(m_ui->pathError, pathError);
    FormErrors::set(m_ui->branchError, branchError);
    m_ui->branchEdit->setEnabled(m_ui->readmeCheck->isChecked());
    const QString ns = m_ui->namespaceCombo->currentData(Qt::UserRole + 1).toString();
    if (m_client)
        m_ui->urlValue->setText(m_client->server().toString() + QLatin1Char('/') + ns + QLatin1Char('/')
                                + m_ui->pathEdit->text());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(nameError.isEmpty() && pathError.isEmpty() && branchError.isEmpty() && !m_busy
                     && m_namespacesLoaded);
}

void NewProjectDialog::accept()
{
    check();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled() || !m_client)
        return;
    Models::NewProject project;
    project.name = m_ui->nameEdit->text().trimmed();
    project.path = m_ui->pathEdit->text();
    project.namespaceId = m_ui->namespaceCombo->currentData().toInt();
    project.visibility = m_ui->visibilityCombo->currentData().toString();
    project.description = m_ui->descriptionEdit->toPlainText().trimmed();
    project.initializeWithReadme = m_ui->readmeCheck->isChecked();
    project.defaultBranch = project.initializeWithReadme ? m_ui->branchEdit->text() : QString();
    m_busy = true;
    check();
    FormErrors::set(m_ui->generalError, {});
    Api::Call *call = m_client->send(Models::Requests::createProject(project));
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        m_busy = false;
        check();
        if (response.error.isError()) {
            FormErrors::show(response.error,
                             {{QStringLiteral("name"), m_ui->nameError},
                              {QStringLiteral("path"), m_ui->pathError},
                              {QStringLiteral("namespace"), m_ui->namespaceError},
                              {QStringLiteral("visibility"), m_ui->visibilityError},
                              {QStringLiteral("default_branch"), m_ui->branchError}},
                             m_ui->generalError);
            return;
        }
        const QJsonObject created = response.json.object();
        m_createdId = created.value(QLatin1String("id")).toInt();
        Q_EMIT projectCreated(m_createdId,
                              created.value(QLatin1String("namespace")).toObject().value(QLatin1String("id")).toInt());
        QDialog::accept();
    });
}

} // namespace LabDesk::Ui
