// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint/CheckpointFile.h"

#include "common/BuildInfo.h"
#include "weights/SafeTensors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

namespace ethoscribe {

namespace {

const char kMetadataKey[] = "ethoscribe";
const char kFormatName[] = "ethoscribe-checkpoint";
const std::string kModelPrefix = "model.";
const std::string kMomentumPrefix = "optimizer.momentum.";

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointFile)
};

QJsonObject networkToJson(const nets::NetConfig &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("arch"), QString::fromStdString(nets::toString(c.arch)));
    o.insert(QStringLiteral("inChannels"), c.inChannels);
    o.insert(QStringLiteral("classes"), c.classes);
    o.insert(QStringLiteral("widthMultiplier"), c.widthMultiplier);
    o.insert(QStringLiteral("dropoutKeep"), c.dropoutKeep);
    o.insert(QStringLiteral("depth"), c.depth);
    return o;
}

bool networkFromJson(const QJsonObject &o, nets::NetConfig *c)
{
    const auto arch
            = nets::parseArchitecture(o.value(QStringLiteral("arch")).toString().toStdString());
    if (!arch)
        return false;
    c->arch = *arch;
    c->inChannels = o.value(QStringLiteral("inChannels")).toInt(c->inChannels);
    c->classes = o.value(QStringLiteral("classes")).toInt(c->classes);
    c->widthMultiplier = o.value(QStringLiteral("widthMultiplier")).toDouble(c->widthMultiplier);
    c->dropoutKeep = o.value(QStringLiteral("dropoutKeep")).toDouble(c->dropoutKeep);
    c->depth = o.value(QStringLiteral("depth")).toInt(c->depth);
    try {
        c->validate();
    } catch (const std::exception &) {
        return false;
    }
    return true;
}

// Parses the metadata into everything but the tensors.
bool parseDescription(const QString &path,
                      const SafeTensors::Metadata &metadata,
                      Checkpoint *cp,
                      QString *error)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    if (!metadata.contains(QLatin1String(kMetadataKey)))
        return fail(Tr::tr("'%1' holds network weights but is not an Ethoscribe model (it has no "
                           "model description). Import it first with 'ethoscribe-cli model import' "
                           "(or the weights import of the Models view), giving its architecture, "
                           "stream and behaviors.")
                            .arg(name));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
            metadata.value(QLatin1String(kMetadataKey)).toUtf8(), &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || o.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return fail(Tr::tr("The model file '%1' is damaged: its description cannot be read.")
                            .arg(name));
    const int version = o.value(QStringLiteral("formatVersion")).toInt(0);
    if (version < 1)
        return fail(Tr::tr("The model file '%1' is damaged: it does not say which format it has.")
                            .arg(name));
    if (version > CheckpointFile::kFormatVersion)
        return fail(
                Tr::tr("The model file '%1' was saved by a newer version of Ethoscribe (%2, model "
                       "format %3; this version reads formats up to %4). Update Ethoscribe to "
                       "use this model.")
                        .arg(name, o.value(QStringLiteral("appVersion")).toString())
                        .arg(version)
                        .arg(CheckpointFile::kFormatVersion));
    Checkpoint c;
    c.formatVersion = version;
    c.appVersion = o.value(QStringLiteral("appVersion")).toString();
    c.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    QString specError;
    if (!ModelSpec::fromJson(o.value(QStringLiteral("model")).toObject(), &c.spec, &specError))
        return fail(Tr::tr("The model file '%1' is damaged: %2.").arg(name, specError));
    c.network = Checkpoint::netConfigFor(c.spec);
    if (o.contains(QStringLiteral("network"))
        && !networkFromJson(o.value(QStringLiteral("network")).toObject(), &c.network))
        return fail(Tr::tr("The model file '%1' is damaged: its network description is not valid.")
                            .arg(name));
    if (const QString why = c.inconsistency(); !why.isEmpty())
        return fail(Tr::tr("The model file '%1' is damaged: %2.").arg(name, why));
    if (o.contains(QStringLiteral("optimizer")))
        c.optimizer = OptimizerState::fromJson(o.value(QStringLiteral("optimizer")).toObject());
    c.extra = o.value(QStringLiteral("extra")).toObject();
    *cp = std::move(c);
    return true;
}

} // namespace

