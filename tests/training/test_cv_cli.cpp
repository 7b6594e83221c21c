// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli flow`, `train` and `cv` end to end through QProcess ($ETHOSCRIBE_CLI) on a
// generated project of three short synthetic recordings with tiny networks (the classifier on
// cached features of a frozen backbone, --tune head, so that 12 trainings take seconds; full
// training is tested in test_training and by `train` below): training lowers the loss, held-out
// accuracy beats always answering the majority behavior, and the output files parse and agree with
// each other (checked here from the raw predictions, not with the code that wrote the summaries).
// Also: a non-empty run folder is refused, --resume of a finished run recomputes nothing, a project
// with one recording is refused, the run is recorded, a run waits while another program computes
// a video's optical flow.
#include "ProcessTestUtil.h"
#include "flow/FlowCache.h"
#include "flow/FlowCacheLock.h"
#include "flow/FlowOptions.h"
#include "project/ProjectDatabase.h"
#include "video/VideoWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <random>

using namespace ethoscribe;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args,
           int timeoutMs = 300000,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("ETHOSCRIBE_CLI"), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(r.exitCode)
            .arg(r.out.right(3000), r.err.right(3000));
}

QList<QStringList> readCsv(const QString &path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty())
            rows << line.split(QLatin1Char(','));
    }
    return rows;
}

} // namespace

class TestCvCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crossValidation();
    void refusals();
    void trainOne();
    void framesOnDiskTrainTheSame();
    void waitsForFlowBeingComputed();
    void finalModels();
    void diskFillsDuringARun();
    void noRoomForFramesRefusedAtOnce();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_run;
    QString m_trainAll; // trainOne's training on every recording
};

// trainOne's training: tiny R(2+1)D on RGB, 20 steps, holding out video03.
QStringList heldOutTraining(const QString &project, const QString &out)
{
    return {QStringLiteral("train"),
            project,
            QStringLiteral("--model"),
            QStringLiteral("r2plus1d"),
            QStringLiteral("--stream"),
            QStringLiteral("rgb"),
            QStringLiteral("--hold-out"),
            QStringLiteral("video03"),
            QStringLiteral("--iterations"),
            QStringLiteral("20"),
            QStringLiteral("--width"),
            QStringLiteral("0.125"),
            QStringLiteral("--crop"),
            QStringLiteral("32"),
            QStringLiteral("--out"),
            out,
            QStringLiteral("--human")};
}

// Three recordings whose behaviors are easy to see, so that tiny networks learn them in seconds:
// each behavior is a background colour with a bright square moving at its own speed; bouts of
// 15-35 frames, all four behaviors in every recording.
bool writeRecording(const QString &videoPath, const QString &labelsPath, int index)
{
    static const QStringList behaviors{QStringLiteral("eat"),
                                       QStringLiteral("groom"),
                                       QStringLiteral("rest"),
                                       QStringLiteral("walk")};
    static const QColor colours[]
            = {QColor(200, 60, 60), QColor(60, 200, 60), QColor(60, 60, 200), QColor(200, 200, 60)};
    VideoWriterSettings settings;
    settings.codec = QStringLiteral("mpeg4");
    settings.width = 96;
    settings.height = 72;
    QString error;
    VideoWriter writer;
    if (!writer.open(videoPath, settings, &error))
        return false;
    QByteArray csv = "frame,time_s,behavior\n";
    std::mt19937 rng(uint32_t(index + 11));
    int frame = 0;
    for (int bout = 0; bout < 8; ++bout) {
        const int behavior = (bout + index) % 4;
        const int length = std::uniform_int_distribution<int>(15, 35)(rng);
        for (int i = 0; i < length; ++i, ++frame) {
            QImage image(96, 72, QImage::Format_RGB888);
            image.fill(colours[behavior]);
            QPainter painter(&image);
            painter.fillRect(QRect((frame * (behavior + 1)) % 80, 30, 14, 14), Qt::white);
            painter.end();
            if (!writer.write(image, &error))
                return false;
            csv += QByteArray::number(frame) + ',' + QByteArray::number(frame / 30.0, 'f', 6) + ','
                   + behaviors[behavior].toUtf8() + '\n';
        }
    }
    QFile labels(labelsPath);
    return writer.close(&error) && labels.open(QIODevice::WriteOnly)
           && labels.write(csv) == csv.size();
}

void TestCvCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString videos = m_dir.filePath(QStringLiteral("videos"));
    QVERIFY(QDir().mkpath(videos));
    m_project = m_dir.filePath(QStringLiteral("cage.ethoproj"));
    CliRun r = cli({QStringLiteral("project"), QStringLiteral("create"), m_project});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QStringList add{QStringLiteral("project"), QStringLiteral("add-video"), m_project};
    for (int i = 1; i <= 3; ++i) {
        const QString stem = QStringLiteral("video%1").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(writeRecording(QDir(videos).filePath(stem + QStringLiteral(".mp4")),
                               QDir(videos).filePath(stem + QStringLiteral(".csv")),
                               i));
        add << QDir(videos).filePath(stem + QStringLiteral(".mp4"));
    }
    r = cli(add);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (int i = 1; i <= 3; ++i) {
        const QString stem = QStringLiteral("video%1").arg(i, 2, 10, QLatin1Char('0'));
        r = cli({QStringLiteral("project"),
                 QStringLiteral("import-labels"),
                 m_project,
                 QStringLiteral("--video"),
                 stem + QStringLiteral(".mp4"),
                 QDir(videos).filePath(stem + QStringLiteral(".csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    r = cli({QStringLiteral("flow"), m_project, QStringLiteral("--method"), QStringLiteral("dis")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestCvCli::crossValidation()
{
    m_run = m_dir.filePath(QStringLiteral("run"));
    const QStringList args{QStringLiteral("cv"),
                           m_project,
                           QStringLiteral("--out"),
                           m_run,
                           QStringLiteral("--models"),
                           QStringLiteral("i3d,r2plus1d"),
                           QStringLiteral("--streams"),
                           QStringLiteral("rgb,flow"),
                           QStringLiteral("--tune"),
                           QStringLiteral("head"),
                           QStringLiteral("--iterations"),
                           QStringLiteral("300"),
                           QStringLiteral("--batch"),
                           QStringLiteral("16"),
                           QStringLiteral("--width"),
                           QStringLiteral("0.125"),
                           QStringLiteral("--crop"),
                           QStringLiteral("32"),
                           QStringLiteral("--lr"),
                           QStringLiteral("0.05"),
                           QStringLiteral("--balance"),
                           QStringLiteral("--threads"),
                           QStringLiteral("2")};
    const CliRun r = cli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // Progress came as JSON lines: start, progress per network, evaluation per fold, done.
    // Each progress event says how far the whole run is (12 trainings, and before them the
    // backbones' features of every video, computed in the first fold of each network and
    // stream, weighed by what each has cost): never backwards, 1 at the end. The features events
    // carry it too (from the second one on: the first has no rate yet), so that a run whose time
    // goes mostly into features (the full networks) does not stand still at 0.
    QMap<QString, int> events;
    double lastFraction = 0;
    QList<double> featureFractions;
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject e = QJsonDocument::fromJson(line.toUtf8()).object();
        QVERIFY2(!e.isEmpty(), qPrintable(line));
        const QString name = e.value(QStringLiteral("event")).toString();
        ++events[name];
        if (name == QLatin1String("progress")) {
            for (const char *key :
                 {"fold", "model", "stream", "iter", "iters", "loss", "lr", "fraction", "time"})
                QVERIFY2(e.contains(QLatin1String(key)), qPrintable(line));
        }
        if (name == QLatin1String("features") && e.contains(QStringLiteral("fraction")))
            featureFractions << e.value(QStringLiteral("fraction")).toDouble();
        if (e.contains(QStringLiteral("fraction"))) {
            const double fraction = e.value(QStringLiteral("fraction")).toDouble();
            QVERIFY2(fraction >= lastFraction && fraction <= 1.0, qPrintable(line));
            lastFraction = fraction;
        }
        if (e.contains(QStringLiteral("seconds_left")))
            QVERIFY2(e.value(QStringLiteral("seconds_left")).toInteger() >= 0, qPrintable(line));
    }
    QCOMPARE(lastFraction, 1.0);
    QVERIFY2(featureFractions.size() >= 4, qPrintable(r.out.left(3000)));
    QVERIFY2(featureFractions.last() > featureFractions.first(), qPrintable(r.out.left(3000)));
    QVERIFY(featureFractions.last() < 1.0);
    QCOMPARE(events.value(QStringLiteral("evaluation")), 3 * 4);
    QCOMPARE(events.value(QStringLiteral("done")), 3 * 4 + 1);
    QVERIFY(events.value(QStringLiteral("progress")) >= 3 * 4 * 8);

    // Training lowered the loss (first against last logged tenth, over all 12 trainings).
    const QList<QStringList> losses = readCsv(QDir(m_run).filePath(QStringLiteral("losses.csv")));
    QCOMPARE(losses.value(0), (QStringList{"fold", "model", "stream", "iter", "loss", "lr"}));
    double firstSum = 0, lastSum = 0;
    int firsts = 0, lasts = 0;
    for (const QStringList &row : losses.mid(1)) {
        const int iter = row[3].toInt();
        if (iter <= 10) {
            firstSum += row[4].toDouble();
            ++firsts;
        } else if (iter >= 291) {
            lastSum += row[4].toDouble();
            ++lasts;
        }
    }
    QCOMPARE(firsts, 12);
    QVERIFY2(lastSum / lasts < 0.8 * firstSum / firsts,
             qPrintable(
                     QStringLiteral("loss %1 -> %2").arg(firstSum / firsts).arg(lastSum / lasts)));

    // From the raw per-frame predictions: accuracy of each stream alone, of the paper's fusion
    // (0.4 RGB, 0.6 flow, both networks averaged), and of always answering the majority.
    const QDir predictions(QDir(m_run).filePath(QStringLiteral("predictions")));
    const QStringList files
            = predictions.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    std::map<QString, qint64> correct;
    std::map<QString, qint64> truthCounts;
    std::map<QString, std::map<QString, qint64>> countsPerVideo;
    qint64 frames = 0;
    for (const QString &file : files) {
        const QList<QStringList> rows = readCsv(predictions.filePath(file));
        QVERIFY(rows.size() > 150);
        const QStringList header = rows.front();
        QCOMPARE(header.mid(0, 3), (QStringList{"frame", "fold", "truth"}));
        // columns <model>_<stream>_<class>
        std::map<QString, std::vector<int>> columns;
        QStringList classes;
        for (int c = 3; c < header.size(); ++c) {
            const QStringList parts = header[c].split(QLatin1Char('_'));
            const QString key = parts[0] + QLatin1Char('_') + parts[1];
            columns[key].push_back(c);
            if (key == QLatin1String("i3d_rgb"))
                classes << parts.mid(2).join(QLatin1Char('_'));
        }
        QCOMPARE(columns.size(), size_t(4));
        for (const QStringList &row : rows.mid(1)) {
            if (row[2].isEmpty())
                continue;
            ++frames;
            ++truthCounts[row[2]];
            ++countsPerVideo[file][row[2]];
            auto argmax = [&](const std::vector<double> &p) {
                return classes[int(std::max_element(p.begin(), p.end()) - p.begin())];
            };
            std::map<QString, std::vector<double>> p;
            for (const auto &[key, cols] : columns)
                for (int c : cols)
                    p[key].push_back(row[c].toDouble());
            for (const auto &[key, probs] : p)
                correct[key] += argmax(probs) == row[2];
            std::vector<double> fused(size_t(classes.size()));
            for (size_t k = 0; k < fused.size(); ++k)
                fused[k] = 0.5 * (0.4 * p["i3d_rgb"][k] + 0.6 * p["i3d_flow"][k])
                           + 0.5 * (0.4 * p["r2plus1d_rgb"][k] + 0.6 * p["r2plus1d_flow"][k]);
            correct[QStringLiteral("both")] += argmax(fused) == row[2];
        }
    }
    // The baseline: for each held-out recording, always answer the behavior most frequent in
    // the other recordings (what its fold trained on); and the majority of all frames.
    qint64 baselineCorrect = 0, majority = 0;
    for (const auto &[video, counts] : countsPerVideo) {
        std::map<QString, qint64> training;
        for (const auto &[other, otherCounts] : countsPerVideo)
            if (other != video)
                for (const auto &[name, n] : otherCounts)
                    training[name] += n;
        const auto top = std::max_element(
                training.begin(), training.end(), [](const auto &a, const auto &b) {
                    return a.second < b.second;
                });
        baselineCorrect += counts.count(top->first) ? counts.at(top->first) : 0;
    }
    for (const auto &[name, count] : truthCounts)
        majority = std::max(majority, count);
    const double fusedAccuracy = double(correct[QStringLiteral("both")]) / frames;
    const double baseline = std::max(double(baselineCorrect), double(majority)) / frames;
    QVERIFY2(fusedAccuracy > baseline + 0.1,
             qPrintable(QStringLiteral("fused %1, majority %2").arg(fusedAccuracy).arg(baseline)));

    // fusion_sweep.csv agrees with the raw predictions: w_rgb = 1.0 is the RGB stream alone,
    // 0.0 the flow stream alone; the confusion matrices count every labeled frame.
    const QList<QStringList> sweep
            = readCsv(QDir(m_run).filePath(QStringLiteral("fusion_sweep.csv")));
    QCOMPARE(sweep.value(0), (QStringList{"model", "rgb_weight", "accuracy"}));
    QCOMPARE(sweep.size(), 1 + 3 * 11);
    std::map<QString, double> sweepAccuracy;
    for (const QStringList &row : sweep.mid(1))
        sweepAccuracy[row[0] + QLatin1Char('@') + row[1]] = row[2].toDouble();
    QVERIFY(qAbs(sweepAccuracy["i3d@1.0"] - double(correct["i3d_rgb"]) / frames) < 1e-5);
    QVERIFY(qAbs(sweepAccuracy["i3d@0.0"] - double(correct["i3d_flow"]) / frames) < 1e-5);
    QVERIFY(qAbs(sweepAccuracy["r2plus1d@1.0"] - double(correct["r2plus1d_rgb"]) / frames) < 1e-5);
    QVERIFY(qAbs(sweepAccuracy["r2plus1d@0.0"] - double(correct["r2plus1d_flow"]) / frames) < 1e-5);
    QVERIFY(qAbs(sweepAccuracy["both@0.4"] - fusedAccuracy) < 1e-5);
    for (const QString &model :
         {QStringLiteral("i3d"), QStringLiteral("r2plus1d"), QStringLiteral("both")}) {
        const QList<QStringList> confusion
                = readCsv(QDir(m_run).filePath(QStringLiteral("confusion_%1_0.4.csv").arg(model)));
        QCOMPARE(confusion.size(), 9); // header + the 8 default behaviors
        qint64 sum = 0, diagonal = 0;
        for (int r = 1; r < confusion.size(); ++r)
            for (int c = 1; c < confusion[r].size(); ++c) {
                sum += confusion[r][c].toLongLong();
                if (c == r)
                    diagonal += confusion[r][c].toLongLong();
            }
        QCOMPARE(sum, frames);
        QVERIFY(qAbs(double(diagonal) / frames - sweepAccuracy[model + QStringLiteral("@0.4")])
                < 1e-5);
    }

    // summary.json, per-behavior figures, plots, the manifest and the project's record.
    QFile summaryFile(QDir(m_run).filePath(QStringLiteral("summary.json")));
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QVERIFY(summary.value(QStringLiteral("time"))
                    .toObject()
                    .value(QStringLiteral("total"))
                    .toDouble()
            > 0);
    QCOMPARE(summary.value(QStringLiteral("folds")).toArray().size(), 3);
    QVERIFY(!summary.value(QStringLiteral("evaluation")).toObject().isEmpty());
    QVERIFY(readCsv(QDir(m_run).filePath(QStringLiteral("per_behavior.csv"))).size() > 1);
    const QStringList plots
            = QDir(QDir(m_run).filePath(QStringLiteral("plots"))).entryList(QDir::Files);
    for (const QString &ext :
         {QStringLiteral(".png"), QStringLiteral(".pdf"), QStringLiteral(".svg")})
        QVERIFY2(plots.filter(QStringLiteral("fusion_accuracy") + ext).size() == 1,
                 qPrintable(plots.join(' ')));
    QVERIFY(plots.filter(QStringLiteral("training_loss")).size() >= 3);
    ProjectDatabase db;
    QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
    const QVector<CvRunRecord> runs = db.cvRuns();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.front().config.value(QStringLiteral("runDir")).toString(),
             QFileInfo(m_run).absoluteFilePath());
    QCOMPARE(db.cvResults(runs.front().id).size(), 3);
    db.close();

    // Resuming a finished run trains nothing and records nothing twice.
    QStringList again = args;
    again << QStringLiteral("--resume");
    const CliRun resumed = cli(again);
    QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
    QVERIFY(!resumed.out.contains(QStringLiteral("\"event\":\"progress\"")));
    QCOMPARE(resumed.out.count(QStringLiteral("\"event\":\"skipped\"")), 12);
    QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
    QCOMPARE(db.cvRuns().size(), 1);
}

void TestCvCli::refusals()
{
    // A run folder that is not empty, without --resume.
    CliRun r = cli({QStringLiteral("cv"),
                    m_project,
                    QStringLiteral("--out"),
                    m_run,
                    QStringLiteral("--iterations"),
                    QStringLiteral("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not empty")), qPrintable(describe(r)));
    // --resume with other settings.
    r = cli({QStringLiteral("cv"),
             m_project,
             QStringLiteral("--out"),
             m_run,
             QStringLiteral("--resume"),
             QStringLiteral("--iterations"),
             QStringLiteral("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("other settings")), qPrintable(describe(r)));
    // A project with a single recording cannot be cross-validated; nothing is written.
    const QString single = m_dir.filePath(QStringLiteral("single.ethoproj"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("create"), single}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("project"),
                  QStringLiteral("add-video"),
                  single,
                  m_dir.filePath(QStringLiteral("videos/video01.mp4"))})
                     .exitCode,
             0);
    const QString out = m_dir.filePath(QStringLiteral("single-run"));
    r = cli({QStringLiteral("cv"), single, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("labels")), qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(out)); // a refused run leaves nothing behind
    QCOMPARE(cli({QStringLiteral("project"),
                  QStringLiteral("import-labels"),
                  single,
                  QStringLiteral("--video"),
                  QStringLiteral("video01.mp4"),
                  m_dir.filePath(QStringLiteral("videos/video01.csv"))})
                     .exitCode,
             0);
    r = cli({QStringLiteral("cv"), single, QStringLiteral("--out"), out + QStringLiteral("2")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("two recordings")), qPrintable(describe(r)));
    // Starting weights of another network or stream, or for a network the run does not train,
    // are refused before anything is written.
    {
        const QString i3dRgb
                = QDir(m_run).filePath(QStringLiteral("folds/fold00/i3d_rgb/model.safetensors"));
        const QString i3dFlow
                = QDir(m_run).filePath(QStringLiteral("folds/fold00/i3d_flow/model.safetensors"));
        QVERIFY(QFileInfo::exists(i3dRgb) && QFileInfo::exists(i3dFlow));
        const QString refused = m_dir.filePath(QStringLiteral("init-run"));
        const struct
        {
            QString models, streams, init;
            QStringList said;
        } cases[] = {
                {QStringLiteral("r2plus1d"),
                 QStringLiteral("rgb"),
                 QStringLiteral("r2plus1d/rgb=") + i3dRgb,
                 {QStringLiteral("are for I3D with 3 input channels (rgb)"),
                  QStringLiteral("r2plus1d/rgb needs R(2+1)D with 3")}},
                {QStringLiteral("i3d"),
                 QStringLiteral("rgb"),
                 QStringLiteral("i3d/rgb=") + i3dFlow,
                 {QStringLiteral("with 2 input channels (flow)"),
                  QStringLiteral("i3d/rgb needs I3D with 3 input channels")}},
                {QStringLiteral("i3d"),
                 QStringLiteral("rgb"),
                 i3dFlow, // without MODEL/STREAM: the run's only network and stream
                 {QStringLiteral("with 2 input channels (flow)")}},
                {QStringLiteral("i3d"),
                 QStringLiteral("rgb"),
                 QStringLiteral("i3d/flow=") + i3dFlow,
                 {QStringLiteral("--init names i3d/flow"), QStringLiteral("it trains i3d/rgb")}},
        };
        for (const auto &c : cases) {
            r = cli({QStringLiteral("cv"),
                     m_project,
                     QStringLiteral("--out"),
                     refused,
                     QStringLiteral("--models"),
                     c.models,
                     QStringLiteral("--streams"),
                     c.streams,
                     QStringLiteral("--init"),
                     c.init,
                     QStringLiteral("--iterations"),
                     QStringLiteral("1")});
            QCOMPARE(r.exitCode, 1);
            for (const QString &words : c.said)
                QVERIFY2(r.err.contains(words), qPrintable(describe(r)));
            QVERIFY2(!QFileInfo::exists(refused), qPrintable(c.init));
        }
        // The same check for train, whose --init takes a plain file.
        r = cli({QStringLiteral("train"),
                 m_project,
                 QStringLiteral("--model"),
                 QStringLiteral("r2plus1d"),
                 QStringLiteral("--stream"),
                 QStringLiteral("rgb"),
                 QStringLiteral("--init"),
                 i3dRgb,
                 QStringLiteral("--out"),
                 refused});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("needs R(2+1)D")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(refused));
    }
    // A full disk (here a file-size limit) stops the run with a plain message; its manifest says
    // why, and the project does not record it.
    {
        const QString full = m_dir.filePath(QStringLiteral("full-run"));
        QProcess p;
        p.start(QStringLiteral("/bin/bash"),
                {QStringLiteral("-c"),
                 QStringLiteral(
                         "ulimit -f 150; exec \"$0\" cv \"$1\" --out \"$2\" --models r2plus1d "
                         "--streams rgb --iterations 3 --width 0.125 --crop 32"),
                 qEnvironmentVariable("ETHOSCRIBE_CLI"),
                 m_project,
                 full});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("disk")) && err.contains(QStringLiteral("full")),
                 qPrintable(err));
        QFile manifest(QDir(full).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
        QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(m.value(QStringLiteral("error")).toString().contains(QStringLiteral("disk")));
        ProjectDatabase db;
        QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
        QCOMPARE(db.cvRuns().size(), 1);
    }
    // Usage errors.
    QCOMPARE(cli({QStringLiteral("cv"), m_project}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("train"),
                  m_project,
                  QStringLiteral("--model"),
                  QStringLiteral("vgg")})
                     .exitCode,
             2);
    // A moved video is named.
    QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("videos/video01.mp4")),
                          m_dir.filePath(QStringLiteral("videos/moved.mp4"))));
    r = cli({QStringLiteral("cv"), m_project, QStringLiteral("--out"), out + QStringLiteral("3")});
    QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("videos/moved.mp4")),
                          m_dir.filePath(QStringLiteral("videos/video01.mp4"))));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("missing")), qPrintable(describe(r)));
}

