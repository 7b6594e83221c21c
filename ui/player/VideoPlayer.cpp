// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/VideoPlayer.h"

#include "player/FrameDecoder.h"
#include "player/FrameView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <cstdlib>
#include <limits>

namespace ethoscribe {

VideoPlayer::VideoPlayer(QWidget *parent)
    : QWidget(parent)
    , m_decoder(new FrameDecoder(this))
    , m_view(new FrameView(this))
    , m_playButton(new QToolButton(this))
    , m_backButton(new QToolButton(this))
    , m_forwardButton(new QToolButton(this))
    , m_speedBox(new QComboBox(this))
    , m_counter(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_view->setMessage(tr("No video open.\nUse File > Add Videos or File > Open Demo."));

    m_backButton->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_backButton->setToolTip(tr("One frame back (Left)"));
    m_forwardButton->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_forwardButton->setToolTip(tr("One frame forward (Right)"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setToolTip(tr("Play or pause (Space)"));
    for (QToolButton *b : {m_backButton, m_playButton, m_forwardButton}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoRaise(true);
        b->setIconSize(QSize(22, 22));
    }
    for (double s : speeds())
        m_speedBox->addItem(tr("%1x").arg(s), s);
    m_speedBox->setCurrentIndex(speeds().indexOf(1.0));
    m_speedBox->setToolTip(tr("Playback speed"));
    m_speedBox->setFocusPolicy(Qt::NoFocus);
    m_counter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(
            QStringLiteral("Frame 000000 / 000000   0:00:00.000 / 0:00:00.000")));

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(4, 2, 4, 2);
    controls->addWidget(m_backButton);
    controls->addWidget(m_playButton);
    controls->addWidget(m_forwardButton);
    controls->addSpacing(8);
    controls->addWidget(m_speedBox);
    controls->addSpacing(12);
    controls->addWidget(m_counter);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);

    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &VideoPlayer::onTick);
    connect(m_playButton, &QToolButton::clicked, this, &VideoPlayer::togglePlayback);
    connect(m_backButton, &QToolButton::clicked, this, &VideoPlayer::stepBackward);
    connect(m_forwardButton, &QToolButton::clicked, this, &VideoPlayer::stepForward);
    connect(m_speedBox, &QComboBox::activated, this, [this](int i) {
        setSpeed(m_speedBox->itemData(i).toDouble());
    });
    connect(m_decoder, &FrameDecoder::opened, this, &VideoPlayer::onOpened);
    connect(m_decoder, &FrameDecoder::openFailed, this, [this](const QString &message) {
        m_pendingPath.clear();
        m_playWhenOpened = false;
        m_view->setMessage(message);
        updateControls();
        Q_EMIT openFailed(message);
    });
    connect(m_decoder, &FrameDecoder::frameReady, this, &VideoPlayer::onFrameReady);
    connect(m_decoder, &FrameDecoder::previewReady, this, &VideoPlayer::onPreviewReady);
    connect(m_decoder,
            &FrameDecoder::decodeFailed,
            this,
            [this](qint64 index, const QString &message) {
                if (index == m_currentFrame && !m_playing)
                    m_view->setCaption(
                            tr("Frame %1 could not be decoded: %2").arg(index).arg(message),
                            QColor());
            });
    updateControls();
}

VideoPlayer::~VideoPlayer() = default;

QVector<double> VideoPlayer::speeds()
{
    return {0.25, 0.5, 1.0, 1.5, 2.0, 4.0};
}

void VideoPlayer::openVideo(const QString &path)
{
    pause();
    m_info = VideoInfo();
    m_pendingPath = path;
    m_currentFrame = 0;
    m_displayedFrame = -1;
    m_previewFrame = -1;
    m_view->setImage(QImage());
    m_view->setMessage(tr("Opening %1 ...").arg(path));
    updateControls();
    m_decoder->open(path);
}

void VideoPlayer::closeVideo()
{
    pause();
    m_playWhenOpened = false;
    m_pendingPath.clear();
    m_info = VideoInfo();
    m_currentFrame = 0;
    m_displayedFrame = -1;
    m_previewFrame = -1;
    m_decoder->close();
    m_view->setImage(QImage());
    m_view->setMessage(tr("No video open.\nUse File > Add Videos or File > Open Demo."));
    updateControls();
}

void VideoPlayer::onOpened(const VideoInfo &info)
{
    m_info = info;
    m_pendingPath.clear();
    m_currentFrame = -1;
    m_displayedFrame = -1;
    m_previewFrame = -1;
    Q_EMIT videoOpened(info);
    setCurrent(0, false);
    updateControls();
    if (m_playWhenOpened) {
        m_playWhenOpened = false;
        play();
    }
}

QImage VideoPlayer::displayedImage() const
{
    return m_view->image();
}

void VideoPlayer::play()
{
    if (!hasVideo()) {
        m_playWhenOpened = !m_pendingPath.isEmpty();
        return;
    }
    if (m_playing)
        return;
    if (m_currentFrame >= m_info.frameCount - 1)
        setCurrent(0, true); // at the end: start again
    m_playing = true;
    restartClock();
    const double fps = m_info.fps() > 0 ? m_info.fps() : 30.0;
    m_timer->start(std::max(4, int(1000.0 / (fps * m_speed) / 2)));
    m_decoder->request(m_currentFrame, true);
    updateControls();
    Q_EMIT playingChanged(true);
}

