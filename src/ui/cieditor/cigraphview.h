#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QRectF>
#include <QStringList>
#include <QVector>

namespace LabDesk::Ci {
class Model;
}

namespace LabDesk::Ui::CiEditor {

class JobCardItem;

// Where the pipeline graph puts things: one column per stage (hidden templates in their own
// column first), one card per job in file order. Pure computation, measured by the benchmark.
struct GraphLayout
{
    struct Column
    {
        QString stage; // empty for the templates column
        QString title;
        qreal x = 0;
        int jobs = 0;
        bool operator==(const Column &other) const;
    };
    struct Card
    {
        QString job;
        int column = 0;
        QRectF rect;
        bool hidden = false;
        bool included = false; // from an include: shown, not editable
        QString when;
        bool allowFailure = false;
        bool trigger = false;
        int parallel = 0;
        QStringList tags;
        QStringList needs;   // local needs
        QStringList extends;
        bool operator==(const Card &other) const;
    };
    QVector<Column> columns;
    QVector<Card> cards;
    QHash<QString, int> cardIndex;
    QSizeF size;

    static constexpr qreal CardWidth = 176;
    static constexpr qreal CardHeight = 62;
    static constexpr qreal ColumnWidth = 212;
    static constexpr qreal RowHeight = 76;
    static constexpr qreal HeaderHeight = 44;

    static GraphLayout compute(const Ci::Model &model);
};

// The pipeline graph: stage columns, job cards, needs as edges, templates and extends faint.
// Edits are requested through signals (the view turns them into patches of the text); the graph
// never changes the model itself.
class CiGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit CiGraphView(QWidget *parent = nullptr);

    // Rebuilds the scene from model, keeping the selected job when it still exists.
    void setModel(const Ci::Model &model);
    const GraphLayout &layoutData() const { return m_layout; }
    // Greys the graph (the text does not parse) and disables editing; message is shown on top.
    void setStale(bool stale, const QString &message = {});
    bool isStale() const { return m_stale; }

    QString selectedJob() const { return m_selected; }
    void selectJob(const QString &job, bool ensureVisible = true);
    // The stage whose column contains scene x, or an empty string.
    QString stageAt(qreal sceneX) const;
    QPointF cardCenter(const QString &job) const;
    int cardCount() const { return int(m_layout.cards.size()); }

    // The next model gets the initial zoom (a new file): the whole pipeline at up to 100 % when
    // that is readable, else the width of all stages down to MinReadableZoom; top-left first.
    void resetView() { m_fitted = false; }
    static constexpr qreal MinReadableZoom = 0.45;
    qreal zoom() const;
    void zoomBy(qreal factor);
    void fitAll();

    // Programmatic versions of the mouse gestures (also used by tests).
    void requestAddJob(const QString &stage, const QString &name = {}) { Q_EMIT addJobRequested(stage, name); }
    void requestMove(const QString &job, const QString &stage) { Q_EMIT moveJobRequested(job, stage); }
    void requestNeed(const QString &job, const QString &need) { Q_EMIT addNeedRequested(job, need); }

Q_SIGNALS:
    void jobSelected(const QString &job);
    void jobActivated(const QString &job);
    void addJobRequested(const QString &stage, const QString &name);
    void duplicateJobRequested(const QString &job);
    void renameJobRequested(const QString &job);
    void deleteJobRequested(const QString &job);
    void moveJobRequested(const QString &job, const QString &stage);
    void addNeedRequested(const QString &job, const QString &need);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    JobCardItem *cardAt(const QPoint &viewPos) const;
    void updateSelectionFromScene();
    void navigate(int dColumn, int dRow);
    void applyInitialZoom();

    QGraphicsScene *m_scene;
    GraphLayout m_layout;
    QHash<QString, JobCardItem *> m_items;
    QString m_selected;
    bool m_stale = false;
    QString m_staleMessage;
    bool m_fitted = false;
    bool m_autoFit = false;
    // Mouse gestures.
    JobCardItem *m_pressCard = nullptr;
    QPoint m_pressPos;
    bool m_dragging = false;
    bool m_needDrag = false;
    QGraphicsLineItem *m_needLine = nullptr;
    QPointF m_cardOrigin;
    bool m_updatingSelection = false;
};

} // namespace LabDesk::Ui::CiEditor
