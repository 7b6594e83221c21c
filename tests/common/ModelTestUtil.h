// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tiny random networks saved as Ethoscribe model files, for tests that run models (analysis
// engine, `analyze`). Include after <torch/torch.h>.

#include "checkpoint/CheckpointFile.h"
#include "nets/NetworkFactory.h"

#include <QDebug>
#include <QJsonObject>
#include <QStringList>

namespace ethoscribe::testutil {

// Width 0.125 (R(2+1)D depth 10), 24 px crops of frames resized to 28 px, as if trained so.
inline QString saveTinyModel(const QString &path,
                             nets::Architecture arch,
                             nets::Stream stream,
                             const QStringList &classes,
                             int seed)
{
    torch::manual_seed(seed);
    ModelSpec spec;
    spec.architecture = arch;
    spec.stream = stream;
    spec.behaviors = classes;
    spec.inputSize = 24;
    spec.widthMultiplier = 0.125;
    nets::NetConfig config = Checkpoint::netConfigFor(spec);
    config.depth = 10;
    auto net = nets::makeNetwork(config);
    Checkpoint c = Checkpoint::fromNetwork(spec, *net);
    c.network = config;
    c.extra.insert(QStringLiteral("transform"),
                   QJsonObject{{QStringLiteral("resize"), 28}, {QStringLiteral("crop"), 24}});
    QString error;
    if (!CheckpointFile::save(path, c, &error))
        qWarning() << error;
    return path;
}

} // namespace ethoscribe::testutil
