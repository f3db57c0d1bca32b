#include "avatardelegate.h"

#include "core/models/avatarcache.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>

namespace LabDesk::Ui {

AvatarDelegate::AvatarDelegate(Models::AvatarCache *cache, int urlRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cache(cache)
    , m_urlRole(urlRole)
{
    connect(cache, &Models::AvatarCache::avatarReady, this, [this] {
        if (auto *view = qobject_cast<QAbstractItemView *>(this->parent()))
            view->viewport()->update();
    });
}

QPixmap AvatarDelegate::initialsPixmap(const QString &text, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const uint hue = qHash(text) % 360;
    painter.setBrush(QColor::fromHsl(int(hue), 110, 150));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font;
    font.setPixelSize(size / 2);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text.left(1).toUpper());
    return pixmap;
}

QPixmap AvatarDelegate::avatar(const QString &url, const QString &text, int size, qreal dpr) const
{
    const QString key = url + QLatin1Char('|') + text + QLatin1Char('|') + QString::number(size);
    if (const auto found = m_pixmaps.constFind(key); found != m_pixmaps.cend())
        return found.value();
    const QString path = url.isEmpty() ? QString() : m_cache->request(QUrl(url));
    QImage image;
    if (!path.isEmpty() && image.load(path)) {
        QPixmap pixmap(QSize(size, size) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        QPainterPath circle;
        circle.addEllipse(QRectF(0, 0, size, size));
        painter.setClipPath(circle);
        painter.drawImage(QRectF(0, 0, size, size), image);
        m_pixmaps.insert(key, pixmap);
        return pixmap;
    }
    const QPixmap initials = initialsPixmap(text, size, dpr);
    if (url.isEmpty() || !path.isEmpty())
        m_pixmaps.insert(key, initials); // nothing better will come
    return initials;
}

void AvatarDelegate::setIconOverride(std::function<QIcon(const QModelIndex &)> iconFor)
{
    m_iconFor = std::move(iconFor);
}

void AvatarDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int size = option->fontMetrics.height() + 2;
    if (m_iconFor) {
        const QIcon icon = m_iconFor(index);
        if (!icon.isNull()) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = icon;
            option->decorationSize = QSize(size, size);
            return;
        }
    }
    const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = QIcon(avatar(index.data(m_urlRole).toString(), index.data(Qt::DisplayRole).toString(), size, dpr));
    option->decorationSize = QSize(size, size);
}

} // namespace LabDesk::Ui