void TestCvCli::framesOnDiskTrainTheSame()
{
    // trainOne's first training again, with no memory set aside for frames: every video's frames
    // go to a file in the run folder (removed at once, mapped), and the run learns exactly the
    // same (same seed).
    const QString out = m_dir.filePath(QStringLiteral("train-disk"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETHOSCRIBE_FRAME_MEMORY_MB"), QStringLiteral("0"));
    const CliRun r = cli(heldOutTraining(m_project, out), 300000, env);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QStringLiteral("kept in files in the run folder")), qPrintable(r.out));
    QFile manifestFile(QDir(out).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QCOMPARE(manifest.value(QStringLiteral("frameMemoryBudget")).toDouble(), 0.0);
    QCOMPARE(manifest.value(QStringLiteral("frameBytesInMemory")).toDouble(), 0.0);
    QVERIFY(manifest.value(QStringLiteral("frameBytesOnDisk")).toDouble() > 0);
    // Nothing of the frames' files is left.
    QVERIFY(QDir(out)
                    .entryList({QStringLiteral(".frames-*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
    auto read = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QString predictions = QStringLiteral("predictions/video03.csv");
    const QByteArray inMemory
            = read(QDir(m_dir.filePath(QStringLiteral("train"))).filePath(predictions));
    QVERIFY(!inMemory.isEmpty());
    QCOMPARE(read(QDir(out).filePath(predictions)), inMemory);

    // --tune head wants a video's frames for one pass (its features): when they do not fit,
    // the frames kept for earlier passes are let go and read again if needed, not put on disk.
    // 1 MB holds one recording's frames at this size, not two; a seed of its own, so that the
    // features are computed, not found in the cache.
    env.insert(QStringLiteral("ETHOSCRIBE_FRAME_MEMORY_MB"), QStringLiteral("1"));
    const QString head = m_dir.filePath(QStringLiteral("head-short-of-memory"));
    const CliRun h = cli({QStringLiteral("cv"),
                          m_project,
                          QStringLiteral("--out"),
                          head,
                          QStringLiteral("--models"),
                          QStringLiteral("i3d,r2plus1d"),
                          QStringLiteral("--streams"),
                          QStringLiteral("rgb"),
                          QStringLiteral("--tune"),
                          QStringLiteral("head"),
                          QStringLiteral("--iterations"),
                          QStringLiteral("10"),
                          QStringLiteral("--width"),
                          QStringLiteral("0.125"),
                          QStringLiteral("--crop"),
                          QStringLiteral("32"),
                          QStringLiteral("--seed"),
                          QStringLiteral("8")},
                         300000,
                         env);
    QVERIFY2(h.exitCode == 0, qPrintable(describe(h)));
    QFile headManifestFile(QDir(head).filePath(QStringLiteral("manifest.json")));
    QVERIFY(headManifestFile.open(QIODevice::ReadOnly));
    const QJsonObject headManifest = QJsonDocument::fromJson(headManifestFile.readAll()).object();
    QCOMPARE(headManifest.value(QStringLiteral("frameBytesOnDisk")).toDouble(), 0.0);
    const double held = headManifest.value(QStringLiteral("frameBytesInMemory")).toDouble();
    QVERIFY2(held > 0 && held <= 1 << 20, qPrintable(QString::number(held)));
    // Both networks' features read every recording (3 each): some were read twice.
    QVERIFY2(h.out.count(QStringLiteral("\"event\":\"loading\"")) > 3, qPrintable(h.out));
}

void TestCvCli::trainOne()
{
    // One network on one stream, holding out video03: a model file and its evaluation.
    const QString out = m_dir.filePath(QStringLiteral("train"));
    const CliRun r = cli(heldOutTraining(m_project, out));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QStringLiteral("held-out accuracy")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("step 20/20, "))
                     && r.out.contains(QStringLiteral("(100.0% of the run")),
             qPrintable(r.out));
    QVERIFY(QFileInfo::exists(
            QDir(out).filePath(QStringLiteral("folds/fold00/r2plus1d_rgb/model.safetensors"))));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("predictions/video03.csv"))));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("summary.json"))));

    // Without --hold-out every labeled video is learned from and nothing is predicted: the run
    // succeeds with its model and no evaluation (it used to fail on the empty predictions folder).
    const QString all = m_dir.filePath(QStringLiteral("train-all"));
    m_trainAll = all;
    const CliRun r2 = cli({QStringLiteral("train"),
                           m_project,
                           QStringLiteral("--model"),
                           QStringLiteral("r2plus1d"),
                           QStringLiteral("--stream"),
                           QStringLiteral("rgb"),
                           QStringLiteral("--iterations"),
                           QStringLiteral("10"),
                           QStringLiteral("--width"),
                           QStringLiteral("0.125"),
                           QStringLiteral("--crop"),
                           QStringLiteral("32"),
                           QStringLiteral("--tune"),
                           QStringLiteral("top"),
                           QStringLiteral("--class-weights"),
                           QStringLiteral("--out"),
                           all,
                           QStringLiteral("--human")});
    QVERIFY2(r2.exitCode == 0, qPrintable(describe(r2)));
    // --tune top and --class-weights reach the training (tested for what they do in
    // test_training) and the run's record.
    QFile manifest(QDir(all).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject options = QJsonDocument::fromJson(manifest.readAll())
                                        .object()
                                        .value(QStringLiteral("options"))
                                        .toObject();
    QCOMPARE(options.value(QStringLiteral("tune")).toString(), QStringLiteral("top"));
    QCOMPARE(options.value(QStringLiteral("weightClasses")).toBool(), true);
    QVERIFY2(!r2.out.contains(QStringLiteral("held-out accuracy")), qPrintable(r2.out));
    QVERIFY(QFileInfo::exists(
            QDir(all).filePath(QStringLiteral("folds/fold00/r2plus1d_rgb/model.safetensors"))));
    QFile summary(QDir(all).filePath(QStringLiteral("summary.json")));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(summary.readAll())
                    .object()
                    .value(QStringLiteral("evaluation"))
                    .toObject()
                    .isEmpty());
}

