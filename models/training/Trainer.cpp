// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/Trainer.h"

#include "checkpoint/CheckpointFile.h"
#include "nets/NetworkFactory.h"
#include "training/BatchLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <random>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Trainer)
};

quint64 mix(quint64 seed, quint64 step)
{
    quint64 z = seed * 0xD1B54A32D192ED03ULL + step * 0x9E3779B97F4A7C15ULL + 7;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return (z ^ (z >> 31)) & 0x7FFFFFFFFFFFFFFFULL;
}

bool startsWithAny(const std::string &name, const std::vector<std::string> &modules)
{
    for (const std::string &m : modules)
        if (name == m || name.rfind(m + ".", 0) == 0)
            return true;
    return false;
}

QJsonArray lossesToJson(const QVector<LossPoint> &losses)
{
    QJsonArray a;
    for (const LossPoint &p : losses)
        a.append(QJsonArray{p.step, p.loss, p.learningRate});
    return a;
}

QVector<LossPoint> lossesFromJson(const QJsonArray &a)
{
    QVector<LossPoint> losses;
    for (const QJsonValue &v : a) {
        const QJsonArray p = v.toArray();
        losses.append({p.at(0).toInt(), p.at(1).toDouble(), p.at(2).toDouble()});
    }
    return losses;
}

// Measures the batch-norm statistics of the layers that are in training mode again, as equal-
// weight averages over `batches` training batches (forward only; "precise BN"). The batches
// follow the training ones (steps after `iterations`), so the result depends only on the seed.
void recalibrateBatchNorm(nets::VideoNetworkImpl &net,
                          const ClipSampler &sampler,
                          int iterations,
                          const TrainingOptions &options,
                          const torch::Device &device)
{
    std::vector<torch::nn::BatchNorm3dImpl *> layers;
    for (const auto &module : net.modules(false))
        if (auto *bn = module->as<torch::nn::BatchNorm3dImpl>(); bn && bn->is_training())
            layers.push_back(bn);
    if (layers.empty())
        return;
    std::vector<c10::optional<double>> momentum;
    for (auto *bn : layers) {
        momentum.push_back(bn->options.momentum());
        bn->reset_running_stats();
        bn->options.momentum(c10::nullopt); // cumulative average over the batches below
    }
    {
        torch::NoGradGuard noGrad;
        for (int b = 0; b < options.batchNormBatches; ++b) {
            const TrainingBatch batch = sampler.make(iterations + b, options.batchSize);
            net.forward(batch.clips.to(device));
        }
    }
    for (size_t i = 0; i < layers.size(); ++i)
        layers[i]->options.momentum(momentum[i]);
}

enum class ClassifierMapping { IntoStandardised, FromStandardised };

// The linear classifier W x + b expressed for standardised features z = (x - mean) / scale and
// back: W z + b_z = W_x x + b with W_x = W / scale and b = b_z - W_x mean. In place.
void mapClassifier(nets::VideoNetworkImpl &net,
                   const torch::Tensor &mean,
                   const torch::Tensor &scale,
                   ClassifierMapping direction)
{
    torch::NoGradGuard noGrad;
    const std::vector<std::string> classifier = net.classifierModules();
    torch::Tensor weight, bias;
    for (auto &p : net.named_parameters(true)) {
        if (!startsWithAny(p.key(), classifier))
            continue;
        if (p.value().dim() >= 2)
            weight = p.value();
        else
            bias = p.value();
    }
    if (!weight.defined())
        return;
    torch::Tensor w = weight.view({weight.size(0), weight.size(1)});
    const torch::Tensor m = mean.to(w.device(), w.scalar_type());
    const torch::Tensor s = scale.to(w.device(), w.scalar_type()).unsqueeze(0);
    if (direction == ClassifierMapping::IntoStandardised) {
        // b_z = b + W_x mean, then W = W_x * scale.
        if (bias.defined())
            bias.add_(torch::mv(w, m));
        w.mul_(s);
    } else {
        w.div_(s);
        if (bias.defined())
            bias.sub_(torch::mv(w, m));
    }
}

} // namespace

Trainer::Trainer(const TrainingOptions &options, torch::Device device)
    : m_options(options)
    , m_device(device)
{}

void Trainer::emitEvent(const QString &name, QJsonObject fields) const
{
    if (!m_sink)
        return;
    QJsonObject o{{QStringLiteral("event"), name}};
    for (auto it = m_context.begin(); it != m_context.end(); ++it)
        o.insert(it.key(), it.value());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    m_sink(o);
}

