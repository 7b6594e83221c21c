// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli model import` and `ethoscribe-cli model inflate`: published weights -> an
// Ethoscribe model file. Parsing and printing only; the work is ModelImporter's.
#include "ModelImportCommand.h"

#include "CliCommand.h"

#include "behaviors/BehaviorSet.h"
#include "checkpoint/CheckpointFile.h"
#include "weights/ModelImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelImportCommand)
};

struct Options
{
    QCommandLineOption arch{
            QStringLiteral("arch"), Tr::tr("Network: i3d or r2plus1d."), Tr::tr("name")};
    QCommandLineOption stream{
            QStringLiteral("stream"),
            Tr::tr("Input stream of the model: rgb (default) or flow. RGB weights "
                   "given for a flow model start its first convolution from the "
                   "mean over the colour channels."),
            Tr::tr("rgb|flow"),
            QStringLiteral("rgb")};
    QCommandLineOption classes{
            QStringLiteral("classes"),
            Tr::tr("Number of behaviors the model predicts. When it differs from "
                   "the file's classifier, the classifier is re-initialised."),
            Tr::tr("N")};
    QCommandLineOption behaviors{QStringLiteral("behaviors"),
                                 Tr::tr("Behavior names in output order, comma-separated (default "
                                        "for 8 classes: the paper's drink, eat, groom, hang, "
                                        "micro-movement, rear, rest, walk)."),
                                 Tr::tr("a,b,c")};
    QCommandLineOption out{
            QStringLiteral("out"), Tr::tr("Model file to write (.safetensors)."), Tr::tr("file")};
    QCommandLineOption width{QStringLiteral("width"),
                             Tr::tr("Width multiplier of the network (1 for published weights)."),
                             Tr::tr("w"),
                             QStringLiteral("1")};
    QCommandLineOption depth{
            QStringLiteral("depth"),
            Tr::tr("R(2+1)D depth: 10, 18 (default, as torchvision's r2plus1d_18) or 34."),
            Tr::tr("d"),
            QStringLiteral("18")};
    QCommandLineOption trainingData{QStringLiteral("training-data"),
                                    Tr::tr("Text describing what the weights were trained on."),
                                    Tr::tr("text")};
};

int run(const QStringList &args, bool inflate)
{
    const QString command
            = inflate ? QStringLiteral("model inflate") : QStringLiteral("model import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            inflate ? Tr::tr(
                    "Starts an I3D model from 2D ImageNet Inception-v1 weights (pytorch-i3d "
                    "names with 2D kernels, e.g. Conv2d_1a_7x7.conv2d.weight [64,3,7,7]): "
                    "each kernel is repeated along time and divided by its temporal size.")
                    : Tr::tr("Converts published network weights (a PyTorch state dict .pt/.pth "
                             "saved "
                             "with torch.save, a TorchScript file or a .safetensors file) into an "
                             "Ethoscribe model, and reports how many tensors matched."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 inflate ? Tr::tr("2D Inception-v1 weights.")
                                         : Tr::tr("Weights to import."));
    Options o;
    if (!inflate)
        parser.addOption(o.arch);
    parser.addOption(o.stream);
    parser.addOption(o.classes);
    parser.addOption(o.behaviors);
    parser.addOption(o.out);
    parser.addOption(o.width);
    if (!inflate)
        parser.addOption(o.depth);
    parser.addOption(o.trainingData);
    if (!parser.parse(args))
        return usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        return printHelp(parser, command);
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(command, Tr::tr("give exactly one weights file"));
    if (!parser.isSet(o.out))
        return usageError(command, Tr::tr("give the model file to write with --out"));

    ModelImporter::Request request;
    request.sourcePath = parser.positionalArguments().constFirst();
    request.inflate2D = inflate;
    ModelSpec &spec = request.spec;
    if (inflate) {
        spec.architecture = nets::Architecture::I3D;
    } else {
        if (!parser.isSet(o.arch))
            return usageError(command,
                              Tr::tr("give the network with --arch i3d or --arch r2plus1d"));
        const auto arch = nets::parseArchitecture(parser.value(o.arch).toLower().toStdString());
        if (!arch)
            return usageError(
                    command,
                    Tr::tr("'%1' is not a network; use i3d or r2plus1d").arg(parser.value(o.arch)));
        spec.architecture = *arch;
    }
    const auto stream = nets::parseStream(parser.value(o.stream).toLower().toStdString());
    if (!stream)
        return usageError(
                command,
                Tr::tr("'%1' is not a stream; use rgb or flow").arg(parser.value(o.stream)));
    spec.stream = *stream;

    int classes = 0;
    if (parser.isSet(o.classes)) {
        bool ok = false;
        classes = parser.value(o.classes).toInt(&ok);
        if (!ok || classes < 1)
            return usageError(command, Tr::tr("--classes needs a positive number"));
    }
    if (parser.isSet(o.behaviors)) {
        for (const QString &b : parser.value(o.behaviors).split(QLatin1Char(',')))
            if (!b.trimmed().isEmpty())
                spec.behaviors << b.trimmed();
        if (spec.behaviors.isEmpty())
            return usageError(command, Tr::tr("--behaviors lists no names"));
        if (spec.behaviors.removeDuplicates() > 0)
            return usageError(command, Tr::tr("--behaviors names a behavior twice"));
        if (classes > 0 && classes != spec.behaviors.size())
            return usageError(command,
                              Tr::tr("--classes is %1 but --behaviors names %2 behaviors")
                                      .arg(classes)
                                      .arg(spec.behaviors.size()));
    } else if (classes > 0) {
        spec.behaviors = defaultBehaviorNames(classes);
    } else {
        return usageError(command,
                          Tr::tr("give the number of behaviors with --classes or their names "
                                 "with --behaviors"));
    }

    bool ok = false;
    spec.widthMultiplier = parser.value(o.width).toDouble(&ok);
    if (!ok || spec.widthMultiplier <= 0)
        return usageError(command, Tr::tr("--width needs a positive number"));
    if (!inflate) {
        request.depth = parser.value(o.depth).toInt(&ok);
        if (!ok || (request.depth != 10 && request.depth != 18 && request.depth != 34))
            return usageError(command, Tr::tr("--depth must be 10, 18 or 34"));
    }
    spec.inputSize = nets::cropSize(spec.architecture);
    spec.trainingData
            = parser.isSet(o.trainingData)
                      ? parser.value(o.trainingData)
                      : Tr::tr("imported from %1").arg(QFileInfo(request.sourcePath).fileName());

    return importAndSave(request, parser.value(o.out));
}