// A run whose video's optical flow another program is computing (the window's analysis, say)
// says so, writes nothing into that cache while it waits, and goes on when the other lets go.
void TestCvCli::waitsForFlowBeingComputed()
{
    QString cachePath;
    {
        ProjectDatabase db;
        QVERIFY(db.open(m_project, ProjectDatabase::OpenMode::ReadOnly));
        for (const VideoRecord &v : db.videos())
            if (v.path.endsWith(QStringLiteral("video02.mp4")))
                cachePath = FlowCache::pathFor(m_project, v.contentHash, FlowMethod::Dis);
    }
    QVERIFY(QFile::remove(cachePath));
    FlowCacheLock other(cachePath);
    QString error;
    QCOMPARE(other.tryLock(&error), FlowCacheLock::Outcome::Locked);

    QProcess p;
    p.start(qEnvironmentVariable("ETHOSCRIBE_CLI"),
            {QStringLiteral("train"),
             m_project,
             QStringLiteral("--model"),
             QStringLiteral("i3d"),
             QStringLiteral("--stream"),
             QStringLiteral("flow"),
             QStringLiteral("--hold-out"),
             QStringLiteral("video03"),
             QStringLiteral("--iterations"),
             QStringLiteral("5"),
             QStringLiteral("--width"),
             QStringLiteral("0.125"),
             QStringLiteral("--crop"),
             QStringLiteral("32"),
             QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("train-waiting"))});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("\"waiting\"")
                                     || p.state() == QProcess::NotRunning,
                             60000);
    QVERIFY2(p.state() == QProcess::Running, out.constData());
    QTest::qWait(500);
    QCOMPARE(p.state(), QProcess::Running);
    QVERIFY(!QFileInfo::exists(cachePath));
    other.unlock();
    QVERIFY(p.waitForFinished(120000));
    out += p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, (out + p.readAllStandardError()).constData());
    bool sawWaiting = false;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e.value(QStringLiteral("event")).toString() != QLatin1String("waiting"))
            continue;
        sawWaiting = true;
        QCOMPARE(e.value(QStringLiteral("video")).toString(), QStringLiteral("video02"));
        QVERIFY(e.value(QStringLiteral("holder"))
                        .toString()
                        .contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY2(
                e.value(QStringLiteral("message")).toString().contains(QStringLiteral("continues")),
                line.constData());
    }
    QVERIFY(sawWaiting);
    FlowCache cache;
    QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
    QVERIFY(cache.isComplete());
}

