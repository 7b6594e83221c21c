// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli runs evaluate`: a generated run folder is evaluated into the report files, the
// plots and summary.json, with the same figures as CvEvaluation in-process; missing or damaged
// input is refused in plain words.
#include "EvalTestUtil.h"

#include "eval/CvEvaluation.h"
#include "eval/PredictionsCsv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;
using namespace evaltest;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out, err;
};

Result runCli(const QStringList &args)
{
    Result r;
    QProcess p;
    p.start(QString::fromLocal8Bit(qgetenv("ETHOSCRIBE_CLI")),
            QStringList{QStringLiteral("runs"), QStringLiteral("evaluate")} + args);
    if (!p.waitForFinished(240000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A run folder: three recordings in three folds, every stream, a loss log and a summary.json
// written by the run (which the evaluation must keep).
bool makeRun(const QString &dir, std::vector<HeldOutPredictions> *videos)
{
    QRandomGenerator rng(29);
    *videos = {randomVideo(rng, "video01", 0, 120, 4),
               randomVideo(rng, "video02", 1, 90, 4),
               randomVideo(rng, "video03", 2, 60, 4)};
    if (!QDir(dir).mkpath(QStringLiteral("predictions")))
        return false;
    for (const HeldOutPredictions &v : *videos) {
        if (!PredictionsCsv::write(dir + "/predictions/" + v.video + ".csv", fourClasses(), v))
            return false;
    }
    QByteArray losses = "fold,model,stream,iter,loss,lr\n";
    for (int fold = 0; fold < 3; ++fold) {
        for (const char *model : {"i3d", "r2plus1d"}) {
            for (const char *stream : {"rgb", "flow"}) {
                for (int i = 1; i <= 5; ++i)
                    losses += QByteArray::number(fold) + ',' + model + ',' + stream + ','
                              + QByteArray::number(i * 10) + ',' + QByteArray::number(2.0 / i)
                              + ",0.001\n";
            }
        }
    }
    return writeText(dir + "/losses.csv", losses)
           && writeText(dir + "/summary.json", "{\"run\": \"cv\", \"folds\": 3}");
}

} // namespace

class TestRunsEvaluateCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ETHOSCRIBE_CLI"))
            QSKIP("ETHOSCRIBE_CLI is not set (run through ctest)");
    }

    void evaluatesARun()
    {
        QTemporaryDir dir;
        std::vector<HeldOutPredictions> videos;
        QVERIFY(makeRun(dir.path(), &videos));

        const Result r = runCli({dir.path(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, r.out.constData());

        // The same figures as the evaluation in-process (of the files as written, 6 decimals).
        QStringList classes;
        std::vector<HeldOutPredictions> read;
        QString error;
        QVERIFY(PredictionsCsv::readFolder(dir.filePath("predictions"), &classes, &read, &error));
        const CvEvaluation expected = CvEvaluation::evaluate(classes, read, &error);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(json.value("videos").toInt(), 3);
        QCOMPARE(json.value("labeled_frames").toInteger(), expected.labeledFrames());
        const QJsonObject models = json.value("models").toObject();
        QCOMPARE(models.keys(), (QStringList{"both", "i3d", "r2plus1d"}));
        for (const QString &model : expected.models()) {
            const QJsonObject m = models.value(model).toObject();
            QCOMPARE(m.value("best_rgb_weight").toDouble(), expected.bestWeight(model));
            const QJsonArray weights = m.value("weights").toArray();
            QCOMPARE(weights.size(), 11);
            for (const QJsonValue &w : weights) {
                const QJsonObject o = w.toObject();
                QCOMPARE(o.value("accuracy").toDouble(),
                         expected.accuracy(model, o.value("rgb_weight").toDouble()));
                QCOMPARE(o.value("folds").toArray().size(), 3);
            }
        }

        const QDir run(dir.path());
        for (const char *name : {"fusion_sweep.csv",
                                 "per_behavior.csv",
                                 "confusion_i3d_0.4.csv",
                                 "confusion_both_1.0.csv",
                                 "confusion_r2plus1d_0.0.csv"})
            QVERIFY2(run.exists(name), name);
        const QStringList plots = QDir(run.filePath("plots")).entryList(QDir::Files);
        if (ETHOSCRIBE_EXPECT_PLOTS) {
            QVERIFY(json.value("plots").toBool());
            for (const char *name : {"fusion_accuracy.png",
                                     "fusion_accuracy.pdf",
                                     "fusion_accuracy.svg",
                                     "behavior_accuracy_i3d.svg",
                                     "training_loss_r2plus1d_flow.png"})
                QVERIFY2(plots.contains(name), name);
        } else {
            QVERIFY(plots.isEmpty());
            QVERIFY(r.err.contains("plots skipped"));
        }

        // summary.json keeps what the run wrote and gains the evaluation.
        QFile summaryFile(run.filePath("summary.json"));
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
        QCOMPARE(summary.value("run").toString(), QStringLiteral("cv"));
        QCOMPARE(summary.value("evaluation").toObject().value("models").toObject().keys(),
                 models.keys());

        // The table: one row per model, the three columns and the best weight.
        const Result table = runCli({dir.path(), QStringLiteral("--no-plots")});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        const QString text = QString::fromUtf8(table.out);
        QVERIFY2(text.contains("rgb 0.4") && text.contains("I3D + R(2+1)D")
                         && text.contains("R(2+1)D")
                         && text.contains(CvEvaluation::weightText(expected.bestWeight("i3d"))),
                 table.out.constData());
        const QString i3dAt04 = QString::number(100.0 * expected.accuracy("i3d", 0.4), 'f', 1);
        QVERIFY2(text.contains(i3dAt04 + "%"), table.out.constData());
    }

    void refuses_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("missing folder") << 0 << QStringList{"does not exist"};
        QTest::newRow("no predictions folder") << 1 << QStringList{"no predictions folder"};
        QTest::newRow("no predictions files") << 2 << QStringList{"no predictions files"};
        QTest::newRow("inconsistent classes")
                << 3 << QStringList{"video02.csv", "video01.csv", "same classes"};
        QTest::newRow("damaged predictions")
                << 4 << QStringList{"video02.csv", "line 3:", "expected frame 1"};
        QTest::newRow("damaged losses") << 5 << QStringList{"losses.csv", "line 2:", "c3d"};
    }
    void refuses()
    {
        QFETCH(int, problem);
        QFETCH(QStringList, messages);
        QTemporaryDir dir;
        QString run = dir.path();
        std::vector<HeldOutPredictions> videos;
        switch (problem) {
        case 0:
            run = dir.filePath("nowhere");
            break;
        case 1:
            break;
        case 2:
            QVERIFY(QDir(run).mkpath("predictions"));
            break;
        case 3: {
            QVERIFY(makeRun(run, &videos));
            QStringList other = fourClasses();
            other.swapItemsAt(0, 3);
            QVERIFY(PredictionsCsv::write(run + "/predictions/video02.csv", other, videos[1]));
            break;
        }
        case 4: {
            QVERIFY(makeRun(run, &videos));
            QFile file(run + "/predictions/video02.csv");
            QVERIFY(file.open(QIODevice::ReadOnly));
            QList<QByteArray> lines = file.readAll().split('\n');
            file.close();
            lines.removeAt(2); // frame 1 missing: line 3 holds frame 2
            QVERIFY(writeText(run + "/predictions/video02.csv", lines.join('\n')));
            break;
        }
        case 5:
            QVERIFY(makeRun(run, &videos));
            QVERIFY(writeText(run + "/losses.csv",
                              "fold,model,stream,iter,loss,lr\n0,c3d,rgb,1,1.0,0.1\n"));
            break;
        default:
            break;
        }
        const Result r = runCli({run});
        QCOMPARE(r.exitCode, 1);
        for (const QString &m : messages)
            QVERIFY2(QString::fromUtf8(r.err).contains(m), r.err.constData());
        QVERIFY(!QFile::exists(run + "/fusion_sweep.csv"));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({"a", "b"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRunsEvaluateCli)
#include "test_runs_evaluate_cli.moc"
