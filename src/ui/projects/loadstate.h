#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;

namespace LabDesk::Ui {

// Wraps a view with its loading, empty and error states: loading shows a busy bar and what is
// being fetched; empty says there is nothing (and why); an error shows the message with Retry
// (retryRequested()). Small enough for a side pane: the texts wrap to the pane's width.
class LoadState : public QWidget
{
    Q_OBJECT

public:
    enum class State {
        Content,
        Loading,
        Empty,
        Error,
    };

    explicit LoadState(QWidget *content, QWidget *parent = nullptr);

    void showContent();
    void showLoading(const QString &text);
    void showEmpty(const QString &text);
    void showError(const QString &message);
    State state() const;
    QString text() const; // what the loading, empty or error state says
    QPushButton *retryButton() const;

Q_SIGNALS:
    void retryRequested();

private:
    void showMessage(State state, const QString &text);

    QStackedLayout *m_stack;
    QWidget *m_content;
    QWidget *m_message;
    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    State m_state = State::Content;
};

} // namespace LabDesk::Ui
