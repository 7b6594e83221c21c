// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "video/VideoInfo.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace ethoscribe {

class FrameDecoder;
class FrameView;

// Plays one video: the frame, play/pause, step one frame back or forward, speed 0.25x-4x and a
// frame counter with the time. Decoding happens on FrameDecoder's thread; a QTimer drives playback
// from a clock (frames are dropped, never delayed, when decoding falls behind), so the GUI thread
// never waits for a frame.
//
// currentFrame() is the frame the user is at (what labeling acts on); it changes at once on a seek
// or a step, and the picture follows as soon as it is decoded (displayedFrame()).
class VideoPlayer : public QWidget
{
    Q_OBJECT

public:
    explicit VideoPlayer(QWidget *parent = nullptr);
    ~VideoPlayer() override;

    // Opens a video in the background: videoOpened() or openFailed() follows.
    void openVideo(const QString &path);
    void closeVideo();
    bool hasVideo() const { return m_info.frameCount > 0; }
    const VideoInfo &videoInfo() const { return m_info; }

    qint64 currentFrame() const { return m_currentFrame; }
    // The frame whose exact picture is shown; -1 while the picture is a scrubbing preview (see
    // FrameDecoder::setProxyEnabled) or there is none.
    qint64 displayedFrame() const { return m_displayedFrame; }
    // The frame whose scrubbing preview is shown, -1 when none is.
    qint64 previewFrame() const { return m_previewFrame; }
    FrameDecoder *decoder() const { return m_decoder; }
    QImage displayedImage() const;
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    static QVector<double> speeds();
    QString frameCounterText() const;
    FrameView *frameView() const { return m_view; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlayback();
    // Clamped to the video. Does not stop playback.
    void seek(qint64 frame);
    void stepForward(); // pauses, then one frame
    void stepBackward();
    // One of speeds(); others are rounded to the nearest.
    void setSpeed(double speed);
    // Memory for decoded frames (FrameDecoder::setCacheBudget).
    void setFrameCacheBudget(qint64 bytes);

Q_SIGNALS:
    void videoOpened(const ethoscribe::VideoInfo &info);
    void openFailed(const QString &message);
    void currentFrameChanged(qint64 frame);
    void frameDisplayed(qint64 frame);
    // A preview of the frame from the scrubbing proxy is shown; frameDisplayed() follows with the
    // exact picture.
    void previewDisplayed(qint64 frame);
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    void onOpened(const VideoInfo &info);
    void onFrameReady(qint64 index, const QImage &image);
    void onPreviewReady(qint64 index, const QImage &image);
    void onTick();
    void setCurrent(qint64 frame, bool prefetch);
    void restartClock();
    void updateControls();
    QString timeText(qint64 frame) const;

    FrameDecoder *m_decoder = nullptr;
    FrameView *m_view = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QComboBox *m_speedBox = nullptr;
    QLabel *m_counter = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_clockStartFrame = 0;
    VideoInfo m_info;
    QString m_pendingPath;
    qint64 m_currentFrame = 0;
    qint64 m_displayedFrame = -1;
    qint64 m_previewFrame = -1;
    bool m_playing = false;
    bool m_playWhenOpened = false;
    double m_speed = 1.0;
};

} // namespace ethoscribe
