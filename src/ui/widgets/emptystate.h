#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace LabDesk::Ui {

// What a page shows when it has nothing to show yet: an icon, a title, a sentence saying what the
// page will hold and what to do first, and one button for that first step. Colours come from the
// palette only, so it follows dark mode.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIconName(const QString &name);
    void setTitle(const QString &title);
    void setBody(const QString &body);
    // An empty text hides the button.
    void setActionText(const QString &text);

    QString title() const;
    QString body() const;
    QString actionText() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_action;
    QString m_iconName;
};

} // namespace LabDesk::Ui
