// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of label tracks, CSV exchange, fusion and statistics at the sizes of real projects:
// the Jhuang full set (1.13 million frames) and one hour of 30 fps video (108,000 frames).
// Every figure is printed next to a baseline measured in the same run. Never fails on time.
//
// Run: cmake --build <build> --target bench_labels && <build>/tests/benchmarks/labels/bench_labels
#include "fusion/FusionModel.h"
#include "io/LabelExport.h"
#include "io/LabelImport.h"
#include "labels/LabelTrack.h"
#include "labels/PredictionTrack.h"
#include "stats/AgreementStatistics.h"
#include "stats/TrackStatistics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace ethoscribe;

namespace {

constexpr qint64 kJhuangFrames = 1130000;
constexpr qint64 kHourFrames = 108000;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A realistic labeled track: consecutive bouts of 10..300 frames covering everything.
LabelTrack realisticTrack(qint64 frames, QRandomGenerator &rng)
{
    LabelTrack track(frames);
    qint64 pos = 0;
    while (pos < frames) {
        const qint64 length = rng.bounded(10, 301);
        track.assign(pos, pos + length, rng.bounded(1, 9));
        pos += length;
    }
    return track;
}

struct Edit
{
    qint64 start;
    qint64 end;
    BehaviorId behavior;
};

void benchEdits()
{
    std::printf("== Range edits + undo of all, %lld-frame track ==\n", kJhuangFrames);
    QRandomGenerator rng(1);
    LabelTrack track = realisticTrack(kJhuangFrames, rng);
    const LabelTrack original = track;
    QVector<BehaviorId> frames = track.toFrames();
    const QVector<BehaviorId> originalFrames = frames;
    std::printf("initial bouts: %d\n", track.boutCount());

    QVector<Edit> edits;
    for (int i = 0; i < 10000; ++i) {
        const qint64 start = rng.bounded(int(kJhuangFrames));
        // Mostly short brush strokes, sometimes long selections.
        const qint64 length = rng.bounded(10) == 0 ? rng.bounded(1, 20000) : rng.bounded(1, 300);
        edits.append(Edit{start,
                          std::min(kJhuangFrames, start + length),
                          rng.bounded(8) == 0 ? kUnlabeled : rng.bounded(1, 9)});
    }

    // LabelTrack: snapshot with runs(), edit, later undo with setRuns() (what the Document does).
    QElapsedTimer timer;
    timer.start();
    QVector<QVector<Bout>> snapshots;
    snapshots.reserve(edits.size());
    for (const Edit &e : std::as_const(edits)) {
        snapshots.append(track.runs(e.start, e.end));
        track.assign(e.start, e.end, e.behavior);
    }
    const double trackEdit = msSince(timer);
    const int boutsAfter = track.boutCount();
    timer.restart();
    for (int i = snapshots.size() - 1; i >= 0; --i)
        track.setRuns(snapshots[i]);
    const double trackUndo = msSince(timer);
    qint64 snapshotRuns = 0;
    for (const auto &s : snapshots)
        snapshotRuns += s.size();

    // Baseline: plain per-frame vector, snapshot = copy of the edited range.
    timer.restart();
    QVector<QVector<BehaviorId>> frameSnapshots;
    frameSnapshots.reserve(edits.size());
    for (const Edit &e : std::as_const(edits)) {
        frameSnapshots.append(frames.mid(e.start, e.end - e.start));
        std::fill(frames.begin() + e.start, frames.begin() + e.end, e.behavior);
    }
    const double vectorEdit = msSince(timer);
    timer.restart();
    for (int i = frameSnapshots.size() - 1; i >= 0; --i)
        std::copy(frameSnapshots[i].cbegin(),
                  frameSnapshots[i].cend(),
                  frames.begin() + edits[i].start);
    const double vectorUndo = msSince(timer);
    qint64 snapshotFrames = 0;
    for (const auto &s : frameSnapshots)
        snapshotFrames += s.size();

    std::printf("LabelTrack  : 10,000 edits %.2f ms, undo all %.2f ms (%.2f us per edit+undo), "
                "undo snapshots hold %lld runs (%.1f KiB), bouts after edits %d\n",
                trackEdit,
                trackUndo,
                1000.0 * (trackEdit + trackUndo) / edits.size(),
                snapshotRuns,
                snapshotRuns * sizeof(Bout) / 1024.0,
                boutsAfter);
    std::printf("per-frame   : 10,000 edits %.2f ms, undo all %.2f ms, undo snapshots hold %lld "
                "frames (%.1f KiB)\n",
                vectorEdit,
                vectorUndo,
                snapshotFrames,
                snapshotFrames * 4 / 1024.0);
    std::printf("ratio LabelTrack / per-frame time: %.2f ; snapshot memory ratio: %.3f\n",
                (trackEdit + trackUndo) / (vectorEdit + vectorUndo),
                double(snapshotRuns * sizeof(Bout)) / double(snapshotFrames * 4));
    std::printf("undo restored the original exactly: %s / %s\n",
                track == original ? "yes" : "NO",
                frames == originalFrames ? "yes" : "NO");

    // Point queries (the player asks for the label of the current frame, the timeline for runs).
    QVector<qint64> queries;
    for (int i = 0; i < 1000000; ++i)
        queries.append(rng.bounded(int(kJhuangFrames)));
    timer.restart();
    qint64 sum = 0;
    for (qint64 q : std::as_const(queries))
        sum += track.at(q);
    const double trackQuery = msSince(timer);
    timer.restart();
    qint64 sum2 = 0;
    for (qint64 q : std::as_const(queries))
        sum2 += frames[q];
    const double vectorQuery = msSince(timer);
    std::printf(
            "1,000,000 random at(): LabelTrack %.2f ms, per-frame vector %.2f ms (ratio %.1f)%s\n",
            trackQuery,
            vectorQuery,
            trackQuery / vectorQuery,
            sum == sum2 ? "" : " MISMATCH");
    timer.restart();
    int visibleRuns = 0;
    for (int i = 0; i < 10000; ++i) {
        const qint64 start = rng.bounded(int(kJhuangFrames - 3000));
        visibleRuns += track.runs(start, start + 3000).size();
    }
    std::printf("10,000 runs() of a 3,000-frame visible window: %.2f ms (%.1f runs each)\n\n",
                msSince(timer),
                visibleRuns / 10000.0);
}

void benchCsv()
{
    std::printf("== Per-frame CSV export/import, %lld frames ==\n", kJhuangFrames);
    QRandomGenerator rng(2);
    const BehaviorSet set = BehaviorSet::jhuangDefault();
    const LabelTrack track = realisticTrack(kJhuangFrames, rng);
    QTemporaryDir dir;

    QElapsedTimer timer;
    timer.start();
    const QByteArray csv = LabelExport::ethogramCsv(track, set);
    const double exportMs = msSince(timer);
    const double mb = csv.size() / 1e6;
    timer.restart();
    const bool written = LabelExport::writeFile(dir.filePath("track.csv"), csv);
    const double saveMs = msSince(timer);

    // Baselines: memcpy of the same bytes and a plain QFile write of them.
    QByteArray copy(csv.size(), '\0'); // touched, so page faults do not count
    timer.restart();
    std::memcpy(copy.data(), csv.constData(), size_t(csv.size()));
    const double memcpyMs = msSince(timer);
    timer.restart();
    {
        QFile file(dir.filePath("plain.csv"));
        if (file.open(QIODevice::WriteOnly))
            file.write(csv);
    }
    const double plainWriteMs = msSince(timer);
    std::printf("export: %.1f MB in %.1f ms = %.0f MB/s (atomic save %.1f ms%s); memcpy %.0f MB/s, "
                "plain QFile write %.1f ms = %.0f MB/s; formatting / plain write = %.2f\n",
                mb,
                exportMs,
                mb / exportMs * 1e3,
                saveMs,
                written ? "" : " FAILED",
                mb / memcpyMs * 1e3,
                plainWriteMs,
                mb / plainWriteMs * 1e3,
                exportMs / plainWriteMs);

    LabelImportOptions options;
    options.frameCount = kJhuangFrames;
    timer.restart();
    const LabelImportResult result = LabelImport::importData(
            csv, QStringLiteral("track.csv"), LabelFileFormat::EthogramCsv, set, options);
    const double importMs = msSince(timer);
    // Baseline: the least any reader does, decoding the UTF-8 and splitting the lines.
    timer.restart();
    const QString text = QString::fromUtf8(csv);
    const qsizetype lines = text.count(QLatin1Char('\n'));
    const double decodeMs = msSince(timer);
    std::printf("import: %.1f ms = %.0f MB/s (%s); UTF-8 decode + line count %.1f ms = %.0f MB/s "
                "(%lld lines); import / decode = %.1f\n",
                importMs,
                mb / importMs * 1e3,
                result.ok && result.track == track ? "identical track" : "MISMATCH",
                decodeMs,
                mb / decodeMs * 1e3,
                qint64(lines),
                importMs / decodeMs);

    timer.restart();
    const QByteArray bouts = LabelExport::boutsCsv(track, set);
    const double boutsMs = msSince(timer);
    std::printf("bouts export: %d bouts, %.1f KB in %.2f ms\n\n",
                track.boutCount(),
                bouts.size() / 1e3,
                boutsMs);
}

void benchFusion()
{
    std::printf("== Fusion of one hour (%lld x 8) ==\n", kHourFrames);
    QRandomGenerator rng(3);
    const QStringList names = BehaviorSet::jhuangDefault().names();
    PredictionTrack rgb(kHourFrames, names);
    PredictionTrack flow(kHourFrames, names);
    std::vector<float> rows(size_t(kHourFrames) * size_t(names.size()));
    for (auto *track : {&rgb, &flow}) {
        for (float &v : rows)
            v = float(rng.generateDouble());
        track->setRows(0, kHourFrames, rows.data());
    }
    PredictionTrack out;
    FusionModel::fusePair(out, rgb, flow, 0.5, 0.5); // allocate once
    const int repeats = 200;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i)
        FusionModel::fusePair(out, rgb, flow, 0.3 + 0.001 * i, 0.7);
    const double fuseMs = msSince(timer) / repeats;
    timer.restart();
    for (int i = 0; i < 20; ++i) {
        PredictionTrack fresh;
        FusionModel::fusePair(fresh, rgb, flow, 0.4, 0.6);
    }
    const double fuseAllocMs = msSince(timer) / 20;
    std::vector<float> copy(rgb.values().size());
    timer.restart();
    for (int i = 0; i < repeats; ++i) {
        std::memcpy(copy.data(), rgb.values().data(), copy.size() * sizeof(float));
        copy[size_t(i)] += 1.0f;
    }
    const double memcpyMs = msSince(timer) / repeats;
    timer.restart();
    const LabelTrack labels = out.toLabelTrack(BehaviorSet::jhuangDefault());
    const double argmaxMs = msSince(timer);
    std::printf("fusePair (slider move): %.3f ms; fuse with allocation %.3f ms; memcpy of one "
                "stream %.3f ms; fuse / memcpy = %.2f; argmax to LabelTrack %.2f ms (%d bouts)\n",
                fuseMs,
                fuseAllocMs,
                memcpyMs,
                fuseMs / memcpyMs,
                argmaxMs,
                labels.boutCount());
    timer.restart();
    const QByteArray blob = rgb.toBlob();
    const double encodeMs = msSince(timer);
    timer.restart();
    const auto back = PredictionTrack::fromBlob(blob);
    const double decodeMs = msSince(timer);
    std::printf("blob: %.2f MB (%.1f bytes per frame), encode %.2f ms, decode %.2f ms%s\n\n",
                blob.size() / 1e6,
                double(blob.size()) / kHourFrames,
                encodeMs,
                decodeMs,
                back ? "" : " FAILED");
}

