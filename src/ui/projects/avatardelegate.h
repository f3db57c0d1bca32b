#pragma once

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

#include <functional>

namespace LabDesk::Models {
class AvatarCache;
}

namespace LabDesk::Ui {

// Draws a round avatar before the text of a column: the picture from `urlRole` once the
// AvatarCache has it on disk, else the first letter of the text on a colour derived from it.
// Repaints its view when an avatar arrives.
class AvatarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    AvatarDelegate(Models::AvatarCache *cache, int urlRole, QObject *parent = nullptr);

    static QPixmap initialsPixmap(const QString &text, int size, qreal dpr);
    // Rows for which this returns an icon show it instead of an avatar ("All projects").
    void setIconOverride(std::function<QIcon(const QModelIndex &)> iconFor);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QPixmap avatar(const QString &url, const QString &text, int size, qreal dpr) const;

    Models::AvatarCache *m_cache;
    int m_urlRole;
    mutable QHash<QString, QPixmap> m_pixmaps;
    std::function<QIcon(const QModelIndex &)> m_iconFor;
};

} // namespace LabDesk::Ui
