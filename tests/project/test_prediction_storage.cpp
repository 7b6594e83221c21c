// SPDX-License-Identifier: GPL-3.0-or-later
// Probabilities stored in blocks of frames: range writes in any order and across block boundaries
// against an in-memory reference (also after reopening), reads of a window that load only the
// blocks it overlaps, refusals, Document::setPredictionRows (memory, argmax labels, signals,
// database in step), and the migration of a version-2 project whose probabilities were one blob
// per track. A killed analysis is in test_project_crash.
#include "ProjectTestUtil.h"

#include "labels/PredictionChunk.h"
#include "project/Document.h"
#include "project/PredictionStore.h"
#include "project/ProjectSchema.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;
using namespace ethoscribe::projecttest;

namespace {

constexpr float kQuantum = 1.0f / 131070.0f + 1e-7f; // the 16-bit fixed point's rounding

std::vector<float> randomRows(qint64 count, int classes, QRandomGenerator &rng)
{
    std::vector<float> rows(size_t(count) * size_t(classes));
    for (qint64 f = 0; f < count; ++f) {
        float sum = 0;
        float *r = rows.data() + size_t(f) * size_t(classes);
        const int dominant = rng.bounded(classes);
        for (int c = 0; c < classes; ++c) {
            r[c] = float(rng.generateDouble()) + (c == dominant ? 2.0f : 0.0f);
            sum += r[c];
        }
        for (int c = 0; c < classes; ++c)
            r[c] /= sum;
    }
    return rows;
}

// Whole track as stored equals the reference: flags exactly, values within the quantisation.
void compareStored(ProjectDatabase &db, TrackId track, const PredictionTrack &reference)
{
    const std::optional<PredictionTrack> stored = db.predictions(track);
    QVERIFY2(stored, qPrintable(db.errorString()));
    QCOMPARE(stored->frameCount(), reference.frameCount());
    QCOMPARE(stored->classNames(), reference.classNames());
    QVERIFY(stored->predictedMask() == reference.predictedMask());
    QCOMPARE(stored->predictedCount(), reference.predictedCount());
    float worst = 0;
    for (size_t i = 0; i < reference.values().size(); ++i)
        worst = std::max(worst, std::abs(stored->values()[i] - reference.values()[i]));
    QVERIFY2(worst <= kQuantum, qPrintable(QString::number(worst)));
}

// A probability blob as Ethoscribe wrote it before the predicted flags (format 1): header, names,
// frames x classes u16; an all-zero row meant "not predicted".
QByteArray version1Blob(const QStringList &names, const std::vector<quint16> &values)
{
    QByteArray blob("ESPT");
    const auto le = [&blob](quint64 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            blob.append(char((v >> (8 * i)) & 0xff));
    };
    le(1, 2);
    le(1, 2);
    le(quint64(names.size()), 4);
    le(values.size() / size_t(names.size()), 8);
    for (const QString &name : names) {
        const QByteArray utf8 = name.toUtf8();
        le(quint64(utf8.size()), 4);
        blob.append(utf8);
    }
    for (quint16 v : values)
        le(v, 2);
    return blob;
}

// Runs SQL on the project file through a connection of its own (as another program would).
bool execRaw(const QString &path, const QStringList &statements, QVariantList binds = {})
{
    bool ok = true;
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.prepare(sql);
            for (const QVariant &v : std::as_const(binds))
                q.addBindValue(v);
            binds.clear(); // bind values go to the first statement only
            if (ok && !q.exec()) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace

class TestPredictionStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangeWritesMatchReference();
    void windowReadLoadsOnlyOverlappingChunks();
    void refusals();
    void documentSetsRowsLabelsAndSignals();
    void documentRefusalsChangeNothing();
    void migratesVersion2Blobs();
};

void TestPredictionStorage::rangeWritesMatchReference()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ranges.ethoproj"));
    const qint64 frames = 3000; // blocks [0, 1024), [1024, 2048), [2048, 3000)
    const QStringList names = BehaviorSet::jhuangDefault().names();
    const int classes = int(names.size());
    PredictionTrack reference(frames, names);
    TrackId track = 0;
    QRandomGenerator rng(31);
    {
        ProjectDatabase db;
        QVERIFY2(db.create(path), qPrintable(db.errorString()));
        VideoRecord v;
        v.path = QStringLiteral("v.mp4");
        v.frameCount = frames;
        const std::optional<VideoId> video = db.addVideo(v);
        QVERIFY(video);
        track = db.addTrack(TrackRecord{0,
                                        *video,
                                        TrackKind::Prediction,
                                        {},
                                        QStringLiteral("i3d"),
                                        QStringLiteral("rgb"),
                                        QStringLiteral("ckpt:1")})
                        .value_or(0);
        QVERIFY(track);
        QCOMPARE(db.track(track)->source, QStringLiteral("ckpt:1"));
        QVERIFY(db.predictionLayout(track)->isNull());
        QVERIFY(db.setPredictionLayout(track, frames, names));
        QCOMPARE(db.predictionLayout(track)->chunkFrames, PredictionStore::kChunkFrames);
        QCOMPARE(db.predictions(track)->predictedCount(), 0);

        // Out of order, across block boundaries, the last frame, overlapping earlier writes.
        const QVector<QPair<qint64, qint64>> ranges
                = {{2000, 500}, {0, 100}, {1020, 10}, {2999, 1}, {1000, 1100}, {50, 10}};
        for (const auto &[first, count] : ranges) {
            const std::vector<float> rows = randomRows(count, classes, rng);
            QVERIFY2(db.writePredictionRows(track, first, count, classes, rows.data()),
                     qPrintable(db.errorString()));
            reference.setRows(first, count, rows.data());
            compareStored(db, track, reference);
        }
        // Random writes and clears.
        for (int i = 0; i < 60; ++i) {
            const qint64 first = rng.bounded(int(frames));
            const qint64 count = std::min<qint64>(frames - first, 1 + rng.bounded(1500));
            if (rng.bounded(5) == 0) {
                QVERIFY(db.clearPredictionRows(track, first, count));
                reference.clearRows(first, count);
            } else {
                const std::vector<float> rows = randomRows(count, classes, rng);
                QVERIFY(db.writePredictionRows(track, first, count, classes, rows.data()));
                reference.setRows(first, count, rows.data());
            }
        }
        compareStored(db, track, reference);
        // Blocks without a predicted frame are not stored.
        QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM prediction_chunks WHERE track_id=%1")
                               .arg(track)));
        QVERIFY(q.next());
        int expectedBlocks = 0;
        for (qint64 start = 0; start < frames; start += PredictionStore::kChunkFrames) {
            bool any = false;
            for (qint64 f = start; f < std::min(frames, start + PredictionStore::kChunkFrames); ++f)
                any = any || reference.isPredicted(f);
            expectedBlocks += any ? 1 : 0;
        }
        QCOMPARE(q.value(0).toInt(), expectedBlocks);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    {
        ProjectDatabase reopened;
        QVERIFY(reopened.open(path));
        compareStored(reopened, track, reference);
        // A whole-track write replaces everything, flags included.
        PredictionTrack replacement(frames, names);
        const std::vector<float> rows = randomRows(500, classes, rng);
        replacement.setRows(700, 500, rows.data());
        QVERIFY(reopened.writePredictions(track, replacement));
        compareStored(reopened, track, replacement);
        QCOMPARE(reopened.integrityCheck(), QStringLiteral("ok"));
        // Removing the track removes its probabilities.
        QVERIFY(reopened.removeTrack(track));
        QVERIFY(reopened.predictionLayout(track)->isNull());
    }
}

