// SPDX-License-Identifier: GPL-3.0-or-later
// Optical flow on synthetic cage frames (320x240): speed of TV-L1 and DIS (ultrafast, fast,
// medium) as frame pairs per second and as a ratio to DIS medium measured in the same run, and
// accuracy against the mouse's true motion. Never fails on time.
//   bench_flow [--pairs N] [--seconds S]   (default 24 pairs from a 60 s recording)
//
// What "true motion" measures: the renderer draws the mouse's body as an ellipse whose fur
// shading is fixed to the body, so for a pixel x of frame t-1 inside the body ellipse the true
// displacement is B_t(B_{t-1}^-1(x)) - x, with B the body -> image mapping
// (SyntheticSceneState::bodyToImage). Only pixels well inside the ellipse (normalised radius
// <= 0.8, away from its anti-aliased edge) are scored; head, legs and tail move on their own and
// are not scored, and a part of the body hidden by the head, a leg or the scenery in front is
// scored against the body's motion all the same (a small bias, equal for every method). Pairs are
// taken, evenly spaced, among frames where the body centre moves by at least 0.5 px. The
// "static" column is the mean flow magnitude over background pixels at least 12 px outside the
// mouse's bounding box (true motion 0: camera noise only).
#include "flow/FlowEstimator.h"
#include "synth/SyntheticCage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <vector>

using namespace ethoscribe;

namespace {

struct Pair
{
    cv::Mat previous, next; // gray
    SyntheticSceneState a, b;
};

struct Accuracy
{
    double bodyEpe = 0;    // mean endpoint error over scored body pixels
    double meanError = 0;  // |mean estimated - mean true| over the same pixels
    double staticFlow = 0; // mean flow magnitude on the static background
    double bodyPixels = 0; // scored pixels per pair
};

cv::Mat gray(const QImage &rgb32)
{
    const QImage img = rgb32.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(img.height(),
                       img.width(),
                       CV_8UC3,
                       const_cast<uchar *>(img.constBits()),
                       size_t(img.bytesPerLine()));
    return FlowEstimator::toGray(view);
}

void score(const Pair &p, const cv::Mat &flow, Accuracy *acc)
{
    const QTransform toBody = p.a.bodyToImage.inverted();
    const double sa = p.a.bodySemiAxes.width(), sb = p.a.bodySemiAxes.height();
    double epe = 0, ex = 0, ey = 0, tx = 0, ty = 0, still = 0;
    int n = 0, ns = 0;
    const QRectF box = p.a.mouseBox.united(p.b.mouseBox).adjusted(-12, -12, 12, 12);
    for (int y = 0; y < flow.rows; ++y)
        for (int x = 0; x < flow.cols; ++x) {
            const cv::Vec2f f = flow.at<cv::Vec2f>(y, x);
            const QPointF px(x, y);
            if (!box.contains(px)) {
                still += std::hypot(f[0], f[1]);
                ++ns;
                continue;
            }
            const QPointF body = toBody.map(px);
            const double r = std::hypot(body.x() / sa, body.y() / sb);
            if (r > 0.8)
                continue;
            const QPointF truth = p.b.bodyToImage.map(body) - px;
            epe += std::hypot(f[0] - truth.x(), f[1] - truth.y());
            ex += f[0];
            ey += f[1];
            tx += truth.x();
            ty += truth.y();
            ++n;
        }
    if (n > 0) {
        acc->bodyEpe += epe / n;
        acc->meanError += std::hypot((ex - tx) / n, (ey - ty) / n);
        acc->bodyPixels += n;
    }
    if (ns > 0)
        acc->staticFlow += still / ns;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
                   ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                   : QStringLiteral("unknown");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int pairsWanted = 24;
    double seconds = 60.0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--pairs"))
            pairsWanted = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--seconds"))
            seconds = args.at(i + 1).toDouble();
    }
    SyntheticCageOptions o;
    o.seconds = seconds;
    const SyntheticCage cage(o);

