// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated video export: the written H.264 file has exactly the frames asked for (all, or a
// range), and sampled frames show the right behavior colour in the label box and along the
// moving ethogram strip (read back with our frame-exact reader, with a tolerance for H.264).
// A cancelled export or one into a folder that does not exist leaves no file.
#include "export/AnnotatedVideoExport.h"
#include "video/VideoReader.h"
#include "video/VideoWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ethoscribe;

namespace {

bool near(QRgb pixel, const QColor &expected, int tolerance = 48)
{
    return std::abs(qRed(pixel) - expected.red()) <= tolerance
           && std::abs(qGreen(pixel) - expected.green()) <= tolerance
           && std::abs(qBlue(pixel) - expected.blue()) <= tolerance;
}

QString describe(QRgb p)
{
    return QStringLiteral("(%1, %2, %3)").arg(qRed(p)).arg(qGreen(p)).arg(qBlue(p));
}

} // namespace

class TestAnnotatedVideo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeVideo();
    void frameRange();
    void cancelAndBadFolder();

private:
    QTemporaryDir m_dir;
    QString m_video;
    BehaviorSet m_behaviors;
    LabelTrack m_track{60};
    BehaviorId m_eat = 0;
    BehaviorId m_rest = 0;
    const QColor m_red{220, 30, 30};
    const QColor m_blue{30, 30, 220};
};

void TestAnnotatedVideo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 60 grey frames, 320 x 240, 30 fps.
    m_video = m_dir.filePath(QStringLiteral("grey.mp4"));
    VideoWriterSettings settings;
    settings.codec = QStringLiteral("mpeg4");
    VideoWriter writer;
    QString error;
    QVERIFY2(writer.open(m_video, settings, &error), qPrintable(error));
    QImage grey(320, 240, QImage::Format_RGB888);
    grey.fill(QColor(128, 128, 128));
    for (int i = 0; i < 60; ++i)
        QVERIFY2(writer.write(grey, &error), qPrintable(error));
    QVERIFY2(writer.close(&error), qPrintable(error));
    m_eat = m_behaviors.add(QStringLiteral("eat"), m_red);
    m_rest = m_behaviors.add(QStringLiteral("rest"), m_blue);
    // eat 0-30, rest 30-50, unlabeled 50-60
    m_track.assign(0, 30, m_eat);
    m_track.assign(30, 50, m_rest);
}

void TestAnnotatedVideo::wholeVideo()
{
    const QString out = m_dir.filePath(QStringLiteral("annotated.mp4"));
    AnnotatedVideoOptions options;
    options.stripSeconds = 2.0; // 60 frames across the width
    qint64 lastDone = 0, lastTotal = 0;
    QString error;
    QVERIFY2(AnnotatedVideoExport::write(
                     m_video,
                     m_track,
                     m_behaviors,
                     out,
                     options,
                     [&](qint64 done, qint64 total) {
                         lastDone = done;
                         lastTotal = total;
                     },
                     nullptr,
                     &error),
             qPrintable(error));
    QCOMPARE(lastDone, 60);
    QCOMPARE(lastTotal, 60);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part.*")}, QDir::Files | QDir::Hidden),
             QStringList());

    VideoReader reader;
    QVERIFY2(reader.open(out, &error), qPrintable(error));
    QCOMPARE(reader.info().frameCount, 60);
    QCOMPARE(reader.info().width, 320);
    QCOMPARE(reader.info().height, 240);
    VideoFrame frame;
    // The label box (top left, inside its left padding).
    const QPoint box(7, 9);
    QVERIFY2(reader.readFrame(10, &frame, &error), qPrintable(error));
    QVERIFY2(near(frame.image.pixel(box), m_red), qPrintable(describe(frame.image.pixel(box))));
    QVERIFY2(reader.readFrame(40, &frame, &error), qPrintable(error));
    QVERIFY2(near(frame.image.pixel(box), m_blue), qPrintable(describe(frame.image.pixel(box))));
    // The strip at frame 40 shows frames 10..69: x 100 is frame 28 (eat), x 150 frame 38 (rest),
    // x 250 frame 56 (unlabeled: dark grey), x 300 frame 66 (past the end: black); the marker
    // (white) is at the middle.
    const int y = 240 - 4 - 17 / 2;
    QVERIFY2(near(frame.image.pixel(100, y), m_red),
             qPrintable(describe(frame.image.pixel(100, y))));
    QVERIFY2(near(frame.image.pixel(150, y), m_blue),
             qPrintable(describe(frame.image.pixel(150, y))));
    QVERIFY2(near(frame.image.pixel(250, y), QColor(64, 64, 64)),
             qPrintable(describe(frame.image.pixel(250, y))));
    QVERIFY2(near(frame.image.pixel(300, y), Qt::black),
             qPrintable(describe(frame.image.pixel(300, y))));
    QVERIFY2(near(frame.image.pixel(160, y), Qt::white),
             qPrintable(describe(frame.image.pixel(160, y))));
    // Outside the annotations the picture is the video's own.
    QVERIFY2(near(frame.image.pixel(200, 120), QColor(128, 128, 128), 12),
             qPrintable(describe(frame.image.pixel(200, 120))));
    QVERIFY2(reader.readFrame(55, &frame, &error), qPrintable(error));
    QVERIFY2(near(frame.image.pixel(box), QColor(64, 64, 64)),
             qPrintable(describe(frame.image.pixel(box))));
}

