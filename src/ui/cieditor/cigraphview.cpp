#include "cigraphview.h"

#include "core/ci/model.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <cmath>

namespace LabDesk::Ui::CiEditor {

namespace {

const QColor Border(0xc9, 0xd1, 0xd9);
const QColor Accent(0x1f, 0x75, 0xcb);
const QColor Text(0x1f, 0x23, 0x28);
const QColor Muted(0x63, 0x6c, 0x76);
const QColor Manual(0x5b, 0x3c, 0xc4);
const QColor Warning(0x9a, 0x67, 0x00);

bool isTrue(const Ci::Value *value)
{
    if (!value)
        return false;
    if (value->isMapping())
        return true; // allow_failure: {exit_codes: ...}
    return value->toBool(false);
}

} // namespace

bool GraphLayout::Card::operator==(const Card &o) const
{
    return job == o.job && column == o.column && rect == o.rect && hidden == o.hidden && included == o.included
           && when == o.when && allowFailure == o.allowFailure && trigger == o.trigger && parallel == o.parallel
           && tags == o.tags && needs == o.needs && extends == o.extends;
}

bool GraphLayout::Column::operator==(const Column &o) const
{
    return stage == o.stage && title == o.title && x == o.x && jobs == o.jobs;
}

GraphLayout GraphLayout::compute(const Ci::Model &model)
{
    GraphLayout layout;
    QHash<QString, int> columnOfStage;
    bool hasHidden = false;
    QHash<QString, int> jobsPerStage;
    for (const Ci::Job &job : model.jobs()) {
        if (job.hidden)
            hasHidden = true;
        else
            ++jobsPerStage[job.stage];
    }
    for (const QString &stage : model.stages()) {
        const bool framing = stage == QLatin1String(".pre") || stage == QLatin1String(".post");
        if (framing && !jobsPerStage.contains(stage))
            continue;
        if (!model.hasDeclaredStages() && !jobsPerStage.contains(stage))
            continue;
        Column column;
        column.stage = stage;
        column.title = stage;
        columnOfStage.insert(stage, int(layout.columns.size()));
        layout.columns.append(column);
    }
    // Jobs in a stage the file does not declare still get a column (the validator complains).
    for (const Ci::Job &job : model.jobs()) {
        if (!job.hidden && !columnOfStage.contains(job.stage)) {
            Column column;
            column.stage = job.stage;
            column.title = job.stage;
            columnOfStage.insert(job.stage, int(layout.columns.size()));
            layout.columns.append(column);
        }
    }
    // Hidden templates in a faint column after the stages.
    int templatesColumn = -1;
    if (hasHidden) {
        Column templates;
        templates.title = QCoreApplication::translate("LabDesk::Ui::CiEditor::CiGraphView", "Templates");
        templatesColumn = int(layout.columns.size());
        layout.columns.append(templates);
    }
    for (int i = 0; i < layout.columns.size(); ++i)
        layout.columns[i].x = 20 + i * ColumnWidth;

    layout.cards.reserve(model.jobs().size());
    qreal bottom = HeaderHeight;
    for (const Ci::Job &job : model.jobs()) {
        Card card;
        card.job = job.name;
        card.hidden = job.hidden;
        card.included = job.file != 0;
        card.column = job.hidden ? templatesColumn : columnOfStage.value(job.stage);
        Column &column = layout.columns[card.column];
        card.rect = QRectF(column.x, HeaderHeight + 12 + column.jobs * RowHeight, CardWidth, CardHeight);
        ++column.jobs;
        bottom = qMax(bottom, card.rect.bottom());
        card.when = job.when;
        card.allowFailure = isTrue(job.config.get(QStringLiteral("allow_failure")));
        card.trigger = job.hasTrigger;
        card.parallel = job.parallel > 0 ? job.parallel : int(job.matrix.size());
        card.tags = job.tags;
        for (const Ci::Need &need : job.needs) {
            if (need.isLocal())
                card.needs << need.job;
        }
        card.extends = job.extends;
        layout.cardIndex.insert(card.job, int(layout.cards.size()));
        layout.cards.append(card);
    }
    layout.size = QSizeF(20 + layout.columns.size() * ColumnWidth, bottom + 24);
    return layout;
}

// One job card. Painted by hand: thousands of them must build and draw quickly.
class JobCardItem : public QGraphicsItem
{
public:
    JobCardItem(const GraphLayout::Card &card)
        : m_card(card)
    {
        setPos(card.rect.topLeft());
        setFlags(ItemIsSelectable | ItemIsFocusable);
        setCacheMode(DeviceCoordinateCache);
        setZValue(2);
        if (card.hidden)
            setOpacity(0.55);
        setToolTip(card.job);
    }

