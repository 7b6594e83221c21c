// SPDX-License-Identifier: GPL-3.0-or-later
// bench_scrub: how long the window's video player takes from a mouse move on the timeline (a
// seek) to a picture of that frame, and to its exact picture, while the user drags the playhead
// or clicks around.
//
// The player is driven as the timeline drives it: one VideoPlayer::seek() per mouse-move event,
// every 16 ms (a 60 Hz mouse); frameDisplayed() (exact picture) and previewDisplayed() (the
// scrubbing proxy's picture) say when it is shown. A seek that a later one replaces before its
// frame came is "skipped" (the picture jumps past it, as in any editor). Printed per scenario:
// frames shown and how many first as a preview; latency to the first picture (preview or exact)
// of each frame shown; latency to the exact picture for the frames shown exactly; "at rest", the
// last seek of a drag to its exact picture; and the longest time the picture did not change
// (for clicks 400 ms apart that is the pause between clicks). Each scenario runs first on a new
// player (cold: nothing decoded) and then again on the same one (warm); all of them without the
// scrubbing proxy (the baseline, same run) and with it (made beforehand, timed).
//
// Videos: synthetic cage videos (core/synth) encoded with H.264 and a keyframe every 250 frames,
// at 320x240 (the paper's size) and 1920x1080, and the real open-field video when
// $ETHOSCRIBE_REAL_VIDEOS has it. Also per video: VideoReader's sequential decoding (ms per
// frame) and random access without any cache.
//
//   QT_QPA_PLATFORM=offscreen bench_scrub [--hd-frames 900] [--no-hd | --only-hd]
//
// Prints figures, never fails on time. The targets: p95 under 30 ms at 320x240, under
// 60 ms at 1080p.
#include "BenchUtil.h"
#include "player/FrameDecoder.h"
#include "player/VideoPlayer.h"
#include "synth/SyntheticCage.h"
#include "video/ProxyVideo.h"
#include "video/VideoReader.h"
#include "video/VideoWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace ethoscribe;
using benchutil::loadAverage;

namespace {

QString ensureCageVideo(int width, int height, int frames)
{
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(QStringLiteral("ethoscribe-bench-scrub-%1x%2-%3.mp4")
                                                   .arg(width)
                                                   .arg(height)
                                                   .arg(frames));
    {
        VideoReader probe;
        QString error;
        if (probe.open(path, &error) && probe.info().frameCount == frames)
            return path;
    }
    std::printf("Writing a synthetic %dx%d video (%d frames) to %s ...\n",
                width,
                height,
                frames,
                qPrintable(path));
    std::fflush(stdout);
    SyntheticCageOptions options;
    options.width = width;
    options.height = height;
    options.seconds = frames / 30.0;
    const SyntheticCage cage(options);
    VideoWriterSettings s;
    s.width = width;
    s.height = height;
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
        if (!writer.write(cage.renderFrame(i), &error)) {
            std::printf("%s\n", qPrintable(error));
            return QString();
        }
    writer.close(&error);
    std::printf("  written in %.1f s\n", t.elapsed() / 1000.0);
    return path;
}

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
}

struct Scenario
{
    const char *name;
    std::vector<qint64> positions; // one seek per event
    int intervalMs = 16;
};

struct Outcome
{
    int events = 0;
    std::vector<double> latencies; // of the frames shown
    double restMs = -1;            // last seek to its frame
    double longestFreezeMs = 0;    // longest time the picture did not change, from the first seek
    int previews = 0;              // of the frames shown, from the scrubbing proxy
    std::vector<double> exactLatencies; // seek to the exact picture, for frames shown exactly
};

