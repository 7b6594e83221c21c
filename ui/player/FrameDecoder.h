// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "video/VideoInfo.h"

#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
class QThreadPool;

namespace ethoscribe {

class FrameCache;
class VideoReader;

// Gets the frames the player asks for without ever making the GUI thread wait for FFmpeg: a
// wanted frame missing from the FrameCache is decoded on this object's own thread. Requests are
// "latest wins": while the user scrubs, only the newest wanted frame is decoded. After each
// request the FrameCache's prefetch thread decodes the frames around (paused) or after (playing)
// the playhead, so playback at 4x finds its frames already decoded.
//
// Owns a QThread (with a VideoReader for the file's properties) and the FrameCache. All public
// functions are called from the GUI thread; results come back as queued signals.
class FrameDecoder : public QObject
{
    Q_OBJECT

public:
    explicit FrameDecoder(QObject *parent = nullptr);
    ~FrameDecoder() override; // stops the thread (waits for the frame being decoded)

    // Opens the file on the decoding thread: opened() or openFailed() follows. Any frame of the
    // previous file still coming is dropped (signals carry a generation number).
    void open(const QString &path);
    void close();

    // Asks for frame `index`; frameReady(index, image) follows unless a newer request replaces
    // it first. When `prefetch` is set, frames after it are decoded ahead into the cache.
    void request(qint64 index, bool prefetch);
    // The frame if it is already decoded (cache hit), else a null image. Thread-safe.
    QImage cached(qint64 index) const;

    // Memory budget of the frame cache in bytes (default 256 MiB).
    void setCacheBudget(qint64 bytes);
    FrameCache *frameCache() const { return m_cache; }

    // Scrubbing proxies (ProxyVideo): for a long video with keyframes far apart, a short-GOP copy
    // is made in the background the first time it is opened, and then a frame that is not decoded
    // yet is first shown from the copy (previewReady(), a few milliseconds) and then exactly
    // (frameReady(), once decoded; while the user keeps moving, only the copy's frames). On by
    // default.
    void setProxyEnabled(bool enabled);
    bool isProxyEnabled() const { return m_proxyEnabled; }
    // The open video's proxy is in use.
    bool hasProxy() const { return m_proxyReady; }
    // Stops making the proxy of the open video; it is not made again while this decoder lives
    // (scrubbing decodes the original). Nothing when none is being made.
    void cancelProxyBuild();

Q_SIGNALS:
    void opened(const ethoscribe::VideoInfo &info);
    void openFailed(const QString &message);
    void frameReady(qint64 index, const QImage &image);
    // The frame from the scrubbing proxy (scaled to the video's size): the right frame, not the
    // original's exact pixels. frameReady() for the same index follows unless a newer request
    // came first.
    void previewReady(qint64 index, const QImage &image);
    void decodeFailed(qint64 index, const QString &message);
    // The open video's scrubbing proxy became usable (made now or found from before).
    void proxyReady();
    // Making a proxy, for a task list: build numbers the job. Started when it is queued,
    // progress as frames are encoded, ended once with what happened (made; cancelled; failed,
    // with the reason; an empty message when it stopped because another video was opened).
    void proxyBuildStarted(int build, const QString &videoPath);
    void proxyBuildProgress(int build, qint64 done, qint64 total);
    void proxyBuildEnded(int build, bool failed, const QString &message);

    // Internal: queued to the worker thread.
    void openRequested(const QString &path, int generation);
    void requestPosted(int generation);
    void proxyOpenRequested(const QString &videoPath, const QString &proxyPath, int generation);

private:
    class Worker;
    friend class Worker;

    void onOpened(const VideoInfo &info);
    void stopProxyBuild();

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::atomic<int> m_generation{0};
    std::atomic<qint64> m_wanted{-1};
    std::atomic<bool> m_prefetch{false};
    FrameCache *m_cache = nullptr;
    QString m_path; // GUI thread's view of the open file
    bool m_proxyEnabled = true;
    bool m_proxyReady = false;
    QThreadPool *m_proxyPool = nullptr;              // one background thread making proxies
    std::shared_ptr<std::atomic_bool> m_proxyCancel; // of the build running now
    int m_proxyBuild = 0;                            // number of the latest build
    QString m_proxyVideo;                            // the video of the latest build
    QSet<QString> m_proxyDeclined;                   // videos whose build the user cancelled
};

} // namespace ethoscribe
