#include "cifile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>

namespace LabDesk::Ui::CiEditor {

LoadedFile CiFile::decode(const QByteArray &raw)
{
    LoadedFile result;
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.format.bom = true;
        bytes.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes);
    if (utf8.hasError()) {
        result.format.latin1 = true;
        result.text = QString::fromLatin1(bytes).toUtf8();
    } else {
        result.text = bytes;
    }
    return result;
}

QByteArray CiFile::encode(const QByteArray &text, const FileFormat &format)
{
    QByteArray out = format.latin1 ? QString::fromUtf8(text).toLatin1() : text;
    if (format.bom)
        out.prepend("\xEF\xBB\xBF");
    return out;
}

LoadedFile CiFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadedFile failed;
        failed.error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return failed;
    }
    return decode(file.readAll());
}

QString CiFile::save(const QString &path, const QByteArray &text, const FileFormat &format)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    const QFileDevice::Permissions permissions = existed ? QFile::permissions(path) : QFileDevice::Permissions();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const QByteArray bytes = encode(text, format);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (existed)
        QFile::setPermissions(path, permissions);
    return {};
}

QString CiFile::recoveryPath(const QString &filePath)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                        + QStringLiteral("/ci-editor-recovery");
    const QString key = filePath.isEmpty() ? QStringLiteral("untitled") : QFileInfo(filePath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return dir + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".yml");
}

bool CiFile::writeRecovery(const QString &filePath, const QByteArray &text)
{
    const QString path = recoveryPath(filePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text);
    return file.commit();
}

QByteArray CiFile::readRecovery(const QString &filePath, bool *exists)
{
    QFile file(recoveryPath(filePath));
    const bool ok = file.open(QIODevice::ReadOnly);
    if (exists)
        *exists = ok;
    return ok ? file.readAll() : QByteArray();
}

void CiFile::removeRecovery(const QString &filePath)
{
    QFile::remove(recoveryPath(filePath));
}

QByteArray CiFile::starterTemplate()
{
    return QByteArrayLiteral(
        "# A first pipeline: build, test and deploy.\n"
        "# Docs: https://docs.gitlab.com/ee/ci/yaml/\n"
        "\n"
        "stages:\n"
        "  - build\n"
        "  - test\n"
        "  - deploy\n"
        "\n"
        "default:\n"
        "  tags:\n"
        "    - docker\n"
        "\n"
        "workflow:\n"
        "  rules:\n"
        "    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n"
        "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n"
        "    - if: $CI_COMMIT_TAG\n"
        "\n"
        "build:\n"
        "  stage: build\n"
        "  script:\n"
        "    - echo \"Building\"\n"
        "    - make build\n"
        "  artifacts:\n"
        "    paths:\n"
        "      - build/\n"
        "    expire_in: 1 week\n"
        "\n"
        "unit-tests:\n"
        "  stage: test\n"
        "  needs: [build]\n"
        "  script:\n"
        "    - make test\n"
        "\n"
        "lint:\n"
        "  stage: test\n"
        "  needs: []\n"
        "  script:\n"
        "    - make lint\n"
        "  allow_failure: true\n"
        "\n"
        "deploy-staging:\n"
        "  stage: deploy\n"
        "  needs: [build, unit-tests]\n"
        "  script:\n"
        "    - make deploy ENV=staging\n"
        "  environment:\n"
        "    name: staging\n"
        "  rules:\n"
        "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n"
        "\n"
        "deploy-production:\n"
        "  stage: deploy\n"
        "  needs: [deploy-staging]\n"
        "  script:\n"
        "    - make deploy ENV=production\n"
        "  environment:\n"
        "    name: production\n"
        "  rules:\n"
        "    - if: $CI_COMMIT_TAG\n"
        "      when: manual\n");
}

} // namespace LabDesk::Ui::CiEditor
