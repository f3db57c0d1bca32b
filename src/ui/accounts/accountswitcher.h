#pragma once

#include <QToolButton>

class QAction;

namespace LabDesk::Ui {

// The toolbar's account button: shows who is signed in where, and its menu switches accounts,
// adds one or signs out.
class AccountSwitcher : public QToolButton
{
    Q_OBJECT

public:
    explicit AccountSwitcher(QWidget *parent = nullptr);

    // Shows `who` (e.g. "root @ 127.0.0.1:8080"); an empty string means nobody is signed in.
    void setCurrentAccount(const QString &who);
    QString currentAccount() const;
    QAction *signInAction() const;

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_current;
    QAction *m_signIn;
    QAction *m_signOut;
};

} // namespace LabDesk::Ui