void TestPredictionStorage::windowReadLoadsOnlyOverlappingChunks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.ethoproj"));
    const QStringList names = {QStringLiteral("rest"), QStringLiteral("walk")};
    const qint64 frames = 3000;
    TrackId track = 0;
    ProjectDatabase db;
    QVERIFY(db.create(path));
    VideoRecord v;
    v.path = QStringLiteral("v.mp4");
    v.frameCount = frames;
    const VideoId video = db.addVideo(v).value_or(0);
    track = db.addTrack(TrackRecord{0, video, TrackKind::Prediction, {}, {}, {}}).value_or(0);
    QVERIFY(track && db.setPredictionLayout(track, frames, names));
    QRandomGenerator rng(8);
    for (const auto &[first, count] : {QPair<qint64, qint64>{0, 100}, {1500, 100}, {2100, 100}}) {
        const std::vector<float> rows = randomRows(count, 2, rng);
        QVERIFY(db.writePredictionRows(track, first, count, 2, rows.data()));
    }
    std::vector<float> rows(size_t(frames) * 2);
    std::vector<std::uint8_t> predicted(static_cast<size_t>(frames));
    int chunks = -1;
    QVERIFY(db.readPredictionRows(track, 1500, 100, rows.data(), predicted.data(), &chunks));
    QCOMPARE(chunks, 1);
    QVERIFY(std::all_of(predicted.begin(), predicted.begin() + 100, [](auto p) { return p == 1; }));
    QVERIFY(db.readPredictionRows(track, 1000, 100, rows.data(), predicted.data(), &chunks));
    QCOMPARE(chunks, 2); // [0, 1024) and [1024, 2048)
    QCOMPARE(int(std::count(predicted.begin(), predicted.begin() + 100, 1)), 0);
    QCOMPARE(rows[0], 0.0f);
    QVERIFY(db.readPredictionRows(track, 100, 0, rows.data(), predicted.data(), &chunks));
    QCOMPARE(chunks, 0);
    QVERIFY(!db.readPredictionRows(track, 2950, 100, rows.data(), predicted.data()));
    QVERIFY(db.errorString().contains(QStringLiteral("outside")));

    // Damage the last block: a window that does not reach it still reads; the whole track does
    // not, and says so in plain words.
    QVERIFY(execRaw(path,
                    {QStringLiteral("UPDATE prediction_chunks SET data = x'00112233' WHERE "
                                    "track_id = ? AND first_frame = 2048")},
                    {track}));
    QVERIFY2(db.readPredictionRows(track, 0, 2048, rows.data(), predicted.data(), &chunks),
             qPrintable(db.errorString()));
    QCOMPARE(chunks, 2);
    QVERIFY(!db.predictions(track));
    QVERIFY2(db.errorString().contains(QStringLiteral("damaged")), qPrintable(db.errorString()));
    QVERIFY(!db.readPredictionRows(track, 2040, 10, rows.data(), predicted.data()));
    // A write that covers the damaged block entirely replaces it without reading it.
    const std::vector<float> whole = randomRows(frames - 2048, 2, rng);
    QVERIFY(db.writePredictionRows(track, 2048, frames - 2048, 2, whole.data()));
    QVERIFY(db.predictions(track));
}

