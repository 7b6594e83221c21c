// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli model summary`: the layers of I3D or R(2+1)D with output shapes and parameter
// counts, and the network's exact parameter count.
#include "CliCommand.h"

#include "nets/NetworkFactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelSummaryCommand)
};

QString shapeText(const std::vector<int64_t> &shape)
{
    QStringList parts;
    for (int64_t d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

int runModelSummary(const QStringList &args)
{
    const QString name = QStringLiteral("model summary");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Lists the layers of a network (name, output shape for one 16-frame clip, "
                   "parameters) and its exact parameter count. Runs the network once on zeros."));
    parser.addHelpOption();
    const QCommandLineOption arch(
            QStringLiteral("arch"), Tr::tr("Network: i3d or r2plus1d."), Tr::tr("NAME"));
    const QCommandLineOption classes(QStringLiteral("classes"),
                                     Tr::tr("Number of output classes (default 8, the paper's "
                                            "behaviors; 400 for Kinetics)."),
                                     Tr::tr("N"),
                                     QStringLiteral("8"));
    const QCommandLineOption stream(QStringLiteral("stream"),
                                    Tr::tr("Input stream: rgb (3 channels, default) or flow (2)."),
                                    Tr::tr("STREAM"),
                                    QStringLiteral("rgb"));
    const QCommandLineOption width(QStringLiteral("width"),
                                   Tr::tr("Width multiplier (default 1 = the published network)."),
                                   Tr::tr("W"),
                                   QStringLiteral("1"));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   Tr::tr("R(2+1)D depth: 10, 18 (default) or 34."),
                                   Tr::tr("N"),
                                   QStringLiteral("18"));
    const QCommandLineOption frames(QStringLiteral("frames"),
                                    Tr::tr("Frames per clip (default 16; a multiple of 8)."),
                                    Tr::tr("N"),
                                    QStringLiteral("16"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON instead of a table."));
    parser.addOptions({arch, classes, stream, width, depth, frames, json});
    if (!parser.parse(args))
        return usageError(name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        return printHelp(parser, name);
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
                name, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(arch))
        return usageError(name, Tr::tr("--arch is required (i3d or r2plus1d)"));
    const auto architecture = nets::parseArchitecture(parser.value(arch).toStdString());
    if (!architecture)
        return usageError(
                name, Tr::tr("unknown network '%1'; use i3d or r2plus1d").arg(parser.value(arch)));
    const auto inputStream = nets::parseStream(parser.value(stream).toStdString());
    if (!inputStream)
        return usageError(name,
                          Tr::tr("unknown stream '%1'; use rgb or flow").arg(parser.value(stream)));
    bool okClasses = false, okWidth = false, okDepth = false, okFrames = false;
    nets::NetConfig config = nets::NetConfig::forStream(
            *architecture, *inputStream, parser.value(classes).toInt(&okClasses));
    config.widthMultiplier = parser.value(width).toDouble(&okWidth);
    config.depth = parser.value(depth).toInt(&okDepth);
    const int clipFrames = parser.value(frames).toInt(&okFrames);
    if (!okClasses || !okWidth || !okDepth || !okFrames)
        return usageError(name, Tr::tr("--classes, --width, --depth and --frames take numbers"));
    if (clipFrames < 8 || clipFrames % 8 != 0)
        return usageError(name,
                          Tr::tr("--frames must be a multiple of 8 (got %1)").arg(clipFrames));

    std::shared_ptr<nets::VideoNetworkImpl> network;
    try {
        network = nets::makeNetwork(config);
    } catch (const std::exception &e) {
        return usageError(name, QString::fromStdString(e.what()));
    }
    const int size = nets::cropSize(*architecture);
    const std::vector<int64_t> input{1, config.inChannels, clipFrames, size, size};
    std::vector<nets::LayerInfo> layers;
    try {
        layers = network->describeLayers(input);
    } catch (const std::exception &e) {
        return fail(Tr::tr("could not run the network on a clip of shape %1: %2")
                            .arg(shapeText(input), QString::fromStdString(e.what())));
    }
    const qint64 total = network->parameterCount();

    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const auto &l : layers) {
            QJsonArray shape;
            for (int64_t d : l.outputShape)
                shape.append(qint64(d));
            rows.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(l.name)},
                                    {QStringLiteral("output_shape"), shape},
                                    {QStringLiteral("parameters"), qint64(l.parameters)}});
        }
        QJsonArray inputShape;
        for (int64_t d : input)
            inputShape.append(qint64(d));
        const QJsonObject doc{
                {QStringLiteral("arch"), QString::fromStdString(nets::toString(*architecture))},
                {QStringLiteral("stream"), QString::fromStdString(nets::toString(*inputStream))},
                {QStringLiteral("classes"), config.classes},
                {QStringLiteral("width_multiplier"), config.widthMultiplier},
                {QStringLiteral("depth"), config.depth},
                {QStringLiteral("input_shape"), inputShape},
                {QStringLiteral("parameters"), total},
                {QStringLiteral("layers"), rows}};
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    out() << QString::fromStdString(config.describe()) << '\n';
    out() << Tr::tr("Input %1 (N, C, T, H, W)").arg(shapeText(input)) << "\n\n";
    out() << QStringLiteral("%1  %2  %3\n")
                     .arg(Tr::tr("layer"), -26)
                     .arg(Tr::tr("output shape"), -26)
                     .arg(Tr::tr("parameters"), 12);
    // Digit grouping with commas whatever the user's locale, so that counts read the same in
    // every report ("12,295,464").
    const QLocale grouped(QLocale::English);
    for (const auto &l : layers) {
        out() << QStringLiteral("%1  %2  %3\n")
                         .arg(QString::fromStdString(l.name), -26)
                         .arg(shapeText(l.outputShape), -26)
                         .arg(grouped.toString(qlonglong(l.parameters)), 12);
    }
    out() << '\n' << Tr::tr("Total parameters: %1").arg(grouped.toString(total)) << '\n';
    return ExitOk;
}

CliCommandRegistration registration{
        "model summary",
        QT_TRANSLATE_NOOP("CliCommand",
                          "List a network's layers, output shapes and parameter count"),
        &runModelSummary};

} // namespace
