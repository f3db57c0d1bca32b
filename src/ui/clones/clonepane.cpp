#include "clonepane.h"

#include "ui_clonepane.h"

#include "core/accounts/accountmanager.h"
#include "core/accounts/servertrust.h"
#include "core/app/backgroundtasks.h"
#include "core/git/knownhostspolicy.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QUrl>

namespace LabDesk::Ui {

namespace {

const QString ChooseKeyFile = QStringLiteral("\x01choose");
const QString BaseFolderKey = QStringLiteral("clones/baseFolder");
const QString ProtocolKey = QStringLiteral("clones/protocol");
const QString KeyPathKey = QStringLiteral("clones/keyPath");

bool sameServer(const QUrl &server, const Git::RemoteAddress &address)
{
    const int serverPort = server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
    return !address.isSsh && server.host().compare(address.host, Qt::CaseInsensitive) == 0
        && serverPort == address.port;
}

} // namespace

ClonePane::ClonePane(const Context &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ClonePane>())
    , m_context(context)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(title);
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    populateKeys();
    if (QSettings().value(ProtocolKey).toString() == QLatin1String("ssh"))
        m_ui->sshRadio->setChecked(true);

    connect(m_ui->cloneButton, &QPushButton::clicked, this, &ClonePane::startClone);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ClonePane::cancelClone);
    connect(m_ui->browseButton, &QToolButton::clicked, this, &ClonePane::chooseFolder);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, &ClonePane::urlEdited);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &ClonePane::updateState);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &ClonePane::updateState);
    connect(m_ui->sshRadio, &QRadioButton::toggled, this, &ClonePane::protocolToggled);
    connect(m_ui->keyCombo, &QComboBox::activated, this, &ClonePane::keyChosen);
    if (m_context.accounts)
        connect(m_context.accounts, &Accounts::AccountManager::activeAccountChanged, this, &ClonePane::updateState);
    updateState();
}

ClonePane::~ClonePane()
{
    if (m_job)
        m_job->cancel();
    if (m_task && m_context.tasks)
        m_context.tasks->finish(m_task);
}

bool ClonePane::isCloning() const
{
    return m_job && m_job->isRunning();
}

bool ClonePane::isSshSelected() const
{
    const Git::RemoteAddress address = Git::RemoteAddress::parse(m_ui->urlEdit->text());
    return address.isValid ? address.isSsh : m_ui->sshRadio->isChecked();
}

void ClonePane::setProject(const QString &httpUrl, const QString &sshUrl, const QString &pathWithNamespace)
{
    m_httpUrl = httpUrl;
    m_sshUrl = sshUrl;
    m_project = pathWithNamespace;
    const bool ssh = (m_ui->sshRadio->isChecked() && !sshUrl.isEmpty()) || httpUrl.isEmpty();
    {
        const QSignalBlocker blocker(m_ui->sshRadio);
        m_ui->sshRadio->setChecked(ssh);
        m_ui->httpsRadio->setChecked(!ssh);
    }
    m_ui->urlEdit->setText(ssh ? sshUrl : httpUrl);
    const QString folder = m_ui->folderEdit->text();
    if (folder.isEmpty() || folder == m_suggestedFolder) {
        m_suggestedFolder = suggestedFolder(pathWithNamespace);
        m_ui->folderEdit->setText(m_suggestedFolder);
    }
    m_ui->messageLabel->clear();
    m_ui->urlEdit->setFocus();
    updateState();
}

QString ClonePane::suggestedFolder(const QString &project) const
{
    const QString base
        = QSettings().value(BaseFolderKey, QString(QDir::homePath() + QStringLiteral("/src"))).toString();
    const QString name = project.section(QLatin1Char('/'), -1);
    if (name.isEmpty())
        return {};
    QString candidate = QDir(base).filePath(name);
    // Never propose a folder that already holds something.
    for (int i = 2; !Git::TransferJob::targetProblem(candidate).isEmpty() && i < 100; ++i)
        candidate = QDir(base).filePath(QStringLiteral("%1-%2").arg(name).arg(i));
    return QDir::toNativeSeparators(candidate);
}

