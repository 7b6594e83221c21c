// SPDX-License-Identifier: GPL-3.0-or-later
// The memory a process may use (physical memory, or a control group's limit), which decides how
// much of a training run's frames stay in memory.
#include "common/SystemMemory.h"

#include <QtTest>

#include <unistd.h>

using namespace ethoscribe;

class TestSystemMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cgroupLimits_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("v2 none") << QByteArray("max\n") << qint64(-1);
        QTest::newRow("v2 8 GiB") << QByteArray("8589934592\n") << qint64(8589934592);
        QTest::newRow("v1 none") << QByteArray("9223372036854771712\n") << qint64(-1);
        QTest::newRow("v1 2 GB") << QByteArray("2000000000") << qint64(2000000000);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("lots") << qint64(-1);
        QTest::newRow("zero") << QByteArray("0\n") << qint64(-1);
    }
    void cgroupLimits()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, limit);
        QCOMPARE(parseCgroupLimit(text), limit);
    }

    void usableIsAtMostPhysical()
    {
        const qint64 physical = qint64(sysconf(_SC_PHYS_PAGES)) * qint64(sysconf(_SC_PAGESIZE));
        const qint64 usable = usableMemoryBytes();
        QVERIFY(usable > 0);
        QVERIFY(usable <= physical);
    }

    void sizesInWords()
    {
        QCOMPARE(formatBytes(812000000), QStringLiteral("812.0 MB"));
        QCOMPARE(formatBytes(qint64(3400000000)), QStringLiteral("3.4 GB"));
    }
};

QTEST_GUILESS_MAIN(TestSystemMemory)
#include "test_system_memory.moc"
