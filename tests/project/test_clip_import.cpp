// SPDX-License-Identifier: GPL-3.0-or-later
// ClipDatasetImporter: both folder layouts, recordings, unknown behaviors, unreadable clips,
// cancellation and re-import.
#include "VideoTestUtil.h"

#include "behaviors/BehaviorSet.h"
#include "project/ClipDatasetImporter.h"
#include "project/ProjectDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;

namespace {

bool makeClip(const QString &path, int frames)
{
    VideoWriterSettings s;
    s.codec = QStringLiteral("mpeg1video");
    s.width = 64;
    s.height = 48;
    s.gopSize = 5;
    QString error;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return testutil::writeCodedVideo(path, s, frames, &error, 6);
}

bool createProject(ProjectDatabase &db, const QString &path)
{
    return db.create(path) && db.setBehaviors(BehaviorSet::jhuangDefault().behaviors());
}

} // namespace

class TestClipImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanBothLayouts();
    void importsSubfolderLayout();
    void cancelWritesNothing();
};

void TestClipImport::scanBothLayouts()
{
    QTemporaryDir dir;
    QVERIFY(makeClip(dir.filePath(QStringLiteral("flat/video1_drink_0001.mpg")), 3));
    QVERIFY(makeClip(dir.filePath(QStringLiteral("flat/video12_micro-movement_0007.mpg")), 3));
    QVERIFY(makeClip(dir.filePath(QStringLiteral("flat/oddname.mpg")), 3));
    QStringList unrecognized;
    QString error;
    auto clips = ClipDatasetImporter::scan(
            dir.filePath(QStringLiteral("flat")), &unrecognized, &error);
    QVERIFY(clips);
    QCOMPARE(clips->size(), 2);
    QCOMPARE(clips->at(0).recording, QStringLiteral("video12"));
    QCOMPARE(clips->at(0).behaviorName, QStringLiteral("micro-movement"));
    QCOMPARE(clips->at(1).recording, QStringLiteral("video1"));
    QCOMPARE(clips->at(1).behaviorName, QStringLiteral("drink"));
    QCOMPARE(unrecognized.size(), 1);
    QVERIFY(!ClipDatasetImporter::scan(dir.filePath(QStringLiteral("none")), nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("none")));
}

void TestClipImport::importsSubfolderLayout()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("clips"));
    QVERIFY(makeClip(root + QStringLiteral("/drink/video1_0001.mpg"), 4));
    QVERIFY(makeClip(root + QStringLiteral("/drink/video2_0001.mpg"), 5));
    QVERIFY(makeClip(root + QStringLiteral("/Groom/video1_0002.mpg"), 6));
    QVERIFY(makeClip(root + QStringLiteral("/grooming/video2_0002.mpg"), 7)); // mapped
    QVERIFY(makeClip(root + QStringLiteral("/sniff/video3_0001.mpg"), 8));    // unknown
    QFile broken(root + QStringLiteral("/walk/video3_0002.mpg"));
    QDir().mkpath(root + QStringLiteral("/walk"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a video at all");
    broken.close();

    ProjectDatabase db;
    QVERIFY(createProject(db, dir.filePath(QStringLiteral("p.ethoproj"))));
    ClipDatasetImporter::Options options;
    options.nameMapping.insert(QStringLiteral("Grooming"), QStringLiteral("groom"));
    QVector<int> progress;
    QString error;
    auto result = ClipDatasetImporter::importInto(
            db, root, options, [&](int done, int) { progress << done; }, nullptr, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->imported, 4);
    QCOMPARE(result->unknownNames.value(QStringLiteral("sniff")), 1);
    QCOMPARE(result->skipped.size(), 1);
    QVERIFY2(result->skipped.at(0).contains(QStringLiteral("video3_0002.mpg")),
             qPrintable(result->skipped.at(0)));
    QVERIFY(!progress.isEmpty());
    const QVector<VideoRecord> videos = db.videos();
    QCOMPARE(videos.size(), 4);
    QMap<QString, int> perRecording;
    for (const VideoRecord &v : videos) {
        perRecording[v.recording] += 1;
        const QVector<TrackRecord> tracks = db.tracks(v.id);
        QCOMPARE(tracks.size(), 1);
        QCOMPARE(tracks.at(0).name, QStringLiteral("clips"));
        const QVector<Bout> bouts = db.bouts(tracks.at(0).id);
        QCOMPARE(bouts.size(), 1);
        QCOMPARE(bouts.at(0).start, 0);
        QCOMPARE(bouts.at(0).end, v.frameCount);
        const QString folder = v.path.section(QLatin1Char('/'), 1, 1).toLower();
        const int expected = folder == QLatin1String("drink") ? 1 : 3; // groom = 3
        QCOMPARE(bouts.at(0).behavior, expected);
    }
    QCOMPARE(perRecording.value(QStringLiteral("video1")), 2);
    QCOMPARE(perRecording.value(QStringLiteral("video2")), 2);

    // Again, adding the unknown behavior: known clips are not imported twice.
    options.addUnknownBehaviors = true;
    result = ClipDatasetImporter::importInto(db, root, options, {}, nullptr, &error);
    QVERIFY(result);
    QCOMPARE(result->imported, 1);
    QCOMPARE(result->addedBehaviors, QStringList{QStringLiteral("sniff")});
    QCOMPARE(db.videos().size(), 5);
    QCOMPARE(db.behaviors().size(), 9);
    QCOMPARE(db.videos().last().recording, QStringLiteral("video3"));
}

void TestClipImport::cancelWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(makeClip(dir.filePath(QStringLiteral("c/video1_rest_1.mpg")), 3));
    ProjectDatabase db;
    QVERIFY(createProject(db, dir.filePath(QStringLiteral("p.ethoproj"))));
    std::atomic_bool cancel{true};
    QString error;
    auto result = ClipDatasetImporter::importInto(
            db, dir.filePath(QStringLiteral("c")), {}, {}, &cancel, &error);
    QVERIFY(result);
    QVERIFY(result->cancelled);
    QCOMPARE(db.videos().size(), 0);
}

QTEST_GUILESS_MAIN(TestClipImport)
#include "test_clip_import.moc"
