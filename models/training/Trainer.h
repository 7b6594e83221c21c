// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkpoint/Checkpoint.h"
#include "training/ClipSampler.h"
#include "training/TrainingOptions.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace ethoscribe {

class FeatureCache;

// What one network learns from: labeled frames (their windows in frame stores of one stream)
// and the class names in output order.
struct TrainingSet
{
    std::vector<TrainingExample> examples;
    QStringList classNames;
    QString dataHash; // names the exact labels (TrainingSnapshot::dataHash)
    // Only for TuneMode::Head: per example, the row of its window's features in `features`
    // (one [frames, F] tensor per video, see FeatureCache).
    std::vector<std::pair<int, qint64>> featureRows; // (video slot, frame) per example
    std::vector<torch::Tensor> features;             // per video slot, [frames, F]
};

struct LossPoint
{
    int step = 0;
    double loss = 0;
    double learningRate = 0;
};

// The result of Trainer::train().
struct TrainingOutcome
{
    std::shared_ptr<nets::VideoNetworkImpl> network; // trained, in eval mode, on the device
    Checkpoint checkpoint;                           // the final model (no optimizer state)
    QString modelPath;                               // <dir>/model.safetensors
    int steps = 0;
    bool alreadyDone = false;    // the folder held a finished model: nothing was trained
    int resumedFromStep = 0;     // 0 when training started from the beginning
    double seconds = 0;          // wall-clock of this call's training
    double dataWaitFraction = 0; // share of training time spent waiting for batches
    QVector<LossPoint> losses;   // the whole run's loss curve (also across a resume)
};

// Trains one network on one stream with SGD (momentum, weight decay, learning rate decaying
// exponentially, dropout, random crop and flip, optional class balancing or class weights) and
// writes its checkpoints into a folder of its own:
//   checkpoint.safetensors   every `checkpointEvery` steps and on cancel: weights, SGD state,
//                            the step reached and the loss curve so far (resume point)
//   model.safetensors        the finished model (spec, network, weights, training history)
// Calling train() again on the same folder with the same options resumes from
// checkpoint.safetensors, or returns the finished model at once. With the same seed a resumed
// run ends with the same weights as an uninterrupted one: a batch and its dropout masks depend
// only on (seed, step).
//
// Progress goes to the event sink as JSON objects ({"event": "start" | "progress" | "epoch" |
// "checkpoint" | "done", ...}) merged with the event context (fold, model, stream).
// Owns its network; use from one thread.
class Trainer
{
public:
    using EventSink = std::function<void(const QJsonObject &)>;

    Trainer(const TrainingOptions &options, torch::Device device);

    void setEventSink(EventSink sink) { m_sink = std::move(sink); }
    void setEventContext(const QJsonObject &context) { m_context = context; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Starting weights (a pretrained import or an earlier model), used when not resuming. Its
    // classifier is replaced when its classes differ from the training set's.
    void setInitialWeights(const Checkpoint *initial) { m_initial = initial; }
    // Steps between progress events (default 10).
    void setProgressInterval(int steps) { m_progressInterval = std::max(1, steps); }

    bool train(const TrainingSet &set,
               const QString &dir,
               TrainingOutcome *outcome,
               QString *error);

    // The network a training run starts from: random (seeded) or the initial weights with a
    // classifier for `classes` outputs. Used by feature caching, which needs the same backbone.
    static std::shared_ptr<nets::VideoNetworkImpl> initialNetwork(const TrainingOptions &options,
                                                                  const Checkpoint *initial,
                                                                  QString *error);

    // The cross-entropy weights of --class-weights: inverse class frequency among `examples`,
    // scaled so that each labeled example weighs 1 on average (sum over examples = their
    // count); 0 for a class without examples.
    static std::vector<float> classWeights(const std::vector<TrainingExample> &examples,
                                           int classes);

    static QString modelFileName() { return QStringLiteral("model.safetensors"); }
    static QString checkpointFileName() { return QStringLiteral("checkpoint.safetensors"); }

private:
    void emitEvent(const QString &name, QJsonObject fields) const;
    ModelSpec specFor(const TrainingSet &set) const;
    QJsonObject trainingJson(const TrainingSet &set) const;

    TrainingOptions m_options;
    torch::Device m_device;
    EventSink m_sink;
    QJsonObject m_context;
    const std::atomic_bool *m_cancel = nullptr;
    const Checkpoint *m_initial = nullptr;
    int m_progressInterval = 10;
};

} // namespace ethoscribe
