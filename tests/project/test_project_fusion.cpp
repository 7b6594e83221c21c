// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectFusion: the fusion settings the window saves, which stored tracks are fused (the newest
// of each network and stream, of the video's length and of one class list), the fused labels and
// probabilities read through a second, read-only connection while the project is open for writing
// (as Export All Predictions and the Statistics window read it), and "fused" among the tracks of
// the statistics.
#include "ProjectTestUtil.h"

#include "project/Document.h"
#include "project/ProjectDatabase.h"
#include "project/ProjectFusion.h"
#include "stats/ProjectStatistics.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace ethoscribe;
using namespace ethoscribe::projecttest;

namespace {

// One behavior per frame, probability 1 (the default behavior order: drink, eat, groom, hang,
// micro-movement, rear, rest, walk).
PredictionTrack oneHot(const QVector<int> &classes)
{
    PredictionTrack p(classes.size(), BehaviorSet::jhuangDefault().names());
    for (int f = 0; f < classes.size(); ++f)
        p.setProbability(f, classes[f], 1.0f);
    return p;
}

TrackRecord predictionRecord(TrackId id, const QString &model, const QString &stream)
{
    TrackRecord t;
    t.id = id;
    t.kind = TrackKind::Prediction;
    t.model = model;
    t.stream = stream;
    return t;
}

} // namespace

class TestProjectFusion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedParameters_data();
    void savedParameters();
    void inputsAreTheNewestOfOneShape();
    void fusedThroughASecondConnection();
    void statisticsOfTheFusedPrediction();
    void exportToFolder();
};

void TestProjectFusion::savedParameters_data()
{
    QTest::addColumn<QString>("rgb");
    QTest::addColumn<QString>("median");
    QTest::addColumn<double>("expectedRgb");
    QTest::addColumn<int>("expectedMedian");
    QTest::newRow("saved") << "0.7"
                           << "5" << 0.7 << 5;
    QTest::newRow("nothing saved: the defaults") << ""
                                                 << "" << 0.4 << 1;
    QTest::newRow("not a number keeps the default") << "much"
                                                    << "3" << 0.4 << 3;
    QTest::newRow("invalid together: all defaults") << "0.9"
                                                    << "4" << 0.4 << 1;
}

void TestProjectFusion::savedParameters()
{
    QFETCH(QString, rgb);
    QFETCH(QString, median);
    QFETCH(double, expectedRgb);
    QFETCH(int, expectedMedian);
    std::map<QString, QString> settings{{QStringLiteral("fusion/rgb_weight"), rgb},
                                        {QStringLiteral("fusion/median_width"), median}};
    const FusionParameters p
            = ProjectFusion::savedParameters([&](const QString &key) { return settings[key]; });
    QCOMPARE(p.rgbWeight, expectedRgb);
    QCOMPARE(p.medianWidth, expectedMedian);
    QCOMPARE(p.modelMix, 0.5);

    // What settings() writes reads back the same.
    FusionParameters chosen;
    chosen.rgbWeight = 0.15;
    chosen.modelMix = 0.8;
    chosen.medianWidth = 7;
    chosen.minBoutFrames = 4;
    std::map<QString, QString> written;
    for (const auto &[key, value] : ProjectFusion::settings(chosen))
        written[key] = value;
    QCOMPARE(written.size(), size_t(4));
    QVERIFY(ProjectFusion::savedParameters([&](const QString &key) { return written[key]; })
            == chosen);
}

