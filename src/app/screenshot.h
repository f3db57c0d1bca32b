#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QString>

namespace LabDesk::Ui {
class MainWindow;
}

class QPixmap;
class QWidget;

namespace LabDesk {

// --screenshot: waits until the main window has settled (its data loaded, no background task
// running), renders it to a PNG and quits the application with 0, or with 2 when the file cannot
// be written. Gives up waiting after `timeoutMs` and renders what is there, with a warning.
class ScreenshotJob : public QObject
{
    Q_OBJECT

public:
    ScreenshotJob(Ui::MainWindow *window, QString path, int timeoutMs = 30000);
    void start();

private:
    void capture();
    void captureDialog(QWidget *dialog, QDeadlineTimer deadline);
    void save(const QPixmap &picture);

    Ui::MainWindow *m_window;
    QString m_path;
    int m_timeoutMs;
    bool m_done = false;
};

} // namespace LabDesk