void benchStats()
{
    std::printf("== Statistics on %lld frames ==\n", kJhuangFrames);
    QRandomGenerator rng(4);
    const BehaviorSet set = BehaviorSet::jhuangDefault();
    const LabelTrack a = realisticTrack(kJhuangFrames, rng);
    const LabelTrack b = realisticTrack(kJhuangFrames, rng);
    QElapsedTimer timer;
    timer.start();
    const TrackStatistics stats = TrackStatistics::compute(a, set, 30.0);
    const double trackMs = msSince(timer);
    timer.restart();
    const AgreementStatistics agreement = AgreementStatistics::compute(a, b, set);
    const double agreementMs = msSince(timer);
    // Baseline: the same confusion matrix counted frame by frame.
    const QVector<BehaviorId> fa = a.toFrames();
    const QVector<BehaviorId> fb = b.toFrames();
    timer.restart();
    qint64 confusion[9][9] = {};
    for (qint64 f = 0; f < kJhuangFrames; ++f) {
        if (fa[f] > 0 && fb[f] > 0)
            ++confusion[fa[f]][fb[f]];
    }
    const double perFrameMs = msSince(timer);
    std::printf("time budget + transitions %.2f ms; agreement (bout sweep) %.2f ms vs per-frame "
                "confusion count %.2f ms (ratio %.2f); kappa %.3f, %s\n\n",
                trackMs,
                agreementMs,
                perFrameMs,
                agreementMs / perFrameMs,
                agreement.kappa,
                agreement.confusion[0][0] == confusion[1][1] ? "same counts" : "MISMATCH");
    Q_UNUSED(stats);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchEdits();
    benchCsv();
    benchFusion();
    benchStats();
    return 0;
}
