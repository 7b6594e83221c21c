// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelSpec.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ethoscribe {

QJsonObject ModelSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("architecture"), QString::fromStdString(nets::toString(architecture)));
    o.insert(QStringLiteral("stream"), QString::fromStdString(nets::toString(stream)));
    o.insert(QStringLiteral("behaviors"), QJsonArray::fromStringList(behaviors));
    o.insert(QStringLiteral("clipFrames"), clipFrames);
    o.insert(QStringLiteral("inputSize"), inputSize);
    o.insert(QStringLiteral("widthMultiplier"), widthMultiplier);
    o.insert(QStringLiteral("trainingData"), trainingData);
    return o;
}

bool ModelSpec::fromJson(const QJsonObject &o, ModelSpec *spec, QString *error)
{
    auto fail = [error](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    const auto arch = nets::parseArchitecture(
            o.value(QStringLiteral("architecture")).toString().toStdString());
    if (!arch)
        return fail(QCoreApplication::translate("ModelSpec",
                                                "the model's architecture is missing or unknown"));
    const auto stream
            = nets::parseStream(o.value(QStringLiteral("stream")).toString().toStdString());
    if (!stream)
        return fail(QCoreApplication::translate(
                "ModelSpec", "the model's input stream (rgb or flow) is missing or unknown"));
    ModelSpec s;
    s.architecture = *arch;
    s.stream = *stream;
    for (const auto &v : o.value(QStringLiteral("behaviors")).toArray())
        s.behaviors << v.toString();
    if (s.behaviors.isEmpty())
        return fail(QCoreApplication::translate(
                "ModelSpec", "the model does not list the behaviors it predicts"));
    s.clipFrames = o.value(QStringLiteral("clipFrames")).toInt(nets::kClipFrames);
    s.inputSize = o.value(QStringLiteral("inputSize")).toInt(nets::cropSize(s.architecture));
    s.widthMultiplier = o.value(QStringLiteral("widthMultiplier")).toDouble(1.0);
    s.trainingData = o.value(QStringLiteral("trainingData")).toString();
    if (s.clipFrames < 1 || s.inputSize < 16 || s.widthMultiplier <= 0)
        return fail(
                QCoreApplication::translate("ModelSpec", "the model's input size is not valid"));
    *spec = s;
    return true;
}

bool ModelSpec::operator==(const ModelSpec &o) const
{
    return architecture == o.architecture && stream == o.stream && behaviors == o.behaviors
           && clipFrames == o.clipFrames && inputSize == o.inputSize
           && widthMultiplier == o.widthMultiplier && trainingData == o.trainingData;
}

} // namespace ethoscribe
