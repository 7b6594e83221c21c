// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineWidget.h"

#include "labels/LabelTrack.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {
constexpr int kNameWidth = 112;
constexpr int kRulerHeight = 22;
constexpr int kTrackHeight = 26;
constexpr int kConfidenceHeight = 6;
constexpr int kMarkHeight = 3; // disagreement marks along the bottom of the confidence strip
const QColor kMarkColor(230, 120, 0);
constexpr int kTrackSpacing = 3;
const QColor kUnlabeledColor(222, 222, 222);
const QColor kPlayheadColor(213, 0, 0);
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_scrollBar(new QScrollBar(Qt::Horizontal, this))
{
    setMouseTracking(true);      // the cursor shows where a bout edge can be dragged
    setFocusPolicy(Qt::NoFocus); // keys (labels, stepping) belong to the window, not the timeline
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Click or drag to move the playhead. Shift+drag selects frames; then press a "
                  "behavior key to label them. Wheel zooms, Shift+wheel scrolls, double-click "
                  "shows the whole video."));
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_syncingScrollBar)
            return;
        m_fitted = false;
        m_viewStart = value;
        clampView();
        update();
        Q_EMIT viewChanged();
    });
    setBehaviors(BehaviorSet::jhuangDefault());
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setBehaviors(const BehaviorSet &behaviors)
{
    m_behaviors = behaviors;
    m_colors.clear();
    for (const Behavior &b : behaviors.behaviors()) {
        if (b.id >= m_colors.size())
            m_colors.resize(b.id + 1);
        m_colors[b.id] = b.color;
    }
    const int classes = summaryClassCount();
    for (Track &track : m_tracks) {
        if (track.summary->classCount() < classes) {
            // Behaviors were added: keep the labels, grow the class range.
            auto grown = std::make_unique<TimelineSummary>(
                    m_frameCount, classes, track.summary->hasConfidence());
            QVector<int> labels(m_frameCount);
            QVector<float> confidences(m_frameCount);
            for (int f = 0; f < m_frameCount; ++f) {
                labels[f] = track.summary->label(f);
                confidences[f] = track.summary->confidence(f);
            }
            grown->setFrames(0, labels, confidences);
            track.summary = std::move(grown);
        }
    }
    update();
}

int TimelineWidget::summaryClassCount() const
{
    return std::max<int>(1, m_colors.size());
}

void TimelineWidget::setFrameCount(int frameCount, double fps)
{
    m_frameCount = std::max(0, frameCount);
    m_fps = fps > 0 ? fps : 30.0;
    for (Track &track : m_tracks) {
        track.summary->reset(m_frameCount, summaryClassCount(), track.summary->hasConfidence());
        track.marks.reset();
    }
    m_currentFrame = std::clamp(m_currentFrame, 0, std::max(0, m_frameCount - 1));
    m_selectionStart = m_selectionEnd = 0;
    zoomToFit();
}

void TimelineWidget::clearTracks()
{
    m_tracks.clear();
    m_activeTrack = -1;
    updateGeometry();
    update();
}

int TimelineWidget::addTrack(const QString &name, bool withConfidence)
{
    Track track;
    track.name = name;
    track.summary
            = std::make_unique<TimelineSummary>(m_frameCount, summaryClassCount(), withConfidence);
    m_tracks.push_back(std::move(track));
    updateGeometry();
    resize(width(), sizeHint().height());
    update();
    return trackCount() - 1;
}

QString TimelineWidget::trackName(int track) const
{
    return (track >= 0 && track < trackCount()) ? m_tracks[track].name : QString();
}

TimelineSummary &TimelineWidget::trackSummary(int track)
{
    return *m_tracks[track].summary;
}

const TimelineSummary &TimelineWidget::trackSummary(int track) const
{
    return *m_tracks[track].summary;
}

void TimelineWidget::setTrackLabels(int track, const LabelTrack &labels)
{
    if (track < 0 || track >= trackCount())
        return;
    TimelineSummary &summary = *m_tracks[track].summary;
    summary.reset(m_frameCount, summaryClassCount(), summary.hasConfidence());
    for (const Bout &bout : labels.bouts())
        summary.assign(int(bout.start), int(bout.end), bout.behavior);
    update();
}