void TestAnnotatedVideo::frameRange()
{
    const QString out = m_dir.filePath(QStringLiteral("range.mp4"));
    AnnotatedVideoOptions options;
    options.first = 15;
    options.end = 45;
    QString error;
    QVERIFY2(AnnotatedVideoExport::write(
                     m_video, m_track, m_behaviors, out, options, {}, nullptr, &error),
             qPrintable(error));
    VideoReader reader;
    QVERIFY2(reader.open(out, &error), qPrintable(error));
    QCOMPARE(reader.info().frameCount, 30);
    VideoFrame frame;
    QVERIFY2(reader.readFrame(0, &frame, &error), qPrintable(error)); // source frame 15: eat
    QVERIFY2(near(frame.image.pixel(7, 9), m_red), qPrintable(describe(frame.image.pixel(7, 9))));
    QVERIFY2(reader.readFrame(29, &frame, &error), qPrintable(error)); // source frame 44: rest
    QVERIFY2(near(frame.image.pixel(7, 9), m_blue), qPrintable(describe(frame.image.pixel(7, 9))));

    // A range that holds no frame is refused.
    options.first = 70;
    options.end = 80;
    QVERIFY(!AnnotatedVideoExport::write(m_video,
                                         m_track,
                                         m_behaviors,
                                         m_dir.filePath(QStringLiteral("none.mp4")),
                                         options,
                                         {},
                                         nullptr,
                                         &error));
    QVERIFY2(error.contains(QLatin1String("no frame")), qPrintable(error));
}

void TestAnnotatedVideo::cancelAndBadFolder()
{
    const QString out = m_dir.filePath(QStringLiteral("stopped.mp4"));
    std::atomic_bool cancel{false};
    QString error;
    QVERIFY(!AnnotatedVideoExport::write(
            m_video,
            m_track,
            m_behaviors,
            out,
            AnnotatedVideoOptions(),
            [&](qint64 done, qint64) {
                if (done == 20)
                    cancel.store(true);
            },
            &cancel,
            &error));
    QVERIFY2(error.contains(QLatin1String("export was cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("*stopped*")}, QDir::Files | QDir::Hidden),
            QStringList());

    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/out.mp4"));
    QVERIFY(!AnnotatedVideoExport::write(
            m_video, m_track, m_behaviors, nowhere, AnnotatedVideoOptions(), {}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("Could not write")), qPrintable(error));
    QVERIFY(!QFile::exists(nowhere));
}

QTEST_MAIN(TestAnnotatedVideo)
#include "test_annotated_video.moc"
