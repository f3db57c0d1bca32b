#pragma once

#include <QFrame>

class QLabel;

namespace LabDesk::Ui {

// A one-line information bar above the pages (demo mode, a server problem, ...), in the palette's
// highlight colours so it reads in light and dark themes alike.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // An empty text hides the bar.
    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_label;
};

} // namespace LabDesk::Ui
