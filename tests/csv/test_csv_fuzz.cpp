// SPDX-License-Identifier: GPL-3.0-or-later
// Randomly mutated label files (byte flips, truncations, line swaps, duplications, deletions):
// an import never crashes and is either complete and consistent or a located error.
#include "CsvTestUtil.h"

#include "io/LabelExport.h"
#include "io/LabelImport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ethoscribe;

class TestCsvFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<int>("count");
        QTest::newRow("BORIS 8") << "boris_v8_mouse01.csv" << qint64(600) << 3000;
        QTest::newRow("BORIS 7") << "boris_v7_mouse02.tsv" << qint64(300) << 3000;
        QTest::newRow("DeepEthogram") << "deepethogram_mouse03_labels.csv" << qint64(50) << 3000;
        QTest::newRow("ethogram") << "export_expected_ethogram_probabilities.csv" << qint64(16)
                                  << 3000;
        QTest::newRow("bouts") << "export_input_bouts.csv" << qint64(16) << 3000;
    }
    void mutations()
    {
        QFETCH(QString, file);
        QFETCH(qint64, frames);
        QFETCH(int, count);
        const QByteArray original = readCsvGolden(file);
        QVERIFY(!original.isEmpty());
        BehaviorSet set = BehaviorSet::jhuangDefault();
        set.rename(3, QStringLiteral("groom, \"face\""));
        LabelImportOptions options;
        options.frameCount = frames;
        QRandomGenerator rng(qHash(file));
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < count; ++i) {
            QByteArray data = original;
            const int steps = rng.bounded(1, 4);
            for (int s = 0; s < steps; ++s)
                data = mutate(data, rng);
            options.frameCount = rng.bounded(4) == 0 ? -1 : frames;
            const auto format = LabelFileFormat(rng.bounded(5)); // Auto and every format
            const LabelImportResult result
                    = LabelImport::importData(data, file, format, set, options);
            if (result.ok) {
                ++accepted;
                QVERIFY(result.error.isEmpty());
                if (options.frameCount >= 0)
                    QCOMPARE(result.track.frameCount(), frames);
                QVERIFY(result.track.labeledFrames() <= result.track.frameCount());
                for (const Bout &b : result.track.bouts())
                    QVERIFY(b.start >= 0 && b.end <= result.track.frameCount() && b.length() > 0);
            } else {
                ++rejected;
                QVERIFY(!result.error.isEmpty());
                QVERIFY(result.error.contains(file));
                QVERIFY(!result.errorReason.isEmpty());
                QVERIFY(result.errorLine >= 0);
                QVERIFY(result.errorLine <= data.count('\n') + data.count('\r') + 1);
                QCOMPARE(result.track.frameCount(), 0);
            }
        }
        qInfo("%s: %d accepted, %d rejected", qPrintable(file), accepted, rejected);
        QVERIFY(rejected > 0);
    }

private:
    static QByteArray mutate(QByteArray data, QRandomGenerator &rng)
    {
        if (data.isEmpty())
            return data;
        switch (rng.bounded(7)) {
        case 0: // flip a byte
            data[rng.bounded(data.size())] = char(rng.bounded(256));
            break;
        case 1: // truncate
            data.truncate(rng.bounded(data.size()));
            break;
        case 2: { // swap two lines
            QList<QByteArray> lines = data.split('\n');
            if (lines.size() > 2)
                lines.swapItemsAt(rng.bounded(lines.size()), rng.bounded(lines.size()));
            data = lines.join('\n');
            break;
        }
        case 3: { // duplicate a line
            QList<QByteArray> lines = data.split('\n');
            const int i = rng.bounded(lines.size());
            lines.insert(i, lines[i]);
            data = lines.join('\n');
            break;
        }
        case 4: { // delete a line
            QList<QByteArray> lines = data.split('\n');
            lines.removeAt(rng.bounded(lines.size()));
            data = lines.join('\n');
            break;
        }
        case 5: // insert a special character
            data.insert(rng.bounded(data.size() + 1), "\",;\t\r\n\xC3\xFF"[rng.bounded(8)]);
            break;
        case 6: // change a digit
            for (int tries = 0; tries < 20; ++tries) {
                const int at = rng.bounded(data.size());
                if (data[at] >= '0' && data[at] <= '9') {
                    data[at] = char('0' + rng.bounded(10));
                    if (rng.bounded(3) == 0)
                        data.insert(at, "9");
                    break;
                }
            }
            break;
        }
        return data;
    }
};

QTEST_GUILESS_MAIN(TestCsvFuzz)
#include "test_csv_fuzz.moc"
