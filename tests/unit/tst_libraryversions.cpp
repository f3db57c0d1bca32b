#include "core/app/libraryversions.h"

#include <git2.h>
#include <libssh/libssh.h>
#include <yaml.h>

#include <QRegularExpression>
#include <QTest>

using LabDesk::LibraryVersion;
using LabDesk::LibraryVersions;

class tst_LibraryVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryLibraryWithAVersion();
    void libgit2ReportsItsTransports();
    void versionsComeFromTheLibraries();
};

namespace {

LibraryVersion find(const QString &name)
{
    for (const LibraryVersion &v : LibraryVersions::all()) {
        if (v.name == name)
            return v;
    }
    return {};
}

} // namespace

void tst_LibraryVersions::listsEveryLibraryWithAVersion()
{
    const QRegularExpression dotted(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
    QStringList names;
    for (const LibraryVersion &v : LibraryVersions::all()) {
        names << v.name;
        QVERIFY2(dotted.match(v.version).hasMatch(), qPrintable(v.name + QLatin1Char(' ') + v.version));
    }
    QCOMPARE(names, (QStringList{"Qt", "libgit2", "libssh", "libyaml", "QtKeychain"}));
}

void tst_LibraryVersions::libgit2ReportsItsTransports()
{
    // Debian's libgit2 is built with HTTPS and SSH; the clone pane depends on both.
    const QString details = find(QStringLiteral("libgit2")).details;
    QVERIFY2(details.contains(QLatin1String("HTTPS")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("SSH")), qPrintable(details));
}

void tst_LibraryVersions::versionsComeFromTheLibraries()
{
    QCOMPARE(find(QStringLiteral("Qt")).version, QString::fromLatin1(qVersion()));
    QCOMPARE(find(QStringLiteral("libgit2")).version, QStringLiteral(LIBGIT2_VERSION));
    QCOMPARE(find(QStringLiteral("libyaml")).version, QString::fromLatin1(yaml_get_version_string()));
    QCOMPARE(find(QStringLiteral("libssh")).version,
             QStringLiteral("%1.%2.%3").arg(LIBSSH_VERSION_MAJOR).arg(LIBSSH_VERSION_MINOR).arg(LIBSSH_VERSION_MICRO));
}

QTEST_GUILESS_MAIN(tst_LibraryVersions)
#include "tst_libraryversions.moc"
