// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/RetrainDialog.h"

#include "plots/QCustomPlotHeader.h"
#include "training/RunResultsDialog.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

RetrainDialog::RetrainDialog(const QString &projectPath,
                             const QString &cliPath,
                             Recorder recorder,
                             QWidget *parent)
    : QDialog(parent)
    , m_project(QFileInfo(projectPath).absoluteFilePath())
    , m_cli(cliPath)
    , m_recorder(std::move(recorder))
    , m_cluster(cliPath)
{
    setWindowTitle(tr("Retrain - %1").arg(QFileInfo(projectPath).fileName()));

    auto *what = new QGroupBox(tr("What to train"), this);
    auto *form = new QFormLayout(what);
    m_i3d = new QCheckBox(tr("I3D"), what);
    m_r2plus1d = new QCheckBox(tr("R(2+1)D"), what);
    m_i3d->setChecked(true);
    m_r2plus1d->setChecked(true);
    auto *nets = new QHBoxLayout;
    nets->addWidget(m_i3d);
    nets->addWidget(m_r2plus1d);
    nets->addStretch();
    form->addRow(tr("Networks:"), nets);
    m_rgb = new QCheckBox(tr("RGB frames"), what);
    m_flow = new QCheckBox(tr("Optical flow"), what);
    m_rgb->setChecked(true);
    m_flow->setChecked(true);
    auto *streams = new QHBoxLayout;
    streams->addWidget(m_rgb);
    streams->addWidget(m_flow);
    streams->addStretch();
    form->addRow(tr("Streams:"), streams);
    m_size = new QComboBox(what);
    m_size->addItem(tr("Small (trains on a CPU in minutes)"), QStringLiteral("small"));
    m_size->addItem(tr("Full (the paper's networks; needs a GPU or days)"), QStringLiteral("full"));
    form->addRow(tr("Size:"), m_size);
    m_tune = new QComboBox(what);
    m_tune->addItem(tr("Everything"), QStringLiteral("all"));
    m_tune->addItem(tr("The last block and the classifier"), QStringLiteral("top"));
    m_tune->addItem(tr("Only the classifier (fast, with starting weights)"),
                    QStringLiteral("head"));
    form->addRow(tr("Train:"), m_tune);
    m_iterations = new QSpinBox(what);
    m_iterations->setRange(0, 1000000);
    m_iterations->setSpecialValueText(tr("default"));
    form->addRow(tr("Steps per network:"), m_iterations);
    m_init = new QLineEdit(what);
    m_init->setPlaceholderText(tr("none: random weights"));
    m_browseInit = new QPushButton(tr("Browse..."), what);
    m_browseInit->setAutoDefault(false); // Enter starts the run, not a file dialog
    connect(m_browseInit, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
                this, tr("Starting weights"), QString(), tr("Ethoscribe models (*.safetensors)"));
        if (!file.isEmpty())
            m_init->setText(file);
    });
    auto *initRow = new QHBoxLayout;
    initRow->addWidget(m_init);
    initRow->addWidget(m_browseInit);
    form->addRow(tr("Starting weights:"), initRow);
    m_threads = new QSpinBox(what);
    m_threads->setRange(1, 256);
    m_threads->setValue(std::max(1, QThread::idealThreadCount()));
    form->addRow(tr("CPU threads:"), m_threads);
    m_device = new QComboBox(what);
    m_device->addItem(tr("Automatic (a GPU when there is one)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("GPU (CUDA)"), QStringLiteral("cuda"));
    form->addRow(tr("Device:"), m_device);
    m_finalModels = new QCheckBox(tr("Then train on all recordings: the models to use on new "
                                     "videos"),
                                  what);
    m_finalModels->setChecked(true);
    m_finalModels->setToolTip(
            tr("After the folds, each network and stream is trained once more on every labeled "
               "recording. The folds say how well the models do on a recording they have not "
               "seen; these models learn from all your labels and are the ones to analyse new "
               "videos with. Adds one fold's training time."));
    form->addRow(m_finalModels);
    // On a SLURM cluster (docs/CLUSTER.md): offered where sbatch is.
    m_onCluster = new QCheckBox(tr("Run on the SLURM cluster (one task per fold, network and "
                                   "stream)"),
                                what);
    m_partition = new QLineEdit(what);
    m_partition->setPlaceholderText(tr("partition (default)"));
    m_time = new QLineEdit(what);
    m_time->setPlaceholderText(tr("time limit, e.g. 04:00:00"));
    m_mem = new QLineEdit(what);
    m_mem->setPlaceholderText(tr("memory, e.g. 8G"));
    m_gres = new QLineEdit(what);
    m_gres->setPlaceholderText(tr("e.g. gpu:1"));
    m_cpus = new QSpinBox(what);
    m_cpus->setRange(1, 256);
    m_cpus->setPrefix(tr("cores per task: "));
    auto *clusterRow = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_partition, m_time, m_mem, m_gres, m_cpus})
        clusterRow->addWidget(w);
    form->addRow(m_onCluster);
    form->addRow(tr("Cluster:"), clusterRow);
    const bool cluster = ClusterFollower::available();
    m_onCluster->setEnabled(cluster);
    if (!cluster)
        m_onCluster->setToolTip(tr("sbatch was not found: this computer is not a SLURM login "
                                   "node."));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_partition, m_time, m_mem, m_gres, m_cpus}) {
        w->setEnabled(false);
        connect(m_onCluster, &QCheckBox::toggled, w, &QWidget::setEnabled);
    }

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(tr("Leave-one-recording-out cross-validation over every labeled "
                             "recording of the project."),
                          this);
    m_status->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(180);
    m_plot->xAxis->setLabel(tr("Step"));
    m_plot->yAxis->setLabel(tr("Training loss"));
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setMinimumHeight(80);

    m_start = new QPushButton(tr("&Start"), this);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel Run"), this);
    m_resume = new QPushButton(tr("&Resume"), this);
    m_openFolder = new QPushButton(tr("Open Results &Folder"), this);
    m_useModels = new QPushButton(tr("&Use the New Models"), this);
    m_useModels->setToolTip(tr("Analyse this project's videos with the models the run trained on "
                               "all recordings (Models > Choose Models... shows them)."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_resume, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_useModels, QDialogButtonBox::ActionRole);
    connect(m_useModels, &QPushButton::clicked, this, &RetrainDialog::useNewModels);
    connect(buttons, &QDialogButtonBox::rejected, this, &RetrainDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &RetrainDialog::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &RetrainDialog::cancelRun);
    connect(m_resume, &QPushButton::clicked, this, &RetrainDialog::resumeRun);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_monitor.runDir()));
    });

    m_timeLeft = new QLabel(this);
    m_timeLeft->setToolTip(tr("Estimated from how fast the run has gone so far."));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_timeLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_log);
    layout->addWidget(buttons);
    resize(720, 760);

    connect(&m_cluster, &ClusterFollower::submitted, this, [this] {
        m_clusterState = QStringLiteral("running");
        m_status->setText(tr("Submitted to the cluster; waiting for the scheduler..."));
        updateButtons();
    });
    connect(&m_cluster, &ClusterFollower::status, this, &RetrainDialog::onClusterStatus);
    connect(&m_cluster, &ClusterFollower::collected, this, [this](bool ok, const QString &message) {
        m_clusterState = ok ? QStringLiteral("done") : QStringLiteral("failed");
        if (ok) {
            setProgress(1.0, QDateTime::currentMSecsSinceEpoch());
            m_status->setText(tr("Done on the cluster. The results are in %1.")
                                      .arg(QDir::toNativeSeparators(m_cluster.runDir())));
            showResults();
        } else {
            m_status->setText(tr("The run could not be collected: %1").arg(message));
        }
        updateButtons();
    });
    connect(&m_cluster, &ClusterFollower::failed, this, [this](const QString &message) {
        m_clusterState = QStringLiteral("failed");
        m_status->setText(tr("The cluster run failed: %1. The project is unchanged.").arg(message));
        updateButtons();
    });
    connect(&m_monitor, &RunMonitor::event, this, &RetrainDialog::onEvent);
    connect(&m_monitor, &RunMonitor::stateChanged, this, &RetrainDialog::onState);

    // The latest run of the project: follow it while it goes, offer to resume it when it stopped.
    // A cluster run submitted before the dialog was closed is followed (and collected) again.
    const QStringList runs = RunMonitor::runsOf(m_project);
    const QString pendingCluster = ClusterFollower::pendingRunOf(m_project);
    if (!pendingCluster.isEmpty()) {
        m_clusterState = QStringLiteral("running");
        m_estimate = TimeLeftEstimate(TimeLeftEstimate::Anchor::FirstSample);
        m_status->setText(tr("Following the cluster run in %1 (submitted earlier)...")
                                  .arg(QDir::toNativeSeparators(pendingCluster)));
        m_cluster.follow(pendingCluster);
    } else if (!runs.isEmpty()) {
        const RunMonitor::State latest = RunMonitor::stateOf(runs.first());
        if (latest == RunMonitor::State::Running || latest == RunMonitor::State::Cancelled
            || latest == RunMonitor::State::Interrupted) {
            m_lastArguments = QStringList(); // resumed from its manifest's options
            // How many trainings a fold has, for the progress bar: from the run's own options.
            const QJsonObject options
                    = readJson(QDir(runs.first()).filePath(QStringLiteral("manifest.json")))
                              .value(QStringLiteral("options"))
                              .toObject();
            m_trainingsPerFold = int(
                    std::max<qsizetype>(1, options.value(QStringLiteral("models")).toArray().size())
                    * std::max<qsizetype>(
                            1, options.value(QStringLiteral("streams")).toArray().size()));
            m_monitor.follow(runs.first());
        }
    }
    updateButtons();
}

