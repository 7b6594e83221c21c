// SPDX-License-Identifier: GPL-3.0-or-later
// CSV exchange: golden files for every format, round trips, number formatting under a German
// locale, and every kind of malformed input (file name + line + reason in the message).
#include "CsvTestUtil.h"

#include "io/CsvFormat.h"
#include "io/LabelExport.h"
#include "io/LabelImport.h"

#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>

using namespace ethoscribe;

namespace {

// The expected files are written by golden/reference.py, independently of the code under test
// (never from this test's output); the CTest csv_golden_reference checks them against it.
void compareGolden(const QByteArray &actual, const QString &name)
{
    const QByteArray expected = readCsvGolden(name);
    QVERIFY2(!expected.isEmpty(), qPrintable("missing golden file " + name));
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
            const QByteArray la = a.value(i);
            const QByteArray le = e.value(i);
            if (la != le)
                QFAIL(qPrintable(
                        QStringLiteral("%1 differs at line %2:\n actual:   %3\n expected: %4")
                                .arg(name)
                                .arg(i + 1)
                                .arg(QString::fromUtf8(la), QString::fromUtf8(le))));
        }
    }
}

BehaviorSet goldenSet()
{
    BehaviorSet set = BehaviorSet::jhuangDefault();
    set.rename(3, QStringLiteral("groom, \"face\""));
    return set;
}

// Deterministic probabilities for the golden export: frame f favours class f % 8.
PredictionTrack goldenPredictions(qint64 frames)
{
    PredictionTrack p(frames, BehaviorSet::jhuangDefault().names());
    for (qint64 f = 0; f < frames; ++f) {
        if (f == 3)
            continue; // a frame that was not predicted
        for (int c = 0; c < 8; ++c)
            p.setProbability(f, c, c == f % 8 ? 0.65f : 0.05f);
    }
    return p;
}

LabelTrack randomTrack(QRandomGenerator &rng, qint64 frames, const BehaviorSet &set)
{
    LabelTrack track(frames);
    const int edits = frames ? rng.bounded(1, 40) : 0;
    for (int i = 0; i < edits; ++i) {
        const qint64 start = rng.bounded(int(frames));
        const qint64 length = rng.bounded(1, int(std::max<qint64>(2, frames / 4)));
        const int which = rng.bounded(set.size() + 2);
        track.assign(start, start + length, which < set.size() ? set.at(which).id : kUnlabeled);
    }
    return track;
}

LabelImportOptions optionsFor(qint64 frames, qint64 num = 30, qint64 den = 1)
{
    LabelImportOptions options;
    options.frameCount = frames;
    options.fpsNumerator = num;
    options.fpsDenominator = den;
    return options;
}

} // namespace

class TestCsvExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Numbers must not follow the locale: run everything under a German locale, where the
        // decimal separator is ','.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_cLocaleSet = std::setlocale(LC_ALL, "de_DE.UTF-8") != nullptr;
        if (!m_cLocaleSet)
            m_cLocaleSet = std::setlocale(LC_ALL, "de_DE.utf8") != nullptr;
        if (!m_cLocaleSet)
            qInfo("de_DE.UTF-8 C locale not installed; testing with QLocale::setDefault(German) "
                  "only");
    }
    void cleanupTestCase()
    {
        QLocale::setDefault(QLocale::c());
        std::setlocale(LC_ALL, "C");
    }

    void numberFormatting_data()
    {
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << qint64(0) << qint64(30) << QByteArray("0.000000");
        QTest::newRow("1/30") << qint64(1) << qint64(30) << QByteArray("0.033333");
        QTest::newRow("2/3 rounds up") << qint64(2) << qint64(3) << QByteArray("0.666667");
        QTest::newRow("ntsc frame 1") << qint64(1001) << qint64(30000) << QByteArray("0.033367");
        QTest::newRow("half up") << qint64(1) << qint64(2000000) << QByteArray("0.000001");
        QTest::newRow("whole") << qint64(1130000) << qint64(30) << QByteArray("37666.666667");
        QTest::newRow("negative") << qint64(-3) << qint64(2) << QByteArray("-1.500000");
    }
    void numberFormatting()
    {
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(QByteArray, expected);
        QByteArray out;
        csv::appendFraction(out, num, den, 6);
        QCOMPARE(out, expected);
        // The German default locale would write "0,033333".
        QVERIFY(!QLocale().toString(0.5).contains(QLatin1Char('.')));
    }

    void numberParsing()
    {
        QCOMPARE(csv::parseInteger(u" 42 "), std::optional<qint64>(42));
        QCOMPARE(csv::parseInteger(u"-7"), std::optional<qint64>(-7));
        QVERIFY(!csv::parseInteger(u"4 2"));
        QVERIFY(!csv::parseInteger(u"1e3"));
        QVERIFY(!csv::parseInteger(u""));
        QVERIFY(!csv::parseInteger(u"99999999999999999999"));
        QCOMPARE(*csv::parseReal(u"3.367"), 3.367);
        QCOMPARE(*csv::parseReal(u".5"), 0.5);
        QVERIFY(!csv::parseReal(u"3,367"));
        QCOMPARE(*csv::parseReal(u"3,367", true), 3.367);
        QVERIFY(!csv::parseReal(u"NaN"));
        QVERIFY(!csv::parseReal(u"1.2.3"));
        QVERIFY(!csv::parseReal(u"-"));
    }

    void exportGolden()
    {
        const BehaviorSet set = goldenSet();
        const QByteArray input = readCsvGolden(QStringLiteral("export_input_bouts.csv"));
        LabelImportOptions options = optionsFor(16, 30000, 1001);
        const LabelImportResult imported
                = LabelImport::importData(input,
                                          QStringLiteral("export_input_bouts.csv"),
                                          LabelFileFormat::Auto,
                                          set,
                                          options);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.format, LabelFileFormat::BoutsCsv);
        QVERIFY(imported.unknownNames.isEmpty());

        CsvExportOptions exportOptions;
        exportOptions.fpsNumerator = 30000;
        exportOptions.fpsDenominator = 1001;
        compareGolden(LabelExport::ethogramCsv(imported.track, set, exportOptions),
                      QStringLiteral("export_expected_ethogram.csv"));
        // Our own bout export is the input file again, byte for byte.
        QCOMPARE(LabelExport::boutsCsv(imported.track, set, exportOptions), input);

        const PredictionTrack predictions = goldenPredictions(16);
        exportOptions.probabilities = &predictions;
        compareGolden(LabelExport::ethogramCsv(imported.track, set, exportOptions),
                      QStringLiteral("export_expected_ethogram_probabilities.csv"));
    }

    void importGolden_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("unknown");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("unknownLine"); // first line of the file naming the unknown one
        QTest::newRow("BORIS 8 with image index")
                << "boris_v8_mouse01.csv" << int(LabelFileFormat::BorisTabular) << qint64(600)
                << "boris_v8_mouse01_expected.csv" << QStringList{"sniffing"} << 0 << 8;
        QTest::newRow("BORIS 7 times only, TSV, metadata lines")
                << "boris_v7_mouse02.tsv" << int(LabelFileFormat::BorisTabular) << qint64(300)
                << "boris_v7_mouse02_expected.csv" << QStringList{"Hanging"} << 0 << 23;
        QTest::newRow("DeepEthogram")
                << "deepethogram_mouse03_labels.csv" << int(LabelFileFormat::DeepEthogram)
                << qint64(50) << "deepethogram_mouse03_expected.csv" << QStringList{"sniff"} << 2
                << 32;
    }
    void importGolden()
    {
        QFETCH(QString, input);
        QFETCH(int, format);
        QFETCH(qint64, frames);
        QFETCH(QString, expected);
        QFETCH(QStringList, unknown);
        QFETCH(int, warnings);
        QFETCH(int, unknownLine);
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        const QByteArray data = readCsvGolden(input);
        QCOMPARE(int(LabelImport::detectFormat(data)), format);
        LabelImportOptions options = optionsFor(frames);
        options.nameMapping.insert(QStringLiteral("GROOMING"), 3);
        const LabelImportResult result
                = LabelImport::importData(data, input, LabelFileFormat::Auto, set, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.unknownNames.keys(), unknown);
        QCOMPARE(result.unknownNameLines.keys(), unknown);
        QCOMPARE(result.unknownNameLines.value(unknown.first()), unknownLine);
        QCOMPARE(result.warnings.size(), warnings);
        QCOMPARE(result.track.frameCount(), frames);
        compareGolden(LabelExport::ethogramCsv(result.track, set), expected);

        // The user maps the unknown name to a behavior: the frames come in.
        options.nameMapping.insert(unknown.first(), 4);
        const LabelImportResult mapped
                = LabelImport::importData(data, input, LabelFileFormat::Auto, set, options);
        QVERIFY(mapped.ok);
        QVERIFY(mapped.unknownNames.isEmpty());
        QVERIFY(mapped.track.counts().value(4) > result.track.counts().value(4));
        // ... or chooses to skip it: no report, frames stay unlabeled.
        options.nameMapping.insert(unknown.first(), kUnlabeled);
        const LabelImportResult skipped
                = LabelImport::importData(data, input, LabelFileFormat::Auto, set, options);
        QVERIFY(skipped.ok);
        QVERIFY(skipped.unknownNames.isEmpty());
        QCOMPARE(skipped.track, result.track);
    }

    void borisSelection()
    {
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        QByteArray two = readCsvGolden(QStringLiteral("boris_v8_mouse01.csv"));
        const QList<QByteArray> lines = two.split('\n');
        // Add the same events for a second video.
        for (int i = 1; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                two += QByteArray(lines[i]).replace("mouse01.mp4", "mouse09.mp4") + '\n';
        }
        LabelImportOptions options = optionsFor(600);
        LabelImportResult result = LabelImport::importData(
                two, QStringLiteral("both.csv"), LabelFileFormat::BorisTabular, set, options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("mouse01.mp4") && result.error.contains("mouse09.mp4"),
                 qPrintable(result.error));
        // What to offer the user instead: both media files, in the order of the file.
        QCOMPARE(result.mediaFiles, QStringList({"mouse01.mp4", "mouse09.mp4"}));
        QCOMPARE(result.subjects, QStringList{"No focal subject"});
        options.mediaFile = QStringLiteral("/other/place/MOUSE09.mp4");
        result = LabelImport::importData(
                two, QStringLiteral("both.csv"), LabelFileFormat::BorisTabular, set, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.track.at(100), 8); // walk
        options.mediaFile = QStringLiteral("mouse05.mp4");
        result = LabelImport::importData(
                two, QStringLiteral("both.csv"), LabelFileFormat::BorisTabular, set, options);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains("mouse05.mp4"));
    }

    void borisFpsMismatchWarns()
    {
        // v7 file says 30 fps; a 25 fps video gets a warning and time-based frames.
        const QByteArray data = readCsvGolden(QStringLiteral("boris_v7_mouse02.tsv"));
        const LabelImportResult result
                = LabelImport::importData(data,
                                          QStringLiteral("boris_v7_mouse02.tsv"),
                                          LabelFileFormat::BorisTabular,
                                          BehaviorSet::jhuangDefault(),
                                          optionsFor(300, 25));
        QVERIFY(result.ok);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains("30.00"));
        QCOMPARE(result.track.at(qRound(3.367 * 25) - 1), 1); // drink until 3.367 s
        QCOMPARE(result.track.at(qRound(3.367 * 25)), 8);
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("ntsc");
        QTest::newRow("0 frames") << qint64(0) << 1u << false;
        QTest::newRow("1 frame") << qint64(1) << 2u << false;
        QTest::newRow("2 frames ntsc") << qint64(2) << 3u << true;
        QTest::newRow("977 frames") << qint64(977) << 4u << false;
        QTest::newRow("5000 frames ntsc") << qint64(5000) << 5u << true;
        for (quint32 seed = 10; seed < 30; ++seed)
            QTest::addRow("random %u", seed)
                    << qint64(QRandomGenerator(seed).bounded(1, 3000)) << seed << bool(seed % 2);
    }
    void roundTrip()
    {
        QFETCH(qint64, frames);
        QFETCH(quint32, seed);
        QFETCH(bool, ntsc);
        QRandomGenerator rng(seed);
        BehaviorSet set = BehaviorSet::jhuangDefault();
        set.add(QString::fromUtf8("Körperpflege; \"lang\""));
        const LabelTrack track = randomTrack(rng, frames, set);
        CsvExportOptions exportOptions;
        exportOptions.fpsNumerator = ntsc ? 30000 : 30;
        exportOptions.fpsDenominator = ntsc ? 1001 : 1;
        PredictionTrack predictions(frames, set.names());
        for (qint64 f = 0; f < frames; ++f)
            predictions.setProbability(f, rng.bounded(set.size()), 1.0f);
        exportOptions.probabilities = &predictions;
        const LabelImportOptions options
                = optionsFor(frames, exportOptions.fpsNumerator, exportOptions.fpsDenominator);

        const QByteArray ethogram = LabelExport::ethogramCsv(track, set, exportOptions);
        LabelImportResult back = LabelImport::importData(
                ethogram, QStringLiteral("e.csv"), LabelFileFormat::Auto, set, options);
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.format, LabelFileFormat::EthogramCsv);
        QCOMPARE(back.track, track);
        QVERIFY(back.warnings.isEmpty());

        const QByteArray bouts = LabelExport::boutsCsv(track, set, exportOptions);
        back = LabelImport::importData(
                bouts, QStringLiteral("b.csv"), LabelFileFormat::Auto, set, options);
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.track, track);
        // UTF-8 with BOM and Windows line ends (what spreadsheets save) read the same.
        QByteArray windows = "\xEF\xBB\xBF" + ethogram;
        windows.replace("\n", "\r\n");
        back = LabelImport::importData(
                windows, QStringLiteral("w.csv"), LabelFileFormat::Auto, set, options);
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.track, track);
        // No locale-dependent number anywhere.
        if (frames > 1)
            QVERIFY(ethogram.contains(".0") || ethogram.contains(".3"));
    }

    void unicodeAndUtf16()
    {
        BehaviorSet set = BehaviorSet::jhuangDefault();
        const BehaviorId id = set.add(QString::fromUtf8("Fellpflege (Kopf) – 頭"));
        LabelTrack track(5);
        track.assign(1, 3, id);
        const QByteArray csv = LabelExport::ethogramCsv(track, set);
        QVERIFY(csv.contains("Fellpflege (Kopf) \xE2\x80\x93 \xE9\xA0\xAD"));
        // UTF-16 with a BOM (Excel's "Unicode text") is accepted.
        const QString text = QString::fromUtf8(csv);
        QByteArray utf16("\xFF\xFE", 2);
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const LabelImportResult back = LabelImport::importData(
                utf16, QStringLiteral("u16.csv"), LabelFileFormat::Auto, set, optionsFor(5));
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.track, track);
    }

    void semicolonSpreadsheet()
    {
        // A spreadsheet in a German locale saves ';'-separated files.
        const QByteArray data
                = "frame;time_s;behavior\n0;0,000000;walk\n1;0,033333;\n2;0,066667;Rest\n";
        const LabelImportResult result = LabelImport::importData(data,
                                                                 QStringLiteral("de.csv"),
                                                                 LabelFileFormat::Auto,
                                                                 BehaviorSet::jhuangDefault(),
                                                                 optionsFor(3));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.track.toFrames(), (QVector<BehaviorId>{8, kUnlabeled, 7}));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const int ethogram = int(LabelFileFormat::EthogramCsv);
        const int bouts = int(LabelFileFormat::BoutsCsv);
        const int boris = int(LabelFileFormat::BorisTabular);
        const int deg = int(LabelFileFormat::DeepEthogram);
        const int autoFormat = int(LabelFileFormat::Auto);
        const QByteArray borisHeader
                = "Time,Media file name,FPS,Subject,Behavior,Behavior type,Image index\n";

        QTest::newRow("empty file") << QByteArray() << autoFormat << 1 << "empty";
        QTest::newRow("only blank lines") << QByteArray("\n \r\n\n") << ethogram << 1 << "empty";
        QTest::newRow("unknown format")
                << QByteArray("a,b\n1,2\n") << autoFormat << 1 << "not recognised";
        QTest::newRow("wrong columns") << QByteArray("frame,label\n0,walk\n") << ethogram << 1
                                       << "\"frame\" and \"behavior\"";
        QTest::newRow("bad frame number") << QByteArray("frame,behavior\n0,walk\n1x,walk\n")
                                          << ethogram << 3 << "\"1x\" is not a frame number";
        QTest::newRow("negative frame")
                << QByteArray("frame,behavior\n-1,walk\n") << ethogram << 2 << "negative frame";
        QTest::newRow("frame past end")
                << QByteArray("frame,behavior\n0,walk\n\n100,rest\n") << ethogram << 4
                << "frame 100 is past the end of the video (100 frames";
        QTest::newRow("duplicate frame") << QByteArray("frame,behavior\n5,walk\n5,rest\n")
                                         << ethogram << 3 << "frame 5 appears more than once";
        QTest::newRow("too few fields") << QByteArray("frame,time_s,behavior\n0,0.0\n") << ethogram
                                        << 2 << "expected 3 fields";
        QTest::newRow("unclosed quote") << QByteArray("frame,behavior\n0,\"walk\n1,rest\n")
                                        << ethogram << 2 << "never closed";
        QTest::newRow("stray quote")
                << QByteArray("frame,behavior\n0,wa\"lk\n") << ethogram << 2 << "quote character";
        QTest::newRow("invalid UTF-8") << QByteArray("frame,behavior\n0,walk\n1,gr\xC3\x28om\n")
                                       << ethogram << 3 << "invalid UTF-8";
        QTest::newRow("overlong UTF-8")
                << QByteArray("frame,behavior\n0,\xC0\xAF\n") << ethogram << 2 << "invalid UTF-8";
        QTest::newRow("latin-1 file") << QByteArray("frame,behavior\n0,K\xF6rper\n") << autoFormat
                                      << 2 << "invalid UTF-8";
        QTest::newRow("binary data") << QByteArray("frame,behavior\n0,walk\n\x01\x00\x02", 25)
                                     << ethogram << 3 << "binary";
        {
            const QString text = QStringLiteral("frame,behavior\n0,walk\n");
            QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            QTest::newRow("UTF-16 without BOM") << utf16 << autoFormat << 1 << "UTF-16";
        }
        QTest::newRow("bout end before start")
                << QByteArray("behavior,start_frame,end_frame\nwalk,10,5\n") << bouts << 2
                << "invalid bout";
        QTest::newRow("overlapping bouts")
                << QByteArray("behavior,start_frame,end_frame\nwalk,0,10\nrest,20,30\neat,10,12\n")
                << bouts << 4 << "overlaps the bout on line 2";
        QTest::newRow("bout past end") << QByteArray("behavior,start_frame,end_frame\nwalk,0,100\n")
                                       << bouts << 2 << "past the end";
        QTest::newRow("BORIS no header") << QByteArray("Observation id,x\nTime,Behavior\n1,walk\n")
                                         << boris << 1 << "not a BORIS";
        QTest::newRow("BORIS overlapping states")
                << borisHeader
                           + "0.0,m.mp4,30,,walk,START,0\n1.0,m.mp4,30,,rest,START,30\n"
                             "2.0,m.mp4,30,,walk,STOP,60\n2.0,m.mp4,30,,rest,STOP,60\n"
                << boris << 3
                << "overlapping states: \"rest\" starts while \"walk\" (started on line 2)";
        QTest::newRow("BORIS start twice")
                << borisHeader + "0.0,m.mp4,30,,walk,START,0\n1.0,m.mp4,30,,walk,START,30\n"
                << boris << 3 << "not stopped since line 2";
        QTest::newRow("BORIS stop without start")
                << borisHeader + "0.0,m.mp4,30,,walk,STOP,0\n"
                << boris << 2 << "STOP of \"walk\" without a matching START";
        QTest::newRow("BORIS never stopped") << borisHeader + "0.0,m.mp4,30,,walk,START,0\n"
                                             << boris << 2 << "never stops";
        QTest::newRow("BORIS bad status") << borisHeader + "0.0,m.mp4,30,,walk,BEGIN,0\n"
                                          << boris << 2 << "unknown status \"BEGIN\"";
        QTest::newRow("BORIS bad time") << QByteArray("Time,Behavior,Status\n1.5s,walk,POINT\n")
                                        << boris << 2 << "\"1.5s\" is not a time";
        QTest::newRow("BORIS bad image index") << borisHeader + "0.0,m.mp4,30,,walk,POINT,3.5\n"
                                               << boris << 2 << "\"3.5\" is not a frame index";
        QTest::newRow("BORIS event past end")
                << borisHeader + "0.0,m.mp4,30,,walk,START,0\n9.0,m.mp4,30,,walk,STOP,270\n"
                << boris << 3 << "frame 270 is past the end";
        QTest::newRow("BORIS time past end") << QByteArray("Time,Behavior,Status\n4.0,walk,POINT\n")
                                             << boris << 2 << "frame 120 is past the end";
        QTest::newRow("DeepEthogram two behaviors")
                << QByteArray(",background,walk,rest\n0,1,0,0\n1,0,1,1\n") << deg << 3
                << "more than one behavior is 1 (\"walk\" and \"rest\")";
        QTest::newRow("DeepEthogram bad value")
                << QByteArray(",background,walk\n0,1,0\n1,0,2\n") << deg << 3
                << "\"2\" in column \"walk\" is not 0, 1 or -1";
        QTest::newRow("DeepEthogram gap") << QByteArray(",background,walk\n0,1,0\n2,0,1\n") << deg
                                          << 3 << "expected 1, found 2";
        QTest::newRow("DeepEthogram past end") << QByteArray(",background,walk\n") + [] {
            QByteArray rows;
            for (int i = 0; i <= 100; ++i)
                rows += QByteArray::number(i) + ",1,0\n";
            return rows;
        }() << deg << 102 << "frame 100 is past the end";
        QTest::newRow("DeepEthogram short row")
                << QByteArray(",background,walk\n0,1\n") << deg << 2 << "expected 3 fields";
        QTest::newRow("DeepEthogram only index column")
                << QByteArray("frame\n0\n") << deg << 1 << "at least one behavior";
    }
    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const QString fileName = QStringLiteral("/data/lab/mouse 7/labels.csv");
        const LabelImportResult result = LabelImport::importData(data,
                                                                 fileName,
                                                                 LabelFileFormat(format),
                                                                 BehaviorSet::jhuangDefault(),
                                                                 optionsFor(100));
        QVERIFY(!result.ok);
        // All-or-nothing: nothing comes back.
        QCOMPARE(result.track, LabelTrack());
        QVERIFY(result.unknownNames.isEmpty());
        QCOMPARE(result.errorLine, line);
        QVERIFY2(result.errorReason.contains(reason), qPrintable(result.error));
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(fileName)),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("line %1").arg(line)),
                 qPrintable(result.error));
    }

    void unknownFrameCountGrowsToFile()
    {
        const LabelImportResult result = LabelImport::importData("frame,behavior\n0,walk\n7,rest\n",
                                                                 QStringLiteral("x.csv"),
                                                                 LabelFileFormat::Auto,
                                                                 BehaviorSet::jhuangDefault(),
                                                                 optionsFor(-1));
        QVERIFY(result.ok);
        QCOMPARE(result.track.frameCount(), 8);
        QCOMPARE(result.warnings.size(), 1); // frames 1..6 missing
    }

    void exportFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        QRandomGenerator rng(3);
        QVector<LabelExport::VideoLabels> videos;
        for (const QString &name : {QStringLiteral("/videos/mouse1.mp4"),
                                    QStringLiteral("/other/mouse1.avi"),
                                    QStringLiteral("cage:7?.mkv")}) {
            LabelExport::VideoLabels v;
            v.videoName = name;
            v.track = randomTrack(rng, 300, set);
            v.fpsNumerator = 25;
            videos.append(v);
        }
        int calls = 0;
        const auto result = LabelExport::exportToFolder(videos,
                                                        set,
                                                        dir.filePath("out"),
                                                        LabelExport::AllFiles,
                                                        [&calls](int done, int total) {
                                                            ++calls;
                                                            return done <= total;
                                                        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(calls, 3);
        QCOMPARE(result.writtenFiles.size(), 6);
        QVERIFY(result.writtenFiles[0].endsWith("out/mouse1_ethogram.csv"));
        QVERIFY(result.writtenFiles[2].endsWith("out/mouse1_2_ethogram.csv"));
        QVERIFY(result.writtenFiles[5].endsWith("out/cage_7__bouts.csv"));
        for (int i = 0; i < videos.size(); ++i) {
            LabelImportOptions options = optionsFor(300, 25);
            const LabelImportResult back = LabelImport::importFile(
                    result.writtenFiles[2 * i], LabelFileFormat::Auto, set, options);
            QVERIFY2(back.ok, qPrintable(back.error));
            QCOMPARE(back.track, videos[i].track);
        }
        // Cancel after the first video.
        const auto cancelled = LabelExport::exportToFolder(
                videos, set, dir.filePath("c"), LabelExport::BoutFiles, [](int, int) {
                    return false;
                });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.writtenFiles.size(), 1);
    }

    void safeBaseNames()
    {
        QCOMPARE(LabelExport::safeBaseName("/videos/mouse.01.mp4"), QStringLiteral("mouse.01"));
        QCOMPARE(LabelExport::safeBaseName("mouse.01"), QStringLiteral("mouse.01"));
        QCOMPARE(LabelExport::safeBaseName("C:/x/Cage 3.AVI"), QStringLiteral("Cage 3"));
        QCOMPARE(LabelExport::safeBaseName("a|b?.mkv"), QStringLiteral("a_b_"));
        QCOMPARE(LabelExport::safeBaseName(".mp4"), QStringLiteral(".mp4"));
        QCOMPARE(LabelExport::safeBaseName(""), QStringLiteral("video"));
    }

    // A batch's file base names, in order (BaseNames): clashes ignore case and skip names that
    // an earlier video took as its own.
    void baseNamesOfABatch_data()
    {
        QTest::addColumn<QStringList>("videos");
        QTest::addColumn<QStringList>("bases");
        QTest::newRow("distinct") << QStringList{"a/m1.mp4", "b/m2.mp4"} << QStringList{"m1", "m2"};
        QTest::newRow("same name, two cages")
                << QStringList{"cage1/day1.mp4", "cage2/day1.mp4"} << QStringList{"day1", "day1_2"};
        QTest::newRow("other extension, other case")
                << QStringList{"x/Day1.AVI", "y/day1.mp4", "z/DAY1.mkv"}
                << QStringList{"Day1", "day1_2", "DAY1_3"};
        QTest::newRow("a video already called _2")
                << QStringList{"a/m_2.mp4", "b/m.mp4", "c/m.mp4"} << QStringList{"m_2", "m", "m_3"};
        QTest::newRow("the same file twice")
                << QStringList{"a/m.mp4", "a/m.mp4"} << QStringList{"m", "m_2"};
    }

    void baseNamesOfABatch()
    {
        QFETCH(QStringList, videos);
        QFETCH(QStringList, bases);
        LabelExport::BaseNames names;
        QStringList got;
        for (const QString &v : videos)
            got << names.forVideo(v);
        QCOMPARE(got, bases);
        // A name given by the caller (fileBase) is claimed like the others.
        LabelExport::BaseNames again;
        QCOMPARE(again.claim(QStringLiteral("m")), QStringLiteral("m"));
        QCOMPARE(again.claim(QStringLiteral("M")), QStringLiteral("M_2"));
    }

    void exportFolderWithGivenBases()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        QRandomGenerator rng(5);
        LabelExport::VideoLabels v;
        v.videoName = QStringLiteral("/videos/cage.ts.mp4");
        v.fileBase = QStringLiteral("cage.ts"); // as given: ".ts" is not stripped again
        v.track = randomTrack(rng, 50, set);
        const auto result = LabelExport::exportToFolder({v}, set, dir.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.writtenFiles.size(), 2);
        QVERIFY(result.writtenFiles[0].endsWith("/cage.ts_ethogram.csv"));
        QVERIFY(result.writtenFiles[1].endsWith("/cage.ts_bouts.csv"));
    }

    void suggestsLikelyBehaviors()
    {
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        const auto suggested = [&](const char *name) {
            const BehaviorId id = LabelImport::suggestBehavior(QString::fromUtf8(name), set);
            return id == kUnlabeled ? QString() : set.byId(id)->name;
        };
        QCOMPARE(suggested("grooming"), QStringLiteral("groom"));
        QCOMPARE(suggested("Rearing"), QStringLiteral("rear"));
        QCOMPARE(suggested("eating"), QStringLiteral("eat"));
        QCOMPARE(suggested("Micro movement"), QStringLiteral("micro-movement"));
        QCOMPARE(suggested("WALK"), QStringLiteral("walk"));
        QCOMPARE(suggested("sniffing"), QString());
        QCOMPARE(suggested("ea"), QString()); // too short to mean anything
        QCOMPARE(suggested("--"), QString());
        // Two behaviors fit as well as each other: no guess.
        BehaviorSet twins;
        QString why;
        twins.add(QStringLiteral("rest"), QColor(), 0, &why);
        twins.add(QStringLiteral("restless"), QColor(), 0, &why);
        QCOMPARE(LabelImport::suggestBehavior(QStringLiteral("restlessness"), twins),
                 twins.byName(QStringLiteral("restless"))->id);
        BehaviorSet ambiguous;
        ambiguous.add(QStringLiteral("Rest"), QColor(), 0, &why);
        ambiguous.add(QStringLiteral("rest!"), QColor(), 0, &why);
        QCOMPARE(LabelImport::suggestBehavior(QStringLiteral("resting"), ambiguous), kUnlabeled);
    }

    void resolvingMapsSkipsAndAdds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ranges.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("behavior,start_frame,end_frame\n"
                   "sniffing,0,9\n"
                   "grooming,10,19\n"
                   "eat,20,29\n"
                   "digging,30,39\n"
                   "sniffing,40,44\n");
        file.close();
        const BehaviorSet set = BehaviorSet::jhuangDefault();
        LabelImportOptions options = optionsFor(60);

        // No choices: the unknown names stay unknown, with the line they first occur on.
        ResolvedLabelImport r
                = LabelImport::importResolving(path, LabelFileFormat::Auto, set, options, {});
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(r.result.unknownNames.keys(), QStringList({"digging", "grooming", "sniffing"}));
        QCOMPARE(LabelImport::describeUnknownNames(r.result),
                 QStringLiteral("'digging' (first on line 5), 'grooming' (first on line 3), "
                                "'sniffing' (first on line 2)"));
        QVERIFY(r.newBehaviors.isEmpty());

        // grooming -> groom, digging skipped, sniffing added.
        options.nameMapping.insert(QStringLiteral("grooming"), set.byName("groom")->id);
        options.nameMapping.insert(QStringLiteral("digging"), kUnlabeled);
        r = LabelImport::importResolving(
                path, LabelFileFormat::Auto, set, options, {QStringLiteral("SNIFFING")});
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QVERIFY(r.result.unknownNames.isEmpty());
        QCOMPARE(r.newBehaviors.size(), 1);
        QCOMPARE(r.newBehaviors[0].name, QStringLiteral("sniffing"));
        QVERIFY(!set.byId(r.newBehaviors[0].id)); // a new id
        QCOMPARE(r.result.track.at(0), r.newBehaviors[0].id);
        QCOMPARE(r.result.track.at(44), r.newBehaviors[0].id);
        QCOMPARE(r.result.track.at(15), set.byName("groom")->id);
        QCOMPARE(r.result.track.at(25), set.byName("eat")->id);
        QCOMPARE(r.result.track.at(35), kUnlabeled);
        QCOMPARE(r.result.track.labeledFrames(), qint64(35));

        // --add-unknown: every unknown name is added, in the order of the file.
        r = LabelImport::importResolving(
                path, LabelFileFormat::Auto, set, optionsFor(60), {}, true);
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(r.newBehaviors.size(), 3);
        QCOMPARE(r.newBehaviors[0].name, QStringLiteral("sniffing"));
        QCOMPARE(r.newBehaviors[1].name, QStringLiteral("grooming"));
        QCOMPARE(r.newBehaviors[2].name, QStringLiteral("digging"));
        QCOMPARE(r.result.track.labeledFrames(), qint64(45));

        // A file that cannot be read adds nothing.
        r = LabelImport::importResolving(dir.filePath(QStringLiteral("missing.csv")),
                                         LabelFileFormat::Auto,
                                         set,
                                         options,
                                         {},
                                         true);
        QVERIFY(!r.result.ok);
        QVERIFY(r.result.error.contains(QStringLiteral("missing.csv")));
        QVERIFY(r.newBehaviors.isEmpty());
    }

    void missingFile()
    {
        const LabelImportResult result
                = LabelImport::importFile(QStringLiteral("/nonexistent/labels.csv"),
                                          LabelFileFormat::Auto,
                                          BehaviorSet::jhuangDefault(),
                                          optionsFor(10));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QDir::toNativeSeparators("/nonexistent/labels.csv")));
    }

private:
    bool m_cLocaleSet = false;
};

QTEST_GUILESS_MAIN(TestCsvExchange)
#include "test_csv_exchange.moc"
