// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectDatabase: records round trip, one writer (read-only second instance), refusal of newer
// formats and of other files, migration of a version-1 project, relocation of moved videos.
#include "project/ContentHash.h"
#include "project/ProjectDatabase.h"
#include "project/ProjectSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace ethoscribe;

namespace {

QByteArray fileSha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(block.size(), size - written);
        f.write(block.constData(), n);
        written += n;
    }
    return true;
}

// Runs a .sql file statement by statement on a fresh SQLite file (no ProjectDatabase involved).
bool runSqlFile(const QString &sqlPath, const QString &dbPath)
{
    QFile f(sqlPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    bool ok = true;
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(dbPath);
        ok = db.open();
        QString statement;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                QSqlQuery q(db);
                ok = ok && q.exec(statement);
                statement.clear();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

VideoRecord videoAt(const QString &path, const QString &hash, qint64 size)
{
    VideoRecord v;
    v.path = path;
    v.contentHash = hash;
    v.fileSize = size;
    v.frameCount = 100;
    v.fpsNum = 30;
    v.width = 320;
    v.height = 240;
    v.codec = QStringLiteral("h264");
    v.durationSeconds = 100 / 30.0;
    return v;
}

} // namespace

class TestProjectDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsRoundTrip();
    void transactionIsAllOrNothing();
    void secondInstanceIsReadOnly();
    void readersLeaveNoLogFiles();
    void refusesNewerFormatWithoutTouchingIt();
    void refusesOtherFiles();
    void migratesVersion1();
    void contentHash();
    void relocatesMovedVideosByContent();
    void boutRangeDoesNotWalkEarlierBouts();
};

