// SPDX-License-Identifier: GPL-3.0-or-later
// View > Statistics...: the numbers of one video and of the pooled selection against values worked
// out by hand, time bins, agreement of two annotators, the refresh after an edit, and the export
// (every plot as PNG/PDF/SVG + CSV, statistics.csv with the pooled rows; a read-only folder is
// reported).
#include "behaviors/BehaviorSet.h"
#include "project/Document.h"
#include "project/ProjectSetup.h"
#include "statistics/StatisticsDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <QCryptographicHash>

using namespace ethoscribe;

namespace {

constexpr BehaviorId kDrink = 1, kEat = 2, kGroom = 3, kWalk = 8;

VideoRecord record(const QString &path, qint64 frames)
{
    VideoRecord v;
    v.path = path;
    v.frameCount = frames;
    v.fpsNum = 10;
    v.fpsDen = 1;
    v.width = 64;
    v.height = 48;
    v.durationSeconds = double(frames) / 10.0;
    v.contentHash = QString::fromLatin1(
            QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex());
    return v;
}

} // namespace

class TestStatisticsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Document m_doc;
    VideoId m_a = 0, m_b = 0;
    TrackId m_aliceA = 0, m_aliceB = 0, m_bobA = 0;

    static QString text(QTableWidget *table, int row, int column)
    {
        QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }
    static int rowOf(QTableWidget *table, const QString &behavior)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (text(table, r, 0) == behavior)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(ProjectSetup::createProject(
                         m_doc, m_dir.filePath(QStringLiteral("s.ethoproj")), &error),
                 qPrintable(error));
        m_a = *m_doc.addVideo(record(m_dir.filePath(QStringLiteral("a.mp4")), 100));
        m_b = *m_doc.addVideo(record(m_dir.filePath(QStringLiteral("b.mp4")), 60));
        m_aliceA = *m_doc.addManualTrack(m_a, QStringLiteral("alice"));
        m_aliceB = *m_doc.addManualTrack(m_b, QStringLiteral("alice"));
        m_bobA = *m_doc.addManualTrack(m_a, QStringLiteral("bob"));
        // Video a (100 frames at 10 fps): drink 0-19, eat 20-49, drink 50-59, unlabeled 60-99.
        QVERIFY2(m_doc.assign(m_aliceA, 0, 20, kDrink), qPrintable(m_doc.errorString()));
        QVERIFY(m_doc.assign(m_aliceA, 20, 50, kEat));
        QVERIFY(m_doc.assign(m_aliceA, 50, 60, kDrink));
        // Video b (60 frames): walk 10-39 (latency 1 s), drink 40-59.
        QVERIFY(m_doc.assign(m_aliceB, 10, 40, kWalk));
        QVERIFY(m_doc.assign(m_aliceB, 40, 60, kDrink));
        // Bob on video a: like alice except frames 20-29 as groom (10 of 60 frames differ).
        QVERIFY(m_doc.assign(m_bobA, 0, 20, kDrink));
        QVERIFY(m_doc.assign(m_bobA, 20, 30, kGroom));
        QVERIFY(m_doc.assign(m_bobA, 30, 50, kEat));
        QVERIFY(m_doc.assign(m_bobA, 50, 60, kDrink));
    }

    void pooledAndPerVideo()
    {
        StatisticsDialog dialog(&m_doc, {});
        dialog.setTrack(QStringLiteral("alice"));
        QCOMPARE(dialog.statistics().size(), 2);
        // Pooled by hand: labeled 60 + 50 = 110 of 160 frames. drink: 20 + 10 + 20 = 50 frames,
        // 5 s, 3 bouts (20, 10, 20 frames: mean 5/3 s, median 2 s), 45.45 % of labeled; latency:
        // a at 0 s, b at 4 s -> mean 2 s. eat: 30 frames, 1 bout; walk: 30 frames, latency 1 s.
        const TrackStatistics &pooled = dialog.pooledStatistics();
        QCOMPARE(pooled.frameCount, qint64(160));
        QCOMPARE(pooled.labeledFrames, qint64(110));
        QCOMPARE(pooled.fps, 10.0);
        const BehaviorBudget *drink = pooled.budget(kDrink);
        QVERIFY(drink);
        QCOMPARE(drink->frames, qint64(50));
        QCOMPARE(drink->boutCount, 3);
        QCOMPARE(drink->seconds, 5.0);
        QVERIFY(qAbs(drink->meanBoutSeconds - 5.0 / 3.0) < 1e-9);
        QCOMPARE(drink->medianBoutSeconds, 2.0);
        QVERIFY(qAbs(drink->percentOfLabeled - 100.0 * 50 / 110) < 1e-9);
        QCOMPARE(drink->latencySeconds, 2.0);
        QCOMPARE(pooled.budget(kWalk)->latencySeconds, 1.0);
        QCOMPARE(pooled.budget(kGroom)->latencyFrames, qint64(-1));
        // Transitions: a drink->eat, eat->drink; b walk->drink.
        const TransitionMatrix &m = pooled.transitions;
        QCOMPARE(m.total(), qint64(3));
        QCOMPARE(m.counts[m.behaviors.indexOf(kDrink)][m.behaviors.indexOf(kEat)], qint64(1));
        QCOMPARE(m.probabilities[m.behaviors.indexOf(kWalk)][m.behaviors.indexOf(kDrink)], 1.0);

        // The table shows the pooled selection first, then one video.
        QTableWidget *table = dialog.table();
        int r = rowOf(table, QStringLiteral("drink"));
        QVERIFY(r >= 0);
        QCOMPARE(text(table, r, 1), QStringLiteral("50"));
        QCOMPARE(text(table, r, 4), QStringLiteral("3"));
        dialog.showEntry(2); // b.mp4
        r = rowOf(table, QStringLiteral("drink"));
        QCOMPARE(text(table, r, 1), QStringLiteral("20"));
        QCOMPARE(text(table, r, 4), QStringLiteral("1"));
        QCOMPARE(text(table, r, 7), QLocale().toString(4.0, 'f', 2));

        // Only video a.
        dialog.setSelectedVideos({m_a});
        QCOMPARE(dialog.statistics().size(), 1);
        QCOMPARE(dialog.pooledStatistics().budget(kDrink)->frames, qint64(30));
    }

    void timeBins()
    {
        StatisticsDialog dialog(&m_doc, {m_b});
        dialog.setTrack(QStringLiteral("alice"));
        dialog.setBinSeconds(3.0); // 30 frames: [0,30) walk 20 frames, [30,60) walk 10 + drink 20
        QCOMPARE(dialog.statistics().size(), 1);
        const QVector<TimeBin> &bins = dialog.statistics().first().bins;
        QCOMPARE(bins.size(), 2);
        QCOMPARE(bins[0].stats.budget(kWalk)->frames, qint64(20));
        QCOMPARE(bins[1].stats.budget(kWalk)->frames, qint64(10));
        QCOMPARE(bins[1].stats.budget(kDrink)->frames, qint64(20));
        dialog.showEntry(1);
        QCOMPARE(dialog.binTable()->rowCount(), 2);
    }

    void agreement()
    {
        StatisticsDialog dialog(&m_doc, {});
        dialog.setTrack(QStringLiteral("alice"));
        dialog.setCompareTrack(QStringLiteral("bob"));
        // Only video a has bob: agreement on 50 of 60 frames compared.
        QCOMPARE(dialog.agreements().size(), 2);
        const AgreementStatistics &a = dialog.agreements().first();
        QCOMPARE(a.comparedFrames, qint64(60));
        QCOMPARE(a.agreeingFrames, qint64(50));
        QCOMPARE(dialog.agreements().at(1).comparedFrames, qint64(0));
        QCOMPARE(text(dialog.agreementTable(), 0, 1), QStringLiteral("60"));
    }

    void followsEdits()
    {
        StatisticsDialog dialog(&m_doc, {m_a});
        dialog.setTrack(QStringLiteral("alice"));
        QCOMPARE(dialog.pooledStatistics().labeledFrames, qint64(60));
        QVERIFY(m_doc.assign(m_aliceA, 60, 70, kGroom));
        QTRY_COMPARE(dialog.pooledStatistics().labeledFrames, qint64(70));
        QVERIFY(m_doc.undoStack()->canUndo());
        m_doc.undoStack()->undo();
        QTRY_COMPARE(dialog.pooledStatistics().labeledFrames, qint64(60));
    }

    void exportFiles()
    {
        StatisticsDialog dialog(&m_doc, {});
        dialog.setTrack(QStringLiteral("alice"));
        dialog.setCompareTrack(QStringLiteral("bob"));
        dialog.setBinSeconds(3.0);
        const QString out = m_dir.filePath(QStringLiteral("export"));
        QString error;
        QStringList written;
        QVERIFY2(dialog.exportTo(out, &error, &written), qPrintable(error));
        for (const QString &name : {QStringLiteral("ethogram"),
                                    QStringLiteral("time_budget"),
                                    QStringLiteral("transitions_a"),
                                    QStringLiteral("behavior_over_time_b")}) {
            for (const QString &ext : {QStringLiteral(".png"),
                                       QStringLiteral(".pdf"),
                                       QStringLiteral(".svg"),
                                       QStringLiteral(".csv")}) {
                QFile f(QDir(out).filePath(name + ext));
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                const QByteArray head = f.read(8);
                if (ext == QLatin1String(".png"))
                    QVERIFY(head.startsWith("\x89PNG"));
                else if (ext == QLatin1String(".pdf"))
                    QVERIFY(head.startsWith("%PDF"));
                else
                    QVERIFY(!head.isEmpty());
            }
        }
        QFile stats(QDir(out).filePath(QStringLiteral("statistics.csv")));
        QVERIFY(stats.open(QIODevice::ReadOnly));
        const QByteArray csv = stats.readAll();
        QVERIFY(csv.startsWith("video,track,bin_start_s,bin_end_s,behavior,frames,seconds,"));
        QVERIFY2(csv.contains("\n(pooled),alice,all,all,drink,50,5.0000,45.4545,3,1.6667,2.0000\n"),
                 csv.constData());
        QFile agreement(QDir(out).filePath(QStringLiteral("agreement.csv")));
        QVERIFY(agreement.open(QIODevice::ReadOnly));
        QVERIFY(agreement.readAll().contains(",alice,bob,60,0.833333,"));

        // A folder that cannot be made is reported in words (a file stands where it would go;
        // this holds for root too, unlike a read-only folder).
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        error.clear();
        QVERIFY(!dialog.exportTo(QDir(blocker.fileName()).filePath(QStringLiteral("out")), &error));
        QVERIFY2(error.contains(QStringLiteral("Could not create the folder")), qPrintable(error));
    }

    // The lists of videos and tracks follow the document while the dialog is open; what was
    // chosen stays chosen.
    void followsNewTracksAndVideos()
    {
        StatisticsDialog dialog(&m_doc, {});
        dialog.setTrack(QStringLiteral("bob"));
        dialog.setCompareTrack(QStringLiteral("alice"));
        QCOMPARE(dialog.trackChoices(),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QVERIFY(m_doc.addManualTrack(m_b, QStringLiteral("carol")));
        QCOMPARE(dialog.trackChoices(),
                 (QStringList{
                         QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
        QTRY_COMPARE(dialog.statistics().size(), 1); // bob labeled video a only
        QCOMPARE(dialog.statistics().first().track, QStringLiteral("bob"));
        QCOMPARE(dialog.agreements().size(), 1);
        QCOMPARE(dialog.agreements().first().comparedFrames, qint64(60));

        // A video added while every video is chosen is chosen too.
        QCOMPARE(dialog.selectedVideos().size(), 2);
        const std::optional<VideoId> c
                = m_doc.addVideo(record(m_dir.filePath(QStringLiteral("c.mp4")), 30));
        QVERIFY(c);
        QCOMPARE(dialog.selectedVideos(), (QVector<VideoId>{m_a, m_b, *c}));
        QVERIFY(m_doc.addManualTrack(*c, QStringLiteral("bob")));
        QVERIFY(m_doc.assign(m_doc.manualTrack(*c, QStringLiteral("bob"))->id, 0, 30, kEat));
        QTRY_COMPARE(dialog.statistics().size(), 2);
        QCOMPARE(dialog.pooledStatistics().budget(kEat)->frames, qint64(20 + 30));
    }

    // The track "fused" is the models' fused prediction at the window's fusion parameters, read
    // from the project in the background; it follows the parameters and new predictions, and
    // serves as the track to compare with.
    void fusedPrediction()
    {
        const QStringList classes = BehaviorSet::jhuangDefault().names();
        PredictionTrack rgb(100, classes), flow(100, classes);
        for (int f = 0; f < 100; ++f) {
            rgb.setProbability(f, f < 50 ? 0 : 7, 1.0f); // drink, then walk
            flow.setProbability(f, 1, 1.0f);             // eat
        }
        // "fused" is offered once the first predictions are there.
        StatisticsDialog before(&m_doc, {m_a});
        QVERIFY(!before.trackChoices().contains(QStringLiteral("fused")));
        QVERIFY(m_doc.addPredictionTrack(
                m_a, TrackKind::Prediction, QStringLiteral("i3d"), QStringLiteral("rgb"), rgb));
        QVERIFY(m_doc.addPredictionTrack(
                m_a, TrackKind::Prediction, QStringLiteral("i3d"), QStringLiteral("flow"), flow));
        QVERIFY(before.trackChoices().contains(QStringLiteral("fused")));
        FusionParameters params; // RGB 0.4: flow's eat everywhere
        StatisticsDialog dialog(&m_doc, {m_a}, nullptr, params);
        QSignalSpy ready(&dialog, &StatisticsDialog::fusedReady);
        dialog.setTrack(QStringLiteral("fused"));
        QVERIFY(dialog.isFusing());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(dialog.statistics().size(), 1);
        QCOMPARE(dialog.statistics().first().track, QStringLiteral("fused"));
        QCOMPARE(dialog.pooledStatistics().budget(kEat)->frames, qint64(100));

        // The RGB slider to 0.8: read again once it rests.
        params.rgbWeight = 0.8;
        dialog.setFusionParameters(params);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(dialog.pooledStatistics().budget(kDrink)->frames, qint64(50));
        QCOMPARE(dialog.pooledStatistics().budget(kWalk)->frames, qint64(50));
        QCOMPARE(dialog.pooledStatistics().budget(kEat)->frames, qint64(0));

        // Alice against the fused prediction: drink agrees on frames 0-19 of the 60 she labeled.
        dialog.setTrack(QStringLiteral("alice"));
        dialog.setCompareTrack(QStringLiteral("fused"));
        QTRY_VERIFY(!dialog.isFusing());
        QCOMPARE(dialog.agreements().size(), 1);
        QCOMPARE(dialog.agreements().first().comparedFrames, qint64(60));
        QCOMPARE(dialog.agreements().first().agreeingFrames, qint64(20));

        // New rows of a stream: that video's fused prediction is read again.
        QVector<float> eatRows(20 * classes.size(), 0.0f);
        for (int f = 0; f < 20; ++f)
            eatRows[f * classes.size() + 1] = 1.0f;
        const TrackRecord *rgbTrack
                = m_doc.predictionTrack(m_a, QStringLiteral("i3d"), QStringLiteral("rgb"));
        QVERIFY(m_doc.setPredictionRows(rgbTrack->id, 0, 20, eatRows.constData()));
        QTRY_COMPARE(dialog.agreements().first().agreeingFrames, qint64(0));
    }
};

QTEST_MAIN(TestStatisticsDialog)
#include "test_statistics_dialog.moc"