    const GraphLayout::Card &card() const { return m_card; }
    QRectF boundingRect() const override { return QRectF(-1, -1, GraphLayout::CardWidth + 2, GraphLayout::CardHeight + 2); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        // Zoomed out, the text grows against the card (up to 1.8 times) so names stay readable;
        // the tag chips then make room.
        const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
        const qreal grow = lod > 0 && lod < 0.8 ? qMin<qreal>(0.8 / lod, 1.8) : 1.0;
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF box(0.5, 0.5, GraphLayout::CardWidth - 1, GraphLayout::CardHeight - 1);
        QPen pen(isSelected() ? Accent : Border, isSelected() ? 2 : 1);
        if (m_card.hidden)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(m_card.hidden ? QColor(0xf6, 0xf8, 0xfa) : QColor(Qt::white));
        painter->drawRoundedRect(box, 6, 6);
        // Status stripe on the left.
        QColor stripe = m_card.when == QLatin1String("manual") ? Manual
                        : m_card.trigger                         ? QColor(0x10, 0x85, 0x48)
                        : m_card.allowFailure                    ? Warning
                                                                 : QColor(0x8b, 0xa6, 0xc1);
        if (m_card.hidden)
            stripe = Border;
        painter->setPen(Qt::NoPen);
        painter->setBrush(stripe);
        painter->drawRoundedRect(QRectF(1, 1, 4, GraphLayout::CardHeight - 2), 2, 2);

        QFont font = painter->font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * grow);
        else
            font.setPixelSize(qRound(font.pixelSize() * grow));
        QFont bold = font;
        bold.setBold(true);
        bold.setItalic(m_card.hidden);
        painter->setFont(bold);
        painter->setPen(Text);
        const QFontMetricsF boldMetrics(bold);
        QString title = m_card.job;
        if (m_card.parallel > 1)
            title += QStringLiteral("  ×%1").arg(m_card.parallel);
        painter->drawText(QRectF(12, 6, GraphLayout::CardWidth - 20, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(title, Qt::ElideRight, GraphLayout::CardWidth - 20));

        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.85);
        painter->setFont(small);
        const QFontMetricsF metrics(small);
        QStringList badges;
        if (m_card.hidden)
            badges << QCoreApplication::translate("LabDesk::Ui::CiEditor::CiGraphView", "template");
        if (m_card.when == QLatin1String("manual"))
            badges << QCoreApplication::translate("LabDesk::Ui::CiEditor::CiGraphView", "▶ manual");
        else if (!m_card.when.isEmpty() && m_card.when != QLatin1String("on_success"))
            badges << m_card.when;
        if (m_card.allowFailure)
            badges << QCoreApplication::translate("LabDesk::Ui::CiEditor::CiGraphView", "may fail");
        if (m_card.trigger)
            badges << QCoreApplication::translate("LabDesk::Ui::CiEditor::CiGraphView", "↳ trigger");
        if (!m_card.extends.isEmpty())
            badges << QCoreApplication::translate("LabDesk::Ui::CiEditor::CiGraphView", "extends %1")
                          .arg(m_card.extends.join(QStringLiteral(", ")));
        if (m_card.included)
            badges << QCoreApplication::translate("LabDesk::Ui::CiEditor::CiGraphView", "included");
        painter->setPen(m_card.when == QLatin1String("manual") ? Manual : Muted);
        const qreal line2 = 8 + boldMetrics.height();
        painter->drawText(QRectF(12, line2, GraphLayout::CardWidth - 20, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(badges.join(QStringLiteral(" · ")), Qt::ElideRight, GraphLayout::CardWidth - 20));
        // Tags as chips.
        qreal x = grow > 1 ? GraphLayout::CardWidth : 12;
        const qreal y = line2 + metrics.height() + 3;
        for (const QString &tag : m_card.tags) {
            const qreal w = metrics.horizontalAdvance(tag) + 10;
            if (x + w > GraphLayout::CardWidth - 8)
                break;
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xe9, 0xee, 0xf4));
            painter->drawRoundedRect(QRectF(x, y, w, metrics.height() + 2), 4, 4);
            painter->setPen(QColor(0x33, 0x4e, 0x68));
            painter->drawText(QRectF(x, y, w, metrics.height() + 2), Qt::AlignCenter, tag);
            x += w + 4;
        }
        // The handle to drag a need from.
        painter->setPen(QPen(Border, 1));
        painter->setBrush(Qt::white);
        painter->drawEllipse(QPointF(GraphLayout::CardWidth - 1, GraphLayout::CardHeight / 2), 4, 4);
    }