int runImport(const QStringList &args)
{
    return run(args, false);
}

int runInflate(const QStringList &args)
{
    return run(args, true);
}

CliCommandRegistration importRegistration{
        "model import",
        QT_TRANSLATE_NOOP(
                "CliCommand",
                "Convert published weights (.pt/.pth/.safetensors) into an Ethoscribe model"),
        &runImport};
CliCommandRegistration inflateRegistration{
        "model inflate",
        QT_TRANSLATE_NOOP("CliCommand", "Start an I3D model from 2D Inception-v1 ImageNet weights"),
        &runInflate};

} // namespace

namespace ethoscribe::cli {

QStringList defaultBehaviorNames(int classes)
{
    if (classes == 8)
        return BehaviorSet::jhuangDefault().names();
    QStringList names;
    for (int i = 0; i < classes; ++i)
        names << QStringLiteral("class%1").arg(i + 1);
    return names;
}

int importAndSave(const ModelImporter::Request &request,
                  const QString &outPath,
                  const QJsonObject &extra)
{
    const ModelSpec &spec = request.spec;
    ModelImporter::Result result;
    QString error;
    const bool imported = ModelImporter::run(request, &result, &error);
    if (!imported) {
        if (result.report.networkTensors > 0)
            err() << Tr::tr("Tensors: %1").arg(result.report.countsLine()) << Qt::endl;
        return fail(error);
    }
    const WeightImportReport &report = result.report;
    out() << Tr::tr("Read %1 (%2)").arg(request.sourcePath, result.fileInfo.format);
    if (!result.fileInfo.wrapperKey.isEmpty())
        out() << Tr::tr(", weights under '%1'").arg(result.fileInfo.wrapperKey);
    out() << '\n';
    out() << Tr::tr("Tensors: %1").arg(report.countsLine()) << '\n';
    for (const QString &note : report.notes)
        out() << "  " << note << '\n';
    auto list = [](const char *title, const QStringList &names) {
        if (names.isEmpty())
            return;
        out() << "  " << QCoreApplication::translate("ModelImportCommand", title) << ' '
              << names.mid(0, 10).join(QStringLiteral(", "))
              << (names.size() > 10 ? QStringLiteral(", ...") : QString()) << '\n';
    };
    list("Missing (left random):", report.missing);
    list("Unexpected (ignored):", report.unexpected);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        result.checkpoint.extra.insert(it.key(), it.value());
    if (!CheckpointFile::save(outPath, result.checkpoint, &error))
        return fail(error);
    out() << Tr::tr("Wrote %1: %2 %3 model for %4 behaviors (%5)")
                     .arg(outPath,
                          QString::fromStdString(nets::toString(spec.architecture)),
                          QString::fromStdString(nets::toString(spec.stream)))
                     .arg(spec.behaviors.size())
                     .arg(spec.behaviors.join(QStringLiteral(", ")))
          << Qt::endl;
    return ExitOk;
}

} // namespace ethoscribe::cli