void TestPredictionStorage::refusals()
{
    QTemporaryDir dir;
    ProjectDatabase db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("r.ethoproj"))));
    VideoRecord v;
    v.path = QStringLiteral("v.mp4");
    v.frameCount = 100;
    const VideoId video = db.addVideo(v).value_or(0);
    const TrackId track
            = db.addTrack(TrackRecord{0, video, TrackKind::Prediction, {}, {}, {}}).value_or(0);
    const std::vector<float> rows(300, 0.5f);
    QVERIFY(!db.writePredictionRows(track, 0, 10, 2, rows.data())); // no layout yet
    QVERIFY(!db.errorString().isEmpty());
    QVERIFY(!db.setPredictionLayout(track, 100, {}));
    QVERIFY(db.setPredictionLayout(track, 100, {QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(!db.writePredictionRows(track, 0, 10, 3, rows.data()));
    QVERIFY(db.errorString().contains(QStringLiteral("3")));
    QVERIFY(!db.writePredictionRows(track, 95, 10, 2, rows.data()));
    QVERIFY(!db.writePredictionRows(track, -1, 10, 2, rows.data()));
    QVERIFY(!db.writePredictionRows(track, 0, 10, 2, nullptr));
    QVERIFY(db.writePredictionRows(track, 0, 10, 2, rows.data()));
    // The same layout again keeps the rows; another one drops them.
    QVERIFY(db.setPredictionLayout(track, 100, {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(db.predictions(track)->predictedCount(), 10);
    QVERIFY(db.setPredictionLayout(track, 120, {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(db.predictions(track)->predictedCount(), 0);
    QCOMPARE(db.predictions(track)->frameCount(), 120);
}

void TestPredictionStorage::documentSetsRowsLabelsAndSignals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.ethoproj"));
    const qint64 frames = 2500;
    VideoId video = 0;
    TrackId track = 0;
    PredictionTrack reference;
    QVector<BehaviorId> expectedLabels(frames, kUnlabeled);
    {
        Document doc;
        QVERIFY(makeProject(doc, path, frames, &video));
        const QStringList names = doc.behaviors().names();
        const QVector<BehaviorId> ids = doc.behaviors().ids();
        reference = PredictionTrack(frames, names);
        const std::optional<TrackId> pt
                = doc.addPredictionTrack(video,
                                         TrackKind::Prediction,
                                         QStringLiteral("r2plus1d"),
                                         QStringLiteral("flow"),
                                         reference,
                                         QStringLiteral("ckpt:sha256:ab;video:sha256s1:00"));
        QVERIFY2(pt, qPrintable(doc.errorString()));
        track = *pt;
        QCOMPARE(doc.track(track)->source, QStringLiteral("ckpt:sha256:ab;video:sha256s1:00"));
        QCOMPARE(doc.predictionTrack(video, QStringLiteral("r2plus1d"), QStringLiteral("flow"))->id,
                 track);
        QVERIFY(!doc.predictionTrack(video, QStringLiteral("i3d"), QStringLiteral("flow")));
        QVERIFY(doc.labels(track)->isEmpty());
        QCOMPARE(doc.predictions(track)->predictedCount(), 0); // now loaded and kept up to date

        QSignalSpy rowsSpy(&doc, &Document::predictionRowsChanged);
        QSignalSpy labelsSpy(&doc, &Document::labelsChanged);
        QRandomGenerator rng(12);
        const QVector<QPair<qint64, qint64>> ranges
                = {{1000, 300}, {0, 256}, {2400, 100}, {256, 744}, {1200, 200}};
        for (const auto &[first, count] : ranges) {
            const std::vector<float> rows = randomRows(count, int(names.size()), rng);
            QVERIFY2(doc.setPredictionRows(track, first, count, rows.data()),
                     qPrintable(doc.errorString()));
            // The document keeps the rows as the project stores them (16-bit fixed point).
            std::vector<float> stored(rows.size());
            for (size_t i = 0; i < rows.size(); ++i)
                stored[i] = PredictionChunk::dequantise(PredictionChunk::quantise(rows[i]));
            reference.setRows(first, count, stored.data());
            for (qint64 f = first; f < first + count; ++f)
                expectedLabels[f] = ids[reference.argmax(f)];
            QCOMPARE(rowsSpy.size(), 1);
            QCOMPARE(rowsSpy.first(), (QVariantList{track, first, count}));
            QCOMPARE(labelsSpy.size(), 1);
            QCOMPARE(labelsSpy.first(), (QVariantList{video, track, first, first + count - 1}));
            rowsSpy.clear();
            labelsSpy.clear();
            QCOMPARE(doc.labels(track)->toFrames(), expectedLabels);
            QCOMPARE(*doc.predictions(track), reference); // memory: the stored values exactly
        }
        QCOMPARE(doc.recordsDatabase().bouts(track), doc.labels(track)->bouts());
        compareStored(doc.recordsDatabase(), track, reference);
        // Another reader of the file gets the very floats the window fuses.
        QCOMPARE(*doc.recordsDatabase().predictions(track), reference);

        // Clearing unpredicts and unlabels exactly the range.
        QVERIFY(doc.clearPredictionRows(track, 1100, 50));
        reference.clearRows(1100, 50);
        for (qint64 f = 1100; f < 1150; ++f)
            expectedLabels[f] = kUnlabeled;
        QCOMPARE(rowsSpy.size(), 1);
        QCOMPARE(doc.labels(track)->toFrames(), expectedLabels);
        QCOMPARE(*doc.predictions(track), reference);
        QCOMPARE(doc.recordsDatabase().bouts(track), doc.labels(track)->bouts());
    }
    Document reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.labels(track)->toFrames(), expectedLabels);
    QCOMPARE(reopened.track(track)->source, QStringLiteral("ckpt:sha256:ab;video:sha256s1:00"));
    // Rows written while the probabilities are not loaded reach the database all the same.
    const std::vector<float> rows(8 * 20, 0.125f);
    QVERIFY(reopened.setPredictionRows(track, 2000, 20, rows.data()));
    reference.setRows(2000, 20, rows.data());
    const PredictionTrack *stored = reopened.predictions(track);
    QVERIFY(stored);
    QVERIFY(stored->predictedMask() == reference.predictedMask());
    QVERIFY(std::abs(stored->probability(2010, 7) - 0.125f) <= kQuantum); // read back from disk
    QCOMPARE(reopened.labels(track)->at(2010), reopened.behaviors().ids().at(0)); // tie: first
}

void TestPredictionStorage::documentRefusalsChangeNothing()
{
    QTemporaryDir dir;
    Document doc;
    VideoId video = 0;
    const TrackId manual
            = makeProject(doc, dir.filePath(QStringLiteral("x.ethoproj")), 200, &video);
    QVERIFY(manual);
    const TrackId track = doc.addPredictionTrack(video,
                                                 TrackKind::Prediction,
                                                 QStringLiteral("i3d"),
                                                 QStringLiteral("rgb"),
                                                 PredictionTrack(200, doc.behaviors().names()))
                                  .value_or(0);
    QVERIFY(track);
    QSignalSpy rowsSpy(&doc, &Document::predictionRowsChanged);
    QSignalSpy labelsSpy(&doc, &Document::labelsChanged);
    const std::vector<float> rows(8 * 300, 0.125f);
    QVERIFY(!doc.setPredictionRows(manual, 0, 10, rows.data()));
    QVERIFY(doc.errorString().contains(QStringLiteral("alice")));
    QVERIFY(!doc.setPredictionRows(track, 150, 100, rows.data()));
    QVERIFY(doc.errorString().contains(QStringLiteral("outside")));
    QVERIFY(!doc.setPredictionRows(track, 0, 10, nullptr));
    QVERIFY(!doc.setPredictionRows(12345, 0, 10, rows.data()));
    QCOMPARE(rowsSpy.size(), 0);
    QCOMPARE(labelsSpy.size(), 0);
    QVERIFY(doc.labels(track)->isEmpty());
    QCOMPARE(doc.predictions(track)->predictedCount(), 0);
    // A write that cannot be saved (another connection holds the write lock) leaves memory as it
    // was.
    doc.recordsDatabase().setBusyTimeout(0);
    {
        QSqlDatabase lock
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        lock.setDatabaseName(doc.path());
        QVERIFY(lock.open());
        QSqlQuery q(lock);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(!doc.setPredictionRows(track, 0, 10, rows.data()));
        QVERIFY(doc.labels(track)->isEmpty());
        QCOMPARE(doc.predictions(track)->predictedCount(), 0);
        QCOMPARE(rowsSpy.size(), 0);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        lock.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    QVERIFY2(doc.setPredictionRows(track, 0, 10, rows.data()), qPrintable(doc.errorString()));
    QCOMPARE(doc.predictions(track)->predictedCount(), 10);
    QCOMPARE(doc.labels(track)->labeledFrames(), 10);
}

void TestPredictionStorage::migratesVersion2Blobs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.ethoproj"));
    const QStringList names
            = {QStringLiteral("rest"), QStringLiteral("walk"), QStringLiteral("groom")};
    const qint64 frames = 1500;
    // Frames 100..199 were not predicted (all zero); the others favour frame % 3.
    std::vector<quint16> values(size_t(frames) * 3, 0);
    for (qint64 f = 0; f < frames; ++f) {
        if (f >= 100 && f < 200)
            continue;
        for (int c = 0; c < 3; ++c)
            values[size_t(f) * 3 + size_t(c)] = c == f % 3 ? 52428 : 6553; // 0.8, 0.1
    }
    // A version-2 file as that version created it: steps 1 and 2 of the schema, run by hand.
    QStringList statements;
    statements << QStringLiteral("PRAGMA application_id = %1").arg(ProjectSchema::kApplicationId);
    for (const SchemaMigration &step : ProjectSchema::migrations()) {
        if (step.toVersion <= 2)
            statements << step.statements;
    }
    statements << QStringLiteral("INSERT INTO videos (id, path, content_hash, file_size, "
                                 "frame_count, fps_num, fps_den, width, height) VALUES (1, "
                                 "'v.mp4', 'sha256s1:00', 1, 1500, 30, 1, 320, 240)")
               << QStringLiteral("INSERT INTO tracks (id, video_id, kind, model, stream) VALUES "
                                 "(1, 1, 'prediction', 'i3d', 'rgb')")
               << QStringLiteral("INSERT INTO tracks (id, video_id, kind, model, stream) VALUES "
                                 "(2, 1, 'prediction', 'i3d', 'flow')")
               << QStringLiteral("INSERT INTO bouts VALUES (1, 0, 100, 1)")
               << QStringLiteral("PRAGMA user_version = 2");
    QVERIFY(execRaw(path, statements));
    QVERIFY(execRaw(path,
                    {QStringLiteral("INSERT INTO predictions (track_id, data) VALUES (1, ?)")},
                    {version1Blob(names, values)}));
    QVERIFY(execRaw(path,
                    {QStringLiteral("INSERT INTO predictions (track_id, data) VALUES (2, ?)")},
                    {QByteArray("damaged")}));

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("label track 2 left out")));
    ProjectDatabase db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), ProjectSchema::currentVersion());
    const std::optional<PredictionLayout> layout = db.predictionLayout(1);
    QVERIFY(layout);
    QCOMPARE(layout->frameCount, frames);
    QCOMPARE(layout->classNames, names);
    const std::optional<PredictionTrack> p = db.predictions(1);
    QVERIFY2(p, qPrintable(db.errorString()));
    QCOMPARE(p->predictedCount(), frames - 100);
    for (qint64 f = 0; f < frames; ++f) {
        QCOMPARE(p->isPredicted(f), f < 100 || f >= 200);
        if (p->isPredicted(f)) {
            QCOMPARE(p->argmax(f), int(f % 3));
            QCOMPARE(p->probability(f, int(f % 3)), PredictionChunk::dequantise(52428));
        }
    }
    QVERIFY(db.predictionLayout(2)->isNull()); // unreadable before, left out
    QCOMPARE(db.track(1)->source, QString());
    QCOMPARE(db.bouts(1), (QVector<Bout>{Bout{0, 100, 1}}));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    // The old table is gone.
    db.close();
    {
        QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery tables(raw);
        QVERIFY(tables.exec(
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'predictions'")));
        QVERIFY(tables.next());
        QCOMPARE(tables.value(0).toInt(), 0);
        tables.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
}

QTEST_GUILESS_MAIN(TestPredictionStorage)
#include "test_prediction_storage.moc"
