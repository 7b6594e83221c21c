// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli project ... end to end through QProcess ($ETHOSCRIBE_CLI): create, add-video,
// import-labels in every format, export, stats, import-clips, relocate, and the error cases.
#include "ProjectTestUtil.h"
#include "VideoTestUtil.h"

#include "project/Document.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ethoscribe;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("ETHOSCRIBE_CLI"), args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

bool makeVideo(const QString &path, int frames, QString *error)
{
    VideoWriterSettings s;
    s.codec = QStringLiteral("mpeg4");
    s.width = 64;
    s.height = 48;
    s.gopSize = 10;
    return testutil::writeCodedVideo(path, s, frames, error, 6);
}

// Behavior names of the frames of a per-frame export (third column).
QStringList exportedFrames(const QString &csvPath)
{
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeFirst();
    QStringList names;
    for (const QString &l : lines)
        names << l.section(QLatin1Char(','), 2, 2);
    return names;
}

#define CLI_OK(run) QVERIFY2((run).exitCode == 0, qPrintable((run).err + (run).out))

} // namespace

class TestProjectCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importLabels_data();
    void importLabels();
    void unknownBehaviorsAreMappedOrAdded();
    void exportStatsAndProbabilities();
    void theFusedPrediction();
    void exportVideosOfTheSameName();
    void importClips();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_video;
};

void TestProjectCli::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ETHOSCRIBE_CLI"))
        QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
    m_project = m_dir.filePath(QStringLiteral("p.ethoproj"));
    QDir(m_dir.path()).mkpath(QStringLiteral("videos"));
    m_video = m_dir.filePath(QStringLiteral("videos/mouse01.avi"));
    QString error;
    QVERIFY2(makeVideo(m_video, 30, &error), qPrintable(error));
    QVERIFY(makeVideo(m_dir.filePath(QStringLiteral("videos/mouse02.avi")), 20, &error));
    CLI_OK(cli({QStringLiteral("project"), QStringLiteral("create"), m_project}));
    const CliRun add = cli({QStringLiteral("project"),
                            QStringLiteral("add-video"),
                            m_project,
                            m_video,
                            m_dir.filePath(QStringLiteral("videos/mouse02.avi")),
                            QStringLiteral("--json")});
    CLI_OK(add);
    const QJsonArray added = QJsonDocument::fromJson(add.out.toUtf8()).array();
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).toObject().value(QStringLiteral("frames")).toInt(), 30);
    QCOMPARE(added.at(0).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("videos/mouse01.avi"));
    QCOMPARE(added.at(1).toObject().value(QStringLiteral("frames")).toInt(), 20);
    QCOMPARE(added.at(0).toObject().value(QStringLiteral("width")).toInt(), 64);
    // The same content again is refused.
    const CliRun again
            = cli({QStringLiteral("project"), QStringLiteral("add-video"), m_project, m_video});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(QStringLiteral("already in the project")), qPrintable(again.err));
}