void TestProjectFusion::inputsAreTheNewestOfOneShape()
{
    const QStringList jhuang = BehaviorSet::jhuangDefault().names();
    const QStringList other{QStringLiteral("sleep"), QStringLiteral("run")};
    // id -> layout
    std::map<TrackId, PredictionLayout> layouts{
            {1, {100, jhuang, 0}}, // i3d rgb, older
            {2, {100, jhuang, 0}}, // i3d rgb, newest: chosen
            {3, {90, jhuang, 0}},  // i3d flow of another length: left out
            {4, {100, other, 0}},  // r2plus1d rgb of other classes: not fused with i3d's
            {5, {100, jhuang, 0}}, // r2plus1d flow
            {6, {100, jhuang, 0}}, // a model no network is called
    };
    TrackRecord manual;
    manual.id = 7;
    manual.name = QStringLiteral("alice");
    const QVector<TrackRecord> tracks{
            manual,
            predictionRecord(2, QStringLiteral("i3d"), QStringLiteral("rgb")),
            predictionRecord(1, QStringLiteral("i3d"), QStringLiteral("rgb")),
            predictionRecord(3, QStringLiteral("i3d"), QStringLiteral("flow")),
            predictionRecord(4, QStringLiteral("r2plus1d"), QStringLiteral("rgb")),
            predictionRecord(5, QStringLiteral("r2plus1d"), QStringLiteral("flow")),
            predictionRecord(6, QStringLiteral("c3d"), QStringLiteral("rgb"))};
    const ProjectFusion::Inputs inputs = ProjectFusion::inputs(
            tracks, 100, [&](TrackId id) -> std::optional<PredictionLayout> {
                auto it = layouts.find(id);
                if (it == layouts.end())
                    return std::nullopt;
                return it->second;
            });
    const ProjectFusion::Inputs expected{2, 0, 0, 5};
    QCOMPARE(inputs, expected);
    QVERIFY(ProjectFusion::hasPredictionTracks(tracks));
    QVERIFY(!ProjectFusion::hasPredictionTracks({manual}));
    QVERIFY(!ProjectFusion::hasPredictionTracks(
            {predictionRecord(6, QStringLiteral("c3d"), QStringLiteral("rgb"))}));
}

void TestProjectFusion::fusedThroughASecondConnection()
{
    QTemporaryDir dir;
    Document doc;
    VideoId videoId = 0;
    QVERIFY(makeProject(doc, dir.filePath(QStringLiteral("p.ethoproj")), 6, &videoId));
    // RGB: drink drink drink walk walk walk. Flow: eat on frames 0-3 only (4 and 5 not predicted
    // yet).
    QVERIFY(doc.addPredictionTrack(videoId,
                                   TrackKind::Prediction,
                                   QStringLiteral("i3d"),
                                   QStringLiteral("rgb"),
                                   oneHot({0, 0, 0, 7, 7, 7})));
    PredictionTrack flow(6, BehaviorSet::jhuangDefault().names());
    for (int f = 0; f < 4; ++f)
        flow.setProbability(f, 1, 1.0f);
    QVERIFY(doc.addPredictionTrack(
            videoId, TrackKind::Prediction, QStringLiteral("i3d"), QStringLiteral("flow"), flow));

    // The document holds the project for writing; the reader has a connection of its own.
    ProjectDatabase reader;
    QVERIFY2(reader.open(doc.path(), ProjectDatabase::OpenMode::ReadOnly),
             qPrintable(reader.errorString()));
    FusionParameters params;
    params.rgbWeight = 0.3;
    QString error;
    std::optional<ProjectFusion::FusedVideo> fused = ProjectFusion::fuse(
            reader, *doc.video(videoId), doc.behaviors(), params, true, &error);
    QVERIFY2(fused, qPrintable(error));
    QCOMPARE(fused->inputCount, 2);
    QCOMPARE(fused->predictedFrames, qint64(6));
    const BehaviorId drink = doc.behaviors().byName(QStringLiteral("drink"))->id;
    const BehaviorId eat = doc.behaviors().byName(QStringLiteral("eat"))->id;
    const BehaviorId walk = doc.behaviors().byName(QStringLiteral("walk"))->id;
    // 0.7 eat beats 0.3 drink or walk; frames 4 and 5 come from RGB alone, never averaged with
    // the missing flow rows.
    const QVector<BehaviorId> expected{eat, eat, eat, eat, walk, walk};
    QCOMPARE(fused->labels.toFrames(), expected);
    QCOMPARE(fused->probabilities.probability(0, 0), 0.3f);
    QCOMPARE(fused->probabilities.probability(0, 1), 0.7f);
    QCOMPARE(fused->probabilities.probability(5, 7), 1.0f);

    // Without probabilities; the RGB stream's weight up: drink where the streams differ.
    params.rgbWeight = 0.8;
    fused = ProjectFusion::fuse(
            reader, *doc.video(videoId), doc.behaviors(), params, false, &error);
    QVERIFY2(fused, qPrintable(error));
    QVERIFY(fused->probabilities.isNull());
    const QVector<BehaviorId> rgbWins{drink, drink, drink, walk, walk, walk};
    QCOMPARE(fused->labels.toFrames(), rgbWins);

    // A newer RGB track written meanwhile replaces the older one in the fusion.
    QVERIFY(doc.addPredictionTrack(videoId,
                                   TrackKind::Prediction,
                                   QStringLiteral("i3d"),
                                   QStringLiteral("rgb"),
                                   oneHot({7, 7, 7, 7, 7, 7})));
    fused = ProjectFusion::fuse(
            reader, *doc.video(videoId), doc.behaviors(), params, false, &error);
    QVERIFY2(fused, qPrintable(error));
    QCOMPARE(fused->labels.toFrames(), QVector<BehaviorId>(6, walk));

    // Invalid parameters are refused in words.
    params.medianWidth = 2;
    QVERIFY(!ProjectFusion::fuse(
            reader, *doc.video(videoId), doc.behaviors(), params, false, &error));
    QVERIFY(!error.isEmpty());

    // A video without predictions: nothing fused, all frames unlabeled.
    VideoRecord second = *doc.video(videoId);
    second.id = 0;
    second.path = QStringLiteral("videos/cage2.mp4");
    second.contentHash = QStringLiteral("sha256s1:01");
    second.frameCount = 4;
    const std::optional<VideoId> secondId = doc.addVideo(second);
    QVERIFY(secondId);
    fused = ProjectFusion::fuse(
            reader, *doc.video(*secondId), doc.behaviors(), FusionParameters(), true, &error);
    QVERIFY2(fused, qPrintable(error));
    QCOMPARE(fused->inputCount, 0);
    QCOMPARE(fused->labels.frameCount(), qint64(4));
    QCOMPARE(fused->labels.labeledFrames(), qint64(0));
}

