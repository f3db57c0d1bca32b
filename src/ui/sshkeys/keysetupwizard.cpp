#include "keysetupwizard.h"

#include "ui_keysetupkeypage.h"
#include "ui_keysetupserverpage.h"
#include "ui_keysetuptestpage.h"
#include "ui_keysetupuploadpage.h"

#include "core/api/gitlabclient.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

namespace LabDesk::Ui {

using Ssh::KnownHosts;
using Ssh::SshProbe;

KeySetupWizard::KeySetupWizard(Api::GitLabClient *client, QWidget *parent)
    : QWizard(parent)
    , m_setup(new Ssh::KeySetup(client, this))
    , m_keyUi(std::make_unique<::Ui::KeySetupKeyPage>())
    , m_uploadUi(std::make_unique<::Ui::KeySetupUploadPage>())
    , m_serverUi(std::make_unique<::Ui::KeySetupServerPage>())
    , m_testUi(std::make_unique<::Ui::KeySetupTestPage>())
    , m_keyPage(new KeySetupPage(this))
    , m_uploadPage(new KeySetupPage(this))
    , m_serverPage(new KeySetupPage(this))
    , m_testPage(new KeySetupPage(this))
{
    setWindowTitle(tr("Set Up SSH Key"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(680, 560);
    setPage(KeyPage, m_keyPage);
    setPage(UploadPage, m_uploadPage);
    setPage(ServerPage, m_serverPage);
    setPage(TestPage, m_testPage);
    setUpKeyPage();
    setUpUploadPage();
    setUpServerPage();
    setUpTestPage();
    setProperty("screenshotReady", true);

    connect(m_setup, &Ssh::KeySetup::serverDiscovered, this, [this] {
        m_discovered = true;
        if (currentId() == ServerPage)
            enterServerPage();
    });
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (m_screenshotPage > currentId() && !m_busy && currentPage() && currentPage()->isComplete())
            QTimer::singleShot(0, this, &QWizard::next);
    });
    m_setup->discoverServer();
}

KeySetupWizard::~KeySetupWizard() = default;

Ssh::KeySetup *KeySetupWizard::setup() const
{
    return m_setup;
}

// ---- Step 1: the key ----------------------------------------------------------------------

void KeySetupWizard::setUpKeyPage()
{
    m_keyUi->setupUi(m_keyPage);
    m_keyUi->commentEdit->setText(Ssh::KeyGenerator::defaultComment());
    fillExistingKeys();
    m_keyPage->complete = [this] {
        if (m_busy)
            return false;
        if (m_keyUi->generateRadio->isChecked())
            return !m_keyUi->pathEdit->text().trimmed().isEmpty()
                && m_keyUi->passphraseEdit->text() == m_keyUi->confirmEdit->text();
        return m_keyUi->existingList->currentRow() >= 0;
    };
    m_keyPage->validate = [this] {
        return validateKeyPage();
    };
    for (QLineEdit *edit : {m_keyUi->pathEdit, m_keyUi->passphraseEdit, m_keyUi->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &KeySetupWizard::updateKeyPage);
    connect(m_keyUi->generateRadio, &QRadioButton::toggled, this, &KeySetupWizard::updateKeyPage);
    connect(m_keyUi->existingList, &QListWidget::currentRowChanged, this, &KeySetupWizard::updateKeyPage);
    connect(m_setup, &Ssh::KeySetup::keyGenerated, this, [this](bool ok, const QString &error) {
        m_busy = false;
        if (!ok) {
            m_keyUi->statusLabel->setText(error);
            updateKeyPage();
            return;
        }
        m_keyReady = true;
        m_keyUi->generateBox->setEnabled(false);
        m_keyUi->statusLabel->setText(tr("Created %1 and %1.pub.").arg(m_setup->privateKeyPath()));
        updateKeyPage();
        next();
    });
    updateKeyPage();
}

void KeySetupWizard::fillExistingKeys()
{
    m_localKeys = m_setup->localKeys();
    m_keyUi->existingList->clear();
    int preferred = -1;
    for (int i = 0; i < m_localKeys.size(); ++i) {
        const Ssh::LocalKey &key = m_localKeys.at(i);
        QString text
            = QStringLiteral("%1 — %2 %3")
                  .arg(QFileInfo(key.privateKeyPath).fileName(), key.key.displayType(), key.key.sha256Fingerprint());
        if (key.encrypted)
            text += QLatin1Char(' ') + tr("(passphrase)");
        m_keyUi->existingList->addItem(text);
        if (preferred < 0 && !key.key.isRsa())
            preferred = i;
    }
    const bool any = !m_localKeys.isEmpty();
    m_keyUi->existingRadio->setEnabled(any);
    m_keyUi->existingRadio->setText(any ? tr("&Use a key I already have")
                                        : tr("&Use a key I already have (none found in %1)").arg(m_setup->sshFolder()));
    if (preferred >= 0) {
        m_keyUi->existingRadio->setChecked(true);
        m_keyUi->existingList->setCurrentRow(preferred);
    } else {
        m_keyUi->generateRadio->setChecked(true);
    }
    m_keyUi->pathEdit->setText(QDir::toNativeSeparators(m_setup->proposedKeyPath()));
}

void KeySetupWizard::updateKeyPage()
{
    const bool generate = m_keyUi->generateRadio->isChecked();
    m_keyUi->generateBox->setEnabled(generate && !m_keyReady && !m_busy);
    m_keyUi->existingBox->setEnabled(!generate && !m_busy);

    const int row = m_keyUi->existingList->currentRow();
    const bool encrypted = !generate && row >= 0 && m_localKeys.at(row).encrypted;
    m_keyUi->existingPassphraseLabel->setVisible(encrypted);
    m_keyUi->existingPassphraseEdit->setVisible(encrypted);

    const QString passphrase = m_keyUi->passphraseEdit->text();
    QString hint;
    if (passphrase != m_keyUi->confirmEdit->text() && !m_keyUi->confirmEdit->text().isEmpty()) {
        hint = tr("The two passphrases differ.");
    } else {
        switch (Ssh::KeyGenerator::passphraseStrength(passphrase)) {
        case Ssh::KeyGenerator::Strength::None:
            hint = tr("Without a passphrase, anyone who copies the key file can use it.");
            break;
        case Ssh::KeyGenerator::Strength::Weak:
            hint = tr("Strength: weak. Use a longer passphrase, for example a few unrelated words.");
            break;
        case Ssh::KeyGenerator::Strength::Fair:
            hint = tr("Strength: fair.");
            break;
        case Ssh::KeyGenerator::Strength::Strong:
            hint = tr("Strength: strong.");
            break;
        }
    }
    m_keyUi->strengthLabel->setText(hint);

    const bool rsa = !generate && row >= 0 && m_localKeys.at(row).key.isRsa();
    m_keyUi->noteLabel->setText(rsa ? tr("Note: RSA keys cannot sign in to current OpenSSH servers through LabDesk's "
                                         "git transport (it signs only with SHA-1). Generate an ED25519 key instead.")
                                    : QString());
    m_keyUi->noteLabel->setVisible(rsa);
    m_keyPage->updateCompleteness();
}

bool KeySetupWizard::validateKeyPage()
{
    if (m_busy)
        return false;
    if (m_keyUi->existingRadio->isChecked()) {
        const int row = m_keyUi->existingList->currentRow();
        if (row < 0)
            return false;
        m_setup->useExistingKey(m_localKeys.at(row), m_keyUi->existingPassphraseEdit->text());
        m_keyReady = false; // a generated key, if any, is not the one in use now
        return true;
    }
    const QString path = QDir::fromNativeSeparators(m_keyUi->pathEdit->text().trimmed());
    if (m_keyReady && path == m_setup->privateKeyPath())
        return true;
    if (QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".pub"))) {
        const QFileInfo info(path);
        const QString proposal = Ssh::KeyGenerator::proposePath(info.absolutePath(), info.fileName());
        m_keyUi->pathEdit->setText(QDir::toNativeSeparators(proposal));
        m_keyUi->statusLabel->setText(
            tr("%1 already exists and LabDesk never overwrites a key. The new key will be %2; press Next again.")
                .arg(path, proposal));
        return false;
    }
    m_busy = true;
    m_keyUi->statusLabel->setText(tr("Generating the key…"));
    updateKeyPage();
    m_setup->generateKey(path, m_keyUi->passphraseEdit->text(), m_keyUi->commentEdit->text());
    return false;
}

