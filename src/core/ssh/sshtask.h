#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace LabDesk::Ssh {

// Runs blocking `work` (libssh, file I/O) on Qt's global thread pool and calls `done` with its
// result on `context`'s thread. If `context` is destroyed first, `done` is never called (the work
// itself still finishes). For the short, bounded calls of this folder, not for long transfers.
template<typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            done(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace LabDesk::Ssh