void ClonePane::urlEdited(const QString &text)
{
    // A URL typed by hand is its own project; the protocol follows it.
    m_httpUrl.clear();
    m_sshUrl.clear();
    m_project = Git::ClonesModel::projectFromUrl(text);
    const Git::RemoteAddress address = Git::RemoteAddress::parse(text);
    if (address.isValid) {
        const QSignalBlocker blocker(m_ui->sshRadio);
        m_ui->sshRadio->setChecked(address.isSsh);
        m_ui->httpsRadio->setChecked(!address.isSsh);
    }
    const QString folder = m_ui->folderEdit->text();
    if (!m_project.isEmpty() && (folder.isEmpty() || folder == m_suggestedFolder)) {
        m_suggestedFolder = suggestedFolder(m_project);
        m_ui->folderEdit->setText(m_suggestedFolder);
    }
    updateState();
}

void ClonePane::protocolToggled()
{
    const bool ssh = m_ui->sshRadio->isChecked();
    QSettings().setValue(ProtocolKey, ssh ? QStringLiteral("ssh") : QStringLiteral("https"));
    const QString other = ssh ? m_sshUrl : m_httpUrl;
    if (!other.isEmpty())
        m_ui->urlEdit->setText(other);
    updateState();
}

void ClonePane::populateKeys()
{
    QComboBox *combo = m_ui->keyCombo;
    const QString previous
        = combo->count() ? combo->currentData().toString() : QSettings().value(KeyPathKey).toString();
    combo->clear();
    combo->addItem(tr("SSH agent"), QString());
    const QDir ssh(QDir::homePath() + QStringLiteral("/.ssh"));
    const QStringList publicKeys = ssh.entryList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name);
    for (const QString &publicKey : publicKeys) {
        const QString privateKey = ssh.filePath(publicKey.chopped(4));
        if (!QFileInfo::exists(privateKey))
            continue;
        QFile file(ssh.filePath(publicKey));
        const QByteArray type
            = file.open(QIODevice::ReadOnly) ? file.readLine().split(' ').value(0).trimmed() : QByteArray();
        // libssh2 signs RSA only with SHA-1, which current OpenSSH servers refuse.
        const QString label = type == "ssh-rsa"
            ? tr("%1 (RSA: refused by current OpenSSH servers)").arg(publicKey.chopped(4))
            : publicKey.chopped(4);
        combo->addItem(label, privateKey);
    }
    if (!previous.isEmpty() && combo->findData(previous) < 0)
        combo->addItem(QFileInfo(previous).fileName(), previous);
    combo->addItem(tr("Choose a key file…"), ChooseKeyFile);
    const int index = combo->findData(previous);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 2 ? 1 : 0));
}

void ClonePane::keyChosen(int index)
{
    if (m_ui->keyCombo->itemData(index).toString() != ChooseKeyFile) {
        QSettings().setValue(KeyPathKey, m_ui->keyCombo->itemData(index).toString());
        updateState();
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Choose a Private Key"), QDir::homePath() + QStringLiteral("/.ssh"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::Files | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(KeyPathKey, path);
        populateKeys();
        m_ui->keyCombo->setCurrentIndex(m_ui->keyCombo->findData(path));
        updateState();
    });
    connect(dialog, &QFileDialog::rejected, this, [this] {
        m_ui->keyCombo->setCurrentIndex(m_ui->keyCombo->findData(QSettings().value(KeyPathKey).toString()));
    });
    dialog->open();
}

void ClonePane::chooseFolder()
{
    const QString current = m_ui->folderEdit->text();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Clone Into Folder"), start);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        // A chosen non-empty folder (the usual "where my projects live") gets the project's name below it.
        const QString name = m_project.section(QLatin1Char('/'), -1);
        const bool useAsParent = !Git::TransferJob::targetProblem(path).isEmpty() && !name.isEmpty();
        m_ui->folderEdit->setText(QDir::toNativeSeparators(useAsParent ? QDir(path).filePath(name) : path));
    });
    dialog->open();
}

