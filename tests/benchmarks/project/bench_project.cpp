// SPDX-License-Identifier: GPL-3.0-or-later
// bench_project: 10,000 random range edits through Document (each one committed to the SQLite
// project file) and the undo of all of them, on a 1.13-million-frame track; the same edits on a
// bare LabelTrack (no database, no undo) are the baseline measured in the same run.
//
//   bench_project [--edits N] [--frames N] [--dir FOLDER]
//
// FOLDER (default: the system temp folder) should be on the disk projects live on: the cost of
// a commit is dominated by the fsync of synchronous=FULL. Prints figures, never fails on time.
#include "labels/LabelTrack.h"
#include "project/Document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace ethoscribe;

namespace {

struct Edit
{
    qint64 start;
    qint64 end;
    BehaviorId behavior;
};

QVector<Edit> makeEdits(int count, qint64 frames)
{
    QRandomGenerator rng(1234);
    QVector<Edit> edits;
    edits.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 start = rng.bounded(int(frames));
        // Mostly short strokes (a key held for a second or two), sometimes long selections.
        const qint64 length = rng.bounded(10) == 0 ? 1 + rng.bounded(30000) : 1 + rng.bounded(120);
        const BehaviorId b = rng.bounded(10) == 0 ? kUnlabeled : 1 + rng.bounded(8);
        edits.append({start, qMin(frames, start + length), b});
    }
    return edits;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("edits"),
                      QStringLiteral("Number of edits."),
                      QStringLiteral("n"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("frames"),
                      QStringLiteral("Frames of the track."),
                      QStringLiteral("n"),
                      QStringLiteral("1130000")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Folder for the project file."),
                      QStringLiteral("dir")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("edits")).toInt();
    const qint64 frames = parser.value(QStringLiteral("frames")).toLongLong();
    const QVector<Edit> edits = makeEdits(count, frames);

    // Baseline: the bare run-length track.
    LabelTrack bare(frames);
    QElapsedTimer timer;
    timer.start();
    for (const Edit &e : edits)
        bare.assign(e.start, e.end, e.behavior);
    const double bareMs = timer.nsecsElapsed() / 1e6;

    QTemporaryDir dir(parser.isSet(QStringLiteral("dir"))
                              ? QDir(parser.value(QStringLiteral("dir")))
                                        .filePath(QStringLiteral("bench-XXXXXX"))
                              : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    Document doc;
    if (!doc.create(dir.filePath(QStringLiteral("bench.ethoproj")))) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.errorString()));
        return 1;
    }
    for (int i = 1; i <= 8; ++i)
        doc.addBehavior(QStringLiteral("b%1").arg(i));
    VideoRecord v;
    v.path = QStringLiteral("long.mp4");
    v.contentHash = QStringLiteral("-");
    v.frameCount = frames;
    v.fpsNum = 30;
    const VideoId video = *doc.addVideo(v);
    const TrackId track = *doc.addManualTrack(video, QStringLiteral("bench"));
    doc.undoStack()->clear();

    timer.restart();
    for (const Edit &e : edits) {
        if (!doc.assign(track, e.start, e.end, e.behavior)) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.errorString()));
            return 1;
        }
    }
    const double editMs = timer.nsecsElapsed() / 1e6;
    const int steps = doc.undoStack()->count();
    const bool sameAsBare = *doc.labels(track) == bare;
    const int bouts = doc.labels(track)->boutCount();

    timer.restart();
    int undone = 0;
    while (doc.undoStack()->canUndo()) {
        if (!doc.undo()) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.errorString()));
            return 1;
        }
        ++undone;
    }
    const double undoMs = timer.nsecsElapsed() / 1e6;
    const bool emptyAfterUndo
            = doc.labels(track)->isEmpty() && doc.recordsDatabase().bouts(track).isEmpty();

    std::printf(
            "bench_project: %d random range edits on a %lld-frame track (%d bouts at the end)\n",
            count,
            static_cast<long long>(frames),
            bouts);
    std::printf("  bare LabelTrack (baseline):      %9.1f ms  %10.0f edits/s  %8.4f ms/edit\n",
                bareMs,
                count / (bareMs / 1000),
                bareMs / count);
    std::printf("  Document, committed to SQLite:   %9.1f ms  %10.0f edits/s  %8.4f ms/edit  "
                "(%.0fx baseline)\n",
                editMs,
                count / (editMs / 1000),
                editMs / count,
                editMs / bareMs);
    std::printf("  undo of all %d steps, committed: %9.1f ms  %10.0f undos/s  %8.4f ms/undo\n",
                undone,
                undoMs,
                undone / (undoMs / 1000),
                undoMs / qMax(1, undone));
    std::printf("  undo steps %d, memory == baseline: %s, empty after undoing all: %s\n",
                steps,
                sameAsBare ? "yes" : "NO",
                emptyAfterUndo ? "yes" : "NO");
    std::printf("  project file folder: %s\n", qPrintable(dir.path()));
    return 0;
}
