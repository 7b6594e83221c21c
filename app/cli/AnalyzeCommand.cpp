// SPDX-License-Identifier: GPL-3.0-or-later
#include <torch/torch.h>

#include "CliCommand.h"
#include "ClusterCommands.h"
#include "analysis/InferenceEngine.h"
#include "analysis/ProjectAnalysis.h"
#include "common/TimeLeft.h"
#include "flow/FlowCache.h"
#include "flow/FlowOptions.h"
#include "fusion/FusionModel.h"
#include "io/LabelExport.h"
#include "project/Document.h"
#include "project/VideoProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace ethoscribe::cli {

namespace {

// Ctrl+C (SIGINT) or SIGTERM: the analysis stops after its current block; what was stored stays.
std::atomic_bool g_stop{false};

extern "C" void requestStop(int)
{
    g_stop.store(true);
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

class Reporter
{
public:
    explicit Reporter(bool human)
        : m_human(human)
    {}
    void event(const QJsonObject &e, const QString &humanLine) const
    {
        if (m_human) {
            if (!humanLine.isEmpty())
                out() << humanLine << Qt::endl;
        } else {
            out() << QJsonDocument(e).toJson(QJsonDocument::Compact) << Qt::endl;
        }
    }

private:
    bool m_human;
};

int runAnalyze(const QStringList &args)
{
    const QString command = QStringLiteral("analyze");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Predicts the behavior in every frame of videos with trained models (both "
            "networks and streams of the paper, or any of them) and writes for each video "
            "<name>_ethogram.csv (per frame) and <name>_bouts.csv into --out (a second video "
            "of the same name, from another folder: <name>_2_...). Without "
            "--project the predictions live in a temporary project; with it they are stored "
            "there, and a second run computes only what is missing. Progress as JSON lines "
            "(--human for readable lines). Ctrl+C stops after the current block. Exit code 0 when "
            "every video was analysed."));
    parser.addPositionalArgument(
            QStringLiteral("video"), Tr::tr("Video files to analyse."), QStringLiteral("VIDEO..."));
    const QCommandLineOption modelOpt{
            QStringLiteral("model"),
            Tr::tr("A trained model file (from 'train', 'cv' or 'model import'); repeat for each "
                   "network and stream, e.g. --model i3d_rgb.safetensors --model "
                   "i3d_flow.safetensors."),
            Tr::tr("file")};
    const QCommandLineOption outOpt{QStringLiteral("out"),
                                    Tr::tr("Folder for the CSV files (created if needed)."),
                                    Tr::tr("dir")};
    const QCommandLineOption rgbWeightOpt{QStringLiteral("rgb-weight"),
                                          Tr::tr("Weight of the RGB stream in the fusion, 0 to 1 "
                                                 "(default 0.4, the paper's best); "
                                                 "flow gets the rest."),
                                          Tr::tr("w"),
                                          QStringLiteral("0.4")};
    const QCommandLineOption mixOpt{QStringLiteral("model-mix"),
                                    Tr::tr("Weight of I3D against R(2+1)D, 0 to 1 (default 0.5)."),
                                    Tr::tr("m"),
                                    QStringLiteral("0.5")};
    const QCommandLineOption smoothOpt{
            QStringLiteral("smooth"),
            Tr::tr("Width in frames of a majority filter over the fused labels (odd; default 1 = "
                   "none)."),
            Tr::tr("frames"),
            QStringLiteral("1")};
    const QCommandLineOption minBoutOpt{
            QStringLiteral("min-bout"),
            Tr::tr("Bouts shorter than this many frames are merged into a neighbour (default 1 = "
                   "none)."),
            Tr::tr("frames"),
            QStringLiteral("1")};
    const QCommandLineOption modeOpt{
            QStringLiteral("mode"),
            Tr::tr("Window placement: stride (default: one 16-frame window every --stride frames, "
                   "frames in between blended; --stride 1 is the paper's scheme and the slowest) "
                   "or "
                   "dense (one network pass per 72-frame segment, outputs every 8 frames: fastest, "
                   "but further from the paper's results; see docs/BENCHMARKS.md)."),
            Tr::tr("stride|dense"),
            QStringLiteral("stride")};
    const QCommandLineOption strideOpt{QStringLiteral("stride"),
                                       Tr::tr("Frames between windows in stride mode (default 4: "
                                              "measured 99.6% the same fused "
                                              "labels as 1, in a quarter of the network time)."),
                                       Tr::tr("N"),
                                       QStringLiteral("4")};
    const QCommandLineOption precisionOpt{
            QStringLiteral("precision"),
            Tr::tr("Arithmetic of the networks: float32 (default: as trained), float16 (16-bit "
                   "copies, bfloat16 on processors with bfloat16 instructions such as AVX-512 BF16 "
                   "or AMX, half precision on CUDA; full-size networks about 2 times faster on "
                   "such a processor, about 1% of the labels differ from float32's; refused "
                   "elsewhere) or int8 (8-bit copies calibrated on each video, the processor only: "
                   "several times faster with full-size networks on CPUs with 8-bit dot products "
                   "such as AVX-512 VNNI; about 2% of the labels differ; CUDA computes in float32 "
                   "then). See docs/BENCHMARKS.md."),
            Tr::tr("float32|float16|int8"),
            QStringLiteral("float32")};
    const QCommandLineOption projectOpt{
            QStringLiteral("project"),
            Tr::tr("Store the predictions in this project (videos are added to it when missing)."),
            Tr::tr("project")};
    const QCommandLineOption flowOpt{
            QStringLiteral("flow-method"),
            Tr::tr("Optical flow for flow models when it is not cached yet: dis (default without a "
                   "project: fast) or tvl1 (the paper's; slow). With --project its setting is "
                   "used."),
            Tr::tr("dis|tvl1")};
    const QCommandLineOption flowCacheOfOpt{
            QStringLiteral("flow-cache-of"),
            Tr::tr("Read a video's optical flow from this project's cache when it holds all of it "
                   "(same method); it is never written. With --slurm and --project, the tasks "
                   "read the project's cache this way."),
            Tr::tr("project")};
    const QCommandLineOption probabilitiesOpt{
            QStringLiteral("probabilities"),
            Tr::tr("Add the fused probability of each behavior to the per-frame CSV.")};
    const QCommandLineOption threadsOpt{
            QStringLiteral("threads"),
            Tr::tr("CPU threads for the networks (default: all cores)."),
            Tr::tr("N")};
    const QCommandLineOption deviceOpt{QStringLiteral("device"),
                                       Tr::tr("auto (default: CUDA when available), cpu, cuda or "
                                              "cuda:N."),
                                       Tr::tr("name"),
                                       QStringLiteral("auto")};
    const QCommandLineOption humanOpt{
            QStringLiteral("human"),
            Tr::tr("Print progress as readable lines instead of JSON lines.")};
    const QCommandLineOption runOpt{
            QStringLiteral("run"),
            Tr::tr("With --slurm: the run folder, on storage the compute nodes share (new or "
                   "empty)."),
            Tr::tr("dir")};
    const QCommandLineOption perTaskOpt{
            QStringLiteral("videos-per-task"),
            Tr::tr("With --slurm: videos analysed by each task of the job array (default 1)."),
            Tr::tr("N"),
            QStringLiteral("1")};
    SlurmCommandOptions slurmOptions;
    slurmOptions.addTo(parser,
                       true,
                       Tr::tr("Run on a SLURM cluster: write the run folder (--run, on storage the "
                              "compute nodes share), submit one job array task per group of "
                              "videos (--videos-per-task), print the job ids and return. Follow "
                              "with 'runs status', gather with 'runs collect'."));
    parser.addOptions({runOpt, perTaskOpt});
    parser.addOptions({modelOpt,
                       outOpt,
                       rgbWeightOpt,
                       mixOpt,
                       smoothOpt,
                       minBoutOpt,
                       modeOpt,
                       strideOpt,
                       precisionOpt,
                       projectOpt,
                       flowOpt,
                       flowCacheOfOpt,
                       probabilitiesOpt,
                       threadsOpt,
                       deviceOpt,
                       humanOpt});
    int code = ExitOk;
    if (!parseArguments(parser, args, command, 1, -1, &code))
        return code;
    const Reporter report(parser.isSet(humanOpt));
    // Scheduler options only with --slurm, and --slurm only where SLURM is.
    const bool toCluster = parser.isSet(slurmOptions.slurm);
    for (const QCommandLineOption *opt :
         std::initializer_list<const QCommandLineOption *>{&slurmOptions.partition,
                                                           &slurmOptions.gres,
                                                           &slurmOptions.time,
                                                           &slurmOptions.cpus,
                                                           &slurmOptions.mem,
                                                           &runOpt,
                                                           &perTaskOpt})
        if (!toCluster && parser.isSet(*opt))
            return usageError(
                    command,
                    Tr::tr("--%1 only applies with --slurm.").arg(opt->names().constFirst()));
    if (toCluster && slurm::findProgram(QStringLiteral("sbatch")).isEmpty())
        return fail(sbatchMissing());

    // --- options ---
    if (!parser.isSet(modelOpt))
        return usageError(command, Tr::tr("Give at least one --model."));
    if (!parser.isSet(outOpt))
        return usageError(command, Tr::tr("Give the folder for the results with --out."));
    FusionParameters fusion;
    bool ok = false;
    fusion.rgbWeight = parser.value(rgbWeightOpt).toDouble(&ok);
    if (!ok || fusion.rgbWeight < 0 || fusion.rgbWeight > 1)
        return usageError(command, Tr::tr("--rgb-weight must be a number from 0 to 1."));
    fusion.modelMix = parser.value(mixOpt).toDouble(&ok);
    if (!ok || fusion.modelMix < 0 || fusion.modelMix > 1)
        return usageError(command, Tr::tr("--model-mix must be a number from 0 to 1."));
    fusion.medianWidth = parser.value(smoothOpt).toInt(&ok);
    if (!ok)
        return usageError(command, Tr::tr("--smooth must be a whole number."));
    fusion.minBoutFrames = parser.value(minBoutOpt).toInt(&ok);
    if (!ok)
        return usageError(command, Tr::tr("--min-bout must be a whole number."));
    QString why;
    if (!fusion.isValid(&why))
        return usageError(command, why);
    AnalysisOptions options;
    const QString mode = parser.value(modeOpt).toLower();
    if (mode != QLatin1String("dense") && mode != QLatin1String("stride"))
        return usageError(command, Tr::tr("--mode must be dense or stride."));
    options.mode = mode == QLatin1String("dense") ? WindowMode::Dense : WindowMode::Stride;
    options.stride = parser.value(strideOpt).toInt(&ok);
    if (!ok || options.stride < 1)
        return usageError(command, Tr::tr("--stride must be a whole number of at least 1."));
    if (!parsePrecision(parser.value(precisionOpt), &options.precision))
        return usageError(command, Tr::tr("--precision must be float32, float16 or int8."));
    if (parser.isSet(threadsOpt)) {
        options.threads = parser.value(threadsOpt).toInt(&ok);
        if (!ok || options.threads < 1)
            return usageError(command, Tr::tr("--threads must be a whole number of at least 1."));
    } else {
        options.threads = QThread::idealThreadCount();
    }
    options.device = parser.value(deviceOpt);
    options.flowMethod = FlowMethod::Dis;
    if (parser.isSet(flowOpt)) {
        if (!flowMethodFromName(parser.value(flowOpt), &options.flowMethod))
            return usageError(command, Tr::tr("--flow-method must be dis or tvl1."));
    }

    QString flowCacheOf;
    if (parser.isSet(flowCacheOfOpt)) {
        flowCacheOf = QFileInfo(parser.value(flowCacheOfOpt)).absoluteFilePath();
        if (!QFileInfo(flowCacheOf).isFile())
            return fail(Tr::tr("The project %1 (given with --flow-cache-of) does not exist.")
                                .arg(native(flowCacheOf)));
    }

    // --- the output folder must take files ---
    const QString outDir = QFileInfo(parser.value(outOpt)).absoluteFilePath();
    {
        QTemporaryFile probe(QDir(outDir).filePath(QStringLiteral(".write-test-XXXXXX")));
        if (!QDir().mkpath(outDir) || !probe.open())
            return fail(Tr::tr("Cannot write into the folder %1: check that it exists or can be "
                               "created and that you may write there.")
                                .arg(native(outDir)));
    }

    // --- the models (their files are read once more when the engine loads them) ---
    InferenceEngine engine;
    QList<AnalysisModel> models;
    for (const QString &path : parser.values(modelOpt)) {
        AnalysisModel m;
        QString error;
        if (!engine.describe(path, &m, &error))
            return fail(error);
        models.append(m);
    }
    {
        QString error;
        if (!ProjectAnalysis(nullptr, &engine).checkModels(models, &error))
            return fail(error);
    }
    const QStringList classes = models.front().classes;

    // --- on a cluster: one job array task per group of videos ---
    if (toCluster) {
        ClusterAnalyzeRequest request;
        QString message;
        if (!slurmOptions.read(parser, &request.slurm, &message))
            return usageError(command, message);
        if (!parser.isSet(runOpt))
            return usageError(command, Tr::tr("Say where the cluster run goes with --run DIR."));
        request.videosPerTask = parser.value(perTaskOpt).toInt(&ok);
        if (!ok || request.videosPerTask < 1)
            return usageError(command,
                              Tr::tr("--videos-per-task must be a whole number of at least 1."));
        request.runDir = parser.value(runOpt);
        request.outDir = outDir;
        request.behaviors = classes;
        if (parser.isSet(projectOpt)) {
            request.project = QFileInfo(parser.value(projectOpt)).absoluteFilePath();
            ProjectDatabase db;
            if (!db.open(request.project, ProjectDatabase::OpenMode::ReadOnly))
                return fail(db.errorString());
            request.behaviors.clear();
            for (const Behavior &b : db.behaviors())
                request.behaviors << b.name;
            for (const QString &name : classes)
                if (!request.behaviors.contains(name))
                    return fail(
                            Tr::tr("The models predict the behavior \"%1\", which the project %2 "
                                   "does not have. Add it to the project first, or use models "
                                   "trained on its behaviors.")
                                    .arg(name, native(request.project)));
            if (!parser.isSet(flowOpt))
                options.flowMethod = flowOptionsForProject(db).method;
        }
        for (const QString &v : parser.positionalArguments()) {
            const QString path = QFileInfo(v).absoluteFilePath();
            if (!QFileInfo(path).isFile())
                return fail(Tr::tr("The video %1 does not exist.").arg(native(path)));
            request.videos << path;
        }
        for (const QString &path : parser.values(modelOpt))
            request.arguments << QStringLiteral("--model") << QFileInfo(path).absoluteFilePath();
        for (const QCommandLineOption *opt : {&rgbWeightOpt,
                                              &mixOpt,
                                              &smoothOpt,
                                              &minBoutOpt,
                                              &modeOpt,
                                              &strideOpt,
                                              &precisionOpt,
                                              &deviceOpt})
            request.arguments << QStringLiteral("--") + opt->names().constFirst()
                              << parser.value(*opt);
        if (parser.isSet(probabilitiesOpt))
            request.arguments << QStringLiteral("--probabilities");
        request.arguments << QStringLiteral("--flow-method") << flowMethodName(options.flowMethod);
        // Each task analyses into its own project: the flow the project has cached already is
        // read from the project's cache instead of being computed again.
        if (flowCacheOf.isEmpty())
            flowCacheOf = request.project;
        if (!flowCacheOf.isEmpty())
            request.arguments << QStringLiteral("--flow-cache-of") << flowCacheOf;
        request.arguments << QStringLiteral("--threads")
                          << (parser.isSet(threadsOpt)
                                      ? parser.value(threadsOpt)
                                      : QString::number(std::max(1, request.slurm.cpus)));
        request.human = parser.isSet(humanOpt);
        return submitAnalyzeToCluster(request);
    }

    // --- the project: given, or a temporary one whose behaviors are the models' ---
    QTemporaryDir temporary;
    Document doc;
    QString projectPath;
    if (parser.isSet(projectOpt)) {
        projectPath = QFileInfo(parser.value(projectOpt)).absoluteFilePath();
        if (!doc.open(projectPath))
            return fail(doc.errorString());
        if (!parser.isSet(flowOpt))
            options.flowMethod
                    = flowOptionsFor(doc.setting(QString::fromLatin1(kFlowMethodSetting))).method;
    } else {
        if (!temporary.isValid())
            return fail(
                    Tr::tr("Cannot create a temporary folder: %1").arg(temporary.errorString()));
        projectPath = temporary.filePath(QStringLiteral("analysis.ethoproj"));
        if (!doc.create(projectPath))
            return fail(doc.errorString());
    }
    for (const QString &name : classes) {
        if (doc.behaviors().byName(name))
            continue;
        if (parser.isSet(projectOpt))
            return fail(Tr::tr("The models predict the behavior \"%1\", which the project %2 does "
                               "not have. Add it to the project first, or use models trained on "
                               "its behaviors.")
                                .arg(name, native(projectPath)));
        if (!doc.addBehavior(name))
            return fail(doc.errorString());
    }

    ProjectAnalysis analysis(&doc, &engine);
    analysis.setSharedFlowCache(flowCacheOf);
    g_stop.store(false);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll; // a signal handler may only set a flag: the event loop looks at it
    stopPoll.setInterval(100);
    QObject::connect(&stopPoll, &QTimer::timeout, &analysis, [&analysis] {
        if (g_stop.load())
            analysis.cancelAll();
    });
    stopPoll.start();
    const QString stopped
            = parser.isSet(projectOpt)
                      ? Tr::tr("Stopped. The predictions computed so far are kept in the project; "
                               "the "
                               "same command resumes where it stopped.")
                      : Tr::tr("Stopped. Nothing was written for the videos not finished (with "
                               "--project, partial results are kept and a second run resumes).");
    int failures = 0;
    const QStringList videos = parser.positionalArguments();
    // The time the rest of a batch needs, after each video: the seconds per byte of the videos
    // that had something to compute so far, times the bytes of the videos still to come (file
    // size stands for length: no need to read 50 videos before starting the first).
    double computedSeconds = 0;
    qint64 computedBytes = 0;
    int processed = 0;
    auto batchProgress = [&] {
        ++processed;
        if (processed >= videos.size())
            return;
        qint64 bytesLeft = 0;
        for (qsizetype i = processed; i < videos.size(); ++i)
            bytesLeft += QFileInfo(videos[i]).size();
        QJsonObject event{{QStringLiteral("event"), QStringLiteral("batch")},
                          {QStringLiteral("videos_done"), processed},
                          {QStringLiteral("videos"), int(videos.size())}};
        QString line = Tr::tr("%1 of %2 videos processed").arg(processed).arg(videos.size());
        if (computedBytes > 0) {
            const qint64 leftMs
                    = qint64(1000 * computedSeconds * double(bytesLeft) / double(computedBytes));
            event.insert(QStringLiteral("seconds_left"), leftMs / 1000);
            line += QStringLiteral("; ") + TimeLeftEstimate::describe(leftMs);
        }
        report.event(event, line);
    };
    // The files' names, decided for the whole batch: two videos called alike in different
    // folders (cage1/day1.mp4, cage2/day1.mp4) get day1_... and day1_2_...
    QStringList fileBases;
    LabelExport::BaseNames baseNames;
    for (const QString &v : videos)
        fileBases << baseNames.forVideo(QFileInfo(v).fileName());
    for (qsizetype videoIndex = 0; videoIndex < videos.size(); ++videoIndex) {
        const QString &videoArg = videos[videoIndex];
        if (g_stop.load())
            return fail(stopped);
        QElapsedTimer videoClock;
        videoClock.start();
        bool computed = false;
        // Counted as processed whether it succeeded or failed, once its iteration ends.
        const auto afterVideo = qScopeGuard([&] {
            if (g_stop.load())
                return;
            if (computed) {
                computedSeconds += videoClock.elapsed() / 1000.0;
                computedBytes += QFileInfo(videoArg).size();
            }
            batchProgress();
        });
        const QString videoPath = QFileInfo(videoArg).absoluteFilePath();
        auto videoFailed = [&](const QString &message) {
            ++failures;
            report.event({{QStringLiteral("event"), QStringLiteral("error")},
                          {QStringLiteral("video"), videoArg},
                          {QStringLiteral("message"), message}},
                         Tr::tr("%1: %2").arg(videoArg, message));
        };
        QString error;
        std::optional<VideoRecord> probed = VideoProbe::probe(videoPath, &error);
        if (!probed) {
            videoFailed(error);
            continue;
        }
        const VideoRecord *video = nullptr;
        for (const VideoRecord &v : doc.videos())
            if (v.contentHash == probed->contentHash)
                video = &v;
        if (!video) {
            const std::optional<VideoId> id = doc.addVideo(*probed);
            if (!id) {
                videoFailed(doc.errorString());
                continue;
            }
            video = doc.video(*id);
        }
        const VideoId videoId = video->id;
        const qint64 frames = video->frameCount;

        // A prediction track per model: resumed when it was computed by the same model file.
        const std::optional<ProjectAnalysis::Started> started
                = analysis.analyse(videoId, models, options, &error);
        if (!started) {
            videoFailed(error);
            continue;
        }
        std::optional<AnalysisTimes> times;
        computed = started->job != 0;
        if (started->job != 0) {
            QEventLoop loop;
            QObject context;
            QObject::connect(&engine,
                             &AnalysisService::timesMeasured,
                             &context,
                             [&](quint64 id, const AnalysisTimes &measured) {
                                 if (id == started->job)
                                     times = measured;
                             });
            QString jobError;
            bool jobDone = false;
            QString lastStage;
            int lastPercent = -2;
            // How long the current stage still needs (each stage - optical flow, each network -
            // goes at its own speed, so a new stage starts a new estimate).
            TimeLeftEstimate stageLeft;
            QElapsedTimer clock;
            clock.start();
            QObject::connect(&analysis,
                             &ProjectAnalysis::progress,
                             &context,
                             [&](quint64 id,
                                 VideoId,
                                 qint64 done,
                                 qint64 total,
                                 const QString &stage) {
                                 if (id != started->job)
                                     return;
                                 // At most one line per percent of each stage (optical flow
                                 // reports every frame).
                                 const int percent = total > 0 ? int(done * 100 / total) : -1;
                                 if (stage != lastStage)
                                     stageLeft.start();
                                 if (total > 0)
                                     stageLeft.update(double(done) / double(total),
                                                      clock.elapsed());
                                 if (stage == lastStage && percent == lastPercent)
                                     return;
                                 lastStage = stage;
                                 lastPercent = percent;
                                 QJsonObject event{
                                         {QStringLiteral("event"), QStringLiteral("progress")},
                                         {QStringLiteral("video"), videoArg},
                                         {QStringLiteral("stage"), stage},
                                         {QStringLiteral("done"), done},
                                         {QStringLiteral("total"), total}};
                                 QString line = Tr::tr("%1: %2, %3 of %4")
                                                        .arg(videoArg, stage)
                                                        .arg(done)
                                                        .arg(total);
                                 const qint64 left = stageLeft.remainingMs();
                                 if (left >= 0 && done < total) {
                                     event.insert(QStringLiteral("seconds_left"), left / 1000);
                                     line += QStringLiteral(" (") + stageLeft.text()
                                             + QLatin1Char(')');
                                 }
                                 report.event(event, line);
                             });
            QObject::connect(&analysis,
                             &ProjectAnalysis::finished,
                             &context,
                             [&](quint64 id, VideoId, double) {
                                 if (id == started->job) {
                                     jobDone = true;
                                     loop.quit();
                                 }
                             });
            QObject::connect(&analysis,
                             &ProjectAnalysis::failed,
                             &context,
                             [&](quint64 id, VideoId, const QString &message) {
                                 if (id == started->job) {
                                     jobError = message;
                                     loop.quit();
                                 }
                             });
            loop.exec();
            if (!jobDone) {
                videoFailed(jobError);
                continue;
            }
        }
        const qint64 missingFrames = started->missingFrames;
        const QVector<TrackId> &tracks = started->tracks;
        bool trackFailed = false;

        // Fusion and the CSV files.
        FusionModel model;
        model.setMaxThreads(1);
        for (int i = 0; i < models.size(); ++i) {
            const PredictionTrack *p = doc.predictions(tracks[i]);
            const auto network = FusionModel::networkFromName(models[i].architecture);
            const auto stream = FusionModel::streamFromName(models[i].stream);
            if (!p || !network || !stream || !model.setInput(*network, *stream, p, &error)) {
                videoFailed(p ? error : doc.errorString());
                trackFailed = true;
                break;
            }
        }
        if (trackFailed)
            continue;
        if (!model.recompute(fusion, &error)) {
            videoFailed(error);
            continue;
        }
        const FusionOutput &fused = model.output();
        QVector<BehaviorId> mapping;
        for (const QString &name : classes) {
            const auto b = doc.behaviors().byName(name);
            mapping.append(b ? b->id : kUnlabeled);
        }
        const PredictionTrack probabilities = fused.toPredictionTrack();
        LabelExport::VideoLabels labels;
        labels.videoName = QFileInfo(videoPath).fileName();
        labels.fileBase = fileBases[videoIndex];
        labels.track = fused.toLabelTrack(mapping);
        labels.fpsNumerator = video->fpsNum;
        labels.fpsDenominator = video->fpsDen;
        if (parser.isSet(probabilitiesOpt)) {
            labels.probabilities = &probabilities;
            for (const QString &name :
                 LabelExport::unmatchedClasses(doc.behaviors(), probabilities))
                report.event({{QStringLiteral("event"), QStringLiteral("note")},
                              {QStringLiteral("video"), videoArg},
                              {QStringLiteral("unmatched_class"), name}},
                             Tr::tr("%1: the models' class \"%2\" has no behavior of that name; "
                                    "its probabilities are in the column p_%2, after the "
                                    "behaviors' columns.")
                                     .arg(videoArg, name));
        }
        const LabelExport::FolderExportResult written
                = LabelExport::exportToFolder({labels}, doc.behaviors(), outDir);
        if (!written.ok) {
            videoFailed(written.error);
            continue;
        }
        QJsonArray files;
        for (const QString &f : written.writtenFiles)
            files.append(f);
        QJsonObject done{{QStringLiteral("event"), QStringLiteral("done")},
                         {QStringLiteral("video"), videoArg},
                         {QStringLiteral("frames"), frames},
                         {QStringLiteral("computed_frames"), missingFrames},
                         {QStringLiteral("files"), files}};
        QString human = Tr::tr("%1: done (%2 frames; %3 model frames computed): %4")
                                .arg(videoArg)
                                .arg(frames)
                                .arg(missingFrames)
                                .arg(written.writtenFiles.join(QStringLiteral(", ")));
        if (times) {
            // Where the analysis's time went (what the networks computed, not the CSV files);
            // the rate is of the video frames computed (per model, when some were stored).
            done.insert(QStringLiteral("seconds"), times->total);
            done.insert(QStringLiteral("flow_seconds"), times->flow);
            done.insert(QStringLiteral("frames_seconds"), times->frames);
            done.insert(QStringLiteral("network_seconds"), times->networks);
            human += QLatin1Char('\n')
                     + Tr::tr("%1: analysed in %2 s (optical flow %3 s, reading frames %4 s, "
                              "networks %5 s): %6 frames/s")
                               .arg(videoArg)
                               .arg(times->total, 0, 'f', 1)
                               .arg(times->flow, 0, 'f', 1)
                               .arg(times->frames, 0, 'f', 1)
                               .arg(times->networks, 0, 'f', 1)
                               .arg(times->total > 0 ? double(missingFrames)
                                                               / double(std::max<qsizetype>(
                                                                       1, models.size()))
                                                               / times->total
                                                     : 0.0,
                                    0,
                                    'f',
                                    1);
        }
        report.event(done, human);
    }
    if (g_stop.load())
        return fail(stopped);
    if (failures > 0)
        return fail(Tr::tr("%1 of %2 videos could not be analysed (see above).")
                            .arg(failures)
                            .arg(videos.size()));
    return ExitOk;
}

const CliCommandRegistration analyzeReg{
        "analyze",
        QT_TRANSLATE_NOOP("CliCommand", "Predict the behaviors of videos with trained models"),
        &runAnalyze};

} // namespace

} // namespace ethoscribe::cli
