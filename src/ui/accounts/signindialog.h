#pragma once

#include "core/accounts/servertrust.h"
#include "core/accounts/signincheck.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace LabDesk::Accounts {
class AccountManager;
class Doctor;
} // namespace LabDesk::Accounts

namespace LabDesk::Ui {

// Sign in with a server address and a personal access token. Checks them against the server
// (SignInCheck) before saving anything; explains an untrusted certificate and offers to trust it
// for this server only; shows which features need scopes the token lacks and warns before it
// expires; runs the connection doctor on request or after a failure; falls back to a
// session-only sign-in, with the user's consent, when the keychain cannot be used. What the user
// typed stays in the fields whatever fails.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Accounts::AccountManager *accounts, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServer(const QString &server);
    void setToken(const QString &token);
    QString message() const;

    void accept() override;

private:
    enum class Stage {
        Editing,
        Checking,
        Confirming, // checked, with warnings the user has to see once
        Saving,
    };

    void setStage(Stage stage);
    void showMessage(const QString &text, bool isError);
    void startCheck();
    void onChecked(const Accounts::SignInResult &result);
    void save(bool sessionOnly);
    void runDoctor();
    void showCertificate(const Accounts::CertificateProblem &problem);
    void trustCertificate();
    void importCaCertificate();
    void updateCreateTokenLink();

    std::unique_ptr<::Ui::SignInDialog> m_ui;
    Accounts::AccountManager *m_accounts;
    Stage m_stage = Stage::Editing;
    Accounts::SignInResult m_result;
    Accounts::CertificateProblem m_certificate;
    Accounts::Doctor *m_doctor = nullptr;
};

} // namespace LabDesk::Ui
