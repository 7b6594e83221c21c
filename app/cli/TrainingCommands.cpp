// SPDX-License-Identifier: GPL-3.0-or-later
// `ethoscribe-cli train` and `ethoscribe-cli cv`: training one network on one stream, and
// leave-one-recording-out cross-validation with the paper's evaluation. Parsing, printing and
// wiring only; the work is CrossValidationRun's (models/training), the evaluation CvEvaluation's
// (core/eval), the plots CvPlots' (ui/plots), recording the run RunFolder's (core/cv).
#include "CliCommand.h"
#include "ClusterCommands.h"
#include "RunReport.h"

#include "common/TimeLeft.h"
#include "cv/RunFolder.h"
#include "nets/TorchRuntime.h"
#include "training/CrossValidationRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <atomic>
#include <csignal>

using namespace ethoscribe;
using namespace ethoscribe::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrainingCommands)
};

std::atomic_bool g_cancel{false};

extern "C" void requestCancel(int)
{
    g_cancel.store(true);
}

struct Options
{
    QCommandLineOption config{
            QStringLiteral("config"),
            Tr::tr("Network size: small (default; a quarter of the channels, 56 px "
                   "crops, trains from scratch on a CPU in minutes) or full (the "
                   "paper's networks; pretrained weights fit them)."),
            Tr::tr("small|full"),
            QStringLiteral("small")};
    QCommandLineOption tune{QStringLiteral("tune"),
                            Tr::tr("What is trained: all (default), top (the last block and the "
                                   "classifier) or head (only the classifier, on features of the "
                                   "frozen backbone that are computed once per video and cached)."),
                            Tr::tr("all|top|head"),
                            QStringLiteral("all")};
    QCommandLineOption init{QStringLiteral("init"),
                            Tr::tr("Starting weights: an Ethoscribe model file (see 'model import' "
                                   "and 'model fetch'). For several networks or streams give "
                                   "MODEL/STREAM=FILE, e.g. i3d/flow=i3d_flow.safetensors; may be "
                                   "repeated. Default: random weights."),
                            Tr::tr("file")};
    QCommandLineOption iterations{
            QStringLiteral("iterations"),
            Tr::tr("SGD steps per network (default: 600 small, 2000 full or with --tune "
                   "head)."),
            Tr::tr("N")};
    QCommandLineOption batch{
            QStringLiteral("batch"), Tr::tr("Clips per step (default 8)."), Tr::tr("N")};
    QCommandLineOption width{QStringLiteral("width"),
                             Tr::tr("Network width multiplier (default: 0.25 small, 1 full); "
                                    "smaller is faster and less accurate."),
                             Tr::tr("w")};
    QCommandLineOption crop{QStringLiteral("crop"),
                            Tr::tr("Crop size in pixels (default: 56 small; 224 I3D and 112 "
                                   "R(2+1)D full); frames are resized to 8/7 of it first."),
                            Tr::tr("px")};
    QCommandLineOption lr{QStringLiteral("lr"),
                          Tr::tr("Initial learning rate (default: 0.02 small, 0.001 full as in the "
                                 "paper, 0.5 with --tune head); it decays exponentially to "
                                 "--lr-end."),
                          Tr::tr("rate")};
    QCommandLineOption lrEnd{
            QStringLiteral("lr-end"),
            Tr::tr("Final learning rate (default: 0.001 small, 0.00005 full, 0.02 with "
                   "--tune head)."),
            Tr::tr("rate")};
    QCommandLineOption windows{
            QStringLiteral("windows"),
            Tr::tr("How held-out frames are predicted (and, with --tune head, features computed): "
                   "paper (default: one 16-frame window per frame) or dense (one pass per segment, "
                   "outputs every 8 frames blended in between: several times faster)."),
            Tr::tr("paper|dense"),
            QStringLiteral("paper")};
    QCommandLineOption balance{QStringLiteral("balance"),
                               Tr::tr("Draw every behavior equally often (rare behaviors such as "
                                      "drinking are otherwise seen far less).")};
    QCommandLineOption classWeights{QStringLiteral("class-weights"),
                                    Tr::tr("Weight the loss by inverse behavior frequency.")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            Tr::tr("Random seed (default 1): the same seed gives the same models."),
                            Tr::tr("N"),
                            QStringLiteral("1")};
    QCommandLineOption checkpointEvery{QStringLiteral("checkpoint-every"),
                                       Tr::tr("Steps between checkpoints (default 200)."),
                                       Tr::tr("N")};
    QCommandLineOption annotator{QStringLiteral("annotator"),
                                 Tr::tr("Learn from this annotator's labels (default: the most "
                                        "complete manual track of each video)."),
                                 Tr::tr("name")};
    QCommandLineOption threads{QStringLiteral("threads"),
                               Tr::tr("CPU threads for the networks (default: all cores)."),
                               Tr::tr("N")};
    QCommandLineOption device{QStringLiteral("device"),
                              Tr::tr("auto (default: CUDA when available), cpu, cuda or cuda:N."),
                              Tr::tr("name"),
                              QStringLiteral("auto")};
    QCommandLineOption human{QStringLiteral("human"),
                             Tr::tr("Print progress as readable lines instead of JSON lines.")};
    QCommandLineOption resume{QStringLiteral("resume"),
                              Tr::tr("Continue the run in the (non-empty) output folder: finished "
                                     "models are kept, a model in training continues from its last "
                                     "checkpoint.")};
    QCommandLineOption out{
            QStringLiteral("out"), Tr::tr("Run folder (must be empty or new)."), Tr::tr("dir")};
    QCommandLineOption noRecord{QStringLiteral("no-record"),
                                Tr::tr("Do not record the finished run in the project.")};
    // For cluster runs (set by `runs task` and `runs collect`, hidden from --help).
    QCommandLineOption snapshot{QStringLiteral("snapshot"),
                                Tr::tr("Learn from this labels snapshot instead of the project's "
                                       "current labels."),
                                Tr::tr("file")};
    QCommandLineOption gather{QStringLiteral("gather"),
                              Tr::tr("Gather models trained elsewhere instead of training.")};
    Options()
    {
        snapshot.setFlags(QCommandLineOption::HiddenFromHelp);
        gather.setFlags(QCommandLineOption::HiddenFromHelp);
    }
};

