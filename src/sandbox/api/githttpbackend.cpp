// Asynchronous git subprocesses for smart HTTP: `git http-backend` as a CGI program.
#include "githttpbackend.h"

#include "core/app/logging.h"

#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace LabDesk::Sandbox::GitProcess {

namespace {

// A clone of a big repository may take a while; a git that hangs must not hold a request forever.
constexpr int TimeoutMs = 10 * 60 * 1000;

} // namespace

QProcessEnvironment environment(const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("GIT_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    for (const QString &assignment : extra) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    return env;
}

void run(QObject *context, const QStringList &arguments, const QProcessEnvironment &environment,
         const QByteArray &input, std::function<void(Result &&)> done)
{
    auto *process = new QProcess(context);
    auto result = std::make_shared<Result>();
    auto callback = std::make_shared<std::function<void(Result &&)>>(std::move(done));
    process->setProcessEnvironment(environment);
    process->setReadChannel(QProcess::StandardOutput);

    // Read stdout as it arrives, straight into one growing buffer: a pack can be large, and a
    // full pipe would stall git.
    QObject::connect(process, &QProcess::readyReadStandardOutput, process, [process, result] {
        const qint64 available = process->bytesAvailable();
        if (available <= 0)
            return;
        const qsizetype old = result->out.size();
        result->out.resize(old + available);
        const qint64 got = process->read(result->out.data() + old, available);
        result->out.resize(old + qMax<qint64>(got, 0));
    });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [process, result] { result->err += process->readAllStandardError(); });
    // Destroying the context (the server shutting down) kills the process, and ~QProcess reports
    // that as finished(): by then the context's pointer is already null, and nobody is called.
    const QPointer<QObject> alive(context);
    QObject::connect(process, &QProcess::finished, process,
                     [process, result, callback, alive](int exitCode, QProcess::ExitStatus status) {
                         if (!alive)
                             return;
                         result->out += process->readAllStandardOutput();
                         result->err += process->readAllStandardError();
                         result->started = true;
                         result->exitCode = status == QProcess::NormalExit ? exitCode : -1;
                         process->deleteLater();
                         (*callback)(std::move(*result));
                     });
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [process, result, callback, alive](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart || !alive)
                             return; // a crash also ends in finished()
                         result->err = process->errorString().toUtf8();
                         process->deleteLater();
                         (*callback)(std::move(*result));
                     });
    auto *timeout = new QTimer(process);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, process, [process] {
        qCWarning(lcSandbox) << "killing git that ran too long:" << process->arguments();
        process->kill();
    });
    timeout->start(TimeoutMs);

    process->start(QStringLiteral("git"), arguments);
    if (process->state() == QProcess::NotRunning)
        return; // errorOccurred() has answered
    // QProcess keeps what the pipe does not take yet and writes it as git reads; the channel
    // closes once all of it is written.
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
}

void runHttpBackend(QObject *context, const Cgi &cgi, const QByteArray &body, std::function<void(HttpResponse &&)> done)
{
    QStringList extra {
        QStringLiteral("GIT_PROJECT_ROOT=") + cgi.projectRoot,
        QStringLiteral("GIT_HTTP_EXPORT_ALL=1"),
        QStringLiteral("PATH_INFO=") + cgi.pathInfo,
        QStringLiteral("REQUEST_METHOD=") + QString::fromLatin1(cgi.method),
        QStringLiteral("QUERY_STRING=") + QString::fromLatin1(cgi.queryString),
        QStringLiteral("CONTENT_LENGTH=") + QString::number(body.size()),
        QStringLiteral("REMOTE_ADDR=") + cgi.remoteAddr,
        QStringLiteral("GATEWAY_INTERFACE=CGI/1.1"),
        QStringLiteral("SERVER_PROTOCOL=HTTP/1.1"),
    };
    if (!cgi.contentType.isEmpty())
        extra << QStringLiteral("CONTENT_TYPE=") + QString::fromLatin1(cgi.contentType);
    if (!cgi.contentEncoding.isEmpty())
        extra << QStringLiteral("HTTP_CONTENT_ENCODING=") + QString::fromLatin1(cgi.contentEncoding);
    if (!cgi.gitProtocol.isEmpty())
        extra << QStringLiteral("GIT_PROTOCOL=") + QString::fromLatin1(cgi.gitProtocol);
    if (!cgi.remoteUser.isEmpty())
        extra << QStringLiteral("REMOTE_USER=") + cgi.remoteUser;

    run(context, {QStringLiteral("http-backend")}, environment(extra), body,
        [done = std::move(done), pathInfo = cgi.pathInfo](Result &&result) {
            if (!result.started || (result.exitCode != 0 && result.out.isEmpty())) {
                qCWarning(lcSandbox) << "git http-backend failed for" << pathInfo << result.err;
                done(HttpResponse::text(500, "Internal Server Error\n"));
                return;
            }
            if (!result.err.isEmpty())
                qCDebug(lcSandbox) << "git http-backend:" << result.err;
            done(parseCgiResponse(std::move(result.out)));
        });
}

HttpResponse parseCgiResponse(QByteArray output)
{
    qsizetype headEnd = output.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    const qsizetype lfOnly = output.indexOf("\n\n");
    if (lfOnly >= 0 && (headEnd < 0 || lfOnly < headEnd)) {
        headEnd = lfOnly;
        separator = 2;
    }
    if (headEnd < 0)
        return HttpResponse::text(502, "Bad Gateway: git http-backend sent no CGI headers\n");

    HttpResponse response;
    for (const QByteArray &line : output.left(headEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Status", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const int status = value.split(' ').constFirst().toInt(&ok);
            response.status = ok ? status : 500;
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) != 0) {
            // The server computes Content-Length itself.
            response.headers.append({name, value});
        }
    }
    output.remove(0, headEnd + separator);
    response.body = std::move(output);
    return response;
}

} // namespace LabDesk::Sandbox::GitProcess
