// SPDX-License-Identifier: GPL-3.0-or-later
#include "cv/RunMonitor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QtConcurrent>

#include <cerrno>
#include <csignal>

#include <sys/types.h>
#include <unistd.h>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunMonitor)
};

bool alive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QJsonObject readManifest(const QString &runDir)
{
    QFile f(QDir(runDir).filePath(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString logTail(const QString &path, int lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    f.seek(std::max<qint64>(0, f.size() - 4096));
    QStringList all = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

RunMonitor::State stateFrom(const QString &runDir, qint64 knownPid, QString *message)
{
    const QJsonObject manifest = readManifest(runDir);
    if (manifest.isEmpty()) {
        if (alive(knownPid))
            return RunMonitor::State::Starting;
        const QString tail = logTail(RunMonitor::logPathFor(runDir), 6);
        if (knownPid > 0 || !tail.isEmpty()) {
            if (message)
                *message = tail.isEmpty() ? Tr::tr("The run ended before it began, without a word.")
                                          : tail;
            return RunMonitor::State::Failed;
        }
        return RunMonitor::State::Idle;
    }
    const QString status = manifest.value(QStringLiteral("status")).toString();
    qint64 pid = manifest.value(QStringLiteral("pid")).toInteger();
    if (knownPid > 0 && pid != knownPid) {
        // The manifest is an earlier attempt's (a run being resumed): the child we started has
        // not rewritten it yet, or died before it could (it refused to resume).
        if (alive(knownPid))
            return RunMonitor::State::Starting;
        if (message)
            *message = logTail(RunMonitor::logPathFor(runDir), 6);
        return RunMonitor::State::Failed;
    }
    if (pid <= 0)
        pid = knownPid;
    const QString host = manifest.value(QStringLiteral("host")).toString();
    const bool here = host.isEmpty() || host == QSysInfo::machineHostName();
    const bool running = here && alive(pid);
    if (status == QLatin1String("running")) {
        if (running || !here) // another computer's run: its manifest is all there is to know
            return RunMonitor::State::Running;
        if (message)
            *message = Tr::tr(
                    "The run stopped without finishing: its process ended without saying "
                    "why (was it killed, or out of memory?). Resume it to continue from its "
                    "last checkpoint.");
        return RunMonitor::State::Interrupted;
    }
    if (message)
        *message = manifest.value(QStringLiteral("error")).toString();
    if (status == QLatin1String("done")) // the process still writes the report: not yet done
        return running && pid > 0 ? RunMonitor::State::Running : RunMonitor::State::Done;
    if (status == QLatin1String("cancelled"))
        return RunMonitor::State::Cancelled;
    return RunMonitor::State::Failed;
}

} // namespace

// What one read of the run folder found, made on a worker thread from copies of the monitor's
// values and handed back to the monitor's thread.
struct RunMonitor::Reading
{
    quint64 generation = 0;
    QList<QJsonObject> events;
    qint64 offset = 0;
    QByteArray partial;
    State state = State::Idle;
    QString message;
};

namespace {

RunMonitor::Reading readRun(
        quint64 generation, const QString &runDir, qint64 pid, qint64 offset, QByteArray partial)
{
    RunMonitor::Reading r;
    r.generation = generation;
    // New events, whole lines only.
    QFile events(QDir(runDir).filePath(QStringLiteral("events.jsonl")));
    if (events.open(QIODevice::ReadOnly) && events.size() > offset) {
        events.seek(offset);
        const QByteArray chunk = events.readAll();
        offset += chunk.size();
        partial += chunk;
        qsizetype start = 0;
        qsizetype end;
        while ((end = partial.indexOf('\n', start)) >= 0) {
            const QJsonObject e
                    = QJsonDocument::fromJson(
                              QByteArray::fromRawData(partial.constData() + start, end - start))
                              .object();
            if (!e.isEmpty())
                r.events.append(e);
            start = end + 1;
        }
        partial.remove(0, start);
    }
    r.offset = offset;
    r.partial = partial;
    r.state = stateFrom(runDir, pid, &r.message);
    return r;
}

} // namespace

RunMonitor::RunMonitor(QObject *parent)
    : QObject(parent)
    , m_reading(std::make_unique<QFutureWatcher<Reading>>())
{
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &RunMonitor::poll);
    connect(m_reading.get(), &QFutureWatcherBase::finished, this, &RunMonitor::readDone);
}

// A read still running finishes on its own (it holds only copies) and its result is dropped.
RunMonitor::~RunMonitor() = default;

QString RunMonitor::logPathFor(const QString &runDir)
{
    const QFileInfo info(runDir);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".log"));
}

