// SPDX-License-Identifier: GPL-3.0-or-later
// bench_export_predictions: what File > Export All Predictions costs per video. A project with one
// video of 1.13 million frames (10.5 hours at 30 fps) and its four stored streams (I3D and R(2+1)D,
// RGB and flow, eight behaviors); then, through a read-only connection of its own as the export's
// worker uses it: the fused prediction (ProjectFusion::fuse: read four streams, fuse), and the
// whole export of the video (fuse, then the per-frame CSV with probabilities and the bouts CSV).
// The baseline, measured in the same run, is reading one stream's probabilities.
//
//   bench_export_predictions [--frames N] [--dir FOLDER] [--repeat N]
//
// Prints figures (the best of --repeat runs), never fails on time.
#include "behaviors/BehaviorSet.h"
#include "project/Document.h"
#include "project/ProjectDatabase.h"
#include "project/ProjectFusion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ethoscribe;

namespace {

// Random rows with a dominant behavior that changes every few seconds, like a real analysis.
PredictionTrack randomTrack(qint64 frames, const QStringList &classes, quint32 seed)
{
    QRandomGenerator rng(seed);
    PredictionTrack track(frames, classes);
    const int n = int(classes.size());
    std::vector<float> row(static_cast<size_t>(n));
    int dominant = 0;
    for (qint64 f = 0; f < frames; ++f) {
        if (rng.bounded(90) == 0)
            dominant = rng.bounded(n);
        float sum = 0;
        for (int c = 0; c < n; ++c) {
            row[size_t(c)] = float(rng.generateDouble()) + (c == dominant ? 3.0f : 0.0f);
            sum += row[size_t(c)];
        }
        for (float &v : row)
            v /= sum;
        track.setRow(f, row.data());
    }
    return track;
}

double bestSeconds(int repeat, const std::function<bool()> &work)
{
    double best = 1e30;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("frames"),
                      QStringLiteral("Frames of the video."),
                      QStringLiteral("n"),
                      QStringLiteral("1130000")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Folder for the project and the CSV files."),
                      QStringLiteral("folder"),
                      QDir::tempPath()});
    parser.addOption({QStringLiteral("repeat"),
                      QStringLiteral("Runs of each measurement (the best is shown)."),
                      QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.process(app);
    const qint64 frames = parser.value(QStringLiteral("frames")).toLongLong();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    QTemporaryDir dir(
            QDir(parser.value(QStringLiteral("dir"))).filePath(QStringLiteral("bench-XXXXXX")));
    if (!dir.isValid() || frames <= 0) {
        std::fprintf(stderr,
                     "cannot make a folder in %s\n",
                     qPrintable(parser.value(QStringLiteral("dir"))));
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("bench.ethoproj"));
    const BehaviorSet behaviors = BehaviorSet::jhuangDefault();
    VideoRecord video;
    {
        Document doc;
        if (!doc.create(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.errorString()));
            return 1;
        }
        for (const Behavior &b : behaviors.behaviors())
            doc.addBehavior(b.name, b.color, b.key);
        VideoRecord v;
        v.path = QStringLiteral("cage1/day1.mp4");
        v.contentHash = QStringLiteral("sha256s1:00");
        v.frameCount = frames;
        v.fpsNum = 30;
        v.fpsDen = 1;
        const std::optional<VideoId> id = doc.addVideo(v);
        QElapsedTimer t;
        t.start();
        quint32 seed = 1;
        for (const char *model : {"i3d", "r2plus1d"})
            for (const char *stream : {"rgb", "flow"})
                if (!id
                    || !doc.addPredictionTrack(*id,
                                               TrackKind::Prediction,
                                               QString::fromLatin1(model),
                                               QString::fromLatin1(stream),
                                               randomTrack(frames, behaviors.names(), seed++))) {
                    std::fprintf(stderr, "%s\n", qPrintable(doc.errorString()));
                    return 1;
                }
        video = *doc.video(*id);
        std::printf("project with %lld frames x 4 streams made in %.1f s (%.0f MB)\n",
                    static_cast<long long>(frames),
                    t.nsecsElapsed() / 1e9,
                    QFileInfo(path).size() / 1e6);
    }

    ProjectDatabase db;
    if (!db.open(path, ProjectDatabase::OpenMode::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    const TrackId oneStream = db.tracks(video.id).last().id;
    const double read = bestSeconds(repeat, [&] { return db.predictions(oneStream).has_value(); });
    const FusionParameters params;
    const double fuse = bestSeconds(repeat, [&] {
        return ProjectFusion::fuse(db, video, behaviors, params, true).has_value();
    });
    const QString out = dir.filePath(QStringLiteral("out"));
    qint64 bytes = 0;
    const double exported = bestSeconds(repeat, [&] {
        const ProjectFusion::FolderExport r
                = ProjectFusion::exportToFolder(path, {video}, behaviors, params, out);
        bytes = 0;
        for (const QString &f : r.writtenFiles)
            bytes += QFileInfo(f).size();
        return r.ok && r.videosWritten == 1;
    });
    if (read < 0 || fuse < 0 || exported < 0) {
        std::fprintf(stderr, "a measurement failed: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    const double hours = frames / 30.0 / 3600.0;
    std::printf("one video of %.1f h (%lld frames), best of %d:\n",
                hours,
                static_cast<long long>(frames),
                repeat);
    std::printf("  read one stream (baseline)        %7.2f s  1.00x\n", read);
    std::printf("  fused prediction (4 streams)      %7.2f s  %.2fx\n", fuse, fuse / read);
    std::printf("  export: fuse + both CSV files     %7.2f s  %.2fx  (%.0f MB written, %.0f "
                "frames/s)\n",
                exported,
                exported / read,
                bytes / 1e6,
                frames / exported);
    return 0;
}