void TestProjectFusion::statisticsOfTheFusedPrediction()
{
    QTemporaryDir dir;
    Document doc;
    VideoId videoId = 0;
    QVERIFY(makeProject(doc, dir.filePath(QStringLiteral("p.ethoproj")), 4, &videoId));
    // Without predictions there is no fused track to choose.
    QCOMPARE(ProjectStatistics::trackNames(doc, {videoId}), QStringList{QStringLiteral("alice")});
    QVERIFY(doc.addPredictionTrack(videoId,
                                   TrackKind::Prediction,
                                   QStringLiteral("r2plus1d"),
                                   QStringLiteral("flow"),
                                   oneHot({2, 2, 6, 6})));
    QCOMPARE(ProjectStatistics::trackNames(doc, {videoId}),
             (QStringList{QStringLiteral("alice"),
                          QStringLiteral("fused"),
                          QStringLiteral("prediction:r2plus1d:flow")}));
    QVERIFY(ProjectStatistics::isFused(QStringLiteral("Fused")));

    int asked = 0;
    const LabelTrack given = LabelTrack::fromFrames({kUnlabeled, 1, 1, 1});
    const QVector<VideoTrackStatistics> stats = ProjectStatistics::compute(
            doc,
            {videoId},
            QStringLiteral("fused"),
            0,
            nullptr,
            [&](const VideoRecord &video) -> std::optional<LabelTrack> {
                ++asked;
                return video.id == videoId ? std::optional<LabelTrack>(given) : std::nullopt;
            });
    QCOMPARE(asked, 1);
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats[0].track, QStringLiteral("fused"));
    QCOMPARE(stats[0].stats.labeledFrames, qint64(3));
    // Nobody to ask: no video has the track.
    QVERIFY(ProjectStatistics::compute(doc, {videoId}, QStringLiteral("fused"), 0).isEmpty());
}

