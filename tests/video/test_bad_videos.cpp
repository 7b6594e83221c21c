// SPDX-License-Identifier: GPL-3.0-or-later
// A corpus of damaged and unusual video files, generated here (never stored): each goes through
// `ethoscribe-cli info`, `frame` (first and last frame) and `project add-video`, and is opened in
// the window (beside those calls, to save time), as a user would try it. For every file: the
// program answers within the time limit, never crashes, and either works or says in a plain message
// naming the file what is wrong; a refused file leaves the project unchanged. The files are made
// with the ffmpeg program and by damaging good files.

#include "ProcessTestUtil.h"
#include "VideoTestUtil.h"

#include "project/Document.h"
#include "video/VideoWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ethoscribe;

namespace {

using testutil::ProcessRun;
constexpr int kTimeLimitMs = 60000;

} // namespace

class TestBadVideos : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_gui;  // the window (ethoscribe beside ethoscribe-cli); empty without the GUI build
    QString m_good; // a good H.264 MP4, 30 frames, the base of many damaged files
    QString m_goodMpeg1;
    QString m_goodAvi;
    bool m_haveFfmpeg = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ProcessRun cli(const QStringList &args) const
    {
        return testutil::runProcess(m_cli, args, kTimeLimitMs);
    }

    // The ffmpeg program, quiet; false when it failed (then the case is skipped with a reason).
    bool ffmpeg(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral("ffmpeg"),
                QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")}
                        + args);
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit
               && p.exitCode() == 0;
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool writeAll(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }
    // A plain message: names the file, and carries no trace of a programming error.
    static bool plainMessage(const QString &message, const QString &file, QString *why)
    {
        const QString name = QFileInfo(file).fileName();
        if (!message.contains(name)) {
            *why = QStringLiteral("the message does not name %1: %2").arg(name, message);
            return false;
        }
        for (const char *bad : {"terminate called",
                                "Assertion",
                                "std::",
                                "Segmentation",
                                "AddressSanitizer",
                                "runtime error:",
                                "(null)"}) {
            if (message.contains(QLatin1String(bad))) {
                *why = QStringLiteral("the message shows an internal error: %1").arg(message);
                return false;
            }
        }
        return true;
    }

    // The program answered in time without crashing, and a refusal is a plain message.
    static bool answered(const ProcessRun &r, const char *what, const QString &file, QString *why)
    {
        if (r.exitCode == ProcessRun::TimedOut)
            *why = QStringLiteral("%1 did not answer within the time limit")
                           .arg(QLatin1String(what));
        else if (r.exitCode == ProcessRun::Crashed)
            *why = QStringLiteral("%1 crashed: %2").arg(QLatin1String(what), r.err);
        else
            return r.exitCode == 0 || plainMessage(r.err, file, why);
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
        if (m_cli.isEmpty() || !QFileInfo(m_cli).isExecutable())
            QSKIP("ETHOSCRIBE_CLI is not set to the ethoscribe-cli executable");
        QVERIFY(m_dir.isValid());
        const QString gui = QFileInfo(m_cli).dir().filePath(QStringLiteral("ethoscribe"));
        if (QFileInfo(gui).isExecutable())
            m_gui = gui;
        QString error;
        VideoWriterSettings s;
        s.width = 64;
        s.height = 48;
        s.gopSize = 10;
        m_good = path(QStringLiteral("good.mp4"));
        QVERIFY2(testutil::writeCodedVideo(m_good, s, 30, &error), qPrintable(error));
        s.codec = QStringLiteral("mpeg1video");
        m_goodMpeg1 = path(QStringLiteral("good.mpg"));
        QVERIFY2(testutil::writeCodedVideo(m_goodMpeg1, s, 30, &error), qPrintable(error));
        s.codec = QStringLiteral("mpeg4");
        m_goodAvi = path(QStringLiteral("good.avi"));
        QVERIFY2(testutil::writeCodedVideo(m_goodAvi, s, 30, &error), qPrintable(error));
        QProcess probe;
        probe.start(QStringLiteral("ffmpeg"), {QStringLiteral("-version")});
        m_haveFfmpeg = probe.waitForFinished(10000) && probe.exitCode() == 0;
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        // "works": must be accepted; "refused": must be refused; "either": whichever, plainly.
        QTest::addColumn<QString>("expect");
        const QByteArray good = readAll(m_good);
        const QByteArray mpeg1 = readAll(m_goodMpeg1);
        const QByteArray avi = readAll(m_goodAvi);
        QVERIFY(!good.isEmpty() && !mpeg1.isEmpty() && !avi.isEmpty());
        QRandomGenerator rng(2026);
        const auto add = [&](const char *name, const QByteArray &data, const char *expect) {
            QVERIFY(writeAll(path(QString::fromUtf8(name)), data));
            QTest::newRow(name) << path(QString::fromUtf8(name)) << QString::fromLatin1(expect);
        };
        add("zero_bytes.mp4", QByteArray(), "refused");
        // MP4 files written without "faststart" keep their index (moov) at the end.
        const qsizetype moov = good.lastIndexOf("moov");
        QVERIFY(moov > good.size() / 2);
        add("truncated_before_index.mp4", good.left(moov - 8), "refused");
        add("truncated_10_percent.mp4", good.left(good.size() / 10), "refused");
        add("header_only.mp4", good.left(32), "refused");
        add("truncated_mid_packet.mpg", mpeg1.left(mpeg1.size() * 37 / 100), "either");
        add("truncated_at_60_percent.avi", avi.left(avi.size() * 6 / 10), "either");
        add("truncated_to_one_byte.avi", avi.left(1), "refused");
        {
            QByteArray damaged = good;
            for (qsizetype i = good.size() / 3; i < good.size() / 3 + 200; ++i)
                damaged[i] = char(rng.bounded(256));
            add("corrupt_middle.mp4", damaged, "either");
        }
        {
            QByteArray damaged = mpeg1;
            for (qsizetype i = mpeg1.size() / 2; i < mpeg1.size() / 2 + 300; ++i)
                damaged[i] = char(rng.bounded(256));
            add("corrupt_middle.mpg", damaged, "either");
        }
        {
            QByteArray damaged = avi;
            for (int k = 0; k < 40; ++k)
                damaged[qsizetype(rng.bounded(int(avi.size() / 2))) + avi.size() / 3] = 'X';
            add("scattered_bytes.avi", damaged, "either");
        }
        {
            QByteArray zeros = good;
            for (qsizetype i = good.size() / 4; i < good.size() / 2; ++i)
                zeros[i] = 0;
            add("zeroed_quarter.mp4", zeros, "either");
        }
        add("mp4_named_avi.avi", good, "works");
        add("mpeg1_named_mp4.mp4", mpeg1, "works");
        {
            QByteArray text;
            for (int i = 0; i < 100; ++i)
                text += "Mouse 3 groomed from 00:01:02 to 00:01:09.\n";
            add("notes_named.mp4", text, "refused");
        }
        {
            QByteArray random(20000, '\0');
            for (char &c : random)
                c = char(rng.bounded(256));
            add("random_bytes.mp4", random, "refused");
        }
        add("ebml_then_garbage.mkv",
            QByteArray::fromHex("1a45dfa3") + QByteArray(500, '\x42'),
            "refused");
        {
            // A frame rate of 0 in the AVI main header and the stream header.
            QByteArray zeroRate = avi;
            const qsizetype strh = zeroRate.indexOf("strh");
            QVERIFY(strh > 0);
            // strh: fccType, fccHandler, flags, priority+language, initialFrames, scale, rate
            for (int i = 0; i < 4; ++i)
                zeroRate[strh + 8 + 24 + i] = 0; // dwRate
            add("zero_fps_header.avi", zeroRate, "either");
        }
        {
            // Good videos of their own (the project refuses a second copy of the same content).
            VideoWriterSettings s;
            s.width = 64;
            s.height = 48;
            QString error;
            const QString name = path(QStringLiteral("Mäuse_日本語_ünïcödé.mp4"));
            QVERIFY2(testutil::writeCodedVideo(name, s, 12, &error), qPrintable(error));
            QTest::newRow("non-ASCII path") << name << QStringLiteral("works");
            const QString spaced = path(QStringLiteral("folder with spaces/cage 1 (day 2).mp4"));
            QDir().mkpath(QFileInfo(spaced).path());
            QVERIFY2(testutil::writeCodedVideo(spaced, s, 13, &error), qPrintable(error));
            QTest::newRow("spaces in path") << spaced << QStringLiteral("works");
        }
        QDir(m_dir.path()).mkdir(QStringLiteral("a_folder.mp4"));
        QTest::newRow("a folder") << path(QStringLiteral("a_folder.mp4")) << "refused";
        QTest::newRow("missing file") << path(QStringLiteral("not_there.mp4")) << "refused";
        {
            QFile::link(path(QStringLiteral("not_there.mp4")),
                        path(QStringLiteral("dangling.mp4")));
            QTest::newRow("dangling link") << path(QStringLiteral("dangling.mp4")) << "refused";
        }
        if (::geteuid() != 0) { // root reads every file
            QVERIFY(writeAll(path(QStringLiteral("unreadable.mp4")), good));
            QFile::setPermissions(path(QStringLiteral("unreadable.mp4")), QFileDevice::WriteOwner);
            QTest::newRow("no read permission")
                    << path(QStringLiteral("unreadable.mp4")) << "refused";
        }
        {
            // One frame only.
            VideoWriterSettings s;
            s.width = 64;
            s.height = 48;
            QString error;
            QVERIFY(testutil::writeCodedVideo(path(QStringLiteral("one_frame.mp4")), s, 1, &error));
            QTest::newRow("one frame") << path(QStringLiteral("one_frame.mp4")) << "works";
            s.width = 33;
            s.height = 25;
            s.codec = QStringLiteral("ffv1");
            QVERIFY2(testutil::writeCodedVideo(path(QStringLiteral("odd_size.mkv")), s, 5, &error),
                     qPrintable(error));
            QTest::newRow("odd dimensions") << path(QStringLiteral("odd_size.mkv")) << "works";
        }

        // Made by the ffmpeg program: what other software writes.
        if (!m_haveFfmpeg)
            return;
        struct Made
        {
            const char *name;
            QStringList args;
            const char *expect;
        };
        const QString lavfi = QStringLiteral("lavfi");
        const QString src = QStringLiteral("testsrc=size=64x48:rate=10:duration=1");
        const QList<Made> made{
                {"audio_only.m4a",
                 {"-f", lavfi, "-i", "sine=frequency=440:duration=1", "-c:a", "aac"},
                 "refused"},
                {"audio_only_named.mp4",
                 {"-f", lavfi, "-i", "sine=duration=1", "-c:a", "aac", "-f", "mp4"},
                 "refused"},
                {"still.png", {"-f", lavfi, "-i", src, "-frames:v", "1"}, "either"},
                {"still_jpeg_named.mp4",
                 {"-f", lavfi, "-i", src, "-frames:v", "1", "-f", "mjpeg"},
                 "either"},
                {"animated.gif", {"-f", lavfi, "-i", src}, "works"},
                {"variable_rate.mkv",
                 {"-f", lavfi, "-i", src, "-vf", "setpts='N*N/10/TB'", "-fps_mode", "vfr"},
                 "either"},
                {"rotated.mp4",
                 {"-f", lavfi, "-i", src, "-c:v", "mpeg4", "-metadata:s:v", "rotate=90"},
                 "works"},
                {"with_audio.mp4",
                 {"-f",
                  lavfi,
                  "-i",
                  src,
                  "-f",
                  lavfi,
                  "-i",
                  "sine=duration=1",
                  "-c:v",
                  "mpeg4",
                  "-c:a",
                  "aac",
                  "-shortest"},
                 "works"},
                {"two_video_streams.mkv",
                 {"-f",
                  lavfi,
                  "-i",
                  src,
                  "-f",
                  lavfi,
                  "-i",
                  src,
                  "-map",
                  "0",
                  "-map",
                  "1",
                  "-c:v",
                  "mpeg4"},
                 "works"},
                {"wide_and_flat.avi",
                 {"-f", lavfi, "-i", "testsrc=size=4096x16:rate=10:duration=0.3", "-c:v", "mpeg4"},
                 "works"},
                {"huge_frame.mkv",
                 {"-f",
                  lavfi,
                  "-i",
                  "color=black:size=7680x4320:rate=1:duration=2",
                  "-c:v",
                  "ffv1"},
                 "either"},
                {"raw_h264.h264",
                 {"-f", lavfi, "-i", src, "-c:v", "libx264", "-f", "h264"},
                 "either"},
                {"gray16_ffv1.mkv",
                 {"-f", lavfi, "-i", src, "-pix_fmt", "gray16le", "-c:v", "ffv1"},
                 "works"},
                {"timescale_1.mp4",
                 {"-f", lavfi, "-i", src, "-c:v", "mpeg4", "-video_track_timescale", "1"},
                 "either"},
                {"late_start.mp4",
                 {"-f", lavfi, "-i", src, "-c:v", "mpeg4", "-output_ts_offset", "30"},
                 "works"},
        };
        for (const Made &m : made) {
            const QString out = path(QString::fromUtf8(m.name));
            if (!ffmpeg(m.args + QStringList{out})) {
                qWarning("ffmpeg could not make %s; left out", m.name);
                continue;
            }
            QTest::newRow(m.name) << out << QString::fromLatin1(m.expect);
        }
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QString why;

        // The window runs beside the command-line calls below (to save time; it takes its
        // picture 1 s after it starts, or once the file has been read): a new project opened
        // with the file, as a double-click on the
        // project and a drop of the file would. It adds the file (and shows it: the display
        // decoder reads it) or says why not, names the file, and leaves the project without it;
        // it never crashes or hangs. It saves a picture and quits once the file has been read.
        QString windowProject;
        QProcess windowProcess;
        if (!m_gui.isEmpty()) {
            QString tag = QString::fromLatin1(QTest::currentDataTag());
            tag.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("_"));
            windowProject = path(QStringLiteral("window-%1.ethoproj").arg(tag));
            QFile::remove(windowProject);
            {
                Document created;
                QVERIFY2(created.create(windowProject), qPrintable(created.errorString()));
            }
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            windowProcess.setProcessEnvironment(env);
            // Into files, not pipes: nothing reads the pipes while the command-line calls run.
            windowProcess.setStandardOutputFile(path(QStringLiteral("window.out")));
            windowProcess.setStandardErrorFile(path(QStringLiteral("window.err")));
            windowProcess.start(m_gui,
                                {QStringLiteral("--screenshot"),
                                 path(QStringLiteral("window.png")),
                                 QStringLiteral("--screenshot-delay"),
                                 QStringLiteral("1000"),
                                 windowProject,
                                 file});
            QVERIFY2(windowProcess.waitForStarted(), qPrintable(windowProcess.errorString()));
        }

        // info
        const ProcessRun info = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
        QVERIFY2(answered(info, "info", file, &why), qPrintable(why));
        if (expect == QLatin1String("works"))
            QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        if (expect == QLatin1String("refused"))
            QVERIFY2(info.exitCode != 0, qPrintable(info.out));

        // frame: the first and the last
        qint64 last = 0;
        if (info.exitCode == 0) {
            const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
            last = o.value(QStringLiteral("frameCount")).toInteger() - 1;
            QVERIFY2(last >= 0, qPrintable(info.out));
        }
        for (qint64 n : {qint64(0), last}) {
            const QString png = path(QStringLiteral("frame.png"));
            QFile::remove(png);
            const ProcessRun frame = cli({QStringLiteral("frame"),
                                          file,
                                          QString::number(n),
                                          QStringLiteral("--out"),
                                          png});
            QVERIFY2(answered(frame, "frame", file, &why), qPrintable(why));
            if (frame.exitCode == 0)
                QVERIFY(QFileInfo(png).size() > 0);
            if (expect == QLatin1String("works"))
                QVERIFY2(frame.exitCode == 0, qPrintable(frame.err));
        }

        // project add-video: accepted, or refused with the project unchanged.
        const QString project = path(QStringLiteral("corpus.ethoproj"));
        if (!QFileInfo::exists(project)) {
            Document created;
            QVERIFY2(created.create(project), qPrintable(created.errorString()));
        }
        const QByteArray before = testutil::fileSha256(project);
        int videosBefore = 0;
        {
            Document doc;
            QVERIFY(doc.open(project, ProjectDatabase::OpenMode::ReadOnly));
            videosBefore = int(doc.videos().size());
        }
        const ProcessRun add
                = cli({QStringLiteral("project"), QStringLiteral("add-video"), project, file});
        QVERIFY2(answered(add, "add-video", file, &why), qPrintable(why));
        Document doc;
        QVERIFY2(doc.open(project, ProjectDatabase::OpenMode::ReadOnly),
                 qPrintable(doc.errorString()));
        QCOMPARE(doc.recordsDatabase().integrityCheck(), QStringLiteral("ok"));
        if (add.exitCode == 0) {
            QCOMPARE(int(doc.videos().size()), videosBefore + 1);
            QVERIFY(doc.videos().last().frameCount > 0);
        } else {
            QCOMPARE(int(doc.videos().size()), videosBefore);
            QCOMPARE(testutil::fileSha256(project), before);
        }
        if (expect == QLatin1String("works"))
            QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        if (expect == QLatin1String("refused"))
            QVERIFY(add.exitCode != 0);

        // The window's verdict.
        QString window = QStringLiteral("no GUI build");
        if (!m_gui.isEmpty()) {
            ProcessRun shown;
            if (!windowProcess.waitForFinished(kTimeLimitMs)) {
                windowProcess.kill();
                windowProcess.waitForFinished();
            } else {
                shown.exitCode = windowProcess.exitStatus() == QProcess::NormalExit
                                         ? windowProcess.exitCode()
                                         : int(ProcessRun::Crashed);
            }
            shown.err = QString::fromUtf8(readAll(path(QStringLiteral("window.err"))));
            QVERIFY2(shown.exitCode != ProcessRun::TimedOut, "the window did not quit in time");
            QVERIFY2(shown.exitCode == 0,
                     qPrintable(QStringLiteral("the window crashed or failed (%1): %2")
                                        .arg(shown.exitCode)
                                        .arg(shown.err.right(600))));
            Document inWindow;
            QVERIFY(inWindow.open(windowProject, ProjectDatabase::OpenMode::ReadOnly));
            QCOMPARE(inWindow.recordsDatabase().integrityCheck(), QStringLiteral("ok"));
            if (inWindow.videos().isEmpty()) {
                // Refused: a plain message that names the file.
                QVERIFY2(shown.err.contains(QLatin1String("could not be added"))
                                 || shown.err.contains(QLatin1String("does not exist")),
                         qPrintable(shown.err.right(600)));
                QVERIFY2(plainMessage(shown.err, file, &why), qPrintable(why));
                window = QStringLiteral("refused");
            } else {
                QCOMPARE(int(inWindow.videos().size()), 1);
                window = QStringLiteral("added and shown");
            }
            // The window decides as the command line does.
            QCOMPARE(inWindow.videos().isEmpty(), add.exitCode != 0);
        }
        qInfo("%s: info %s, add-video %s, window %s",
              qPrintable(QFileInfo(file).fileName()),
              info.exitCode == 0 ? "ok" : qPrintable(info.err.trimmed().left(120)),
              add.exitCode == 0 ? "added" : "refused",
              qPrintable(window));
    }
};

QTEST_GUILESS_MAIN(TestBadVideos)
#include "test_bad_videos.moc"
