// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/StateDict.h"

#include <QJsonObject>
#include <QString>

#include <torch/nn/module.h>
#include <torch/optim/sgd.h>

namespace ethoscribe {

// What is needed to resume SGD training where it stopped: the hyper-parameters of the first
// parameter group, the momentum buffer of every parameter (keyed by the parameter's name, so it
// survives rebuilding the network) and the training position.
struct OptimizerState
{
    double learningRate = 0.01;
    double momentum = 0.0;
    double dampening = 0.0;
    double weightDecay = 0.0;
    bool nesterov = false;
    qint64 step = 0; // optimizer steps taken so far
    int epoch = 0;   // epochs completed
    StateDict momentumBuffers;

    // Captures `sgd`, whose parameters must be `network`'s.
    static OptimizerState fromSgd(const torch::optim::SGD &sgd,
                                  const torch::nn::Module &network,
                                  qint64 step,
                                  int epoch);
    // Restores hyper-parameters and momentum buffers into `sgd` (built over `network`'s
    // parameters). Returns false with a plain-words *error when a buffer does not fit.
    bool applyTo(torch::optim::SGD &sgd, const torch::nn::Module &network, QString *error) const;

    QJsonObject toJson() const; // everything but the buffers
    static OptimizerState fromJson(const QJsonObject &o);
};

} // namespace ethoscribe