QString RunMonitor::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Starting:
        return QStringLiteral("starting");
    case State::Running:
        return QStringLiteral("running");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

RunMonitor::State RunMonitor::stateOf(const QString &runDir, QString *message)
{
    return stateFrom(runDir, 0, message);
}

QStringList RunMonitor::runsOf(const QString &projectPath)
{
    const QFileInfo project(projectPath);
    const QDir runs(
            project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral(".runs")));
    QStringList result;
    const QFileInfoList dirs = runs.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
    for (const QFileInfo &d : dirs)
        if (QFileInfo::exists(QDir(d.absoluteFilePath()).filePath(QStringLiteral("manifest.json"))))
            result << d.absoluteFilePath();
    return result;
}

bool RunMonitor::start(const QString &program,
                       const QStringList &arguments,
                       const QString &runDir,
                       QString *error)
{
    m_timer.stop();
    const QString dir = QFileInfo(runDir).absoluteFilePath();
    QDir().mkpath(QFileInfo(dir).absolutePath());
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    const QString log = logPathFor(dir);
    process.setStandardOutputFile(log, QIODevice::Append);
    process.setStandardErrorFile(log, QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    // The command, for whoever reads the log after a failure.
    QFile header(log);
    if (header.open(QIODevice::Append)) {
        header.write(QStringLiteral("# %1: %2 %3\n")
                             .arg(QDateTime::currentDateTime().toString(Qt::ISODate),
                                  program,
                                  arguments.join(QLatin1Char(' ')))
                             .toUtf8());
        header.close();
    }
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        if (error)
            *error = Tr::tr("Could not start %1: %2")
                             .arg(QDir::toNativeSeparators(program), process.errorString());
        return false;
    }
    m_pid = pid;
    // Events already there belong to earlier attempts (a resumed run): follow what is new.
    ++m_generation;
    m_runDir = dir;
    m_offset = QFileInfo(QDir(dir).filePath(QStringLiteral("events.jsonl"))).size();
    m_partial.clear();
    m_startingPolls = 0;
    setState(State::Starting);
    m_timer.start();
    return true;
}

void RunMonitor::follow(const QString &runDir)
{
    ++m_generation;
    m_runDir = QFileInfo(runDir).absoluteFilePath();
    m_pid = 0;
    m_offset = 0;
    m_partial.clear();
    // Starting until the first read says what the run is: nothing may be started over it.
    m_startingPolls = kStartingPolls;
    setState(State::Starting);
    poll();
    m_timer.start();
}

bool RunMonitor::cancel()
{
    qint64 pid = readManifest(m_runDir).value(QStringLiteral("pid")).toInteger();
    if (pid <= 0)
        pid = m_pid;
    if (!alive(pid))
        return false;
    return ::kill(pid_t(pid), SIGTERM) == 0;
}

void RunMonitor::setState(State state, const QString &message)
{
    m_message = message;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RunMonitor::poll()
{
    if (m_runDir.isEmpty() || m_readInFlight)
        return;
    m_readInFlight = true;
    m_reading->setFuture(
            QtConcurrent::run(readRun, m_generation, m_runDir, m_pid, m_offset, m_partial));
}

void RunMonitor::readDone()
{
    m_readInFlight = false;
    const Reading r = m_reading->result();
    const quint64 generation = m_generation;
    if (r.generation != generation) {
        // Read for a run no longer followed: read the current one now.
        if (m_timer.isActive())
            poll();
        return;
    }
    m_offset = r.offset;
    m_partial = r.partial;
    for (const QJsonObject &e : r.events) {
        Q_EMIT event(e);
        if (m_generation != generation)
            return; // a receiver started or followed another run
    }
    State now = r.state;
    // A freshly started child may take a moment to be seen; its death before the manifest is a
    // failure only once it is really gone.
    if (now == State::Idle && m_state == State::Starting && ++m_startingPolls < kStartingPolls)
        now = State::Starting;
    setState(now, r.message);
    if (m_generation != generation)
        return;
    if (now == State::Done || now == State::Failed || now == State::Cancelled
        || now == State::Interrupted)
        m_timer.stop();
}

} // namespace ethoscribe