ModelSpec Trainer::specFor(const TrainingSet &set) const
{
    ModelSpec spec;
    spec.architecture = m_options.network.arch;
    spec.stream = m_options.stream;
    spec.behaviors = set.classNames;
    spec.clipFrames = nets::kClipFrames;
    spec.inputSize = m_options.cropSize;
    spec.widthMultiplier = m_options.network.widthMultiplier;
    spec.trainingData = set.dataHash;
    return spec;
}

QJsonObject Trainer::trainingJson(const TrainingSet &set) const
{
    QJsonObject o = m_options.toJson();
    o.insert(QStringLiteral("data"), set.dataHash);
    o.insert(QStringLiteral("examples"), qint64(set.examples.size()));
    o.insert(QStringLiteral("initialWeights"),
             m_initial ? m_initial->spec.trainingData + QLatin1Char('@')
                                 + m_initial->created.toString(Qt::ISODate)
                       : QStringLiteral("random"));
    return o;
}

std::vector<float> Trainer::classWeights(const std::vector<TrainingExample> &examples, int classes)
{
    std::vector<qint64> counts(size_t(std::max(0, classes)), 0);
    for (const TrainingExample &e : examples)
        if (e.label >= 0 && e.label < classes)
            ++counts[size_t(e.label)];
    qint64 total = 0;
    int present = 0;
    for (qint64 c : counts) {
        total += c;
        present += c > 0;
    }
    std::vector<float> w(counts.size(), 0.0f);
    for (size_t c = 0; c < counts.size(); ++c)
        if (counts[c] > 0)
            w[c] = float(double(total) / (double(present) * double(counts[c])));
    return w;
}

std::shared_ptr<nets::VideoNetworkImpl> Trainer::initialNetwork(const TrainingOptions &options,
                                                                const Checkpoint *initial,
                                                                QString *error)
{
    torch::manual_seed(int64_t(mix(options.seed, 0xFFFFFFFFULL)));
    if (!initial) {
        try {
            return nets::makeNetwork(options.network);
        } catch (const std::exception &e) {
            if (error)
                *error = QString::fromStdString(e.what());
            return nullptr;
        }
    }
    if (initial->network.arch != options.network.arch
        || initial->network.inChannels != options.network.inChannels) {
        if (error)
            *error = Tr::tr("The starting weights are a %1 model for %2 input channels; this "
                            "training "
                            "needs %3 with %4 (%5 stream).")
                             .arg(QString::fromStdString(nets::toString(initial->network.arch)))
                             .arg(initial->network.inChannels)
                             .arg(QString::fromStdString(nets::toString(options.network.arch)))
                             .arg(options.network.inChannels)
                             .arg(QString::fromStdString(nets::toString(options.stream)));
        return nullptr;
    }
    nets::NetConfig config = initial->network;
    config.classes = options.network.classes;
    config.dropoutKeep = options.network.dropoutKeep;
    std::shared_ptr<nets::VideoNetworkImpl> net;
    try {
        net = nets::makeNetwork(config);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return nullptr;
    }
    // Everything but a classifier of another size comes from the starting weights.
    const std::vector<std::string> classifier = net->classifierModules();
    torch::NoGradGuard noGrad;
    auto copyFrom = [&](const std::string &name, torch::Tensor &target) -> bool {
        const torch::Tensor *source = initial->weights.find(name);
        if (source && source->sizes() == target.sizes()) {
            target.copy_(*source);
            return true;
        }
        if (startsWithAny(name, classifier))
            return true; // re-initialised for the new classes
        if (error)
            *error = Tr::tr("The starting weights lack '%1' or give it another shape; they do not "
                            "fit "
                            "this network.")
                             .arg(QString::fromStdString(name));
        return false;
    };
    for (auto &p : net->named_parameters(true))
        if (!copyFrom(p.key(), p.value()))
            return nullptr;
    for (auto &b : net->named_buffers(true))
        if (!copyFrom(b.key(), b.value()))
            return nullptr;
    return net;
}