void TestProjectDatabase::recordsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.ethoproj"));
    ProjectDatabase db;
    QVERIFY2(db.create(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), ProjectSchema::currentVersion());
    ProjectDatabase other;
    QVERIFY(!other.create(path));
    QVERIFY(other.errorString().contains(QStringLiteral("already exists")));

    VideoRecord v = videoAt(
            dir.filePath(QStringLiteral("videos/a.mp4")), QStringLiteral("sha256s1:01"), 42);
    v.recording = QStringLiteral("video1");
    const std::optional<VideoId> vid = db.addVideo(v);
    QVERIFY(vid);
    const std::optional<VideoRecord> stored = db.video(*vid);
    QVERIFY(stored);
    QCOMPARE(stored->path, QStringLiteral("videos/a.mp4")); // relative to the project
    QCOMPARE(db.absoluteVideoPath(*stored), dir.filePath(QStringLiteral("videos/a.mp4")));
    QCOMPARE(stored->recording, QStringLiteral("video1"));
    QCOMPARE(stored->fileSize, 42);

    QVERIFY(db.setBehaviors({Behavior{3, QStringLiteral("groom"), QColor(Qt::red), 51},
                             Behavior{1, QStringLiteral("drink"), QColor(Qt::blue), 0}}));
    QCOMPARE(db.behaviors().size(), 2);
    QCOMPARE(db.behaviors().at(0).id, 3);
    QCOMPARE(db.behaviors().at(0).color, QColor(Qt::red));

    const std::optional<TrackId> t
            = db.addTrack(TrackRecord{0, *vid, TrackKind::Manual, QStringLiteral("ann"), {}, {}});
    QVERIFY(t);
    QVERIFY(db.setAllBouts(*t, {Bout{0, 10, 3}, Bout{10, 20, 1}, Bout{30, 40, kUnlabeled}}));
    QCOMPARE(db.bouts(*t).size(), 2);
    QVERIFY(db.replaceBouts(*t, 5, 15, {Bout{0, 20, 1}}));
    QCOMPARE(db.bouts(*t), (QVector<Bout>{Bout{0, 20, 1}}));
    QCOMPARE(db.bouts(*t, 25, 30).size(), 0);
    QVERIFY(db.predictionLayout(*t)->isNull()); // a manual track has no probabilities
    QVERIFY(db.predictions(*t)->isNull());

    QVERIFY(db.setSetting(QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(db.setting(QStringLiteral("k")), QStringLiteral("v"));
    QCOMPARE(db.setting(QStringLiteral("none"), QStringLiteral("d")), QStringLiteral("d"));

    const std::optional<qint64> m
            = db.addModel(ModelRecord{0,
                                      QStringLiteral("i3d-rgb"),
                                      QStringLiteral("i3d"),
                                      QStringLiteral("rgb"),
                                      dir.filePath(QStringLiteral("m.pt")),
                                      QJsonObject{{QStringLiteral("epochs"), 3}},
                                      {}});
    QVERIFY(m);
    QCOMPARE(db.models().size(), 1);
    QCOMPARE(db.models().at(0).path, QStringLiteral("m.pt"));
    QCOMPARE(db.models().at(0).metadata.value(QStringLiteral("epochs")).toInt(), 3);
    const std::optional<qint64> run = db.addCvRun(
            CvRunRecord{0, QStringLiteral("lovo"), QJsonObject{{QStringLiteral("folds"), 2}}, {}});
    QVERIFY(run);
    QVERIFY(db.setCvResult(*run, 1, QJsonObject{{QStringLiteral("accuracy"), 0.5}}));
    QVERIFY(db.setCvResult(*run, 0, QJsonObject{{QStringLiteral("accuracy"), 0.75}}));
    QCOMPARE(db.cvResults(*run).size(), 2);
    QCOMPARE(db.cvResults(*run).at(0).first, 0);
    QCOMPARE(db.cvResults(*run).at(0).second.value(QStringLiteral("accuracy")).toDouble(), 0.75);

    // Removing a video removes its tracks and bouts.
    QVERIFY(db.removeVideo(*vid));
    QCOMPARE(db.tracks().size(), 0);
    QCOMPARE(db.bouts(*t).size(), 0);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    db.close();

    // The journal mode is WAL and stays so.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestProjectDatabase::transactionIsAllOrNothing()
{
    QTemporaryDir dir;
    ProjectDatabase db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("t.ethoproj"))));
    {
        ProjectDatabase::Transaction t(db);
        QVERIFY(t.isActive());
        QVERIFY(db.setSetting(QStringLiteral("a"), QStringLiteral("1")));
        QVERIFY(db.setSetting(QStringLiteral("b"), QStringLiteral("2")));
        // not committed: rolled back
    }
    QCOMPARE(db.setting(QStringLiteral("a")), QString());
    {
        ProjectDatabase::Transaction t(db);
        QVERIFY(db.setSetting(QStringLiteral("a"), QStringLiteral("1")));
        // A failing inner step (a track for a video that does not exist) dooms the whole.
        QVERIFY(!db.addTrack(TrackRecord{0, 999, TrackKind::Manual, {}, {}, {}}));
        QVERIFY(!db.errorString().isEmpty());
        QVERIFY(!t.commit());
    }
    QCOMPARE(db.setting(QStringLiteral("a")), QString());
    {
        ProjectDatabase::Transaction t(db);
        QVERIFY(db.setSetting(QStringLiteral("a"), QStringLiteral("1")));
        QVERIFY(t.commit());
    }
    QCOMPARE(db.setting(QStringLiteral("a")), QStringLiteral("1"));
}

void TestProjectDatabase::secondInstanceIsReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.ethoproj"));
    ProjectDatabase first;
    QVERIFY(first.create(path));
    QVERIFY(!first.isReadOnly());
    QVERIFY(first.setSetting(QStringLiteral("x"), QStringLiteral("1")));

    ProjectDatabase second;
    QVERIFY2(second.open(path), qPrintable(second.errorString()));
    QVERIFY(second.isReadOnly());
    QVERIFY(second.readOnlyReason().contains(QStringLiteral("already open")));
    QCOMPARE(second.setting(QStringLiteral("x")), QStringLiteral("1"));
    QVERIFY(!second.setSetting(QStringLiteral("x"), QStringLiteral("2")));
    QVERIFY(second.errorString().contains(QStringLiteral("read-only")));
    QVERIFY(!second.addVideo(videoAt(QStringLiteral("v.mp4"), QStringLiteral("h"), 1)));
    // The writer's later edits are visible to the reader.
    QVERIFY(first.setSetting(QStringLiteral("x"), QStringLiteral("3")));
    QCOMPARE(second.setting(QStringLiteral("x")), QStringLiteral("3"));

    first.close();
    second.close();
    // Once the writer is gone, the project opens for writing again.
    QVERIFY(second.open(path));
    QVERIFY(!second.isReadOnly());
    // Explicit read-only.
    ProjectDatabase third;
    QVERIFY(third.open(path, ProjectDatabase::OpenMode::ReadOnly));
    QVERIFY(third.isReadOnly());
}

