// SPDX-License-Identifier: GPL-3.0-or-later
// Document: every edit, undo and redo against a plain per-frame reference, and the database
// equal to memory (also after reopening); failures leave everything unchanged.
#include "ProjectTestUtil.h"

#include "project/Document.h"
#include "project/VideoDisplayNames.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;
using namespace ethoscribe::projecttest;

namespace {

using Frames = QVector<BehaviorId>;

// Maximal run containing frame f in a per-frame reference (labeled or not).
void runAround(const Frames &f, qint64 frame, qint64 *start, qint64 *end)
{
    qint64 s = frame, e = frame + 1;
    while (s > 0 && f[s - 1] == f[frame])
        --s;
    while (e < f.size() && f[e] == f[frame])
        ++e;
    *start = s;
    *end = e;
}

void fill(Frames &f, qint64 s, qint64 e, BehaviorId b)
{
    s = qBound<qint64>(0, s, f.size());
    e = qBound<qint64>(s, e, f.size());
    for (qint64 i = s; i < e; ++i)
        f[i] = b;
}

QVector<Bout> storedBouts(Document &doc, TrackId track)
{
    return doc.recordsDatabase().bouts(track);
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEditsMatchReference();
    void dragIsOneUndoStep();
    void labelsChangedSaysWhichFrames();
    void behaviorEditsUndoAndPersist();
    void importIsOneStepAndAllOrNothing();
    void readOnlyDocumentRefusesEdits();
    void lockedDatabaseLeavesEverythingUnchanged();
    void undoOfAStrokeIsOneTransaction();
    void videoDisplayNames_data();
    void videoDisplayNames();
    void documentNamesItsVideosApart();
};

void TestDocument::randomEditsMatchReference()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("random.ethoproj"));
    const qint64 n = 1500;
    TrackId track = 0, predTrack = 0;
    Frames predicted(n, kUnlabeled);
    {
        Document doc;
        VideoId video = 0;
        track = makeProject(doc, path, n, &video);
        QVERIFY(track);
        // A prediction track: random probabilities over the eight behaviors, some frames not
        // predicted.
        QRandomGenerator rng(20260101);
        PredictionTrack p(n, doc.behaviors().names());
        const QVector<BehaviorId> ids = doc.behaviors().ids();
        qint64 f = 0;
        while (f < n) {
            const qint64 len = 1 + rng.bounded(60);
            const int cls = rng.bounded(9); // 8 = not predicted
            for (qint64 i = f; i < qMin(n, f + len); ++i) {
                if (cls < 8) {
                    for (int c = 0; c < 8; ++c)
                        p.setProbability(i, c, c == cls ? 0.6f : 0.4f / 7);
                    predicted[i] = ids[cls];
                }
            }
            f += len;
        }
        const std::optional<TrackId> pt = doc.addPredictionTrack(
                video, TrackKind::Prediction, QStringLiteral("i3d"), QStringLiteral("rgb"), p);
        QVERIFY(pt);
        predTrack = *pt;
        QCOMPARE(doc.labels(predTrack)->toFrames(), predicted);

        QVector<Frames> states{Frames(n, kUnlabeled)};
        int index = 0;
        const int steps = 2500;
        int failures = 0, merges = 0;
        for (int step = 0; step < steps; ++step) {
            const Frames &current = states[index];
            Frames next = current;
            bool expectOk = true;
            bool isEdit = true;
            const int op = rng.bounded(100);
            const int before = doc.undoStack()->index();
            bool ok = false;
            if (op < 10) { // undo
                isEdit = false;
                ok = doc.undo();
                QCOMPARE(ok, index > 0);
                if (ok)
                    --index;
            } else if (op < 16) { // redo
                isEdit = false;
                ok = doc.redo();
                QCOMPARE(ok, index + 1 < states.size());
                if (ok)
                    ++index;
            } else if (op < 50) { // assign (sometimes a big range)
                const qint64 s = rng.bounded(int(n));
                const qint64 e = s + 1 + rng.bounded(rng.bounded(10) == 0 ? int(n) : 80);
                const BehaviorId b = ids[rng.bounded(ids.size())];
                fill(next, s, e, b);
                ok = doc.assign(track, s, e, b);
            } else if (op < 60) { // erase
                const qint64 s = rng.bounded(int(n));
                const qint64 e = s + 1 + rng.bounded(100);
                fill(next, s, e, kUnlabeled);
                ok = doc.erase(track, s, e);
            } else if (op < 68) { // accept predictions
                const qint64 s = rng.bounded(int(n));
                const qint64 e = qMin(n, s + 1 + rng.bounded(200));
                for (qint64 i = s; i < e; ++i)
                    if (predicted[i] != kUnlabeled)
                        next[i] = predicted[i];
                ok = doc.acceptPredictions(track, predTrack, s, e);
            } else if (op < 76) { // split
                const qint64 frame = rng.bounded(int(n));
                const BehaviorId second
                        = rng.bounded(4) == 0 ? kUnlabeled : ids[rng.bounded(ids.size())];
                qint64 s, e;
                runAround(current, frame, &s, &e);
                expectOk = current[frame] != kUnlabeled && s != frame && second != current[frame];
                if (expectOk)
                    fill(next, frame, e, second);
                ok = doc.splitBout(track, frame, second);
            } else if (op < 84) { // merge
                const qint64 a = rng.bounded(int(n));
                const qint64 b = qMin(n - 1, a + rng.bounded(150));
                qint64 s1, e1, s2, e2;
                runAround(current, a, &s1, &e1);
                runAround(current, b, &s2, &e2);
                expectOk = current[a] != kUnlabeled && current[b] != kUnlabeled && s1 != s2;
                if (expectOk)
                    fill(next, s1, e2, current[a]);
                ok = doc.mergeBouts(track, a, b);
            } else { // move a boundary, often several times in a row (a drag)
                const qint64 frame = 1 + rng.bounded(int(n - 1));
                qint64 s, e;
                runAround(current, frame, &s, &e);
                const qint64 boundary = s; // start of the run containing frame
                expectOk = boundary > 0;
                qint64 position = boundary;
                int moves = 1 + rng.bounded(4);
                ok = true;
                while (moves-- > 0 && ok) {
                    const qint64 target = position + rng.bounded(41) - 20;
                    qint64 ls, le, rs, re;
                    if (expectOk) {
                        runAround(next, position - 1, &ls, &le);
                        runAround(next, position, &rs, &re);
                        const qint64 clamped = qBound(ls + 1, target, re - 1);
                        if (clamped > position)
                            fill(next, position, clamped, next[position - 1]);
                        else
                            fill(next, clamped, position, next[position]);
                        const int idxBefore = doc.undoStack()->index();
                        ok = doc.moveBoundary(track, position, target);
                        position = clamped;
                        // Mirror of the stack: a merged move replaces the top state.
                        const int idxAfter = doc.undoStack()->index();
                        states.resize(index + 1);
                        if (idxAfter == idxBefore + 1) {
                            states << next;
                            ++index;
                        } else if (idxAfter == idxBefore) {
                            if (states[index] != next) { // merged into the previous move
                                QVERIFY(index > 0);
                                states[index] = next;
                                ++merges;
                            }
                        } else {
                            QCOMPARE(idxAfter, idxBefore - 1); // dragged back: the step vanished
                            states.removeLast();
                            --index;
                            QCOMPARE(states[index], next);
                        }
                        QCOMPARE(doc.labels(track)->toFrames(), next);
                    } else {
                        ok = doc.moveBoundary(track, position, target);
                    }
                }
                isEdit = false; // bookkeeping done above
                if (!expectOk)
                    QVERIFY(!ok);
                else
                    QVERIFY2(ok, qPrintable(doc.errorString()));
            }
            if (isEdit) {
                QCOMPARE(ok, expectOk);
                if (!ok) {
                    ++failures;
                    QVERIFY(!doc.errorString().isEmpty());
                    QCOMPARE(doc.undoStack()->index(), before);
                } else {
                    states.resize(index + 1);
                    if (doc.undoStack()->index() == before + 1) {
                        states << next;
                        ++index;
                    } else {
                        QCOMPARE(next, current); // a no-op edit is no undo step
                    }
                }
            }
            QCOMPARE(doc.undoStack()->index(), index);
            QCOMPARE(doc.labels(track)->toFrames(), states[index]);
            if (step % 250 == 0)
                QCOMPARE(storedBouts(doc, track), doc.labels(track)->bouts());
        }
        QVERIFY(failures > 0);
        QVERIFY(merges > 0);
        QCOMPARE(storedBouts(doc, track), doc.labels(track)->bouts());
        QCOMPARE(doc.recordsDatabase().integrityCheck(), QStringLiteral("ok"));
        predicted = states[index];
    }
    Document reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    QVERIFY(!reopened.isReadOnly());
    QCOMPARE(reopened.labels(track)->toFrames(), predicted);
    QCOMPARE(reopened.behaviors().size(), 8);
    QVERIFY(reopened.predictions(predTrack));
    QCOMPARE(reopened.predictions(predTrack)->frameCount(), n);
}

