// SPDX-License-Identifier: GPL-3.0-or-later
// VideoReader: exact frame counts, frame-accurate random access on generated videos (each frame
// shows its own index as a code) and on the real videos, the index cache, and bad input.

#include "VideoTestUtil.h"

#include "video/VideoReader.h"
#include "video/VideoWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

#include <cstring>

using namespace ethoscribe;

namespace {

struct Generated
{
    QString name;
    QString codec;
    QString ext;
    int gop;
    int bframes;
    int frames;
    int width = 128;
    int height = 96;
};

QByteArray imageHash(const QImage &img)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (int y = 0; y < img.height(); ++y)
        h.addData(QByteArrayView(reinterpret_cast<const char *>(img.constScanLine(y)),
                                 img.width() * 3));
    return h.result();
}

// A fixed mix of forward, backward, repeated, first and last frame requests.
QList<qint64> seekPattern(qint64 count, int randomSeeks, quint32 seed)
{
    QList<qint64> list{0,
                       count - 1,
                       0,
                       1,
                       count / 2,
                       count / 2,
                       count / 2 - 1,
                       count / 2 + 1,
                       count - 2,
                       count - 1,
                       3,
                       2,
                       1,
                       0};
    QRandomGenerator rng(seed);
    for (int i = 0; i < randomSeeks; ++i)
        list << qint64(rng.bounded(quint32(count)));
    // Short forward steps (decode forward without seeking) and short backward steps.
    for (qint64 i = count / 3; i < count / 3 + 5 && i < count; ++i)
        list << i;
    for (qint64 i = count / 3 + 4; i >= count / 3 && i >= 0; --i)
        list << i;
    return list;
}

// Quality 17 (quantizer 2 for MPEG-style codecs) keeps the codes crisp and the files small.
int testQuality(const QString &codec)
{
    return codec == QLatin1String("h264") ? 23 : 17;
}

QString realVideosDir()
{
    return qEnvironmentVariable("ETHOSCRIBE_REAL_VIDEOS");
}

// A GIF89a of width x height whose pixels are palette indexes from pixel(x, y): 0 is transparent
// (its palette entry is black), 1 red, 2 green, 3 blue. Written by hand so that the test does not
// depend on an encoder's handling of transparency. The LZW stream sends a clear code before
// every pair of pixels, so every code is 3 bits wide and the table never grows past 7 entries.
QByteArray transparentGif(int width, int height, int frames, int (*pixel)(int x, int y, int f))
{
    QByteArray g("GIF89a");
    const auto le16 = [&g](int v) {
        g.append(char(v & 0xff));
        g.append(char((v >> 8) & 0xff));
    };
    le16(width);
    le16(height);
    g.append(char(0xF1)); // global colour table of 4 entries, 8-bit colour resolution
    g.append(char(0));    // background index
    g.append(char(0));    // aspect
    g.append(QByteArray::fromHex("000000ff000000ff000000ff"));
    for (int f = 0; f < frames; ++f) {
        // Graphic control: disposal "restore to background", transparent index 0, 0.1 s.
        g.append(QByteArray::fromHex("21f90409"));
        le16(10);
        g.append(char(0));
        g.append(char(0));
        g.append(char(0x2C));
        le16(0);
        le16(0);
        le16(width);
        le16(height);
        g.append(char(0));
        QByteArray lzw;
        quint32 bits = 0;
        int count = 0;
        const auto code = [&](int c) {
            bits |= quint32(c) << count;
            count += 3;
            while (count >= 8) {
                lzw.append(char(bits & 0xff));
                bits >>= 8;
                count -= 8;
            }
        };
        const int n = width * height;
        for (int i = 0; i < n; ++i) {
            if (i % 2 == 0)
                code(4); // clear
            code(pixel(i % width, i / width, f));
        }
        code(5); // end of information
        if (count > 0)
            lzw.append(char(bits & 0xff));
        g.append(char(2)); // minimum code size
        for (int i = 0; i < lzw.size(); i += 255) {
            const QByteArray block = lzw.mid(i, 255);
            g.append(char(block.size()));
            g.append(block);
        }
        g.append(char(0));
    }
    g.append(char(0x3B));
    return g;
}