void TestProjectDatabase::readersLeaveNoLogFiles()
{
    // A project that was only read (a CLI command, a training run's snapshot, a second window)
    // is left as one file, as it was found: the write-ahead log and its index, which SQLite
    // creates for any reader, are merged and removed by the last connection to close.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("read.ethoproj"));
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    auto logFiles = [&] {
        QStringList found;
        for (const QString &f : {wal, shm})
            if (QFile::exists(f))
                found << QFileInfo(f).fileName();
        return found.join(QLatin1Char(' '));
    };
    {
        ProjectDatabase db;
        QVERIFY(db.create(path));
        QVERIFY(db.setSetting(QStringLiteral("x"), QStringLiteral("1")));
    }
    QCOMPARE(logFiles(), QString());

    {
        ProjectDatabase reader;
        QVERIFY(reader.open(path, ProjectDatabase::OpenMode::ReadOnly));
        QCOMPARE(reader.setting(QStringLiteral("x")), QStringLiteral("1"));
        QVERIFY(!reader.setSetting(QStringLiteral("x"), QStringLiteral("2")));
        QVERIFY(QFile::exists(wal)); // SQLite reads a WAL database through them
    }
    QCOMPARE(logFiles(), QString());

    // A reader beside a writer; the writer closes last, then first.
    for (const bool writerLast : {true, false}) {
        ProjectDatabase writer;
        QVERIFY(writer.open(path));
        QVERIFY(!writer.isReadOnly());
        ProjectDatabase reader;
        QVERIFY(reader.open(path));
        QVERIFY(reader.isReadOnly());
        QVERIFY(writer.setSetting(QStringLiteral("x"), QStringLiteral("3")));
        QCOMPARE(reader.setting(QStringLiteral("x")), QStringLiteral("3"));
        QVERIFY(!reader.setSetting(QStringLiteral("x"), QStringLiteral("4")));
        if (writerLast) {
            reader.close();
            writer.close();
        } else {
            writer.close();
            reader.close();
        }
        QVERIFY2(logFiles().isEmpty(), qPrintable(logFiles()));
        ProjectDatabase check;
        QVERIFY(check.open(path, ProjectDatabase::OpenMode::ReadOnly));
        QCOMPARE(check.setting(QStringLiteral("x")), QStringLiteral("3"));
    }
    QCOMPARE(logFiles(), QString());
}

void TestProjectDatabase::refusesNewerFormatWithoutTouchingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.ethoproj"));
    {
        ProjectDatabase db;
        QVERIFY(db.create(path));
        QVERIFY(db.setSetting(QStringLiteral("k"), QStringLiteral("v")));
    }
    {
        QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(ProjectSchema::currentVersion() + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))); // one file to compare
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray before = fileSha(path);
    QVERIFY(!before.isEmpty());
    ProjectDatabase db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QStringLiteral("newer version")),
             qPrintable(db.errorString()));
    QVERIFY(db.errorString().contains(QStringLiteral("future.ethoproj")));
    QVERIFY(!db.isOpen());
    QVERIFY(!db.open(path, ProjectDatabase::OpenMode::ReadOnly));
    QCOMPARE(fileSha(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestProjectDatabase::refusesOtherFiles()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.ethoproj"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are not labels\n");
    f.close();
    ProjectDatabase db;
    QVERIFY(!db.open(text));
    QVERIFY2(db.errorString().contains(QStringLiteral("notes.ethoproj")),
             qPrintable(db.errorString()));
    QVERIFY(!db.open(dir.filePath(QStringLiteral("missing.ethoproj"))));
    QVERIFY(db.errorString().contains(QStringLiteral("does not exist")));
    QVERIFY(!db.create(dir.filePath(QStringLiteral("no/such/folder/p.ethoproj"))));
    QVERIFY(db.errorString().contains(QStringLiteral("does not exist")));
    // Another application's SQLite file.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(!db.open(other));
    QVERIFY(db.errorString().contains(QStringLiteral("not an Ethoscribe project")));
}

