#pragma once

#include "context.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace LabDesk {
class BackgroundTasks;
}

namespace LabDesk::Ui {

class AccountSwitcher;
class AccountsController;
class FeaturePage;
class NoticeBar;
class StatusArea;

// The main window composes the feature pages, the sidebar that selects them, the account switcher
// and the status area. It holds no feature logic: no network, parsing or git.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Context &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<FeaturePage *> pages() const;
    FeaturePage *page(const QString &name) const;
    FeaturePage *currentPage() const;
    void setCurrentPage(const QString &name);

    AccountSwitcher *accountSwitcher() const;
    AccountsController *accountsController() const;
    NoticeBar *noticeBar() const;
    StatusArea *statusArea() const;

    // Restores geometry and the last page from settings; with `persistent` false (screenshots,
    // tests) nothing is written back.
    void restoreSession(bool persistent = true);

    // True when no page is loading and no background task runs.
    bool isSettled() const;

public Q_SLOTS:
    void showAbout();

Q_SIGNALS:
    void settled();
    void currentPageChanged(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void onSidebarRowChanged(int row);
    void checkSettled();
    void saveSession() const;
    void onActiveAccountChanged();

    Context m_context;
    BackgroundTasks *m_tasks;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    NoticeBar *m_notice;
    AccountSwitcher *m_accounts;
    AccountsController *m_accountsController;
    StatusArea *m_status;
    QList<FeaturePage *> m_pages;
    bool m_persistent = false;
};

} // namespace LabDesk::Ui
