// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli info / frame, run as a separate process ($ETHOSCRIBE_CLI).

#include "ProcessTestUtil.h"
#include "VideoTestUtil.h"

#include "video/VideoReader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;

class TestVideoCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_video;

    using Result = testutil::ProcessRun;
    Result run(const QStringList &args) { return testutil::runProcess(m_cli, args, 60000); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
        if (m_cli.isEmpty() || !QFileInfo(m_cli).isExecutable())
            QSKIP("ETHOSCRIBE_CLI is not set to the ethoscribe-cli executable");
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath(QStringLiteral("clip.mp4"));
        VideoWriterSettings s;
        s.width = 160;
        s.height = 120;
        s.fpsNum = 30000;
        s.fpsDen = 1001;
        QString error;
        QVERIFY2(testutil::writeCodedVideo(m_video, s, 75, &error), qPrintable(error));
    }

    void infoJson()
    {
        const Result r = run({QStringLiteral("info"), m_video, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("frameCount")).toInteger(), 75);
        QCOMPARE(o.value(QStringLiteral("fpsNum")).toInt(), 30000);
        QCOMPARE(o.value(QStringLiteral("fpsDen")).toInt(), 1001);
        QCOMPARE(o.value(QStringLiteral("width")).toInt(), 160);
        QCOMPARE(o.value(QStringLiteral("height")).toInt(), 120);
        QCOMPARE(o.value(QStringLiteral("codec")).toString(), QStringLiteral("h264"));
        QCOMPARE(o.value(QStringLiteral("pixelFormat")).toString(), QStringLiteral("yuv420p"));
        QVERIFY(o.value(QStringLiteral("container")).toString().contains(QStringLiteral("mp4")));
        QVERIFY(qAbs(o.value(QStringLiteral("durationSeconds")).toDouble() - 75 * 1001 / 30000.0)
                < 1e-6);
    }

    void infoHuman()
    {
        const Result r = run({QStringLiteral("info"), m_video});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Frames:        75")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("30000/1001")));
        QVERIFY(r.out.contains(QStringLiteral("160x120")));
    }

    void frameMatchesReader()
    {
        for (qint64 n : {0, 37, 74}) {
            const QString png = m_dir.filePath(QStringLiteral("f%1.png").arg(n));
            const Result r = run({QStringLiteral("frame"),
                                  m_video,
                                  QString::number(n),
                                  QStringLiteral("--out"),
                                  png});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QImage saved(png);
            QVERIFY(!saved.isNull());
            VideoReader reader;
            QString error;
            QVERIFY(reader.open(m_video, &error));
            VideoFrame f;
            QVERIFY(reader.readFrame(n, &f, &error));
            QCOMPARE(saved.convertToFormat(QImage::Format_RGB888), f.image);
            QCOMPARE(testutil::readFrameCode(saved), n);
        }
    }

    void errors()
    {
        Result r = run({QStringLiteral("frame"),
                        m_video,
                        QStringLiteral("75"),
                        QStringLiteral("--out"),
                        m_dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("75 frames")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("clip.mp4")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.png"))));

        r = run({QStringLiteral("info"), m_dir.filePath(QStringLiteral("nothere.avi"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("nothere.avi")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        QVERIFY(r.out.isEmpty());

        r = run({QStringLiteral("frame"),
                 m_video,
                 QStringLiteral("ten"),
                 QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("ten")), qPrintable(r.err));

        r = run({QStringLiteral("frame"), m_video, QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out")));

        r = run({QStringLiteral("info")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestVideoCli)
#include "test_video_cli.moc"
