// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkpoint/Checkpoint.h"

#include <QString>

namespace ethoscribe {

// Ethoscribe's model file: one .safetensors file (plain data, readable by any safetensors
// reader) whose tensors are "model.<name>" (weights and batch-norm statistics) and
// "optimizer.momentum.<name>" (SGD momentum buffers), and whose __metadata__ entry "ethoscribe"
// is a JSON object:
//   {"format": "ethoscribe-checkpoint", "formatVersion": 1, "appVersion": "0.1.0",
//    "created": "2026-11-25T17:00:00Z", "model": ModelSpec::toJson(),
//    "network": {"arch", "inChannels", "classes", "widthMultiplier", "dropoutKeep", "depth"},
//    "optimizer": {"type": "sgd", "learningRate", "momentum", ..., "step", "epoch"},
//    "extra": {...}}
// A file of a newer format version than kFormatVersion is refused (never half-read).
class CheckpointFile
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kFileSuffix = "safetensors";

    // Writes atomically. Returns false with a plain-words *error (naming the file).
    static bool save(const QString &path, const Checkpoint &checkpoint, QString *error);
    // Reads everything. Returns false with a plain-words *error (naming the file and saying what
    // to do) when it is not an Ethoscribe model, is damaged or is of a newer format.
    static bool load(const QString &path, Checkpoint *checkpoint, QString *error);
    // Reads only the description (spec, network, optimizer settings, provenance), not the
    // tensors: cheap, for listing models.
    static bool readDescription(const QString &path, Checkpoint *checkpoint, QString *error);

    // Why a model described by `found` cannot be used where `expected` is needed (other
    // architecture, stream, behaviors or width), in plain words naming `fileName`; empty when
    // it can.
    static QString compatibilityProblem(const ModelSpec &found,
                                        const ModelSpec &expected,
                                        const QString &fileName);
};

} // namespace ethoscribe
