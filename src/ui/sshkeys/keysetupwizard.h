#pragma once

#include "core/ssh/keysetup.h"

#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class KeySetupKeyPage;
class KeySetupUploadPage;
class KeySetupServerPage;
class KeySetupTestPage;
} // namespace Ui

namespace LabDesk::Api {
class GitLabClient;
}

namespace LabDesk::Ui {

// A wizard page whose completeness and Next action the wizard decides (pages are Designer forms;
// the logic lives in KeySetupWizard and Ssh::KeySetup).
class KeySetupPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> enter;

    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    void updateCompleteness() { Q_EMIT completeChanged(); }
};

// Sets up SSH access to the signed-in GitLab server, one step a page, over Ssh::KeySetup:
// choose or generate a key; upload it; confirm the host key and write a ~/.ssh/config entry when
// SSH is on another port or host; test the login; offer ssh-add. Long steps run in the
// background; Next waits for them and moves on when they succeed.
class KeySetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        KeyPage,
        UploadPage,
        ServerPage,
        TestPage,
    };

    explicit KeySetupWizard(Api::GitLabClient *client, QWidget *parent = nullptr);
    ~KeySetupWizard() override;

    Ssh::KeySetup *setup() const;

    // For screenshots: keeps ~/.ssh untouched (a temporary folder is used) and walks to `page`.
    void showPageForScreenshot(int page);

private:
    void setUpKeyPage();
    void setUpUploadPage();
    void setUpServerPage();
    void setUpTestPage();

    void fillExistingKeys();
    void updateKeyPage();
    bool validateKeyPage();
    bool validateUploadPage();
    void enterServerPage();
    void showHostKey(const Ssh::SshProbe::Result &result, Ssh::KnownHosts::Match match);
    bool validateServerPage();
    void enterTestPage();
    void showTestResult(const Ssh::SshProbe::Result &result);

    Ssh::KeySetup *m_setup;
    std::unique_ptr<::Ui::KeySetupKeyPage> m_keyUi;
    std::unique_ptr<::Ui::KeySetupUploadPage> m_uploadUi;
    std::unique_ptr<::Ui::KeySetupServerPage> m_serverUi;
    std::unique_ptr<::Ui::KeySetupTestPage> m_testUi;
    KeySetupPage *m_keyPage;
    KeySetupPage *m_uploadPage;
    KeySetupPage *m_serverPage;
    KeySetupPage *m_testPage;
    QList<Ssh::LocalKey> m_localKeys;
    bool m_discovered = false;
    bool m_busy = false;
    bool m_keyReady = false;
    bool m_uploaded = false;
    QString m_uploadedFingerprint;
    bool m_hostKeyFetched = false;
    Ssh::KnownHosts::Match m_hostKeyMatch = Ssh::KnownHosts::Match::Unknown;
    bool m_tested = false;
    int m_screenshotPage = -1;
    std::shared_ptr<void> m_screenshotFolder;
};

} // namespace LabDesk::Ui