void TestProjectDatabase::migratesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.ethoproj"));
    const QString fixture = qEnvironmentVariable("ETHOSCRIBE_TEST_SOURCE_DIR",
                                                 QStringLiteral(ETHOSCRIBE_TESTS_DIR))
                            + QStringLiteral("/project/fixtures/project_v1.sql");
    QVERIFY2(runSqlFile(fixture, path), qPrintable(fixture));
    {
        // Read-only cannot migrate: refused with a reason, file left as is.
        ProjectDatabase ro;
        QVERIFY(!ro.open(path, ProjectDatabase::OpenMode::ReadOnly));
        QVERIFY(ro.errorString().contains(QStringLiteral("older version")));
    }
    ProjectDatabase db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), ProjectSchema::currentVersion());
    const QVector<VideoRecord> videos = db.videos();
    QCOMPARE(videos.size(), 2);
    QCOMPARE(videos.at(1).path, QStringLiteral("sub/cage2.mp4"));
    QCOMPARE(videos.at(1).fpsNum, 30000);
    QCOMPARE(videos.at(1).fpsDen, 1001);
    QCOMPARE(videos.at(0).recording, QString()); // new column, default
    QCOMPARE(videos.at(0).recordingOrPath(), QStringLiteral("cage1.mpg"));
    const QVector<Behavior> behaviors = db.behaviors();
    QCOMPARE(behaviors.size(), 3);
    QCOMPARE(behaviors.at(0).name, QStringLiteral("eat")); // by position
    QCOMPARE(db.nextBehaviorId(), 6);
    QCOMPARE(db.tracks(1).size(), 1);
    QCOMPARE(db.bouts(1), (QVector<Bout>{Bout{0, 100, 1}, Bout{150, 400, 5}, Bout{400, 900, 2}}));
    // Tables of version 2 work.
    QVERIFY(db.addModel(ModelRecord{0, QStringLiteral("m"), {}, {}, {}, {}, {}}));
    QVERIFY(db.addCvRun(CvRunRecord{0, QStringLiteral("r"), {}, {}}));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestProjectDatabase::contentHash()
{
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.bin"));
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    const QString bigCopy = dir.filePath(QStringLiteral("copy.bin"));
    QVERIFY(writeRandomFile(small, 5000, 1));
    QVERIFY(writeRandomFile(big, 13 * 1024 * 1024 + 17, 2));
    QVERIFY(QFile::copy(big, bigCopy));
    const QString h = ContentHash::ofFile(big);
    QVERIFY(h.startsWith(QStringLiteral("sha256s1:")));
    QCOMPARE(h.size(), 9 + 64);
    QCOMPARE(ContentHash::ofFile(bigCopy), h);
    QVERIFY(ContentHash::ofFile(small) != h);
    // A change in the first or last MiB changes the hash.
    {
        QFile f(bigCopy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() - 10);
        f.write("0123456789");
    }
    QVERIFY(ContentHash::ofFile(bigCopy) != h);
    QString error;
    QVERIFY(ContentHash::ofFile(dir.filePath(QStringLiteral("none")), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("none")));
}