bool CheckpointFile::save(const QString &path, const Checkpoint &checkpoint, QString *error)
{
    if (const QString why = checkpoint.inconsistency(); !why.isEmpty()) {
        if (error)
            *error = Tr::tr("Cannot save the model to '%1': %2.").arg(path, why);
        return false;
    }
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormatName));
    o.insert(QStringLiteral("formatVersion"), kFormatVersion);
    o.insert(QStringLiteral("appVersion"), BuildInfo::version());
    const QDateTime created
            = checkpoint.created.isValid() ? checkpoint.created : QDateTime::currentDateTimeUtc();
    o.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("model"), checkpoint.spec.toJson());
    o.insert(QStringLiteral("network"), networkToJson(checkpoint.network));
    if (checkpoint.optimizer)
        o.insert(QStringLiteral("optimizer"), checkpoint.optimizer->toJson());
    if (!checkpoint.extra.isEmpty())
        o.insert(QStringLiteral("extra"), checkpoint.extra);

    StateDict tensors;
    for (const auto &item : checkpoint.weights.items())
        tensors.insert(kModelPrefix + item.key(), item.value());
    if (checkpoint.optimizer)
        for (const auto &item : checkpoint.optimizer->momentumBuffers.items())
            tensors.insert(kMomentumPrefix + item.key(), item.value());
    SafeTensors::Metadata metadata;
    metadata.insert(QLatin1String(kMetadataKey),
                    QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    return SafeTensors::write(path, tensors, metadata, error);
}

bool CheckpointFile::readDescription(const QString &path, Checkpoint *checkpoint, QString *error)
{
    SafeTensors::Metadata metadata;
    if (!SafeTensors::readHeader(path, &metadata, error)) {
        if (error && QFileInfo::exists(path))
            *error = Tr::tr("'%1' is not an Ethoscribe model file (%2)")
                             .arg(QFileInfo(path).fileName(), *error);
        return false;
    }
    return parseDescription(path, metadata, checkpoint, error);
}

bool CheckpointFile::load(const QString &path, Checkpoint *checkpoint, QString *error)
{
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = Tr::tr("The model file '%1' does not exist.").arg(path);
        return false;
    }
    SafeTensors::Metadata metadata;
    StateDict tensors;
    if (!SafeTensors::read(path, &tensors, &metadata, error)) {
        if (error)
            *error = Tr::tr("'%1' is not an Ethoscribe model file (%2)")
                             .arg(QFileInfo(path).fileName(), *error);
        return false;
    }
    Checkpoint c;
    if (!parseDescription(path, metadata, &c, error))
        return false;
    for (const auto &item : tensors.items()) {
        const std::string &key = item.key();
        if (key.rfind(kModelPrefix, 0) == 0) {
            c.weights.insert(key.substr(kModelPrefix.size()), item.value());
        } else if (key.rfind(kMomentumPrefix, 0) == 0) {
            if (!c.optimizer)
                c.optimizer = OptimizerState();
            c.optimizer->momentumBuffers.insert(key.substr(kMomentumPrefix.size()), item.value());
        }
    }
    if (c.weights.is_empty()) {
        if (error)
            *error = Tr::tr("The model file '%1' is damaged: it holds no weights.")
                             .arg(QFileInfo(path).fileName());
        return false;
    }
    *checkpoint = std::move(c);
    return true;
}

QString CheckpointFile::compatibilityProblem(const ModelSpec &found,
                                             const ModelSpec &expected,
                                             const QString &fileName)
{
    auto name = [](auto v) {
        return QString::fromStdString(nets::toString(v));
    };
    if (found.architecture != expected.architecture)
        return Tr::tr("The model '%1' is an %2 network, but an %3 network is needed here. Choose a "
                      "model of the right architecture.")
                .arg(fileName, name(found.architecture), name(expected.architecture));
    if (found.stream != expected.stream)
        return Tr::
                tr("The model '%1' was trained on %2 input, but %3 input is needed here. Choose a "
                   "model of the right stream.")
                        .arg(fileName, name(found.stream), name(expected.stream));
    if (found.behaviors != expected.behaviors) {
        QStringList a = found.behaviors, b = expected.behaviors;
        a.sort();
        b.sort();
        if (a == b)
            return Tr::
                    tr("The model '%1' predicts the same behaviors as this project but in another "
                       "order (%2 instead of %3).")
                            .arg(fileName,
                                 found.behaviors.join(QStringLiteral(", ")),
                                 expected.behaviors.join(QStringLiteral(", ")));
        return Tr::tr("The model '%1' predicts the behaviors %2, but this project uses %3. Train a "
                      "model for this project's behaviors, or import this one with the project's "
                      "behaviors to start from its weights.")
                .arg(fileName,
                     found.behaviors.join(QStringLiteral(", ")),
                     expected.behaviors.join(QStringLiteral(", ")));
    }
    if (std::abs(found.widthMultiplier - expected.widthMultiplier) > 1e-9)
        return Tr::tr("The model '%1' has width %2, but width %3 is needed here.")
                .arg(fileName)
                .arg(found.widthMultiplier)
                .arg(expected.widthMultiplier);
    return QString();
}

} // namespace ethoscribe