void TestDocument::dragIsOneUndoStep()
{
    QTemporaryDir dir;
    Document doc;
    const TrackId track = makeProject(doc, dir.filePath(QStringLiteral("drag.ethoproj")), 300);
    QVERIFY(track);
    QVERIFY(doc.assign(track, 100, 200, 1));
    QCOMPARE(doc.undoStack()->count(), 1);
    // Drag the end of the bout from 200 to 250 in small steps, then back to 230.
    qint64 at = 200;
    for (qint64 to : {205, 210, 230, 250, 240, 230}) {
        QVERIFY2(doc.moveBoundary(track, at, to), qPrintable(doc.errorString()));
        at = to;
    }
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.labels(track)->boutAt(150)->end, 230);
    // Another edge is another step.
    QVERIFY(doc.moveBoundary(track, 100, 90));
    QCOMPARE(doc.undoStack()->count(), 3);
    QVERIFY(doc.undo());
    QVERIFY(doc.undo());
    QCOMPARE(doc.labels(track)->boutAt(150)->start, 100);
    QCOMPARE(doc.labels(track)->boutAt(150)->end, 200);
    QCOMPARE(doc.recordsDatabase().bouts(track), doc.labels(track)->bouts());
    QVERIFY(doc.redo());
    QCOMPARE(doc.labels(track)->boutAt(150)->end, 230);
    // A drag that comes back where it started leaves no step.
    QVERIFY(doc.moveBoundary(track, 230, 260));
    QVERIFY(doc.moveBoundary(track, 260, 230));
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.recordsDatabase().bouts(track), doc.labels(track)->bouts());
}