// Frames `wanted` of a video as decoded by the ffmpeg program itself (rgb24, no scaling, every
// decoded frame passed through), or an empty list with *why set.
QList<QByteArray> ffmpegFrames(const QString &path, const QList<qint64> &wanted, QString *why)
{
    QStringList select;
    for (qint64 i : wanted)
        select << QStringLiteral("eq(n\\,%1)").arg(i);
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"),
             QStringLiteral("error"),
             QStringLiteral("-i"),
             path,
             QStringLiteral("-vf"),
             QStringLiteral("select=%1").arg(select.join(QLatin1Char('+'))),
             QStringLiteral("-fps_mode"),
             QStringLiteral("passthrough"),
             QStringLiteral("-pix_fmt"),
             QStringLiteral("rgb24"),
             QStringLiteral("-f"),
             QStringLiteral("rawvideo"),
             QStringLiteral("-")});
    if (!p.waitForStarted()) {
        *why = QStringLiteral("the ffmpeg program is not installed");
        return {};
    }
    p.waitForFinished(120000);
    if (p.exitCode() != 0) {
        *why = QStringLiteral("ffmpeg failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    const QByteArray all = p.readAllStandardOutput();
    QList<QByteArray> frames;
    const qsizetype size = all.size() / qMax<qsizetype>(1, wanted.size());
    for (qsizetype i = 0; i + size <= all.size() && size > 0; i += size)
        frames << all.mid(i, size);
    return frames;
}

} // namespace

class TestVideoReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Generated> m_generated;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString generatedPath(const Generated &g) const
    {
        return file(g.name + QLatin1Char('.') + g.ext);
    }
    // Writes a small generated video and returns its path.
    QString makeVideo(const QString &name,
                      const QString &codec,
                      const QString &ext,
                      int frames,
                      int gop = 30,
                      int bframes = -1)
    {
        VideoWriterSettings s;
        s.codec = codec;
        s.width = 128;
        s.height = 96;
        s.gopSize = gop;
        s.maxBFrames = bframes;
        s.quality = testQuality(codec);
        const QString path = file(name + QLatin1Char('.') + ext);
        QString error;
        if (!testutil::writeCodedVideo(path, s, frames, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_generated = {
                {"h264_gop30", "h264", "mp4", 30, -1, 150},
                {"h264_gop250", "h264", "mp4", 250, 3, 300},
                {"mpeg1_bframes", "mpeg1video", "mpg", 15, 2, 150},
                {"mpeg4_avi_bframes", "mpeg4", "avi", 30, 2, 150},
                {"h264_mkv", "h264", "mkv", 30, -1, 150},
                {"h264_avi", "h264", "avi", 30, -1, 120},
                {"mjpeg_avi", "mjpeg", "avi", 1, -1, 60},
                {"wmv2", "wmv2", "wmv", 30, -1, 90},
                {"mpeg4_mov", "mpeg4", "mov", 12, 1, 90},
        };
        for (const Generated &g : m_generated) {
            VideoWriterSettings s;
            s.codec = g.codec;
            s.width = g.width;
            s.height = g.height;
            s.gopSize = g.gop;
            s.maxBFrames = g.bframes;
            s.quality = testQuality(g.codec);
            QString error;
            QVERIFY2(testutil::writeCodedVideo(generatedPath(g), s, g.frames, &error),
                     qPrintable(error));
        }
    }

    void frameAccuracy_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < m_generated.size(); ++i)
            QTest::newRow(qPrintable(m_generated[i].name)) << i;
    }

    void frameAccuracy()
    {
        QFETCH(int, which);
        const Generated &g = m_generated[which];
        VideoReader reader;
        QString error;
        QVERIFY2(reader.open(generatedPath(g), &error), qPrintable(error));
        QCOMPARE(reader.info().frameCount, qint64(g.frames));
        QCOMPARE(reader.info().width, g.width);
        QCOMPARE(reader.info().height, g.height);
        QCOMPARE(reader.info().fpsNum, 30);
        QCOMPARE(reader.info().fpsDen, 1);

        // Sequential decoding: every frame, in order, shows its own index. (MPEG-1's encoder
        // sometimes greys a flipping code block in a B-frame, exactly as ffmpeg decodes it too:
        // such a code reads as -1, never as another index; allow a few.)
        QList<QByteArray> hashes;
        VideoFrame f;
        int unreadable = 0;
        while (reader.readNext(&f, &error)) {
            QCOMPARE(f.index, qint64(hashes.size()));
            QCOMPARE(f.image.format(), QImage::Format_RGB888);
            const qint64 code = testutil::readFrameCode(f.image);
            if (code == -1)
                ++unreadable;
            else
                QCOMPARE(code, f.index);
            QVERIFY(qAbs(f.timeSeconds - f.index / 30.0) < 1e-3);
            hashes << imageHash(f.image);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(reader.atEnd());
        QCOMPARE(hashes.size(), g.frames);
        QVERIFY2(unreadable <= g.frames / 20, qPrintable(QString::number(unreadable)));
        if (g.codec == QLatin1String("h264"))
            QCOMPARE(unreadable, 0);
        QVERIFY(reader.undecodableFrames().isEmpty());

        // Random access in every direction gives exactly the sequential pictures.
        for (qint64 i : seekPattern(g.frames, 40, 1234 + which)) {
            QVERIFY2(reader.readFrame(i, &f, &error), qPrintable(error));
            QCOMPARE(f.index, i);
            const qint64 code = testutil::readFrameCode(f.image);
            QVERIFY(code == i || code == -1);
            QVERIFY2(imageHash(f.image) == hashes[i],
                     qPrintable(QStringLiteral("frame %1").arg(i)));
        }
        // A fresh reader (index from the cache) seeking first, without sequential decoding.
        VideoReader second;
        second.setDecoderThreads(1);
        QVERIFY2(second.open(generatedPath(g), &error), qPrintable(error));
        QVERIFY(second.indexWasCached());
        for (qint64 i : seekPattern(g.frames, 20, 99 + which)) {
            QVERIFY2(second.readFrame(i, &f, &error), qPrintable(error));
            QCOMPARE(imageHash(f.image), hashes[i]);
        }
        // readNext continues after a random access.
        QVERIFY(second.readFrame(10, &f, &error));
        QVERIFY(second.readNext(&f, &error));
        QCOMPARE(f.index, qint64(11));
        QVERIFY(second.seek(g.frames - 1, &error));
        QVERIFY(second.readNext(&f, &error));
        QCOMPARE(f.index, qint64(g.frames - 1));
        QVERIFY(!second.readNext(&f, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(second.atEnd());
    }

    void forwardStepsDoNotSeek()
    {
        const QString path = generatedPath(m_generated[1]); // h264, gop 250
        VideoReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        VideoFrame f;
        QVERIFY(reader.readFrame(100, &f, &error));
        const qint64 seeks = reader.statistics().seeks;
        for (qint64 i : {101, 103, 106, 110, 115}) {
            QVERIFY(reader.readFrame(i, &f, &error));
            QCOMPARE(testutil::readFrameCode(f.image), i);
        }
        QCOMPARE(reader.statistics().seeks, seeks);
        QVERIFY(reader.readFrame(50, &f, &error));
        QCOMPARE(reader.statistics().seeks, seeks + 1);
        QCOMPARE(reader.statistics().reopenFallbacks, qint64(0));
    }

    void matViewSharesMemory()
    {
        VideoReader reader;
        QString error;
        QVERIFY(reader.open(generatedPath(m_generated[0]), &error));
        VideoFrame f;
        QVERIFY(reader.readFrame(7, &f, &error));
        const cv::Mat m = f.mat();
        QCOMPARE(m.cols, f.image.width());
        QCOMPARE(m.rows, f.image.height());
        QCOMPARE(m.type(), CV_8UC3);
        QCOMPARE(static_cast<const void *>(m.data), static_cast<const void *>(f.image.constBits()));
        // RGB order: the red rectangle in the frame is red in channel 0.
        const QRgb px = f.image.pixel(10, 60);
        const cv::Vec3b v = m.at<cv::Vec3b>(60, 10);
        QCOMPARE(int(v[0]), qRed(px));
        QCOMPARE(int(v[2]), qBlue(px));
    }

    void timesAndFrameAtTime()
    {
        VideoReader reader;
        QString error;
        QVERIFY(reader.open(generatedPath(m_generated[0]), &error));
        QCOMPARE(reader.frameTime(0), 0.0);
        QVERIFY(qAbs(reader.frameTime(90) - 3.0) < 1e-9);
        QCOMPARE(reader.frameAtTime(3.0), qint64(90));
        QCOMPARE(reader.frameAtTime(3.02), qint64(90));
        QCOMPARE(reader.frameAtTime(-1), qint64(0));
        QCOMPARE(reader.frameAtTime(1e6), qint64(149));
        QVERIFY(qAbs(reader.info().durationSeconds - 5.0) < 1e-6);
        QVERIFY(reader.isKeyframe(0));
        QVERIFY(reader.info().keyframeCount >= 5);
    }

    void indexCache()
    {
        const QString path = makeVideo("cache", "mpeg4", "mp4", 40);
        VideoReader::clearMemoryIndexCache();
        const QString cacheFile = VideoReader::indexCacheFile(path);
        QFile::remove(cacheFile);
        QString error;
        {
            VideoReader r;
            QVERIFY(r.open(path, &error));
            QVERIFY(!r.indexWasCached());
            QCOMPARE(r.info().frameCount, qint64(40));
        }
        QVERIFY(QFile::exists(cacheFile));
        VideoReader::clearMemoryIndexCache();
        {
            VideoReader r;
            QVERIFY(r.open(path, &error));
            QVERIFY(r.indexWasCached()); // from disk
            QCOMPARE(r.info().frameCount, qint64(40));
        }
        // A corrupt cache file is ignored and rebuilt.
        for (const QByteArray &junk : {QByteArray("garbage"), QByteArray(5000, '\xff')}) {
            VideoReader::clearMemoryIndexCache();
            QFile f(cacheFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(junk);
            f.close();
            VideoReader r;
            QVERIFY2(r.open(path, &error), qPrintable(error));
            QVERIFY(!r.indexWasCached());
            QCOMPARE(r.info().frameCount, qint64(40));
            VideoFrame fr;
            QVERIFY(r.readFrame(33, &fr, &error));
            QCOMPARE(testutil::readFrameCode(fr.image), qint64(33));
        }
        // Flip one byte in the middle of a valid cache file: the checksum catches it.
        VideoReader::clearMemoryIndexCache();
        QFile f(cacheFile);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray data = f.readAll();
        QVERIFY(data.size() > 100);
        data[data.size() / 2] = char(data[data.size() / 2] ^ 0x5a);
        f.seek(0);
        f.write(data);
        f.close();
        VideoReader r;
        QVERIFY(r.open(path, &error));
        QVERIFY(!r.indexWasCached());
        QCOMPARE(r.info().frameCount, qint64(40));
    }

    void realVideos_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("pixelFormat");
        QTest::newRow("openfield_320x240")
                << "openfield_m3v1_320x240.mp4" << qint64(2330) << 320 << 240 << "yuv420p";
        QTest::newRow("openfield_yuv444p")
                << "openfield_m3v1_yuv444p.mp4" << qint64(2330) << 640 << 480 << "yuv444p";
        QTest::newRow("sideview_avi")
                << "sideview_closeup.avi" << qint64(256) << 416 << 374 << "yuvj420p";
        QTest::newRow("empty_chamber_wmv")
                << "empty_chamber.wmv" << qint64(298) << 320 << 240 << "yuv420p";
        QTest::newRow("homecage_gif")
                << "homecage_wheel.gif" << qint64(138) << 300 << 200 << "bgra";
    }

    void realVideos()
    {
        QFETCH(QString, name);
        QFETCH(qint64, frames);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, pixelFormat);
        const QString dir = realVideosDir();
        if (dir.isEmpty() || !QFileInfo::exists(QDir(dir).filePath(name)))
            QSKIP(qPrintable(
                    QStringLiteral("real video %1 not available (ETHOSCRIBE_REAL_VIDEOS=%2)")
                            .arg(name, dir)));
        const QString path = QDir(dir).filePath(name);
        VideoReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        const VideoInfo &info = reader.info();
        QCOMPARE(info.frameCount, frames);
        QCOMPARE(info.width, width);
        QCOMPARE(info.height, height);
        QCOMPARE(info.pixelFormat, pixelFormat);

        QList<QByteArray> hashes;
        VideoFrame f;
        while (reader.readNext(&f, &error)) {
            QCOMPARE(f.index, qint64(hashes.size()));
            QCOMPARE(f.image.size(), QSize(width, height));
            hashes << imageHash(f.image);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(qint64(hashes.size()), frames);
        QVERIFY(reader.undecodableFrames().isEmpty());
        // Consecutive frames of a real video differ somewhere (no frame delivered twice)...
        // except for a camera that repeats frames; require most to differ.
        int distinct = 0;
        for (int i = 1; i < hashes.size(); ++i)
            distinct += hashes[i] != hashes[i - 1];
        QVERIFY(distinct > hashes.size() / 2);

        for (qint64 i : seekPattern(frames, 20, quint32(frames))) {
            QVERIFY2(reader.readFrame(i, &f, &error), qPrintable(error));
            QCOMPARE(f.index, i);
            QVERIFY2(imageHash(f.image) == hashes[i],
                     qPrintable(QStringLiteral("random access to frame %1 differs from sequential "
                                               "decoding")
                                        .arg(i)));
        }
        QVERIFY(reader.statistics().seeks > 0);
    }

    void realNonIntegerFrameRate()
    {
        const QString dir = realVideosDir();
        const QString path = QDir(dir).filePath(QStringLiteral("openfield_m3v1_yuv444p.mp4"));
        if (dir.isEmpty() || !QFileInfo::exists(path))
            QSKIP("real videos not available");
        VideoReader reader;
        QString error;
        QVERIFY(reader.open(path, &error));
        QCOMPARE(reader.info().fpsNum, 1000000);
        QCOMPARE(reader.info().fpsDen, 33333);
        // No drift: frame i starts at exactly i * 33333 microseconds.
        for (qint64 i : {0, 1, 1000, 2329}) {
            QCOMPARE(qRound64(reader.frameTime(i) * 1e6), i * 33333);
            QCOMPARE(reader.frameAtTime(i * 0.033333), i);
            QCOMPARE(reader.frameAtTime(i * 0.033333 + 0.03), i);
        }
        QVERIFY(qAbs(reader.info().durationSeconds - 77.66589) < 1e-4);
    }

    void realGifFrameRate()
    {
        const QString dir = realVideosDir();
        const QString path = QDir(dir).filePath(QStringLiteral("homecage_wheel.gif"));
        if (dir.isEmpty() || !QFileInfo::exists(path))
            QSKIP("real videos not available");
        VideoReader reader;
        QString error;
        QVERIFY(reader.open(path, &error));
        VideoFrame f;
        QVERIFY(reader.readFrame(0, &f, &error));
        QCOMPARE(f.image.format(), QImage::Format_RGB888);
        QCOMPARE(reader.info().fpsNum * 2, reader.info().fpsDen * 27); // avg rate 27/2
    }

    void gifAlphaOntoWhite()
    {
        // The real GIF has an alpha channel but no transparent pixel; this one has: the left
        // half of frame 0 and the top half of frame 1 are transparent.
        const QString path = file(QStringLiteral("transparent.gif"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(transparentGif(16, 8, 2, [](int x, int y, int f) {
                return f == 0 ? (x < 8 ? 0 : 1) : (y < 4 ? 0 : 2);
            }));
        }
        VideoReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QCOMPARE(reader.info().frameCount, qint64(2));
        QCOMPARE(reader.info().width, 16);
        VideoFrame f;
        QVERIFY2(reader.readFrame(0, &f, &error), qPrintable(error));
        QCOMPARE(f.image.pixelColor(2, 3), QColor(255, 255, 255)); // transparent: white
        QCOMPARE(f.image.pixelColor(12, 3), QColor(255, 0, 0));
        QVERIFY2(reader.readFrame(1, &f, &error), qPrintable(error));
        QCOMPARE(f.image.pixelColor(12, 1), QColor(255, 255, 255));
        QCOMPARE(f.image.pixelColor(2, 6), QColor(0, 255, 0));
    }

    void realVideosMatchFfmpeg_data() { realVideos_data(); }

    void realVideosMatchFfmpeg()
    {
        // Sampled frames, pixel for pixel against the ffmpeg program's own decoding.
        QFETCH(QString, name);
        QFETCH(qint64, frames);
        const QString dir = realVideosDir();
        const QString path = QDir(dir).filePath(name);
        if (dir.isEmpty() || !QFileInfo::exists(path))
            QSKIP(qPrintable(QStringLiteral("real video %1 not available").arg(name)));
        const QList<qint64> wanted{0, 1, frames / 3, frames / 2, frames - 2, frames - 1};
        QString why;
        const QList<QByteArray> reference = ffmpegFrames(path, wanted, &why);
        if (reference.isEmpty() && why.contains(QStringLiteral("not installed")))
            QSKIP(qPrintable(why));
        QVERIFY2(reference.size() == wanted.size(), qPrintable(why));
        VideoReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        for (int k = 0; k < wanted.size(); ++k) {
            VideoFrame f;
            QVERIFY2(reader.readFrame(wanted[k], &f, &error), qPrintable(error));
            const int rowBytes = f.image.width() * 3;
            QCOMPARE(reference[k].size(), qsizetype(rowBytes) * f.image.height());
            for (int y = 0; y < f.image.height(); ++y) {
                const char *ours = reinterpret_cast<const char *>(f.image.constScanLine(y));
                const char *theirs = reference[k].constData() + qsizetype(y) * rowBytes;
                if (std::memcmp(ours, theirs, size_t(rowBytes)) != 0) {
                    int x = 0;
                    while (ours[x] == theirs[x])
                        ++x;
                    QFAIL(qPrintable(QStringLiteral("%1 frame %2 differs from ffmpeg's at pixel "
                                                    "(%3, %4): %5 vs %6")
                                             .arg(name)
                                             .arg(wanted[k])
                                             .arg(x / 3)
                                             .arg(y)
                                             .arg(int(uchar(ours[x])))
                                             .arg(int(uchar(theirs[x])))));
                }
            }
        }
    }

    // ---- bad input ----------------------------------------------------------------------

    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // a fragment of the message

        QTest::newRow("missing") << file("does_not_exist.mp4") << "does not exist";
        QDir(m_dir.path()).mkdir("a_folder.mp4");
        QTest::newRow("folder") << file("a_folder.mp4") << "folder";
        {
            QFile f(file("zero.mp4"));
            f.open(QIODevice::WriteOnly);
        }
        QTest::newRow("zero bytes") << file("zero.mp4") << "empty (0 bytes)";
        for (const char *name : {"notes.txt", "notes_named_like_video.mp4"}) {
            QFile f(file(name));
            f.open(QIODevice::WriteOnly);
            for (int i = 0; i < 200; ++i)
                f.write("Mouse 3 groomed from 00:01:02 to 00:01:09, then walked to the feeder.\n");
        }
        QTest::newRow("text file") << file("notes.txt") << "not a video";
        QTest::newRow("text named .mp4") << file("notes_named_like_video.mp4") << "not a video";
        {
            // A valid AVI whose codec tag nobody knows.
            const QString src = makeVideo("for_unknown_codec", "mjpeg", "avi", 5);
            QFile f(src);
            f.open(QIODevice::ReadOnly);
            QByteArray data = f.readAll();
            data.replace("MJPG", "QQZZ");
            data.replace("mjpg", "qqzz");
            QFile out(file("unknown_codec.avi"));
            out.open(QIODevice::WriteOnly);
            out.write(data);
        }
        QTest::newRow("unsupported codec") << file("unknown_codec.avi") << "cannot decode";
        auto y4m = [this](const char *name, int w, int h) {
            QFile f(file(name));
            f.open(QIODevice::WriteOnly);
            f.write(QStringLiteral("YUV4MPEG2 W%1 H%2 F30:1 Ip A1:1 C420jpeg\n")
                            .arg(w)
                            .arg(h)
                            .toLatin1());
            f.write("FRAME\n");
            f.write(QByteArray(4096, '\x10'));
            return file(name);
        };
        QTest::newRow("huge dimensions") << y4m("huge.y4m", 20000, 16) << "at most 16384";
        QTest::newRow("zero dimensions") << y4m("zero_dims.y4m", 0, 0) << "damaged";
        {
            // A WAV file: audio only.
            QFile f(file("sound.wav"));
            f.open(QIODevice::WriteOnly);
            QByteArray pcm(8000, '\0');
            QByteArray h;
            auto u32 = [&h](quint32 v) {
                for (int i = 0; i < 4; ++i)
                    h.append(char(v >> (8 * i)));
            };
            auto u16 = [&h](quint16 v) {
                h.append(char(v));
                h.append(char(v >> 8));
            };
            h += "RIFF";
            u32(36 + pcm.size());
            h += "WAVEfmt ";
            u32(16);
            u16(1);
            u16(1);
            u32(8000);
            u32(8000);
            u16(1);
            u16(8);
            h += "data";
            u32(pcm.size());
            f.write(h + pcm);
        }
        QTest::newRow("audio only") << file("sound.wav") << "contains no video";
        {
            // An MP4 cut in half: the index (moov) written at the end is gone.
            const QString src = makeVideo("for_truncated_mp4", "h264", "mp4", 60);
            QFile f(src);
            f.open(QIODevice::ReadOnly);
            const QByteArray data = f.readAll();
            QFile out(file("truncated.mp4"));
            out.open(QIODevice::WriteOnly);
            out.write(data.left(data.size() / 2));
        }
        QTest::newRow("truncated mp4") << file("truncated.mp4") << "incomplete";
        {
            QFile f(file("random_bytes.avi"));
            f.open(QIODevice::WriteOnly);
            QRandomGenerator rng(7);
            QByteArray junk(20000, '\0');
            for (char &c : junk)
                c = char(rng.bounded(256));
            f.write(junk);
        }
        QTest::newRow("random bytes") << file("random_bytes.avi") << "not a video";
    }

    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        VideoReader reader;
        QString error;
        QVERIFY(!reader.open(path, &error));
        QVERIFY(!reader.isOpen());
        qDebug() << error;
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(error.size()
                > QFileInfo(path).absoluteFilePath().size() + 20); // says what is wrong
        VideoFrame f;
        QVERIFY(!reader.readFrame(0, &f, &error));
        QVERIFY(!reader.readNext(&f, &error));
    }

    void outOfRangeFrame()
    {
        VideoReader reader;
        QString error;
        QVERIFY(reader.open(generatedPath(m_generated[0]), &error));
        VideoFrame f;
        for (qint64 i : {qint64(-1), qint64(150), qint64(1) << 40}) {
            QVERIFY(!reader.readFrame(i, &f, &error));
            QVERIFY2(error.contains(QStringLiteral("150 frames")), qPrintable(error));
            QVERIFY(error.contains(QStringLiteral("h264_gop30.mp4")));
        }
        QVERIFY(!reader.seek(150, &error));
        QVERIFY(reader.readFrame(149, &f, &error)); // still usable
    }

    void truncatedStream_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("ext");
        QTest::newRow("mpeg1 mpg") << "mpeg1video"
                                   << "mpg";
        QTest::newRow("h264 mkv") << "h264"
                                  << "mkv";
        QTest::newRow("mpeg4 avi") << "mpeg4"
                                   << "avi";
    }

    void truncatedStream()
    {
        QFETCH(QString, codec);
        QFETCH(QString, ext);
        const QString src = makeVideo("full_" + codec, codec, ext, 150);
        QFile in(src);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray data = in.readAll();
        const QString path = file("cut_" + codec + "." + ext);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data.left(data.size() * 6 / 10));
        out.close();

        VideoReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        const qint64 n = reader.info().frameCount;
        QVERIFY2(n > 50 && n < 150, qPrintable(QString::number(n)));
        VideoFrame f;
        qint64 good = 0;
        while (reader.readNext(&f, &error)) {
            const qint64 code = testutil::readFrameCode(f.image);
            if (!f.damaged && f.index < n - 2)
                QVERIFY(code == f.index || code == -1);
            ++good;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(good >= n - 2);
        for (qint64 bad : reader.undecodableFrames())
            QVERIFY(bad >= n - 2);
        // Random access still works on what is there.
        QVERIFY(reader.readFrame(n / 2, &f, &error));
        QCOMPARE(testutil::readFrameCode(f.image), n / 2);
    }

    void corruptMiddle_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<int>("gop");
        QTest::newRow("mjpeg avi") << "mjpeg"
                                   << "avi" << 1;
        QTest::newRow("mpeg1 mpg") << "mpeg1video"
                                   << "mpg" << 15;
        QTest::newRow("h264 mp4") << "h264"
                                  << "mp4" << 30;
    }

    void corruptMiddle()
    {
        QFETCH(QString, codec);
        QFETCH(QString, ext);
        QFETCH(int, gop);
        const int frames = 120;
        const QString src = makeVideo("intact_" + codec, codec, ext, frames, gop);
        QFile in(src);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray data = in.readAll();
        // Overwrite 3% of the file in the middle with noise.
        QRandomGenerator rng(42);
        const int from = data.size() / 2, len = data.size() * 3 / 100;
        for (int i = from; i < from + len; ++i)
            data[i] = char(rng.bounded(256));
        const QString path = file("corrupt_" + codec + "." + ext);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();

        VideoReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        const qint64 n = reader.info().frameCount;
        QVERIFY(n > frames / 2);
        VideoFrame f;
        int wrongCodes = 0, delivered = 0;
        while (reader.readNext(&f, &error)) {
            ++delivered;
            const qint64 code = testutil::readFrameCode(f.image);
            if (code != f.index && !f.damaged)
                ++wrongCodes;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(delivered > frames / 2);
        const QList<qint64> bad = reader.undecodableFrames() + reader.damagedFrames();
        qDebug() << codec << "frames" << n << "delivered" << delivered << "undecodable"
                 << reader.undecodableFrames() << "damaged" << reader.damagedFrames()
                 << "wrong codes" << wrongCodes;
        // The damage is reported, and the frames away from it decode correctly: the first ones,
        // and the last one (which shows the original last index even if frames were lost).
        QVERIFY(!bad.isEmpty());
        for (qint64 i : {qint64(0), qint64(5), qint64(20)}) {
            QVERIFY(!bad.contains(i));
            QVERIFY2(reader.readFrame(i, &f, &error), qPrintable(error));
            QCOMPARE(testutil::readFrameCode(f.image), i);
        }
        QVERIFY(!bad.contains(n - 1));
        QVERIFY2(reader.readFrame(n - 1, &f, &error), qPrintable(error));
        QCOMPARE(testutil::readFrameCode(f.image), qint64(frames - 1));
    }

    void timeLimitCountsPerRequest()
    {
        // An idle reader must not count the idle time against its next request.
        VideoReader reader;
        reader.setTimeLimit(200);
        QString error;
        QVERIFY(reader.open(generatedPath(m_generated[1]), &error));
        VideoFrame f;
        QVERIFY2(reader.readFrame(5, &f, &error), qPrintable(error));
        QTest::qSleep(400);
        QVERIFY2(reader.readFrame(250, &f, &error), qPrintable(error));
        QCOMPARE(testutil::readFrameCode(f.image), qint64(250));
    }

    void interruptCheckStopsOpen()
    {
        VideoReader::clearMemoryIndexCache();
        const QString path = makeVideo("interrupted", "mpeg4", "avi", 30, 30, 2);
        QFile::remove(VideoReader::indexCacheFile(path));
        VideoReader reader;
        reader.setInterruptCheck([] { return true; });
        QString error;
        QVERIFY(!reader.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("interrupted.avi")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        // Progress callback can cancel too, and reports progress.
        VideoReader r2;
        int calls = 0;
        r2.setIndexProgress([&calls](qint64, qint64) { return ++calls < 0; });
        QVERIFY(!r2.open(makeVideo("long_for_progress", "mpeg4", "mp4", 600), &error));
        QVERIFY(calls >= 1);
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    }

    void interruptBetweenFramesKeepsPlace()
    {
        // The prefetch thread's job is interrupted whenever the playhead moves. Stopped between
        // two frames, the reader must keep its place: the next request ahead decodes on without
        // seeking back to the keyframe (which at 4x on long-GOP material would be a seek per
        // frame, and fall behind).
        const QString path = makeVideo("interrupt_keeps_place", "h264", "mp4", 300, 300, 0);
        VideoReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        VideoFrame f;
        QVERIFY2(reader.readFrame(0, &f, &error), qPrintable(error));
        const qint64 decodedBefore = reader.statistics().framesDecoded;
        int calls = 0;
        reader.setInterruptCheck([&calls] { return ++calls > 60; });
        QVERIFY(!reader.readFrame(250, &f, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        const qint64 decodedWhenStopped = reader.statistics().framesDecoded;
        QVERIFY2(decodedWhenStopped > decodedBefore && decodedWhenStopped < decodedBefore + 250,
                 "the interrupt did not land mid-way");
        // (x264 may have put a keyframe at a scene cut before 250: the stopped read may have
        // sought to it. The read that follows must not seek again.)
        const qint64 seeks = reader.statistics().seeks;
        reader.setInterruptCheck({});
        QVERIFY2(reader.readFrame(250, &f, &error), qPrintable(error));
        QCOMPARE(testutil::readFrameCode(f.image), qint64(250));
        QCOMPARE(reader.statistics().seeks, seeks);
        // It went on from where it stopped: about 250 frames decoded in all, not twice as many.
        QVERIFY2(reader.statistics().framesDecoded - decodedBefore < 270,
                 qPrintable(QString::number(reader.statistics().framesDecoded - decodedBefore)));
    }
};

QTEST_GUILESS_MAIN(TestVideoReader)
#include "test_video_reader.moc"
