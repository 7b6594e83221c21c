// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TimeLeft.h"
#include "cv/FoldPlan.h"
#include "cv/TrainingSnapshot.h"
#include "eval/HeldOutPredictions.h"
#include "training/Trainer.h"
#include "training/TrainingOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <set>

namespace ethoscribe {

class FrameStore;

// What a cross-validation (or a single training) run does.
struct CrossValidationOptions
{
    QString projectPath;
    QString annotator; // manual track to learn from; empty = the most complete one per video
    QString outDir;    // the run folder
    QList<nets::Architecture> models{nets::Architecture::I3D, nets::Architecture::R2Plus1D};
    QList<nets::Stream> streams{nets::Stream::Rgb, nets::Stream::Flow};
    ModelSize size = ModelSize::Small;
    TuneMode tune = TuneMode::All;
    // Starting weights per "i3d/rgb"-style key (a checkpoint in our format); none = random.
    QHash<QString, QString> initialWeights;
    // Overrides of the size's defaults (0 / negative = keep the default).
    int iterations = 0;
    int batchSize = 0;
    double learningRate = 0;
    double finalLearningRate = 0;
    bool balanceClasses = false;
    bool weightClasses = false;
    quint64 seed = 1;
    int checkpointEvery = 0;
    double widthMultiplier = 0; // network width (e.g. 0.125 for tests)
    int cropSize = 0;           // crop; frames are resized to crop * 8 / 7
    int predictBatch = 16;
    // How held-out frames are predicted and head features computed: one window per frame (the
    // paper; default) or dense passes with outputs every 8 frames blended in between (WindowPlan:
    // several times faster, close to it; the frozen backbone's features of --tune head too).
    bool denseWindows = false;
    QString device = QStringLiteral("auto");
    bool resume = false;
    // Leave-one-recording-out over all labeled recordings (default), or a single training that
    // holds out one recording (empty: none) - what `ethoscribe-cli train` does.
    bool singleFold = false;
    QString heldOutRecording;
    // After the leave-one-out folds, one more that trains each network and stream on every
    // labeled recording (FoldPlan::appendAllRecordingsFold): the models to use on new videos.
    bool finalModels = false;
    // Only these folds (0-based; empty = all): a cluster task runs one fold of a run.
    QList<int> onlyFolds;
    // Labels from a snapshot file (TrainingSnapshot::save) instead of the project: what a
    // cluster task learns from is what the project held when the run was submitted.
    QString snapshotPath;
    // Gather a cluster run (`runs collect`): every model and held-out prediction must already be
    // in the folder (linked from the tasks' folders); nothing is trained or computed, a missing
    // one is an error. The folder may hold the cluster run without a manifest yet.
    bool gather = false;
    // The command's arguments as given (after "cv"/"train"), kept in the manifest so that a
    // window can resume the run exactly as it was started.
    QStringList commandLine;

    // The options of one network and stream, with the overrides applied.
    TrainingOptions trainingOptions(nets::Architecture arch,
                                    nets::Stream stream,
                                    int classes) const;
    QJsonObject toJson() const;
};

// Runs leave-one-recording-out cross-validation on a project, headless: for each fold, each
// selected network and stream is trained on the other recordings (Trainer) and predicts every
// frame of the held-out one (FramePredictor). It reads the project once, in a read transaction,
// and never writes to it: everything goes into the run folder (see docs/ARCHITECTURE.md, "Runs"):
//   manifest.json      configuration, folds, status ("running", "done", "failed", "cancelled")
//                      and, for a failed run, why
//   events.jsonl       every progress event, one JSON object per line
//   folds/foldNN/<model>_<stream>/    the trained model (and its resume checkpoint); with
//                      finalModels, the last fold holds the models trained on all recordings
//   folds/foldNN/<video>.<model>_<stream>.probs   held-out probabilities (float32 rows)
//   predictions/<video>.csv           per frame: true label and every stream's probabilities
//   losses.csv         fold,model,stream,iter,loss,lr
// A run stopped for any reason resumes with `resume` (finished models and predictions are
// kept; a model being trained continues from its last checkpoint). Evaluation and plots are
// written by the caller from heldOut() (CvEvaluation, CvPlots).
class CrossValidationRun
{
public:
    using EventSink = std::function<void(const QJsonObject &)>;

    explicit CrossValidationRun(const CrossValidationOptions &options);
    ~CrossValidationRun();

