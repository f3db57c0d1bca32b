#include "screenshot.h"

#include "core/app/logging.h"
#include "shell/mainwindow.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace LabDesk {

ScreenshotJob::ScreenshotJob(Ui::MainWindow *window, QString path, int timeoutMs)
    : QObject(window)
    , m_window(window)
    , m_path(std::move(path))
    , m_timeoutMs(timeoutMs)
{
}

void ScreenshotJob::start()
{
    connect(m_window, &Ui::MainWindow::settled, this, &ScreenshotJob::capture, Qt::QueuedConnection);
    QTimer::singleShot(m_timeoutMs, this, [this] {
        if (!m_done)
            qCWarning(lcApp) << "data did not finish loading in time; capturing anyway";
        capture();
    });
    if (m_window->isSettled()) // queued: let the first layout and paint happen
        QMetaObject::invokeMethod(this, &ScreenshotJob::capture, Qt::QueuedConnection);
}

void ScreenshotJob::capture()
{
    if (m_done)
        return;
    m_done = true;
    const QPixmap picture = m_window->grab();
    if (!picture.save(m_path, "PNG")) {
        QTextStream(stderr) << "labdesk: " << tr("cannot write the screenshot to %1").arg(m_path) << '\n';
        QCoreApplication::exit(2);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace LabDesk
