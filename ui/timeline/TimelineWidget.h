// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "timeline/TimelineSummary.h"

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>
#include <vector>

class QScrollBar;

namespace ethoscribe {

class LabelTrack;

// The ethogram under the video: one horizontal band per label track (manual labels, ground truth,
// predictions), a time ruler, the playhead and a selected frame range.
//
// Painted with QPainter, only over the visible frames. Each track keeps a TimelineSummary
// (majority label per block of 2^k frames), so one pixel costs the same whatever the zoom and a
// one-hour video paints as fast as a ten-second one; an edit updates only the blocks it touches
// (updateTrackLabels). The widget never edits labels: clicks become seekRequested(), shift-drags
// a selection that the owner turns into a document command.
//
// Mouse: click/drag = seek, Shift+drag = select a range, drag a bout edge of the active (edited)
// track = move it (boundaryDrag* signals; the owner turns them into document commands), wheel or
// Ctrl+wheel = zoom around the pointer, Shift+wheel or horizontal wheel = scroll, double-click =
// zoom to fit.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // Colours, and the number of summary classes (largest id + 1).
    void setBehaviors(const BehaviorSet &behaviors);
    const BehaviorSet &behaviors() const { return m_behaviors; }

    // Resets the view to show all frames; existing tracks are resized (their labels dropped).
    void setFrameCount(int frameCount, double fps);
    int frameCount() const { return m_frameCount; }
    double fps() const { return m_fps; }

    void clearTracks();
    // Adds an empty (unlabeled) track and returns its index. Prediction-like tracks with
    // confidence draw a confidence strip under the labels.
    int addTrack(const QString &name, bool withConfidence = false);
    int trackCount() const { return int(m_tracks.size()); }
    QString trackName(int track) const;
    // The summary of a track, for direct filling; call update() after changing it.
    TimelineSummary &trackSummary(int track);
    const TimelineSummary &trackSummary(int track) const;
    // Copies all labels of `labels` into the track.
    void setTrackLabels(int track, const LabelTrack &labels);
    // Copies frames [start, end) of `labels` into the track (after an edit): only the blocks that
    // cover the range are recomputed.
    void updateTrackLabels(int track, const LabelTrack &labels, qint64 start, qint64 end);
    // Marks frames of a track that has a confidence strip (where the models disagree): drawn in
    // orange along the bottom of the strip. marked[i] != 0 marks frame start + i.
    void setTrackMarks(int track, int start, const QVector<int> &marked);
    bool isMarked(int track, int frame) const;
    // The track that keyboard labeling edits is drawn with a marker.
    void setActiveTrack(int track);
    int activeTrack() const { return m_activeTrack; }

    int currentFrame() const { return m_currentFrame; }

    // View: the frame at the left edge of the bands and the zoom (frames per pixel).
    double viewStart() const { return m_viewStart; }
    double framesPerPixel() const { return m_framesPerPixel; }
    void setView(double firstFrame, double framesPerPixel);
    void zoomToFit();
    // Zooms by factor (> 1 zooms in) keeping the frame under x (widget coordinates) in place.
    void zoomBy(double factor, int anchorX);
    // Frame under widget x coordinate (clamped to the video), and the x of a frame's left edge.
    int frameAt(int x) const;
    double xOfFrame(double frame) const;
    // Where the bands are drawn (widget coordinates): between the name column and the right edge.
    QRect bandsRect() const;
    QRect trackRect(int track) const;

    // The edge between two runs of a track (the first frame of the right run) within a few pixels
    // of widget x, the nearest one; -1 when there is none.
    int boundaryAt(int track, int x) const;
    // The frame edge nearest to widget x (0 .. frameCount).
    int edgeAt(int x) const;

    // The selected range [start, end); empty when there is none.
    bool hasSelection() const { return m_selectionEnd > m_selectionStart; }
    int selectionStart() const { return m_selectionStart; }
    int selectionEnd() const { return m_selectionEnd; }
    void setSelection(int start, int end);
    void clearSelection() { setSelection(0, 0); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    // Moves the playhead (does not emit seekRequested). Keeps the playhead visible by scrolling a
    // page when it leaves the view.
    void setCurrentFrame(int frame);

Q_SIGNALS:
    // The user clicked or dragged on the timeline.
    void seekRequested(int frame);
    // The user finished a Shift+drag (or the selection was cleared: start == end).
    void selectionChanged(int start, int end);
    void viewChanged();
    // The user pressed on the edge `boundary` of the active track, dragged it to frame edge `to`,
    // and let go.
    void boundaryDragStarted(int track, int boundary);
    void boundaryDragged(int to);
    void boundaryDragFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Track
    {
        QString name;
        std::unique_ptr<TimelineSummary> summary;
        std::unique_ptr<TimelineSummary> marks; // one class: 0 = marked; created on first use
    };

    void paintRuler(QPainter &painter, const QRect &rect);
    void paintTrack(QPainter &painter, const Track &track, const QRect &rect);
    QColor colorOf(int label) const;
    int summaryClassCount() const;
    double maxFramesPerPixel() const;
    double minFramesPerPixel() const { return 1.0 / 24.0; }
    void clampView();
    void syncScrollBar();
    QString timeText(qint64 frame, bool withFrames) const;

    BehaviorSet m_behaviors;
    QVector<QColor> m_colors; // indexed by behavior id
    std::vector<Track> m_tracks;
    QScrollBar *m_scrollBar = nullptr;
    int m_frameCount = 0;
    double m_fps = 30.0;
    int m_currentFrame = 0;
    int m_activeTrack = -1;
    double m_viewStart = 0.0;
    double m_framesPerPixel = 1.0;
    bool m_fitted = true; // keep "zoomed to fit" across resizes until the user zooms
    int m_selectionStart = 0;
    int m_selectionEnd = 0;
    int m_selectionAnchor = -1;
    bool m_seeking = false;
    bool m_draggingBoundary = false;
    bool m_syncingScrollBar = false;
};

} // namespace ethoscribe
