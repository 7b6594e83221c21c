// SPDX-License-Identifier: GPL-3.0-or-later
// RunMonitor follows a run folder: the events of events.jsonl in order and whole lines only, the
// state from the manifest and the process, and a folder that stops answering (a network share)
// never blocks the thread that owns the monitor.
#include "cv/RunMonitor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ethoscribe;

namespace {

void writeManifest(const QString &dir, const QString &status, qint64 pid)
{
    QJsonObject m{{QStringLiteral("status"), status},
                  {QStringLiteral("pid"), pid},
                  {QStringLiteral("host"), QSysInfo::machineHostName()}};
    QFile f(QDir(dir).filePath(QStringLiteral("manifest.json.tmp")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(m).toJson());
    f.close();
    QFile::remove(QDir(dir).filePath(QStringLiteral("manifest.json")));
    QVERIFY(f.rename(QDir(dir).filePath(QStringLiteral("manifest.json"))));
}

void append(const QString &dir, const QByteArray &bytes)
{
    QFile f(QDir(dir).filePath(QStringLiteral("events.jsonl")));
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(bytes), bytes.size());
}

QList<int> steps(const QSignalSpy &spy)
{
    QList<int> result;
    for (const QList<QVariant> &args : spy)
        result << args.at(0).toJsonObject().value(QStringLiteral("iter")).toInt();
    return result;
}

} // namespace

class TestRunMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEventsAndState();
    void aFolderThatHangsDoesNotBlock();
};

void TestRunMonitor::followsEventsAndState()
{
    QTemporaryDir dir;
    const QString run = dir.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(run));
    // Running: this process stands for the run's.
    writeManifest(run, QStringLiteral("running"), QCoreApplication::applicationPid());
    append(run, "{\"event\":\"progress\",\"iter\":1}\n{\"event\":\"progress\",\"iter\":2}\n{\"eve");

    RunMonitor monitor;
    QSignalSpy events(&monitor, &RunMonitor::event);
    QSignalSpy states(&monitor, &RunMonitor::stateChanged);
    monitor.follow(run);
    QCOMPARE(monitor.state(), RunMonitor::State::Starting); // until the folder has been read
    QTRY_COMPARE(monitor.state(), RunMonitor::State::Running);
    QCOMPARE(steps(events), QList<int>({1, 2})); // the unfinished line waits
    // The rest of the line, a line that is not JSON (skipped), and one more.
    append(run, "nt\":\"progress\",\"iter\":3}\nnot json\n{\"event\":\"progress\",\"iter\":4}\n");
    QTRY_COMPARE(steps(events), QList<int>({1, 2, 3, 4}));

    // Its process ends saying it was cancelled: Cancelled, and the monitor stops reading.
    writeManifest(run, QStringLiteral("cancelled"), 0);
    QTRY_COMPARE(monitor.state(), RunMonitor::State::Cancelled);
    append(run, "{\"event\":\"progress\",\"iter\":5}\n");
    QTest::qWait(700);
    QCOMPARE(steps(events), QList<int>({1, 2, 3, 4}));

    // Followed again from the start (a reopened window): every event once, in order; a run
    // whose process is gone without a word is interrupted.
    writeManifest(run, QStringLiteral("running"), 0);
    events.clear();
    monitor.follow(run);
    QTRY_COMPARE(monitor.state(), RunMonitor::State::Interrupted);
    QCOMPARE(steps(events), QList<int>({1, 2, 3, 4, 5}));
    QVERIFY(monitor.message().contains(QStringLiteral("without finishing")));
    QVERIFY(states.count() >= 4);
}

void TestRunMonitor::aFolderThatHangsDoesNotBlock()
{
    // events.jsonl is a named pipe nobody writes: opening it blocks, as a read from a network
    // share that stopped answering does. A helper thread unblocks it after two seconds (so that
    // a monitor that reads on its owner's thread fails this test instead of hanging it):
    // it opens the pipe for writing, puts a regular events file in its place, and closes it.
    QTemporaryDir dir;
    const QString run = dir.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(run));
    writeManifest(run, QStringLiteral("running"), QCoreApplication::applicationPid());
    const QByteArray pipe = QFile::encodeName(QDir(run).filePath(QStringLiteral("events.jsonl")));
    QCOMPARE(::mkfifo(pipe.constData(), 0600), 0);
    const QString regular = dir.filePath(QStringLiteral("events.jsonl"));
    {
        QFile f(regular);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"event\":\"progress\",\"iter\":7}\n");
    }
    const QByteArray regularName = QFile::encodeName(regular);
    std::atomic<bool> unblocked{false};
    std::thread helper([&] {
        std::this_thread::sleep_for(std::chrono::seconds(2));
        const int fd = ::open(pipe.constData(), O_WRONLY); // meets the blocked reader
        ::rename(regularName.constData(), pipe.constData());
        if (fd >= 0)
            ::close(fd);
        unblocked = true;
    });

    RunMonitor monitor;
    QSignalSpy events(&monitor, &RunMonitor::event);
    QElapsedTimer clock;
    clock.start();
    monitor.follow(run);
    const qint64 followMs = clock.elapsed();
    bool ticked = false;
    QTimer::singleShot(50, [&] { ticked = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ticked, 1000);
    const qint64 tickMs = clock.elapsed();
    const bool stillBlocked = !unblocked;
    const RunMonitor::State meanwhile = monitor.state();
    helper.join();
    QVERIFY2(followMs < 500, qPrintable(QStringLiteral("follow() took %1 ms").arg(followMs)));
    QVERIFY2(tickMs < 1000 && stillBlocked,
             qPrintable(QStringLiteral("the event loop ran again after %1 ms").arg(tickMs)));
    QCOMPARE(meanwhile, RunMonitor::State::Starting);
    // Once the folder answers, the run is followed as usual.
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), RunMonitor::State::Running, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(steps(events), QList<int>({7}), 5000);
}

QTEST_GUILESS_MAIN(TestRunMonitor)
#include "test_run_monitor.moc"
