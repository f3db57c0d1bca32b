#pragma once

#include "shell/context.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QTreeView;

namespace Ui {
class AdminView;
}

namespace LabDesk::Models {
class AvatarCache;
class PendingUsersModel;
} // namespace LabDesk::Models

namespace LabDesk::Ui {

class FeaturePage;
class LoadState;

// The Admin page (administrators only; its page asks for that first): sign-ups waiting for
// approval, with approve and reject, and a link to the server's sign-up page to send new users.
class AdminView : public QWidget
{
    Q_OBJECT

public:
    AdminView(const Context &context, FeaturePage *page);
    ~AdminView() override;

    Models::PendingUsersModel *pendingUsers() const;
    QTreeView *pendingView() const;
    LoadState *pendingState() const;
    QString signUpUrl() const;
    QString statusText() const;

    void selectUser(int userId);
    void approveSelected();
    void rejectSelected();

Q_SIGNALS:
    void actionFinished(bool ok);

private:
    void onAccountChanged();
    void moderate(bool approve);
    void updateActions();
    void updateState();

    Context m_context;
    QPointer<FeaturePage> m_page;
    std::unique_ptr<::Ui::AdminView> m_ui;
    Models::AvatarCache *m_avatars;
    Models::PendingUsersModel *m_pending;
    QTreeView *m_view;
    LoadState *m_state;
    QString m_signUpUrl;
    bool m_busy = false;
};

} // namespace LabDesk::Ui
