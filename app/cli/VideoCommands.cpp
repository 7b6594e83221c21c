// SPDX-License-Identifier: GPL-3.0-or-later
// ethoscribe-cli info / frame: a video's properties (exact frame count, rational frame rate, ...)
// and one exact frame as an image. Parsing and wiring only: the work is done by core/video.
#include "CliCommand.h"

#include "video/VideoReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonDocument>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VideoCommands)
};

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Shows a video's properties: exact frame count, frame rate, duration, size, "
                   "codec, pixel format and container."));
    parser.addPositionalArgument(QStringLiteral("VIDEO"), Tr::tr("The video file."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the properties as JSON.")});
    int code = ExitOk;
    if (!parseArguments(parser, args, QStringLiteral("info"), 1, 1, &code))
        return code;
    VideoReader reader;
    QString error;
    if (!reader.open(parser.positionalArguments().at(0), &error))
        return fail(error);
    const VideoInfo &i = reader.info();
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(i.toJson()).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitOk;
    }
    out() << Tr::tr("File:          %1").arg(QDir::toNativeSeparators(i.path)) << '\n'
          << Tr::tr("Container:     %1 (%2)").arg(i.container, i.containerLongName) << '\n'
          << Tr::tr("Codec:         %1 (%2)").arg(i.codec, i.codecLongName) << '\n'
          << Tr::tr("Pixel format:  %1").arg(i.pixelFormat) << '\n'
          << Tr::tr("Size:          %1x%2").arg(i.width).arg(i.height) << '\n'
          << Tr::tr("Frames:        %1 (numbered 0 to %2)").arg(i.frameCount).arg(i.frameCount - 1)
          << '\n'
          << Tr::tr("Frame rate:    %1/%2 = %3 fps")
                     .arg(i.fpsNum)
                     .arg(i.fpsDen)
                     .arg(QString::number(i.fps(), 'f', 6))
          << '\n'
          << Tr::tr("Duration:      %1 s").arg(QString::number(i.durationSeconds, 'f', 6)) << '\n'
          << Tr::tr("Keyframes:     %1").arg(i.keyframeCount) << '\n'
          << Tr::tr("Bit rate:      %1 kbit/s").arg(i.bitRate / 1000) << '\n'
          << Tr::tr("File size:     %1 bytes").arg(i.fileSize) << '\n'
          << Tr::tr("Timestamps:    %1")
                     .arg(i.timestampsFromContainer
                                  ? Tr::tr("from the container")
                                  : Tr::tr("none in the file; frame order found by decoding"))
          << '\n';
    if (i.missingFrameCount > 0)
        out() << Tr::tr("Warning:       the container lists %1 more frames whose data is missing "
                        "(the file is truncated).")
                         .arg(i.missingFrameCount)
              << '\n';
    out().flush();
    return ExitOk;
}

int runFrame(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Saves exactly frame N (0-based) of a video as an image (PNG, JPEG, ... from the "
            "file name)."));
    parser.addPositionalArgument(QStringLiteral("VIDEO"), Tr::tr("The video file."));
    parser.addPositionalArgument(QStringLiteral("N"), Tr::tr("Frame index, 0 = first frame."));
    parser.addOption({QStringLiteral("out"), Tr::tr("The image file to write."), Tr::tr("FILE")});
    int code = ExitOk;
    if (!parseArguments(parser, args, QStringLiteral("frame"), 2, 2, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(QStringLiteral("frame"), Tr::tr("--out FILE is required."));
    bool ok = false;
    const qint64 n = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("frame"),
                          Tr::tr("the frame index \"%1\" is not a whole number.")
                                  .arg(parser.positionalArguments().at(1)));
    VideoReader reader;
    QString error;
    if (!reader.open(parser.positionalArguments().at(0), &error))
        return fail(error);
    VideoFrame frame;
    if (!reader.readFrame(n, &frame, &error))
        return fail(error);
    const QString outPath = parser.value(QStringLiteral("out"));
    QImageWriter writer(outPath);
    if (!writer.write(frame.image))
        return fail(Tr::tr("Could not write the image \"%1\": %2.")
                            .arg(QDir::toNativeSeparators(outPath), writer.errorString()));
    return ExitOk;
}

const CliCommandRegistration infoReg{
        "info",
        QT_TRANSLATE_NOOP("CliCommand",
                          "Show a video's properties (exact frame count, frame rate, ...)"),
        &runInfo};
const CliCommandRegistration frameReg{
        "frame",
        QT_TRANSLATE_NOOP("CliCommand", "Save one exact frame of a video as an image"),
        &runFrame};

} // namespace