private:
    GraphLayout::Card m_card;
};

// A stage column's title, elided to the column; zoomed out it grows like the cards' text.
class ColumnTitleItem : public QGraphicsItem
{
public:
    ColumnTitleItem(const QString &text, const QFont &font, const QColor &color)
        : m_text(text)
        , m_font(font)
        , m_color(color)
    {
        setToolTip(text);
    }

    QRectF boundingRect() const override { return QRectF(0, 0, GraphLayout::CardWidth + 12, 28); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
        const qreal grow = lod > 0 && lod < 0.8 ? qMin<qreal>(0.8 / lod, 1.8) : 1.0;
        QFont font = m_font;
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * grow);
        else
            font.setPixelSize(qRound(font.pixelSize() * grow));
        painter->setFont(font);
        painter->setPen(m_color);
        const QRectF box = boundingRect();
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(m_text, Qt::ElideMiddle, box.width()));
    }

private:
    QString m_text;
    QFont m_font;
    QColor m_color;
};

CiGraphView::CiGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex); // thousands of static items: indexing costs more than it saves
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setAccessibleName(tr("Pipeline graph"));
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CiGraphView::updateSelectionFromScene);
}

void CiGraphView::setModel(const Ci::Model &model)
{
    GraphLayout layout = GraphLayout::compute(model);
    // Typing mostly changes nothing the graph shows: keep the scene as it is then.
    if (!m_items.isEmpty() && layout.columns == m_layout.columns && layout.cards == m_layout.cards) {
        m_layout = std::move(layout);
        return;
    }
    m_updatingSelection = true;
    m_pressCard = nullptr;
    m_needLine = nullptr;
    m_items.clear();
    m_scene->clear();
    m_layout = std::move(layout);

    // Column backgrounds and headers.
    const qreal height = qMax<qreal>(m_layout.size.height(), 300);
    for (const GraphLayout::Column &column : std::as_const(m_layout.columns)) {
        auto *band = m_scene->addRect(QRectF(column.x - 12, 8, GraphLayout::CardWidth + 24, height - 8),
                                      QPen(Qt::NoPen), QColor(0xf0, 0xf3, 0xf6));
        band->setZValue(0);
        QFont font = this->font();
        font.setBold(true);
        auto *title = new ColumnTitleItem(
            column.stage.isEmpty() ? column.title : QStringLiteral("%1  (%2)").arg(column.title).arg(column.jobs), font,
            column.stage.isEmpty() ? Muted : Text);
        m_scene->addItem(title);
        title->setPos(column.x - 4, 12);
        title->setZValue(1);
    }
    // Needs and extends as edges.
    for (const GraphLayout::Card &card : std::as_const(m_layout.cards)) {
        auto edge = [&](const QString &from, bool faint) {
            const auto it = m_layout.cardIndex.constFind(from);
            if (it == m_layout.cardIndex.constEnd())
                return;
            const QRectF a = m_layout.cards[*it].rect;
            const QRectF b = card.rect;
            QPainterPath path;
            QPointF start(a.right(), a.center().y());
            QPointF end(b.left(), b.center().y());
            if (a.left() == b.left()) { // same column: loop around the left side
                start = QPointF(a.left(), a.center().y());
                path.moveTo(start);
                path.cubicTo(start - QPointF(30, 0), end - QPointF(30, 0), end);
            } else {
                path.moveTo(start);
                const qreal dx = qMax<qreal>(40, (end.x() - start.x()) / 2);
                path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
            }
            QPen pen(faint ? QColor(0xb8, 0xc2, 0xcc) : QColor(0x7c, 0x8b, 0x9a), faint ? 1 : 1.4);
            if (faint)
                pen.setStyle(Qt::DashLine);
            auto *item = m_scene->addPath(path, pen);
            item->setZValue(faint ? 0.5 : 1);
        };
        for (const QString &need : card.needs)
            edge(need, false);
        for (const QString &base : card.extends)
            edge(base, true);
    }
    for (const GraphLayout::Card &card : std::as_const(m_layout.cards)) {
        auto *item = new JobCardItem(card);
        m_scene->addItem(item);
        m_items.insert(card.job, item);
    }
    m_scene->setSceneRect(QRectF(QPointF(0, 0), m_layout.size.expandedTo(QSizeF(400, 300))));
    m_updatingSelection = false;
    if (m_items.contains(m_selected))
        selectJob(m_selected, false);
    else
        m_selected.clear();
    if (!m_fitted) {
        m_fitted = true;
        m_autoFit = true;
        applyInitialZoom();
    }
}

