// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/Architecture.h"
#include "nets/NetConfig.h"

#include <QJsonObject>
#include <QString>

namespace ethoscribe {

// How much of a network is trained: everything, the last block and the classifier, or only the
// classifier on a frozen backbone (whose pooled clip features are then computed once and cached).
enum class TuneMode { All, Top, Head };
QString tuneModeName(TuneMode mode);
bool tuneModeFromName(const QString &name, TuneMode *mode);

// The size of the networks: the paper's ("full": I3D at 224 px, R(2+1)D-18 at 112 px, published
// widths, so pretrained weights fit) or a small one that trains from scratch on a CPU in minutes
// (a quarter of the channels, R(2+1)D-10, 56 px crops of frames resized to 64 px). Both go
// through exactly the same code.
enum class ModelSize { Small, Full };
QString modelSizeName(ModelSize size);
bool modelSizeFromName(const QString &name, ModelSize *size);

// Everything that decides how one network is trained on one stream. Defaults follow Nguyen et
// al. 2019 where they apply (SGD, momentum 0.9, learning rate decaying from 1e-3 to 5e-5,
// dropout keep-probability 0.36, random crop and flip); forSize() fills the size-dependent ones.
struct TrainingOptions
{
    nets::NetConfig network; // architecture, input channels (= stream), classes, width, depth
    nets::Stream stream = nets::Stream::Rgb;
    ModelSize size = ModelSize::Small;
    int resizeSize = 64; // frames are resized to this square ...
    int cropSize = 56;   // ... and a square of this size is cut out
    TuneMode tune = TuneMode::All;

    int iterations = 600; // SGD steps
    int batchSize = 8;    // clips per step
    double learningRate = 1e-3;
    double finalLearningRate = 5e-5; // exponential decay from learningRate to this at the end
    double momentum = 0.9;
    double weightDecay = 1e-4;
    bool balanceClasses = false; // sample every class equally often
    bool weightClasses = false;  // cross-entropy weighted by inverse class frequency
    quint64 seed = 1;
    int checkpointEvery = 200; // steps between checkpoints (and at the end)
    // After the last step, the batch-norm statistics of the trained layers are measured again
    // over this many training batches (forward only, equal weights): the running averages
    // collected during training lag behind weights that moved quickly (I3D's momentum of 0.01
    // remembers about 100 steps), which ruins held-out predictions of a short training from
    // scratch. 0 keeps the running averages.
    int batchNormBatches = 25;
    int loaderThreads = 1;     // threads that assemble batches ahead of the network
    int prefetchBatches = 4;   // batches assembled ahead at most

    // Defaults of a size for an architecture and stream, and for how much is trained: --tune
    // head (a linear classifier on standardised features, whatever the size) takes 2000 steps
    // from a learning rate of 0.5 to 0.02 (measured on the 12-video cross-validation: 89.4%
    // fused at RGB weight 0.4 instead of 85.6% with the size's own schedule).
    static TrainingOptions forSize(ModelSize size,
                                   nets::Architecture arch,
                                   nets::Stream stream,
                                   int classes,
                                   TuneMode tune = TuneMode::All);
    // Learning rate at step `step` (0-based) of `iterations`.
    double learningRateAt(int step) const;
    // Plain words when a value is out of range; empty when fine.
    QString problem() const;

    QJsonObject toJson() const;
};

} // namespace ethoscribe
