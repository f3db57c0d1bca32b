#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace LabDesk::Ui::CiEditor {

// How a CI file was stored on disk, so saving writes it back the same way. The editor buffer is
// always UTF-8 without a byte-order mark; line endings stay in the buffer as they are.
struct FileFormat
{
    bool bom = false;    // UTF-8 byte-order mark at the start
    bool latin1 = false; // not valid UTF-8: read and written back as ISO-8859-1
};

struct LoadedFile
{
    QByteArray text; // UTF-8, no BOM
    FileFormat format;
    QString error;   // translated; empty on success
    bool isOk() const { return error.isEmpty(); }
};

class CiFile
{
    Q_DECLARE_TR_FUNCTIONS(LabDesk::Ui::CiEditor::CiFile)
public:
    static LoadedFile decode(const QByteArray &raw);
    static QByteArray encode(const QByteArray &text, const FileFormat &format);
    static LoadedFile load(const QString &path);
    // Atomically replaces path (QSaveFile), keeping the existing file's permissions. Returns a
    // translated error, or an empty string.
    static QString save(const QString &path, const QByteArray &text, const FileFormat &format);

    // Recovery copies of unsaved work (autosave), one per file (or "untitled").
    static QString recoveryPath(const QString &filePath);
    static bool writeRecovery(const QString &filePath, const QByteArray &text);
    static QByteArray readRecovery(const QString &filePath, bool *exists = nullptr);
    static void removeRecovery(const QString &filePath);

    // Our starter pipeline: build, test and deploy with tags and rules.
    static QByteArray starterTemplate();
};

} // namespace LabDesk::Ui::CiEditor