// Runs one scenario on the player: a seek per timer tick, then waits for the last frame.
Outcome runScenario(VideoPlayer &player, const Scenario &scenario)
{
    Outcome out;
    QElapsedTimer clock;
    clock.start();
    std::map<qint64, qint64> askedAt;      // frame -> time of the newest seek to it (ns)
    std::map<qint64, qint64> exactAskedAt; // the same, until its exact picture is shown
    qint64 lastAsked = -1;
    qint64 lastAskedAt = 0;
    bool finished = false;
    QEventLoop loop;
    qint64 lastShownAt = -1;
    const auto onShown = [&](qint64 f, bool exact) {
        const qint64 now = clock.nsecsElapsed();
        if (lastShownAt >= 0)
            out.longestFreezeMs = std::max(out.longestFreezeMs, double(now - lastShownAt) / 1e6);
        lastShownAt = now;
        // Latency: to the first picture of the frame (a preview, or the exact one).
        const auto it = askedAt.find(f);
        if (it != askedAt.end()) {
            out.latencies.push_back(double(now - it->second) / 1e6);
            askedAt.erase(it);
            if (!exact)
                ++out.previews;
        }
        const auto exactIt = exactAskedAt.find(f);
        if (exact && exactIt != exactAskedAt.end()) {
            out.exactLatencies.push_back(double(now - exactIt->second) / 1e6);
            exactAskedAt.erase(exactIt);
        }
        // At rest: to the exact picture of the last frame asked for.
        if (exact && finished && f == lastAsked) {
            out.restMs = double(now - lastAskedAt) / 1e6;
            loop.quit();
        }
    };
    const auto conn = QObject::connect(
            &player, &VideoPlayer::frameDisplayed, &loop, [&](qint64 f) { onShown(f, true); });
    const auto previewConn = QObject::connect(
            &player, &VideoPlayer::previewDisplayed, &loop, [&](qint64 f) { onShown(f, false); });
    size_t next = 0;
    QTimer tick;
    tick.setInterval(scenario.intervalMs);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (next >= scenario.positions.size()) {
            tick.stop();
            finished = true;
            if (player.displayedFrame() == lastAsked && player.previewFrame() < 0) {
                out.restMs = 0;
                loop.quit();
            }
            return;
        }
        const qint64 f = scenario.positions[next++];
        lastAsked = f;
        lastAskedAt = clock.nsecsElapsed();
        if (lastShownAt < 0)
            lastShownAt = lastAskedAt;
        askedAt[f] = lastAskedAt;
        exactAskedAt[f] = lastAskedAt;
        ++out.events;
        player.seek(f); // a cached frame is shown inside this call
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    tick.start();
    loop.exec();
    QObject::disconnect(conn);
    QObject::disconnect(previewConn);
    return out;
}

void print(const char *name, const char *phase, const Outcome &o)
{
    std::printf("  %-30s %-4s %4d seeks, %4zu shown (%3.0f%%, %3d previews), latency median %5.1f "
                "ms, p95 %5.1f "
                "ms, max %5.1f ms; exact: %4zu, median %5.1f ms, p95 %5.1f ms; at rest %5.1f ms; "
                "longest freeze %5.1f ms\n",
                name,
                phase,
                o.events,
                o.latencies.size(),
                o.events ? 100.0 * double(o.latencies.size()) / o.events : 0.0,
                o.previews,
                quantile(o.latencies, 0.5),
                quantile(o.latencies, 0.95),
                quantile(o.latencies, 1.0),
                o.exactLatencies.size(),
                quantile(o.exactLatencies, 0.5),
                quantile(o.exactLatencies, 0.95),
                o.restMs,
                o.longestFreezeMs);
    std::fflush(stdout);
}

std::vector<Scenario> scenarios(qint64 frames)
{
    std::vector<Scenario> list;
    const qint64 mid = frames / 2;
    const auto drag = [&](const char *name, qint64 from, int step, int events) {
        Scenario s{name, {}, 16};
        for (int i = 1; i <= events; ++i)
            s.positions.push_back(std::clamp<qint64>(from + qint64(i) * step, 0, frames - 1));
        list.push_back(s);
    };
    const int events = int(std::min<qint64>(120, frames / 8));
    drag("drag forward, 1 frame/move", mid, 1, events);
    drag("drag backward, 1 frame/move", mid, -1, events);
    drag("drag forward, 4 frames/move", frames / 8, 4, events);
    drag("drag backward, 4 frames/move", frames - frames / 8, -4, events);
    drag("drag forward, 40 frames/move", 0, int(std::max<qint64>(1, frames / 2 / events)), events);
    Scenario clicks{"clicks, 400 ms apart", {}, 400};
    QRandomGenerator rng(7);
    for (int i = 0; i < 25; ++i)
        clicks.positions.push_back(qint64(rng.bounded(quint64(frames))));
    list.push_back(clicks);
    return list;
}