void addCommon(QCommandLineParser &parser, const Options &o)
{
    parser.addOptions({o.out,        o.config,          o.tune,      o.init,
                       o.iterations, o.batch,           o.width,     o.crop,
                       o.lr,         o.lrEnd,           o.balance,   o.classWeights,
                       o.seed,       o.checkpointEvery, o.annotator, o.threads,
                       o.device,     o.resume,          o.human,     o.noRecord,
                       o.windows,    o.snapshot,        o.gather});
}

// The options of `cv` that every task of a cluster run gets, as arguments: what shapes the
// training, not where it goes. Paths become absolute (tasks run in the run folder).
QStringList forwardedArguments(const QCommandLineParser &parser, const Options &o)
{
    QStringList args;
    for (const QCommandLineOption *opt : {&o.config,
                                          &o.tune,
                                          &o.iterations,
                                          &o.batch,
                                          &o.width,
                                          &o.crop,
                                          &o.lr,
                                          &o.lrEnd,
                                          &o.windows,
                                          &o.seed,
                                          &o.checkpointEvery,
                                          &o.annotator,
                                          &o.device,
                                          &o.threads}) {
        if (parser.isSet(*opt))
            args << QStringLiteral("--") + opt->names().constFirst() << parser.value(*opt);
    }
    for (const QCommandLineOption *flag : {&o.balance, &o.classWeights})
        if (parser.isSet(*flag))
            args << QStringLiteral("--") + flag->names().constFirst();
    for (const QString &value : parser.values(o.init)) {
        const int eq = value.indexOf(QLatin1Char('='));
        args << QStringLiteral("--init")
             << (eq < 0 ? QFileInfo(value).absoluteFilePath()
                        : value.left(eq + 1) + QFileInfo(value.mid(eq + 1)).absoluteFilePath());
    }
    return args;
}