// Every analysed video's fused prediction into one folder: same-named videos apart, videos without
// predictions left out, partly analysed ones said, cancel between videos, a folder that cannot be
// made refused in words.
void TestProjectFusion::exportToFolder()
{
    QTemporaryDir dir;
    Document doc;
    VideoId first = 0;
    QVERIFY(makeProject(doc, dir.filePath(QStringLiteral("p.ethoproj")), 4, &first));
    VideoRecord v = *doc.video(first);
    auto add = [&](const QString &path, const QString &hash) {
        v.id = 0;
        v.path = path;
        v.contentHash = hash;
        return doc.addVideo(v).value_or(0);
    };
    const VideoId unanalysed
            = add(QStringLiteral("videos/other.mp4"), QStringLiteral("sha256s1:02"));
    const VideoId sameName = add(QStringLiteral("cage2/cage1.mp4"), QStringLiteral("sha256s1:03"));
    QVERIFY(unanalysed && sameName);
    QVERIFY(doc.addPredictionTrack(first,
                                   TrackKind::Prediction,
                                   QStringLiteral("i3d"),
                                   QStringLiteral("rgb"),
                                   oneHot({0, 0, 7, 7})));
    PredictionTrack partial(4, BehaviorSet::jhuangDefault().names());
    partial.setProbability(0, 2, 1.0f);
    QVERIFY(doc.addPredictionTrack(sameName,
                                   TrackKind::Prediction,
                                   QStringLiteral("r2plus1d"),
                                   QStringLiteral("flow"),
                                   partial));

    const QString out = dir.filePath(QStringLiteral("out"));
    QVector<int> calls;
    const ProjectFusion::FolderExport r = ProjectFusion::exportToFolder(doc.path(),
                                                                        doc.videos(),
                                                                        doc.behaviors(),
                                                                        FusionParameters(),
                                                                        out,
                                                                        [&](int done, int total) {
                                                                            calls << done;
                                                                            return total == 3;
                                                                        });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(calls, (QVector<int>{0, 1, 2, 3}));
    QCOMPARE(r.videosWritten, 2);
    QCOMPARE(r.partlyAnalysed, QStringList{QStringLiteral("cage2/cage1.mp4")});
    QCOMPARE(r.writtenFiles.size(), 4);
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files),
             (QStringList{QStringLiteral("cage1_2_prediction.csv"),
                          QStringLiteral("cage1_2_prediction_bouts.csv"),
                          QStringLiteral("cage1_prediction.csv"),
                          QStringLiteral("cage1_prediction_bouts.csv")}));
    auto lines = [&](const QString &name) {
        QFile f(QDir(out).filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().split('\n')
                                           : QList<QByteArray>();
    };
    const QList<QByteArray> firstRows = lines(QStringLiteral("cage1_prediction.csv"));
    QCOMPARE(firstRows.size(), 5);
    QVERIFY2(firstRows[0].startsWith("frame,time_s,behavior,p_drink,p_eat"),
             firstRows[0].constData());
    QVERIFY2(firstRows[1].startsWith("0,0.000000,drink,1.000000,0.000000"),
             firstRows[1].constData());
    QVERIFY2(firstRows[4].startsWith("3,0.100000,walk,0.000000"), firstRows[4].constData());
    // Frames not analysed yet are left empty, probabilities and all.
    const QList<QByteArray> partRows = lines(QStringLiteral("cage1_2_prediction.csv"));
    QCOMPARE(partRows.size(), 5);
    QVERIFY2(partRows[1].startsWith("0,0.000000,groom,0.000000,0.000000,1.000000"),
             partRows[1].constData());
    QCOMPARE(partRows[2], QByteArray("1,0.033333,,,,,,,,,"));
    const QList<QByteArray> bouts = lines(QStringLiteral("cage1_prediction_bouts.csv"));
    QCOMPARE(bouts.size(), 3);
    QCOMPARE(bouts[1], QByteArray("drink,0,1,0.000000,0.066667,0.066667"));

    // Cancelled after the first video: its files stay, nothing more is written.
    const QString cancelled = dir.filePath(QStringLiteral("cancelled"));
    const ProjectFusion::FolderExport c
            = ProjectFusion::exportToFolder(doc.path(),
                                            doc.videos(),
                                            doc.behaviors(),
                                            FusionParameters(),
                                            cancelled,
                                            [](int done, int) { return done < 1; });
    QVERIFY(!c.ok && c.cancelled);
    QCOMPARE(QDir(cancelled).entryList({QStringLiteral("*.csv")}, QDir::Files).size(), 2);

    // A folder that cannot be made (below a file).
    QFile file(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const ProjectFusion::FolderExport bad
            = ProjectFusion::exportToFolder(doc.path(),
                                            doc.videos(),
                                            doc.behaviors(),
                                            FusionParameters(),
                                            dir.filePath(QStringLiteral("a-file/out")));
    QVERIFY(!bad.ok && !bad.cancelled);
    QVERIFY2(bad.error.contains(QStringLiteral("Cannot create the folder")), qPrintable(bad.error));
}

QTEST_GUILESS_MAIN(TestProjectFusion)
#include "test_project_fusion.moc"
