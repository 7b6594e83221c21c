// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TimeLeft.h"
#include "cv/RunMonitor.h"
#include "training/ClusterFollower.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ethoscribe {

// Models > Retrain...: leave-one-recording-out cross-validation of the project's labels with the
// chosen networks, streams, size, tuning and starting weights. It starts `ethoscribe-cli cv` as a
// child process (RunMonitor: a crash or out-of-memory there cannot touch the open project),
// shows the fold being trained, the step, live loss curves and the log; Cancel stops the run
// after a checkpoint and Resume continues it. When the run is done, the project records it
// (through the recorder the window gives) and the dialog shows each network's best accuracy.
// Opened on a project whose latest run is still going, it follows that run; if the latest run
// was cancelled or interrupted, it offers to resume it.
class RetrainDialog : public QDialog
{
    Q_OBJECT

public:
    using Recorder = std::function<bool(const QString &runDir, QString *error)>;

    RetrainDialog(const QString &projectPath,
                  const QString &cliPath,
                  Recorder recorder,
                  QWidget *parent = nullptr);
    ~RetrainDialog() override;

    // Starting weights to offer (MODEL/STREAM=FILE pairs separated by commas, as the field
    // takes them): the project's imported pretrained models. Kept when the field is not empty.
    void setStartingWeights(const QString &text);
    // More `cv` options, after those of the form (tests: tiny networks).
    void setExtraArguments(const QStringList &arguments) { m_extra = arguments; }
    // The `cv` arguments the form stands for (without --resume).
    QStringList arguments() const;

    RunMonitor::State state() const { return m_monitor.state(); }
    QString runDir() const
    {
        return m_clusterState.isEmpty() ? m_monitor.runDir() : m_cluster.runDir();
    }
    // A cluster run: "submitting", "running", "collecting", "done" or "failed"; empty otherwise.
    QString clusterState() const { return m_clusterState; }
    QString resultText() const;
    QString statusText() const;
    // "about 12 minutes left" beside the progress bar while a run goes; empty when not known.
    QString timeLeftText() const;
    QString logText() const;
    // Presses "Use the New Models" (tests); enabled when a finished run made models on all
    // recordings.
    void useNewModels();
    bool canUseNewModels() const;

Q_SIGNALS:
    // The model files (one per network and stream) the window should analyse with.
    void useModels(const QStringList &modelPaths);

public Q_SLOTS:
    void startRun();
    void cancelRun();
    void resumeRun();

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void onEvent(const QJsonObject &event);
    void onState(RunMonitor::State state);
    void showResults();
    void updateButtons();
    void setFormEnabled(bool enabled);
    QString newRunDir() const;
    QStringList clusterArguments() const;
    void onClusterStatus(const QJsonObject &status);
    // The progress bar and the time left, at a time in ms since the epoch.
    void setProgress(double fraction, qint64 atMs);

    QString m_project;
    QString m_cli;
    Recorder m_recorder;
    QStringList m_extra;
    QStringList m_lastArguments;
    RunMonitor m_monitor;
    ClusterFollower m_cluster;
    QString m_clusterState;

    QCheckBox *m_i3d = nullptr;
    QCheckBox *m_r2plus1d = nullptr;
    QCheckBox *m_rgb = nullptr;
    QCheckBox *m_flow = nullptr;
    QComboBox *m_size = nullptr;
    QComboBox *m_tune = nullptr;
    QSpinBox *m_iterations = nullptr;
    QLineEdit *m_init = nullptr;
    QPushButton *m_browseInit = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_device = nullptr;
    QCheckBox *m_finalModels = nullptr;
    QCheckBox *m_onCluster = nullptr;
    QLineEdit *m_partition = nullptr;
    QLineEdit *m_time = nullptr;
    QLineEdit *m_mem = nullptr;
    QLineEdit *m_gres = nullptr;
    QSpinBox *m_cpus = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_timeLeft = nullptr;
    // Local runs: progress stands still during the optical flow before the first training step,
    // which is not repeated, so it is not extrapolated. Cluster runs: tasks done of all.
    TimeLeftEstimate m_estimate{TimeLeftEstimate::Anchor::LastBeforeMoving};
    QLabel *m_result = nullptr;
    QCustomPlot *m_plot = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_useModels = nullptr;

    int m_folds = 0;
    int m_fold = -1;
    bool m_foldOnAll = false; // the fold being run trains on all recordings (predicts nothing)
    int m_trainingsPerFold = 1;
    int m_trainingsDone = 0;
    // The run's events say how far it is ("fraction": its features and trainings weighed by
    // their cost, see CrossValidationRun); counting trainings here is the fallback for runs
    // whose events do not.
    bool m_runFractions = false;
    QHash<QString, int> m_graphs; // "fold/model/stream" -> graph index
};

} // namespace ethoscribe