void TestProjectDatabase::relocatesMovedVideosByContent()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("videos"));
    QDir(dir.path()).mkpath(QStringLiteral("elsewhere/deep"));
    const QString a = dir.filePath(QStringLiteral("videos/a.mp4"));
    const QString b = dir.filePath(QStringLiteral("videos/b.mp4"));
    const QString c = dir.filePath(QStringLiteral("videos/c.mp4"));
    QVERIFY(writeRandomFile(a, 11 * 1024 * 1024, 10));
    QVERIFY(writeRandomFile(b, 4000, 11));
    QVERIFY(writeRandomFile(c, 4000, 12)); // same size as b, other content
    ProjectDatabase db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("p.ethoproj"))));
    VideoId ids[3];
    int i = 0;
    for (const QString &p : {a, b, c})
        ids[i++] = *db.addVideo(videoAt(p, ContentHash::ofFile(p), QFileInfo(p).size()));
    QCOMPARE(db.missingVideos().size(), 0);
    // a and b move (b renamed), c is deleted; a decoy with b's size sits next to them.
    QVERIFY(QFile::rename(a, dir.filePath(QStringLiteral("elsewhere/deep/renamed_a.mp4"))));
    QVERIFY(QFile::rename(b, dir.filePath(QStringLiteral("elsewhere/bee.mp4"))));
    QVERIFY(QFile::remove(c));
    QVERIFY(writeRandomFile(dir.filePath(QStringLiteral("elsewhere/decoy.mp4")), 4000, 99));
    QCOMPARE(db.missingVideos().size(), 3);

    std::atomic_bool cancel{true};
    std::optional<QVector<ProjectDatabase::Relocation>> none
            = db.relocateVideos(dir.filePath(QStringLiteral("elsewhere")), {}, &cancel);
    QVERIFY(none);
    QCOMPARE(none->size(), 0);

    int lastDone = -1, lastTotal = -1;
    cancel = false;
    const auto found = db.relocateVideos(
            dir.filePath(QStringLiteral("elsewhere")),
            [&](int done, int total) {
                lastDone = done;
                lastTotal = total;
            },
            &cancel);
    QVERIFY2(found, qPrintable(db.errorString()));
    QCOMPARE(found->size(), 2);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(db.video(ids[0])->path, QStringLiteral("elsewhere/deep/renamed_a.mp4"));
    QCOMPARE(db.video(ids[1])->path, QStringLiteral("elsewhere/bee.mp4"));
    QCOMPARE(db.video(ids[2])->path, QStringLiteral("videos/c.mp4"));
    QCOMPARE(db.missingVideos().size(), 1);
    QVERIFY(!db.relocateVideos(dir.filePath(QStringLiteral("nowhere"))));
    QVERIFY(db.errorString().contains(QStringLiteral("nowhere")));
}

void TestProjectDatabase::boutRangeDoesNotWalkEarlierBouts()
{
    // A range read (each edit and each timeline refresh does one) must cost the same at the end of
    // a long track as at its start. The query used to walk every bout before the range: with
    // 200 000 bouts, tens of milliseconds at the end against a fraction of one at the start.
    QTemporaryDir dir;
    ProjectDatabase db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("long.ethoproj"))));
    VideoRecord v
            = videoAt(dir.filePath(QStringLiteral("long.mp4")), QStringLiteral("sha256s1:02"), 1);
    v.frameCount = 2'000'000;
    const std::optional<VideoId> vid = db.addVideo(v);
    QVERIFY(vid);
    const std::optional<TrackId> track
            = db.addTrack(TrackRecord{0, *vid, TrackKind::Manual, QStringLiteral("ann"), {}, {}});
    QVERIFY(track);
    QVector<Bout> bouts;
    for (int i = 0; i < 200'000; ++i)
        bouts << Bout{qint64(i) * 10, qint64(i) * 10 + 7, i % 3}; // gaps of 3 frames
    QVERIFY2(db.setAllBouts(*track, bouts), qPrintable(db.errorString()));

    // Correct at the edges: a range starting inside a bout, one inside a gap, the last bout.
    QCOMPARE(db.bouts(*track, 15, 25), (QVector<Bout>{Bout{10, 17, 1}, Bout{20, 27, 2}}));
    QCOMPARE(db.bouts(*track, 8, 10), QVector<Bout>{});
    QCOMPARE(db.bouts(*track, 1'999'995, 2'000'000), QVector<Bout>{bouts.last()});
    QCOMPARE(db.bouts(*track).size(), 200'000);

    auto fastest = [&](qint64 start) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer clock;
            clock.start();
            const QVector<Bout> found = db.bouts(*track, start, start + 20);
            best = std::min(best, clock.nsecsElapsed());
            if (found.size() != 2)
                return qint64(-1);
        }
        return best;
    };
    const qint64 head = fastest(100);
    const qint64 tail = fastest(1'999'900);
    QVERIFY(head > 0 && tail > 0);
    qInfo("range read: %lld us at the start, %lld us at the end", head / 1000, tail / 1000);
    QVERIFY2(tail < 10 * head + 2'000'000,
             qPrintable(QStringLiteral("%1 us at the end, %2 us at the start")
                                .arg(tail / 1000)
                                .arg(head / 1000)));
}

QTEST_GUILESS_MAIN(TestProjectDatabase)
#include "test_project_database.moc"