// ---- Step 2: upload -----------------------------------------------------------------------

void KeySetupWizard::setUpUploadPage()
{
    m_uploadUi->setupUi(m_uploadPage);
    m_uploadUi->usageCombo->addItem(tr("Authentication & signing"), QStringLiteral("auth_and_signing"));
    m_uploadUi->usageCombo->addItem(tr("Authentication"), QStringLiteral("auth"));
    m_uploadUi->usageCombo->addItem(tr("Signing"), QStringLiteral("signing"));
    m_uploadUi->expiresEdit->setMinimumDate(QDate::currentDate().addDays(1));
    m_uploadUi->expiresEdit->setDate(QDate::currentDate().addYears(1));
    m_uploadUi->titleEdit->setText(tr("LabDesk on %1").arg(QHostInfo::localHostName()));
    connect(m_uploadUi->expiresCheck, &QCheckBox::toggled, m_uploadUi->expiresEdit, &QWidget::setEnabled);
    connect(m_uploadUi->titleEdit, &QLineEdit::textChanged, m_uploadPage, &KeySetupPage::updateCompleteness);
    m_uploadPage->enter = [this] {
        const Ssh::PublicKey key = m_setup->publicKey();
        m_uploadUi->keyLabel->setText(
            tr("Key: %1 %2\nFile: %3")
                .arg(key.displayType(), key.sha256Fingerprint(), QDir::toNativeSeparators(m_setup->privateKeyPath())));
        m_uploadUi->statusLabel->clear();
    };
    m_uploadPage->complete = [this] {
        return !m_busy && !m_uploadUi->titleEdit->text().trimmed().isEmpty();
    };
    m_uploadPage->validate = [this] {
        return validateUploadPage();
    };
    connect(m_setup, &Ssh::KeySetup::keyUploaded, this, [this](bool ok, bool alreadyPresent, const QString &message) {
        m_busy = false;
        m_uploadPage->updateCompleteness();
        m_uploadUi->statusLabel->setText(message);
        if (!ok)
            return;
        m_uploaded = true;
        m_uploadedFingerprint = m_setup->publicKey().sha256Fingerprint();
        Q_UNUSED(alreadyPresent)
        next();
    });
}

