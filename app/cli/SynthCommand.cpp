// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli synth`: writes synthetic home-cage videos with per-frame ground truth.
#include "CliCommand.h"

#include "synth/SyntheticDataset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SynthCommand)
};

int runSynth(const QStringList &args)
{
    const QString name = QStringLiteral("synth");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Writes synthetic side-view home-cage videos of a mouse with known per-frame "
                   "behavior labels: DIR/video01.mp4 ... and DIR/video01.csv ... (columns "
                   "frame,time_s,behavior; frames are 0-based)."));
    parser.addHelpOption();
    const QCommandLineOption out(
            {QStringLiteral("o"), QStringLiteral("out")},
            Tr::tr("Folder to write the videos and labels to (created if needed)."),
            Tr::tr("DIR"));
    const QCommandLineOption videos(QStringLiteral("videos"),
                                    Tr::tr("Number of videos (default 12)."),
                                    Tr::tr("N"),
                                    QStringLiteral("12"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     Tr::tr("Length of each video in seconds (default 60)."),
                                     Tr::tr("S"),
                                     QStringLiteral("60"));
    const QCommandLineOption seed(
            QStringLiteral("seed"),
            Tr::tr("Random seed; the same seed gives the same files (default 1)."),
            Tr::tr("N"),
            QStringLiteral("1"));
    const QCommandLineOption difficulty(
            QStringLiteral("difficulty"),
            Tr::tr("0 (easy) to 1 (hard pairs such as drink/eat look alike; "
                   "default 0.5)."),
            Tr::tr("D"),
            QStringLiteral("0.5"));
    const QCommandLineOption width(QStringLiteral("width"),
                                   Tr::tr("Frame width (default 320)."),
                                   Tr::tr("PX"),
                                   QStringLiteral("320"));
    const QCommandLineOption height(QStringLiteral("height"),
                                    Tr::tr("Frame height (default 240)."),
                                    Tr::tr("PX"),
                                    QStringLiteral("240"));
    const QCommandLineOption fps(QStringLiteral("fps"),
                                 Tr::tr("Frames per second (default 30)."),
                                 Tr::tr("N"),
                                 QStringLiteral("30"));
    const QCommandLineOption codec(
            QStringLiteral("codec"),
            Tr::tr("Video codec: h264 (default, .mp4), mpeg4, mjpeg, mpeg1video, ffv1."),
            Tr::tr("NAME"),
            QStringLiteral("h264"));
    const QCommandLineOption threads(
            QStringLiteral("threads"),
            Tr::tr("Videos encoded in parallel (default 0 = one per CPU core); "
                   "does not change the output."),
            Tr::tr("N"),
            QStringLiteral("0"));
    parser.addOptions({out, videos, seconds, seed, difficulty, width, height, fps, codec, threads});
    if (!parser.parse(args))
        return usageError(name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        return cli::printHelp(parser, name);
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
                name,
                Tr::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty())
        return usageError(name, Tr::tr("Give the output folder with --out DIR."));

    SyntheticDatasetOptions o;
    bool ok = true;
    auto intValue = [&](const QCommandLineOption &opt, int *target) {
        bool good = false;
        const int v = parser.value(opt).toInt(&good);
        if (!good) {
            ok = false;
            return Tr::tr("--%1 needs a whole number, not '%2'.")
                    .arg(opt.names().constLast(), parser.value(opt));
        }
        *target = v;
        return QString();
    };
    auto doubleValue = [&](const QCommandLineOption &opt, double *target) {
        bool good = false;
        const double v = parser.value(opt).toDouble(&good); // C locale: '.' decimal separator
        if (!good) {
            ok = false;
            return Tr::tr("--%1 needs a number such as 0.5, not '%2'.")
                    .arg(opt.names().constLast(), parser.value(opt));
        }
        *target = v;
        return QString();
    };
    QString problem;
    for (const auto &[opt, target] : {std::pair{&videos, &o.videos},
                                      {&width, &o.width},
                                      {&height, &o.height},
                                      {&fps, &o.fps},
                                      {&threads, &o.threads}}) {
        if (problem.isEmpty())
            problem = intValue(*opt, target);
    }
    if (problem.isEmpty())
        problem = doubleValue(seconds, &o.seconds);
    if (problem.isEmpty())
        problem = doubleValue(difficulty, &o.difficulty);
    if (problem.isEmpty()) {
        bool good = false;
        o.seed = parser.value(seed).toULongLong(&good);
        if (!good) {
            ok = false;
            problem = Tr::tr("--seed needs a whole number from 0 up, not '%1'.")
                              .arg(parser.value(seed));
        }
    }
    if (!ok)
        return usageError(name, problem);
    o.codec = parser.value(codec).trimmed();
    QString error;
    if (!o.validate(&error))
        return usageError(name, error);

    const QString dir = QDir(parser.value(out)).absolutePath();
    const qint64 frames = qint64(o.seconds * o.fps + 0.5) * o.videos;
    cli::err() << Tr::tr("synth: writing %1 videos of %2 s (%3 frames) to %4")
                          .arg(o.videos)
                          .arg(o.seconds)
                          .arg(frames)
                          .arg(QDir::toNativeSeparators(dir))
               << Qt::endl;
    int lastPercent = -1;
    QElapsedTimer timer;
    timer.start();
    const bool done = SyntheticDataset::generate(
            dir,
            o,
            [&](qint64 doneFrames, qint64 total) {
                const int percent = total > 0 ? int(doneFrames * 100 / total) : 100;
                if (percent / 5 != lastPercent / 5) {
                    lastPercent = percent;
                    cli::err() << Tr::tr("synth: %1/%2 frames (%3%)")
                                          .arg(doneFrames)
                                          .arg(total)
                                          .arg(percent)
                               << Qt::endl;
                }
            },
            nullptr,
            &error);
    if (!done)
        return fail(error);
    const double secs = std::max(1e-3, timer.elapsed() / 1000.0);
    cli::out() << Tr::tr("Wrote %1 videos (%2 s each, %3 frames in all) and their per-frame labels "
                         "to %4 "
                         "in %5 s (%6 frames/s).")
                          .arg(o.videos)
                          .arg(o.seconds)
                          .arg(frames)
                          .arg(QDir::toNativeSeparators(dir))
                          .arg(secs, 0, 'f', 1)
                          .arg(frames / secs, 0, 'f', 0)
               << Qt::endl;
    return ExitOk;
}

CliCommandRegistration registration{
        "synth",
        QT_TRANSLATE_NOOP("CliCommand",
                          "Write synthetic home-cage mouse videos with per-frame labels"),
        &runSynth};

} // namespace
