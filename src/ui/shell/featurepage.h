#pragma once

#include <QWidget>

class QStackedWidget;

namespace LabDesk::Ui {

class EmptyState;

// One page of the sidebar. Until its feature has something to show it displays its empty state;
// setContent() installs the feature's real view. isLoading() tells --screenshot and the status
// area whether the page is still fetching data.
class FeaturePage : public QWidget
{
    Q_OBJECT

public:
    // The first thing a user must do before the page can show anything.
    enum class FirstStep {
        SignIn,
        SignInAsAdmin,
    };

    FeaturePage(const QString &name, const QString &iconName, QWidget *parent = nullptr);

    QString name() const;      // the --page name, e.g. "ssh-keys"
    QString iconName() const;
    QString title() const;
    void setTitle(const QString &title);

    EmptyState *emptyState() const;
    void setFirstStep(FirstStep step);
    // The empty state for someone who is not signed in (set by the page catalog).
    void setSignedOutText(const QString &title, const QString &body, const QString &action);
    // Who is signed in ("alice @ gitlab.example.com"; empty: nobody). A page without content
    // yet says so honestly instead of asking to sign in again.
    void setAccount(const QString &who, bool isAdmin);
    // Installs the feature's view. It is shown while the page's first step is met (signed in, as
    // an administrator for admin pages), or always when `needsAccount` is false (pages such as
    // the CI editor that also work on local files); otherwise the empty state asks for that step.
    void setContent(QWidget *content, bool needsAccount = true);
    QWidget *content() const;
    bool isShowingEmptyState() const;

    bool isLoading() const;
    void setLoading(bool loading);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void firstStepRequested(LabDesk::Ui::FeaturePage::FirstStep step);

private:
    QString m_name;
    QString m_iconName;
    QString m_title;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content = nullptr;
    bool m_contentNeedsAccount = true;
    bool m_firstStepMet = false;
    FirstStep m_firstStep = FirstStep::SignIn;
    QString m_signedOutTitle;
    QString m_signedOutBody;
    QString m_signedOutAction;
    bool m_loading = false;
};

} // namespace LabDesk::Ui
