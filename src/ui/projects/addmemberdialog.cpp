#include "addmemberdialog.h"

#include "core/api/gitlabclient.h"
#include "core/models/accesslevels.h"
#include "formerrors.h"
#include "ui_addmemberdialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>

namespace LabDesk::Ui {

AddMemberDialog::AddMemberDialog(Api::GitLabClient *client, const Models::Source &source, int maxLevel, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AddMemberDialog>())
    , m_client(client)
    , m_source(source)
{
    m_ui->setupUi(this);
    for (const int level : Models::AccessLevels::assignable()) {
        if (level <= maxLevel)
            m_ui->levelCombo->addItem(Models::AccessLevels::name(level), level);
    }
    setLevel(Models::AccessLevels::Developer);
    m_ui->expiryEdit->setMinimumDate(QDate::currentDate().addDays(1));
    m_ui->expiryEdit->setDate(QDate::currentDate().addMonths(1));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add Member"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AddMemberDialog::search);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->resultsList, &QListWidget::currentRowChanged, this, &AddMemberDialog::check);
    connect(m_ui->resultsList, &QListWidget::itemDoubleClicked, this, &AddMemberDialog::accept);
    connect(m_ui->expiryCheck, &QCheckBox::toggled, m_ui->expiryEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddMemberDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddMemberDialog::reject);
    check();
}

AddMemberDialog::~AddMemberDialog() = default;

void AddMemberDialog::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
    search();
}

int AddMemberDialog::resultCount() const
{
    return m_ui->resultsList->count();
}

void AddMemberDialog::selectResult(int row)
{
    m_ui->resultsList->setCurrentRow(row);
}

void AddMemberDialog::setLevel(int accessLevel)
{
    const int index = m_ui->levelCombo->findData(accessLevel);
    if (index >= 0)
        m_ui->levelCombo->setCurrentIndex(index);
}

void AddMemberDialog::search()
{
    m_debounce.stop();
    if (m_searchCall)
        m_searchCall->cancel();
    const QString text = m_ui->searchEdit->text().trimmed();
    m_ui->resultsList->clear();
    if (text.isEmpty() || !m_client) {
        m_ui->searchStatus->clear();
        check();
        return;
    }
    m_ui->searchStatus->setText(tr("Searching…"));
    Api::Call *call = m_client->send(Models::Requests::searchUsers(text));
    m_searchCall = call;
    connect(call, &Api::Call::finished, this, [this](const Api::Response &response) {
        if (response.error.kind == Api::ApiError::Kind::Cancelled)
            return;
        if (response.error.isError()) {
            m_ui->searchStatus->setText(response.error.userMessage());
            Q_EMIT searchFinished();
            return;
        }
        for (const QJsonValue &value : response.json.array()) {
            const QJsonObject user = value.toObject();
            auto *item = new QListWidgetItem(tr("%1 (@%2)")
                                                 .arg(user.value(QLatin1String("name")).toString(),
                                                      user.value(QLatin1String("username")).toString()));
            item->setData(Qt::UserRole, user.value(QLatin1String("id")).toInt());
            m_ui->resultsList->addItem(item);
        }
        m_ui->searchStatus->setText(m_ui->resultsList->count() == 0 ? tr("Nobody matches.") : QString());
        if (m_ui->resultsList->count() == 1)
            m_ui->resultsList->setCurrentRow(0);
        check();
        Q_EMIT searchFinished();
    });
}

void AddMemberDialog::check()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->resultsList->currentItem() && !m_busy);
}

void AddMemberDialog::accept()
{
    QListWidgetItem *item = m_ui->resultsList->currentItem();
    if (!item || !m_client || m_busy)
        return;
    const int userId = item->data(Qt::UserRole).toInt();
    m_busy = true;
    check();
    FormErrors::set(m_ui->generalError, {});
    const QDate expires = m_ui->expiryCheck->isChecked() ? m_ui->expiryEdit->date() : QDate();
    Api::Call *call = m_client->send(
        Models::Requests::addMember(m_source, userId, m_ui->levelCombo->currentData().toInt(), expires));
    connect(call, &Api::Call::finished, this, [this, userId](const Api::Response &response) {
        m_busy = false;
        check();
        if (response.error.isError()) {
            FormErrors::show(response.error, {}, m_ui->generalError);
            return;
        }
        Q_EMIT memberAdded(userId);
        QDialog::accept();
    });
}

} // namespace LabDesk::Ui