void TimelineWidget::updateTrackLabels(int track,
                                       const LabelTrack &labels,
                                       qint64 start,
                                       qint64 end)
{
    if (track < 0 || track >= trackCount())
        return;
    TimelineSummary &summary = *m_tracks[track].summary;
    for (const Bout &run : labels.runs(start, end))
        summary.assign(int(run.start), int(run.end), run.behavior);
    update();
}

void TimelineWidget::setTrackMarks(int track, int start, const QVector<int> &marked)
{
    if (track < 0 || track >= trackCount())
        return;
    Track &t = m_tracks[size_t(track)];
    if (!t.marks || t.marks->frameCount() != m_frameCount)
        t.marks = std::make_unique<TimelineSummary>(m_frameCount, 1, false);
    QVector<int> labels(marked.size());
    for (qsizetype i = 0; i < marked.size(); ++i)
        labels[i] = marked[i] ? 0 : TimelineSummary::kUnlabeled;
    t.marks->setFrames(start, labels);
    update();
}

bool TimelineWidget::isMarked(int track, int frame) const
{
    if (track < 0 || track >= trackCount() || !m_tracks[size_t(track)].marks)
        return false;
    return m_tracks[size_t(track)].marks->label(frame) == 0;
}

void TimelineWidget::setActiveTrack(int track)
{
    m_activeTrack = track;
    update();
}

QSize TimelineWidget::sizeHint() const
{
    int height = kRulerHeight + m_scrollBar->sizeHint().height() + kTrackSpacing;
    for (const Track &track : m_tracks)
        height += kTrackHeight + (track.summary->hasConfidence() ? kConfidenceHeight : 0)
                  + kTrackSpacing;
    if (m_tracks.empty())
        height += kTrackHeight + kTrackSpacing;
    return QSize(640, height);
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(kNameWidth + 100, sizeHint().height());
}

QRect TimelineWidget::bandsRect() const
{
    return QRect(kNameWidth,
                 kRulerHeight,
                 std::max(1, width() - kNameWidth),
                 std::max(1, height() - kRulerHeight - m_scrollBar->sizeHint().height()));
}

QRect TimelineWidget::trackRect(int track) const
{
    int y = kRulerHeight + kTrackSpacing;
    for (int i = 0; i < trackCount(); ++i) {
        const int h = kTrackHeight + (m_tracks[i].summary->hasConfidence() ? kConfidenceHeight : 0);
        if (i == track)
            return QRect(kNameWidth, y, std::max(1, width() - kNameWidth), h);
        y += h + kTrackSpacing;
    }
    return QRect();
}

double TimelineWidget::maxFramesPerPixel() const
{
    return std::max(minFramesPerPixel(), double(std::max(1, m_frameCount)) / bandsRect().width());
}

void TimelineWidget::setView(double firstFrame, double framesPerPixel)
{
    m_fitted = false;
    m_framesPerPixel = framesPerPixel;
    m_viewStart = firstFrame;
    clampView();
    update();
    Q_EMIT viewChanged();
}

void TimelineWidget::zoomToFit()
{
    m_framesPerPixel = maxFramesPerPixel();
    m_viewStart = 0;
    clampView();
    m_fitted = true;
    update();
    Q_EMIT viewChanged();
}

void TimelineWidget::zoomBy(double factor, int anchorX)
{
    if (factor <= 0)
        return;
    const double anchorFrame = m_viewStart + (anchorX - kNameWidth) * m_framesPerPixel;
    const double fpp
            = std::clamp(m_framesPerPixel / factor, minFramesPerPixel(), maxFramesPerPixel());
    m_viewStart = anchorFrame - (anchorX - kNameWidth) * fpp;
    m_framesPerPixel = fpp;
    m_fitted = fpp >= maxFramesPerPixel();
    clampView();
    update();
    Q_EMIT viewChanged();
}

