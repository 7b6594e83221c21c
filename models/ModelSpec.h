// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/Architecture.h"

#include <QJsonObject>
#include <QStringList>

namespace ethoscribe {

// What a trained model is and what it expects: stored with every checkpoint and in the project
// database, so that a model can be checked against a project before it is used.
struct ModelSpec
{
    nets::Architecture architecture = nets::Architecture::I3D;
    nets::Stream stream = nets::Stream::Rgb;
    QStringList behaviors; // class order of the output layer
    int clipFrames = nets::kClipFrames;
    int inputSize = 224; // crop size fed to the network
    double widthMultiplier
            = 1.0;        // 1.0 = the published network; smaller for tests and fast CPU models
    QString trainingData; // free text / hash describing what it was trained on

    QJsonObject toJson() const;
    // Returns false and sets *error (plain words) when the object is not a model description.
    static bool fromJson(const QJsonObject &o, ModelSpec *spec, QString *error);
    bool operator==(const ModelSpec &o) const;
};

} // namespace ethoscribe
