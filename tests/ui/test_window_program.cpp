// SPDX-License-Identifier: GPL-3.0-or-later
// The window program (ethoscribe) as scripts and the package test start it: `--demo DIR
// --screenshot FILE` makes the demo project, saves a picture and quits, also when the picture is
// taken while the demo's analysis still runs (it must not wait for an answer to "Analyses are
// running: stop and quit?", which nobody can give offscreen).
#include "ProcessTestUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ethoscribe;
using testutil::ProcessRun;
using testutil::runProcess;

class TestWindowProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoScreenshotQuits()
    {
        const QString cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
        const QString window = QFileInfo(cli).dir().filePath(QStringLiteral("ethoscribe"));
        if (cli.isEmpty() || !QFileInfo(window).isExecutable())
            QSKIP("the window program is not built beside ETHOSCRIBE_CLI");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString demo = dir.filePath(QStringLiteral("demo"));
        const QString picture = dir.filePath(QStringLiteral("window.png"));
        // First start: makes the demo's videos and project, then starts analysing them.
        ProcessRun r = runProcess(window,
                                  {QStringLiteral("--demo"),
                                   demo,
                                   QStringLiteral("--screenshot"),
                                   picture,
                                   QStringLiteral("--screenshot-delay"),
                                   QStringLiteral("0")},
                                  120000);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY(QFileInfo(picture).size() > 0);
        // Second start: the demo exists, the analysis resumes at once and is still running when
        // the picture is taken half a second later.
        QFile::remove(picture);
        r = runProcess(window,
                       {QStringLiteral("--demo"),
                        demo,
                        QStringLiteral("--screenshot"),
                        picture,
                        QStringLiteral("--screenshot-delay"),
                        QStringLiteral("500")},
                       60000);
        QVERIFY2(r.exitCode != ProcessRun::TimedOut,
                 "the window did not quit after its picture (waiting for an answer?)");
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY(QFileInfo(picture).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestWindowProgram)
#include "test_window_program.moc"