void TestDocument::labelsChangedSaysWhichFrames()
{
    QTemporaryDir dir;
    Document doc;
    VideoId video = 0;
    const TrackId track
            = makeProject(doc, dir.filePath(QStringLiteral("sig.ethoproj")), 300, &video);
    QVERIFY(track);
    QSignalSpy spy(&doc, &Document::labelsChanged);
    QVERIFY(doc.assign(track, 10, 20, 2));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), video);
    QCOMPARE(spy.at(0).at(1).toLongLong(), track);
    QCOMPARE(spy.at(0).at(2).toLongLong(), 10);
    QCOMPARE(spy.at(0).at(3).toLongLong(), 19);
    QVERIFY(doc.undo());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(2).toLongLong(), 10);
    QCOMPARE(spy.at(1).at(3).toLongLong(), 19);
    // A refused edit says nothing changed.
    QVERIFY(!doc.splitBout(track, 50, 1));
    QCOMPARE(spy.count(), 2);
}

void TestDocument::behaviorEditsUndoAndPersist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("behaviors.ethoproj"));
    TrackId track = 0;
    {
        Document doc;
        track = makeProject(doc, path, 100);
        QVERIFY(track);
        QSignalSpy spy(&doc, &Document::behaviorsChanged);
        const std::optional<BehaviorId> sniff
                = doc.addBehavior(QStringLiteral("sniff"), QColor(Qt::red));
        QVERIFY(sniff);
        QCOMPARE(*sniff, 9);
        QVERIFY(!doc.addBehavior(QStringLiteral("SNIFF"))); // taken (case-insensitively)
        QVERIFY(doc.renameBehavior(*sniff, QStringLiteral("sniffing")));
        QVERIFY(doc.recolorBehavior(*sniff, QColor(Qt::blue)));
        QVERIFY(doc.moveBehavior(8, 0));
        QCOMPARE(doc.behaviors().at(0).name, QStringLiteral("sniffing"));
        QVERIFY(spy.count() >= 4);
        QVERIFY(doc.assign(track, 0, 10, *sniff));
        QVERIFY(doc.assign(track, 10, 20, 1));
        QVERIFY(doc.assign(track, 30, 40, *sniff));
        // Remove sniffing, relabelling its frames as behavior 1 (drink): 0-20 becomes one bout.
        QVERIFY(doc.removeBehavior(*sniff, 1));
        QVERIFY(!doc.behaviors().contains(*sniff));
        QCOMPARE(doc.labels(track)->boutAt(5)->end, 20);
        QCOMPARE(doc.labels(track)->at(35), 1);
        QCOMPARE(doc.recordsDatabase().bouts(track), doc.labels(track)->bouts());
        QCOMPARE(doc.recordsDatabase().behaviors().size(), 8);
        QVERIFY(doc.undo());
        QCOMPARE(doc.labels(track)->at(5), *sniff);
        QCOMPARE(doc.labels(track)->at(15), 1);
        QCOMPARE(doc.labels(track)->at(35), *sniff);
        QCOMPARE(doc.behaviors().at(0).name, QStringLiteral("sniffing"));
        QCOMPARE(doc.recordsDatabase().bouts(track), doc.labels(track)->bouts());
        QVERIFY(doc.redo());
        QVERIFY(doc.undo());
        // Removing to unlabeled.
        QVERIFY(doc.removeBehavior(*sniff, kUnlabeled));
        QCOMPARE(doc.labels(track)->at(5), kUnlabeled);
        // A new behavior never reuses the removed id.
        const std::optional<BehaviorId> climb = doc.addBehavior(QStringLiteral("climb"));
        QVERIFY(climb);
        QCOMPARE(*climb, 10);
        QVERIFY(!doc.removeBehavior(42, kUnlabeled));
        QVERIFY(!doc.removeBehavior(1, 42));
    }
    Document doc;
    QVERIFY(doc.open(path));
    QCOMPARE(doc.behaviors().size(), 9);
    QVERIFY(doc.behaviors().byName(QStringLiteral("climb")));
    QVERIFY(!doc.behaviors().byName(QStringLiteral("sniffing")));
    QCOMPARE(doc.behaviors().nextId(), 11);
    QCOMPARE(doc.labels(track)->at(5), kUnlabeled);
    QCOMPARE(doc.labels(track)->at(15), 1);
}

