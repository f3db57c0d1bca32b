#include "signindialog.h"

#include "ui_signindialog.h"

#include "core/accounts/accountmanager.h"
#include "core/accounts/doctor.h"
#include "core/accounts/serverurl.h"
#include "widgets/themedicon.h"

#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QUrlQuery>

namespace LabDesk::Ui {

SignInDialog::SignInDialog(Accounts::AccountManager *accounts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SignInDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    m_ui->certificateBox->hide();
    m_ui->doctorTree->hide();
    m_ui->busyBar->hide();
    m_ui->sessionOnlyButton->hide();
    m_ui->doctorTree->header()->setStretchLastSection(true);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));

    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, [this] {
        updateCreateTokenLink();
        if (m_stage == Stage::Confirming)
            setStage(Stage::Editing);
    });
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        if (m_stage == Stage::Confirming)
            setStage(Stage::Editing);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->doctorButton, &QPushButton::clicked, this, &SignInDialog::runDoctor);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_ui->trustButton, &QPushButton::clicked, this, &SignInDialog::trustCertificate);
    connect(m_ui->importCaButton, &QPushButton::clicked, this, &SignInDialog::importCaCertificate);
    updateCreateTokenLink();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setServer(const QString &server)
{
    m_ui->serverEdit->setText(server);
}

void SignInDialog::setToken(const QString &token)
{
    m_ui->tokenEdit->setText(token);
}

QString SignInDialog::message() const
{
    return m_ui->messageLabel->text();
}

void SignInDialog::accept()
{
    switch (m_stage) {
    case Stage::Editing:
        startCheck();
        break;
    case Stage::Confirming:
        save(false);
        break;
    case Stage::Checking:
    case Stage::Saving:
        break;
    }
}

void SignInDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool busy = stage == Stage::Checking || stage == Stage::Saving;
    m_ui->busyBar->setVisible(busy);
    m_ui->serverEdit->setEnabled(!busy);
    m_ui->tokenEdit->setEnabled(!busy);
    m_ui->doctorButton->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(stage == Stage::Confirming ? tr("Sign In Anyway") : tr("Sign In"));
}

void SignInDialog::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(text);
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, isError ? QColor(0xc0, 0x1c, 0x28) : this->palette().color(QPalette::WindowText));
    m_ui->messageLabel->setPalette(palette);
}

void SignInDialog::startCheck()
{
    m_ui->certificateBox->hide();
    m_ui->sessionOnlyButton->hide();
    const Accounts::ServerUrl server = Accounts::ServerUrl::parse(m_ui->serverEdit->text());
    if (!server.isUsable()) {
        showMessage(server.error, true);
        m_ui->serverEdit->setFocus();
        return;
    }
    const QString token = m_ui->tokenEdit->text().trimmed();
    if (token.isEmpty()) {
        showMessage(tr("Paste a personal access token. You create one in GitLab under User settings > Access tokens."), true);
        m_ui->tokenEdit->setFocus();
        return;
    }
    showMessage(tr("Checking %1…").arg(server.url.toString()), false);
    setStage(Stage::Checking);
    auto *check = new Accounts::SignInCheck(server.url, token, m_accounts->trust(), this);
    connect(check, &Accounts::SignInCheck::finished, this, &SignInDialog::onChecked);
    check->start();
}

void SignInDialog::onChecked(const Accounts::SignInResult &result)
{
    m_result = result;
    if (!result.certificate.isEmpty()) {
        setStage(Stage::Editing);
        showMessage(tr("The connection is not secure as it stands: the server's certificate is not trusted."), true);
        showCertificate(result.certificate);
        return;
    }
    if (!result.isOk()) {
        setStage(Stage::Editing);
        showMessage(result.error.userMessage() + QLatin1Char(' ')
                        + tr("Diagnose Connection checks the address, name lookup, port, certificate and token one by one."),
                    true);
        return;
    }
    QStringList notes;
    if (!result.missingScopes.isEmpty()) {
        QStringList lines;
        for (const Accounts::ScopeGap &gap : result.missingScopes)
            lines << tr("%1 (needs the %2 scope)").arg(gap.feature, gap.scope);
        notes << tr("This token cannot be used for: %1.").arg(lines.join(QStringLiteral("; ")));
    }
    if (!result.expiryWarning.isEmpty())
        notes << result.expiryWarning;
    if (notes.isEmpty()) {
        save(false);
        return;
    }
    showMessage(tr("Signed in as %1 (%2).").arg(result.account.username, result.version.version) + QLatin1Char(' ')
                    + notes.join(QLatin1Char(' ')),
                false);
    setStage(Stage::Confirming);
}

