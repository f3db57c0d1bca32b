#include "screenshot.h"

#include "core/app/logging.h"
#include "shell/featurepage.h"
#include "shell/mainwindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPixmap>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

namespace LabDesk {

ScreenshotJob::ScreenshotJob(Ui::MainWindow *window, QString path, int timeoutMs)
    : QObject(window)
    , m_window(window)
    , m_path(std::move(path))
    , m_timeoutMs(timeoutMs)
{ }

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
    // LABDESK_SCREENSHOT_DIALOG=NAME pictures a dialog of the current page instead of the window:
    // the page's view opens it through its invokable openDialogForScreenshot(QString) and sets the
    // dialog's "screenshotReady" property to false while it is still working towards the picture.
    const QString dialogName = qEnvironmentVariable("LABDESK_SCREENSHOT_DIALOG");
    if (!dialogName.isEmpty()) {
        Ui::FeaturePage *page = m_window->currentPage();
        QWidget *dialog = nullptr;
        if (page && page->content())
            QMetaObject::invokeMethod(page->content(), "openDialogForScreenshot", Qt::DirectConnection,
                                      Q_RETURN_ARG(QWidget *, dialog), Q_ARG(QString, dialogName));
        if (!dialog) {
            QTextStream(stderr) << "labdesk: " << tr("the current page has no dialog named %1").arg(dialogName) << '\n';
            QCoreApplication::exit(2);
            return;
        }
        captureDialog(dialog, QDeadlineTimer(m_timeoutMs));
        return;
    }
    save(m_window->grab());
}

void ScreenshotJob::captureDialog(QWidget *dialog, QDeadlineTimer deadline)
{
    const QPointer<QWidget> guard(dialog);
    if (guard && guard->property("screenshotReady") == QVariant(false) && !deadline.hasExpired()) {
        QTimer::singleShot(100, this, [this, guard, deadline] {
            if (guard)
                captureDialog(guard, deadline);
        });
        return;
    }
    save(dialog->grab());
}

void ScreenshotJob::save(const QPixmap &picture)
{
    if (!picture.save(m_path, "PNG")) {
        QTextStream(stderr) << "labdesk: " << tr("cannot write the screenshot to %1").arg(m_path) << '\n';
        QCoreApplication::exit(2);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace LabDesk
