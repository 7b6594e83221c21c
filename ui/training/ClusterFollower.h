// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace ethoscribe {

// The Retrain dialog's side of a cross-validation on a SLURM cluster (docs/CLUSTER.md): it runs
// `ethoscribe-cli cv ... --slurm` to submit, `runs status --json` every few seconds to follow,
// `runs collect` when every task is done, `runs resubmit --failed` and scancel, each as an
// asynchronous child process, so the window never waits for the scheduler.
class ClusterFollower : public QObject
{
    Q_OBJECT

public:
    ClusterFollower(const QString &cliPath, QObject *parent = nullptr);
    ~ClusterFollower() override;

    // True when sbatch is on the PATH (the option is offered only then).
    static bool available();

    void submit(const QStringList &cvArguments, const QString &runDir);
    // Follows a run submitted earlier (the dialog was closed and opened again): polls its status
    // and collects it when every task is done, as after submit().
    void follow(const QString &runDir);
    // The newest cluster run in the project's run folder (<project>.runs) that was submitted but
    // not collected yet (cluster.json without summary.json); empty when none is newer than the
    // project's newest local run.
    static QString pendingRunOf(const QString &projectPath);
    void resubmitFailed();
    void cancel();
    QString runDir() const { return m_runDir; }
    bool busy() const { return m_process && m_process->state() != QProcess::NotRunning; }

Q_SIGNALS:
    void submitted();
    // `runs status --json` as printed.
    void status(const QJsonObject &status);
    void collected(bool ok, const QString &message);
    void failed(const QString &message);

private:
    void run(const QStringList &arguments,
             std::function<void(int, const QString &, const QString &)> done);
    void poll();

    QString m_cli;
    QString m_runDir;
    QTimer m_timer;
    std::unique_ptr<QProcess> m_process;
    bool m_collecting = false;
};

} // namespace ethoscribe