void TestCvCli::finalModels()
{
    // cv --final: after the three leave-one-out folds, a fourth trains on every recording and
    // predicts nothing; the evaluation is the three folds'.
    QVERIFY(!m_trainAll.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("final"));
    QStringList args{QStringLiteral("cv"),
                     m_project,
                     QStringLiteral("--models"),
                     QStringLiteral("r2plus1d"),
                     QStringLiteral("--streams"),
                     QStringLiteral("rgb"),
                     QStringLiteral("--iterations"),
                     QStringLiteral("10"),
                     QStringLiteral("--width"),
                     QStringLiteral("0.125"),
                     QStringLiteral("--crop"),
                     QStringLiteral("32"),
                     QStringLiteral("--tune"),
                     QStringLiteral("top"),
                     QStringLiteral("--class-weights"),
                     QStringLiteral("--no-record"),
                     QStringLiteral("--out"),
                     out};
    const CliRun r = cli(args + QStringList{QStringLiteral("--final")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QList<QJsonObject> folds;
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject e = QJsonDocument::fromJson(line.toUtf8()).object();
        if (e.value(QStringLiteral("event")) == QLatin1String("fold"))
            folds << e;
    }
    QCOMPARE(folds.size(), 4);
    for (int f = 0; f < 4; ++f) {
        QCOMPARE(folds[f].value(QStringLiteral("folds")).toInt(), 4);
        QCOMPARE(folds[f].value(QStringLiteral("allRecordings")).toBool(), f == 3);
    }
    QFile manifestFile(QDir(out).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const QJsonArray planned = manifest.value(QStringLiteral("folds")).toArray();
    QCOMPARE(planned.size(), 4);
    const QJsonObject last = planned.at(3).toObject();
    QCOMPARE(last.value(QStringLiteral("allRecordings")).toBool(), true);
    QVERIFY(last.value(QStringLiteral("heldOut")).toArray().isEmpty());
    QCOMPARE(last.value(QStringLiteral("training")).toArray().size(), 3);
    QVERIFY(!planned.at(0).toObject().contains(QStringLiteral("allRecordings")));
    // The last fold's model, no held-out predictions of it; every recording predicted once.
    const QString model
            = QDir(out).filePath(QStringLiteral("folds/fold03/r2plus1d_rgb/model.safetensors"));
    QVERIFY(QFileInfo::exists(model));
    QVERIFY(QDir(QDir(out).filePath(QStringLiteral("folds/fold03")))
                    .entryList({QStringLiteral("*.probs")}, QDir::Files)
                    .isEmpty());
    QCOMPARE(QDir(QDir(out).filePath(QStringLiteral("predictions")))
                     .entryList({QStringLiteral("*.csv")}, QDir::Files)
                     .size(),
             3);
    QFile summaryFile(QDir(out).filePath(QStringLiteral("summary.json")));
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject evaluation = QJsonDocument::fromJson(summaryFile.readAll())
                                           .object()
                                           .value(QStringLiteral("evaluation"))
                                           .toObject();
    QCOMPARE(evaluation.value(QStringLiteral("videos")).toInt(), 3);
    // It is exactly `train` without --hold-out with the same settings: the same weights.
    const QByteArray trainAll = testutil::safetensorsData(
            QDir(m_trainAll)
                    .filePath(QStringLiteral("folds/fold00/r2plus1d_rgb/model.safetensors")));
    QVERIFY(!trainAll.isEmpty());
    QVERIFY2(testutil::safetensorsData(model) == trainAll,
             "the fold on all recordings did not train what 'train' trains on all of them");
    // Resumed as started, nothing is trained again; with other settings (no --final), refused.
    const CliRun again
            = cli(args + QStringList{QStringLiteral("--final"), QStringLiteral("--resume")});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QCOMPARE(again.out.count(QStringLiteral("\"event\":\"skipped\"")), 4);
    const CliRun other = cli(args + QStringList{QStringLiteral("--resume")});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(QStringLiteral("other settings")), qPrintable(describe(other)));
}

void TestCvCli::diskFillsDuringARun()
{
    // The disk fills in the middle of a cross-validation run: the run folder is a 2.2 MB tmpfs in
    // a mount namespace of its own (`unshare`), where each fold's model takes 0.8 MB, so the
    // first folds are saved and a later one is not. The run stops with a plain message, the
    // folds it finished are kept whole (no half-written model), and --resume after space was
    // freed finishes with the same weights as a run that never stopped.
    const QString cliPath = qEnvironmentVariable("ETHOSCRIBE_CLI");
    const QStringList settings{QStringLiteral("--models"),
                               QStringLiteral("r2plus1d"),
                               QStringLiteral("--streams"),
                               QStringLiteral("rgb"),
                               QStringLiteral("--iterations"),
                               QStringLiteral("6"),
                               QStringLiteral("--width"),
                               QStringLiteral("0.125"),
                               QStringLiteral("--crop"),
                               QStringLiteral("32"),
                               QStringLiteral("--no-record")};
    {
        QProcess probe;
        probe.start(QStringLiteral("unshare"),
                    {QStringLiteral("-r"),
                     QStringLiteral("-m"),
                     QStringLiteral("sh"),
                     QStringLiteral("-c"),
                     QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$0\""),
                     m_dir.path()});
        if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit
            || probe.exitCode() != 0)
            QSKIP("no mount namespaces here (unshare -r -m): cannot make a small disk");
    }
    const QString full = m_dir.filePath(QStringLiteral("full-disk"));
    const QString kept = m_dir.filePath(QStringLiteral("full-disk-kept"));
    QVERIFY(QDir().mkpath(full));
    QProcess p;
    p.start(QStringLiteral("unshare"),
            QStringList{QStringLiteral("-r"),
                        QStringLiteral("-m"),
                        QStringLiteral("sh"),
                        QStringLiteral("-c"),
                        QStringLiteral("project=$1; out=$2; kept=$3; shift 3; "
                                       "mount -t tmpfs -o size=2200k tmpfs \"$out\" || exit 99; "
                                       "\"$0\" cv \"$project\" --out \"$out\" \"$@\"; rc=$?; "
                                       "cp -a \"$out\" \"$kept\"; exit $rc"),
                        cliPath,
                        m_project,
                        full,
                        kept}
                    + settings);
    QVERIFY(p.waitForFinished(300000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() != 99, "tmpfs could not be mounted");
    QCOMPARE(p.exitCode(), 1);
    // What the researcher reads: the disk is full, how much is free, and how to continue.
    QVERIFY2(err.contains(QStringLiteral("the disk is full"))
                     && err.contains(QStringLiteral("--resume")),
             qPrintable(err));
    // Some folds were finished and saved whole before the disk filled, not all of them.
    QStringList saved;
    for (int fold = 0; fold < 3; ++fold) {
        const QString model
                = QDir(kept).filePath(QStringLiteral("folds/fold%1/r2plus1d_rgb/model.safetensors")
                                              .arg(fold, 2, 10, QLatin1Char('0')));
        if (QFileInfo::exists(model))
            saved << model;
    }
    QVERIFY2(!saved.isEmpty() && saved.size() < 3, qPrintable(saved.join(QLatin1Char(' '))));
    // No temporary or partial file is left beside the models.
    QDirIterator it(kept, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QVERIFY2(!f.contains(QStringLiteral(".safetensors.")), qPrintable(f));
    }
    QFile manifest(QDir(kept).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("failed")));
    manifest.close();

    // Space freed (the folder is on the normal disk now): --resume finishes, and every fold's
    // weights are those of a run that was never interrupted.
    CliRun resumed = cli(QStringList{QStringLiteral("cv"),
                                     m_project,
                                     QStringLiteral("--out"),
                                     kept,
                                     QStringLiteral("--resume")}
                         + settings);
    QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
    QCOMPARE(resumed.out.count(QStringLiteral("\"event\":\"skipped\"")), saved.size());
    const QString reference = m_dir.filePath(QStringLiteral("full-disk-reference"));
    CliRun uninterrupted
            = cli(QStringList{QStringLiteral("cv"), m_project, QStringLiteral("--out"), reference}
                  + settings);
    QVERIFY2(uninterrupted.exitCode == 0, qPrintable(describe(uninterrupted)));
    for (int fold = 0; fold < 3; ++fold) {
        const QString name = QStringLiteral("folds/fold%1/r2plus1d_rgb/model.safetensors")
                                     .arg(fold, 2, 10, QLatin1Char('0'));
        const QByteArray a = testutil::safetensorsData(QDir(kept).filePath(name));
        QVERIFY2(!a.isEmpty(), qPrintable(name));
        QVERIFY2(a == testutil::safetensorsData(QDir(reference).filePath(name)), qPrintable(name));
    }
}

