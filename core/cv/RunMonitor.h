// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

template<typename T>
class QFutureWatcher;

namespace ethoscribe {

// Starts and follows a training or cross-validation run (`ethoscribe-cli cv`/`train`) through its
// folder, as the window's Retrain dialog does: the child is started detached, so that it outlives
// the window (closing it may leave the run going), and everything about it is read from the run
// folder (docs/ARCHITECTURE.md, "Runs"): each new line of events.jsonl is emitted as event(), the
// manifest's status and the process's pid say whether it is running, done, failed, cancelled, or
// interrupted (the process died without saying so: killed, out of memory). A reopened project
// follows a run that is still going the same way. The child's own output goes to <run>.log
// beside the folder, where a crash that happens before the run folder exists can be read.
// The folder is read on a worker thread, one read at a time: a run folder on a network share
// that stops answering never blocks the thread that owns the monitor (the window's), and a
// long run's events are parsed there too; the signals are emitted on the owner's thread.
class RunMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Running, Done, Failed, Cancelled, Interrupted };
    Q_ENUM(State)

    explicit RunMonitor(QObject *parent = nullptr);
    ~RunMonitor() override;

    // Starts `program arguments` detached (the arguments must make it write into runDir) and
    // follows runDir. False with *error when the program cannot be started.
    bool start(const QString &program,
               const QStringList &arguments,
               const QString &runDir,
               QString *error);
    // Follows an existing run folder from its first event. The state is Starting until the
    // folder has been read (on the worker thread), then the run's.
    void follow(const QString &runDir);
    // Asks the run to stop (SIGTERM: it saves a checkpoint and says "cancelled").
    bool cancel();

    State state() const { return m_state; }
    QString runDir() const { return m_runDir; }
    // Why it failed or stopped, in the run's own words (or the log's last lines).
    QString message() const { return m_message; }
    qint64 pid() const { return m_pid; }

    // The state of a run folder as a newcomer sees it (no events read).
    static State stateOf(const QString &runDir, QString *message = nullptr);
    // The run folders of a project (<project>.runs/*), newest first.
    static QStringList runsOf(const QString &projectPath);
    static QString logPathFor(const QString &runDir);
    static QString stateName(State state);

    struct Reading; // one read of the folder, made on the worker thread

Q_SIGNALS:
    void event(const QJsonObject &event);
    void stateChanged(ethoscribe::RunMonitor::State state);

private:
    void poll();
    void readDone();
    void setState(State state, const QString &message = {});

    QTimer m_timer;
    QString m_runDir;
    qint64 m_pid = 0;
    qint64 m_offset = 0; // read so far in events.jsonl
    QByteArray m_partial;
    State m_state = State::Idle;
    QString m_message;
    int m_startingPolls = 0;
    // The read in progress on the worker thread, if any; a read started for another folder (or
    // another start of the same one) is dropped when it ends: its generation is not current.
    std::unique_ptr<QFutureWatcher<Reading>> m_reading;
    bool m_readInFlight = false;
    quint64 m_generation = 0;
    static constexpr int kStartingPolls = 20;
};

} // namespace ethoscribe