RetrainDialog::~RetrainDialog() = default;

QStringList RetrainDialog::arguments() const
{
    QStringList models, streams;
    if (m_i3d->isChecked())
        models << QStringLiteral("i3d");
    if (m_r2plus1d->isChecked())
        models << QStringLiteral("r2plus1d");
    if (m_rgb->isChecked())
        streams << QStringLiteral("rgb");
    if (m_flow->isChecked())
        streams << QStringLiteral("flow");
    QStringList args{QStringLiteral("--models"),
                     models.join(QLatin1Char(',')),
                     QStringLiteral("--streams"),
                     streams.join(QLatin1Char(',')),
                     QStringLiteral("--config"),
                     m_size->currentData().toString(),
                     QStringLiteral("--tune"),
                     m_tune->currentData().toString(),
                     QStringLiteral("--threads"),
                     QString::number(m_threads->value()),
                     QStringLiteral("--device"),
                     m_device->currentData().toString()};
    if (m_iterations->value() > 0)
        args << QStringLiteral("--iterations") << QString::number(m_iterations->value());
    if (m_finalModels->isChecked())
        args << QStringLiteral("--final");
    // One file, or several MODEL/STREAM=FILE separated by commas (one --init each).
    for (const QString &part : m_init->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            args << QStringLiteral("--init") << part.trimmed();
    return args + m_extra;
}

QString RetrainDialog::newRunDir() const
{
    const QFileInfo project(m_project);
    return project.absoluteDir().filePath(
            project.completeBaseName() + QStringLiteral(".runs/cv-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

void RetrainDialog::setStartingWeights(const QString &text)
{
    if (m_init->text().trimmed().isEmpty())
        m_init->setText(text);
}

void RetrainDialog::startRun()
{
    if (!m_i3d->isChecked() && !m_r2plus1d->isChecked()) {
        QMessageBox::information(this, windowTitle(), tr("Choose at least one network."));
        return;
    }
    if (!m_rgb->isChecked() && !m_flow->isChecked()) {
        QMessageBox::information(this, windowTitle(), tr("Choose at least one stream."));
        return;
    }
    // One starting-weights file fits one network and stream; several are given as
    // MODEL/STREAM=FILE pairs (what `cv --init` reads).
    const QString init = m_init->text().trimmed();
    const int trainings = (int(m_i3d->isChecked()) + int(m_r2plus1d->isChecked()))
                          * (int(m_rgb->isChecked()) + int(m_flow->isChecked()));
    if (!init.isEmpty() && !init.contains(QLatin1Char('=')) && trainings > 1) {
        QMessageBox::information(
                this,
                windowTitle(),
                tr("A starting-weights file is made for one network and one stream. Tick only the "
                   "network and the stream it was made for, or give one file for each, separated "
                   "by commas, like this: i3d/rgb=FILE,i3d/flow=FILE"));
        return;
    }
    QString dir = newRunDir();
    for (int n = 2; QFileInfo::exists(dir); ++n)
        dir = newRunDir() + QStringLiteral("-%1").arg(n);
    m_lastArguments = arguments();
    QStringList args{QStringLiteral("cv"), m_project, QStringLiteral("--out"), dir};
    args << m_lastArguments;
    m_plot->clearGraphs();
    m_graphs.clear();
    m_log->clear();
    m_result->clear();
    m_trainingsDone = 0;
    m_runFractions = false;
    m_folds = 0;
    m_fold = -1;
    m_foldOnAll = false;
    m_trainingsPerFold
            = int(std::max<qsizetype>(1, m_lastArguments.at(1).count(QLatin1Char(',')) + 1)
                  * std::max<qsizetype>(1, m_lastArguments.at(3).count(QLatin1Char(',')) + 1));
    if (m_onCluster->isChecked()) {
        args << QStringLiteral("--slurm") << clusterArguments();
        m_clusterState = QStringLiteral("submitting");
        m_estimate = TimeLeftEstimate(TimeLeftEstimate::Anchor::FirstSample);
        m_status->setText(tr("Submitting to the cluster..."));
        m_cluster.submit(args, dir);
        updateButtons();
        return;
    }
    m_clusterState.clear();
    m_estimate = TimeLeftEstimate(TimeLeftEstimate::Anchor::LastBeforeMoving);
    QString error;
    if (!m_monitor.start(m_cli, args, dir, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_status->setText(tr("Starting..."));
    updateButtons();
}

QStringList RetrainDialog::clusterArguments() const
{
    QStringList args{QStringLiteral("--cpus"), QString::number(m_cpus->value())};
    const std::pair<QLineEdit *, const char *> fields[] = {
            {m_partition, "--partition"}, {m_time, "--time"}, {m_mem, "--mem"}, {m_gres, "--gres"}};
    for (const auto &[edit, flag] : fields)
        if (!edit->text().trimmed().isEmpty())
            args << QString::fromLatin1(flag) << edit->text().trimmed();
    return args;
}

void RetrainDialog::onClusterStatus(const QJsonObject &status)
{
    const QJsonObject counts = status.value(QStringLiteral("counts")).toObject();
    const int total = int(status.value(QStringLiteral("tasks")).toArray().size());
    const int done = counts.value(QStringLiteral("done")).toInt();
    const int failedTasks = counts.value(QStringLiteral("failed")).toInt();
    setProgress(total > 0 ? double(done) / total : 0.0, QDateTime::currentMSecsSinceEpoch());
    QStringList parts;
    for (const char *key : {"done", "running", "queued", "failed"})
        if (counts.value(QLatin1String(key)).toInt() > 0)
            parts << QStringLiteral("%1 %2")
                             .arg(counts.value(QLatin1String(key)).toInt())
                             .arg(QLatin1String(key));
    QString text = tr("Cluster: %1 tasks, %2.").arg(total).arg(parts.join(QStringLiteral(", ")));
    if (failedTasks > 0) {
        text += QLatin1Char(' ') + tr("Resume submits the failed tasks again.");
        for (const QJsonValue &t : status.value(QStringLiteral("tasks")).toArray()) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("state")).toString() == QLatin1String("failed"))
                m_log->appendPlainText(QStringLiteral("%1 (%2): %3")
                                               .arg(o.value(QStringLiteral("id")).toString(),
                                                    o.value(QStringLiteral("task")).toString(),
                                                    o.value(QStringLiteral("detail")).toString()));
        }
    }
    if (done == total && total > 0)
        m_clusterState = QStringLiteral("collecting");
    m_status->setText(text);
    updateButtons();
}

void RetrainDialog::cancelRun()
{
    if (m_clusterState == QLatin1String("running")) {
        m_cluster.cancel();
        m_status->setText(tr("Cancelling the cluster jobs..."));
        return;
    }
    if (m_monitor.cancel())
        m_status->setText(tr("Stopping after the next checkpoint..."));
}

void RetrainDialog::resumeRun()
{
    if (!m_clusterState.isEmpty()) {
        m_clusterState = QStringLiteral("running");
        m_estimate.start();
        m_cluster.resubmitFailed();
        m_status->setText(tr("Submitting the failed tasks again..."));
        updateButtons();
        return;
    }
    const QString dir = m_monitor.runDir();
    if (dir.isEmpty())
        return;
    // The same command as before, from the run's own manifest when this dialog did not start it.
    QStringList options = m_lastArguments;
    const QJsonObject manifest = readJson(QDir(dir).filePath(QStringLiteral("manifest.json")));
    if (options.isEmpty() && manifest.value(QStringLiteral("arguments")).isArray()) {
        // Exactly as it was started.
        QStringList args{QStringLiteral("cv")};
        for (const QJsonValue &v : manifest.value(QStringLiteral("arguments")).toArray())
            args << v.toString();
        if (!args.contains(QStringLiteral("--resume")))
            args << QStringLiteral("--resume");
        QString error;
        if (!m_monitor.start(m_cli, args, dir, &error)) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        m_status->setText(tr("Resuming..."));
        updateButtons();
        return;
    }
    if (options.isEmpty()) {
        // A run from before manifests kept their arguments: its options, as far as they say.
        const QJsonObject o = manifest.value(QStringLiteral("options")).toObject();
        auto list = [&](const char *key) {
            QStringList l;
            for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
                l << v.toString();
            return l.join(QLatin1Char(','));
        };
        options = {QStringLiteral("--models"),
                   list("models"),
                   QStringLiteral("--streams"),
                   list("streams"),
                   QStringLiteral("--config"),
                   o.value(QStringLiteral("config")).toString(),
                   QStringLiteral("--tune"),
                   o.value(QStringLiteral("tune")).toString(),
                   QStringLiteral("--seed"),
                   o.value(QStringLiteral("seed")).toString()};
        for (const char *key : {"iterations", "batch", "crop", "checkpointEvery"}) {
            const int v = o.value(QLatin1String(key)).toInt();
            if (v > 0)
                options << QStringLiteral("--%1").arg(
                        QString::fromLatin1(key) == QLatin1String("checkpointEvery")
                                ? QStringLiteral("checkpoint-every")
                                : QString::fromLatin1(key))
                        << QString::number(v);
        }
        if (o.value(QStringLiteral("width")).toDouble() > 0)
            options << QStringLiteral("--width")
                    << QString::number(o.value(QStringLiteral("width")).toDouble());
        for (const auto &[key, flag] : {std::pair{"lr", "--lr"}, std::pair{"lrEnd", "--lr-end"}})
            if (o.value(QLatin1String(key)).toDouble() > 0)
                options << QString::fromLatin1(flag)
                        << QString::number(o.value(QLatin1String(key)).toDouble(), 'g', 17);
        if (o.value(QStringLiteral("windows")).toString() == QLatin1String("dense"))
            options << QStringLiteral("--windows") << QStringLiteral("dense");
        if (o.value(QStringLiteral("balanceClasses")).toBool())
            options << QStringLiteral("--balance");
        if (o.value(QStringLiteral("weightClasses")).toBool())
            options << QStringLiteral("--class-weights");
        if (o.value(QStringLiteral("final")).toBool())
            options << QStringLiteral("--final");
        if (!o.value(QStringLiteral("annotator")).toString().isEmpty())
            options << QStringLiteral("--annotator")
                    << o.value(QStringLiteral("annotator")).toString();
        const QJsonObject init = o.value(QStringLiteral("init")).toObject();
        for (auto it = init.begin(); it != init.end(); ++it)
            options << QStringLiteral("--init")
                    << it.key() + QLatin1Char('=') + it.value().toString();
        m_lastArguments = options;
    }
    QStringList args{QStringLiteral("cv"),
                     m_project,
                     QStringLiteral("--out"),
                     dir,
                     QStringLiteral("--resume")};
    args << options;
    QString error;
    if (!m_monitor.start(m_cli, args, dir, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_status->setText(tr("Resuming..."));
    updateButtons();
}

void RetrainDialog::onEvent(const QJsonObject &e)
{
    const QString name = e.value(QStringLiteral("event")).toString();
    const QString where
            = e.contains(QStringLiteral("model"))
                      ? QStringLiteral("%1 %2").arg(e.value(QStringLiteral("model")).toString(),
                                                    e.value(QStringLiteral("stream")).toString())
                      : QString();
    // When the event happened: events read back from the run folder (the dialog opened again
    // during a run) arrive together but carry their own times.
    const QDateTime when
            = QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    const qint64 atMs
            = when.isValid() ? when.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    if (name == QLatin1String("start"))
        m_estimate.start(); // a new run, or the same one resumed: the pause does not count
    if (e.contains(QStringLiteral("fraction"))) {
        m_runFractions = true;
        setProgress(e.value(QStringLiteral("fraction")).toDouble(), atMs);
    }
    if (name == QLatin1String("start") && e.contains(QStringLiteral("folds"))) {
        m_folds = e.value(QStringLiteral("folds")).toInt();
    } else if (name == QLatin1String("fold")) {
        m_fold = e.value(QStringLiteral("fold")).toInt();
        m_folds = e.value(QStringLiteral("folds")).toInt(m_folds);
        m_foldOnAll = e.value(QStringLiteral("allRecordings")).toBool();
        m_log->appendPlainText(
                m_foldOnAll ? tr("Fold %1 of %2: all recordings (the models for new videos)")
                                      .arg(m_fold + 1)
                                      .arg(m_folds)
                            : tr("Fold %1 of %2: holding out %3")
                                      .arg(m_fold + 1)
                                      .arg(m_folds)
                                      .arg(e.value(QStringLiteral("recording")).toString()));
    } else if (name == QLatin1String("progress")) {
        const int iter = e.value(QStringLiteral("iter")).toInt();
        const int iters = std::max(1, e.value(QStringLiteral("iters")).toInt());
        const QString key
                = QStringLiteral("%1/%2").arg(e.value(QStringLiteral("fold")).toInt()).arg(where);
        int graph = m_graphs.value(key, -1);
        if (graph < 0) {
            QCPGraph *g = m_plot->addGraph();
            // Folds are counted from 1, as in the log.
            g->setName(tr("fold %1, %2").arg(e.value(QStringLiteral("fold")).toInt() + 1).arg(where));
            static const QList<QColor> colours{QColor(0, 114, 178),
                                               QColor(230, 159, 0),
                                               QColor(0, 158, 115),
                                               QColor(204, 121, 167)};
            g->setPen(QPen(colours[int(m_graphs.size()) % colours.size()], 1.5));
            graph = m_plot->graphCount() - 1;
            m_graphs.insert(key, graph);
        }
        m_plot->graph(graph)->addData(iter, e.value(QStringLiteral("loss")).toDouble());
        m_plot->rescaleAxes();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        const int total = std::max(1, m_folds * m_trainingsPerFold);
        if (!m_runFractions)
            setProgress((m_trainingsDone + double(iter) / iters) / total, atMs);
        m_status->setText(tr("Fold %1 of %2, %3: step %4 of %5, loss %6")
                                  .arg(e.value(QStringLiteral("fold")).toInt() + 1)
                                  .arg(m_folds)
                                  .arg(where)
                                  .arg(iter)
                                  .arg(iters)
                                  .arg(e.value(QStringLiteral("loss")).toDouble(), 0, 'f', 3));
    } else if (name == QLatin1String("evaluation") || name == QLatin1String("skipped")
               || (name == QLatin1String("done") && m_foldOnAll
                   && e.contains(QStringLiteral("model")))) {
        // A fold on all recordings predicts nothing: its trainings count once trained.
        ++m_trainingsDone;
        const int total = std::max(1, m_folds * m_trainingsPerFold);
        if (!m_runFractions)
            setProgress(std::min(1.0, double(m_trainingsDone) / total), atMs);
        if (name == QLatin1String("evaluation"))
            m_log->appendPlainText(
                    tr("Fold %1, %2: %3% of the held-out frames right")
                            .arg(e.value(QStringLiteral("fold")).toInt() + 1)
                            .arg(where)
                            .arg(100.0 * e.value(QStringLiteral("accuracy")).toDouble(),
                                 0,
                                 'f',
                                 1));
    } else if (name == QLatin1String("flow") || name == QLatin1String("loading")
               || name == QLatin1String("features") || name == QLatin1String("predicting")) {
        m_status->setText(tr("%1 %2: frame %3 of %4")
                                  .arg(name == QLatin1String("flow")       ? tr("Optical flow of")
                                       : name == QLatin1String("loading")  ? tr("Reading")
                                       : name == QLatin1String("features") ? tr("Features of")
                                                                           : tr("Predicting"),
                                       e.value(QStringLiteral("video")).toString())
                                  .arg(e.value(QStringLiteral("frame")).toInteger())
                                  .arg(e.value(QStringLiteral("frames")).toInteger()));
    } else if (name == QLatin1String("error") && e.value(QStringLiteral("cancelled")).toBool()) {
        // The command line's own words point to its --resume option; here it is a button.
        m_log->appendPlainText(tr("Stopped. Resume continues from the last checkpoint."));
    } else if (name == QLatin1String("warning") || name == QLatin1String("error")
               || name == QLatin1String("waiting")) {
        m_log->appendPlainText(e.value(QStringLiteral("message")).toString());
    }
}

void RetrainDialog::setProgress(double fraction, qint64 atMs)
{
    m_progress->setValue(int(std::lround(1000.0 * std::clamp(fraction, 0.0, 1.0))));
    m_estimate.update(fraction, atMs);
    m_timeLeft->setText(fraction >= 1.0 ? QString() : m_estimate.text());
}

QString RetrainDialog::timeLeftText() const
{
    return m_timeLeft->text();
}

void RetrainDialog::onState(RunMonitor::State state)
{
    if (state != RunMonitor::State::Running && state != RunMonitor::State::Starting) {
        m_timeLeft->clear();
        m_estimate.start();
    }
    switch (state) {
    case RunMonitor::State::Done:
        m_progress->setValue(1000);
        m_status->setText(tr("Done. The results are in %1.")
                                  .arg(QDir::toNativeSeparators(m_monitor.runDir())));
        showResults();
        break;
    case RunMonitor::State::Failed:
        m_status->setText(
                tr("The run failed: %1. The project is unchanged.").arg(m_monitor.message()));
        break;
    case RunMonitor::State::Cancelled:
        m_status->setText(tr("The run was stopped. Resume continues it from its last "
                             "checkpoint."));
        break;
    case RunMonitor::State::Interrupted:
        m_status->setText(m_monitor.message());
        break;
    case RunMonitor::State::Running:
        if (m_status->text().isEmpty() || m_status->text() == tr("Starting..."))
            m_status->setText(tr("Running..."));
        break;
    default:
        break;
    }
    updateButtons();
}

void RetrainDialog::showResults()
{
    const QString dir = runDir();
    QString error;
    if (m_recorder && !m_recorder(dir, &error))
        m_log->appendPlainText(tr("The project could not record the run: %1").arg(error));
    const QJsonObject summary = readJson(QDir(dir).filePath(QStringLiteral("summary.json")));
    const QJsonObject models = summary.value(QStringLiteral("evaluation"))
                                       .toObject()
                                       .value(QStringLiteral("models"))
                                       .toObject();
    if (models.isEmpty()) {
        m_result->setText(tr("The run wrote no evaluation (see its folder)."));
        return;
    }
    QStringList lines;
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        lines << tr("%1: %2% of the labeled frames right at RGB weight %3")
                         .arg(it.key())
                         .arg(100.0 * m.value(QStringLiteral("best_accuracy")).toDouble(),
                              0,
                              'f',
                              1)
                         .arg(m.value(QStringLiteral("best_rgb_weight")).toDouble(), 0, 'f', 1);
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
}

QString RetrainDialog::resultText() const
{
    return m_result->text();
}

QString RetrainDialog::statusText() const
{
    return m_status->text();
}

QString RetrainDialog::logText() const
{
    return m_log->toPlainText();
}

bool RetrainDialog::canUseNewModels() const
{
    const bool done = m_clusterState.isEmpty() ? m_monitor.state() == RunMonitor::State::Done
                                               : m_clusterState == QLatin1String("done");
    return done && !RunResultsDialog::allRecordingsModelFiles(runDir()).isEmpty();
}

void RetrainDialog::useNewModels()
{
    const QStringList files = RunResultsDialog::allRecordingsModelFiles(runDir());
    if (canUseNewModels())
        Q_EMIT useModels(files);
}

void RetrainDialog::setFormEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_i3d,
                                                       m_r2plus1d,
                                                       m_rgb,
                                                       m_flow,
                                                       m_size,
                                                       m_tune,
                                                       m_iterations,
                                                       m_init,
                                                       m_browseInit,
                                                       m_threads,
                                                       m_device,
                                                       m_finalModels})
        w->setEnabled(enabled);
    m_onCluster->setEnabled(enabled && ClusterFollower::available());
    for (QWidget *w : std::initializer_list<QWidget *>{m_partition, m_time, m_mem, m_gres, m_cpus})
        w->setEnabled(enabled && m_onCluster->isChecked());
}

void RetrainDialog::updateButtons()
{
    if (!m_clusterState.isEmpty()) {
        const bool active = m_clusterState != QLatin1String("done")
                            && m_clusterState != QLatin1String("failed");
        m_start->setEnabled(!active);
        m_cancel->setEnabled(m_clusterState == QLatin1String("running"));
        m_resume->setEnabled(
                m_clusterState == QLatin1String("running")
                || (m_clusterState == QLatin1String("failed")
                    && QFileInfo::exists(
                            QDir(m_cluster.runDir()).filePath(QStringLiteral("cluster.json")))));
        m_openFolder->setEnabled(QFileInfo::exists(m_cluster.runDir()));
        m_useModels->setEnabled(canUseNewModels());
        setFormEnabled(!active);
        return;
    }
    const RunMonitor::State s = m_monitor.state();
    const bool active = s == RunMonitor::State::Starting || s == RunMonitor::State::Running;
    m_start->setEnabled(!active);
    m_cancel->setEnabled(active);
    m_resume->setEnabled(s == RunMonitor::State::Cancelled || s == RunMonitor::State::Interrupted);
    m_openFolder->setEnabled(!m_monitor.runDir().isEmpty()
                             && QFileInfo::exists(m_monitor.runDir()));
    m_useModels->setEnabled(canUseNewModels());
    setFormEnabled(!active);
}

void RetrainDialog::closeEvent(QCloseEvent *event)
{
    reject();
    event->setAccepted(isHidden());
}

void RetrainDialog::reject()
{
    const RunMonitor::State s = m_monitor.state();
    if (m_clusterState == QLatin1String("running")
        || m_clusterState == QLatin1String("collecting")) {
        // The jobs go on without the window; `runs status` and `runs collect` find them.
        if (QMessageBox::question(this,
                                  windowTitle(),
                                  tr("The run goes on on the cluster without this window. Follow "
                                     "it later with 'ethoscribe-cli runs status %1' and gather it "
                                     "with 'ethoscribe-cli runs collect %1'. Close?")
                                          .arg(QDir::toNativeSeparators(m_cluster.runDir())))
            != QMessageBox::Yes)
            return;
    } else if (s == RunMonitor::State::Starting || s == RunMonitor::State::Running) {
        QMessageBox box(QMessageBox::Question,
                        windowTitle(),
                        tr("The run is still going. Stop it, or leave it running? (Reopening "
                           "Retrain later shows it again.)"),
                        QMessageBox::NoButton,
                        this);
        QPushButton *stop = box.addButton(tr("Stop the Run"), QMessageBox::DestructiveRole);
        QPushButton *leave = box.addButton(tr("Leave It Running"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == stop)
            cancelRun();
        else if (box.clickedButton() != leave)
            return;
    }
    QDialog::reject();
}

} // namespace ethoscribe