void benchVideo(const QString &label, const QString &path)
{
    std::printf("\n%s (%s)\n", qPrintable(label), qPrintable(QFileInfo(path).fileName()));
    VideoReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        std::printf("  %s\n", qPrintable(error));
        return;
    }
    const qint64 frames = reader.info().frameCount;
    // Baselines: sequential decoding, and random access without a cache.
    {
        QElapsedTimer t;
        t.start();
        VideoFrame f;
        const int n = int(std::min<qint64>(300, frames));
        for (int i = 0; i < n && reader.readNext(&f, &error); ++i) {
        }
        const double perFrame = double(t.nsecsElapsed()) / 1e6 / n;
        std::vector<double> random;
        QRandomGenerator rng(3);
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer r;
            r.start();
            reader.readFrame(qint64(rng.bounded(quint64(frames))), &f, &error);
            random.push_back(double(r.nsecsElapsed()) / 1e6);
        }
        std::printf("  baseline: %lld frames %dx%d; sequential decoding %.2f ms/frame; random "
                    "access (VideoReader, no cache) median %.1f ms, p95 %.1f ms\n",
                    frames,
                    reader.info().width,
                    reader.info().height,
                    perFrame,
                    quantile(random, 0.5),
                    quantile(random, 0.95));
    }
    reader.close();
    // The proxy, made once (and timed) before the scenarios that use it.
    QString proxyNote = QStringLiteral("not worth making for this video");
    {
        VideoReader probe;
        QString error;
        if (probe.open(path, &error) && ProxyVideo::worthMaking(probe.info())) {
            QFile::remove(ProxyVideo::pathFor(path));
            QElapsedTimer t;
            t.start();
            if (ProxyVideo::build(path, ProxyVideo::pathFor(path), {}, nullptr, &error))
                proxyNote
                        = QStringLiteral("made in %1 s, %2 MB (original %3 MB)")
                                  .arg(t.elapsed() / 1000.0, 0, 'f', 1)
                                  .arg(QFileInfo(ProxyVideo::pathFor(path)).size() / 1e6, 0, 'f', 1)
                                  .arg(QFileInfo(path).size() / 1e6, 0, 'f', 1);
            else
                proxyNote = error;
        }
    }
    std::printf("  scrubbing proxy: %s\n", qPrintable(proxyNote));
    for (const bool proxy : {false, true}) {
        std::printf("  %s\n", proxy ? "with the scrubbing proxy" : "without a proxy (baseline)");
        for (const Scenario &s : scenarios(frames)) {
            VideoPlayer player;
            player.decoder()->setProxyEnabled(proxy);
            player.resize(640, 480);
            QEventLoop wait;
            QObject::connect(&player, &VideoPlayer::videoOpened, &wait, &QEventLoop::quit);
            QObject::connect(&player, &VideoPlayer::openFailed, &wait, &QEventLoop::quit);
            QTimer::singleShot(60000, &wait, &QEventLoop::quit);
            player.openVideo(path);
            wait.exec();
            if (!player.hasVideo()) {
                std::printf("  could not open\n");
                return;
            }
            // Let the first frame, its prefetch and the proxy settle.
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 300
                   || (proxy && !player.decoder()->hasProxy() && settle.elapsed() < 5000))
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            print(s.name, "cold", runScenario(player, s));
            print(s.name, "warm", runScenario(player, s));
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("hd-frames"),
                      QStringLiteral("Frames of the 1920x1080 video (default 900: 30 s)."),
                      QStringLiteral("n"),
                      QStringLiteral("900")});
    parser.addOption({QStringLiteral("no-hd"), QStringLiteral("Skip the 1920x1080 video.")});
    parser.addOption({QStringLiteral("only-hd"), QStringLiteral("Only the 1920x1080 video.")});
    parser.process(app);
    const bool onlyHd = parser.isSet(QStringLiteral("only-hd"));

    std::printf("load average before: %s\n", loadAverage().constData());
    const QString small = onlyHd ? QString() : ensureCageVideo(320, 240, 3000);
    if (!small.isEmpty())
        benchVideo(QStringLiteral("synthetic 320x240, H.264, keyframe every 250"), small);
    const QString realDir = qEnvironmentVariable("ETHOSCRIBE_REAL_VIDEOS",
                                                 QStringLiteral(ETHOSCRIBE_REAL_VIDEOS_DEFAULT));
    const QString real = QDir(realDir).filePath(QStringLiteral("openfield_m3v1_320x240.mp4"));
    if (!onlyHd && QFileInfo::exists(real))
        benchVideo(QStringLiteral("real open-field video"), real);
    else if (!onlyHd)
        std::printf("\nreal open-field video: not found in %s (skipped)\n", qPrintable(realDir));
    if (!parser.isSet(QStringLiteral("no-hd"))) {
        const QString hd
                = ensureCageVideo(1920, 1080, parser.value(QStringLiteral("hd-frames")).toInt());
        if (!hd.isEmpty())
            benchVideo(QStringLiteral("synthetic 1920x1080, H.264, keyframe every 250"), hd);
    }
    std::printf("\nload average after: %s\n", loadAverage().constData());
    return 0;
}