bool Trainer::train(const TrainingSet &set,
                    const QString &dir,
                    TrainingOutcome *outcome,
                    QString *error)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString problem = m_options.problem(); !problem.isEmpty())
        return failWith(problem);
    if (set.examples.empty())
        return failWith(Tr::tr("There is no labeled frame to train on."));
    const bool head = m_options.tune == TuneMode::Head;
    if (head && set.features.empty())
        return failWith(Tr::tr("Training only the classifier needs the backbone's features."));
    if (!QDir().mkpath(dir))
        return failWith(
                Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir)));

    const QJsonObject wanted = trainingJson(set);
    const QString modelPath = QDir(dir).filePath(modelFileName());
    const QString checkpointPath = QDir(dir).filePath(checkpointFileName());
    TrainingOutcome result;
    result.modelPath = modelPath;

    // A finished model of the same training: nothing to do.
    if (QFileInfo::exists(modelPath)) {
        Checkpoint done;
        if (!CheckpointFile::load(modelPath, &done, error))
            return false;
        if (done.extra.value(QStringLiteral("training")).toObject().value(QStringLiteral("options"))
            != wanted)
            return failWith(
                    Tr::tr("%1 holds a model trained with other settings or data. Use another "
                           "folder, or delete it to train again.")
                            .arg(QDir::toNativeSeparators(modelPath)));
        result.network = done.makeNetwork(error);
        if (!result.network)
            return false;
        result.network->to(m_device);
        result.network->eval();
        result.alreadyDone = true;
        result.steps = m_options.iterations;
        result.losses = lossesFromJson(done.extra.value(QStringLiteral("training"))
                                               .toObject()
                                               .value(QStringLiteral("losses"))
                                               .toArray());
        result.checkpoint = std::move(done);
        emitEvent(QStringLiteral("done"),
                  {{QStringLiteral("model_path"), modelPath},
                   {QStringLiteral("already_done"), true}});
        *outcome = std::move(result);
        return true;
    }

    std::shared_ptr<nets::VideoNetworkImpl> net;
    int startStep = 0;
    std::optional<OptimizerState> resumeState;
    if (QFileInfo::exists(checkpointPath)) {
        Checkpoint resume;
        if (!CheckpointFile::load(checkpointPath, &resume, error))
            return false;
        const QJsonObject training = resume.extra.value(QStringLiteral("training")).toObject();
        if (training.value(QStringLiteral("options")) != wanted)
            return failWith(
                    Tr::tr("%1 is the checkpoint of a training with other settings or data. "
                           "Use another folder, or delete it to start again.")
                            .arg(QDir::toNativeSeparators(checkpointPath)));
        net = resume.makeNetwork(error);
        if (!net)
            return false;
        resumeState = resume.optimizer;
        startStep = resumeState ? int(resumeState->step) : 0;
        result.losses = lossesFromJson(training.value(QStringLiteral("losses")).toArray());
        result.resumedFromStep = startStep;
    } else {
        net = initialNetwork(m_options, m_initial, error);
        if (!net)
            return false;
    }
    net->to(m_device);

    // What is trained.
    std::vector<std::string> trainable;
    if (m_options.tune != TuneMode::All) {
        trainable = net->classifierModules();
        if (m_options.tune == TuneMode::Top)
            for (const std::string &m : net->lastBlockModules())
                trainable.push_back(m);
    }
    std::vector<torch::Tensor> parameters;
    for (auto &p : net->named_parameters(true)) {
        const bool train = trainable.empty() || startsWithAny(p.key(), trainable);
        p.value().set_requires_grad(train);
        if (train)
            parameters.push_back(p.value());
    }
    auto setMode = [&] {
        net->train();
        if (trainable.empty())
            return;
        // Frozen parts keep their batch-norm statistics.
        for (auto &child : net->named_children())
            if (!startsWithAny(child.key(), trainable) && child.key() != "dropout")
                child.value()->eval();
    };
    setMode();

    torch::optim::SGD sgd(parameters,
                          torch::optim::SGDOptions(m_options.learningRate)
                                  .momentum(m_options.momentum)
                                  .weight_decay(m_options.weightDecay));
    if (resumeState && !resumeState->applyTo(sgd, *net, error))
        return false;

    const int classes = int(set.classNames.size());
    torch::Tensor lossWeights;
    if (m_options.weightClasses)
        lossWeights = torch::tensor(Trainer::classWeights(set.examples, classes)).to(m_device);

    const ClipSampler sampler(set.examples,
                              classes,
                              m_options.balanceClasses,
                              nets::kClipFrames,
                              m_options.resizeSize,
                              m_options.cropSize,
                              m_options.seed);
    // Head: a batch is rows of the cached features (no augmentation: the backbone is frozen).
    BatchLoader::MakeBatch make;
    std::vector<std::vector<size_t>> byClass(static_cast<size_t>(classes));
    for (size_t i = 0; i < set.examples.size(); ++i)
        byClass[size_t(set.examples[i].label)].push_back(i);
    std::vector<size_t> nonEmpty;
    for (size_t c = 0; c < byClass.size(); ++c)
        if (!byClass[c].empty())
            nonEmpty.push_back(c);
    // Head: the classifier learns on standardised features (zero mean per dimension over the
    // training rows, each dimension divided by its deviation times sqrt(dimensions), so that a
    // feature vector has about unit length), so that the step size depends neither on the
    // backbone's feature scale nor on its width; the standardisation is folded into the
    // classifier at the end. A fresh training first expresses the initial classifier (an
    // imported or pretrained one) in the standardised features, so that it starts from exactly
    // what that classifier predicted; a resumed one's checkpoint already is in them.
    torch::Tensor featureMean, featureScale;
    if (head) {
        std::vector<torch::Tensor> rows;
        for (const auto &row : set.featureRows)
            rows.push_back(set.features[size_t(row.first)][row.second]);
        const torch::Tensor all = torch::stack(rows);
        featureMean = all.mean(0);
        featureScale = all.std(0, false).clamp_min(1e-6) * std::sqrt(double(all.size(1)));
        if (!resumeState)
            mapClassifier(*net, featureMean, featureScale, ClassifierMapping::IntoStandardised);
    }
    if (head) {
        make = [&](int step) {
            TrainingBatch b;
            b.step = step;
            std::mt19937_64 rng(mix(m_options.seed, quint64(step) + 0x5151));
            std::vector<size_t> chosen(size_t(m_options.batchSize));
            for (size_t &index : chosen) {
                if (m_options.balanceClasses && !nonEmpty.empty()) {
                    const auto &list = byClass[nonEmpty[std::uniform_int_distribution<size_t>(
                            0, nonEmpty.size() - 1)(rng)]];
                    index = list[std::uniform_int_distribution<size_t>(0, list.size() - 1)(rng)];
                } else {
                    index = std::uniform_int_distribution<size_t>(0, set.examples.size() - 1)(rng);
                }
            }
            const int64_t dim = set.features.front().size(1);
            b.clips = torch::empty({int64_t(chosen.size()), dim});
            b.labels = torch::empty({int64_t(chosen.size())}, torch::kLong);
            float *out = b.clips.data_ptr<float>();
            int64_t *labels = b.labels.data_ptr<int64_t>();
            for (size_t i = 0; i < chosen.size(); ++i) {
                const auto &row = set.featureRows[chosen[i]];
                const torch::Tensor &f = set.features[size_t(row.first)];
                std::copy_n(f.data_ptr<float>() + row.second * dim, dim, out + i * size_t(dim));
                labels[i] = set.examples[chosen[i]].label;
            }
            b.clips = (b.clips - featureMean) / featureScale;
            return b;
        };
    } else {
        make = [&](int step) {
            return sampler.make(step, m_options.batchSize);
        };
    }

    auto saveCheckpoint = [&](int stepsDone) -> bool {
        net->eval();
        Checkpoint c = Checkpoint::fromNetwork(specFor(set), *net);
        c.optimizer = OptimizerState::fromSgd(
                sgd,
                *net,
                stepsDone,
                int(qint64(stepsDone) * m_options.batchSize / qint64(set.examples.size())));
        c.extra.insert(QStringLiteral("training"),
                       QJsonObject{{QStringLiteral("options"), wanted},
                                   {QStringLiteral("losses"), lossesToJson(result.losses)}});
        const bool ok = CheckpointFile::save(checkpointPath, c, error);
        setMode();
        if (ok)
            emitEvent(QStringLiteral("checkpoint"),
                      {{QStringLiteral("iter"), stepsDone},
                       {QStringLiteral("path"), checkpointPath}});
        return ok;
    };

    const int iterations = m_options.iterations;
    emitEvent(QStringLiteral("start"),
              {{QStringLiteral("iters"), iterations},
               {QStringLiteral("resume_from"), startStep},
               {QStringLiteral("examples"), qint64(set.examples.size())},
               {QStringLiteral("network"), QString::fromStdString(net->config().describe())},
               {QStringLiteral("tune"), tuneModeName(m_options.tune)}});

    const auto started = std::chrono::steady_clock::now();
    double waited = 0;
    {
        BatchLoader loader(
                make, startStep, iterations, m_options.loaderThreads, m_options.prefetchBatches);
        double lossSum = 0;
        int lossCount = 0;
        int epoch = int(qint64(startStep) * m_options.batchSize / qint64(set.examples.size()));
        for (int step = startStep; step < iterations; ++step) {
            if (m_cancel && m_cancel->load()) {
                waited = loader.waitSeconds();
                if (!saveCheckpoint(step))
                    return false;
                emitEvent(QStringLiteral("cancelled"), {{QStringLiteral("iter"), step}});
                return failWith(
                        Tr::tr("Training was cancelled at step %1 of %2; run the same command "
                               "again to resume.")
                                .arg(step)
                                .arg(iterations));
            }
            TrainingBatch batch = loader.next();
            const double lr = m_options.learningRateAt(step);
            for (auto &group : sgd.param_groups())
                static_cast<torch::optim::SGDOptions &>(group.options()).lr(lr);
            torch::manual_seed(int64_t(mix(m_options.seed, quint64(step))));
            const torch::Tensor input = batch.clips.to(m_device);
            const torch::Tensor target = batch.labels.to(m_device);
            const torch::Tensor logits = head ? net->classify(input) : net->forward(input);
            // With class weights, each example's loss is scaled by its class's weight and the
            // batch's mean is taken over examples, not divided by the batch's sum of weights as
            // cross_entropy(weight=...) does: that division cancels the weights of every batch
            // without a rare example, which with 8 clips per batch is most of them.
            torch::Tensor loss
                    = lossWeights.defined()
                              ? (torch::nn::functional::cross_entropy(
                                         logits,
                                         target,
                                         torch::nn::functional::CrossEntropyFuncOptions().reduction(
                                                 torch::kNone))
                                 * lossWeights.index_select(0, target))
                                        .mean()
                              : torch::nn::functional::cross_entropy(logits, target);
            sgd.zero_grad();
            loss.backward();
            sgd.step();
            const double value = loss.item<double>();
            if (!std::isfinite(value))
                return failWith(
                        Tr::tr("Training diverged at step %1 (the loss is not a number). Try "
                               "a smaller learning rate.")
                                .arg(step));
            lossSum += value;
            ++lossCount;
            const int done = step + 1;
            if (done % m_progressInterval == 0 || done == iterations) {
                const double mean = lossSum / lossCount;
                result.losses.append({done, mean, lr});
                emitEvent(QStringLiteral("progress"),
                          {{QStringLiteral("iter"), done},
                           {QStringLiteral("iters"), iterations},
                           {QStringLiteral("loss"), mean},
                           {QStringLiteral("lr"), lr}});
                lossSum = 0;
                lossCount = 0;
            }
            const int newEpoch
                    = int(qint64(done) * m_options.batchSize / qint64(set.examples.size()));
            if (newEpoch > epoch) {
                epoch = newEpoch;
                emitEvent(QStringLiteral("epoch"),
                          {{QStringLiteral("epoch"), epoch}, {QStringLiteral("iter"), done}});
            }
            if (done % m_options.checkpointEvery == 0 && done < iterations && !saveCheckpoint(done))
                return false;
        }
        waited = loader.waitSeconds();
    }
    if (!head && m_options.batchNormBatches > 0) {
        recalibrateBatchNorm(*net, sampler, iterations, m_options, m_device);
    }
    result.seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    result.dataWaitFraction = result.seconds > 0 ? waited / result.seconds : 0;
    result.steps = iterations;

    net->eval();
    for (auto &p : net->parameters())
        p.set_requires_grad(true);
    if (head)
        mapClassifier(*net, featureMean, featureScale, ClassifierMapping::FromStandardised);
    Checkpoint final = Checkpoint::fromNetwork(specFor(set), *net);
    final.extra.insert(QStringLiteral("training"),
                       QJsonObject{{QStringLiteral("options"), wanted},
                                   {QStringLiteral("losses"), lossesToJson(result.losses)},
                                   {QStringLiteral("seconds"), result.seconds},
                                   {QStringLiteral("dataWaitFraction"), result.dataWaitFraction}});
    final.extra.insert(QStringLiteral("transform"),
                       QJsonObject{{QStringLiteral("resize"), m_options.resizeSize},
                                   {QStringLiteral("crop"), m_options.cropSize}});
    if (!CheckpointFile::save(modelPath, final, error))
        return false;
    QFile::remove(checkpointPath);
    result.network = net;
    result.checkpoint = std::move(final);
    emitEvent(QStringLiteral("done"),
              {{QStringLiteral("model_path"), modelPath},
               {QStringLiteral("seconds"), result.seconds},
               {QStringLiteral("data_wait_fraction"), result.dataWaitFraction},
               {QStringLiteral("final_loss"),
                result.losses.isEmpty() ? 0.0 : result.losses.back().loss}});
    *outcome = std::move(result);
    return true;
}

} // namespace ethoscribe
