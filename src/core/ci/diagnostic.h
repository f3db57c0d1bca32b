#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace LabDesk::Ci {

// One finding about a CI file. code is stable (documented in docs/ci-core.md) and meant for
// scripts and tests; message is translated and meant for people. line/column are 1-based
// (0 when the finding is about the file as a whole); file is empty for the main file.
struct Diagnostic
{
    enum class Severity {
        Error,
        Warning,
        Info,
    };
    Severity severity = Severity::Error;
    QString code;
    QString message;
    int line = 0;
    int column = 0;
    QString file;
    QString job; // the job concerned, if any

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Diagnostic &o) const
    {
        return severity == o.severity && code == o.code && message == o.message && line == o.line
            && column == o.column && file == o.file && job == o.job;
    }
    bool operator!=(const Diagnostic &o) const { return !(*this == o); }
    QJsonObject toJson() const;
};

using Diagnostics = QVector<Diagnostic>;

} // namespace LabDesk::Ci