void TestProjectCli::importLabels_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("expected"); // per frame; "?" = not checked

    QStringList tenDrinkTenEat;
    for (int i = 0; i < 30; ++i)
        tenDrinkTenEat << (i < 10   ? QStringLiteral("drink")
                           : i < 20 ? QStringLiteral("eat")
                                    : QString());
    QByteArray perFrame = "frame,time_s,behavior\n";
    for (int i = 0; i < 30; ++i)
        perFrame += QByteArray::number(i) + ",0.0," + tenDrinkTenEat.at(i).toUtf8() + "\n";
    QTest::newRow("ethoscribe per frame, auto")
            << QStringLiteral("auto") << perFrame << tenDrinkTenEat;
    QTest::newRow("ethoscribe per frame")
            << QStringLiteral("ethoscribe") << perFrame << tenDrinkTenEat;

    const QByteArray bouts = "behavior,start_frame,end_frame,start_s,end_s,duration_s\n"
                             "drink,0,9,0.000000,0.333333,0.333333\n"
                             "eat,10,19,0.333333,0.666667,0.333333\n";
    QTest::newRow("bouts, auto") << QStringLiteral("auto") << bouts << tenDrinkTenEat;

    QByteArray deg = ",background,drink,eat\n";
    for (int i = 0; i < 30; ++i)
        deg += QByteArray::number(i) + (i < 10 ? ",0,1,0\n" : i < 20 ? ",0,0,1\n" : ",1,0,0\n");
    QTest::newRow("deepethogram, auto") << QStringLiteral("auto") << deg << tenDrinkTenEat;
    QTest::newRow("deepethogram") << QStringLiteral("deepethogram") << deg << tenDrinkTenEat;

    const QByteArray header
            = "Observation id,Observation date,Description,Observation duration,Observation type,"
              "Source,Time offset (s),Media duration (s),FPS,Subject,Behavior,Behavioral category,"
              "Behavior type,Time,Media file name,Image index,Image file path,Comment\n";
    const QByteArray pre = "m1,2024-03-05 10:12:00,,1.0,Media file(s),player "
                           "#1:/lab/mouse01.avi,0.0,1.000,30.000,"
                           "No focal subject,";
    QByteArray boris = header;
    boris += pre + "rest,resting,START,0.000,/lab/mouse01.avi,0,NA,\n";
    boris += pre + "rest,resting,STOP,0.400,/lab/mouse01.avi,12,NA,\n";
    boris += pre + "walk,locomotion,START,0.500,/lab/mouse01.avi,15,NA,\n";
    boris += pre + "walk,locomotion,STOP,0.800,/lab/mouse01.avi,24,NA,\n";
    QStringList borisExpected;
    for (int i = 0; i < 30; ++i)
        borisExpected << QStringLiteral("?");
    borisExpected[2] = QStringLiteral("rest");
    borisExpected[8] = QStringLiteral("rest");
    borisExpected[13] = QString();
    borisExpected[18] = QStringLiteral("walk");
    borisExpected[29] = QString();
    QTest::newRow("boris, auto") << QStringLiteral("auto") << boris << borisExpected;
    QTest::newRow("boris") << QStringLiteral("boris") << boris << borisExpected;
}

void TestProjectCli::importLabels()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, expected);
    const QString file = m_dir.filePath(QStringLiteral("labels.csv"));
    QVERIFY(writeText(file, contents));
    const CliRun run = cli({QStringLiteral("project"),
                            QStringLiteral("import-labels"),
                            m_project,
                            QStringLiteral("--video"),
                            QStringLiteral("mouse01.avi"),
                            file,
                            QStringLiteral("--format"),
                            format,
                            QStringLiteral("--annotator"),
                            QStringLiteral("alice"),
                            QStringLiteral("--json")});
    CLI_OK(run);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("track")).toString(), QStringLiteral("alice"));

    const QString outDir = m_dir.filePath(QStringLiteral("export"));
    CLI_OK(cli({QStringLiteral("project"),
                QStringLiteral("export"),
                m_project,
                QStringLiteral("--out"),
                outDir,
                QStringLiteral("--video"),
                QStringLiteral("videos/mouse01.avi"),
                QStringLiteral("--track"),
                QStringLiteral("alice")}));
    const QStringList frames
            = exportedFrames(QDir(outDir).filePath(QStringLiteral("mouse01_ethogram.csv")));
    QCOMPARE(frames.size(), 30);
    for (int i = 0; i < 30; ++i)
        if (expected.at(i) != QLatin1String("?"))
            QVERIFY2(frames.at(i) == expected.at(i),
                     qPrintable(QStringLiteral("frame %1: %2 instead of %3")
                                        .arg(i)
                                        .arg(frames.at(i), expected.at(i))));
    QVERIFY(QFile::exists(QDir(outDir).filePath(QStringLiteral("mouse01_bouts.csv"))));

    // The import went into the project's database: reopen it.
    Document doc;
    QVERIFY(doc.open(m_project));
    const VideoRecord *video = doc.findVideo(QStringLiteral("mouse01.avi"));
    QVERIFY(video);
    const TrackRecord *track = doc.manualTrack(video->id, QStringLiteral("alice"));
    QVERIFY(track);
    QCOMPARE(doc.recordsDatabase().bouts(track->id), doc.labels(track->id)->bouts());
}

