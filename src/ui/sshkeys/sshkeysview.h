#pragma once

#include "shell/context.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace LabDesk::Api {
class PagedCall;
}

namespace LabDesk::Ui {

class EmptyState;
class FeaturePage;
class SshKeysModel;

// The SSH Keys page: the signed-in user's keys (/user/keys) with type, fingerprint, usage and
// expiry; adds an existing public key, deletes a key after confirmation, and starts the key-setup
// wizard. Shows loading, empty and error (with Retry) states, and follows the active account.
class SshKeysView : public QWidget
{
    Q_OBJECT

public:
    SshKeysView(const Context &context, FeaturePage *page);

    SshKeysModel *model() const;
    void reload();

    // For --screenshot with LABDESK_SCREENSHOT_DIALOG: "add-key", "key-setup" or
    // "key-setup:N" (the wizard at page N). Returns the opened dialog.
    Q_INVOKABLE QWidget *openDialogForScreenshot(const QString &name);

public Q_SLOTS:
    void addKey();
    void startWizard();
    void deleteSelectedKey();

private:
    enum class State {
        Loading,
        Empty,
        Error,
        List,
    };
    void setState(State state, const QString &message = QString());
    void updateButtons();

    Context m_context;
    QPointer<FeaturePage> m_page;
    SshKeysModel *m_model;
    QStackedWidget *m_stack;
    QTreeView *m_list;
    QLabel *m_loading;
    EmptyState *m_empty;
    EmptyState *m_error;
    QPushButton *m_wizardButton;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QPushButton *m_refreshButton;
    QPointer<Api::PagedCall> m_call;
};

} // namespace LabDesk::Ui
