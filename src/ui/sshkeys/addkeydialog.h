#pragma once

#include "core/ssh/publickey.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AddKeyDialog;
}

namespace LabDesk::Api {
class GitLabClient;
}

namespace LabDesk::Ui {

// Adds a public key the user already has: pasted or read from a .pub file, checked as it is typed
// (PublicKey::parse) before anything is sent, then POST /user/keys with title, usage type and an
// optional expiry date. GitLab's refusals are shown in plain words and nothing typed is lost.
// accept()s once GitLab has the key.
class AddKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddKeyDialog(Api::GitLabClient *client, QWidget *parent = nullptr);
    ~AddKeyDialog() override;

    void setKeyText(const QString &text);
    QString errorText() const;
    void accept() override;

private:
    void chooseFile();
    void check();

    std::unique_ptr<::Ui::AddKeyDialog> m_ui;
    QPointer<Api::GitLabClient> m_client;
    Ssh::PublicKey m_key;
    bool m_titleEdited = false;
    bool m_busy = false;
};

} // namespace LabDesk::Ui