void TestProjectCli::unknownBehaviorsAreMappedOrAdded()
{
    const QString file = m_dir.filePath(QStringLiteral("grooming.csv"));
    QVERIFY(writeText(file,
                      "behavior,start_frame,end_frame,start_s,end_s,duration_s\n"
                      "grooming,0,4,0,0,0\n"
                      "sniff,5,9,0,0,0\n"));
    const QStringList base = {QStringLiteral("project"),
                              QStringLiteral("import-labels"),
                              m_project,
                              QStringLiteral("--video"),
                              QStringLiteral("mouse02"),
                              file,
                              QStringLiteral("--annotator"),
                              QStringLiteral("bob")};
    CliRun run = cli(base);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("'grooming' (first on line 2)"))
                     && run.err.contains(QStringLiteral("'sniff' (first on line 3)"))
                     && run.err.contains(QStringLiteral("--map")),
             qPrintable(run.err));
    run = cli(base
              + QStringList{QStringLiteral("--map"),
                            QStringLiteral("grooming=groom"),
                            QStringLiteral("--map"),
                            QStringLiteral("sniff=")});
    CLI_OK(run);
    {
        Document doc;
        QVERIFY(doc.open(m_project));
        const VideoRecord *video = doc.findVideo(QStringLiteral("mouse02.avi"));
        const LabelTrack *labels
                = doc.labels(doc.manualTrack(video->id, QStringLiteral("bob"))->id);
        QCOMPARE(labels->at(2), doc.behaviors().byName(QStringLiteral("groom"))->id);
        QCOMPARE(labels->at(7), kUnlabeled);
    }
    run = cli(base + QStringList{QStringLiteral("--add-unknown"), QStringLiteral("--json")});
    CLI_OK(run);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(QStringLiteral("added_behaviors"))
                     .toArray()
                     .size(),
             2);
    Document doc;
    QVERIFY(doc.open(m_project));
    QVERIFY(doc.behaviors().byName(QStringLiteral("sniff")));
    const VideoRecord *video = doc.findVideo(QStringLiteral("mouse02.avi"));
    QCOMPARE(doc.labels(doc.manualTrack(video->id, QStringLiteral("bob"))->id)->at(7),
             doc.behaviors().byName(QStringLiteral("sniff"))->id);
}

