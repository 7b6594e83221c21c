// SPDX-License-Identifier: GPL-3.0-or-later
// bench_stall: how long the window's event loop can be kept from running while a real analysis
// (the LibTorch engine with the bundled demo models, DIS optical flow first) fills the timeline
// of the video being shown. A 5 ms timer measures the gaps between its ticks: the longest gap is
// the longest time the window could not answer the user (the target: under 50 ms).
// Baseline in the same run: the same timer while the window idles with the video shown.
//
//   QT_QPA_PLATFORM=offscreen bench_stall [--seconds 60] [--dir FOLDER]
//
// Prints figures, never fails on time.
#include "BenchUtil.h"
#include "analysis/InferenceEngine.h"
#include "analysis/ProjectAnalysis.h"
#include "demo/DemoProject.h"
#include "flow/FlowOptions.h"
#include "mainwindow/MainWindow.h"
#include "project/Document.h"
#include "synth/SyntheticDataset.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ethoscribe;
using benchutil::loadAverage;

namespace {

// Runs the event loop until done() is true (or the deadline), recording the gaps between the
// ticks of a 5 ms timer.
std::vector<double> gapsWhile(const std::function<bool()> &done, int deadlineMs)
{
    std::vector<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setInterval(5);
    QEventLoop loop;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(double(now - last) / 1e6);
        last = now;
        if (done() || clock.elapsed() > deadlineMs)
            loop.quit();
    });
    tick.start();
    loop.exec();
    return gaps;
}

void report(const char *what, std::vector<double> gaps)
{
    std::sort(gaps.begin(), gaps.end());
    if (gaps.empty())
        return;
    const auto at = [&](double q) {
        return gaps[std::min(gaps.size() - 1, size_t(q * gaps.size()))];
    };
    std::printf("%s: %zu ticks, gap median %.1f ms, p99 %.1f ms, longest %.1f ms\n",
                what,
                gaps.size(),
                at(0.5),
                at(0.99),
                gaps.back());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("seconds"),
                      QStringLiteral("Video length (default 60)."),
                      QStringLiteral("s"),
                      QStringLiteral("60")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Work folder (default: temporary)."),
                      QStringLiteral("folder")});
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                            : temporary.path();
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    std::printf("bench_stall: one synthetic video of %.0f s, load %s\n",
                seconds,
                loadAverage().constData());

    QString error;
    if (!SyntheticDataset::generate(dir, 1, seconds, 1, 0.5, {}, nullptr, &error)) {
        std::fprintf(stderr, "bench_stall: %s\n", qPrintable(error));
        return 1;
    }
    InferenceEngine engine;
    MainWindow window;
    window.setInteractive(false);
    window.setAnalysisService(&engine);
    window.resize(1280, 820);
    window.show();
    if (!window.newProject(dir + QStringLiteral("/stall.ethoproj")))
        return 1;
    int added = 0;
    QObject::connect(&window, &MainWindow::videosAdded, [&](int n) { added += n; });
    window.addVideos(DemoProject::findVideos(dir));
    gapsWhile([&] { return added > 0; }, 60000);
    const VideoId video = window.document()->videos().value(0).id;
    window.showVideo(video);
    setProjectFlowMethod(window.document()->recordsDatabase(), FlowMethod::Dis);
    const QStringList models = DemoProject::installModels(dir, &error);
    bool modelsSet = false;
    if (!models.isEmpty()) {
        bool done = false;
        window.setModelPaths(models, [&](bool ok) {
            modelsSet = ok;
            done = true;
        });
        gapsWhile([&] { return done; }, 60000);
    }
    if (!modelsSet) {
        std::fprintf(stderr, "bench_stall: no demo models: %s\n", qPrintable(error));
        return 1;
    }
    report("idle, video shown (baseline)", gapsWhile([] { return false; }, 3000));

    bool idle = false;
    QObject::connect(&window, &MainWindow::analysesIdle, [&] { idle = true; });
    QElapsedTimer clock;
    clock.start();
    window.analyseVideos({video});
    const std::vector<double> gaps = gapsWhile([&] { return idle; }, 600000);
    std::printf("analysis (DIS flow + 4 small networks, rows on the timeline) took %.1f s\n",
                clock.elapsed() / 1000.0);
    report("during the analysis", gaps);
    std::printf("load after: %s\n", loadAverage().constData());
    return 0;
}