void TestDocument::importIsOneStepAndAllOrNothing()
{
    QTemporaryDir dir;
    Document doc;
    VideoId video = 0;
    QVERIFY(makeProject(doc, dir.filePath(QStringLiteral("import.ethoproj")), 200, &video));
    const int tracksBefore = doc.tracks(video).size();
    LabelTrack labels(200);
    labels.assign(0, 50, 2);
    labels.assign(50, 80, 9); // a behavior the file introduced
    labels.assign(120, 200, 3);
    Behavior nest{9, QStringLiteral("nest"), QColor(Qt::darkGreen), 0};
    QVERIFY2(doc.importLabels(video, QStringLiteral("bob"), labels, {nest}),
             qPrintable(doc.errorString()));
    QCOMPARE(doc.undoStack()->count(), 1);
    const TrackRecord *bob = doc.manualTrack(video, QStringLiteral("bob"));
    QVERIFY(bob);
    const TrackId bobId = bob->id;
    QCOMPARE(doc.labels(bobId)->toFrames(), labels.toFrames());
    QCOMPARE(doc.recordsDatabase().bouts(bobId), labels.bouts());
    QVERIFY(doc.behaviors().contains(9));
    QVERIFY(doc.undo());
    QVERIFY(!doc.manualTrack(video, QStringLiteral("bob")));
    QCOMPARE(doc.tracks(video).size(), tracksBefore);
    QVERIFY(!doc.behaviors().contains(9));
    QCOMPARE(doc.recordsDatabase().tracks(video).size(), tracksBefore);
    QCOMPARE(doc.recordsDatabase().behaviors().size(), 8);
    QVERIFY(doc.redo());
    QCOMPARE(doc.manualTrack(video, QStringLiteral("bob"))->id, bobId);
    QCOMPARE(doc.recordsDatabase().bouts(bobId), labels.bouts());
    // Labels naming a behavior that is not in the project: refused, nothing changed.
    LabelTrack bad(200);
    bad.assign(0, 10, 77);
    QVERIFY(!doc.importLabels(video, QStringLiteral("carol"), bad));
    QVERIFY(!doc.errorString().isEmpty());
    QVERIFY(!doc.manualTrack(video, QStringLiteral("carol")));
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestDocument::readOnlyDocumentRefusesEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.ethoproj"));
    Document writer;
    const TrackId track = makeProject(writer, path, 100);
    QVERIFY(track);
    QVERIFY(writer.assign(track, 0, 10, 1));
    Document reader;
    QVERIFY(reader.open(path));
    QVERIFY(reader.isReadOnly());
    QVERIFY(reader.readOnlyReason().contains(QStringLiteral("already open")));
    QCOMPARE(reader.labels(track)->at(5), 1);
    QSignalSpy failed(&reader, &Document::editFailed);
    QVERIFY(!reader.assign(track, 20, 30, 2));
    QCOMPARE(failed.count(), 1);
    QVERIFY(reader.errorString().contains(QStringLiteral("read-only")));
    QCOMPARE(reader.labels(track)->at(25), kUnlabeled);
    QCOMPARE(reader.undoStack()->count(), 0);
    QVERIFY(!reader.addBehavior(QStringLiteral("x")));
    QCOMPARE(reader.behaviors().size(), 8);
}