bool KeySetupWizard::validateUploadPage()
{
    if (m_busy)
        return false;
    // next() after a successful upload validates the page again.
    if (m_uploaded && m_uploadedFingerprint == m_setup->publicKey().sha256Fingerprint())
        return true;
    m_busy = true;
    m_uploadPage->updateCompleteness();
    m_uploadUi->statusLabel->setText(tr("Adding the key to GitLab…"));
    m_setup->uploadKey(m_uploadUi->titleEdit->text().trimmed(),
                       m_uploadUi->expiresCheck->isChecked() ? m_uploadUi->expiresEdit->date() : QDate(),
                       m_uploadUi->usageCombo->currentData().toString());
    return false;
}

// ---- Step 3: host key and ssh config --------------------------------------------------------

void KeySetupWizard::setUpServerPage()
{
    m_serverUi->setupUi(m_serverPage);
    m_serverPage->enter = [this] {
        enterServerPage();
    };
    m_serverPage->complete = [this] {
        if (m_busy || !m_hostKeyFetched)
            return false;
        return m_hostKeyMatch == KnownHosts::Match::Known
            || (m_hostKeyMatch == KnownHosts::Match::Unknown && m_serverUi->confirmCheck->isChecked());
    };
    m_serverPage->validate = [this] {
        return validateServerPage();
    };
    connect(m_serverUi->confirmCheck, &QCheckBox::toggled, m_serverPage, &KeySetupPage::updateCompleteness);
    connect(m_serverUi->retryButton, &QPushButton::clicked, this, &KeySetupWizard::enterServerPage);
    // The address found in the clone URLs can be wrong (no project yet, a proxy in between): let
    // the user point the wizard elsewhere.
    connect(m_serverUi->connectButton, &QPushButton::clicked, this, [this] {
        Ssh::ServerAddress address = m_setup->server();
        address.host = m_serverUi->hostEdit->text().trimmed();
        address.port = m_serverUi->portSpin->value();
        if (address.host.isEmpty())
            return;
        m_setup->setServer(address);
        enterServerPage();
    });
    connect(m_setup, &Ssh::KeySetup::hostKeyFetched, this, &KeySetupWizard::showHostKey);
}

