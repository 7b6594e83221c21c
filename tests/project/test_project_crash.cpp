// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process edits a project through Document with every kind of edit (number
// keys, range edits, paint strokes, imports, behavior edits, bout tools, undo and redo) and reports
// every edit that returned ("committed <n>"); the parent kills it with SIGKILL at a random moment,
// 200 times, and checks that the reopened project passes PRAGMA integrity_check, that it holds
// every reported edit and at most the pieces of the next one, and that the dead child's lock is
// taken over. What the project must hold comes from replaying the same edits on a copy that is not
// killed. The child is this executable started with --child. The same for an analysis delivering
// probability rows (--analysis-child).
#include "ProjectTestUtil.h"

#include "project/Document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <functional>
#include <numeric>

using namespace ethoscribe;
using namespace ethoscribe::projecttest;

namespace {

constexpr qint64 kFrames = 5000;

// One step of the edit stream: every kind of edit the window makes. The step is drawn from the
// generator and the document's state, so the child and the parent's reference replay (same state
// after the same steps, same seed) make the same edit. A refused edit changes nothing in either.
// onCommit runs after each call that may have committed (several in a paint stroke).
void editStep(
        Document &doc,
        TrackId track,
        QRandomGenerator &rng,
        const std::function<void()> &onCommit = [] {})
{
    const BehaviorSet &set = doc.behaviors();
    const auto anyBehavior = [&]() -> BehaviorId {
        return set.size() == 0 || rng.bounded(9) == 0 ? kUnlabeled
                                                      : set.at(rng.bounded(set.size())).id;
    };
    const auto frame = [&rng] {
        return qint64(rng.bounded(int(kFrames)));
    };
    const int op = rng.bounded(100);
    if (op < 18) { // a number key on one frame
        const qint64 f = frame();
        doc.assign(track, f, f + 1, anyBehavior());
    } else if (op < 32) { // a range edit
        const qint64 f = frame();
        doc.assign(track, f, qMin(kFrames, f + 1 + rng.bounded(400)), anyBehavior());
    } else if (op < 36) {
        const qint64 f = frame();
        doc.erase(track, f, qMin(kFrames, f + 1 + rng.bounded(200)));
    } else if (op < 50) { // a paint stroke: one undo step, saved piece by piece
        const BehaviorId b = anyBehavior();
        qint64 f = frame();
        doc.beginEditGroup(QStringLiteral("Paint"));
        for (int piece = 1 + rng.bounded(6); piece > 0 && f < kFrames; --piece) {
            const qint64 to = qMin(kFrames, f + 1 + rng.bounded(12));
            doc.assign(track, f, to, b);
            onCommit();
            f = to;
        }
        doc.endEditGroup();
    } else if (op < 56) { // an import replacing the track's labels
        LabelTrack labels(kFrames);
        for (int runs = rng.bounded(1, 12); runs > 0; --runs) {
            const qint64 f = frame();
            labels.assign(f, qMin(kFrames, f + 1 + rng.bounded(600)), anyBehavior());
        }
        const VideoId video = doc.videos().first().id;
        QVector<Behavior> added;
        if (rng.bounded(3) == 0)
            added << Behavior{kUnlabeled,
                              QStringLiteral("imported %1").arg(rng.bounded(1000)),
                              QColor(Qt::darkCyan),
                              0};
        doc.importLabels(video, QStringLiteral("alice"), labels, added);
    } else if (op < 64) { // behavior edits
        const int what = rng.bounded(5);
        const BehaviorId id = set.size() ? set.at(rng.bounded(set.size())).id : kUnlabeled;
        if (what == 0 || set.size() < 4)
            doc.addBehavior(QStringLiteral("new %1").arg(rng.bounded(100000)),
                            QColor::fromRgb(rng.generate() & 0xffffff));
        else if (what == 1)
            doc.renameBehavior(id, QStringLiteral("renamed %1").arg(rng.bounded(100000)));
        else if (what == 2)
            doc.recolorBehavior(id, QColor::fromRgb(rng.generate() & 0xffffff));
        else if (what == 3)
            doc.moveBehavior(rng.bounded(set.size()), rng.bounded(set.size()));
        else
            doc.removeBehavior(id, rng.bounded(2) ? kUnlabeled : anyBehavior());
    } else if (op < 72) { // bout tools
        const LabelTrack *labels = doc.labels(track);
        const QVector<Bout> bouts = labels->bouts();
        const int what = rng.bounded(3);
        if (bouts.isEmpty())
            doc.assign(track, 0, 10, anyBehavior());
        else if (what == 0) {
            const Bout &b = bouts.at(rng.bounded(int(bouts.size())));
            doc.moveBoundary(
                    track, b.end, qBound<qint64>(1, b.end + rng.bounded(41) - 20, kFrames - 1));
        } else if (what == 1) {
            const Bout &b = bouts.at(rng.bounded(int(bouts.size())));
            doc.splitBout(track, b.start + b.length() / 2, anyBehavior());
        } else {
            const qint64 f = frame();
            doc.mergeBouts(track, f, qMin(kFrames - 1, f + rng.bounded(300)));
        }
    } else {
        // Undo and redo, also of a paint stroke of many pieces, are one transaction each: a kill
        // keeps all of the step or none of it.
        QUndoStack *stack = doc.undoStack();
        const bool undo = op < 88;
        if (undo && stack->canUndo())
            doc.undo();
        else if (!undo && stack->canRedo())
            doc.redo();
    }
    if (op < 36 || op >= 50)
        onCommit();
}

// What a round compares: the labels of the track and the behavior set, in order.
struct Snapshot
{
    QVector<BehaviorId> frames;
    QVector<Behavior> behaviors;
    bool operator==(const Snapshot &o) const
    {
        return frames == o.frames && behaviors == o.behaviors;
    }
};

Snapshot snapshot(const Document &doc, TrackId track)
{
    return Snapshot{doc.labels(track)->toFrames(), doc.behaviors().behaviors()};
}

int runChild(const QString &path, quint32 seed, TrackId track)
{
    Document doc;
    if (!doc.open(path) || doc.isReadOnly()) {
        std::fprintf(stderr,
                     "child: %s %s\n",
                     qPrintable(doc.errorString()),
                     qPrintable(doc.readOnlyReason()));
        return 3;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    QRandomGenerator rng(seed);
    for (qint64 n = 1;; ++n) {
        editStep(doc, track, rng);
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}

// --- a killed analysis ---

constexpr qint64 kAnalysisBlock = 250; // frames per delivered range (not aligned to storage blocks)
constexpr int kAnalysisBlocks = int(kFrames / kAnalysisBlock);

// The probabilities an analysis delivers for frame f: class (f / 37) % 8 at 0.65, the others 0.05.
std::vector<float> analysisRows(qint64 first, qint64 count)
{
    std::vector<float> rows(size_t(count) * 8, 0.05f);
    for (qint64 f = first; f < first + count; ++f)
        rows[size_t(f - first) * 8 + size_t((f / 37) % 8)] = 0.65f;
    return rows;
}

// The order in which the analysis of a seed delivers its blocks (same in child and parent).
QVector<int> analysisOrder(quint32 seed)
{
    QVector<int> order(kAnalysisBlocks);
    std::iota(order.begin(), order.end(), 0);
    QRandomGenerator rng(seed);
    for (int i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[rng.bounded(i + 1)]);
    return order;
}

int runAnalysisChild(const QString &path, quint32 seed, TrackId track)
{
    Document doc;
    if (!doc.open(path) || doc.isReadOnly())
        return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    const QVector<int> order = analysisOrder(seed);
    for (int n = 0; n < order.size(); ++n) {
        const qint64 first = order[n] * kAnalysisBlock;
        const std::vector<float> rows = analysisRows(first, kAnalysisBlock);
        if (!doc.setPredictionRows(track, first, kAnalysisBlock, rows.data())) {
            std::fprintf(stderr, "child: %s\n", qPrintable(doc.errorString()));
            return 4;
        }
        std::printf("committed %d\n", n + 1);
        std::fflush(stdout);
    }
    for (;;) // wait to be killed
        QThread::msleep(100);
}

int runHolder(const QString &path)
{
    Document doc;
    if (!doc.open(path) || doc.isReadOnly())
        return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    char buffer[16];
    (void)!std::fgets(buffer, sizeof buffer, stdin); // hold the project until told to quit
    return 0;
}

} // namespace

class TestProjectCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedEditorLosesNothing();
    void killedAnalysisKeepsWhatItFinished();
    void otherProcessMakesItReadOnly();
};

void TestProjectCrash::killedEditorLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.ethoproj"));
    const QString referencePath = dir.filePath(QStringLiteral("reference.ethoproj"));
    TrackId track = 0;
    {
        Document doc;
        track = makeProject(doc, path, kFrames);
        QVERIFY(track);
    }
    QRandomGenerator rng(424242);
    QElapsedTimer total;
    total.start();
    const int rounds = 200;
    int killedMidStream = 0;
    qint64 steps = 0;
    for (int round = 0; round < rounds; ++round) {
        // Each round starts from the state the previous one left; the reference replays the
        // round's edits on a copy of it, without being killed.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile::remove(referencePath + suffix);
            if (QFileInfo::exists(path + suffix))
                QVERIFY(QFile::copy(path + suffix, referencePath + suffix));
        }
        const quint32 seed = rng.generate();
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments(
                {QStringLiteral("--child"), path, QString::number(seed), QString::number(track)});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY(child.waitForStarted(10000));
        const int killAfter = rng.bounded(40);
        const int extraMicroseconds = rng.bounded(3000);
        qint64 committed = 0;
        bool ready = false;
        QByteArray pending;
        QElapsedTimer wait;
        wait.start();
        while (committed < killAfter || !ready) {
            QVERIFY2(wait.elapsed() < 20000, child.readAllStandardError().constData());
            if (child.state() != QProcess::Running)
                QFAIL(qPrintable(QStringLiteral("child ended: ")
                                 + QString::fromUtf8(child.readAllStandardError())));
            child.waitForReadyRead(100);
            pending += child.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line == "ready")
                    ready = true;
                else if (line.startsWith("committed "))
                    committed = line.mid(10).toLongLong();
            }
        }
        QThread::usleep(extraMicroseconds);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        // Lines written before the kill still count as reported.
        pending += child.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (line.startsWith("committed "))
                committed = qMax(committed, line.mid(10).toLongLong());
        QVERIFY(QFileInfo::exists(path
                                  + QStringLiteral(".lock"))); // left behind by the killed child
        steps += committed;

        Document after;
        QVERIFY2(after.open(path), qPrintable(after.errorString()));
        QVERIFY2(!after.isReadOnly(), qPrintable(after.readOnlyReason())); // stale lock taken over
        QCOMPARE(after.recordsDatabase().integrityCheck(), QStringLiteral("ok"));
        const Snapshot found = snapshot(after, track);
        QCOMPARE(after.recordsDatabase().bouts(track), after.labels(track)->bouts());
        after.close();

        // The reference: the reported steps, then each commit of the next step (a stroke is
        // saved piece by piece, so a kill in the middle of one keeps the pieces before it).
        Document reference;
        QVERIFY2(reference.open(referencePath), qPrintable(reference.errorString()));
        QRandomGenerator replay(seed);
        for (qint64 i = 0; i < committed; ++i)
            editStep(reference, track, replay);
        QVector<Snapshot> allowed{snapshot(reference, track)};
        editStep(reference, track, replay, [&] { allowed << snapshot(reference, track); });
        const qsizetype which = allowed.indexOf(found);
        QVERIFY2(which >= 0,
                 qPrintable(QStringLiteral("round %1 (seed %2): the project does not hold the "
                                           "%3 reported edits")
                                    .arg(round)
                                    .arg(seed)
                                    .arg(committed)));
        if (which > 0)
            ++killedMidStream;
    }
    qInfo("%d rounds, %lld reported edits, in %lld ms; %d kills came after an unreported commit",
          rounds,
          steps,
          total.elapsed(),
          killedMidStream);
}

