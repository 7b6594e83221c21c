// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights/ModelImporter.h"

#include "weights/InceptionInflater.h"
#include "weights/WeightImporter.h"

#include "nets/NetworkFactory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelImporter)
};

} // namespace

bool ModelImporter::run(const Request &request, Result *result, QString *error)
{
    auto fail = [error](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    const QString name = QFileInfo(request.sourcePath).fileName();
    if (request.spec.behaviors.isEmpty())
        return fail(Tr::tr("No behaviors were given for the imported model."));
    if (request.inflate2D && request.spec.architecture != nets::Architecture::I3D)
        return fail(Tr::tr("Only I3D can be inflated from 2D Inception-v1 weights."));

    StateDict weights;
    Result r;
    if (!WeightsFile::read(request.sourcePath, &weights, &r.fileInfo, error))
        return false;

    nets::NetConfig config = Checkpoint::netConfigFor(request.spec);
    config.depth = request.depth;
    std::shared_ptr<nets::VideoNetworkImpl> net;
    try {
        net = nets::makeNetwork(config);
    } catch (const std::exception &e) {
        return fail(Tr::tr("Cannot build the network: %1").arg(QString::fromUtf8(e.what())));
    }

    const WeightImporter::Options options;
    r.report = request.inflate2D
                       ? InceptionInflater::inflateInto(weights, *net, options)
                       : WeightImporter::load(weights, *net, request.spec.architecture, options);
    if (r.fileInfo.strippedPrefixes > 0)
        r.report.notes.prepend(
                Tr::tr("The \"module.\" prefix of multi-GPU training was removed from "
                       "%n name(s).",
                       nullptr,
                       r.fileInfo.strippedPrefixes));
    if (!r.report.isUsable()) {
        *result = std::move(r);
        const QString hint
                = request.inflate2D ? Tr::tr(
                          "Inflation needs 2D Inception-v1 weights named like pytorch-i3d's "
                          "(Conv2d_1a_7x7.conv2d.weight, Mixed_3b.b0.conv2d.weight, ...).")
                                    : Tr::tr("Check the architecture chosen (i3d or r2plus1d) and "
                                             "that the file "
                                             "holds the weights of that network.");
        return fail(Tr::tr("'%1' does not fit the %2 network for %3 input: %4 %5")
                            .arg(name,
                                 QString::fromStdString(nets::toString(request.spec.architecture)),
                                 QString::fromStdString(nets::toString(request.spec.stream)),
                                 result->report.problem(),
                                 hint));
    }

    r.checkpoint = Checkpoint::fromNetwork(request.spec, *net);
    QJsonObject provenance;
    provenance.insert(QStringLiteral("source"), name);
    provenance.insert(QStringLiteral("sourceFormat"), r.fileInfo.format);
    provenance.insert(QStringLiteral("inflated2D"), request.inflate2D);
    provenance.insert(QStringLiteral("counts"), r.report.countsLine());
    provenance.insert(QStringLiteral("reinitialised"),
                      QJsonArray::fromStringList(r.report.reinitialised));
    provenance.insert(QStringLiteral("adapted"), QJsonArray::fromStringList(r.report.adapted));
    provenance.insert(QStringLiteral("missing"), QJsonArray::fromStringList(r.report.missing));
    r.checkpoint.extra.insert(QStringLiteral("import"), provenance);
    *result = std::move(r);
    return true;
}

} // namespace ethoscribe