void KeySetupWizard::enterServerPage()
{
    m_hostKeyFetched = false;
    m_serverUi->confirmCheck->setChecked(false);
    m_serverUi->confirmCheck->hide();
    m_serverUi->retryButton->hide();
    m_serverUi->statusLabel->clear();
    if (!m_discovered) {
        m_serverUi->addressLabel->setText(tr("Looking up GitLab's SSH server…"));
        m_serverUi->hostKeyBox->hide();
        m_serverUi->configBox->hide();
        m_serverPage->updateCompleteness();
        return;
    }
    const Ssh::ServerAddress address = m_setup->server();
    m_serverUi->hostEdit->setText(address.host);
    m_serverUi->portSpin->setValue(address.port);
    QString text = tr("GitLab's SSH server: %1@%2, port %3.").arg(address.user, address.host).arg(address.port);
    if (m_setup->cloneHost() != address.host)
        text += QLatin1Char(' ')
            + tr("Clone URLs name %1, which this computer cannot find; LabDesk connects to %2 instead.")
                  .arg(m_setup->cloneHost(), address.host);
    m_serverUi->addressLabel->setText(text);

    const bool needsConfig = m_setup->needsConfigEntry();
    m_serverUi->configBox->setVisible(needsConfig);
    if (needsConfig) {
        m_serverUi->configLabel->setText(
            tr("SSH runs on port %1 here, so short clone URLs such as git@%2:group/project.git need this entry in "
               "your SSH configuration. Other entries stay as they are.")
                .arg(address.port)
                .arg(m_setup->cloneHost()));
        m_serverUi->configPreview->setPlainText(Ssh::SshConfig::render(m_setup->configEntry()));
    }
    m_serverUi->hostKeyBox->show();
    m_serverUi->hostKeyLabel->setText(tr("Asking %1 for its host key…").arg(address.host));
    m_busy = true;
    m_serverUi->connectButton->setEnabled(false);
    m_serverPage->updateCompleteness();
    m_setup->fetchHostKey();
}

void KeySetupWizard::showHostKey(const SshProbe::Result &result, KnownHosts::Match match)
{
    m_busy = false;
    m_serverUi->connectButton->setEnabled(true);
    m_hostKeyFetched = result.isSuccess();
    m_hostKeyMatch = match;
    if (!result.isSuccess()) {
        m_serverUi->hostKeyLabel->setText(result.explanation());
        m_serverUi->retryButton->show();
    } else if (match == KnownHosts::Match::Known) {
        m_serverUi->hostKeyLabel->setText(tr("The server's %1 key is already in known_hosts:\n%2")
                                              .arg(result.hostKey.type, result.hostKey.sha256Fingerprint()));
    } else if (match == KnownHosts::Match::Unknown) {
        m_serverUi->hostKeyLabel->setText(
            tr("This is the first connection to %1. Its %2 key has the fingerprint\n\n%3\n\nCompare it with the "
               "fingerprint your GitLab administrator published (GitLab shows it under Help > Instance "
               "configuration) before you continue.")
                .arg(result.address.host, result.hostKey.type, result.hostKey.sha256Fingerprint()));
        m_serverUi->confirmCheck->show();
    } else {
        SshProbe::Result changed = result;
        changed.outcome = SshProbe::Outcome::HostKeyChanged;
        m_serverUi->hostKeyLabel->setText(changed.explanation());
        m_serverUi->retryButton->show();
    }
    m_serverPage->updateCompleteness();
    if (m_screenshotPage >= 0)
        setProperty("screenshotReady", true);
}

bool KeySetupWizard::validateServerPage()
{
    // A changed or unconfirmed host key never lets the wizard on, whatever calls next().
    if (!m_serverPage->isComplete())
        return false;
    QString error;
    if (m_serverUi->configBox->isVisible() && m_serverUi->configCheck->isChecked()) {
        QString backup;
        switch (m_setup->writeConfigEntry(&backup, &error)) {
        case Ssh::SshConfig::Result::Failed:
            m_serverUi->statusLabel->setText(error);
            return false;
        case Ssh::SshConfig::Result::UserEntry:
            m_serverUi->statusLabel->setText(
                tr("Your SSH configuration already has its own entry for %1; LabDesk left it unchanged.")
                    .arg(m_setup->cloneHost()));
            break;
        case Ssh::SshConfig::Result::Written:
        case Ssh::SshConfig::Result::Unchanged:
            break;
        }
    }
    if (m_hostKeyMatch == KnownHosts::Match::Unknown && !m_setup->trustHostKey(&error)) {
        m_serverUi->statusLabel->setText(tr("Cannot add the host key to known_hosts: %1").arg(error));
        return false;
    }
    return true;
}