void TestProjectCli::exportStatsAndProbabilities()
{
    {
        Document doc;
        QVERIFY(doc.open(m_project));
        const VideoRecord *video = doc.findVideo(QStringLiteral("mouse01.avi"));
        QVERIFY(doc.assign(
                doc.manualTrack(video->id, QStringLiteral("alice"))->id, 0, 30, 1)); // all drink
        PredictionTrack p(30, BehaviorSet::jhuangDefault().names());
        for (int f = 0; f < 30; ++f)
            p.setProbability(f, f < 15 ? 0 : 7, 1.0f);
        QVERIFY(doc.addPredictionTrack(
                video->id, TrackKind::Prediction, QStringLiteral("i3d"), QStringLiteral("rgb"), p));
    }
    const QString outDir = m_dir.filePath(QStringLiteral("export2"));
    CLI_OK(cli({QStringLiteral("project"),
                QStringLiteral("export"),
                m_project,
                QStringLiteral("--out"),
                outDir,
                QStringLiteral("--video"),
                QStringLiteral("mouse01.avi"),
                QStringLiteral("--probabilities")}));
    QFile f(QDir(outDir).filePath(QStringLiteral("mouse01_ethogram.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.readLine();
    QVERIFY2(header.startsWith("frame,time_s,behavior,p_drink"), header.constData());
    QVERIFY(f.readLine().startsWith("0,0.000000,drink,1.000000"));
    // The prediction track itself.
    CLI_OK(cli({QStringLiteral("project"),
                QStringLiteral("export"),
                m_project,
                QStringLiteral("--out"),
                outDir,
                QStringLiteral("--video"),
                QStringLiteral("mouse01.avi"),
                QStringLiteral("--track"),
                QStringLiteral("i3d:rgb")}));
    const QStringList frames
            = exportedFrames(QDir(outDir).filePath(QStringLiteral("mouse01_ethogram.csv")));
    QCOMPARE(frames.value(3), QStringLiteral("drink"));
    QCOMPARE(frames.value(20), QStringLiteral("walk"));

    const CliRun stats = cli({QStringLiteral("project"),
                              QStringLiteral("stats"),
                              m_project,
                              QStringLiteral("--video"),
                              QStringLiteral("mouse01.avi"),
                              QStringLiteral("--json")});
    CLI_OK(stats);
    const QJsonArray videos = QJsonDocument::fromJson(stats.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("videos"))
                                      .toArray();
    QCOMPARE(videos.size(), 1);
    QCOMPARE(videos.at(0).toObject().value(QStringLiteral("track")).toString(),
             QStringLiteral("alice"));
    // The key must exist: a default equal to the expected value would let a renamed key pass.
    const QJsonValue labeled = videos.at(0).toObject().value(QStringLiteral("labeled_frames"));
    QVERIFY2(labeled.isDouble(), qPrintable(stats.out));
    QCOMPARE(labeled.toInt(), 30);
    const CliRun text = cli({QStringLiteral("project"), QStringLiteral("stats"), m_project});
    CLI_OK(text);
    QVERIFY2(text.out.contains(QStringLiteral("drink")), qPrintable(text.out));

    // Time bins: they add up to the whole, and the CSV has a row per bin and behavior.
    const QString csvPath = m_dir.filePath(QStringLiteral("stats.csv"));
    const CliRun binned = cli({QStringLiteral("project"), QStringLiteral("stats"), m_project,
                               QStringLiteral("--video"), QStringLiteral("mouse01.avi"),
                               QStringLiteral("--bin"), QStringLiteral("0.5"),
                               QStringLiteral("--csv"), csvPath, QStringLiteral("--json")});
    CLI_OK(binned);
    const QJsonObject video = QJsonDocument::fromJson(binned.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("videos"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    const QJsonArray bins = video.value(QStringLiteral("bins")).toArray();
    QVERIFY2(bins.size() >= 2, qPrintable(binned.out));
    qint64 binLabeled = 0;
    for (const QJsonValue &bin : bins)
        binLabeled += bin.toObject().value(QStringLiteral("labeled_frames")).toInteger();
    QCOMPARE(binLabeled, 30);
    QCOMPARE(bins.at(0).toObject().value(QStringLiteral("start_seconds")).toDouble(), 0.0);
    QCOMPARE(bins.at(0).toObject().value(QStringLiteral("end_seconds")).toDouble(), 0.5);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).trimmed().split(QLatin1Char('\n'));
    const int behaviors = int(video.value(QStringLiteral("behaviors")).toArray().size());
    QCOMPARE(rows.size(), 1 + behaviors * (1 + int(bins.size())));
    QCOMPARE(rows.at(0), QStringLiteral("video,track,bin_start_s,bin_end_s,behavior,frames,seconds,"
                                        "percent_of_labeled,bouts,mean_bout_s,latency_s"));
    QVERIFY2(rows.at(1).endsWith(QStringLiteral("mouse01.avi,alice,all,all,drink,30,1.0000,100.0000,1,1.0000,0.0000")), qPrintable(rows.at(1)));
    QVERIFY2(rows.at(1 + behaviors).contains(QStringLiteral(",0.0000,0.5000,")),
             qPrintable(rows.at(1 + behaviors)));
    const CliRun badBin = cli({QStringLiteral("project"), QStringLiteral("stats"), m_project,
                               QStringLiteral("--bin"), QStringLiteral("0")});
    QCOMPARE(badBin.exitCode, 2);

    // A track against itself agrees perfectly; the model's track against the annotator is
    // compared on the frames both label.
    CliRun agree = cli({QStringLiteral("project"),
                        QStringLiteral("agreement"),
                        m_project,
                        QStringLiteral("--video"),
                        QStringLiteral("mouse01.avi"),
                        QStringLiteral("--reference"),
                        QStringLiteral("alice"),
                        QStringLiteral("--compare"),
                        QStringLiteral("alice"),
                        QStringLiteral("--json")});
    CLI_OK(agree);
    QJsonObject a = QJsonDocument::fromJson(agree.out.toUtf8()).object();
    QVERIFY2(a.value(QStringLiteral("accuracy")).isDouble(), qPrintable(agree.out));
    QCOMPARE(a.value(QStringLiteral("accuracy")).toDouble(), 1.0);
    QCOMPARE(a.value(QStringLiteral("kappa")).toDouble(), 1.0);
    agree = cli({QStringLiteral("project"),
                 QStringLiteral("agreement"),
                 m_project,
                 QStringLiteral("--video"),
                 QStringLiteral("mouse01.avi"),
                 QStringLiteral("--compare"),
                 QStringLiteral("i3d:rgb")});
    CLI_OK(agree);
    QVERIFY2(agree.out.contains(QLatin1String("Cohen's kappa"))
                     && agree.out.contains(QLatin1String("confusion matrix")),
             qPrintable(agree.out));
    agree = cli({QStringLiteral("project"),
                 QStringLiteral("agreement"),
                 m_project,
                 QStringLiteral("--video"),
                 QStringLiteral("mouse01.avi"),
                 QStringLiteral("--compare"),
                 QStringLiteral("bob")});
    QCOMPARE(agree.exitCode, 1);
    QVERIFY2(agree.err.contains(QLatin1String("no track bob")), qPrintable(agree.err));

    // The statistics plots: every one as a PNG, a PDF and an SVG that parse, with its numbers.
    const QString plots = m_dir.filePath(QStringLiteral("stats-plots"));
    const CliRun drawn = cli({QStringLiteral("project"),
                              QStringLiteral("stats"),
                              m_project,
                              QStringLiteral("--bin"),
                              QStringLiteral("0.5"),
                              QStringLiteral("--plots"),
                              plots});
    CLI_OK(drawn);
    const QStringList stems{QStringLiteral("ethogram"),
                            QStringLiteral("time_budget"),
                            QStringLiteral("transitions_mouse01"),
                            QStringLiteral("behavior_over_time_mouse01")};
    for (const QString &stem : stems) {
        const QDir d(plots);
        QFile png(d.filePath(stem + QStringLiteral(".png")));
        QVERIFY2(png.open(QIODevice::ReadOnly) && png.read(8) == QByteArray("\x89PNG\r\n\x1a\n"),
                 qPrintable(stem));
        QFile pdf(d.filePath(stem + QStringLiteral(".pdf")));
        QVERIFY2(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == QByteArray("%PDF-"),
                 qPrintable(stem));
        QFile svg(d.filePath(stem + QStringLiteral(".svg")));
        QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(stem));
        QXmlStreamReader xml(&svg);
        bool sawSvg = false;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("svg"))
                sawSvg = true;
        QVERIFY2(!xml.hasError() && sawSvg,
                 qPrintable(stem + QLatin1Char(' ') + xml.errorString()));
        QFile numbers(d.filePath(stem + QStringLiteral(".csv")));
        QVERIFY2(numbers.open(QIODevice::ReadOnly) && numbers.readAll().count('\n') >= 2,
                 qPrintable(stem));
    }
}

// "fused" on the command line is the fused prediction of the stored streams with the fusion
// settings the window saved in the project: what the timeline shows.
void TestProjectCli::theFusedPrediction()
{
    {
        Document doc;
        QVERIFY(doc.open(m_project));
        const VideoRecord *video = doc.findVideo(QStringLiteral("mouse01.avi"));
        QVERIFY(video);
        // i3d rgb (exportStatsAndProbabilities): drink on 0-14, walk on 15-29. Flow: eat on 0-19,
        // walk on 20-29.
        QVERIFY(doc.predictionTrack(video->id, QStringLiteral("i3d"), QStringLiteral("rgb")));
        PredictionTrack flow(30, BehaviorSet::jhuangDefault().names());
        for (int f = 0; f < 30; ++f)
            flow.setProbability(f, f < 20 ? 1 : 7, 1.0f);
        QVERIFY(doc.addPredictionTrack(video->id,
                                       TrackKind::Prediction,
                                       QStringLiteral("i3d"),
                                       QStringLiteral("flow"),
                                       flow));
        QVERIFY(doc.setSetting(QStringLiteral("fusion/rgb_weight"), QStringLiteral("0.25")));
    }
    auto run = [&](const QStringList &args) {
        return cli(QStringList{QStringLiteral("project")} + args);
    };
    auto budget = [](const QString &json) {
        QMap<QString, int> frames;
        const QJsonObject v = QJsonDocument::fromJson(json.toUtf8())
                                      .object()
                                      .value(QStringLiteral("videos"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        for (const QJsonValue &b : v.value(QStringLiteral("behaviors")).toArray())
            if (b.toObject().value(QStringLiteral("frames")).toInt() > 0)
                frames[b.toObject().value(QStringLiteral("behavior")).toString()]
                        = b.toObject().value(QStringLiteral("frames")).toInt();
        return qMakePair(v.value(QStringLiteral("track")).toString(), frames);
    };
    const QStringList stats{QStringLiteral("stats"),
                            m_project,
                            QStringLiteral("--video"),
                            QStringLiteral("mouse01.avi"),
                            QStringLiteral("--track"),
                            QStringLiteral("fused"),
                            QStringLiteral("--json")};
    // RGB weight 0.25: 0.75 eat beats 0.25 drink or walk until frame 20.
    CliRun r = run(stats);
    CLI_OK(r);
    auto [track, frames] = budget(r.out);
    QCOMPARE(track, QStringLiteral("fused"));
    const QMap<QString, int> eatThenWalk{{QStringLiteral("eat"), 20}, {QStringLiteral("walk"), 10}};
    QCOMPARE(frames, eatThenWalk);

    const QString outDir = m_dir.filePath(QStringLiteral("export-fused"));
    r = run({QStringLiteral("export"),
             m_project,
             QStringLiteral("--out"),
             outDir,
             QStringLiteral("--video"),
             QStringLiteral("mouse01.avi"),
             QStringLiteral("--track"),
             QStringLiteral("fused"),
             QStringLiteral("--probabilities")});
    CLI_OK(r);
    QVERIFY2(r.out.contains(QLatin1String("'fused'")), qPrintable(r.out));
    QFile f(QDir(outDir).filePath(QStringLiteral("mouse01_ethogram.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readLine().startsWith("frame,time_s,behavior,p_drink,p_eat"));
    // (Behaviors added by earlier imports follow with empty columns: the models lack them.)
    QByteArray row = f.readLine().trimmed();
    QVERIFY2(row.startsWith("0,0.000000,eat,0.250000,0.750000,0.000000,0.000000,0.000000,"
                            "0.000000,0.000000,0.000000"),
             row.constData());

    // Beside the annotator's labels, --probabilities gives the fused prediction's as well.
    r = run({QStringLiteral("export"),
             m_project,
             QStringLiteral("--out"),
             outDir,
             QStringLiteral("--video"),
             QStringLiteral("mouse01.avi"),
             QStringLiteral("--probabilities")});
    CLI_OK(r);
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    f.readLine();
    row = f.readLine().trimmed();
    QVERIFY2(row.startsWith("0,0.000000,drink,0.250000,0.750000,0.000000,0.000000,0.000000,"
                            "0.000000,0.000000,0.000000"),
             row.constData());

    // alice labels every frame drink: the fused prediction agrees nowhere.
    r = run({QStringLiteral("agreement"),
             m_project,
             QStringLiteral("--video"),
             QStringLiteral("mouse01.avi"),
             QStringLiteral("--compare"),
             QStringLiteral("fused"),
             QStringLiteral("--json")});
    CLI_OK(r);
    const QJsonObject a = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(a.value(QStringLiteral("compared")).toString(), QStringLiteral("fused"));
    QVERIFY2(a.value(QStringLiteral("accuracy")).isDouble(), qPrintable(r.out));
    QCOMPARE(a.value(QStringLiteral("accuracy")).toDouble(), 0.0);

    // The window moves the RGB weight to 0.8: RGB wins wherever the two differ.
    {
        Document doc;
        QVERIFY(doc.open(m_project));
        QVERIFY(doc.setSetting(QStringLiteral("fusion/rgb_weight"), QStringLiteral("0.8")));
    }
    r = run(stats);
    CLI_OK(r);
    frames = budget(r.out).second;
    const QMap<QString, int> likeRgb{{QStringLiteral("drink"), 15}, {QStringLiteral("walk"), 15}};
    QCOMPARE(frames, likeRgb);

    // A video without predictions has no fused track; the message lists the tracks it has.
    r = run({QStringLiteral("agreement"),
             m_project,
             QStringLiteral("--video"),
             QStringLiteral("mouse02.avi"),
             QStringLiteral("--compare"),
             QStringLiteral("fused")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no track fused")), qPrintable(r.err));
}

void TestProjectCli::exportVideosOfTheSameName()
{
    // Two cages filmed on the same day: cage1/day1.avi and cage2/day1.avi. Neither export may
    // overwrite the other's files.
    const QString project = m_dir.filePath(QStringLiteral("same-names.ethoproj"));
    QString error;
    for (const auto &[folder, frames] : {std::pair{"cage1", 30}, std::pair{"cage2", 20}}) {
        QVERIFY(QDir(m_dir.path()).mkpath(QLatin1String(folder)));
        QVERIFY2(makeVideo(m_dir.filePath(QStringLiteral("%1/day1.avi").arg(QLatin1String(folder))),
                           frames,
                           &error),
                 qPrintable(error));
    }
    CLI_OK(cli({QStringLiteral("project"), QStringLiteral("create"), project}));
    CLI_OK(cli({QStringLiteral("project"),
                QStringLiteral("add-video"),
                project,
                m_dir.filePath(QStringLiteral("cage1/day1.avi")),
                m_dir.filePath(QStringLiteral("cage2/day1.avi"))}));
    {
        Document doc;
        QVERIFY(doc.open(project));
        QCOMPARE(doc.videos().size(), 2);
        for (const VideoRecord &video : doc.videos()) {
            const auto track = doc.addManualTrack(video.id, QStringLiteral("alice"));
            QVERIFY(track);
            // drink in the first cage's video, eat in the second's
            QVERIFY(doc.assign(*track, 0, video.frameCount, video.frameCount == 30 ? 1 : 2));
        }
    }
    const QString outDir = m_dir.filePath(QStringLiteral("export-same"));
    CLI_OK(cli({QStringLiteral("project"),
                QStringLiteral("export"),
                project,
                QStringLiteral("--out"),
                outDir}));
    QCOMPARE(QDir(outDir).entryList({QStringLiteral("*.csv")}, QDir::Files),
             (QStringList{QStringLiteral("day1_2_bouts.csv"),
                          QStringLiteral("day1_2_ethogram.csv"),
                          QStringLiteral("day1_bouts.csv"),
                          QStringLiteral("day1_ethogram.csv")}));
    const QStringList first
            = exportedFrames(QDir(outDir).filePath(QStringLiteral("day1_ethogram.csv")));
    const QStringList second
            = exportedFrames(QDir(outDir).filePath(QStringLiteral("day1_2_ethogram.csv")));
    QCOMPARE(first.size(), 30);
    QCOMPARE(second.size(), 20);
    QCOMPARE(first.value(0), QStringLiteral("drink"));
    QCOMPARE(second.value(0), QStringLiteral("eat"));
}

void TestProjectCli::importClips()
{
    const QString clips = m_dir.filePath(QStringLiteral("clips"));
    QDir().mkpath(clips);
    QString error;
    const QStringList names = {QStringLiteral("video1_drink_0001"),
                               QStringLiteral("video1_eat_0002"),
                               QStringLiteral("video2_drink_0001"),
                               QStringLiteral("video2_micro-movement_0003"),
                               QStringLiteral("video3_sniff_0001")};
    int frames = 5;
    for (const QString &n : names)
        QVERIFY2(makeVideo(QDir(clips).filePath(n + QStringLiteral(".avi")), frames++, &error),
                 qPrintable(error));
    QVERIFY(writeText(QDir(clips).filePath(QStringLiteral("readme.txt")), "not a clip"));
    const QString project = m_dir.filePath(QStringLiteral("clips.ethoproj"));
    const CliRun run = cli({QStringLiteral("project"),
                            QStringLiteral("import-clips"),
                            clips,
                            QStringLiteral("--out"),
                            project,
                            QStringLiteral("--json")});
    CLI_OK(run);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("imported")).toInt(), 4);
    QCOMPARE(result.value(QStringLiteral("recordings")).toInt(), 2);
    QCOMPARE(result.value(QStringLiteral("unknown_behaviors"))
                     .toObject()
                     .value(QStringLiteral("sniff"))
                     .toInt(),
             1);
    Document doc;
    QVERIFY(doc.open(project));
    QCOMPARE(doc.videos().size(), 4);
    for (const VideoRecord &v : doc.videos()) {
        const TrackRecord *t = doc.manualTrack(v.id, QStringLiteral("clips"));
        QVERIFY(t);
        const LabelTrack *labels = doc.labels(t->id);
        QCOMPARE(labels->labeledFrames(), v.frameCount);
        QCOMPARE(labels->boutCount(), 1);
        const QString behavior = doc.behaviors().byId(labels->at(0))->name;
        QVERIFY2(QFileInfo(v.path).completeBaseName().contains(QLatin1Char('_') + behavior
                                                               + QLatin1Char('_')),
                 qPrintable(v.path));
        QCOMPARE(v.recording, QFileInfo(v.path).completeBaseName().section(QLatin1Char('_'), 0, 0));
    }
    QCOMPARE(doc.videos().at(0).frameCount, 5);
    // Relocation through the CLI: move the clips folder.
    doc.close();
    QVERIFY(QDir().rename(clips, m_dir.filePath(QStringLiteral("moved-clips"))));
    const CliRun reloc = cli({QStringLiteral("project"),
                              QStringLiteral("relocate"),
                              project,
                              m_dir.filePath(QStringLiteral("moved-clips"))});
    CLI_OK(reloc);
    QVERIFY2(reloc.out.contains(QStringLiteral("4 of 4")), qPrintable(reloc.out));
}

void TestProjectCli::errors()
{
    CliRun run = cli({QStringLiteral("project"),
                      QStringLiteral("add-video"),
                      m_dir.filePath(QStringLiteral("none.ethoproj")),
                      m_video});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("none.ethoproj"))
                     && run.err.contains(QStringLiteral("does not exist")),
             qPrintable(run.err));
    run = cli({QStringLiteral("project"),
               QStringLiteral("add-video"),
               m_project,
               m_dir.filePath(QStringLiteral("no.avi"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("no.avi")));
    run = cli({QStringLiteral("project"), QStringLiteral("create"), m_project});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("already exists")));
    run = cli({QStringLiteral("project"),
               QStringLiteral("import-labels"),
               m_project,
               QStringLiteral("x.csv")});
    QCOMPARE(run.exitCode, 2); // --video missing
    run = cli({QStringLiteral("project"),
               QStringLiteral("import-labels"),
               m_project,
               QStringLiteral("--video"),
               QStringLiteral("mouse01.avi"),
               QStringLiteral("--format"),
               QStringLiteral("excel"),
               QStringLiteral("x.csv")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("project"),
               QStringLiteral("import-labels"),
               m_project,
               QStringLiteral("--video"),
               QStringLiteral("cage9.avi"),
               QStringLiteral("x.csv")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("cage9.avi"))
                     && run.err.contains(QStringLiteral("mouse01.avi")),
             qPrintable(run.err));
    // A malformed file: the error names the file and the line; nothing is imported.
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeText(
            bad, "behavior,start_frame,end_frame,start_s,end_s,duration_s\ndrink,5,x,0,0,0\n"));
    run = cli({QStringLiteral("project"),
               QStringLiteral("import-labels"),
               m_project,
               QStringLiteral("--video"),
               QStringLiteral("mouse01.avi"),
               bad,
               QStringLiteral("--annotator"),
               QStringLiteral("nobody")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv")), qPrintable(run.err));
    {
        Document doc;
        QVERIFY(doc.open(m_project));
        QVERIFY(!doc.manualTrack(doc.findVideo(QStringLiteral("mouse01.avi"))->id,
                                 QStringLiteral("nobody")));
        // While this process has the project open, the CLI may read but not change it.
        run = cli({QStringLiteral("project"),
                   QStringLiteral("add-video"),
                   m_project,
                   m_dir.filePath(QStringLiteral("clips.ethoproj"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already open")), qPrintable(run.err));
        CLI_OK(cli({QStringLiteral("project"),
                    QStringLiteral("stats"),
                    m_project,
                    QStringLiteral("--json")}));
    }
    run = cli({QStringLiteral("project"),
               QStringLiteral("export"),
               m_project,
               QStringLiteral("--out"),
               m_dir.filePath(QStringLiteral("e")),
               QStringLiteral("--track"),
               QStringLiteral("nobody")});
    QCOMPARE(run.exitCode, 1);
    run = cli({QStringLiteral("project"),
               QStringLiteral("import-clips"),
               m_dir.filePath(QStringLiteral("nope")),
               QStringLiteral("--out"),
               m_dir.filePath(QStringLiteral("n.ethoproj"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("nope")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("n.ethoproj"))));
}

QTEST_GUILESS_MAIN(TestProjectCli)
#include "test_project_cli.moc"