// An analysis delivering probability rows range by range is killed at a random moment: the
// reopened project holds every range it reported (and at most the one it was writing, whole or
// not at all), nothing else, with argmax labels to match; resuming fills in exactly the rest.
void TestProjectCrash::killedAnalysisKeepsWhatItFinished()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("analysis.ethoproj"));
    TrackId track = 0;
    {
        Document doc;
        VideoId video = 0;
        QVERIFY(makeProject(doc, path, kFrames, &video));
        track = doc.addPredictionTrack(video,
                                       TrackKind::Prediction,
                                       QStringLiteral("i3d"),
                                       QStringLiteral("rgb"),
                                       PredictionTrack(kFrames, doc.behaviors().names()),
                                       QStringLiteral("ckpt:test"))
                        .value_or(0);
        QVERIFY(track);
    }
    QRandomGenerator rng(777);
    for (int round = 0; round < 6; ++round) {
        {
            Document doc;
            QVERIFY(doc.open(path));
            QVERIFY(doc.clearPredictionRows(track, 0, kFrames));
        }
        const quint32 seed = rng.generate();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--analysis-child"),
                     path,
                     QString::number(seed),
                     QString::number(track)});
        QVERIFY(child.waitForStarted(10000));
        const int killAfter = rng.bounded(kAnalysisBlocks);
        int committed = 0;
        QByteArray pending;
        QElapsedTimer wait;
        wait.start();
        while (committed < killAfter) {
            QVERIFY2(wait.elapsed() < 20000, child.readAllStandardError().constData());
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            child.waitForReadyRead(100);
            pending += child.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n'))
                if (line.startsWith("committed "))
                    committed = qMax(committed, line.mid(10).toInt());
            pending = pending.mid(pending.lastIndexOf('\n') + 1);
        }
        QThread::usleep(rng.bounded(3000));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        pending += child.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (line.startsWith("committed "))
                committed = qMax(committed, line.mid(10).toInt());

        Document after;
        QVERIFY2(after.open(path), qPrintable(after.errorString()));
        QVERIFY(!after.isReadOnly());
        QCOMPARE(after.recordsDatabase().integrityCheck(), QStringLiteral("ok"));
        const PredictionTrack *p = after.predictions(track);
        QVERIFY(p);
        const QVector<int> order = analysisOrder(seed);
        for (int n = 0; n < order.size(); ++n) {
            const qint64 first = order[n] * kAnalysisBlock;
            const qint64 predicted = std::count(p->predictedMask().begin() + first,
                                                p->predictedMask().begin() + first + kAnalysisBlock,
                                                std::uint8_t(1));
            if (n < committed)
                QCOMPARE(predicted, kAnalysisBlock);
            else if (n == committed)
                QVERIFY(predicted == 0 || predicted == kAnalysisBlock); // all or nothing
            else
                QCOMPARE(predicted, 0);
        }
        const QVector<BehaviorId> ids = after.behaviors().ids();
        const QVector<BehaviorId> labels = after.labels(track)->toFrames();
        for (qint64 f = 0; f < kFrames; ++f) {
            if (p->isPredicted(f)) {
                QVERIFY(std::abs(p->probability(f, int((f / 37) % 8)) - 0.65f) < 1e-5f);
                QCOMPARE(labels[f], ids[int((f / 37) % 8)]);
            } else {
                QCOMPARE(labels[f], kUnlabeled);
            }
        }
        // Resume: deliver exactly the frames that are missing.
        QVector<QPair<qint64, qint64>> missing;
        for (qint64 f = 0; f < kFrames; ++f) {
            if (p->isPredicted(f))
                continue;
            if (!missing.isEmpty() && missing.last().first + missing.last().second == f)
                ++missing.last().second;
            else
                missing.append({f, 1});
        }
        for (const auto &[first, count] : missing) {
            const std::vector<float> rows = analysisRows(first, count);
            QVERIFY(after.setPredictionRows(track, first, count, rows.data()));
        }
        QCOMPARE(after.predictions(track)->predictedCount(), kFrames);
        QCOMPARE(after.labels(track)->labeledFrames(), kFrames);
    }
}

void TestProjectCrash::otherProcessMakesItReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.ethoproj"));
    {
        Document doc;
        QVERIFY(makeProject(doc, path, 100));
    }
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), path});
    QVERIFY(holder.waitForStarted(10000));
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));
    {
        Document doc;
        QVERIFY(doc.open(path));
        QVERIFY(doc.isReadOnly());
        QVERIFY2(doc.readOnlyReason().contains(QString::number(holder.processId())),
                 qPrintable(doc.readOnlyReason()));
        QCOMPARE(doc.behaviors().size(), 8); // readable all the same
    }
    holder.write("quit\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    Document doc;
    QVERIFY(doc.open(path));
    QVERIFY(!doc.isReadOnly());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--child"))
        return runChild(args.at(2), args.at(3).toUInt(), args.at(4).toLongLong());
    if (args.size() == 5 && args.at(1) == QLatin1String("--analysis-child"))
        return runAnalysisChild(args.at(2), args.at(3).toUInt(), args.at(4).toLongLong());
    if (args.size() == 3 && args.at(1) == QLatin1String("--hold"))
        return runHolder(args.at(2));
    TestProjectCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_project_crash.moc"