void TimelineWidget::clampView()
{
    m_framesPerPixel = std::clamp(m_framesPerPixel, minFramesPerPixel(), maxFramesPerPixel());
    const double visible = bandsRect().width() * m_framesPerPixel;
    m_viewStart = std::clamp(m_viewStart, 0.0, std::max(0.0, m_frameCount - visible));
    syncScrollBar();
}

void TimelineWidget::syncScrollBar()
{
    m_syncingScrollBar = true;
    const int visible = int(std::ceil(bandsRect().width() * m_framesPerPixel));
    m_scrollBar->setRange(0, std::max(0, m_frameCount - visible));
    m_scrollBar->setPageStep(std::max(1, visible));
    m_scrollBar->setSingleStep(std::max(1, visible / 20));
    m_scrollBar->setValue(int(std::lround(m_viewStart)));
    m_syncingScrollBar = false;
}

int TimelineWidget::frameAt(int x) const
{
    // The first frame of the pixel's range, with the tolerance paintTrack uses for its edges.
    const double frame = m_viewStart + (x - kNameWidth) * m_framesPerPixel + 1e-6;
    return std::clamp(int(std::floor(frame)), 0, std::max(0, m_frameCount - 1));
}

int TimelineWidget::edgeAt(int x) const
{
    const double frame = m_viewStart + (x - kNameWidth) * m_framesPerPixel;
    return std::clamp(int(std::lround(frame)), 0, m_frameCount);
}

int TimelineWidget::boundaryAt(int track, int x) const
{
    if (track < 0 || track >= trackCount() || m_frameCount < 2)
        return -1;
    constexpr int kGrabPixels = 4;
    constexpr int kMostFrames = 4096; // zoomed far out, edges are too dense to grab anyway
    const TimelineSummary &summary = *m_tracks[size_t(track)].summary;
    const int first = std::max(1, edgeAt(x - kGrabPixels));
    const int last = std::min({m_frameCount - 1, edgeAt(x + kGrabPixels), first + kMostFrames});
    int best = -1;
    double bestDistance = kGrabPixels + 1.0;
    for (int f = first; f <= last; ++f) {
        if (summary.label(f - 1) == summary.label(f))
            continue;
        const double distance = std::abs(xOfFrame(f) - x);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = f;
        }
    }
    return best;
}

double TimelineWidget::xOfFrame(double frame) const
{
    return kNameWidth + (frame - m_viewStart) / m_framesPerPixel;
}

void TimelineWidget::setCurrentFrame(int frame)
{
    frame = std::clamp(frame, 0, std::max(0, m_frameCount - 1));
    if (frame == m_currentFrame)
        return;
    m_currentFrame = frame;
    const double visible = bandsRect().width() * m_framesPerPixel;
    if (!m_fitted && !m_seeking && (frame < m_viewStart || frame + 1 > m_viewStart + visible)) {
        // Page so that the playhead continues from the left edge (or is centred when jumping back).
        m_viewStart = frame < m_viewStart ? frame - visible / 2 : frame - visible * 0.05;
        clampView();
        Q_EMIT viewChanged();
    }
    update();
}

void TimelineWidget::setSelection(int start, int end)
{
    start = std::clamp(start, 0, m_frameCount);
    end = std::clamp(end, 0, m_frameCount);
    if (end < start)
        std::swap(start, end);
    if (start == m_selectionStart && end == m_selectionEnd)
        return;
    m_selectionStart = start;
    m_selectionEnd = end;
    update();
}

QColor TimelineWidget::colorOf(int label) const
{
    if (label >= 0 && label < m_colors.size() && m_colors[label].isValid())
        return m_colors[label];
    return kUnlabeledColor;
}

