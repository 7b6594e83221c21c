// SPDX-License-Identifier: GPL-3.0-or-later
// CvPlots::writeAll: every figure is written offscreen as PNG, PDF and SVG, each file parses, and
// no temporary file is left behind.
#include "EvalTestUtil.h"

#include "eval/CvEvaluation.h"
#include "plots/CvPlots.h"
#include "plots/QCustomPlotHeader.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ethoscribe;
using namespace evaltest;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::vector<LossCurve> lossCurves()
{
    std::vector<LossCurve> curves;
    for (const QString &model : eval::networkNames()) {
        for (const QString &stream : eval::streamNames()) {
            for (int fold = 0; fold < 3; ++fold) {
                LossCurve c;
                c.fold = fold;
                c.model = model;
                c.stream = stream;
                for (int i = 0; i < 50; ++i) {
                    c.iterations.push_back(10 * i);
                    c.losses.push_back(2.0 / (1.0 + 0.1 * i) + 0.05 * fold);
                    c.learningRates.push_back(1e-3);
                }
                curves.push_back(c);
            }
        }
    }
    return curves;
}

} // namespace

class TestCvPlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeAll()
    {
        QRandomGenerator rng(23);
        const std::vector<HeldOutPredictions> videos{randomVideo(rng, "a", 0, 200, 4),
                                                     randomVideo(rng, "b", 1, 150, 4),
                                                     randomVideo(rng, "c", 2, 100, 4)};
        QString error;
        const CvEvaluation e = CvEvaluation::evaluate(fourClasses(), videos, &error);
        QVERIFY2(!e.isEmpty(), qPrintable(error));

        QTemporaryDir dir;
        QStringList written;
        QVERIFY2(CvPlots::writeAll(dir.path(), e, lossCurves(), &error, &written),
                 qPrintable(error));

        // The figures expected: Fig. 7 per model, confusion matrices of each model at its best
        // weight and of each network's streams alone, Fig. 10, and one loss plot per network
        // and stream.
        QSet<QString> stems{"behavior_accuracy_i3d",
                            "behavior_accuracy_r2plus1d",
                            "behavior_accuracy_both",
                            "fusion_accuracy"};
        for (const QString &model : e.models()) {
            stems << QStringLiteral("confusion_%1_%2")
                             .arg(model, CvEvaluation::weightText(e.bestWeight(model)));
            if (model != QLatin1String("both")) {
                stems << QStringLiteral("confusion_%1_0.0").arg(model)
                      << QStringLiteral("confusion_%1_1.0").arg(model);
            }
        }
        for (const QString &model : eval::networkNames()) {
            for (const QString &stream : eval::streamNames())
                stems << QStringLiteral("training_loss_%1_%2").arg(model, stream);
        }
        const QDir plots(dir.filePath("plots"));
        // Everything in plots/ (hidden files included: no ".name.part" left) was reported.
        const QStringList files = plots.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(files.size(), stems.size() * 3);
        QCOMPARE(written.size(), files.size());

        for (const QString &stem : std::as_const(stems)) {
            const QByteArray png = readAll(plots.filePath(stem + ".png"));
            QVERIFY2(png.startsWith("\x89PNG\r\n\x1a\n"), qPrintable(stem));
            const QImage image = QImage::fromData(png, "PNG");
            QVERIFY2(!image.isNull(), qPrintable(stem));
            // Something was drawn: more than a handful of distinct colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 4, qPrintable(stem));

            const QByteArray pdf = readAll(plots.filePath(stem + ".pdf"));
            QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(stem));
            QVERIFY2(pdf.trimmed().endsWith("%%EOF"), qPrintable(stem));

            const QByteArray svg = readAll(plots.filePath(stem + ".svg"));
            QXmlStreamReader xml(svg);
            int elements = 0;
            QString root;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (root.isEmpty())
                        root = xml.name().toString();
                    ++elements;
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(stem + ": " + xml.errorString()));
            QCOMPARE(root, QStringLiteral("svg"));
            QVERIFY2(elements > 20, qPrintable(stem));
        }
        QCOMPARE(QImage(plots.filePath("behavior_accuracy_i3d.png")).size(), QSize(900, 560));
    }

    void confusionCellsShowCountsAndPercent()
    {
        // One recording, I3D RGB only: truth A A A B, predicted A A B B.
        HeldOutPredictions v;
        v.video = "v";
        v.truth = {0, 0, 0, 1};
        v.probabilities["i3d/rgb"] = peakedProbabilities({0, 0, 1, 1}, 2);
        QString error;
        const CvEvaluation e = CvEvaluation::evaluate({"A", "B"}, {v}, &error);
        QVERIFY2(!e.isEmpty(), qPrintable(error));
        QCustomPlot plot;
        plot.resize(500, 400);
        CvPlots::fillConfusion(&plot, e, "i3d", 1.0);
        QStringList texts;
        for (int i = 0; i < plot.itemCount(); ++i) {
            if (auto *t = qobject_cast<QCPItemText *>(plot.item(i)))
                texts << t->text();
        }
        QCOMPARE(texts, (QStringList{"2\n66.7%", "1\n33.3%", "0\n0.0%", "1\n100.0%"}));
        auto *map = qobject_cast<QCPColorMap *>(plot.plottable(0));
        QVERIFY(map);
        QVERIFY(qAbs(map->data()->cell(0, 0) - 2.0 / 3) < 1e-12); // row-normalised
        QVERIFY(qAbs(map->data()->cell(1, 1) - 1.0) < 1e-12);
    }
};

QTEST_MAIN(TestCvPlots)
#include "test_cv_plots.moc"
