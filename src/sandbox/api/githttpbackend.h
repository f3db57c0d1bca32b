#pragma once

#include "sandbox/httpserver.h"

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace LabDesk::Sandbox {

// Subprocesses for git over HTTP that never block the sandbox's thread: input is written and
// output read as the pipes allow, from the event loop, and `done` runs on the caller's thread
// once the process has exited. Each process is a child of `context` (the sandbox's Store), so it
// dies with the server; `done` is not called then.
namespace GitProcess {

struct Result
{
    bool started = false;
    int exitCode = -1; // -1 when it crashed or was killed
    QByteArray out;
    QByteArray err;
};

// The system environment without GIT_* variables (a test's GIT_DIR must not leak into the
// server's git) and without the system gitconfig, plus `extra`.
QProcessEnvironment environment(const QStringList &extra = {});

void run(QObject *context, const QStringList &arguments, const QProcessEnvironment &environment,
         const QByteArray &input, std::function<void(Result &&)> done);

// The CGI variables `git http-backend` gets for one request (PLATFORM.md, "git servers on loopback").
struct Cgi
{
    QString projectRoot; // GIT_PROJECT_ROOT: the directory holding the repository
    QString pathInfo; // PATH_INFO: "/<repository>.git/info/refs" and so on
    QByteArray method; // REQUEST_METHOD
    QByteArray queryString; // QUERY_STRING, still encoded
    QByteArray contentType; // CONTENT_TYPE
    QByteArray contentEncoding; // HTTP_CONTENT_ENCODING: git gzips large fetch requests
    QByteArray gitProtocol; // GIT_PROTOCOL, from the Git-Protocol header ("version=2")
    QString remoteUser; // REMOTE_USER: http-backend refuses pushes without one
    QString remoteAddr; // REMOTE_ADDR
};

// Runs `git http-backend` for one request with `body` (already de-chunked; CONTENT_LENGTH is its
// size) and calls `done` with its CGI output turned into an HTTP response (Status: and the other
// headers parsed; 500 when git could not run).
void runHttpBackend(QObject *context, const Cgi &cgi, const QByteArray &body,
                    std::function<void(HttpResponse &&)> done);

// A CGI response ("Status: 404 Not Found\r\nContent-Type: ...\r\n\r\nbody") as an HTTP response.
// Takes `output` by value so the body moves into the response without a copy.
HttpResponse parseCgiResponse(QByteArray output);

} // namespace GitProcess

} // namespace LabDesk::Sandbox