QString describeEvent(const QJsonObject &e)
{
    const QString name = e.value(QStringLiteral("event")).toString();
    QString where;
    if (e.contains(QStringLiteral("fold")))
        where += Tr::tr("fold %1 ").arg(e.value(QStringLiteral("fold")).toInt());
    if (e.contains(QStringLiteral("model")))
        where += e.value(QStringLiteral("model")).toString() + QLatin1Char(' ')
                 + e.value(QStringLiteral("stream")).toString() + QStringLiteral(": ");
    // The whole run: how far, and how long it still needs once that can be said (progress and
    // features events).
    auto ofTheRun = [&e]() -> QString {
        if (!e.contains(QStringLiteral("fraction")))
            return QString();
        const QString percent
                = QString::number(100.0 * e.value(QStringLiteral("fraction")).toDouble(), 'f', 1);
        return QStringLiteral(" (")
               + (e.contains(QStringLiteral("seconds_left"))
                          ? Tr::tr("%1% of the run, %2")
                                    .arg(percent,
                                         TimeLeftEstimate::describe(
                                                 e.value(QStringLiteral("seconds_left")).toInteger()
                                                 * 1000))
                          : Tr::tr("%1% of the run").arg(percent))
               + QLatin1Char(')');
    };
    if (name == QLatin1String("progress"))
        return where
               + Tr::tr("step %1/%2, loss %3, learning rate %4")
                         .arg(e.value(QStringLiteral("iter")).toInt())
                         .arg(e.value(QStringLiteral("iters")).toInt())
                         .arg(e.value(QStringLiteral("loss")).toDouble(), 0, 'f', 4)
                         .arg(e.value(QStringLiteral("lr")).toDouble(), 0, 'g', 3)
               + ofTheRun();
    if (name == QLatin1String("evaluation"))
        return where
               + Tr::tr("held-out accuracy %1% over %2 frames")
                         .arg(100.0 * e.value(QStringLiteral("accuracy")).toDouble(), 0, 'f', 1)
                         .arg(e.value(QStringLiteral("frames")).toInteger());
    if (name == QLatin1String("flow") || name == QLatin1String("predicting")
        || name == QLatin1String("features") || name == QLatin1String("loading"))
        return where
               + Tr::tr("%1 %2: frame %3 of %4")
                         .arg(name, e.value(QStringLiteral("video")).toString())
                         .arg(e.value(QStringLiteral("frame")).toInteger())
                         .arg(e.value(QStringLiteral("frames")).toInteger())
               + ofTheRun();
    if (name == QLatin1String("warning") || name == QLatin1String("error")
        || name == QLatin1String("waiting"))
        return where + e.value(QStringLiteral("message")).toString();
    if (name == QLatin1String("fold") && e.value(QStringLiteral("allRecordings")).toBool())
        return Tr::tr("fold %1 of %2: all recordings (the models for new videos)")
                .arg(e.value(QStringLiteral("fold")).toInt())
                .arg(e.value(QStringLiteral("folds")).toInt());
    if (name == QLatin1String("fold"))
        return Tr::tr("fold %1 of %2: holding out %3")
                .arg(e.value(QStringLiteral("fold")).toInt())
                .arg(e.value(QStringLiteral("folds")).toInt())
                .arg(e.value(QStringLiteral("recording")).toString());
    QJsonObject rest = e;
    rest.remove(QStringLiteral("event"));
    rest.remove(QStringLiteral("time"));
    rest.remove(QStringLiteral("fold"));
    rest.remove(QStringLiteral("model"));
    rest.remove(QStringLiteral("stream"));
    return where + name + QLatin1Char(' ')
           + QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact));
}

