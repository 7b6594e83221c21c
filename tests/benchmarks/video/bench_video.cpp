// SPDX-License-Identifier: GPL-3.0-or-later
// bench_video: decoding speed of VideoReader against FFmpeg's own command-line decoder measured
// in the same run, and random-access latency with and without FrameCache. Prints figures and
// never fails on time.
//
//   bench_video [--minutes M] [--real-videos DIR] [--keep]
//
// The synthetic video (M minutes, default 10, 320x240, 30 fps, H.264 with a 250-frame keyframe
// interval like x264's default) is written with VideoWriter to the temp folder and reused by
// later runs.

#include "video/FrameCache.h"
#include "video/VideoReader.h"
#include "video/VideoWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

#include <cmath>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ethoscribe;

namespace {

// Moving shapes over a textured background plus shifting noise: content with motion that an
// encoder must work on, cheap to generate.
QImage syntheticFrame(int w, int h, int i, const std::vector<uchar> &noise)
{
    QImage img(w, h, QImage::Format_RGB888);
    const size_t offset = (size_t(i) * 7919) % (noise.size() - size_t(w) * h * 3);
    for (int y = 0; y < h; ++y) {
        uchar *line = img.scanLine(y);
        const uchar *n = noise.data() + offset + size_t(y) * w * 3;
        for (int x = 0; x < w * 3; ++x)
            line[x] = uchar(60 + ((x / 3 + y) % 64) + (n[x] & 15));
    }
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    for (int k = 0; k < 3; ++k) {
        const double t = i / 30.0 + k * 2.1;
        const int cx = int(w / 2 + std::sin(t * (0.7 + k * 0.2)) * w * 0.35);
        const int cy = int(h / 2 + std::cos(t * (0.5 + k * 0.3)) * h * 0.3);
        p.setBrush(QColor::fromHsv((k * 110 + i) % 360, 200, 220));
        p.drawEllipse(QPoint(cx, cy), 18 + 4 * k, 12 + 3 * k);
    }
    return img;
}

QString ensureSyntheticVideo(int minutes)
{
    const QString path
            = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                      .filePath(QStringLiteral("ethoscribe-bench-video-%1min.mp4").arg(minutes));
    const int frames = minutes * 60 * 30;
    {
        VideoReader probe;
        QString error;
        if (probe.open(path, &error) && probe.info().frameCount == frames)
            return path;
    }
    std::printf("Writing a %d-minute synthetic video (%d frames) to %s ...\n",
                minutes,
                frames,
                qPrintable(path));
    std::fflush(stdout);
    std::vector<uchar> noise(size_t(320) * 240 * 3 * 2);
    QRandomGenerator rng(1);
    for (uchar &v : noise)
        v = uchar(rng.bounded(256));
    VideoWriterSettings s;
    s.width = 320;
    s.height = 240;
    s.gopSize = 250;
    s.threads = 2;
    VideoWriter writer;
    QString error;
    QElapsedTimer t;
    t.start();
    if (!writer.open(path, s, &error)) {
        std::printf("%s\n", qPrintable(error));
        return QString();
    }
    for (int i = 0; i < frames; ++i)
        if (!writer.write(syntheticFrame(320, 240, i, noise), &error)) {
            std::printf("%s\n", qPrintable(error));
            return QString();
        }
    writer.close(&error);
    std::printf("  written in %.1f s\n", t.elapsed() / 1000.0);
    return path;
}

// Seconds ffmpeg needs to decode the whole file, or -1.
double ffmpegSeconds(const QString &path, const QStringList &extra)
{
    QStringList args{QStringLiteral("-hide_banner"),
                     QStringLiteral("-loglevel"),
                     QStringLiteral("error"),
                     QStringLiteral("-nostdin")};
    args << extra.mid(0, extra.indexOf(QStringLiteral("|")));
    args << QStringLiteral("-i") << path;
    args << extra.mid(extra.indexOf(QStringLiteral("|")) + 1);
    args << QStringLiteral("-f") << QStringLiteral("null") << QStringLiteral("-");
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("ffmpeg"), args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return t.nsecsElapsed() / 1e9;
}

double readerSeconds(const QString &path, int threads, qint64 *frames)
{
    VideoReader::clearMemoryIndexCache();
    VideoReader reader;
    reader.setDecoderThreads(threads);
    QString error;
    if (!reader.open(path, &error)) { // index comes from the disk cache after the first run
        std::printf("%s\n", qPrintable(error));
        return -1;
    }
    QElapsedTimer t;
    t.start();
    VideoFrame f;
    qint64 n = 0;
    while (reader.readNext(&f, &error))
        ++n;
    *frames = n;
    return t.nsecsElapsed() / 1e9;
}

void sequential(const QString &label, const QString &path)
{
    std::printf("\n== Sequential decoding: %s\n", qPrintable(label));
    for (int threads : {1, 2}) {
        qint64 frames = 0;
        const double ours = readerSeconds(path, threads, &frames);
        const QString t = QString::number(threads);
        // Same decoder thread count for both. "-f null" skips conversion; "-pix_fmt rgb24" adds
        // FFmpeg's own conversion to RGB like VideoReader's output (its default, faster flags).
        const double ffNull
                = ffmpegSeconds(path, {QStringLiteral("-threads"), t, QStringLiteral("|")});
        const double ffRgb = ffmpegSeconds(path,
                                           {QStringLiteral("-threads"),
                                            t,
                                            QStringLiteral("|"),
                                            QStringLiteral("-pix_fmt"),
                                            QStringLiteral("rgb24")});
        std::printf("  %d decoder thread(s): VideoReader %.0f frames/s (%lld frames, %.2f s, RGB "
                    "output)\n",
                    threads,
                    frames / ours,
                    frames,
                    ours);
        if (ffNull > 0)
            std::printf("    ffmpeg -threads %d -f null:            %.0f frames/s -> VideoReader "
                        "at %.2fx of ffmpeg's speed\n",
                        threads,
                        frames / ffNull,
                        ffNull / ours);
        if (ffRgb > 0)
            std::printf("    ffmpeg -threads %d -pix_fmt rgb24 -f null: %.0f frames/s -> "
                        "VideoReader at %.2fx\n",
                        threads,
                        frames / ffRgb,
                        ffRgb / ours);
        if (ffNull <= 0)
            std::printf("    (ffmpeg not found or failed: no baseline)\n");
    }
}

void printLatency(const char *label, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double p95 = ms[std::min(ms.size() - 1, size_t(ms.size() * 0.95))];
    std::printf("  %-52s median %7.2f ms   95th percentile %7.2f ms\n", label, median, p95);
}

void randomAccess(const QString &label, const QString &path)
{
    std::printf("\n== Random access, 200 random frames: %s\n", qPrintable(label));
    VideoReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        std::printf("%s\n", qPrintable(error));
        return;
    }
    const qint64 n = reader.info().frameCount;
    std::printf("  %lld frames, %lld keyframes (mean interval %.0f frames)\n",
                n,
                reader.info().keyframeCount,
                double(n) / std::max<qint64>(1, reader.info().keyframeCount));
    QRandomGenerator rng(2024);
    std::vector<qint64> indexes;
    for (int i = 0; i < 200; ++i)
        indexes.push_back(rng.bounded(n));
    std::vector<double> ms;
    VideoFrame f;
    for (qint64 i : indexes) {
        QElapsedTimer t;
        t.start();
        reader.readFrame(i, &f, &error);
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    printLatency("VideoReader::readFrame (no cache)", ms);

    FrameCache cache;
    cache.setPrefetchEnabled(false);
    ms.clear();
    for (qint64 i : indexes) {
        QElapsedTimer t;
        t.start();
        cache.frame(path, i, &error);
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    printLatency("FrameCache::frame, cold (all misses)", ms);
    ms.clear();
    for (qint64 i : indexes) {
        QElapsedTimer t;
        t.start();
        cache.frame(path, i, &error);
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    printLatency("FrameCache::frame, same frames again (hits)", ms);

    // Playback after a jump: the playhead steers prefetching; frames are asked for at 30 fps.
    FrameCache player;
    player.setPrefetchFrames(60);
    const qint64 start = n / 3;
    ms.clear();
    for (qint64 i = start; i < std::min(n, start + 150); ++i) {
        QElapsedTimer t;
        t.start();
        player.frame(path, i, &error);
        ms.push_back(t.nsecsElapsed() / 1e6);
        player.setPlayhead(path, i, +1);
        QThread::msleep(33);
    }
    const auto s = player.statistics();
    printLatency("FrameCache playback at 30 fps after a jump (prefetch)", ms);
    std::printf("    hits %lld, misses %lld, prefetched %lld\n", s.hits, s.misses, s.prefetched);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ethoscribe-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("minutes"),
                      QStringLiteral("Synthetic video length."),
                      QStringLiteral("M"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("real-videos"),
                      QStringLiteral("Folder of the real videos."),
                      QStringLiteral("DIR"),
                      qEnvironmentVariable("ETHOSCRIBE_REAL_VIDEOS",
                                           QStringLiteral(ETHOSCRIBE_REAL_VIDEOS_DEFAULT))});
    parser.process(app);
    std::printf("bench_video: %d CPU threads available; VideoReader default decoder threads: %d\n",
                QThread::idealThreadCount(),
                VideoReader::defaultDecoderThreads());

    const QString synthetic = ensureSyntheticVideo(parser.value(QStringLiteral("minutes")).toInt());
    if (!synthetic.isEmpty()) {
        sequential(QStringLiteral("synthetic 320x240 H.264, keyframe every 250 frames"), synthetic);
        randomAccess(QStringLiteral("synthetic 320x240 H.264, gop 250"), synthetic);
    }
    const QString real = QDir(parser.value(QStringLiteral("real-videos")))
                                 .filePath(QStringLiteral("openfield_m3v1_320x240.mp4"));
    if (QFileInfo::exists(real)) {
        sequential(QStringLiteral("real openfield_m3v1_320x240.mp4 (2330 frames)"), real);
        randomAccess(QStringLiteral("real openfield_m3v1_320x240.mp4"), real);
    } else {
        std::printf("\n(real video %s not found: skipped)\n", qPrintable(real));
    }
    return 0;
}
