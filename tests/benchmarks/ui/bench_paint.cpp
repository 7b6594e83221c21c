// SPDX-License-Identifier: GPL-3.0-or-later
// bench_paint: painting labels at 4x. The window plays a synthetic cage video at 4x (120 frames
// per second) while a behavior key is held, as a researcher labels a long bout; the labels are
// saved every 200 ms during the stroke (one undo step). Measured: frames the player showed
// against the frames the playhead passed (the rest were dropped: decoding or the GUI thread fell
// behind), the longest gap between the ticks of a 5 ms timer on the GUI thread, and the saves.
// Baseline in the same run: the same playback without a key held.
//
//   QT_QPA_PLATFORM=offscreen bench_paint [--seconds 180] [--runs 3]
//
// Prints figures, never fails on time.
#include "BenchUtil.h"
#include "demo/DemoProject.h"
#include "labeling/LabelingController.h"
#include "mainwindow/MainWindow.h"
#include "player/FrameDecoder.h"
#include "player/VideoPlayer.h"
#include "project/Document.h"
#include "synth/SyntheticDataset.h"
#include "video/ProxyVideo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ethoscribe;
using benchutil::loadAverage;

namespace {

struct Playback
{
    qint64 passed = 0; // frames the playhead moved over
    qint64 shown = 0;  // frames displayed
    double longestGapMs = 0;
    double seconds = 0;
    int saves = 0;
};

// Plays from `from` at 4x for `ms` milliseconds, with `key` held when it is not 0.
Playback play(MainWindow &window, qint64 from, int ms, int key)
{
    Playback p;
    VideoPlayer *player = window.player();
    player->pause();
    player->seek(from);
    QTest::qWait(300); // the first frame and its prefetch
    player->setSpeed(4.0);
    const auto shown = QObject::connect(player, &VideoPlayer::frameDisplayed, [&p] { ++p.shown; });
    const auto saved
            = QObject::connect(window.document(), &Document::labelsChanged, [&p] { ++p.saves; });
    if (key)
        QTest::keyPress(&window, Qt::Key(key));
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setInterval(5);
    QEventLoop loop;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        p.longestGapMs = std::max(p.longestGapMs, double(now - last) / 1e6);
        last = now;
        if (clock.elapsed() >= ms)
            loop.quit();
    });
    player->play();
    tick.start();
    loop.exec();
    player->pause();
    if (key)
        QTest::keyRelease(&window, Qt::Key(key));
    p.seconds = clock.elapsed() / 1000.0;
    p.passed = player->currentFrame() - from;
    QObject::disconnect(shown);
    QObject::disconnect(saved);
    player->setSpeed(1.0);
    return p;
}

void report(const char *what, const Playback &p)
{
    std::printf("  %-22s %5lld frames passed in %.1f s, %5lld shown (%.0f%% dropped), longest GUI "
                "gap %.1f ms, %d saves\n",
                what,
                p.passed,
                p.seconds,
                p.shown,
                p.passed > 0 ? 100.0 * double(std::max<qint64>(0, p.passed - p.shown)) / p.passed
                             : 0.0,
                p.longestGapMs,
                p.saves);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("seconds"),
                      QStringLiteral("Video length (default 180: room for 3 runs on new frames)."),
                      QStringLiteral("s"),
                      QStringLiteral("180")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Runs of each (default 3)."),
                      QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.addHelpOption();
    parser.process(app);
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    std::printf("bench_paint: one synthetic 320x240 video of %.0f s, load %s\n",
                seconds,
                loadAverage().constData());
    QString error;
    if (!SyntheticDataset::generate(dir.path(), 1, seconds, 1, 0.5, {}, nullptr, &error)) {
        std::fprintf(stderr, "bench_paint: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 820);
    window.show();
    if (!window.newProject(dir.filePath(QStringLiteral("paint.ethoproj"))))
        return 1;
    bool added = false;
    QObject::connect(&window, &MainWindow::videosAdded, [&] { added = true; });
    window.addVideos(DemoProject::findVideos(dir.path()));
    QElapsedTimer wait;
    wait.start();
    while (!window.player()->hasVideo() && wait.elapsed() < 60000)
        QTest::qWait(50);
    if (!window.player()->hasVideo()) {
        std::fprintf(stderr, "bench_paint: the video did not open\n");
        return 1;
    }
    // The scrubbing proxy is made in the background the first time: wait for it.
    if (ProxyVideo::worthMaking(window.player()->videoInfo()))
        while (!window.player()->decoder()->hasProxy() && wait.elapsed() < 120000)
            QTest::qWait(50);
    window.labeling()->setAnnotator(QStringLiteral("bench"));
    // Each run plays 4 s at 4x (about 480 frames), from a new place.
    const int ms = 4000;
    const qint64 span = 600;
    const qint64 frames = window.player()->videoInfo().frameCount;
    for (int r = 0; r < runs; ++r) {
        // New frames each time (nothing decoded yet), and another behavior each run: painting
        // over frames that already have the label changes nothing, and is no edit at all.
        const qint64 base = (2 * r * span) % std::max<qint64>(1, frames - 2 * span);
        report("playing, no key (baseline)", play(window, base, ms, 0));
        const int steps = window.document()->undoStack()->count();
        report("playing, painting", play(window, base + span, ms, Qt::Key_1 + r % 8));
        std::printf("  undo steps added by the stroke: %d\n",
                    window.document()->undoStack()->count() - steps);
    }
    std::printf("load average after: %s\n", loadAverage().constData());
    return 0;
}