// Common to `train` and `cv`: options -> CrossValidationOptions. Returns false with *exitCode.
bool fillOptions(const QCommandLineParser &parser,
                 const Options &o,
                 const QString &command,
                 CrossValidationOptions *cv,
                 int *exitCode)
{
    auto usage = [&](const QString &message) {
        *exitCode = usageError(command, message);
        return false;
    };
    if (!modelSizeFromName(parser.value(o.config), &cv->size))
        return usage(Tr::tr("--config must be small or full."));
    if (!tuneModeFromName(parser.value(o.tune), &cv->tune))
        return usage(Tr::tr("--tune must be all, top or head."));
    auto positiveInt = [&](const QCommandLineOption &opt, int *target) {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        const int v = parser.value(opt).toInt(&ok);
        if (!ok || v < 1)
            return false;
        *target = v;
        return true;
    };
    if (!positiveInt(o.iterations, &cv->iterations))
        return usage(Tr::tr("--iterations must be a whole number of at least 1."));
    if (!positiveInt(o.batch, &cv->batchSize))
        return usage(Tr::tr("--batch must be a whole number of at least 1."));
    if (!positiveInt(o.crop, &cv->cropSize) || (parser.isSet(o.crop) && cv->cropSize < 8))
        return usage(Tr::tr("--crop must be a whole number of at least 8."));
    if (parser.isSet(o.width)) {
        bool okWidth = false;
        cv->widthMultiplier = parser.value(o.width).toDouble(&okWidth);
        if (!okWidth || !(cv->widthMultiplier > 0) || cv->widthMultiplier > 4)
            return usage(Tr::tr("--width must be a number above 0 (at most 4)."));
    }
    if (!positiveInt(o.checkpointEvery, &cv->checkpointEvery))
        return usage(Tr::tr("--checkpoint-every must be a whole number of at least 1."));
    auto positiveDouble = [&](const QCommandLineOption &opt, double *target) {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        const double v = parser.value(opt).toDouble(&ok);
        if (!ok || !(v > 0))
            return false;
        *target = v;
        return true;
    };
    if (!positiveDouble(o.lr, &cv->learningRate)
        || !positiveDouble(o.lrEnd, &cv->finalLearningRate))
        return usage(Tr::tr("Learning rates must be positive numbers."));
    bool ok = false;
    cv->seed = parser.value(o.seed).toULongLong(&ok);
    if (!ok)
        return usage(Tr::tr("--seed must be a whole number."));
    const QString windows = parser.value(o.windows).toLower();
    if (windows != QLatin1String("paper") && windows != QLatin1String("dense"))
        return usage(Tr::tr("--windows must be paper or dense."));
    cv->denseWindows = windows == QLatin1String("dense");
    cv->balanceClasses = parser.isSet(o.balance);
    cv->weightClasses = parser.isSet(o.classWeights);
    cv->annotator = parser.value(o.annotator);
    cv->device = parser.value(o.device);
    cv->resume = parser.isSet(o.resume);
    cv->snapshotPath = parser.value(o.snapshot);
    cv->gather = parser.isSet(o.gather);
    int threads = QThread::idealThreadCount();
    if (!positiveInt(o.threads, &threads))
        return usage(Tr::tr("--threads must be a whole number of at least 1."));
    nets::TorchRuntime::setThreads(threads);
    for (const QString &value : parser.values(o.init)) {
        const int eq = value.indexOf(QLatin1Char('='));
        if (eq < 0) {
            if (cv->models.size() != 1 || cv->streams.size() != 1)
                return usage(Tr::tr("With several networks or streams, give --init as "
                                    "MODEL/STREAM=FILE."));
            cv->initialWeights.insert(
                    QString::fromStdString(nets::toString(cv->models.front())) + QLatin1Char('/')
                            + QString::fromStdString(nets::toString(cv->streams.front())),
                    value);
        } else {
            cv->initialWeights.insert(value.left(eq).toLower(), value.mid(eq + 1));
        }
    }
    return true;
}

// "i3d,r2plus1d" / "rgb,flow" -> values, each at most once; *ok false on an unknown or repeated
// name, or an empty list.
template<typename T, typename Parse>
QList<T> parseList(const QString &text, Parse parse, bool *ok)
{
    QList<T> list;
    *ok = true;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto value = parse(part.trimmed().toLower().toStdString());
        if (!value || list.contains(*value))
            *ok = false;
        else
            list << *value;
    }
    *ok = *ok && !list.isEmpty();
    return list;
}

QList<nets::Architecture> parseModels(const QString &text, bool *ok)
{
    return parseList<nets::Architecture>(text, nets::parseArchitecture, ok);
}