// A new file: the whole pipeline when it fits at 100 % or at a readable zoom; otherwise the width
// of all stages, but never below MinReadableZoom (the cards then draw their names larger, see
// JobCardItem::paint), so a wide pipeline shows as many stages as stay readable and scrolls
// sideways for the rest. Top-left first. Repeated on resizes until the user zooms.
void CiGraphView::applyInitialZoom()
{
    const QRectF rect = m_scene->sceneRect();
    const QSize size = viewport()->size();
    if (rect.isEmpty() || size.width() < 50 || size.height() < 50)
        return;
    const qreal widthFit = size.width() / rect.width();
    const qreal whole = qMin(widthFit, size.height() / rect.height());
    const qreal scale = whole >= 1 ? 1 : whole >= MinReadableZoom ? whole : qBound(MinReadableZoom, widthFit, 1.0);
    resetTransform();
    this->scale(scale, scale);
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

qreal CiGraphView::zoom() const
{
    return transform().m11();
}

void CiGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        applyInitialZoom();
}

void CiGraphView::setStale(bool stale, const QString &message)
{
    m_stale = stale;
    m_staleMessage = message;
    setInteractive(!stale);
    viewport()->update();
}

void CiGraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (!m_stale)
        return;
    painter->fillRect(rect, QColor(250, 251, 252, 170));
}

void CiGraphView::selectJob(const QString &job, bool ensureVisibleToo)
{
    m_updatingSelection = true;
    m_scene->clearSelection();
    if (JobCardItem *item = m_items.value(job)) {
        item->setSelected(true);
        if (ensureVisibleToo)
            ensureVisible(item, 40, 40);
    }
    m_updatingSelection = false;
    m_selected = m_items.contains(job) ? job : QString();
}

void CiGraphView::updateSelectionFromScene()
{
    if (m_updatingSelection)
        return;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    const QString job = selected.isEmpty() ? QString() : static_cast<JobCardItem *>(selected.constFirst())->card().job;
    if (job == m_selected || job.isEmpty())
        return;
    m_selected = job;
    Q_EMIT jobSelected(job);
}

QString CiGraphView::stageAt(qreal sceneX) const
{
    for (const GraphLayout::Column &column : m_layout.columns) {
        if (sceneX >= column.x - 20 && sceneX < column.x + GraphLayout::ColumnWidth - 20)
            return column.stage;
    }
    return {};
}

QPointF CiGraphView::cardCenter(const QString &job) const
{
    const auto it = m_layout.cardIndex.constFind(job);
    return it == m_layout.cardIndex.constEnd() ? QPointF() : m_layout.cards[*it].rect.center();
}

JobCardItem *CiGraphView::cardAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> found = items(viewPos);
    for (QGraphicsItem *item : found) {
        if (auto *card = dynamic_cast<JobCardItem *>(item))
            return card;
    }
    return nullptr;
}

void CiGraphView::zoomBy(qreal factor)
{
    m_autoFit = false;
    const qreal current = transform().m11();
    const qreal target = qBound<qreal>(0.1, current * factor, 3);
    scale(target / current, target / current);
}

void CiGraphView::fitAll()
{
    m_autoFit = false;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void CiGraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressCard = nullptr;
    if (!m_stale && event->button() == Qt::LeftButton) {
        if (JobCardItem *card = cardAt(event->position().toPoint())) {
            m_pressCard = card;
            m_pressPos = event->position().toPoint();
            m_dragging = false;
            const QPointF local = card->mapFromScene(mapToScene(m_pressPos));
            m_needDrag = (event->modifiers() & Qt::ShiftModifier) || local.x() > GraphLayout::CardWidth - 14;
            m_cardOrigin = card->pos();
            m_scene->clearSelection();
            card->setSelected(true);
            card->setFocus();
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void CiGraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressCard) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < 6)
        return;
    m_dragging = true;
    const QPointF scenePos = mapToScene(pos);
    if (m_needDrag) {
        const QPointF from = m_pressCard->sceneBoundingRect().center() + QPointF(GraphLayout::CardWidth / 2, 0);
        if (!m_needLine) {
            m_needLine = m_scene->addLine(QLineF(from, scenePos), QPen(Accent, 2, Qt::DashLine));
            m_needLine->setZValue(5);
        }
        m_needLine->setLine(QLineF(from, scenePos));
    } else {
        m_pressCard->setZValue(6);
        m_pressCard->setPos(m_cardOrigin + (scenePos - mapToScene(m_pressPos)));
    }
}

void CiGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressCard) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    JobCardItem *pressed = m_pressCard;
    m_pressCard = nullptr;
    if (!m_dragging)
        return;
    const QPoint pos = event->position().toPoint();
    const QString job = pressed->card().job;
    if (m_needDrag) {
        delete m_needLine;
        m_needLine = nullptr;
        pressed->setSelected(true);
        for (QGraphicsItem *item : items(pos)) {
            if (auto *target = dynamic_cast<JobCardItem *>(item); target && target != pressed) {
                // Dragging from A onto B: B needs A (the edge then runs from A to B).
                Q_EMIT addNeedRequested(target->card().job, job);
                break;
            }
        }
        return;
    }
    pressed->setPos(m_cardOrigin);
    pressed->setZValue(2);
    const QString stage = stageAt(mapToScene(pos).x());
    if (!stage.isEmpty() && !pressed->card().hidden) {
        const int column = pressed->card().column;
        if (m_layout.columns.value(column).stage != stage)
            Q_EMIT moveJobRequested(job, stage);
    }
}

void CiGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (JobCardItem *card = cardAt(event->position().toPoint()))
        Q_EMIT jobActivated(card->card().job);
    else
        QGraphicsView::mouseDoubleClickEvent(event);
}

void CiGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_stale)
        return;
    QMenu menu(this);
    JobCardItem *card = cardAt(event->pos());
    const QString stage = card && !card->card().hidden ? m_layout.columns.value(card->card().column).stage
                                                        : stageAt(mapToScene(event->pos()).x());
    if (card) {
        const QString job = card->card().job;
        selectJob(job, false);
        Q_EMIT jobSelected(job);
        menu.addAction(tr("Duplicate"), this, [this, job] { Q_EMIT duplicateJobRequested(job); });
        menu.addAction(tr("Rename…"), this, [this, job] { Q_EMIT renameJobRequested(job); });
        menu.addAction(tr("Delete"), this, [this, job] { Q_EMIT deleteJobRequested(job); });
        menu.addSeparator();
    }
    if (!stage.isEmpty())
        menu.addAction(tr("Add Job to “%1”…").arg(stage), this, [this, stage] { Q_EMIT addJobRequested(stage, {}); });
    else
        menu.addAction(tr("Add Job…"), this, [this] { Q_EMIT addJobRequested(QStringLiteral("test"), {}); });
    menu.addSeparator();
    menu.addAction(tr("Fit to Window"), this, &CiGraphView::fitAll);
    menu.exec(event->globalPos());
}

void CiGraphView::navigate(int dColumn, int dRow)
{
    if (m_layout.cards.isEmpty())
        return;
    const auto it = m_layout.cardIndex.constFind(m_selected);
    if (it == m_layout.cardIndex.constEnd()) {
        selectJob(m_layout.cards.constFirst().job);
        Q_EMIT jobSelected(m_selected);
        return;
    }
    const GraphLayout::Card &current = m_layout.cards[*it];
    const int column = current.column + dColumn;
    const qreal y = current.rect.top() + dRow * GraphLayout::RowHeight;
    const GraphLayout::Card *best = nullptr;
    qreal bestDistance = 1e18;
    for (const GraphLayout::Card &card : std::as_const(m_layout.cards)) {
        if (card.column != column || &card == &current)
            continue;
        const qreal distance = std::abs(card.rect.top() - y);
        if (dRow != 0 && std::abs(card.rect.top() - y) > 1)
            continue;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &card;
        }
    }
    if (best) {
        selectJob(best->job);
        Q_EMIT jobSelected(best->job);
    }
}

void CiGraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        navigate(-1, 0);
        return;
    case Qt::Key_Right:
        navigate(1, 0);
        return;
    case Qt::Key_Up:
        navigate(0, -1);
        return;
    case Qt::Key_Down:
        navigate(0, 1);
        return;
    case Qt::Key_Delete:
        if (!m_selected.isEmpty() && !m_stale)
            Q_EMIT deleteJobRequested(m_selected);
        return;
    case Qt::Key_F2:
        if (!m_selected.isEmpty() && !m_stale)
            Q_EMIT renameJobRequested(m_selected);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty())
            Q_EMIT jobActivated(m_selected);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.2);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.2);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void CiGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace LabDesk::Ui::CiEditor
