#include "gitprobe.h"

#include <QFile>

#include <git2.h>

namespace LabDesk::Test {

QString revParse(const QString &path, const QString &ref)
{
    git_repository *repository = nullptr;
    if (git_repository_open(&repository, QFile::encodeName(path).constData()) != 0)
        return {};
    git_oid oid;
    QString hex;
    if (git_reference_name_to_id(&oid, repository, ref.toUtf8().constData()) == 0)
        hex = QString::fromLatin1(git_oid_tostr_s(&oid));
    git_repository_free(repository);
    return hex;
}

QByteArray committedFile(const QString &path, const QString &ref, const QString &file)
{
    git_repository *repository = nullptr;
    if (git_repository_open(&repository, QFile::encodeName(path).constData()) != 0)
        return {};
    QByteArray content;
    git_object *blob = nullptr;
    if (git_revparse_single(&blob, repository, (ref + QLatin1Char(':') + file).toUtf8().constData()) == 0) {
        auto *b = reinterpret_cast<git_blob *>(blob);
        content = QByteArray(static_cast<const char *>(git_blob_rawcontent(b)), qsizetype(git_blob_rawsize(b)));
        git_object_free(blob);
    }
    git_repository_free(repository);
    return content;
}

} // namespace LabDesk::Test