    // Frames where the body moves.
    std::vector<qint64> moving;
    SyntheticSceneState prev = cage.sceneState(0);
    for (qint64 t = 1; t < cage.frameCount(); ++t) {
        const SyntheticSceneState s = cage.sceneState(t);
        const QPointF d = s.bodyCenter - prev.bodyCenter;
        if (std::hypot(d.x(), d.y()) >= 0.5)
            moving.push_back(t);
        prev = s;
    }
    if (moving.empty()) {
        std::fprintf(stderr, "The synthetic recording has no moving frames.\n");
        return 1;
    }
    std::vector<Pair> pairs;
    double trueSpeed = 0;
    for (int i = 0; i < pairsWanted && i < int(moving.size()); ++i) {
        const qint64 t = moving[size_t(i) * moving.size() / size_t(pairsWanted)];
        Pair p;
        p.previous = gray(cage.renderFrame(t - 1));
        p.next = gray(cage.renderFrame(t));
        p.a = cage.sceneState(t - 1);
        p.b = cage.sceneState(t);
        const QPointF d = p.b.bodyCenter - p.a.bodyCenter;
        trueSpeed += std::hypot(d.x(), d.y());
        pairs.push_back(p);
    }
    trueSpeed /= double(pairs.size());

    struct Method
    {
        const char *name;
        FlowMethod method;
        FlowEstimator::DisPreset preset;
        int openCvThreads; // 0: OpenCV's default
    };
    const Method methods[] = {
            {"DIS medium", FlowMethod::Dis, FlowEstimator::DisPreset::Medium, 0},
            {"DIS fast", FlowMethod::Dis, FlowEstimator::DisPreset::Fast, 0},
            {"DIS ultrafast", FlowMethod::Dis, FlowEstimator::DisPreset::UltraFast, 0},
            {"TV-L1", FlowMethod::TvL1, FlowEstimator::DisPreset::Medium, 0},
            {"TV-L1, 1 thread", FlowMethod::TvL1, FlowEstimator::DisPreset::Medium, 1},
    };
    const int defaultThreads = cv::getNumThreads();
    std::printf("bench_flow: %zu frame pairs, 320x240, true body motion %.2f px/frame on average; "
                "OpenCV threads %d; load average %s\n",
                pairs.size(),
                trueSpeed,
                defaultThreads,
                qPrintable(loadAverage()));
    std::printf("%-17s %10s %10s %12s %14s %14s %12s\n",
                "method",
                "ms/pair",
                "pairs/s",
                "vs DIS med",
                "body EPE px",
                "mean err px",
                "static px");
    double baselineMs = 0;
    Accuracy zero;
    for (const Pair &p : pairs)
        score(p, cv::Mat(p.previous.size(), CV_32FC2, cv::Scalar(0, 0)), &zero);
    for (const Method &m : methods) {
        cv::setNumThreads(m.openCvThreads > 0 ? m.openCvThreads : defaultThreads);
        FlowEstimator estimator(m.method, m.preset);
        cv::Mat flow;
        estimator.compute(pairs[0].previous, pairs[0].next, &flow); // warm-up (allocations)
        std::vector<cv::Mat> flows(pairs.size());
        QElapsedTimer timer;
        timer.start();
        for (size_t i = 0; i < pairs.size(); ++i)
            estimator.compute(pairs[i].previous, pairs[i].next, &flows[i]);
        const double ms = timer.nsecsElapsed() / 1e6 / double(pairs.size());
        if (baselineMs == 0)
            baselineMs = ms;
        Accuracy acc;
        for (size_t i = 0; i < pairs.size(); ++i)
            score(pairs[i], flows[i], &acc);
        const double n = double(pairs.size());
        std::printf("%-17s %10.2f %10.1f %11.3fx %14.3f %14.3f %12.3f\n",
                    m.name,
                    ms,
                    1000.0 / ms,
                    baselineMs / ms,
                    acc.bodyEpe / n,
                    acc.meanError / n,
                    acc.staticFlow / n);
    }
    cv::setNumThreads(defaultThreads);
    const double n = double(pairs.size());
    std::printf("%-17s %10s %10s %12s %14.3f %14.3f %12.3f\n",
                "zero flow",
                "-",
                "-",
                "-",
                zero.bodyEpe / n,
                zero.meanError / n,
                zero.staticFlow / n);
    std::printf("(vs DIS med: speed relative to DIS medium, >1 = faster; %.0f body pixels scored "
                "per pair)\n",
                zero.bodyPixels / n);
    return 0;
}
