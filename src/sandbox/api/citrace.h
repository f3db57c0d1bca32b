#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace LabDesk::Sandbox {

// What a simulated job's log is made from. The same input always gives the same log, so a job
// that was running when the sandbox stopped continues its log where the file ends.
struct TraceInput
{
    int jobId = 0;
    QString jobName;
    QString projectPath;
    int projectId = 0;
    QString ref;
    QString sha;
    QString image;                 // empty: the runner's default
    QString runnerDescription;
    int runnerId = 0;
    QDateTime started;
    QStringList beforeScript;
    QStringList script;
    QStringList afterScript;
    bool fails = false;            // the job ends with "ERROR: Job failed: exit code 1"
    int parts = 4;                 // how many pieces the running log arrives in
};

// A GitLab Runner log as the job trace API returns it: ANSI colours, `\r` progress lines and
// section_start/section_end markers (`section_start:<unix>:<name>[collapsed=true]\r\e[0K`) around
// prepare_executor, prepare_script, get_sources, step_script (with each command echoed as
// "$ <command>") and cleanup_file_variables.
struct TraceText
{
    QList<QByteArray> parts;       // parts[0]: the preparation sections; then the script's output
    QByteArray ending;             // closing sections and "Job succeeded" / "ERROR: Job failed: ..."
};
TraceText buildTrace(const TraceInput &input);

// Writes a long build log of about `bytes` bytes (a C++ project compiling module after module,
// with warnings, `\r` progress and collapsed sections per module) to `device`, quickly: the demo's
// 50 MB log.
void writeLargeBuildTrace(const TraceInput &input, qint64 bytes, QIODevice *device);

} // namespace LabDesk::Sandbox