void TestDocument::lockedDatabaseLeavesEverythingUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.ethoproj"));
    Document doc;
    const TrackId track = makeProject(doc, path, 100);
    QVERIFY(track);
    doc.recordsDatabase().setBusyTimeout(50);
    QVERIFY(doc.assign(track, 0, 10, 1));
    QVERIFY(doc.assign(track, 5, 20, 2));
    const Frames afterEdits = doc.labels(track)->toFrames();
    {
        // Another connection holds the write lock: every write of the document fails.
        QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QVERIFY(!doc.assign(track, 50, 60, 3));
        QVERIFY(doc.errorString().contains(QStringLiteral("another program")));
        QCOMPARE(doc.labels(track)->toFrames(), afterEdits);
        QCOMPARE(doc.undoStack()->index(), 2);

        QSignalSpy failed(&doc, &Document::editFailed);
        QVERIFY(!doc.undo());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(doc.labels(track)->toFrames(), afterEdits);
        QCOMPARE(doc.undoStack()->index(), 2); // put back

        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    QVERIFY2(doc.undo(), qPrintable(doc.errorString()));
    QCOMPARE(doc.labels(track)->at(7), 1);
    QCOMPARE(doc.recordsDatabase().bouts(track), doc.labels(track)->bouts());
    QVERIFY(doc.redo());
    QCOMPARE(doc.labels(track)->toFrames(), afterEdits);
    QCOMPARE(doc.recordsDatabase().bouts(track), doc.labels(track)->bouts());
}