QList<nets::Stream> parseStreams(const QString &text, bool *ok)
{
    return parseList<nets::Stream>(text, nets::parseStream, ok);
}

// Runs, evaluates, records; prints events. Returns the exit code.
int execute(CrossValidationOptions options, bool human, bool record)
{
    g_cancel.store(false);
    std::signal(SIGINT, requestCancel);
    std::signal(SIGTERM, requestCancel);
    // A file-size limit (or quota) makes writes fail with an error we report, instead of killing
    // the process.
    std::signal(SIGXFSZ, SIG_IGN);
    CrossValidationRun run(options);
    run.setCancelFlag(&g_cancel);
    run.setEventSink([human](const QJsonObject &e) {
        if (human) {
            // An error reaches stderr through fail() below; printing it here too would repeat it.
            if (e.value(QStringLiteral("event")) != QLatin1String("error"))
                out() << describeEvent(e) << Qt::endl;
        } else {
            out() << QJsonDocument(e).toJson(QJsonDocument::Compact) << Qt::endl;
        }
    });
    QString error;
    if (!run.run(&error)) {
        // The run has printed its "error" event. What it finished is in the run folder.
        if (!g_cancel.load()
            && QFileInfo::exists(QDir(options.outDir).filePath(QStringLiteral("manifest.json"))))
            error += QLatin1Char(' ')
                     + Tr::tr("What was finished is kept in %1: run the same command with --resume "
                              "to continue from there.")
                               .arg(QDir::toNativeSeparators(options.outDir));
        return fail(error);
    }
    // `train` without --hold-out, or a cluster task of the fold on all recordings (--final),
    // predicts nothing: there is nothing to evaluate.
    const bool evaluate = !run.heldOut().empty();
    RunReport report;
    if (evaluate && !writeRunReport(options.outDir, true, &report, &error)) {
        CrossValidationRun::markStatus(options.outDir, QStringLiteral("failed"), error);
        return fail(error);
    }
    const QJsonObject evaluation = evaluate ? report.evaluation.toJson() : QJsonObject();
    for (const QString &warning : report.evaluation.warnings())
        err() << "ethoscribe-cli: " << warning << Qt::endl;
    QJsonObject manifest = run.manifest();
    if (!RunFolder::writeSummary(options.outDir, manifest, evaluation, &error)) {
        CrossValidationRun::markStatus(options.outDir, QStringLiteral("failed"), error);
        return fail(error);
    }
    QString recorded = QStringLiteral("no");
    if (record) {
        QString why;
        switch (RunFolder::record(options.projectPath, options.outDir, &why)) {
        case RunFolder::RecordResult::Recorded:
            recorded = QStringLiteral("yes");
            break;
        case RunFolder::RecordResult::AlreadyRecorded:
            recorded = QStringLiteral("already");
            break;
        case RunFolder::RecordResult::ProjectBusy:
            recorded = QStringLiteral("deferred");
            err() << Tr::tr("The project is open in another program (%1); it records this run from "
                            "its folder.")
                             .arg(why)
                  << Qt::endl;
            break;
        case RunFolder::RecordResult::Failed:
            recorded = QStringLiteral("failed");
            err() << Tr::tr("The run finished, but the project could not record it: %1").arg(why)
                  << Qt::endl;
            break;
        }
    }
    QJsonObject best;
    const QJsonObject models = evaluation.value(QStringLiteral("models")).toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        best.insert(
                it.key(),
                QJsonObject{
                        {QStringLiteral("rgb_weight"), m.value(QStringLiteral("best_rgb_weight"))},
                        {QStringLiteral("accuracy"), m.value(QStringLiteral("best_accuracy"))}});
    }
    const QJsonObject done{{QStringLiteral("event"), QStringLiteral("done")},
                           {QStringLiteral("out"), QFileInfo(options.outDir).absoluteFilePath()},
                           {QStringLiteral("recorded"), recorded},
                           {QStringLiteral("time"), run.timings()},
                           {QStringLiteral("best"), best}};
    if (human) {
        out() << Tr::tr("Done in %1 s. Results in %2 (summary.json, fusion_sweep.csv, plots/).")
                         .arg(run.timings().value(QStringLiteral("total")).toDouble(), 0, 'f', 0)
                         .arg(QDir::toNativeSeparators(
                                 QFileInfo(options.outDir).absoluteFilePath()))
              << Qt::endl;
        if (evaluate)
            printRunTable(report.evaluation, out());
    } else {
        out() << QJsonDocument(done).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return ExitOk;
}

