// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/CrossValidationRun.h"

#include "checkpoint/CheckpointFile.h"
#include "common/SystemMemory.h"
#include "eval/PredictionsCsv.h"
#include "eval/StreamKeys.h"
#include "flow/FlowCache.h"
#include "flow/FlowComputation.h"
#include "flow/FlowOptions.h"
#include "nets/TorchRuntime.h"
#include "project/ProjectDatabase.h"
#include "training/FeatureCache.h"
#include "training/FramePredictor.h"
#include "training/FrameStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTextStream>

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CrossValidationRun)
};

QString archName(nets::Architecture a)
{
    return QString::fromStdString(nets::toString(a));
}

QString streamName(nets::Stream s)
{
    return QString::fromStdString(nets::toString(s));
}

QString foldName(int fold)
{
    return QStringLiteral("fold%1").arg(fold, 2, 10, QLatin1Char('0'));
}

double secondsSince(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

bool writeJsonFile(const QString &path, const QJsonObject &o, QString *error)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
        if (f.commit())
            return true;
    }
    if (error)
        *error = QCoreApplication::translate("CrossValidationRun",
                                             "Could not write %1 (is the disk full or the folder "
                                             "read-only?): %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
    return false;
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

TrainingOptions CrossValidationOptions::trainingOptions(nets::Architecture arch,
                                                        nets::Stream stream,
                                                        int classes) const
{
    TrainingOptions o = TrainingOptions::forSize(size, arch, stream, classes, tune);
    if (iterations > 0)
        o.iterations = iterations;
    if (batchSize > 0)
        o.batchSize = batchSize;
    if (learningRate > 0)
        o.learningRate = learningRate;
    if (finalLearningRate > 0)
        o.finalLearningRate = finalLearningRate;
    if (checkpointEvery > 0)
        o.checkpointEvery = checkpointEvery;
    if (widthMultiplier > 0)
        o.network.widthMultiplier = widthMultiplier;
    if (cropSize > 0) {
        o.cropSize = cropSize;
        o.resizeSize = (cropSize * 8 + 6) / 7;
    }
    o.balanceClasses = balanceClasses;
    o.weightClasses = weightClasses;
    o.seed = seed;
    return o;
}

QJsonObject CrossValidationOptions::toJson() const
{
    QJsonArray m, s;
    for (auto a : models)
        m.append(archName(a));
    for (auto st : streams)
        s.append(streamName(st));
    QJsonObject init;
    for (auto it = initialWeights.begin(); it != initialWeights.end(); ++it)
        init.insert(it.key(), QFileInfo(it.value()).absoluteFilePath());
    QJsonArray folds;
    for (int f : onlyFolds)
        folds.append(f);
    QJsonObject json{{QStringLiteral("project"), QFileInfo(projectPath).absoluteFilePath()},
                     {QStringLiteral("annotator"), annotator},
                     {QStringLiteral("models"), m},
                     {QStringLiteral("streams"), s},
                     {QStringLiteral("config"), modelSizeName(size)},
                     {QStringLiteral("tune"), tuneModeName(tune)},
                     {QStringLiteral("init"), init},
                     {QStringLiteral("iterations"), iterations},
                     {QStringLiteral("batch"), batchSize},
                     {QStringLiteral("width"), widthMultiplier},
                     {QStringLiteral("crop"), cropSize},
                     {QStringLiteral("windows"),
                      denseWindows ? QStringLiteral("dense") : QStringLiteral("paper")},
                     {QStringLiteral("lr"), learningRate},
                     {QStringLiteral("lrEnd"), finalLearningRate},
                     {QStringLiteral("balanceClasses"), balanceClasses},
                     {QStringLiteral("weightClasses"), weightClasses},
                     {QStringLiteral("seed"), QString::number(seed)},
                     {QStringLiteral("singleFold"), singleFold},
                     {QStringLiteral("heldOut"), heldOutRecording},
                     {QStringLiteral("onlyFolds"), folds}};
    // Only when set, so that the manifests of ordinary runs (and their resumption) stay as they
    // were.
    if (!snapshotPath.isEmpty())
        json.insert(QStringLiteral("snapshot"), QFileInfo(snapshotPath).absoluteFilePath());
    if (gather)
        json.insert(QStringLiteral("gather"), true);
    if (finalModels && !singleFold)
        json.insert(QStringLiteral("final"), true);
    return json;
}

CrossValidationRun::CrossValidationRun(const CrossValidationOptions &options)
    : m_options(options)
{}

CrossValidationRun::~CrossValidationRun() = default;

void CrossValidationRun::emitEvent(const QString &name, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), name);
    // When it happened (UTC, ms): whoever reads the events later (the Retrain dialog opened again
    // during a run) can tell how fast the run goes.
    fields.insert(QStringLiteral("time"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QFile log(QDir(m_options.outDir).filePath(QStringLiteral("events.jsonl")));
    if (log.open(QIODevice::Append))
        log.write(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
    if (m_sink)
        m_sink(fields);
}

void CrossValidationRun::addTime(const QString &phase, double seconds)
{
    m_timings.insert(phase, m_timings.value(phase).toDouble() + seconds);
}

bool CrossValidationRun::fail(const QString &message, QString *error)
{
    if (error)
        *error = message;
    if (!m_manifest.isEmpty()) {
        m_manifest.insert(QStringLiteral("status"),
                          cancelled() ? QStringLiteral("cancelled") : QStringLiteral("failed"));
        m_manifest.insert(QStringLiteral("error"), message);
        m_manifest.insert(QStringLiteral("finished"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        QString ignored;
        writeManifest(&ignored);
        QJsonObject fields{{QStringLiteral("message"), message}};
        if (cancelled())
            fields.insert(QStringLiteral("cancelled"), true);
        emitEvent(QStringLiteral("error"), fields);
    } else if (m_sink) {
        // Refused before the run folder exists: tell the listener, write nothing.
        m_sink(QJsonObject{{QStringLiteral("event"), QStringLiteral("error")},
                           {QStringLiteral("message"), message}});
    }
    return false;
}

bool CrossValidationRun::writeManifest(QString *error)
{
    return writeJsonFile(QDir(m_options.outDir).filePath(manifestFileName()), m_manifest, error);
}

bool CrossValidationRun::markStatus(const QString &runDir,
                                    const QString &status,
                                    const QString &message)
{
    const QString path = QDir(runDir).filePath(manifestFileName());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    o.insert(QStringLiteral("status"), status);
    if (!message.isEmpty())
        o.insert(QStringLiteral("error"), message);
    QString ignored;
    return writeJsonFile(path, o, &ignored);
}

QJsonArray CrossValidationRun::trainings() const
{
    return m_trainings;
}

bool CrossValidationRun::prepare(QString *error)
{
    // The run folder: empty (or new), or an earlier run of the same configuration to resume.
    QDir out(m_options.outDir);
    const QString manifestPath = out.filePath(manifestFileName());
    const bool exists
            = out.exists() && !out.entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty();
    QJsonObject previous;
    if (exists) {
        if (!m_options.resume) {
            if (error)
                *error = Tr::tr("The folder %1 is not empty. Choose a new folder for the run, or "
                                "add "
                                "--resume to continue the run in it.")
                                 .arg(QDir::toNativeSeparators(m_options.outDir));
            return false;
        }
        QFile f(manifestPath);
        if (m_options.gather && !f.exists()) {
            // A cluster run being gathered for the first time: its folder holds the tasks.
        } else if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = Tr::tr("%1 holds no run to resume (no %2).")
                                 .arg(QDir::toNativeSeparators(m_options.outDir),
                                      manifestFileName());
            return false;
        }
        if (f.isOpen())
            previous = QJsonDocument::fromJson(f.readAll()).object();
        if (!previous.isEmpty()
            && previous.value(QStringLiteral("options")).toObject() != m_options.toJson()) {
            if (error)
                *error = Tr::tr("The run in %1 was started with other settings; resume it with the "
                                "same settings, or start a new run in another folder.")
                                 .arg(QDir::toNativeSeparators(m_options.outDir));
            return false;
        }
    }
    try {
        m_device = nets::TorchRuntime::parseDevice(m_options.device.toStdString());
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }

    // One consistent snapshot of the labels.
    if (!m_options.snapshotPath.isEmpty()) {
        if (!TrainingSnapshot::load(m_options.snapshotPath, &m_snapshot, error))
            return false;
    } else if (!TrainingSnapshot::read(
                       m_options.projectPath, m_options.annotator, &m_snapshot, error)) {
        return false;
    }
    if (m_snapshot.labeledVideos().empty()) {
        if (error)
            *error = Tr::tr(
                    "No video of the project has labels. Label some frames (or import labels) "
                    "before training.");
        return false;
    }
    if (previous.contains(QStringLiteral("data"))
        && previous.value(QStringLiteral("data")).toString() != m_snapshot.dataHash()) {
        if (error)
            *error = Tr::tr("The labels of the project changed since the run in %1 started, so it "
                            "cannot be resumed. Start a new run in another folder.")
                             .arg(QDir::toNativeSeparators(m_options.outDir));
        return false;
    }
    const bool planned
            = m_options.singleFold
                      ? FoldPlan::single(m_snapshot, m_options.heldOutRecording, &m_plan, error)
                      : FoldPlan::leaveOneRecordingOut(m_snapshot, &m_plan, error);
    if (!planned)
        return false;
    if (m_options.finalModels && !m_options.singleFold)
        m_plan.appendAllRecordingsFold(m_snapshot);
    if (m_options.singleFold && !m_options.heldOutRecording.isEmpty()
        && m_plan.folds.front().heldOut.empty()) {
        if (error)
            *error = Tr::tr("No labeled video belongs to the recording %1 to hold out.")
                             .arg(m_options.heldOutRecording);
        return false;
    }
    for (int f : m_options.onlyFolds) {
        if (f < 0 || f >= int(m_plan.folds.size())) {
            if (error)
                *error = Tr::tr("There is no fold %1: the run has folds 0 to %2.")
                                 .arg(f)
                                 .arg(m_plan.folds.size() - 1);
            return false;
        }
    }
    // Every video that takes part must be readable.
    for (const FoldPlan::Fold &fold : m_plan.folds) {
        for (const auto *list : {&fold.training, &fold.heldOut}) {
            for (int v : *list) {
                const auto &video = m_snapshot.videos[size_t(v)];
                if (!QFileInfo::exists(video.absolutePath)) {
                    if (error)
                        *error = Tr::tr("The video %1 is missing (it was expected at %2). Put it "
                                        "back, "
                                        "or find moved videos with 'ethoscribe-cli project "
                                        "relocate'.")
                                         .arg(video.name,
                                              QDir::toNativeSeparators(video.absolutePath));
                    return false;
                }
            }
        }
    }
    // Starting weights must exist, be our checkpoints, and fit the network and stream they are
    // given for: refused here, before anything is written, not in the middle of the run.
    for (auto it = m_options.initialWeights.begin(); it != m_options.initialWeights.end(); ++it) {
        QString names;
        nets::Architecture arch{};
        nets::Stream stream{};
        bool known = false;
        for (nets::Architecture a : m_options.models) {
            for (nets::Stream st : m_options.streams) {
                const QString name = archName(a) + QLatin1Char('/') + streamName(st);
                names += (names.isEmpty() ? QString() : QStringLiteral(", ")) + name;
                if (name == it.key()) {
                    arch = a;
                    stream = st;
                    known = true;
                }
            }
        }
        if (!known) {
            if (error)
                *error = Tr::tr("--init names %1, which this run does not train (it trains %2). "
                                "Give the starting weights as MODEL/STREAM=FILE for one of those.")
                                 .arg(it.key(), names);
            return false;
        }
        Checkpoint c;
        if (!CheckpointFile::readDescription(it.value(), &c, error))
            return false;
        if (c.network.arch != arch || c.network.inChannels != nets::inputChannels(stream)) {
            if (error)
                *error = Tr::tr("The starting weights %1 are for %2 with %3 input channels (%4); "
                                "%5 needs %6 with %7 input channels. Give weights of that "
                                "network and stream.")
                                 .arg(QDir::toNativeSeparators(it.value()),
                                      eval::modelTitle(archName(c.network.arch)))
                                 .arg(c.network.inChannels)
                                 .arg(c.network.inChannels
                                                      == nets::inputChannels(nets::Stream::Flow)
                                              ? streamName(nets::Stream::Flow)
                                              : streamName(nets::Stream::Rgb),
                                      it.key(),
                                      eval::modelTitle(archName(arch)))
                                 .arg(nets::inputChannels(stream));
            return false;
        }
    }

    QJsonArray folds;
    for (const FoldPlan::Fold &fold : m_plan.folds) {
        QJsonArray held, training, missing;
        for (int v : fold.heldOut)
            held.append(m_snapshot.videos[size_t(v)].name);
        for (int v : fold.training)
            training.append(m_snapshot.videos[size_t(v)].name);
        for (int c : fold.missingClasses)
            missing.append(m_snapshot.classNames[c]);
        QJsonObject entry{{QStringLiteral("fold"), fold.index},
                          {QStringLiteral("recording"), fold.recording},
                          {QStringLiteral("heldOut"), held},
                          {QStringLiteral("training"), training},
                          {QStringLiteral("missingClasses"), missing}};
        if (fold.trainsOnAll())
            entry.insert(QStringLiteral("allRecordings"), true);
        folds.append(entry);
    }
    m_manifest = previous;
    m_manifest.insert(QStringLiteral("format"), QStringLiteral("ethoscribe-cv-run"));
    m_manifest.insert(QStringLiteral("formatVersion"), 1);
    m_manifest.insert(QStringLiteral("options"), m_options.toJson());
    m_manifest.insert(QStringLiteral("project"),
                      QFileInfo(m_options.projectPath).absoluteFilePath());
    m_manifest.insert(QStringLiteral("data"), m_snapshot.dataHash());
    m_manifest.insert(QStringLiteral("classes"), QJsonArray::fromStringList(m_snapshot.classNames));
    m_manifest.insert(QStringLiteral("folds"), folds);
    if (!m_manifest.contains(QStringLiteral("created")))
        m_manifest.insert(QStringLiteral("created"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_manifest.insert(QStringLiteral("status"), QStringLiteral("running"));
    m_manifest.remove(QStringLiteral("error"));
    m_manifest.insert(QStringLiteral("device"),
                      QString::fromStdString(nets::TorchRuntime::describe(m_device)));
    // Who is running it, so that a window following the folder can tell a run that is still
    // going from one whose process died (RunMonitor).
    m_manifest.insert(QStringLiteral("pid"), qint64(QCoreApplication::applicationPid()));
    m_manifest.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    if (!m_options.commandLine.isEmpty())
        m_manifest.insert(QStringLiteral("arguments"),
                          QJsonArray::fromStringList(m_options.commandLine));
    // The folder is made only once everything checked out, so a refused run leaves nothing.
    if (!QDir().mkpath(m_options.outDir)) {
        if (error)
            *error = Tr::tr("Could not create the run folder %1.")
                             .arg(QDir::toNativeSeparators(m_options.outDir));
        return false;
    }
    return writeManifest(error);
}

qint64 CrossValidationRun::frameMemoryBudget()
{
    const QByteArray mb = qgetenv("ETHOSCRIBE_FRAME_MEMORY_MB");
    if (!mb.isEmpty()) {
        bool ok = false;
        const qint64 value = mb.toLongLong(&ok);
        if (ok && value >= 0)
            return value << 20;
    }
    const qint64 usable = usableMemoryBytes();
    return usable > 0 ? usable / 5 * 2 : -1;
}

bool CrossValidationRun::checkRoomForFrames(QString *error)
{
    // Every video's frames per stream and size this invocation reads (an upper bound when a
    // resumed run has trainings left to skip).
    if (m_options.gather)
        return true;
    std::set<std::tuple<int, int, int>> planned;
    const int classes = int(m_snapshot.classNames.size());
    qint64 total = 0;
    qint64 largest = 0;
    for (const FoldPlan::Fold &fold : m_plan.folds) {
        if (!m_options.onlyFolds.isEmpty() && !m_options.onlyFolds.contains(fold.index))
            continue;
        for (const auto *list : {&fold.training, &fold.heldOut})
            for (int v : *list)
                for (nets::Architecture arch : m_options.models)
                    for (nets::Stream stream : m_options.streams) {
                        const int resize
                                = m_options.trainingOptions(arch, stream, classes).resizeSize;
                        if (!planned.insert({v, int(stream), resize}).second)
                            continue;
                        const qint64 bytes = qint64(FrameStore::bytesFor(
                                qint64(m_snapshot.videos[size_t(v)].labels.size()),
                                resize,
                                stream == nets::Stream::Rgb ? 3 : 2));
                        total += bytes;
                        largest = std::max(largest, bytes);
                    }
    }
    m_manifest.insert(QStringLiteral("frameBytesPlanned"), double(total));
    if (m_frameMemoryBudget < 0)
        return true;
    // --tune head keeps one video's frames at a time when memory is short.
    const qint64 onDisk = std::max<qint64>(
            0, (m_options.tune == TuneMode::Head ? largest : total) - m_frameMemoryBudget);
    if (onDisk == 0)
        return true;
    const qint64 available = QStorageInfo(m_options.outDir).bytesAvailable();
    if (available < 0 || onDisk <= available)
        return true;
    const QString message
            = Tr::tr("The frames of the videos need %1, of which %2 do not fit in the memory set "
                     "aside for them and go into files in the run folder, but only %3 is free "
                     "there. Free some space, choose a run folder on a larger disk, or train "
                     "fewer or shorter videos (or the small size).")
                      .arg(formatBytes(total), formatBytes(onDisk), formatBytes(available));
    if (m_options.resume) {
        // Trainings finished before read nothing: this may still fit.
        emitEvent(QStringLiteral("warning"), {{QStringLiteral("message"), message}});
        return true;
    }
    if (error)
        *error = message;
    return false;
}

const FrameStore *CrossValidationRun::store(
        int video, nets::Stream stream, int resize, QString *error, bool passing)
{
    const auto key = std::make_tuple(video, int(stream), resize);
    auto it = m_stores.find(key);
    if (it != m_stores.end())
        return it->second.get();
    const auto started = std::chrono::steady_clock::now();
    const auto &v = m_snapshot.videos[size_t(video)];
    auto s = std::make_unique<FrameStore>();
    auto progress = [&](qint64 done, qint64 total) {
        emitEvent(QStringLiteral("loading"),
                  {{QStringLiteral("video"), v.name},
                   {QStringLiteral("stream"), streamName(stream)},
                   {QStringLiteral("frame"), done},
                   {QStringLiteral("frames"), total}});
    };
    const qint64 frames = qint64(v.labels.size());
    const qint64 bytes
            = qint64(FrameStore::bytesFor(frames, resize, stream == nets::Stream::Rgb ? 3 : 2));
    const bool fits = m_frameMemoryBudget < 0 || m_framesInMemory + bytes <= m_frameMemoryBudget;
    if (passing && !fits) {
        // Frames kept for a pass are let go rather than this video's kept on disk.
        for (auto kept = m_stores.begin(); kept != m_stores.end();)
            if (kept->first != key && m_passingStores.count(kept->first)) {
                (kept->second->isOnDisk() ? m_framesOnDisk : m_framesInMemory)
                        -= qint64(kept->second->bytes());
                m_passingStores.erase(kept->first);
                kept = m_stores.erase(kept);
            } else {
                ++kept;
            }
    }
    if (m_frameMemoryBudget >= 0 && m_framesInMemory + bytes > m_frameMemoryBudget) {
        if (!m_warnedFramesOnDisk)
            emitEvent(QStringLiteral("warning"),
                      {{QStringLiteral("message"),
                        Tr::tr("The frames of the videos do not all fit in the memory set aside "
                               "for them (%1): the others are kept in files in the run folder "
                               "and read from there as needed (the files go when the run ends). "
                               "On a slow disk this makes training slower.")
                                .arg(formatBytes(m_frameMemoryBudget))}});
        m_warnedFramesOnDisk = true;
        s->setBackingFolder(m_options.outDir);
    }
    bool ok;
    if (stream == nets::Stream::Rgb)
        ok = s->loadRgb(v.absolutePath, resize, frames, {}, m_cancel, error);
    else
        ok = s->loadFlow(m_flowCaches.value(v.name), resize, frames, {}, m_cancel, error);
    if (!ok) {
        if (error)
            *error = Tr::tr("Could not read %1: %2").arg(v.name, *error);
        return nullptr;
    }
    progress(s->frameCount(), frames);
    addTime(QStringLiteral("frames"), secondsSince(started));
    (s->isOnDisk() ? m_framesOnDisk : m_framesInMemory) += qint64(s->bytes());
    if (passing)
        m_passingStores.insert(key);
    // The most held at once.
    for (const auto &[name, held] :
         {std::pair{QStringLiteral("frameBytesInMemory"), m_framesInMemory},
          std::pair{QStringLiteral("frameBytesOnDisk"), m_framesOnDisk}})
        if (held > m_manifest.value(name).toDouble())
            m_manifest.insert(name, double(held));
    return (m_stores[key] = std::move(s)).get();
}

bool CrossValidationRun::ensureFlow(QString *error)
{
    // Gathering trains and predicts nothing, so it needs no flow.
    if (!m_options.streams.contains(nets::Stream::Flow) || m_options.gather)
        return true;
    FlowOptions projectFlow;
    flowMethodFromName(m_snapshot.flowMethod, &projectFlow.method); // TV-L1 when unknown
    const FlowMethod method = projectFlow.method;
    m_manifest.insert(QStringLiteral("flowMethod"), flowMethodName(method));
    const auto started = std::chrono::steady_clock::now();
    std::vector<int> needed;
    for (const FoldPlan::Fold &fold : m_plan.folds)
        for (const auto *list : {&fold.training, &fold.heldOut})
            for (int v : *list)
                if (std::find(needed.begin(), needed.end(), v) == needed.end())
                    needed.push_back(v);
    std::sort(needed.begin(), needed.end());
    for (int v : needed) {
        const auto &video = m_snapshot.videos[size_t(v)];
        const QString path
                = FlowCache::pathFor(m_options.projectPath, video.record.contentHash, method);
        m_flowCaches.insert(video.name, path);
        FlowOptions options = projectFlow;
        qint64 lastReported = -1;
        auto progress = [&](qint64 done, qint64 total) {
            if (done - lastReported < 64 && done != total)
                return;
            lastReported = done;
            emitEvent(QStringLiteral("flow"),
                      {{QStringLiteral("video"), video.name},
                       {QStringLiteral("method"), flowMethodName(method)},
                       {QStringLiteral("frame"), done},
                       {QStringLiteral("frames"), total}});
        };
        auto waiting = [&](const QString &holder) {
            if (holder.isEmpty())
                return;
            emitEvent(QStringLiteral("waiting"),
                      {{QStringLiteral("video"), video.name},
                       {QStringLiteral("holder"), holder},
                       {QStringLiteral("message"),
                        Tr::tr("The optical flow of %1 is being computed by %2; this run "
                               "continues when it is done.")
                                .arg(video.name, holder)}});
        };
        std::atomic_bool never{false};
        if (!FlowComputation::ensure(video.absolutePath,
                                     video.record.contentHash,
                                     path,
                                     options,
                                     progress,
                                     m_cancel ? const_cast<std::atomic_bool *>(m_cancel) : &never,
                                     error,
                                     waiting))
            return false;
    }
    addTime(QStringLiteral("flow"), secondsSince(started));
    return true;
}

bool CrossValidationRun::features(int video,
                                  nets::Stream stream,
                                  const TrainingOptions &options,
                                  const QString &backboneKey,
                                  nets::VideoNetworkImpl &backbone,
                                  torch::Tensor *out,
                                  QString *error)
{
    const auto &v = m_snapshot.videos[size_t(video)];
    const QFileInfo project(m_options.projectPath);
    const QString dir = project.absoluteDir().filePath(project.completeBaseName()
                                                       + QStringLiteral(".cache/features"));
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6%7")
                                .arg(backboneKey, v.record.contentHash, streamName(stream))
                                .arg(options.resizeSize)
                                .arg(options.cropSize)
                                .arg(m_flowCaches.value(v.name).section(QLatin1Char('-'), -1))
                                .arg(m_options.denseWindows ? QStringLiteral("|dense") : QString());
    const QString path = FeatureCache::pathFor(dir, key);
    // Counted once per network, stream and video: later folds read the same cache.
    const bool firstTime = !m_featuresAccounted.contains(path);
    m_featuresAccounted.insert(path);
    QString why;
    if (FeatureCache::load(path, out, &why) && out->size(0) == qint64(v.labels.size())) {
        if (firstTime)
            m_featureFramesPlanned -= qint64(v.labels.size()); // nothing to compute after all
        return true;
    }
    const FrameStore *frames = store(video, stream, options.resizeSize, error, true);
    if (!frames)
        return false;
    const auto started = std::chrono::steady_clock::now();
    FramePredictor predictor(
            backbone, m_device, options.resizeSize, options.cropSize, m_options.predictBatch);
    predictor.setWindows(m_options.denseWindows);
    const double secondsBefore = m_featureSeconds;
    qint64 counted = 0;
    auto progress = [&](qint64 done, qint64 total) {
        if (firstTime) {
            m_featureFramesDone += done - counted;
            counted = done;
            m_featureSeconds = secondsBefore + secondsSince(started);
        }
        if (done % 256 < m_options.predictBatch || done == total) {
            QJsonObject event{{QStringLiteral("video"), v.name},
                              {QStringLiteral("model"), archName(options.network.arch)},
                              {QStringLiteral("stream"), streamName(stream)},
                              {QStringLiteral("frame"), done},
                              {QStringLiteral("frames"), total}};
            // The current training (m_trainingIndex - 1) has not begun its steps.
            addRunProgress(&event, m_trainingIndex - 1);
            emitEvent(QStringLiteral("features"), event);
        }
    };
    if (!predictor.features(*frames, progress, m_cancel, out, error))
        return false;
    addTime(QStringLiteral("features"), secondsSince(started));
    return FeatureCache::save(path, *out, error);
}

void CrossValidationRun::addRunProgress(QJsonObject *event, double trainingsDone)
{
    if (m_trainingsTotal <= 0)
        return;
    double fraction = trainingsDone / m_trainingsTotal;
    if (m_featureFramesPlanned > 0) {
        if (m_featureFramesDone <= 0 || m_featureSeconds <= 0)
            return; // no rate yet
        // Each part weighed by its cost so far: seconds per feature frame, seconds per training
        // (before the first has run: a classifier on cached features, about a millisecond per
        // step of the default 2000, measured 0.2-1.6 ms).
        const double perFrame = m_featureSeconds / double(m_featureFramesDone);
        const double perTraining = m_trainedShare > 0.01 ? m_trainedSeconds / m_trainedShare : 2.0;
        const double total
                = double(m_featureFramesPlanned) * perFrame + m_trainingsTotal * perTraining;
        const double done = double(std::min(m_featureFramesDone, m_featureFramesPlanned)) * perFrame
                            + trainingsDone * perTraining;
        fraction = done / total;
    }
    // Never backwards (the costs are estimates that move; cached features shrink the total).
    fraction = std::clamp(fraction, m_fractionShown, 1.0);
    m_fractionShown = fraction;
    m_timeLeft.update(fraction, m_clock.elapsed());
    event->insert(QStringLiteral("fraction"), std::round(fraction * 1e4) / 1e4);
    const qint64 left = m_timeLeft.remainingMs();
    if (left >= 0)
        event->insert(QStringLiteral("seconds_left"), qint64(left / 1000));
}

bool CrossValidationRun::runFold(const FoldPlan::Fold &fold, QString *error)
{
    const QDir foldDir(
            QDir(m_options.outDir).filePath(QStringLiteral("folds/") + foldName(fold.index)));
    const int classes = int(m_snapshot.classNames.size());
    // One warning per fold, naming the recording rather than the fold's number: the window
    // counts folds from 1, the command line (--folds, folder names) from 0, and both show the
    // fold beside it.
    if (!fold.missingClasses.empty()) {
        QStringList names;
        QJsonArray behaviors;
        for (int c : fold.missingClasses) {
            names << QStringLiteral("'%1'").arg(m_snapshot.classNames[c]);
            behaviors.append(m_snapshot.classNames[c]);
        }
        const QString list = names.join(QStringLiteral(", "));
        emitEvent(QStringLiteral("warning"),
                  {{QStringLiteral("fold"), fold.index},
                   {QStringLiteral("behaviors"), behaviors},
                   {QStringLiteral("message"),
                    fold.trainsOnAll()
                            ? Tr::tr("No recording has an example of %1: the models trained on "
                                     "all recordings cannot learn these behaviors.")
                                      .arg(list)
                            : Tr::tr("Without %1 no training example is left of %2: the models "
                                     "of this fold cannot learn these behaviors, and the frames "
                                     "of %1 that show them will be misclassified.")
                                      .arg(fold.recording, list)}});
    }

    std::map<int, HeldOutPredictions> held;
    for (int v : fold.heldOut) {
        HeldOutPredictions &h = held[v];
        h.video = m_snapshot.videos[size_t(v)].name;
        h.fold = fold.index;
        h.truth = m_snapshot.videos[size_t(v)].labels;
    }

    for (nets::Architecture arch : m_options.models) {
        for (nets::Stream stream : m_options.streams) {
            const int trainingIndex = m_trainingIndex++; // skipped ones count as done
            const QString key = archName(arch) + QLatin1Char('/') + streamName(stream);
            const QString tag = archName(arch) + QLatin1Char('_') + streamName(stream);
            const QJsonObject context{{QStringLiteral("fold"), fold.index},
                                      {QStringLiteral("model"), archName(arch)},
                                      {QStringLiteral("stream"), streamName(stream)}};
            TrainingOptions options = m_options.trainingOptions(arch, stream, classes);

            // Finished earlier (resume): read the stored probabilities.
            bool done = QFileInfo::exists(
                    foldDir.filePath(tag + QStringLiteral("/") + Trainer::modelFileName()));
            for (int v : fold.heldOut)
                done = done
                       && QFileInfo::exists(foldDir.filePath(m_snapshot.videos[size_t(v)].name
                                                             + QLatin1Char('.') + tag
                                                             + QStringLiteral(".probs")));
            if (done) {
                for (int v : fold.heldOut) {
                    torch::Tensor p;
                    if (!FeatureCache::load(foldDir.filePath(m_snapshot.videos[size_t(v)].name
                                                             + QLatin1Char('.') + tag
                                                             + QStringLiteral(".probs")),
                                            &p,
                                            error))
                        return false;
                    held[v].probabilities[key].assign(p.data_ptr<float>(),
                                                      p.data_ptr<float>() + p.numel());
                }
                Checkpoint c;
                if (CheckpointFile::load(
                            foldDir.filePath(tag + QStringLiteral("/") + Trainer::modelFileName()),
                            &c,
                            nullptr)) {
                    const auto losses = c.extra.value(QStringLiteral("training"))
                                                .toObject()
                                                .value(QStringLiteral("losses"))
                                                .toArray();
                    QVector<LossPoint> curve;
                    for (const QJsonValue &p : losses)
                        curve.append({p.toArray().at(0).toInt(),
                                      p.toArray().at(1).toDouble(),
                                      p.toArray().at(2).toDouble()});
                    m_losses[{fold.index, archName(arch), streamName(stream)}] = curve;
                }
                QJsonObject skipped = context;
                skipped.insert(QStringLiteral("reason"), QStringLiteral("already done"));
                emitEvent(QStringLiteral("skipped"), skipped);
                continue;
            }

            if (m_options.gather) {
                if (error)
                    *error = Tr::tr("The cluster run has no finished %1 %2 model for fold %3 (or "
                                    "not "
                                    "all its held-out predictions): its task did not finish. See "
                                    "'ethoscribe-cli runs status', and 'runs resubmit --failed'.")
                                     .arg(archName(arch), streamName(stream))
                                     .arg(fold.index);
                return false;
            }

            // Starting weights.
            std::optional<Checkpoint> initial;
            QString backboneKey;
            if (m_options.initialWeights.contains(key)) {
                Checkpoint c;
                if (!CheckpointFile::load(m_options.initialWeights.value(key), &c, error))
                    return false;
                initial = std::move(c);
                backboneKey = fileSha256(m_options.initialWeights.value(key));
            } else {
                backboneKey = QStringLiteral("random:%1:%2")
                                      .arg(m_options.seed)
                                      .arg(QString::fromStdString(options.network.describe()));
            }

            TrainingSet set;
            set.classNames = m_snapshot.classNames;
            set.dataHash = m_snapshot.dataHash();
            std::shared_ptr<nets::VideoNetworkImpl> backbone;
            std::map<int, int> slotOf; // video -> features slot
            if (options.tune == TuneMode::Head) {
                backbone = Trainer::initialNetwork(options, initial ? &*initial : nullptr, error);
                if (!backbone)
                    return false;
                backbone->to(m_device);
                std::vector<int> all = fold.training;
                all.insert(all.end(), fold.heldOut.begin(), fold.heldOut.end());
                for (int v : all) {
                    torch::Tensor f;
                    if (!features(v, stream, options, backboneKey, *backbone, &f, error))
                        return false;
                    slotOf[v] = int(set.features.size());
                    set.features.push_back(f);
                }
            }
            for (int v : fold.training) {
                const FrameStore *frames = options.tune == TuneMode::Head
                                                   ? nullptr
                                                   : store(v, stream, options.resizeSize, error);
                if (options.tune != TuneMode::Head && !frames)
                    return false;
                const auto &labels = m_snapshot.videos[size_t(v)].labels;
                for (qint64 f = 0; f < qint64(labels.size()); ++f) {
                    if (labels[size_t(f)] < 0)
                        continue;
                    if (frames && f >= frames->frameCount())
                        break;
                    set.examples.push_back({frames, f, labels[size_t(f)]});
                    if (options.tune == TuneMode::Head)
                        set.featureRows.emplace_back(slotOf[v], f);
                }
            }

            Trainer trainer(options, m_device);
            trainer.setEventContext(context);
            const double shareBefore = m_trainedShare;
            const double secondsBefore = m_trainedSeconds;
            const auto trainStarted = std::chrono::steady_clock::now();
            trainer.setEventSink([&, trainingIndex](const QJsonObject &e) {
                QJsonObject copy = e;
                const QString name = copy.take(QStringLiteral("event")).toString();
                if (name == QLatin1String("progress")) {
                    // How far the whole run is, and (once it can be said) how long it still
                    // needs: for --human, scripts and the Retrain dialog; the flow before the
                    // first step and the trainings a resumed run skips are not extrapolated.
                    const double iters = std::max(1, copy.value(QStringLiteral("iters")).toInt());
                    const double share
                            = std::min(1.0, copy.value(QStringLiteral("iter")).toInt() / iters);
                    m_trainedShare = shareBefore + share;
                    m_trainedSeconds = secondsBefore + secondsSince(trainStarted);
                    addRunProgress(&copy, trainingIndex + share);
                }
                emitEvent(name, copy);
            });
            trainer.setCancelFlag(m_cancel);
            if (initial)
                trainer.setInitialWeights(&*initial);
            TrainingOutcome outcome;
            if (!trainer.train(set, foldDir.filePath(tag), &outcome, error))
                return false;
            addTime(QStringLiteral("training"), secondsSince(trainStarted));
            m_losses[{fold.index, archName(arch), streamName(stream)}] = outcome.losses;
            m_trainings.append(
                    QJsonObject{{QStringLiteral("fold"), fold.index},
                                {QStringLiteral("model"), archName(arch)},
                                {QStringLiteral("stream"), streamName(stream)},
                                {QStringLiteral("seconds"), outcome.seconds},
                                {QStringLiteral("steps"), outcome.steps},
                                {QStringLiteral("resumedFrom"), outcome.resumedFromStep},
                                {QStringLiteral("alreadyDone"), outcome.alreadyDone},
                                {QStringLiteral("dataWaitFraction"), outcome.dataWaitFraction},
                                {QStringLiteral("path"), outcome.modelPath}});

            // Predict every frame of the held-out recording.
            const auto predictStarted = std::chrono::steady_clock::now();
            FramePredictor predictor(*outcome.network,
                                     m_device,
                                     options.resizeSize,
                                     options.cropSize,
                                     m_options.predictBatch);
            predictor.setWindows(m_options.denseWindows);
            for (int v : fold.heldOut) {
                const QString name = m_snapshot.videos[size_t(v)].name;
                std::vector<float> probabilities;
                if (options.tune == TuneMode::Head) {
                    probabilities = predictor.classifyFeatures(set.features[size_t(slotOf[v])]);
                } else {
                    const FrameStore *frames = store(v, stream, options.resizeSize, error);
                    if (!frames)
                        return false;
                    auto progress = [&](qint64 doneFrames, qint64 total) {
                        if (doneFrames % 256 < m_options.predictBatch || doneFrames == total)
                            emitEvent(QStringLiteral("predicting"),
                                      QJsonObject{{QStringLiteral("fold"), fold.index},
                                                  {QStringLiteral("model"), archName(arch)},
                                                  {QStringLiteral("stream"), streamName(stream)},
                                                  {QStringLiteral("video"), name},
                                                  {QStringLiteral("frame"), doneFrames},
                                                  {QStringLiteral("frames"), total}});
                    };
                    if (!predictor.probabilities(
                                *frames, progress, m_cancel, &probabilities, error))
                        return false;
                }
                // Frames past the decodable end keep the last prediction.
                const size_t frames = held[v].truth.size();
                if (probabilities.size() < frames * size_t(classes) && !probabilities.empty()) {
                    const std::vector<float> last(probabilities.end() - classes,
                                                  probabilities.end());
                    while (probabilities.size() < frames * size_t(classes))
                        probabilities.insert(probabilities.end(), last.begin(), last.end());
                }
                const torch::Tensor t
                        = torch::from_blob(probabilities.data(),
                                           {int64_t(probabilities.size()) / classes, classes})
                                  .clone();
                if (!FeatureCache::save(foldDir.filePath(name + QLatin1Char('.') + tag
                                                         + QStringLiteral(".probs")),
                                        t,
                                        error))
                    return false;
                held[v].probabilities[key] = std::move(probabilities);
            }
            addTime(QStringLiteral("prediction"), secondsSince(predictStarted));
            // Held-out accuracy of this stream alone.
            qint64 correct = 0, counted = 0;
            for (const auto &[v, h] : held) {
                const std::vector<float> &p = h.probabilities.at(key);
                for (size_t f = 0; f < h.truth.size(); ++f) {
                    if (h.truth[f] < 0)
                        continue;
                    const float *row = p.data() + f * size_t(classes);
                    const int best = int(std::max_element(row, row + classes) - row);
                    correct += best == h.truth[f];
                    ++counted;
                }
            }
            if (!held.empty())
                emitEvent(QStringLiteral("evaluation"),
                          QJsonObject{{QStringLiteral("fold"), fold.index},
                                      {QStringLiteral("model"), archName(arch)},
                                      {QStringLiteral("stream"), streamName(stream)},
                                      {QStringLiteral("frames"), counted},
                                      {QStringLiteral("accuracy"),
                                       counted ? double(correct) / double(counted) : 0.0}});
            if (cancelled())
                return fail(Tr::tr("The run was cancelled; resume it with --resume."), error);
        }
    }

    QDir(m_options.outDir).mkpath(QStringLiteral("predictions"));
    for (auto &[v, h] : held) {
        if (!PredictionsCsv::write(QDir(m_options.outDir)
                                           .filePath(QStringLiteral("predictions/") + h.video
                                                     + QStringLiteral(".csv")),
                                   m_snapshot.classNames,
                                   h,
                                   error))
            return false;
        m_heldOut.push_back(std::move(h));
    }
    return writeLosses(error);
}

bool CrossValidationRun::writeLosses(QString *error)
{
    const QString path = QDir(m_options.outDir).filePath(QStringLiteral("losses.csv"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Could not write %1: %2")
                             .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    QByteArray text = "fold,model,stream,iter,loss,lr\n";
    for (const auto &[key, curve] : m_losses) {
        for (const LossPoint &p : curve)
            text += QByteArray::number(std::get<0>(key)) + ',' + std::get<1>(key).toUtf8() + ','
                    + std::get<2>(key).toUtf8() + ',' + QByteArray::number(p.step) + ','
                    + QByteArray::number(p.loss, 'g', 8) + ','
                    + QByteArray::number(p.learningRate, 'g', 8) + '\n';
    }
    f.write(text);
    if (!f.commit()) {
        if (error)
            *error = Tr::tr("Could not write %1 (is the disk full?): %2")
                             .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

bool CrossValidationRun::run(QString *error)
{
    // LibTorch reports problems (out of memory, a shape that does not fit) by exception: they
    // end the run like any other failure, with the manifest saying why.
    try {
        return runUnchecked(error);
    } catch (const c10::Error &e) {
        return fail(Tr::tr("The network failed: %1")
                            .arg(QString::fromStdString(e.what_without_backtrace())),
                    error);
    } catch (const std::exception &e) {
        return fail(Tr::tr("The run failed: %1").arg(QString::fromUtf8(e.what())), error);
    }
}

bool CrossValidationRun::runUnchecked(QString *error)
{
    const auto started = std::chrono::steady_clock::now();
    QString why;
    if (!prepare(&why))
        return fail(why, error);
    emitEvent(QStringLiteral("start"),
              {{QStringLiteral("folds"), int(m_plan.folds.size())},
               {QStringLiteral("videos"), int(m_snapshot.labeledVideos().size())},
               {QStringLiteral("classes"), QJsonArray::fromStringList(m_snapshot.classNames)},
               {QStringLiteral("device"), m_manifest.value(QStringLiteral("device"))}});
    if (!ensureFlow(&why))
        return fail(why, error);
    if (!writeManifest(&why))
        return fail(why, error);
    m_trainingsTotal = 0;
    for (const FoldPlan::Fold &fold : m_plan.folds)
        if (m_options.onlyFolds.isEmpty() || m_options.onlyFolds.contains(fold.index))
            m_trainingsTotal += int(m_options.models.size() * m_options.streams.size());
    m_trainingIndex = 0;
    m_frameMemoryBudget = frameMemoryBudget();
    m_framesInMemory = m_framesOnDisk = 0;
    m_warnedFramesOnDisk = false;
    m_manifest.insert(QStringLiteral("frameBytesInMemory"), 0.0);
    m_manifest.insert(QStringLiteral("frameBytesOnDisk"), 0.0);
    if (m_frameMemoryBudget >= 0)
        m_manifest.insert(QStringLiteral("frameMemoryBudget"), double(m_frameMemoryBudget));
    if (!checkRoomForFrames(&why))
        return fail(why, error);
    // --tune head: the features to compute, every video of the folds run per network and
    // stream (those found cached are taken off as they are found).
    m_featureFramesPlanned = m_featureFramesDone = 0;
    m_featureSeconds = m_trainedShare = m_trainedSeconds = m_fractionShown = 0;
    m_featuresAccounted.clear();
    if (m_options.tune == TuneMode::Head) {
        std::set<int> videos;
        for (const FoldPlan::Fold &fold : m_plan.folds)
            if (m_options.onlyFolds.isEmpty() || m_options.onlyFolds.contains(fold.index)) {
                videos.insert(fold.training.begin(), fold.training.end());
                videos.insert(fold.heldOut.begin(), fold.heldOut.end());
            }
        for (int v : videos)
            m_featureFramesPlanned += qint64(m_snapshot.videos[size_t(v)].labels.size());
        m_featureFramesPlanned *= qint64(m_options.models.size() * m_options.streams.size());
    }
    m_timeLeft.start();
    m_clock.start();
    for (const FoldPlan::Fold &fold : m_plan.folds) {
        if (!m_options.onlyFolds.isEmpty() && !m_options.onlyFolds.contains(fold.index))
            continue;
        if (cancelled())
            return fail(Tr::tr("The run was cancelled; resume it with --resume."), error);
        QJsonObject foldEvent{{QStringLiteral("fold"), fold.index},
                              {QStringLiteral("folds"), int(m_plan.folds.size())},
                              {QStringLiteral("recording"), fold.recording}};
        if (fold.trainsOnAll())
            foldEvent.insert(QStringLiteral("allRecordings"), true);
        emitEvent(QStringLiteral("fold"), foldEvent);
        if (!runFold(fold, &why))
            return fail(cancelled() ? Tr::tr("The run was cancelled; resume it with --resume.")
                                    : why,
                        error);
    }
    addTime(QStringLiteral("total"), secondsSince(started));
    m_manifest.insert(QStringLiteral("status"), QStringLiteral("done"));
    m_manifest.insert(QStringLiteral("finished"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_manifest.insert(QStringLiteral("time"), m_timings);
    m_manifest.insert(QStringLiteral("trainings"), m_trainings);
    if (!writeManifest(&why))
        return fail(why, error);
    return true;
}

} // namespace ethoscribe
