#include "libraryversions.h"

#include <buildinfo.h>

#include <git2.h>
#include <libssh/libssh.h>
#include <yaml.h>

#include <QStringList>
#include <QtGlobal>

namespace LabDesk {

namespace {

QString libgit2Features()
{
    const int features = git_libgit2_features();
    QStringList names;
    if (features & GIT_FEATURE_THREADS)
        names << LibraryVersions::tr("threads");
    if (features & GIT_FEATURE_HTTPS)
        names << LibraryVersions::tr("HTTPS");
    if (features & GIT_FEATURE_SSH)
        names << LibraryVersions::tr("SSH");
    if (features & GIT_FEATURE_NSEC)
        names << LibraryVersions::tr("nanosecond timestamps");
    if (names.isEmpty())
        return LibraryVersions::tr("no optional features");
    return LibraryVersions::tr("features: %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace

QList<LibraryVersion> LibraryVersions::all()
{
    int major = 0;
    int minor = 0;
    int rev = 0;
    git_libgit2_version(&major, &minor, &rev);

    // ssh_version(0) returns e.g. "0.10.6/openssl/zlib": the version, then its crypto and zlib.
    const QString sshFull = QString::fromLatin1(ssh_version(0));
    const QString sshVersion = sshFull.section(QLatin1Char('/'), 0, 0);
    const QString sshDetails = sshFull.section(QLatin1Char('/'), 1).replace(QLatin1Char('/'), QStringLiteral(", "));

    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         tr("built with %1").arg(QStringLiteral(QT_VERSION_STR))},
        {QStringLiteral("libgit2"), QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(rev), libgit2Features()},
        {QStringLiteral("libssh"), sshVersion, sshDetails},
        {QStringLiteral("libyaml"), QString::fromLatin1(yaml_get_version_string()), {}},
        {QStringLiteral("QtKeychain"), QStringLiteral(LABDESK_QTKEYCHAIN_VERSION), {}},
    };
}

} // namespace LabDesk