int runTrain(const QStringList &args)
{
    const QString command = QStringLiteral("train");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Trains one network on one stream on the labeled videos of a project (all of "
                   "them, or all but one held-out recording, whose every frame is then predicted "
                   "and evaluated). Writes into a run folder: the model, its checkpoints, "
                   "predictions and evaluation. Progress as JSON lines on standard output (--human "
                   "for readable lines); Ctrl+C stops after saving a checkpoint, and --resume "
                   "continues."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project (.ethoproj)."));
    Options o;
    QCommandLineOption model{QStringLiteral("model"), Tr::tr("i3d or r2plus1d."), Tr::tr("name")};
    QCommandLineOption stream{
            QStringLiteral("stream"),
            Tr::tr("rgb (default) or flow (computes missing optical flow first)."),
            Tr::tr("rgb|flow"),
            QStringLiteral("rgb")};
    QCommandLineOption holdOut{QStringLiteral("hold-out"),
                               Tr::tr("A video (name, file or id) whose recording is left out of "
                                      "training and predicted."),
                               Tr::tr("video")};
    parser.addOptions({model, stream, holdOut});
    addCommon(parser, o);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &exitCode))
        return exitCode;
    CrossValidationOptions cv;
    cv.projectPath = parser.positionalArguments().at(0);
    bool ok = false;
    cv.models = parseModels(parser.value(model), &ok);
    if (!ok || cv.models.size() != 1)
        return usageError(command, Tr::tr("--model must be i3d or r2plus1d."));
    cv.streams = parseStreams(parser.value(stream), &ok);
    if (!ok || cv.streams.size() != 1)
        return usageError(command, Tr::tr("--stream must be rgb or flow."));
    if (!fillOptions(parser, o, command, &cv, &exitCode))
        return exitCode;
    cv.singleFold = true;
    if (parser.isSet(holdOut)) {
        TrainingSnapshot snapshot;
        QString error;
        if (!TrainingSnapshot::read(cv.projectPath, cv.annotator, &snapshot, &error))
            return fail(error);
        const int v = snapshot.find(parser.value(holdOut));
        if (v < 0)
            return fail(Tr::tr("The project has no video %1.").arg(parser.value(holdOut)));
        cv.heldOutRecording = snapshot.videos[size_t(v)].recording;
    }
    const QFileInfo project(cv.projectPath);
    cv.outDir = parser.isSet(o.out)
                        ? parser.value(o.out)
                        : project.absoluteDir().filePath(
                                project.completeBaseName() + QStringLiteral(".runs/train-")
                                + parser.value(model).toLower() + QLatin1Char('-')
                                + parser.value(stream).toLower() + QLatin1Char('-')
                                + QDateTime::currentDateTime().toString(
                                        QStringLiteral("yyyyMMdd-HHmmss")));
    return execute(cv, parser.isSet(o.human), !parser.isSet(o.noRecord));
}