// ---- Step 4: test -------------------------------------------------------------------------

void KeySetupWizard::setUpTestPage()
{
    m_testUi->setupUi(m_testPage);
    m_testPage->enter = [this] {
        enterTestPage();
    };
    m_testPage->complete = [this] {
        return !m_busy;
    };
    connect(m_testUi->retryButton, &QPushButton::clicked, this, &KeySetupWizard::enterTestPage);
    connect(m_setup, &Ssh::KeySetup::tested, this, &KeySetupWizard::showTestResult);
    connect(m_testUi->agentButton, &QPushButton::clicked, this, [this] {
        m_testUi->agentButton->setEnabled(false);
        m_testUi->agentLabel->setText(tr("Adding the key to ssh-agent…"));
        m_setup->addToAgent();
    });
    connect(m_setup, &Ssh::KeySetup::addedToAgent, this, [this](bool ok, const QString &error) {
        m_testUi->agentButton->setEnabled(!ok);
        m_testUi->agentLabel->setText(ok ? tr("The key is in your ssh-agent until you log out.") : error);
    });
}

void KeySetupWizard::enterTestPage()
{
    m_busy = true;
    m_tested = false;
    m_testUi->retryButton->setEnabled(false);
    m_testUi->resultLabel->setText(tr("Signing in to GitLab over SSH…"));
    m_testUi->summaryLabel->clear();
    const bool agent = Ssh::KeySetup::agentAvailable();
    m_testUi->agentButton->setVisible(agent);
    m_testUi->agentLabel->setText(agent ? tr("Add the key to your running ssh-agent so git does not ask for the "
                                             "passphrase each time.")
                                        : tr("No ssh-agent is running, so git will ask for the key's passphrase "
                                             "when it needs it."));
    m_testPage->updateCompleteness();
    m_setup->testLogin();
}

void KeySetupWizard::showTestResult(const SshProbe::Result &result)
{
    m_busy = false;
    m_tested = true;
    m_testUi->retryButton->setEnabled(true);
    m_testUi->resultLabel->setText(result.explanation());
    if (result.isSuccess()) {
        const Ssh::ServerAddress address = m_setup->server();
        const QString url = address.port == 22
            ? QStringLiteral("%1@%2:group/project.git").arg(address.user, m_setup->cloneHost())
            : QStringLiteral("ssh://%1@%2:%3/group/project.git")
                  .arg(address.user, m_setup->cloneHost())
                  .arg(address.port);
        m_testUi->summaryLabel->setText(tr("Done. Clone over SSH with URLs such as %1, with the key %2.")
                                            .arg(url, QDir::toNativeSeparators(m_setup->privateKeyPath())));
    }
    m_testPage->updateCompleteness();
}

// ---- Screenshots --------------------------------------------------------------------------

void KeySetupWizard::showPageForScreenshot(int page)
{
    // Nothing of the user's ~/.ssh is read or written for a picture.
    auto folder = std::make_shared<QTemporaryDir>();
    m_screenshotFolder = folder;
    m_setup->setSshFolder(folder->path());
    fillExistingKeys();
    m_keyUi->generateRadio->setChecked(true);
    m_screenshotPage = qBound(0, page, int(TestPage));
    if (m_screenshotPage > KeyPage) {
        setProperty("screenshotReady", false);
        connect(this, &QWizard::currentIdChanged, this, [this](int id) {
            if (id == m_screenshotPage && id != ServerPage && id != TestPage)
                setProperty("screenshotReady", true);
        });
        connect(m_setup, &Ssh::KeySetup::tested, this, [this] { setProperty("screenshotReady", true); });
        QTimer::singleShot(0, this, &QWizard::next);
    }
}

} // namespace LabDesk::Ui
