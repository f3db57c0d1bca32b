#pragma once

#include <QByteArray>
#include <QString>

namespace LabDesk::Test {

// Reads a local repository with libgit2, for assertions about commits a test made or received.
// The commit `ref` names in the repository at `path`, as hex (empty when there is none).
QString revParse(const QString &path, const QString &ref);
// The content of `file` in the commit `ref` names (empty when there is none).
QByteArray committedFile(const QString &path, const QString &ref, const QString &file);

} // namespace LabDesk::Test
