// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ClusterFollower.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ethoscribe {

ClusterFollower::ClusterFollower(const QString &cliPath, QObject *parent)
    : QObject(parent)
    , m_cli(cliPath)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &ClusterFollower::poll);
}

ClusterFollower::~ClusterFollower()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

bool ClusterFollower::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sbatch")).isEmpty();
}

void ClusterFollower::run(const QStringList &arguments,
                          std::function<void(int, const QString &, const QString &)> done)
{
    if (busy())
        return;
    // The previous child may be the one whose finished() is calling us: let it go later.
    if (m_process)
        m_process.release()->deleteLater();
    m_process = std::make_unique<QProcess>();
    QProcess *p = m_process.get();
    connect(p, &QProcess::finished, this, [this, p, done](int code, QProcess::ExitStatus status) {
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
        done(status == QProcess::NormalExit ? code : -1, out, err);
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            Q_EMIT failed(tr("Could not start %1: %2").arg(m_cli, p->errorString()));
    });
    p->start(m_cli, arguments);
}

void ClusterFollower::submit(const QStringList &cvArguments, const QString &runDir)
{
    m_runDir = runDir;
    m_collecting = false;
    run(cvArguments, [this](int code, const QString &, const QString &err) {
        if (code != 0) {
            Q_EMIT failed(err.isEmpty() ? tr("The submission failed.") : err);
            return;
        }
        Q_EMIT submitted();
        m_timer.start();
        QTimer::singleShot(300, this, &ClusterFollower::poll);
    });
}

void ClusterFollower::follow(const QString &runDir)
{
    m_runDir = runDir;
    m_collecting = false;
    m_timer.start();
    QTimer::singleShot(0, this, &ClusterFollower::poll);
}

QString ClusterFollower::pendingRunOf(const QString &projectPath)
{
    const QFileInfo project(projectPath);
    const QDir runs(
            project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral(".runs")));
    // Newest first: only the project's latest run is offered, as for local runs.
    for (const QFileInfo &d : runs.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time)) {
        const QDir dir(d.absoluteFilePath());
        const bool cluster = QFileInfo::exists(dir.filePath(QStringLiteral("cluster.json")));
        if (cluster && !QFileInfo::exists(dir.filePath(QStringLiteral("summary.json"))))
            return d.absoluteFilePath();
        if (cluster || QFileInfo::exists(dir.filePath(QStringLiteral("manifest.json"))))
            return QString();
    }
    return QString();
}

void ClusterFollower::poll()
{
    if (busy() || m_runDir.isEmpty())
        return;
    run({QStringLiteral("runs"), QStringLiteral("status"), m_runDir, QStringLiteral("--json")},
        [this](int code, const QString &out, const QString &err) {
            if (code != 0) {
                Q_EMIT failed(err);
                m_timer.stop();
                return;
            }
            const QJsonObject s = QJsonDocument::fromJson(out.toUtf8()).object();
            Q_EMIT status(s);
            if (!s.value(QStringLiteral("complete")).toBool() || m_collecting)
                return;
            // Every task is done: gather the run (the project is open here, so the run is
            // recorded by the dialog, from the folder).
            m_collecting = true;
            m_timer.stop();
            run({QStringLiteral("runs"),
                 QStringLiteral("collect"),
                 m_runDir,
                 QStringLiteral("--no-record"),
                 QStringLiteral("--human")},
                [this](int collectCode, const QString &, const QString &collectErr) {
                    Q_EMIT collected(collectCode == 0, collectErr);
                });
        });
}

void ClusterFollower::resubmitFailed()
{
    if (m_runDir.isEmpty())
        return;
    m_collecting = false;
    run({QStringLiteral("runs"), QStringLiteral("resubmit"), m_runDir, QStringLiteral("--failed")},
        [this](int code, const QString &, const QString &err) {
            if (code != 0)
                Q_EMIT failed(err);
            m_timer.start();
        });
}

void ClusterFollower::cancel()
{
    QFile f(QDir(m_runDir).filePath(QStringLiteral("cluster.json")));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QStringList jobs;
    for (const QJsonValue &j :
         QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("jobs")).toArray())
        jobs << j.toObject().value(QStringLiteral("id")).toString();
    if (!jobs.isEmpty())
        QProcess::startDetached(QStringLiteral("scancel"), jobs);
}

} // namespace ethoscribe
