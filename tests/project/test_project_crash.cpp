// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process edits a project through Document and reports every edit that
// returned ("committed <n>"); the parent kills it with SIGKILL at a random moment and checks that
// the reopened project holds every reported edit (and at most the next one), that the file is
// sound, and that the dead child's lock is taken over. The child is this executable started with
// --child.
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
    if (args.size() == 3 && args.at(1) == QLatin1String("--hold"))
        return runHolder(args.at(2));
    TestProjectCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_project_crash.moc"