void TestCvCli::noRoomForFramesRefusedAtOnce()
{
    // Frames that do not fit in memory go into files in the run folder; a run folder without room
    // for them is refused before anything is trained, not hours later. No memory for frames
    // (ETHOSCRIBE_FRAME_MEMORY_MB=0) and a 1 MB tmpfs as the run folder; the frames need about
    // 2.5 MB.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETHOSCRIBE_FRAME_MEMORY_MB"), QStringLiteral("0"));
    const QString out = m_dir.filePath(QStringLiteral("no-room"));
    const QString kept = m_dir.filePath(QStringLiteral("no-room-kept"));
    QVERIFY(QDir().mkpath(out));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("unshare"),
            {QStringLiteral("-r"),
             QStringLiteral("-m"),
             QStringLiteral("sh"),
             QStringLiteral("-c"),
             QStringLiteral("project=$1; out=$2; kept=$3; "
                            "mount -t tmpfs -o size=1m tmpfs \"$out\" || exit 99; "
                            "\"$0\" cv \"$project\" --out \"$out\" --models r2plus1d --streams rgb "
                            "--iterations 2 --width 0.125 --crop 32 --no-record; rc=$?; "
                            "cp -a \"$out\" \"$kept\"; exit $rc"),
             qEnvironmentVariable("ETHOSCRIBE_CLI"),
             m_project,
             out,
             kept});
    QVERIFY(p.waitForFinished(300000));
    if (p.exitCode() == 99 || p.exitStatus() != QProcess::NormalExit)
        QSKIP("no mount namespaces here (unshare -r -m): cannot make a small disk");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QString stdOut = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("do not fit in the memory set aside"))
                     && err.contains(QStringLiteral("is free there")),
             qPrintable(err));
    QVERIFY2(!stdOut.contains(QStringLiteral("\"event\":\"progress\"")), qPrintable(stdOut));
    QVERIFY(!QFileInfo::exists(QDir(kept).filePath(QStringLiteral("folds"))));
    QFile manifest(QDir(kept).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
    QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(m.value(QStringLiteral("frameBytesPlanned")).toDouble() > 1 << 20);
}

QTEST_MAIN(TestCvCli)
#include "test_cv_cli.moc"