int runCv(const QStringList &args)
{
    const QString command = QStringLiteral("cv");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Leave-one-recording-out cross-validation, as in Nguyen et al. 2019: for each "
            "recording, every chosen network and stream is trained on the others and "
            "predicts each of its frames. Writes into --out: summary.json, fusion_sweep.csv, "
            "per_behavior.csv, confusion_<model>_<rgb weight>.csv, predictions/, "
            "losses.csv and plots/ (PNG, PDF, SVG); the project only records the run. "
            "Progress as JSON lines (--human for readable lines); Ctrl+C stops after saving "
            "a checkpoint, and --resume continues."));
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project (.ethoproj)."));
    Options o;
    QCommandLineOption models{QStringLiteral("models"),
                              Tr::tr("Networks, comma-separated (default i3d,r2plus1d)."),
                              Tr::tr("list"),
                              QStringLiteral("i3d,r2plus1d")};
    QCommandLineOption streams{QStringLiteral("streams"),
                               Tr::tr("Streams, comma-separated (default rgb,flow)."),
                               Tr::tr("list"),
                               QStringLiteral("rgb,flow")};
    QCommandLineOption folds{QStringLiteral("folds"),
                             Tr::tr("Only these folds (0-based, comma-separated), e.g. for one "
                                    "task of a cluster job."),
                             Tr::tr("list")};
    QCommandLineOption finalModels{
            QStringLiteral("final"),
            Tr::tr("After the folds, train each network and stream once more on all labeled "
                   "recordings (the last folds/foldNN): the models to analyse new videos with. "
                   "The evaluation is the folds' alone.")};
    parser.addOptions({models, streams, folds, finalModels});
    addCommon(parser, o);
    SlurmCommandOptions so;
    so.addTo(parser, true);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, command, 1, 1, &exitCode))
        return exitCode;
    const bool toCluster = parser.isSet(so.slurm);
    for (const QCommandLineOption *opt : {&so.partition, &so.gres, &so.time, &so.cpus, &so.mem})
        if (!toCluster && parser.isSet(*opt))
            return usageError(
                    command,
                    Tr::tr("--%1 only applies with --slurm.").arg(opt->names().constFirst()));
    if (toCluster && parser.isSet(o.resume))
        return usageError(
                command,
                Tr::tr("A cluster run is continued with 'ethoscribe-cli runs resubmit RUN "
                       "--failed', not --resume."));
    if (!parser.isSet(o.out))
        return usageError(command, Tr::tr("Say where the run goes with --out DIR."));
    CrossValidationOptions cv;
    cv.projectPath = parser.positionalArguments().at(0);
    cv.outDir = parser.value(o.out);
    cv.commandLine = args.mid(1);
    bool ok = false;
    cv.models = parseModels(parser.value(models), &ok);
    if (!ok)
        return usageError(command, Tr::tr("--models must list i3d and/or r2plus1d."));
    cv.streams = parseStreams(parser.value(streams), &ok);
    if (!ok)
        return usageError(command, Tr::tr("--streams must list rgb and/or flow."));
    for (const QString &f : parser.value(folds).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int fold = f.trimmed().toInt(&ok);
        if (!ok || fold < 0)
            return usageError(command, Tr::tr("--folds must list fold numbers (0, 1, ...)."));
        cv.onlyFolds << fold;
    }
    if (!fillOptions(parser, o, command, &cv, &exitCode))
        return exitCode;
    cv.finalModels = parser.isSet(finalModels);
    if (toCluster) {
        ClusterCvRequest request;
        QString message;
        if (!so.read(parser, &request.slurm, &message))
            return usageError(command, message);
        request.project = cv.projectPath;
        request.annotator = cv.annotator;
        request.outDir = cv.outDir;
        for (auto m : cv.models)
            request.models << QString::fromStdString(nets::toString(m));
        for (auto s : cv.streams)
            request.streams << QString::fromStdString(nets::toString(s));
        request.folds = cv.onlyFolds;
        request.arguments = forwardedArguments(parser, o);
        if (cv.finalModels)
            request.arguments << QStringLiteral("--final");
        request.finalModels = cv.finalModels;
        // Each task uses the cores it was given.
        if (!parser.isSet(o.threads))
            request.arguments << QStringLiteral("--threads")
                              << QString::number(std::max(1, request.slurm.cpus));
        request.human = parser.isSet(o.human);
        return submitCvToCluster(request);
    }
    return execute(cv, parser.isSet(o.human), !parser.isSet(o.noRecord) && cv.onlyFolds.isEmpty());
}

CliCommandRegistration trainRegistration{
        "train",
        QT_TRANSLATE_NOOP("CliCommand", "Train one network on one stream of a project's labels"),
        &runTrain};
CliCommandRegistration cvRegistration{
        "cv",
        QT_TRANSLATE_NOOP("CliCommand",
                          "Leave-one-recording-out cross-validation with the paper's evaluation"),
        &runCv};

} // namespace