void ClonePane::updateState()
{
    const bool busy = isCloning();
    const bool ssh = isSshSelected();
    m_ui->keyCombo->setEnabled(ssh && !busy);
    m_ui->keyLabel->setEnabled(ssh);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->urlEdit), static_cast<QWidget *>(m_ui->httpsRadio),
                            static_cast<QWidget *>(m_ui->sshRadio), static_cast<QWidget *>(m_ui->folderEdit),
                            static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->branchEdit),
                            static_cast<QWidget *>(m_ui->submodulesCheck)})
        widget->setEnabled(!busy);
    m_ui->cloneButton->setVisible(!busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cloneButton->setEnabled(!m_ui->urlEdit->text().trimmed().isEmpty()
                                  && !m_ui->folderEdit->text().trimmed().isEmpty());

    const Git::RemoteAddress address = Git::RemoteAddress::parse(m_ui->urlEdit->text());
    QString note;
    if (ssh) {
        const QString key = m_ui->keyCombo->currentData().toString();
        note = key.isEmpty() ? tr("SSH signs in with the keys of your running ssh-agent.")
                             : tr("SSH signs in with the key %1.").arg(QDir::toNativeSeparators(key));
    } else if (address.isValid && m_context.accounts && m_context.accounts->hasActiveAccount()
               && sameServer(m_context.accounts->activeAccount().server, address)) {
        note = tr("HTTPS signs in as %1 with your access token. The token is handed to Git only while cloning; "
                  "it is never written to the repository's configuration.")
                   .arg(m_context.accounts->activeAccount().username);
    } else if (address.isValid) {
        note = tr("You are not signed in to %1: the clone is anonymous and works for public projects only.")
                   .arg(address.host);
    }
    m_ui->authLabel->setText(note);
}

void ClonePane::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    QFont font = m_ui->messageLabel->font();
    font.setBold(error);
    m_ui->messageLabel->setFont(font);
}

void ClonePane::startClone()
{
    if (isCloning())
        return;
    m_ui->messageLabel->clear();
    m_ui->messageLabel->setToolTip(QString());
    const QString url = m_ui->urlEdit->text().trimmed();
    const Git::RemoteAddress address = Git::RemoteAddress::parse(url);
    if (!address.isValid) {
        showMessage(tr("“%1” is not a clone address. Use https://…, ssh://… or user@host:path.").arg(url), true);
        return;
    }
    const QString folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    const QString problem = Git::TransferJob::targetProblem(folder);
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }

    Git::CloneRequest request;
    request.url = url;
    request.targetPath = QDir::cleanPath(QDir(folder).absolutePath());
    request.branch = m_ui->branchEdit->text().trimmed();
    request.submodules = m_ui->submodulesCheck->isChecked();
    if (m_context.accounts) {
        for (const Accounts::ServerTrust::Pin &pin : m_context.accounts->trust()->pins())
            request.auth.pins.append({pin.host, pin.port, pin.sha256});
    }
    if (address.isSsh) {
        const QString key = m_ui->keyCombo->currentData().toString();
        request.auth.method = key.isEmpty() ? Git::RemoteAuth::Method::SshAgent : Git::RemoteAuth::Method::SshKey;
        request.auth.privateKeyPath = key;
        Git::useKnownHosts(request.auth);
        launch(request, {});
        return;
    }
    if (!m_context.accounts || !m_context.accounts->hasActiveAccount()
        || !sameServer(m_context.accounts->activeAccount().server, address)) {
        launch(request, {});
        return;
    }
    // The token comes from the keychain (asynchronously) and goes straight into the request.
    const Accounts::Account account = m_context.accounts->activeAccount();
    m_ui->cloneButton->setEnabled(false);
    QPointer<ClonePane> self(this);
    m_context.accounts->tokenStore()->read(
        account.key(), [self, request, account](const Accounts::TokenStore::Result &result) mutable {
            if (!self)
                return;
            QString note;
            if (result.ok) {
                request.auth.method = Git::RemoteAuth::Method::Token;
                request.auth.username = account.username;
                request.auth.token = result.token;
            } else {
                note = tr("Your token could not be read from the keychain; cloning anonymously.");
            }
            self->launch(request, note);
        });
}

void ClonePane::launch(Git::CloneRequest request, const QString &note)
{
    m_request = request;
    m_request.auth.token.clear(); // keep no copy of the token here
    auto *job = new Git::TransferJob(this);
    m_job = job;
    connect(job, &Git::TransferJob::progressChanged, this, &ClonePane::showProgress);
    connect(job, &Git::TransferJob::hostKeyConfirmationRequested, this, &ClonePane::askHostKey);
    connect(job, &Git::TransferJob::finished, this, &ClonePane::finish);
    const QString name = m_project.isEmpty() ? QFileInfo(request.targetPath).fileName() : m_project;
    if (m_context.tasks) {
        QPointer<Git::TransferJob> guarded(job);
        m_task = m_context.tasks->start(tr("Cloning %1").arg(name), [guarded] {
            if (guarded)
                guarded->cancel();
        });
    }
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->show();
    m_ui->progressLabel->setText(Git::TransferJob::phaseText(Git::TransferProgress::Phase::Connecting));
    if (!note.isEmpty())
        showMessage(note, false);
    QSettings().setValue(BaseFolderKey, QFileInfo(request.targetPath).absolutePath());
    job->startClone(request);
    updateState();
    Q_EMIT cloningChanged(true);
}

