// SPDX-License-Identifier: GPL-3.0-or-later
// bench_timeline: the review window's timeline on 10.5 hours of 30 fps video (1,134,000 frames)
// with a manual track and four prediction-like tracks (confidence strips, disagreement marks on
// one), painted at five zoom levels (median and worst of N paints; the target is under
// 8 ms), and the cost of refilling one prediction row for every frame (what a fusion slider move
// does per row after the fusion itself, see bench_fusion). Baseline in the same run: painting the
// same widget with no tracks.
//
//   QT_QPA_PLATFORM=offscreen bench_timeline [--frames N] [--repeats N]
//
// Prints figures, never fails on time.
#include "BenchUtil.h"
#include "behaviors/BehaviorSet.h"
#include "timeline/TimelineSummary.h"
#include "timeline/TimelineWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ethoscribe;
using benchutil::loadAverage;

namespace {

struct Timing
{
    double median = 0;
    double worst = 0;
};

Timing measure(int repeats, const std::function<void()> &work)
{
    work(); // warm-up
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < repeats; ++i) {
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return Timing{ms[ms.size() / 2], ms.back()};
}

// Bouts of 30-600 frames of random behaviors (some unlabeled), confidences 0.3-1.
void fill(TimelineSummary &summary, int frames, quint32 seed, bool withConfidence)
{
    QRandomGenerator rng(seed);
    QVector<int> labels(frames);
    QVector<float> confidence(withConfidence ? frames : 0);
    for (int f = 0; f < frames;) {
        const int length = 30 + int(rng.bounded(570));
        const int label = rng.bounded(10) == 0 ? TimelineSummary::kUnlabeled : int(rng.bounded(8));
        for (int i = f; i < std::min(frames, f + length); ++i) {
            labels[i] = label;
            if (withConfidence)
                confidence[i] = 0.3f + 0.7f * float(rng.generateDouble());
        }
        f += length;
    }
    summary.setFrames(0, labels, confidence);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("frames"),
                      QStringLiteral("Frames (default 1134000)."),
                      QStringLiteral("n"),
                      QStringLiteral("1134000")});
    parser.addOption({QStringLiteral("repeats"),
                      QStringLiteral("Paints per zoom level (default 50)."),
                      QStringLiteral("n"),
                      QStringLiteral("50")});
    parser.addHelpOption();
    parser.process(app);
    const int frames = parser.value(QStringLiteral("frames")).toInt();
    const int repeats = std::max(3, parser.value(QStringLiteral("repeats")).toInt());
    std::printf("bench_timeline: %d frames, %d paints per level, load %s\n",
                frames,
                repeats,
                loadAverage().constData());

    TimelineWidget timeline;
    timeline.setBehaviors(BehaviorSet::jhuangDefault());
    timeline.resize(1200, 260);
    timeline.setFrameCount(frames, 30.0);
    QImage canvas(timeline.size(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QPainter painter(&canvas);
        timeline.render(&painter);
    };
    const Timing empty = measure(repeats, paint);
    std::printf("baseline: no tracks, whole video: median %.2f ms, worst %.2f ms\n",
                empty.median,
                empty.worst);

    const int manual = timeline.addTrack(QStringLiteral("manual"));
    fill(timeline.trackSummary(manual), frames, 1, false);
    int fused = -1;
    for (int t = 0; t < 4; ++t) {
        const int row = timeline.addTrack(QStringLiteral("prediction %1").arg(t), true);
        fill(timeline.trackSummary(row), frames, 2 + t, true);
        fused = row;
    }
    QVector<int> marks(frames);
    QRandomGenerator rng(9);
    for (int f = 0; f < frames; f += 50 + int(rng.bounded(400)))
        for (int i = f; i < std::min(frames, f + 20); ++i)
            marks[i] = 1;
    timeline.setTrackMarks(fused, 0, marks);

    const double fitted = double(frames) / timeline.bandsRect().width();
    struct Level
    {
        const char *name;
        double framesPerPixel;
    };
    const Level levels[] = {{"whole video", fitted},
                            {"100 frames/px", 100.0},
                            {"10 frames/px", 10.0},
                            {"1 frame/px", 1.0},
                            {"8 px/frame", 1.0 / 8.0}};
    std::printf("five tracks (one manual, four with confidence, one with marks):\n");
    for (const Level &level : levels) {
        // Middle of the video, so that every level paints real blocks on both sides.
        timeline.setView(frames / 2.0, level.framesPerPixel);
        const Timing t = measure(repeats, paint);
        std::printf("  %-14s median %6.2f ms (%5.1fx baseline), worst %6.2f ms\n",
                    level.name,
                    t.median,
                    t.median / empty.median,
                    t.worst);
    }

    // A slider move refills every prediction row from the fused output: labels and confidences
    // of every frame into the row's summary. Alternating between two fused results that differ in
    // 5% of the frames (in runs of 10) and in every confidence, and between two that share no
    // label at all.
    QVector<int> labelsA(frames), labelsB(frames), labelsC(frames);
    QVector<float> confidenceA(frames), confidenceB(frames);
    for (int f = 0; f < frames; ++f) {
        labelsA[f] = (f / 300) % 8;
        labelsB[f] = (f / 10) % 20 == 0 ? (labelsA[f] + 1) % 8 : labelsA[f];
        labelsC[f] = (labelsA[f] + 3) % 8;
        confidenceA[f] = 0.5f;
        confidenceB[f] = 0.6f;
    }
    int turn = 0;
    const Timing refill = measure(std::max(3, repeats / 5), [&] {
        const bool odd = (turn++ % 2) != 0;
        timeline.trackSummary(fused).setFrames(
                0, odd ? labelsB : labelsA, odd ? confidenceB : confidenceA);
    });
    std::printf("refilling one prediction row, 5%% of the labels changed: median %.1f ms, "
                "worst %.1f ms\n",
                refill.median,
                refill.worst);
    turn = 0;
    const Timing all = measure(std::max(3, repeats / 5), [&] {
        const bool odd = (turn++ % 2) != 0;
        timeline.trackSummary(fused).setFrames(
                0, odd ? labelsC : labelsA, odd ? confidenceB : confidenceA);
    });
    std::printf("refilling one prediction row, every label changed: median %.1f ms, worst "
                "%.1f ms\n",
                all.median,
                all.worst);
    std::printf("load after: %s\n", loadAverage().constData());
    return 0;
}
