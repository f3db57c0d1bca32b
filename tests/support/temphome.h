#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

namespace LabDesk::Test {

// A fresh, empty home for one test: HOME, the XDG config/data/cache/state directories and
// QSettings all point into a temporary directory that is removed afterwards. The previous
// environment comes back when this is destroyed. Construct it before anything reads settings.
class TempHome
{
public:
    TempHome();
    ~TempHome();
    TempHome(const TempHome &) = delete;
    TempHome &operator=(const TempHome &) = delete;

    bool isValid() const;
    QString path() const;
    QString filePath(const QString &relative) const;

private:
    QTemporaryDir m_dir;
    QHash<QByteArray, QByteArray> m_saved;
};

} // namespace LabDesk::Test
