// SPDX-License-Identifier: GPL-3.0-or-later
// PredictionsCsv and LossCurves: the files of a cross-validation run round-trip in every locale,
// and damaged files are refused with the file and the line named.
#include "EvalTestUtil.h"

#include "eval/LossCurves.h"
#include "eval/PredictionsCsv.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;
using namespace evaltest;

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestPredictionsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void roundTrip_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("classes");
        const QStringList all = eval::streamKeys();
        // Class names with an underscore, a space and a comma (a quoted header field).
        const QStringList odd{"drink", "hang_cuddled", "rear up", "groom, head"};
        QTest::newRow("C, all streams") << QLocale::c() << all << fourClasses();
        QTest::newRow("German, all streams") << QLocale(QLocale::German) << all << fourClasses();
        QTest::newRow("German, odd class names")
                << QLocale(QLocale::German) << QStringList{"i3d/rgb", "r2plus1d/rgb"} << odd;
        QTest::newRow("French, flow of one network")
                << QLocale(QLocale::French) << QStringList{"r2plus1d/flow"} << fourClasses();
    }
    void roundTrip()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, classes);
        QLocale::setDefault(locale);
        QRandomGenerator rng(17);
        HeldOutPredictions video
                = randomVideo(rng, QStringLiteral("video03"), 2, 200, int(classes.size()), keys);
        video.truth[0] = -1;
        // Exact values at the edges of the 6-decimal format.
        video.probabilities[keys.first()][0] = 0.25f;
        video.probabilities[keys.first()][1] = 1.0f;
        video.probabilities[keys.first()][2] = 0.0f;

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("video03.csv"));
        QString error;
        QVERIFY2(PredictionsCsv::write(path, classes, video, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines[0].startsWith("frame,fold,truth,"));
        QVERIFY(lines[0].contains(QString(keys.first()).replace('/', '_').toUtf8() + '_'
                                  + classes[0].toUtf8()));
        // Frame 0: unlabeled (empty truth), fold 2, '.' decimals in every locale.
        QVERIFY2(lines[1].startsWith("0,2,,0.250000,1.000000,0.000000,"), lines[1].constData());
        QCOMPARE(lines.size(), 200 + 2); // header, 200 frames, empty after the last '\n'

        QStringList readClasses;
        HeldOutPredictions back;
        QVERIFY2(PredictionsCsv::read(path, &readClasses, &back, &error), qPrintable(error));
        QCOMPARE(readClasses, classes);
        QCOMPARE(back.video, QStringLiteral("video03"));
        QCOMPARE(back.fold, 2);
        QCOMPARE(back.truth, video.truth);
        QCOMPARE(back.probabilities.size(), video.probabilities.size());
        double worst = 0.0;
        for (const auto &[key, values] : video.probabilities) {
            QVERIFY2(back.probabilities.count(key), qPrintable(key));
            const std::vector<float> &read = back.probabilities.at(key);
            QCOMPARE(read.size(), values.size());
            for (size_t i = 0; i < values.size(); ++i)
                worst = std::max(worst, std::abs(double(read[i]) - double(values[i])));
        }
        // 6 decimals: 5e-7, plus the float rounding of the value read back (< 6e-8 below 1).
        QVERIFY2(worst <= 5e-7 + 6e-8, qPrintable(QString::number(worst)));
        QCOMPARE(back.probabilities.at(keys.first())[0], 0.25f);
        QCOMPARE(back.probabilities.at(keys.first())[1], 1.0f);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray header = "frame,fold,truth,i3d_rgb_a,i3d_rgb_b\n";
        QTest::newRow("empty") << QByteArray() << 0 << "empty";
        QTest::newRow("not a predictions file")
                << QByteArray("frame,behavior\n0,a\n") << 1 << "frame,fold,truth";
        QTest::newRow("unknown stream column")
                << QByteArray("frame,fold,truth,c3d_rgb_a\n0,0,a,1\n") << 1 << "c3d_rgb_a";
        QTest::newRow("streams with other classes")
                << QByteArray("frame,fold,truth,i3d_rgb_a,i3d_rgb_b,i3d_flow_b,i3d_flow_a\n") << 1
                << "i3d_flow_";
        QTest::newRow("missing frame") << header + "0,0,a,0.5,0.5\n2,0,a,0.5,0.5\n"
                                       << 3 << "expected frame 1";
        QTest::newRow("unknown class") << header + "0,0,a,0.5,0.5\n1,0,c,0.5,0.5\n"
                                       << 3 << "unknown class \"c\"";
        QTest::newRow("not a number") << header + "0,0,a,0.5,x\n" << 2 << "\"x\"";
        QTest::newRow("above one") << header + "0,0,a,0.5,1.5\n" << 2 << "between 0 and 1";
        QTest::newRow("short row") << header + "0,0,a,0.5\n" << 2 << "expected 5 fields";
        QTest::newRow("two folds") << header + "0,0,a,0.5,0.5\n1,1,b,0.5,0.5\n"
                                   << 3 << "differs from fold 0 on line 2";
        QTest::newRow("no frames") << header << 0 << "no frames";
    }
    void damaged()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("video07.csv"));
        QVERIFY(writeText(path, text));
        QStringList classes;
        HeldOutPredictions video;
        QString error;
        QVERIFY(!PredictionsCsv::read(path, &classes, &video, &error));
        QVERIFY2(error.contains(QStringLiteral("video07.csv")), qPrintable(error));
        if (line > 0)
            QVERIFY2(error.contains(QStringLiteral("line %1:").arg(line)), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void folder()
    {
        QTemporaryDir dir;
        QStringList classes;
        std::vector<HeldOutPredictions> videos;
        QString error;
        QVERIFY(!PredictionsCsv::readFolder(dir.filePath("missing"), &classes, &videos, &error));
        QVERIFY2(error.contains("does not exist"), qPrintable(error));
        QVERIFY(!PredictionsCsv::readFolder(dir.path(), &classes, &videos, &error));
        QVERIFY2(error.contains("no predictions files"), qPrintable(error));

        QRandomGenerator rng(1);
        const HeldOutPredictions a = randomVideo(rng, "a", 0, 20, 4);
        const HeldOutPredictions b = randomVideo(rng, "b", 1, 30, 4);
        QVERIFY(PredictionsCsv::write(dir.filePath("a.csv"), fourClasses(), a, &error));
        QVERIFY(PredictionsCsv::write(dir.filePath("b.csv"), fourClasses(), b, &error));
        QVERIFY2(PredictionsCsv::readFolder(dir.path(), &classes, &videos, &error),
                 qPrintable(error));
        QCOMPARE(classes, fourClasses());
        QCOMPARE(int(videos.size()), 2);
        QCOMPARE(videos[1].video, QStringLiteral("b"));
        QCOMPARE(videos[1].truth, b.truth);

        QStringList other = fourClasses();
        std::swap(other[0], other[1]);
        QVERIFY(PredictionsCsv::write(dir.filePath("c.csv"), other, b, &error));
        QVERIFY(!PredictionsCsv::readFolder(dir.path(), &classes, &videos, &error));
        QVERIFY2(error.contains("c.csv") && error.contains("a.csv")
                         && error.contains("same classes"),
                 qPrintable(error));
    }

    void writeRefuses()
    {
        QTemporaryDir dir;
        QString error;
        HeldOutPredictions v;
        v.video = "v";
        v.truth = {0, 1};
        QVERIFY(!PredictionsCsv::write(dir.filePath("v.csv"), fourClasses(), v, &error));
        QVERIFY2(error.contains("no predictions"), qPrintable(error));
        v.probabilities["i3d/rgb"] = std::vector<float>(7);
        QVERIFY(!PredictionsCsv::write(dir.filePath("v.csv"), fourClasses(), v, &error));
        QVERIFY2(error.contains("instead of 2 frames x 4 classes"), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath("v.csv")));
    }

    void lossCurves()
    {
        // Columns in another order, two folds and two streams interleaved, an iteration out of
        // order, learning rates in scientific notation.
        const QByteArray text = "model,stream,fold,iter,lr,loss\n"
                                "i3d,rgb,1,10,1e-3,2.5\n"
                                "i3d,flow,0,10,0.001,2.0\n"
                                "i3d,rgb,0,10,0.001,2.25\n"
                                "i3d,rgb,0,30,5e-05,1.0\n"
                                "i3d,rgb,0,20,0.001,1.5\n"
                                "r2plus1d,rgb,0,10,0.001,2.75\n";
        std::vector<LossCurve> curves;
        QString error;
        QVERIFY2(LossCurves::parse(text, "losses.csv", &curves, &error), qPrintable(error));
        QCOMPARE(int(curves.size()), 4);
        // Sorted by model, stream (rgb first), fold.
        QCOMPARE(curves[0].model, QStringLiteral("i3d"));
        QCOMPARE(curves[0].stream, QStringLiteral("rgb"));
        QCOMPARE(curves[0].fold, 0);
        QCOMPARE(curves[0].iterations, (std::vector<qint64>{10, 20, 30}));
        QCOMPARE(curves[0].losses, (std::vector<double>{2.25, 1.5, 1.0}));
        QCOMPARE(curves[0].learningRates[2], 5e-05);
        QCOMPARE(curves[1].fold, 1);
        QCOMPARE(curves[2].stream, QStringLiteral("flow"));
        QCOMPARE(curves[3].model, QStringLiteral("r2plus1d"));

        QVERIFY(!LossCurves::parse("fold,model,stream,iter,loss,lr\n0,i3d,rgb,1,2.0,0.1\n"
                                   "0,c3d,rgb,2,1.0,0.1\n",
                                   "losses.csv",
                                   &curves,
                                   &error));
        QVERIFY2(error.contains("losses.csv, line 3:") && error.contains("c3d"), qPrintable(error));
        QVERIFY(!LossCurves::parse("fold,model,iter,loss\n", "losses.csv", &curves, &error));
        QVERIFY2(error.contains("line 1:"), qPrintable(error));
        QVERIFY(!LossCurves::parse("fold,model,stream,iter,loss,lr\n0,i3d,rgb,x,1,1\n",
                                   "losses.csv",
                                   &curves,
                                   &error));
        QVERIFY2(error.contains("line 2:") && error.contains("iteration"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPredictionsCsv)
#include "test_predictions_csv.moc"
