// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli is two executables (app/cli/CliMain.h): the commands that need no LibTorch run
// in `ethoscribe-cli` itself, which does not load LibTorch; for the others it becomes
// `ethoscribe-cli-networks`, passing on arguments, output and exit codes. Where that part is
// missing, the commands that need it say so plainly and the others still work. Prints the start
// times of both (measured, not asserted). The networks part gets a short OpenMP spin
// (core/common/OpenMpWait.h) unless the user chose how OpenMP threads wait.
#include "ProcessTestUtil.h"
#include "common/OpenMpWait.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace ethoscribe;
using testutil::ProcessRun;
using testutil::runProcess;

class TestCliStartup : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QTemporaryDir m_dir;

    QString describe(const ProcessRun &r) const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
    }

    // Median wall time of a few runs, in ms.
    static double startTime(const QString &program, const QStringList &args)
    {
        std::vector<qint64> ms;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            runProcess(program, args);
            ms.push_back(t.elapsed());
        }
        std::sort(ms.begin(), ms.end());
        return double(ms[ms.size() / 2]);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("ETHOSCRIBE_CLI");
        if (m_cli.isEmpty() || !QFileInfo(m_cli).isExecutable())
            QSKIP("ETHOSCRIBE_CLI is not set to the ethoscribe-cli executable");
        QVERIFY(m_dir.isValid());
    }

    void frontDoesNotLoadLibTorch()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {m_cli});
        if (!ldd.waitForFinished(30000) || ldd.exitCode() != 0)
            QSKIP("ldd cannot list the libraries here");
        const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(QLatin1String("libQt6Core")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QLatin1String("libtorch"))
                         && !libraries.contains(QLatin1String("libc10")),
                 qPrintable(libraries));

        const QString networks
                = QFileInfo(m_cli).dir().filePath(QStringLiteral("ethoscribe-cli-networks"));
        ldd.start(QStringLiteral("ldd"), {networks});
        QVERIFY(ldd.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(ldd.readAllStandardOutput()).contains(QLatin1String("libtorch")));
    }

    void networkCommandsPassThrough()
    {
        // Help of a command that runs networks: from the other executable, named as typed.
        ProcessRun r = runProcess(
                m_cli,
                {QStringLiteral("model"), QStringLiteral("summary"), QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("ethoscribe-cli model summary")), qPrintable(r.out));
        // Exit codes and standard error come through: a usage error is 2.
        r = runProcess(m_cli, {QStringLiteral("train"), QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("ethoscribe-cli train")), qPrintable(r.err));
        // The list of commands has both kinds; --version names LibTorch.
        r = runProcess(m_cli, {QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QLatin1String("  analyze "))
                && r.out.contains(QLatin1String("  info ")));
        r = runProcess(m_cli, {QStringLiteral("--version")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("LibTorch")),
                 qPrintable(describe(r)));
        r = runProcess(m_cli, {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("'frobnicate' is not a command")), qPrintable(r.err));
        r = runProcess(m_cli, {QStringLiteral("model")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("model summary")), qPrintable(r.err));

        qInfo("start-up, median of 5: `info --help` %.0f ms (ethoscribe-cli alone), "
              "`model summary --help` %.0f ms (through ethoscribe-cli-networks)",
              startTime(m_cli, {QStringLiteral("info"), QStringLiteral("--help")}),
              startTime(m_cli,
                        {QStringLiteral("model"),
                         QStringLiteral("summary"),
                         QStringLiteral("--help")}));
    }

    void openMpThreadsSpinBriefly()
    {
        // ethoscribe-cli sets a short OpenMP spin for ethoscribe-cli-networks unless the user
        // chose how OpenMP threads wait; --version says what the networks part runs with.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GOMP_SPINCOUNT"));
        env.remove(QStringLiteral("OMP_WAIT_POLICY"));
        ProcessRun r = runProcess(m_cli, {QStringLiteral("--version")}, 60000, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("GOMP_SPINCOUNT=%1").arg(kOpenMpSpinCount)),
                 qPrintable(r.out));

        QProcessEnvironment own = env;
        own.insert(QStringLiteral("GOMP_SPINCOUNT"), QStringLiteral("77"));
        r = runProcess(m_cli, {QStringLiteral("--version")}, 60000, {}, own);
        QVERIFY2(r.out.contains(QLatin1String("spin 77 times")), qPrintable(r.out));

        own = env;
        own.insert(QStringLiteral("OMP_WAIT_POLICY"), QStringLiteral("PASSIVE"));
        r = runProcess(m_cli, {QStringLiteral("--version")}, 60000, {}, own);
        QVERIFY2(r.out.contains(QLatin1String("OMP_WAIT_POLICY=PASSIVE"))
                         && !r.out.contains(QLatin1String("GOMP_SPINCOUNT")),
                 qPrintable(r.out));
    }

    void networksPartKeepsFreedTensors()
    {
        // The networks part keeps freed activations for the next pass (nets/CpuMemoryPool.h);
        // ETHOSCRIBE_CPU_POOL_MB sets its limit, 0 turns it off.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ETHOSCRIBE_CPU_POOL_MB"));
        ProcessRun r = runProcess(m_cli, {QStringLiteral("--version")}, 60000, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("kept for reuse")), qPrintable(r.out));

        env.insert(QStringLiteral("ETHOSCRIBE_CPU_POOL_MB"), QStringLiteral("300"));
        r = runProcess(m_cli, {QStringLiteral("--version")}, 60000, {}, env);
        QVERIFY2(r.out.contains(QLatin1String("up to 300 MiB")), qPrintable(r.out));

        env.insert(QStringLiteral("ETHOSCRIBE_CPU_POOL_MB"), QStringLiteral("0"));
        r = runProcess(m_cli, {QStringLiteral("--version")}, 60000, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("LibTorch's own CPU allocator"))
                         && !r.out.contains(QLatin1String("kept for reuse")),
                 qPrintable(r.out));
    }

    void withoutTheNetworksPart()
    {
        // ethoscribe-cli alone in a folder, as in an installation that lost the other part.
        const QString alone = m_dir.filePath(QStringLiteral("bin/ethoscribe-cli"));
        QVERIFY(QDir().mkpath(QFileInfo(alone).path()));
        QVERIFY(QFile::copy(m_cli, alone));
        ProcessRun r = runProcess(
                alone,
                {QStringLiteral("model"), QStringLiteral("summary"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("ethoscribe-cli-networks"))
                         && r.err.contains(QLatin1String("Reinstall Ethoscribe")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("std::")), qPrintable(r.err));
        // The commands that need no networks still work.
        const QString missing = m_dir.filePath(QStringLiteral("no-such-video.mp4"));
        r = runProcess(alone, {QStringLiteral("info"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no-such-video.mp4"))
                         && !r.err.contains(QLatin1String("Reinstall")),
                 qPrintable(r.err));
        r = runProcess(alone,
                       {QStringLiteral("project"),
                        QStringLiteral("create"),
                        m_dir.filePath(QStringLiteral("p.ethoproj"))});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("p.ethoproj"))));
    }
};

QTEST_GUILESS_MAIN(TestCliStartup)
#include "test_cli_startup.moc"
