#include "newgroupdialog.h"

#include "core/api/gitlabclient.h"
#include "core/models/namerules.h"
#include "core/models/projectrequests.h"
#include "formerrors.h"
#include "ui_newgroupdialog.h"

#include <QJsonObject>
#include <QPushButton>

namespace LabDesk::Ui {

using Models::NameRules;

NewGroupDialog::NewGroupDialog(Api::GitLabClient *client, int parentId, const QString &parentFullPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::NewGroupDialog>())
    , m_client(client)
    , m_parentId(parentId)
    , m_parentPath(parentFullPath)
{
    m_ui->setupUi(this);
    if (parentId > 0) {
        setWindowTitle(tr("New Subgroup"));
        m_ui->parentValue->setText(parentFullPath);
    } else {
        m_ui->parentLabel->hide();
        m_ui->parentValue->hide();
    }
    FormErrors::fillVisibilities(m_ui->visibilityCombo, QStringLiteral("private"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(parentId > 0 ? tr("Create Subgroup") : tr("Create Group"));
    FormErrors::followName(m_ui->nameEdit, m_ui->pathEdit, this, [this] { check(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewGroupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewGroupDialog::reject);
    check();
    // Nothing typed yet is not an error to shout about.
    FormErrors::set(m_ui->nameError, {});
    FormErrors::set(m_ui->pathError, {});
}

NewGroupDialog::~NewGroupDialog() = default;

int NewGroupDialog::createdGroupId() const
{
    return m_createdId;
}

void NewGroupDialog::check()
{
    const QString nameError = NameRules::groupNameError(m_ui->nameEdit->text());
    const QString pathError = NameRules::pathError(m_ui->pathEdit->text());
    FormErrors::set(m_ui->nameError, nameError);
    FormErrors::set(m_ui->pathError, pathError);
    const QString base = m_client ? m_client->server().toString() : QString();
    const QString prefix = m_parentPath.isEmpty() ? QString() : m_parentPath + QLatin1Char('/');
    m_ui->urlValue->setText(base + QStringLiteral("/groups/") + prefix + m_ui->pathEdit->text());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(nameError.isEmpty() && pathError.isEmpty() && !m_busy);
}

void NewGroupDialog::accept()
{
    check();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled() || !m_client)
        return;
    m_busy = true;
    check();
    FormErrors::set(m_ui->generalError, {});
    Api::Call *call = m_client->send(Models::Requests::createGroup(
        m_ui->nameEdit->text().trimmed(), m_ui->pathEdit->text(), m_parentId,
        m_ui->visibilityCombo->currentData().toString(), m_ui->descriptionEdit->toPlainText().trimmed()));
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        m_busy = false;
        check();
        if (response.error.isError()) {
            FormErrors::show(response.error,
                             {{QStringLiteral("name"), m_ui->nameError},
                              {QStringLiteral("path"), m_ui->pathError},
                              {QStringLiteral("visibility"), m_ui->visibilityError}},
                             m_ui->generalError);
            return;
        }
        m_createdId = response.json.object().value(QLatin1String("id")).toInt();
        Q_EMIT groupCreated(m_createdId, m_parentId);
        QDialog::accept();
    });
}

} // namespace LabDesk::Ui