QString TimelineWidget::timeText(qint64 frame, bool withFrames) const
{
    const double seconds = frame / m_fps;
    const qint64 whole = qint64(std::floor(seconds + 1e-9));
    const int h = int(whole / 3600);
    const int m = int((whole / 60) % 60);
    const int s = int(whole % 60);
    QString text = h > 0 ? QStringLiteral("%1:%2:%3")
                                   .arg(h)
                                   .arg(m, 2, 10, QLatin1Char('0'))
                                   .arg(s, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    if (withFrames) {
        const qint64 rest = frame - qint64(std::ceil(whole * m_fps - 1e-9));
        text += QStringLiteral("+%1").arg(std::max<qint64>(0, rest));
    }
    return text;
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int h = m_scrollBar->sizeHint().height();
    m_scrollBar->setGeometry(kNameWidth, height() - h, std::max(1, width() - kNameWidth), h);
    if (m_fitted)
        m_framesPerPixel = maxFramesPerPixel();
    clampView();
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRect bands = bandsRect();

    paintRuler(painter, QRect(kNameWidth, 0, bands.width(), kRulerHeight));

    for (int i = 0; i < trackCount(); ++i) {
        const QRect r = trackRect(i);
        // Name column
        QRect nameRect(4, r.top(), kNameWidth - 8, r.height());
        QFont font = painter.font();
        font.setBold(i == m_activeTrack);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString name = painter.fontMetrics().elidedText(
                m_tracks[i].name, Qt::ElideRight, nameRect.width() - 10);
        painter.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft, name);
        if (i == m_activeTrack) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Highlight));
            painter.drawRect(QRect(kNameWidth - 6, r.top() + 2, 3, r.height() - 4));
        }
        font.setBold(false);
        painter.setFont(font);
        paintTrack(painter, m_tracks[i], r);
    }

    // Selection
    if (hasSelection()) {
        const double x0 = std::max<double>(bands.left(), xOfFrame(m_selectionStart));
        const double x1 = std::min<double>(bands.right() + 1, xOfFrame(m_selectionEnd));
        if (x1 > x0) {
            QColor fill = palette().color(QPalette::Highlight);
            fill.setAlpha(70);
            const QRectF sel(x0, kRulerHeight, std::max(1.0, x1 - x0), bands.height());
            painter.fillRect(sel, fill);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(sel.adjusted(0, 0, -1, -1));
        }
    }

    // Playhead
    if (m_frameCount > 0) {
        const double x = xOfFrame(m_currentFrame + (m_framesPerPixel < 1 ? 0.5 : 0.0));
        if (x >= bands.left() - 1 && x <= bands.right() + 1) {
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(QPen(kPlayheadColor, 2));
            painter.drawLine(QPointF(x, kRulerHeight - 6), QPointF(x, bands.bottom()));
            QPainterPath head;
            head.moveTo(x - 6, 0);
            head.lineTo(x + 6, 0);
            head.lineTo(x, kRulerHeight - 6);
            head.closeSubpath();
            painter.fillPath(head, kPlayheadColor);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }
}

void TimelineWidget::paintRuler(QPainter &painter, const QRect &rect)
{
    if (m_frameCount <= 0)
        return;
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    // A tick step (in frames) that leaves at least ~90 px between labels.
    const double minFrames = 90.0 * m_framesPerPixel;
    static const double secondSteps[]
            = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 18000, 36000};
    static const int frameSteps[] = {1, 2, 5, 10};
    double step = 0;
    bool withFrames = false;
    for (int s : frameSteps) {
        if (s >= minFrames && s < m_fps) {
            step = s;
            withFrames = true;
            break;
        }
    }
    if (step == 0) {
        for (double s : secondSteps) {
            if (s * m_fps >= minFrames) {
                step = s * m_fps;
                break;
            }
        }
    }
    if (step == 0)
        step = std::max(1.0, minFrames);
    const double first = std::floor(m_viewStart / step) * step;
    const double last = m_viewStart + rect.width() * m_framesPerPixel;
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics fm = painter.fontMetrics();
    for (double f = first; f <= last; f += step) {
        const double x = xOfFrame(std::round(f));
        if (x < rect.left() - 1)
            continue;
        painter.drawLine(QPointF(x, rect.bottom() - 5), QPointF(x, rect.bottom()));
        const QString label = timeText(qint64(std::round(f)), withFrames);
        if (x + 3 + fm.horizontalAdvance(label) < rect.right())
            painter.drawText(QPointF(x + 3, rect.bottom() - 6), label);
    }
}