void TestDocument::undoOfAStrokeIsOneTransaction()
{
    // A paint stroke is saved piece by piece while it is painted (one undo step). Its undo and
    // redo are one transaction: another connection (a crash, another program) sees none of it
    // until all of it is saved.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stroke.ethoproj"));
    Document doc;
    const TrackId track = makeProject(doc, path, 200);
    QVERIFY(track);
    doc.beginEditGroup(QStringLiteral("Paint"));
    for (qint64 f = 0; f < 100; f += 20)
        QVERIFY(doc.assign(track, f, f + 20, 2));
    doc.endEditGroup();
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->command(0)->childCount(), 5);
    const QVector<Bout> painted = doc.recordsDatabase().bouts(track);

    ProjectDatabase other;
    QVERIFY2(other.open(path, ProjectDatabase::OpenMode::ReadOnly),
             qPrintable(other.errorString()));
    QCOMPARE(other.bouts(track), painted);
    int pieces = 0;
    QVector<QVector<Bout>> seenByOther;
    const QMetaObject::Connection c = connect(&doc, &Document::labelsChanged, this, [&] {
        ++pieces;
        seenByOther.append(other.bouts(track));
    });
    QVERIFY2(doc.undo(), qPrintable(doc.errorString()));
    QCOMPARE(pieces, 5);
    for (const QVector<Bout> &seen : std::as_const(seenByOther))
        QCOMPARE(seen, painted); // nothing of the undo visible before it is all saved
    QVERIFY(other.bouts(track).isEmpty());
    QVERIFY(doc.labels(track)->isEmpty());

    seenByOther.clear();
    pieces = 0;
    QVERIFY2(doc.redo(), qPrintable(doc.errorString()));
    QCOMPARE(pieces, 5);
    for (const QVector<Bout> &seen : std::as_const(seenByOther))
        QVERIFY(seen.isEmpty());
    QCOMPARE(other.bouts(track), painted);
    disconnect(c);
}

QTEST_GUILESS_MAIN(TestDocument)
void TestDocument::videoDisplayNames_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("distinct: file names only")
            << QStringList{"videos/a.mp4", "/data/b.mp4"} << QStringList{"a.mp4", "b.mp4"};
    QTest::newRow("two cages") << QStringList{"cage1/day1.mp4", "cage2/day1.mp4", "x/other.avi"}
                               << QStringList{"day1.mp4 (cage1)", "day1.mp4 (cage2)", "other.avi"};
    QTest::newRow("same last folder: two levels")
            << QStringList{"/lab/a/cam/GH010001.MP4", "/lab/b/cam/GH010001.MP4"}
            << QStringList{"GH010001.MP4 (a/cam)", "GH010001.MP4 (b/cam)"};
    QTest::newRow("file names differ in case only")
            << QStringList{"m1/Day1.mp4", "m2/day1.MP4"}
            << QStringList{"Day1.mp4 (m1)", "day1.MP4 (m2)"};
    QTest::newRow("one at the project's root") << QStringList{"day1.mp4", "cage2/day1.mp4"}
                                               << QStringList{"day1.mp4", "day1.mp4 (cage2)"};
    QTest::newRow("backslashes") << QStringList{"C:\\rec\\c1\\m.avi", "C:\\rec\\c2\\m.avi"}
                                 << QStringList{"m.avi (c1)", "m.avi (c2)"};
    QTest::newRow("three, two of them alike one level up")
            << QStringList{"x/a/m.mp4", "y/a/m.mp4", "z/b/m.mp4"}
            << QStringList{"m.mp4 (x/a)", "m.mp4 (y/a)", "m.mp4 (z/b)"};
}

void TestDocument::videoDisplayNames()
{
    QFETCH(QStringList, paths);
    QFETCH(QStringList, names);
    QCOMPARE(ethoscribe::videoDisplayNames(paths), names);
}

void TestDocument::documentNamesItsVideosApart()
{
    QTemporaryDir dir;
    Document doc;
    VideoId first = 0;
    QVERIFY(makeProject(doc, dir.filePath(QStringLiteral("names.ethoproj")), 30, &first));
    QCOMPARE(doc.videoDisplayName(first), QStringLiteral("cage1.mp4"));
    VideoRecord v = *doc.video(first);
    v.path = QStringLiteral("other/cage1.mp4");
    v.contentHash = QStringLiteral("sha256s1:01");
    const std::optional<VideoId> second = doc.addVideo(v);
    QVERIFY(second);
    QCOMPARE(doc.videoDisplayName(first), QStringLiteral("cage1.mp4 (videos)"));
    QCOMPARE(doc.videoDisplayName(*second), QStringLiteral("cage1.mp4 (other)"));
    QCOMPARE(doc.videoDisplayName(*second + 100), QString());
}

#include "test_document.moc"
