// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingOptions.h"

#include <QCoreApplication>

#include <cmath>

namespace ethoscribe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrainingOptions)
};
} // namespace

QString tuneModeName(TuneMode mode)
{
    switch (mode) {
    case TuneMode::All:
        return QStringLiteral("all");
    case TuneMode::Top:
        return QStringLiteral("top");
    case TuneMode::Head:
        return QStringLiteral("head");
    }
    return {};
}

bool tuneModeFromName(const QString &name, TuneMode *mode)
{
    for (TuneMode m : {TuneMode::All, TuneMode::Top, TuneMode::Head}) {
        if (name.compare(tuneModeName(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString modelSizeName(ModelSize size)
{
    return size == ModelSize::Full ? QStringLiteral("full") : QStringLiteral("small");
}

bool modelSizeFromName(const QString &name, ModelSize *size)
{
    if (name.compare(QLatin1String("full"), Qt::CaseInsensitive) == 0)
        *size = ModelSize::Full;
    else if (name.compare(QLatin1String("small"), Qt::CaseInsensitive) == 0)
        *size = ModelSize::Small;
    else
        return false;
    return true;
}

TrainingOptions TrainingOptions::forSize(
        ModelSize size, nets::Architecture arch, nets::Stream stream, int classes, TuneMode tune)
{
    TrainingOptions o;
    o.size = size;
    o.tune = tune;
    o.stream = stream;
    o.network = nets::NetConfig::forStream(arch, stream, classes);
    if (size == ModelSize::Full) {
        o.resizeSize = nets::resizeSize(arch);
        o.cropSize = nets::cropSize(arch);
        o.iterations = 2000;
        o.batchSize = 8;
    } else {
        o.network.widthMultiplier = 0.25;
        o.network.depth = 10;
        o.resizeSize = 64;
        o.cropSize = 56;
        o.iterations = 600;
        o.batchSize = 8;
        // From scratch, a small network needs a larger step than fine-tuning does; the same
        // 20-fold decay as the paper's schedule.
        o.learningRate = 0.02;
        o.finalLearningRate = 1e-3;
    }
    if (tune == TuneMode::Head) {
        // The classifier's features are standardised to about unit length (Trainer), so one
        // schedule fits every backbone; steps on cached features cost microseconds.
        o.iterations = 2000;
        o.learningRate = 0.5;
        o.finalLearningRate = 0.02;
    }
    return o;
}

double TrainingOptions::learningRateAt(int step) const
{
    if (iterations <= 1 || learningRate <= 0 || finalLearningRate <= 0)
        return learningRate;
    const double t = std::clamp(double(step) / double(iterations - 1), 0.0, 1.0);
    return learningRate * std::pow(finalLearningRate / learningRate, t);
}

QString TrainingOptions::problem() const
{
    try {
        network.validate();
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    if (network.inChannels != nets::inputChannels(stream))
        return Tr::tr("The network's input channels do not match the stream.");
    if (cropSize < 8 || resizeSize < cropSize)
        return Tr::
                tr("The crop (%1 px) must be at least 8 px and fit in the resized frame (%2 px).")
                        .arg(cropSize)
                        .arg(resizeSize);
    if (iterations < 1)
        return Tr::tr("Training needs at least one iteration.");
    if (batchSize < 1)
        return Tr::tr("The batch size must be at least 1.");
    if (!(learningRate > 0) || !(finalLearningRate > 0))
        return Tr::tr("Learning rates must be positive.");
    if (momentum < 0 || momentum >= 1)
        return Tr::tr("The momentum must be in [0, 1).");
    if (weightDecay < 0)
        return Tr::tr("The weight decay cannot be negative.");
    if (batchNormBatches < 0)
        return Tr::tr("The number of batch-norm batches cannot be negative.");
    if (checkpointEvery < 1)
        return Tr::tr("Checkpoints must be at least one iteration apart.");
    if (loaderThreads < 1 || prefetchBatches < 1)
        return Tr::tr("At least one loader thread and one prefetched batch are needed.");
    return {};
}

QJsonObject TrainingOptions::toJson() const
{
    return QJsonObject{
            {QStringLiteral("model"), QString::fromStdString(nets::toString(network.arch))},
            {QStringLiteral("stream"), QString::fromStdString(nets::toString(stream))},
            {QStringLiteral("size"), modelSizeName(size)},
            {QStringLiteral("network"), QString::fromStdString(network.describe())},
            {QStringLiteral("widthMultiplier"), network.widthMultiplier},
            {QStringLiteral("depth"), network.depth},
            {QStringLiteral("dropoutKeep"), network.dropoutKeep},
            {QStringLiteral("resize"), resizeSize},
            {QStringLiteral("crop"), cropSize},
            {QStringLiteral("tune"), tuneModeName(tune)},
            {QStringLiteral("iterations"), iterations},
            {QStringLiteral("batch"), batchSize},
            {QStringLiteral("lr"), learningRate},
            {QStringLiteral("lrEnd"), finalLearningRate},
            {QStringLiteral("momentum"), momentum},
            {QStringLiteral("weightDecay"), weightDecay},
            {QStringLiteral("balanceClasses"), balanceClasses},
            {QStringLiteral("weightClasses"), weightClasses},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("checkpointEvery"), checkpointEvery},
            {QStringLiteral("batchNormBatches"), batchNormBatches},
    };
}

} // namespace ethoscribe