void VideoPlayer::pause()
{
    m_playWhenOpened = false;
    if (!m_playing)
        return;
    m_playing = false;
    m_timer->stop();
    // Show exactly the frame we stopped at.
    if (m_displayedFrame != m_currentFrame)
        m_decoder->request(m_currentFrame, false);
    updateControls();
    Q_EMIT playingChanged(false);
}

void VideoPlayer::togglePlayback()
{
    if (m_playing)
        pause();
    else
        play();
}

void VideoPlayer::setFrameCacheBudget(qint64 bytes)
{
    m_decoder->setCacheBudget(bytes);
}

void VideoPlayer::seek(qint64 frame)
{
    if (!hasVideo())
        return;
    setCurrent(frame, m_playing);
    if (m_playing)
        restartClock();
}

void VideoPlayer::stepForward()
{
    pause();
    seek(m_currentFrame + 1);
}

void VideoPlayer::stepBackward()
{
    pause();
    seek(m_currentFrame - 1);
}

void VideoPlayer::setSpeed(double speed)
{
    const QVector<double> all = speeds();
    double best = all.first();
    for (double s : all)
        if (std::abs(s - speed) < std::abs(best - speed))
            best = s;
    m_speedBox->setCurrentIndex(all.indexOf(best));
    if (best == m_speed)
        return;
    m_speed = best;
    if (m_playing) {
        restartClock();
        const double fps = m_info.fps() > 0 ? m_info.fps() : 30.0;
        m_timer->start(std::max(4, int(1000.0 / (fps * m_speed) / 2)));
    }
    Q_EMIT speedChanged(m_speed);
}

void VideoPlayer::restartClock()
{
    m_clockStartFrame = m_currentFrame;
    m_clock.start();
}

void VideoPlayer::onTick()
{
    if (!m_playing || !hasVideo())
        return;
    const double fps = m_info.fps() > 0 ? m_info.fps() : 30.0;
    qint64 target
            = m_clockStartFrame + qint64(std::floor(m_clock.nsecsElapsed() / 1e9 * fps * m_speed));
    if (target >= m_info.frameCount - 1) {
        setCurrent(m_info.frameCount - 1, false);
        pause();
        return;
    }
    if (target != m_currentFrame)
        setCurrent(target, true);
}

void VideoPlayer::setCurrent(qint64 frame, bool prefetch)
{
    if (!hasVideo())
        return;
    frame = std::clamp<qint64>(frame, 0, m_info.frameCount - 1);
    if (frame != m_currentFrame) {
        m_currentFrame = frame;
        m_counter->setText(frameCounterText());
        Q_EMIT currentFrameChanged(frame);
    }
    const QImage cached = m_decoder->cached(frame);
    if (!cached.isNull())
        onFrameReady(frame, cached);
    if (m_displayedFrame != frame || prefetch)
        m_decoder->request(frame, prefetch);
}

void VideoPlayer::onFrameReady(qint64 index, const QImage &image)
{
    if (!hasVideo() || index >= m_info.frameCount)
        return;
    // A late frame is still better than a frozen picture: while playing, one between the shown
    // frame and the wanted one; while the user drags the playhead (each move asks for a frame,
    // and the picture could otherwise stay frozen until the mouse rests, backward most of all),
    // one nearer the wanted frame than the shown one. The frame the user is at follows.
    const auto distance = [this](qint64 f) {
        return f < 0 ? std::numeric_limits<qint64>::max() : std::abs(f - m_currentFrame);
    };
    const qint64 shown = m_displayedFrame >= 0 ? m_displayedFrame : m_previewFrame;
    const bool wanted = index == m_currentFrame
                        || (m_playing && index > shown && index < m_currentFrame)
                        || (!m_playing && distance(index) < distance(shown));
    if (!wanted || index == m_displayedFrame)
        return;
    m_displayedFrame = index;
    m_previewFrame = -1;
    m_view->setImage(image);
    Q_EMIT frameDisplayed(index);
}

void VideoPlayer::onPreviewReady(qint64 index, const QImage &image)
{
    // The scrubbing proxy's frame, while the exact one is decoded: only for the frame the user is
    // at, and never over the exact frame.
    if (!hasVideo() || index != m_currentFrame || m_displayedFrame == index
        || m_previewFrame == index)
        return;
    m_previewFrame = index;
    m_displayedFrame = -1;
    m_view->setImage(image);
    Q_EMIT previewDisplayed(index);
}

QString VideoPlayer::timeText(qint64 frame) const
{
    const double fps = m_info.fps() > 0 ? m_info.fps() : 30.0;
    const qint64 ms = qint64(std::llround(frame / fps * 1000.0));
    const qint64 h = ms / 3600000;
    const qint64 m = (ms / 60000) % 60;
    const double s = (ms % 60000) / 1000.0;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
                .arg(h)
                .arg(m, 2, 10, QLatin1Char('0'))
                .arg(s, 6, 'f', 3, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 6, 'f', 3, QLatin1Char('0'));
}

QString VideoPlayer::frameCounterText() const
{
    if (!hasVideo())
        return QString();
    return tr("Frame %1 / %2   %3 / %4")
            .arg(m_currentFrame)
            .arg(m_info.frameCount - 1)
            .arg(timeText(m_currentFrame), timeText(m_info.frameCount));
}

void VideoPlayer::updateControls()
{
    const bool video = hasVideo();
    m_playButton->setEnabled(video);
    m_backButton->setEnabled(video);
    m_forwardButton->setEnabled(video);
    m_speedBox->setEnabled(video);
    m_playButton->setIcon(
            style()->standardIcon(m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_counter->setText(frameCounterText());
}

} // namespace ethoscribe