    void setEventSink(EventSink sink) { m_sink = std::move(sink); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Returns false with a plain-words *error (and writes it into manifest.json when the folder
    // was created).
    bool run(QString *error);

    const TrainingSnapshot &snapshot() const { return m_snapshot; }
    const FoldPlan &plan() const { return m_plan; }
    const std::vector<HeldOutPredictions> &heldOut() const { return m_heldOut; }
    // Seconds per phase ("frames", "flow", "features", "training", "prediction", "total").
    QJsonObject timings() const { return m_timings; }
    // Per trained model: fold, model, stream, seconds, data wait fraction, steps, path.
    QJsonArray trainings() const;
    // manifest.json's content as written last.
    QJsonObject manifest() const { return m_manifest; }

    static QString manifestFileName() { return QStringLiteral("manifest.json"); }
    // Sets status/error in an existing run folder's manifest (e.g. when the caller fails later).
    static bool markStatus(const QString &runDir, const QString &status, const QString &message);

private:
    bool runUnchecked(QString *error);
    bool prepare(QString *error);
    bool runFold(const FoldPlan::Fold &fold, QString *error);
    // A video's frames for a stream at a size, loaded once and kept. `passing`: wanted for one
    // pass only (the backbone features of --tune head); when memory is short, the others kept
    // for such passes are let go (read again if wanted again) rather than kept on disk.
    const FrameStore *store(
            int video, nets::Stream stream, int resize, QString *error, bool passing = false);
    bool ensureFlow(QString *error);
    bool features(int video,
                  nets::Stream stream,
                  const TrainingOptions &options,
                  const QString &backboneKey,
                  nets::VideoNetworkImpl &backbone,
                  torch::Tensor *out,
                  QString *error);
    void emitEvent(const QString &name, QJsonObject fields);
    // Adds "fraction" (how far this invocation's work is) and, once it can be said,
    // "seconds_left" to a progress or features event; trainingsDone counts the trainings before
    // the current one (skipped ones included) plus the current one's share of its steps.
    void addRunProgress(QJsonObject *event, double trainingsDone);
    bool writeManifest(QString *error);
    bool writeLosses(QString *error);
    bool fail(const QString &message, QString *error);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void addTime(const QString &phase, double seconds);

    CrossValidationOptions m_options;
    EventSink m_sink;
    const std::atomic_bool *m_cancel = nullptr;
    torch::Device m_device{torch::kCPU};
    TrainingSnapshot m_snapshot;
    FoldPlan m_plan;
    QJsonObject m_manifest;
    QJsonObject m_timings;
    QJsonArray m_trainings;
    std::vector<HeldOutPredictions> m_heldOut;
    // (fold, model, stream) -> loss curve
    std::map<std::tuple<int, QString, QString>, QVector<LossPoint>> m_losses;
    std::map<std::tuple<int, int, int>, std::unique_ptr<FrameStore>>
            m_stores;                     // video, stream, size
    QHash<QString, QString> m_flowCaches; // video name -> cache path
    // Frames kept in memory at most (bytes; -1: no limit): the stores beyond it are kept in files
    // in the run folder (FrameStore::setBackingFolder). ETHOSCRIBE_FRAME_MEMORY_MB sets it, else
    // two fifths of the memory this process may use.
    qint64 m_frameMemoryBudget = -1;
    qint64 m_framesInMemory = 0;
    qint64 m_framesOnDisk = 0;
    bool m_warnedFramesOnDisk = false;
    std::set<std::tuple<int, int, int>> m_passingStores; // kept for passes only (features)
    static qint64 frameMemoryBudget();
    // Refuses a run whose frames beyond the memory budget would not fit in the run folder's
    // free space (a warning when resuming).
    bool checkRoomForFrames(QString *error);
    // Progress over the whole run, for the "fraction" and "seconds_left" of progress events:
    // trainings of this invocation (folds x networks x streams) and the one under way.
    int m_trainingsTotal = 0;
    int m_trainingIndex = 0;
    // With --tune head most of a run's time can go into the backbones' features (92% with the
    // full networks), computed in the first fold of each network and stream: the fraction then
    // weighs feature frames and trainings by what each has cost so far in this invocation.
    // Feature frames to compute: every video per network and stream, less those found cached.
    qint64 m_featureFramesPlanned = 0;
    qint64 m_featureFramesDone = 0;
    double m_featureSeconds = 0;
    QSet<QString> m_featuresAccounted; // feature cache paths already counted
    double m_trainedShare = 0;         // trainings actually run, in trainings (steps / steps)
    double m_trainedSeconds = 0;       // and their time
    double m_fractionShown = 0;
    TimeLeftEstimate m_timeLeft{TimeLeftEstimate::Anchor::LastBeforeMoving};
    QElapsedTimer m_clock;
};

} // namespace ethoscribe