void TimelineWidget::paintTrack(QPainter &painter, const Track &track, const QRect &rect)
{
    const TimelineSummary &summary = *track.summary;
    const bool withConfidence = summary.hasConfidence();
    const QRect labelRect(rect.left(), rect.top(), rect.width(), kTrackHeight);
    const QRect confidenceRect(
            rect.left(), rect.top() + kTrackHeight, rect.width(), kConfidenceHeight);
    painter.fillRect(rect, kUnlabeledColor);
    if (m_frameCount <= 0)
        return;

    if (m_framesPerPixel >= 1.0) {
        // One bin per pixel column, each answered from the summary level whose blocks are at most
        // one pixel wide: the cost is the width, not the number of frames.
        const int width = rect.width();
        int runStart = 0;
        int runLabel = TimelineSummary::kUnlabeled;
        int confidenceStart = 0;
        int confidenceLevel = -1;
        auto flushLabel = [&](int end) {
            if (runLabel != TimelineSummary::kUnlabeled && end > runStart)
                painter.fillRect(QRect(labelRect.left() + runStart,
                                       labelRect.top(),
                                       end - runStart,
                                       labelRect.height()),
                                 colorOf(runLabel));
        };
        const TimelineSummary *marks = withConfidence ? track.marks.get() : nullptr;
        int markStart = 0;
        bool marking = false;
        auto flushMarks = [&](int end) {
            if (marking && end > markStart)
                painter.fillRect(QRect(confidenceRect.left() + markStart,
                                       confidenceRect.bottom() - kMarkHeight + 1,
                                       end - markStart,
                                       kMarkHeight),
                                 kMarkColor);
        };
        auto flushConfidence = [&](int end) {
            if (confidenceLevel >= 0 && end > confidenceStart) {
                const int gray
                        = 235 - confidenceLevel * 20; // 11 steps: light = unsure, dark = sure
                painter.fillRect(QRect(confidenceRect.left() + confidenceStart,
                                       confidenceRect.top(),
                                       end - confidenceStart,
                                       confidenceRect.height()),
                                 QColor(gray, gray, gray));
            }
        };
        // Pixel x covers frames [edge(x), edge(x + 1)). The same function gives both ends, so
        // neighbouring pixels neither overlap nor leave a frame out, and the tolerance keeps a
        // boundary that is a whole frame in exact arithmetic (the video's end at full zoom-out:
        // width * (frames / width)) from rounding down to the frame before it.
        auto edge = [this](int x) {
            return int(std::floor(m_viewStart + x * m_framesPerPixel + 1e-6));
        };
        for (int x = 0; x < width; ++x) {
            const int start = edge(x);
            const int end = std::max(start + 1, edge(x + 1));
            if (start >= m_frameCount) {
                flushLabel(x);
                runLabel = TimelineSummary::kUnlabeled;
                runStart = x;
                if (withConfidence) {
                    flushConfidence(x);
                    confidenceLevel = -1;
                    confidenceStart = x;
                }
                flushMarks(x);
                marking = false;
                break;
            }
            const TimelineSummary::Bin bin = summary.bin(start, end);
            if (bin.label != runLabel) {
                flushLabel(x);
                runLabel = bin.label;
                runStart = x;
            }
            if (marks) {
                const bool marked = marks->bin(start, end).label == 0;
                if (marked != marking) {
                    flushMarks(x);
                    marking = marked;
                    markStart = x;
                }
            }
            if (withConfidence) {
                const int level = bin.label == TimelineSummary::kUnlabeled
                                          ? -1
                                          : int(std::lround(bin.confidence * 10));
                if (level != confidenceLevel) {
                    flushConfidence(x);
                    confidenceLevel = level;
                    confidenceStart = x;
                }
            }
        }
        flushLabel(width);
        if (withConfidence)
            flushConfidence(width);
        flushMarks(width);
    } else {
        // Zoomed in: fewer frames than pixels, draw each run of equal frames.
        const int first = std::max(0, int(std::floor(m_viewStart)));
        const int last = std::min(
                m_frameCount, int(std::ceil(m_viewStart + rect.width() * m_framesPerPixel)) + 1);
        int f = first;
        while (f < last) {
            const int label = summary.label(f);
            int g = f + 1;
            while (g < last && summary.label(g) == label)
                ++g;
            const double x0 = std::max<double>(rect.left(), xOfFrame(f));
            const double x1 = std::min<double>(rect.right() + 1, xOfFrame(g));
            if (label != TimelineSummary::kUnlabeled)
                painter.fillRect(QRectF(x0, labelRect.top(), x1 - x0, labelRect.height()),
                                 colorOf(label));
            if (withConfidence && label != TimelineSummary::kUnlabeled) {
                for (int c = f; c < g; ++c) {
                    const int gray = 235 - int(std::lround(summary.confidence(c) * 10)) * 20;
                    const double cx0 = std::max<double>(rect.left(), xOfFrame(c));
                    const double cx1 = std::min<double>(rect.right() + 1, xOfFrame(c + 1));
                    painter.fillRect(
                            QRectF(cx0, confidenceRect.top(), cx1 - cx0, confidenceRect.height()),
                            QColor(gray, gray, gray));
                    if (track.marks && track.marks->label(c) == 0)
                        painter.fillRect(QRectF(cx0,
                                                confidenceRect.bottom() - kMarkHeight + 1,
                                                cx1 - cx0,
                                                kMarkHeight),
                                         kMarkColor);
                }
            }
            f = g;
        }
        // Frame boundaries once they are wide enough to see.
        if (m_framesPerPixel <= 1.0 / 6.0) {
            QColor line = palette().color(QPalette::Window);
            line.setAlpha(110);
            painter.setPen(line);
            for (int c = first; c < last; ++c) {
                const double x = xOfFrame(c);
                if (x >= rect.left() && x <= rect.right())
                    painter.drawLine(QPointF(x, labelRect.top()), QPointF(x, labelRect.bottom()));
            }
        }
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_frameCount <= 0
        || event->position().x() < kNameWidth) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int frame = frameAt(int(event->position().x()));
    const QPoint pos = event->position().toPoint();
    if (!(event->modifiers() & Qt::ShiftModifier) && trackRect(m_activeTrack).contains(pos)) {
        const int boundary = boundaryAt(m_activeTrack, pos.x());
        if (boundary > 0) {
            m_draggingBoundary = true;
            Q_EMIT boundaryDragStarted(m_activeTrack, boundary);
            event->accept();
            return;
        }
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        m_selectionAnchor = frame;
        setSelection(frame, frame + 1);
    } else {
        m_seeking = true;
        if (hasSelection()) {
            clearSelection();
            Q_EMIT selectionChanged(0, 0);
        }
        Q_EMIT seekRequested(frame);
    }
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton)) {
        const bool onEdge
                = trackRect(m_activeTrack).contains(pos) && boundaryAt(m_activeTrack, pos.x()) > 0;
        if (onEdge)
            setCursor(Qt::SizeHorCursor);
        else
            unsetCursor();
        QWidget::mouseMoveEvent(event);
        return;
    }
    const int frame = frameAt(int(event->position().x()));
    if (m_draggingBoundary) {
        Q_EMIT boundaryDragged(edgeAt(pos.x()));
    } else if (m_selectionAnchor >= 0) {
        setSelection(std::min(m_selectionAnchor, frame), std::max(m_selectionAnchor, frame) + 1);
    } else if (m_seeking) {
        Q_EMIT seekRequested(frame);
    }
    event->accept();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (m_draggingBoundary) {
            m_draggingBoundary = false;
            Q_EMIT boundaryDragFinished();
        }
        if (m_selectionAnchor >= 0) {
            m_selectionAnchor = -1;
            Q_EMIT selectionChanged(m_selectionStart, m_selectionEnd);
        }
        m_seeking = false;
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)) {
        zoomToFit();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const bool scroll
            = (event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y());
    if (scroll) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        const double visible = bandsRect().width() * m_framesPerPixel;
        m_fitted = false;
        m_viewStart -= d / 120.0 * visible / 10.0;
        clampView();
        update();
        Q_EMIT viewChanged();
    } else if (delta.y() != 0) {
        zoomBy(std::pow(1.25, delta.y() / 120.0), int(event->position().x()));
    }
    event->accept();
}

} // namespace ethoscribe
