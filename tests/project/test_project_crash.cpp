// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process edits a project through Document and reports every edit that
// returned ("committed <n>"); the parent kills it with SIGKILL at a random moment and checks that
// the reopened project holds every reported edit (and at most the next one), that the file is
// sound, and that the dead child's lock is taken over. The child is this executable started with
// --child. The same for an analysis delivering probability rows (--analysis-child).
#include "ProjectTestUtil.h"

#include "project/Document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <numeric>

using namespace ethoscribe;
using namespace ethoscribe::projecttest;

namespace {

constexpr qint64 kFrames = 5000;

struct Edit
{
    enum Kind { Assign, Undo, Redo } kind = Assign;
    qint64 start = 0;
    qint64 end = 0;
    BehaviorId behavior = kUnlabeled;
};

// The n-th edit of the stream of a seed (the same in child and parent).
class EditStream
{
public:
    explicit EditStream(quint32 seed)
        : m_rng(seed)
    {}
    Edit next()
    {
        Edit e;
        const int op = m_rng.bounded(10);
        e.kind = op == 0 ? Edit::Undo : op == 1 ? Edit::Redo : Edit::Assign;
        e.start = m_rng.bounded(int(kFrames));
        e.end = e.start + 1 + m_rng.bounded(400);
        e.behavior = m_rng.bounded(9) == 0 ? kUnlabeled : 1 + m_rng.bounded(8);
        return e;
    }

private:
    QRandomGenerator m_rng;
};

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
    EditStream stream(seed);
    for (qint64 n = 1;; ++n) {
        const Edit e = stream.next();
        bool ok = true;
        if (e.kind == Edit::Undo) {
            if (doc.undoStack()->canUndo())
                ok = doc.undo();
        } else if (e.kind == Edit::Redo) {
            if (doc.undoStack()->canRedo())
                ok = doc.redo();
        } else {
            ok = doc.assign(track, e.start, e.end, e.behavior);
        }
        if (!ok) {
            std::fprintf(stderr, "child: %s\n", qPrintable(doc.errorString()));
            return 4;
        }
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
    TrackId track = 0;
    {
        Document doc;
        track = makeProject(doc, path, kFrames);
        QVERIFY(track);
    }
    QRandomGenerator rng(424242);
    QElapsedTimer total;
    total.start();
    const int rounds = 50;
    int killedMidStream = 0;
    for (int round = 0; round < rounds; ++round) {
        // Each round starts from the state the previous one left; the reference replays from it.
        Document before;
        QVERIFY2(before.open(path, ProjectDatabase::OpenMode::ReadOnly),
                 qPrintable(before.errorString()));
        const QVector<BehaviorId> start = before.labels(track)->toFrames();
        before.close();

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

        Document after;
        QVERIFY2(after.open(path), qPrintable(after.errorString()));
        QVERIFY2(!after.isReadOnly(), qPrintable(after.readOnlyReason())); // stale lock taken over
        QCOMPARE(after.database().integrityCheck(), QStringLiteral("ok"));
        const QVector<BehaviorId> found = after.labels(track)->toFrames();
        QCOMPARE(after.database().bouts(track), after.labels(track)->bouts());

        // The child's undo history starts empty in each round, like the reference's.
        EditStream stream(seed);
        QVector<QVector<BehaviorId>> states{start};
        int index = 0;
        auto applyEdit = [&](const Edit &e) {
            if (e.kind == Edit::Undo) {
                if (index > 0)
                    --index;
                return;
            }
            if (e.kind == Edit::Redo) {
                if (index + 1 < states.size())
                    ++index;
                return;
            }
            QVector<BehaviorId> next = states[index];
            for (qint64 i = e.start; i < qMin(e.end, kFrames); ++i)
                next[i] = e.behavior;
            if (next == states[index])
                return;
            states.resize(index + 1);
            states << next;
            ++index;
        };
        for (qint64 i = 0; i < committed; ++i)
            applyEdit(stream.next());
        const QVector<BehaviorId> reported = states[index];
        applyEdit(stream.next());
        const QVector<BehaviorId> oneMore = states[index];
        const bool matchesReported = found == reported;
        QVERIFY2(matchesReported || found == oneMore,
                 qPrintable(
                         QStringLiteral("round %1: the project does not hold the %2 reported edits")
                                 .arg(round)
                                 .arg(committed)));
        if (!matchesReported)
            ++killedMidStream;
    }
    qInfo("%d rounds in %lld ms; %d kills came after an unreported commit",
          rounds,
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
        QCOMPARE(after.database().integrityCheck(), QStringLiteral("ok"));
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
