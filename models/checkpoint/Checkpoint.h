// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"
#include "checkpoint/OptimizerState.h"
#include "weights/StateDict.h"

#include "nets/NetConfig.h"
#include "nets/VideoNetwork.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace ethoscribe {

// A trained (or imported) model as one value: what it is (ModelSpec + the exact network
// configuration), its weights, optionally the optimizer state to resume training, and where it
// came from. CheckpointFile writes and reads it.
struct Checkpoint
{
    ModelSpec spec;
    nets::NetConfig network;
    StateDict weights; // the network's parameters and buffers by name
    std::optional<OptimizerState> optimizer;
    QString appVersion;    // Ethoscribe version that saved it (set by CheckpointFile::save)
    int formatVersion = 0; // checkpoint format of the file (set by save / load)
    QDateTime created;     // UTC; set by save when empty
    QJsonObject extra;     // free-form provenance: import report, training history, ...

    // The network configuration a spec describes (depth 18, default dropout).
    static nets::NetConfig netConfigFor(const ModelSpec &spec);
    // A checkpoint of `net` as it is now (tensors are copied).
    static Checkpoint fromNetwork(const ModelSpec &spec, const nets::VideoNetworkImpl &net);

    // Plain words when spec and network disagree (architecture, classes vs behaviors, input
    // channels vs stream, width); empty when consistent.
    QString inconsistency() const;
    // Copies the weights into `net`, requiring exactly the same names and shapes. Returns false
    // with a plain-words *error otherwise (and leaves `net` unchanged).
    bool loadInto(torch::nn::Module &net, QString *error) const;
    // Builds the network and loads the weights; nullptr with *error on failure.
    std::shared_ptr<nets::VideoNetworkImpl> makeNetwork(QString *error) const;
};

} // namespace ethoscribe
