#pragma once

#include "core/models/projectrequests.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class AddMemberDialog;
}

namespace LabDesk::Api {
class GitLabClient;
class Call;
} // namespace LabDesk::Api

namespace LabDesk::Ui {

// Adds a member to a group or project: search users by name or username (asked of the server
// after a short pause), pick one, choose a role (at most `maxLevel`: only owners make owners) and
// an optional expiry date.
class AddMemberDialog : public QDialog
{
    Q_OBJECT

public:
    AddMemberDialog(Api::GitLabClient *client, const Models::Source &source, int maxLevel, QWidget *parent = nullptr);
    ~AddMemberDialog() override;

    void setSearchText(const QString &text); // starts the search at once (tests, prefill)
    int resultCount() const;
    void selectResult(int row);
    void setLevel(int accessLevel);
    void accept() override;

Q_SIGNALS:
    void searchFinished();
    void memberAdded(int userId);

private:
    void search();
    void check();

    std::unique_ptr<::Ui::AddMemberDialog> m_ui;
    QPointer<Api::GitLabClient> m_client;
    QPointer<Api::Call> m_searchCall;
    Models::Source m_source;
    QTimer m_debounce;
    bool m_busy = false;
};

} // namespace LabDesk::Ui
