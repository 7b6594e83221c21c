// SPDX-License-Identifier: GPL-3.0-or-later
// CvEvaluation: metrics against hand-computed examples, unlabeled frames, fusion end points,
// "both" as the mean of the networks, per-fold accuracy, and the report files agreeing with the
// evaluation and with each other.
#include "EvalTestUtil.h"

#include "eval/CvEvaluation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace ethoscribe;
using namespace evaltest;

namespace {

const QStringList kAbc{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};

HeldOutPredictions videoFrom(const QString &name,
                             int fold,
                             const QVector<int> &truth,
                             const QVector<int> &predicted,
                             const QString &key = QStringLiteral("i3d/rgb"))
{
    HeldOutPredictions v;
    v.video = name;
    v.fold = fold;
    v.truth.assign(truth.begin(), truth.end());
    v.probabilities[key] = peakedProbabilities(predicted, 3);
    return v;
}

// The argmax the evaluation must find, computed the way FusionModel::fusePair computes
// (float weights t/10 and (10-t)/10), so that no rounding difference can flip a near tie.
int argmaxOf(const std::vector<float> &row)
{
    int best = -1;
    float bestValue = 0.0f;
    for (int c = 0; c < int(row.size()); ++c) {
        if (row[c] > bestValue) {
            bestValue = row[c];
            best = c;
        }
    }
    return best;
}

std::vector<float> fusedRow(
        const HeldOutPredictions &v, const QString &network, int tenths, int frame, int classCount)
{
    const float a = float(tenths / 10.0);
    const float b = float((10 - tenths) / 10.0);
    const auto &rgb = v.probabilities.at(network + QStringLiteral("/rgb"));
    const auto &flow = v.probabilities.at(network + QStringLiteral("/flow"));
    std::vector<float> row(classCount);
    for (int c = 0; c < classCount; ++c)
        row[c] = a * rgb[size_t(frame) * classCount + c] + b * flow[size_t(frame) * classCount + c];
    return row;
}

QVector<QVector<qint64>> manualConfusion(
        const std::vector<HeldOutPredictions> &videos,
        int classCount,
        const std::function<int(const HeldOutPredictions &, int)> &predict)
{
    QVector<QVector<qint64>> confusion(classCount, QVector<qint64>(classCount, 0));
    for (const HeldOutPredictions &v : videos) {
        for (int f = 0; f < int(v.truth.size()); ++f) {
            if (v.truth[f] >= 0)
                ++confusion[v.truth[f]][predict(v, f)];
        }
    }
    return confusion;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).split(QLatin1Char(',')));
    }
    return rows;
}

} // namespace

class TestCvEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void handComputed_data()
    {
        QTest::addColumn<QVector<int>>("truth");
        QTest::addColumn<QVector<int>>("predicted");
        QTest::addColumn<QVector<qint64>>("confusion"); // row-major, rows = truth
        QTest::addColumn<double>("accuracy");
        QTest::addColumn<QVector<double>>("precision");
        QTest::addColumn<QVector<double>>("recall");
        QTest::addColumn<QVector<double>>("f1");

        // Classes A=0, B=1, C=2; the last two frames are unlabeled and must not count (their
        // predictions C, B would change the matrix).
        //   truth      A A A A B B B C C C - -
        //   predicted  A A B A B B C C A A C B
        // Confusion (rows truth, columns predicted):
        //        A  B  C     row sums 4, 3, 3; column sums 5, 3, 2
        //   A    3  1  0
        //   B    0  2  1
        //   C    2  0  1
        // accuracy = (3 + 2 + 1) / 10 = 0.6
        // precision = TP / column sum: A 3/5 = 0.6, B 2/3, C 1/2
        // recall    = TP / row sum:    A 3/4 = 0.75, B 2/3, C 1/3
        // F1 = 2PR / (P + R): A 2*0.6*0.75/1.35 = 2/3, B 2/3, C 2*(1/2)(1/3)/(5/6) = 0.4
        QTest::newRow("hand-computed 3 classes")
                << QVector<int>{0, 0, 0, 0, 1, 1, 1, 2, 2, 2, -1, -1}
                << QVector<int>{0, 0, 1, 0, 1, 1, 2, 2, 0, 0, 2, 1}
                << QVector<qint64>{3, 1, 0, 0, 2, 1, 2, 0, 1} << 0.6
                << QVector<double>{0.6, 2.0 / 3, 0.5} << QVector<double>{0.75, 2.0 / 3, 1.0 / 3}
                << QVector<double>{2.0 / 3, 2.0 / 3, 0.4};
        QTest::newRow("perfect") << QVector<int>{0, 1, 2, 2} << QVector<int>{0, 1, 2, 2}
                                 << QVector<qint64>{1, 0, 0, 0, 1, 0, 0, 0, 2} << 1.0
                                 << QVector<double>{1, 1, 1} << QVector<double>{1, 1, 1}
                                 << QVector<double>{1, 1, 1};
        // C is never predicted: its precision (0 / 0) and F1 are 0. B: P = 1/2, R = 1, F1 = 2/3.
        QTest::newRow("class never predicted")
                << QVector<int>{0, 0, 1, 2} << QVector<int>{0, 0, 1, 1}
                << QVector<qint64>{2, 0, 0, 0, 1, 0, 0, 1, 0} << 0.75 << QVector<double>{1, 0.5, 0}
                << QVector<double>{1, 1, 0} << QVector<double>{1, 2.0 / 3, 0};
        // Two unlabeled frames first; of the labeled ones A is right, B is called A:
        // A: P = 1/2, R = 1, F1 = 2/3; B and C: 0.
        QTest::newRow("unlabeled frames ignored")
                << QVector<int>{-1, -1, 0, 1} << QVector<int>{2, 2, 0, 0}
                << QVector<qint64>{1, 0, 0, 1, 0, 0, 0, 0, 0} << 0.5 << QVector<double>{0.5, 0, 0}
                << QVector<double>{1, 0, 0} << QVector<double>{2.0 / 3, 0, 0};
    }
    void handComputed()
    {
        QFETCH(QVector<int>, truth);
        QFETCH(QVector<int>, predicted);
        QFETCH(QVector<qint64>, confusion);
        QFETCH(double, accuracy);
        QFETCH(QVector<double>, precision);
        QFETCH(QVector<double>, recall);
        QFETCH(QVector<double>, f1);

        QString error;
        const CvEvaluation e
                = CvEvaluation::evaluate(kAbc, {videoFrom("v", 0, truth, predicted)}, &error);
        QVERIFY2(!e.isEmpty(), qPrintable(error));
        // Only the RGB stream of I3D: only the weight that means "RGB alone".
        QCOMPARE(e.models(), QStringList{QStringLiteral("i3d")});
        QCOMPARE(e.rgbWeights(QStringLiteral("i3d")), QVector<double>{1.0});
        QCOMPARE(e.bestWeight(QStringLiteral("i3d")), 1.0);
        QVERIFY(std::isnan(e.accuracy(QStringLiteral("i3d"), 0.4)));
        QVERIFY(!e.result(QStringLiteral("r2plus1d"), 1.0));

        const QVector<QVector<qint64>> m = e.confusion(QStringLiteral("i3d"), 1.0);
        QCOMPARE(m.size(), 3);
        qint64 sum = 0;
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(m[r][c], confusion[r * 3 + c]);
                sum += m[r][c];
            }
        }
        qint64 labeled = 0;
        for (int t : truth)
            labeled += t >= 0 ? 1 : 0;
        QCOMPARE(sum, labeled);
        QCOMPARE(e.labeledFrames(), labeled);
        QVERIFY(qAbs(e.accuracy(QStringLiteral("i3d"), 1.0) - accuracy) < 1e-12);
        const FusionResult *r = e.result(QStringLiteral("i3d"), 1.0);
        QVERIFY(r);
        for (int c = 0; c < 3; ++c) {
            const BehaviorAgreement *b = e.behavior(QStringLiteral("i3d"), 1.0, c);
            QVERIFY(b);
            QVERIFY2(qAbs(b->precision - precision[c]) < 1e-12, qPrintable(kAbc[c]));
            QVERIFY2(qAbs(b->recall - recall[c]) < 1e-12, qPrintable(kAbc[c]));
            QVERIFY2(qAbs(b->f1 - f1[c]) < 1e-12, qPrintable(kAbc[c]));
            // The paper's per-behavior accuracy is the recall.
            QCOMPARE(r->behaviorAccuracy(c), b->recall);
            qint64 support = 0;
            for (int t : truth)
                support += t == c ? 1 : 0;
            QCOMPARE(b->support, support);
        }
    }

    void foldAccuracy()
    {
        // The hand-computed example split in two recordings held out by folds 0 and 1:
        // fold 0: truth A A A A B, predicted A A B A B -> 4 / 5 = 0.8
        // fold 1: truth B B C C C, predicted B C C A A -> 2 / 5 = 0.4; overall 6 / 10 = 0.6.
        const std::vector<HeldOutPredictions> videos{
                videoFrom("v1", 0, {0, 0, 0, 0, 1}, {0, 0, 1, 0, 1}),
                videoFrom("v2", 1, {1, 1, 2, 2, 2, -1}, {1, 2, 2, 0, 0, 1})};
        QString error;
        const CvEvaluation e = CvEvaluation::evaluate(kAbc, videos, &error);
        QVERIFY2(!e.isEmpty(), qPrintable(error));
        const std::map<int, double> folds = e.foldAccuracy(QStringLiteral("i3d"), 1.0);
        QCOMPARE(int(folds.size()), 2);
        QVERIFY(qAbs(folds.at(0) - 0.8) < 1e-12);
        QVERIFY(qAbs(folds.at(1) - 0.4) < 1e-12);
        QVERIFY(qAbs(e.accuracy(QStringLiteral("i3d"), 1.0) - 0.6) < 1e-12);
        QCOMPARE(e.folds(), (QVector<int>{0, 1}));
        const FusionResult *r = e.result(QStringLiteral("i3d"), 1.0);
        QCOMPARE(r->folds.at(1).frames, qint64(5));
        QCOMPARE(r->folds.at(1).correct, qint64(2));
    }

    void fusionEndPointsAreTheStreamsAlone()
    {
        QRandomGenerator rng(7);
        const std::vector<HeldOutPredictions> videos{randomVideo(rng, "a", 0, 120, 4),
                                                     randomVideo(rng, "b", 1, 90, 4),
                                                     randomVideo(rng, "c", 1, 60, 4)};
        QString error;
        const CvEvaluation all = CvEvaluation::evaluate(fourClasses(), videos, &error);
        QVERIFY2(!all.isEmpty(), qPrintable(error));
        QCOMPARE(all.models(),
                 (QStringList{QStringLiteral("i3d"),
                              QStringLiteral("r2plus1d"),
                              QStringLiteral("both")}));
        for (const QString &model : all.models())
            QCOMPARE(all.rgbWeights(model).size(), 11);

        for (const QString &network : eval::networkNames()) {
            for (const QString &stream : eval::streamNames()) {
                std::vector<HeldOutPredictions> single = videos;
                for (HeldOutPredictions &v : single) {
                    const auto keep = v.probabilities.at(eval::streamKey(network, stream));
                    v.probabilities.clear();
                    v.probabilities[eval::streamKey(network, stream)] = keep;
                }
                const CvEvaluation alone = CvEvaluation::evaluate(fourClasses(), single, &error);
                QVERIFY2(!alone.isEmpty(), qPrintable(error));
                const double w = stream == QLatin1String("rgb") ? 1.0 : 0.0;
                QCOMPARE(alone.rgbWeights(network), QVector<double>{w});
                QCOMPARE(all.confusion(network, w), alone.confusion(network, w));
                QCOMPARE(all.accuracy(network, w), alone.accuracy(network, w));
                QCOMPARE(all.foldAccuracy(network, w), alone.foldAccuracy(network, w));
                // And the evaluation of one stream is its argmax.
                const auto expected
                        = manualConfusion(single, 4, [&](const HeldOutPredictions &v, int f) {
                              const auto &p = v.probabilities.at(eval::streamKey(network, stream));
                              return argmaxOf(
                                      std::vector<float>(p.begin() + f * 4, p.begin() + f * 4 + 4));
                          });
                QCOMPARE(alone.confusion(network, w), expected);
            }
        }
    }

    void bothIsTheMeanOfTheNetworks()
    {
        QRandomGenerator rng(11);
        const std::vector<HeldOutPredictions> videos{randomVideo(rng, "a", 0, 150, 4),
                                                     randomVideo(rng, "b", 1, 100, 4),
                                                     randomVideo(rng, "c", 2, 80, 4)};
        QString error;
        const CvEvaluation e = CvEvaluation::evaluate(fourClasses(), videos, &error);
        QVERIFY2(!e.isEmpty(), qPrintable(error));
        qint64 labeled = 0;
        for (const HeldOutPredictions &v : videos) {
            for (int t : v.truth)
                labeled += t >= 0 ? 1 : 0;
        }
        for (int t = 0; t <= 10; ++t) {
            const double w = t / 10.0;
            const auto both = manualConfusion(videos, 4, [&](const HeldOutPredictions &v, int f) {
                const auto a = fusedRow(v, QStringLiteral("i3d"), t, f, 4);
                const auto b = fusedRow(v, QStringLiteral("r2plus1d"), t, f, 4);
                std::vector<float> mean(4);
                for (int c = 0; c < 4; ++c)
                    mean[c] = 0.5f * a[c] + 0.5f * b[c];
                return argmaxOf(mean);
            });
            QCOMPARE(e.confusion(QStringLiteral("both"), w), both);
            const auto i3d = manualConfusion(videos, 4, [&](const HeldOutPredictions &v, int f) {
                return argmaxOf(fusedRow(v, QStringLiteral("i3d"), t, f, 4));
            });
            QCOMPARE(e.confusion(QStringLiteral("i3d"), w), i3d);
            for (const QString &model : e.models()) {
                const FusionResult *r = e.result(model, w);
                QVERIFY(r);
                QCOMPARE(r->frames(), labeled);
                qint64 foldFrames = 0;
                qint64 foldCorrect = 0;
                for (const auto &[fold, acc] : r->folds) {
                    foldFrames += acc.frames;
                    foldCorrect += acc.correct;
                }
                QCOMPARE(foldFrames, labeled);
                QCOMPARE(foldCorrect, r->correctFrames());
            }
        }
        for (const QString &model : e.models()) {
            double best = -1;
            double bestAccuracy = -1;
            for (double w : e.rgbWeights(model)) {
                if (e.accuracy(model, w) > bestAccuracy) {
                    bestAccuracy = e.accuracy(model, w);
                    best = w;
                }
            }
            QCOMPARE(e.bestWeight(model), best);
            const QJsonObject m = e.toJson().value("models").toObject().value(model).toObject();
            QCOMPARE(m.value("best_rgb_weight").toDouble(), best);
            QCOMPARE(m.value("weights").toArray().size(), 11);
        }
    }

    void partialStreams()
    {
        QRandomGenerator rng(3);
        // I3D has only RGB; R(2+1)D both streams; "both" exists where both networks do: 1.0.
        const QStringList keys{QStringLiteral("i3d/rgb"),
                               QStringLiteral("r2plus1d/rgb"),
                               QStringLiteral("r2plus1d/flow")};
        std::vector<HeldOutPredictions> videos{randomVideo(rng, "a", 0, 40, 4, keys),
                                               randomVideo(rng, "b", 1, 40, 4, keys)};
        // A stream only one recording has is left out, with a warning.
        videos[0].probabilities[QStringLiteral("i3d/flow")] = randomProbabilities(rng, 40, 4);
        QString error;
        const CvEvaluation e = CvEvaluation::evaluate(fourClasses(), videos, &error);
        QVERIFY2(!e.isEmpty(), qPrintable(error));
        QCOMPARE(e.rgbWeights(QStringLiteral("i3d")), QVector<double>{1.0});
        QCOMPARE(e.rgbWeights(QStringLiteral("r2plus1d")).size(), 11);
        QCOMPARE(e.rgbWeights(QStringLiteral("both")), QVector<double>{1.0});
        QCOMPARE(e.warnings().size(), 1);
        QVERIFY(e.warnings().first().contains(QStringLiteral("i3d/flow")));
    }

    void invalidInput_data()
    {
        QTest::addColumn<QStringList>("classes");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("message");
        QTest::newRow("no classes") << QStringList() << 0 << "no behavior classes";
        QTest::newRow("duplicate class") << QStringList{"A", "a", "C"} << 0 << "already";
        QTest::newRow("wrong matrix size") << kAbc << 1 << "need 9";
        QTest::newRow("truth out of range") << kAbc << 2 << "only 3 classes";
        QTest::newRow("unknown stream") << kAbc << 3 << "unknown stream";
        QTest::newRow("same recording twice") << kAbc << 4 << "twice";
        QTest::newRow("no probabilities") << kAbc << 5 << "No recording has predicted";
    }
    void invalidInput()
    {
        QFETCH(QStringList, classes);
        QFETCH(int, problem);
        QFETCH(QString, message);
        std::vector<HeldOutPredictions> videos{videoFrom("v", 0, {0, 1, 2}, {0, 1, 2})};
        switch (problem) {
        case 1:
            videos[0].probabilities.begin()->second.pop_back();
            break;
        case 2:
            videos[0].truth[1] = 3;
            break;
        case 3:
            videos[0].probabilities[QStringLiteral("c3d/rgb")] = std::vector<float>(9);
            break;
        case 4:
            videos.push_back(videos[0]);
            break;
        case 5:
            videos[0].probabilities.clear();
            break;
        default:
            break;
        }
        QString error;
        const CvEvaluation e = CvEvaluation::evaluate(classes, videos, &error);
        QVERIFY(e.isEmpty());
        QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(!e.writeReport(QDir::tempPath(), &error));
    }

    void reportFilesAgree_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("German") << QLocale(QLocale::German);
    }
    void reportFilesAgree()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        QRandomGenerator rng(5);
        const std::vector<HeldOutPredictions> videos{randomVideo(rng, "a", 0, 120, 4),
                                                     randomVideo(rng, "b", 1, 90, 4)};
        QString error;
        const CvEvaluation e = CvEvaluation::evaluate(fourClasses(), videos, &error);
        QVERIFY2(!e.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList written;
        QVERIFY2(e.writeReport(dir.path(), &error, &written), qPrintable(error));
        QCOMPARE(written.size(), 3 * 11 + 2);
        // Nothing but the report: no temporary file left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), written.size());

        const QList<QStringList> sweep = readCsv(dir.filePath("fusion_sweep.csv"));
        QCOMPARE(sweep.value(0), (QStringList{"model", "rgb_weight", "accuracy"}));
        QCOMPARE(sweep.size(), 1 + 3 * 11);
        const QJsonObject json = e.toJson().value("models").toObject();
        for (int i = 1; i < sweep.size(); ++i) {
            const QStringList &row = sweep[i];
            QCOMPARE(row.size(), 3);
            QCOMPARE(row[1].size(), 3); // "0.4": one decimal, '.' in every locale
            const double w = QLocale::c().toDouble(row[1]);
            bool ok = false;
            const double accuracy = QLocale::c().toDouble(row[2], &ok);
            QVERIFY2(ok, qPrintable(row[2]));
            QVERIFY(qAbs(accuracy - e.accuracy(row[0], w)) <= 5e-7);

            const QList<QStringList> confusion
                    = readCsv(dir.filePath(CvEvaluation::confusionFileName(row[0], w)));
            QCOMPARE(confusion.value(0), QStringList{"truth"} + fourClasses());
            QCOMPARE(confusion.size(), 5);
            qint64 trace = 0, sum = 0;
            for (int r = 1; r < confusion.size(); ++r) {
                QCOMPARE(confusion[r][0], fourClasses()[r - 1]);
                for (int c = 1; c < confusion[r].size(); ++c) {
                    sum += confusion[r][c].toLongLong();
                    trace += r == c ? confusion[r][c].toLongLong() : 0;
                }
            }
            QCOMPARE(sum, e.labeledFrames());
            QVERIFY(qAbs(double(trace) / double(sum) - accuracy) <= 5e-7);

            const QJsonArray weights = json.value(row[0]).toObject().value("weights").toArray();
            bool found = false;
            for (const QJsonValue &entry : weights) {
                if (qAbs(entry.toObject().value("rgb_weight").toDouble() - w) < 1e-9) {
                    QVERIFY(qAbs(entry.toObject().value("accuracy").toDouble() - accuracy) <= 5e-7);
                    found = true;
                }
            }
            QVERIFY(found);
        }

        const QList<QStringList> per = readCsv(dir.filePath("per_behavior.csv"));
        QCOMPARE(per.value(0),
                 (QStringList{"model",
                              "rgb_weight",
                              "behavior",
                              "accuracy",
                              "precision",
                              "recall",
                              "f1",
                              "frames"}));
        QCOMPARE(per.size(), 1 + 3 * 11 * 4);
        for (int i = 1; i < per.size(); ++i) {
            const QStringList &row = per[i];
            const double w = QLocale::c().toDouble(row[1]);
            const int c = int(fourClasses().indexOf(row[2]));
            QVERIFY(c >= 0);
            const BehaviorAgreement *b = e.behavior(row[0], w, c);
            QVERIFY(b);
            QCOMPARE(row[3], row[5]); // accuracy == recall
            QVERIFY(qAbs(QLocale::c().toDouble(row[4]) - b->precision) <= 5e-7);
            QVERIFY(qAbs(QLocale::c().toDouble(row[5]) - b->recall) <= 5e-7);
            QVERIFY(qAbs(QLocale::c().toDouble(row[6]) - b->f1) <= 5e-7);
            QCOMPARE(row[7].toLongLong(), b->support);
            // frames agree with the confusion row of that class.
            const QList<QStringList> confusion
                    = readCsv(dir.filePath(CvEvaluation::confusionFileName(row[0], w)));
            qint64 rowSum = 0;
            for (int k = 1; k < confusion[c + 1].size(); ++k)
                rowSum += confusion[c + 1][k].toLongLong();
            QCOMPARE(row[7].toLongLong(), rowSum);
        }
    }
};

QTEST_GUILESS_MAIN(TestCvEvaluation)
#include "test_cv_evaluation.moc"