void ClonePane::cancelClone()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_ui->progressLabel->setText(tr("Canceling…"));
    m_ui->cancelButton->setEnabled(false);
}

void ClonePane::showProgress(const Git::TransferProgress &progress)
{
    const QLocale locale;
    QString text;
    int value = 0;
    int maximum = 0;
    switch (progress.phase) {
    case Git::TransferProgress::Phase::Connecting:
        text = Git::TransferJob::phaseText(progress.phase);
        break;
    case Git::TransferProgress::Phase::Receiving:
        text = tr("Receiving objects: %1 of %2 (%3, %4/s)")
                   .arg(locale.toString(progress.receivedObjects), locale.toString(progress.totalObjects),
                        locale.formattedDataSize(progress.receivedBytes),
                        locale.formattedDataSize(qint64(progress.bytesPerSecond)));
        value = int(progress.receivedObjects);
        maximum = int(progress.totalObjects);
        break;
    case Git::TransferProgress::Phase::Resolving:
        text = tr("Resolving deltas: %1 of %2 (%3 received)")
                   .arg(locale.toString(progress.indexedDeltas), locale.toString(progress.totalDeltas),
                        locale.formattedDataSize(progress.receivedBytes));
        value = int(progress.indexedDeltas);
        maximum = int(progress.totalDeltas);
        break;
    case Git::TransferProgress::Phase::CheckingOut:
        text = tr("Checking out files: %1 of %2")
                   .arg(locale.toString(progress.checkedOutFiles), locale.toString(progress.totalFiles));
        value = int(progress.checkedOutFiles);
        maximum = int(progress.totalFiles);
        break;
    case Git::TransferProgress::Phase::Submodules:
        text = tr("Cloning submodule %1").arg(progress.submodule);
        break;
    }
    m_ui->progressBar->setRange(0, maximum);
    m_ui->progressBar->setValue(value);
    m_ui->progressLabel->setText(text);
    if (m_task && m_context.tasks)
        m_context.tasks->setProgress(m_task, value, maximum);
}

void ClonePane::askHostKey(const Git::HostKeyInfo &key)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unknown SSH Host"),
                                tr("LabDesk has never connected to %1 before.\n\nIts %2 host key has the "
                                   "fingerprint\n%3\n\nCompare it with the one your server's administrator "
                                   "published. Trust this key and continue? It will be added to "
                                   "~/.ssh/known_hosts.")
                                    .arg(key.displayHost(), QString::fromLatin1(key.type), key.sha256Fingerprint),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("Trust and Continue"));
    box->button(QMessageBox::No)->setText(tr("Do Not Connect"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPointer<Git::TransferJob> job(m_job);
    connect(box, &QMessageBox::finished, this, [job, box] {
        if (job)
            job->answerHostKey(box->clickedButton() == box->button(QMessageBox::Yes));
    });
    box->open();
}

void ClonePane::finish(const Git::TransferJob::Result &result)
{
    if (m_task && m_context.tasks)
        m_context.tasks->finish(m_task);
    m_task = 0;
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_ui->progressBar->hide();
    m_ui->cancelButton->setEnabled(true);
    m_ui->progressLabel->clear();
    if (result.isOk()) {
        showMessage(tr("Cloned into %1.").arg(QDir::toNativeSeparators(result.path)), false);
        Git::CloneEntry entry;
        entry.path = result.path;
        entry.project = m_project.isEmpty() ? Git::ClonesModel::projectFromUrl(m_request.url) : m_project;
        const Git::RemoteAddress address = Git::RemoteAddress::parse(m_request.url);
        entry.url = address.url;
        entry.protocol = address.isSsh ? QStringLiteral("ssh") : QStringLiteral("https");
        entry.keyPath = m_request.auth.privateKeyPath;
        Q_EMIT cloned(entry);
        m_ui->folderEdit->clear();
        m_suggestedFolder.clear();
    } else if (result.error == Git::TransferJob::Error::Canceled) {
        showMessage(tr("Canceled. The partial clone was removed."), false);
    } else {
        showMessage(result.message, true);
        m_ui->messageLabel->setToolTip(result.details);
    }
    updateState();
    Q_EMIT cloningChanged(false);
}

} // namespace LabDesk::Ui