void SignInDialog::save(bool sessionOnly)
{
    const QString token = m_ui->tokenEdit->text().trimmed();
    setStage(Stage::Saving);
    m_accounts->addAccount(m_result.account, token, sessionOnly, [this, sessionOnly](const Accounts::TokenStore::Result &r) {
        if (r.ok) {
            setStage(Stage::Editing);
            QDialog::accept();
            return;
        }
        setStage(Stage::Confirming);
        if (r.unavailable && !sessionOnly) {
            showMessage(tr("The system keychain cannot be used (%1), so LabDesk cannot store the token safely. You can "
                           "sign in for this session only: the token stays in memory and is gone when LabDesk quits.")
                            .arg(r.error),
                        true);
            m_ui->sessionOnlyButton->show();
            return;
        }
        showMessage(tr("The token could not be stored: %1").arg(r.error), true);
    });
}

void SignInDialog::runDoctor()
{
    if (m_doctor)
        return;
    m_ui->doctorTree->clear();
    m_ui->doctorTree->show();
    m_doctor = new Accounts::Doctor(m_ui->serverEdit->text(), m_ui->tokenEdit->text().trimmed(), m_accounts->trust(), this);
    connect(m_doctor, &Accounts::Doctor::checkFinished, this, [this](const Accounts::Doctor::Check &check) {
        QString result = check.detail;
        if (!check.fix.isEmpty() && check.status != Accounts::Doctor::Status::Pass)
            result += QLatin1Char('\n') + tr("Fix: %1").arg(check.fix);
        auto *item = new QTreeWidgetItem(m_ui->doctorTree, {check.title, result});
        const char *icon = check.status == Accounts::Doctor::Status::Pass   ? "check-pass"
                           : check.status == Accounts::Doctor::Status::Warn ? "check-warn"
                           : check.status == Accounts::Doctor::Status::Fail ? "check-fail"
                                                                             : "check-skip";
        item->setIcon(0, themedIcon(QString::fromLatin1(icon)));
        item->setToolTip(1, result);
    });
    connect(m_doctor, &Accounts::Doctor::finished, this, [this] {
        if (!m_doctor->certificateProblem().isEmpty())
            showCertificate(m_doctor->certificateProblem());
        m_doctor->deleteLater();
        m_doctor = nullptr;
        m_ui->doctorButton->setEnabled(true);
    });
    m_ui->doctorButton->setEnabled(false);
    m_doctor->start();
}

void SignInDialog::showCertificate(const Accounts::CertificateProblem &problem)
{
    m_certificate = problem;
    m_ui->certificateLabel->setText(
        tr("%1\n\nServer: %2:%3\nIssued to: %4\nIssued by: %5\nValid: %6 to %7\nSHA-256: %8\n\nCompare the fingerprint "
           "with the one your administrator gives you before trusting it.")
            .arg(problem.summary(), problem.host, QString::number(problem.port), problem.subject, problem.issuer,
                 QLocale().toString(problem.notBefore, QLocale::ShortFormat),
                 QLocale().toString(problem.notAfter, QLocale::ShortFormat), problem.sha256Fingerprint));
    m_ui->certificateBox->show();
}

void SignInDialog::trustCertificate()
{
    if (m_certificate.certificate.isNull())
        return;
    m_accounts->trust()->pin(m_certificate.host, m_certificate.port, m_certificate.certificate);
    m_ui->certificateBox->hide();
    showMessage(tr("You now trust this certificate for %1:%2 only. Signing in again…").arg(m_certificate.host).arg(m_certificate.port),
                false);
    startCheck();
}

void SignInDialog::importCaCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CA Certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const QByteArray bytes = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(bytes, QSsl::Der);
    if (certificates.isEmpty()) {
        showMessage(tr("%1 holds no certificate in PEM or DER form.").arg(path), true);
        return;
    }
    for (const QSslCertificate &ca : std::as_const(certificates))
        m_accounts->trust()->addCaCertificate(m_certificate.host, m_certificate.port, ca);
    m_ui->certificateBox->hide();
    startCheck();
}

void SignInDialog::updateCreateTokenLink()
{
    const Accounts::ServerUrl server = Accounts::ServerUrl::parse(m_ui->serverEdit->text().isEmpty()
                                                                      ? QStringLiteral("https://gitlab.com")
                                                                      : m_ui->serverEdit->text());
    if (!server.url.isValid()) {
        m_ui->createTokenLabel->setText(tr("No token yet? Create one with the api scope on your server."));
        return;
    }
    QUrl url = server.url;
    url.setPath(server.url.path() + QStringLiteral("/-/user_settings/personal_access_tokens"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QStringLiteral("LabDesk"));
    query.addQueryItem(QStringLiteral("scopes"), QStringLiteral("api,read_user,create_runner,read_repository,write_repository"));
    url.setQuery(query);
    m_ui->createTokenLabel->setText(
        tr("No token yet? <a href=\"%1\">Create one on %2</a> with the api scope.")
            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), Accounts::ServerUrl::displayName(server.url).toHtmlEscaped()));
}

} // namespace LabDesk::Ui
