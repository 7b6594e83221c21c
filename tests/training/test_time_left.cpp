// SPDX-License-Identifier: GPL-3.0-or-later
// core/common/TimeLeft: the estimate of a job's time left (Retrain's progress), against hand-
// computed examples, and its wording.
#include "common/TimeLeft.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace ethoscribe;

class TestTimeLeft : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private Q_SLOTS:
    void initTestCase()
    {
#ifdef ETHOSCRIBE_EN_QM
        QVERIFY(m_english.load(QStringLiteral(ETHOSCRIBE_EN_QM)));
        QCoreApplication::installTranslator(&m_english);
#endif
    }

    void estimates_data()
    {
        QTest::addColumn<QList<double>>("fractions");
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QList<int>>("anchor"); // empty: the first sample; {1}: before moving
        QTest::addColumn<qint64>("expected");
        // 10% in 60 s from 0: 90% at the same rate is 540 s.
        QTest::newRow("steady") << QList<double>{0.0, 0.05, 0.10} << QList<qint64>{0, 30000, 60000}
                                << QList<int>{} << qint64(540000);
        // A resumed run first seen at 50%: only what moved since counts (10% in 100 s).
        QTest::newRow("resumed") << QList<double>{0.5, 0.6} << QList<qint64>{1000000, 1100000}
                                 << QList<int>{} << qint64(400000);
        // A slow start (optical flow before the first training step, 5 minutes here) counts
        // with the first sample as anchor, not with the last sample before moving.
        QTest::newRow("slow start, first sample")
                << QList<double>{0.0, 0.0, 0.2} << QList<qint64>{0, 300000, 340000} << QList<int>{}
                << qint64(1360000);
        QTest::newRow("slow start, before moving")
                << QList<double>{0.0, 0.0, 0.2} << QList<qint64>{0, 300000, 340000} << QList<int>{1}
                << qint64(160000);
        // Once moved, a pause counts in both (the job is slower than it looked).
        QTest::newRow("pause after moving")
                << QList<double>{0.0, 0.1, 0.1, 0.2} << QList<qint64>{0, 30000, 90000, 120000}
                << QList<int>{1} << qint64(480000);
        QTest::newRow("too soon") << QList<double>{0.0, 0.5} << QList<qint64>{0, 19999}
                                  << QList<int>{} << qint64(-1);
        QTest::newRow("not moved") << QList<double>{0.3, 0.3} << QList<qint64>{0, 600000}
                                   << QList<int>{} << qint64(-1);
        QTest::newRow("done") << QList<double>{0.3, 1.0} << QList<qint64>{0, 1000} << QList<int>{}
                              << qint64(0);
        QTest::newRow("nothing") << QList<double>{} << QList<qint64>{} << QList<int>{}
                                 << qint64(-1);
        // Going backwards (a run started over) starts the estimate over.
        QTest::newRow("started over")
                << QList<double>{0.0, 0.5, 0.1, 0.2} << QList<qint64>{0, 30000, 40000, 80000}
                << QList<int>{} << qint64(320000);
        // Out of range and NaN fractions: clamped, ignored.
        QTest::newRow("clamped") << QList<double>{-1.0, qQNaN(), 0.25}
                                 << QList<qint64>{0, 10, 30000} << QList<int>{} << qint64(90000);
    }
    void estimates()
    {
        QFETCH(QList<double>, fractions);
        QFETCH(QList<qint64>, times);
        QFETCH(QList<int>, anchor);
        QFETCH(qint64, expected);
        TimeLeftEstimate e(anchor.isEmpty() ? TimeLeftEstimate::Anchor::FirstSample
                                            : TimeLeftEstimate::Anchor::LastBeforeMoving);
        for (int i = 0; i < fractions.size(); ++i)
            e.update(fractions[i], times[i]);
        QCOMPARE(e.remainingMs(), expected);
        e.start();
        QCOMPARE(e.remainingMs(), qint64(-1));
    }

    void words_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << qint64(-1) << QString();
        QTest::newRow("0") << qint64(0) << QStringLiteral("less than a minute left");
        QTest::newRow("29 s") << qint64(29000) << QStringLiteral("less than a minute left");
        QTest::newRow("31 s") << qint64(31000) << QStringLiteral("about 1 minute left");
        QTest::newRow("5 min") << qint64(300000) << QStringLiteral("about 5 minutes left");
        QTest::newRow("59 min") << qint64(59 * 60000) << QStringLiteral("about 59 minutes left");
        QTest::newRow("60 min") << qint64(3600000) << QStringLiteral("about 1 hour left");
        QTest::newRow("1 h 14") << qint64(74 * 60000)
                                << QStringLiteral("about 1 hour 10 minutes left");
        QTest::newRow("1 h 56") << qint64(116 * 60000) << QStringLiteral("about 2 hours left");
        QTest::newRow("3 h 25") << qint64(205 * 60000)
                                << QStringLiteral("about 3 hours 30 minutes left");
    }
    void words()
    {
#ifndef ETHOSCRIBE_EN_QM
        QSKIP("No English plural forms were built (Qt LinguistTools missing)");
#endif
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(TimeLeftEstimate::describe(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestTimeLeft)
#include "test_time_left.moc"
