// SPDX-License-Identifier: GPL-3.0-or-later
#include <torch/torch.h>

#include "analysis/InferenceEngine.h"

#include "analysis/WindowPlan.h"
#include "checkpoint/CheckpointFile.h"
#include "flow/FlowCache.h"
#include "flow/FlowComputation.h"
#include "net/Sha256.h"
#include "nets/CpuMemoryPool.h"
#include "nets/QuantizedNetwork.h"
#include "nets/TorchRuntime.h"
#include "nets/VideoNetwork.h"
#include "training/FramePredictor.h"
#include "training/FrameStore.h"
#include "video/VideoReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InferenceEngine)
};

QString streamTitle(const QString &arch, const QString &stream)
{
    const QString a = arch == QLatin1String("i3d") ? QStringLiteral("I3D")
                                                     : QStringLiteral("R(2+1)D");
    return a + QLatin1Char(' ')
           + (stream == QLatin1String("flow") ? Tr::tr("flow") : Tr::tr("RGB"));
}

// Frames each side of a block read with it, so that every window of the block's frames (8 before,
// 7 after; dense passes reach 8 further) sees real frames rather than repeated block edges.
constexpr qint64 kMargin = 16;

} // namespace

// A model file loaded on the worker thread.
struct InferenceEngine::Loaded
{
    std::shared_ptr<nets::VideoNetworkImpl> network;
    AnalysisModel model; // with architecture, stream and hash filled in
    QStringList classes;
    int resize = 0;
    int crop = 0;
    // Frozen copies of the network for its most frequent pass shapes (CPU): the weights of a
    // loaded file never change.
    std::shared_ptr<FrozenPasses> frozen = std::make_shared<FrozenPasses>();
    // Its 16-bit copy, made by the first job that asks for one (on that job's device).
    std::shared_ptr<Float16Passes> float16;
};

InferenceEngine::InferenceEngine(QObject *parent)
    : AnalysisService(parent)
{
    qRegisterMetaType<ethoscribe::AnalysisModel>();
    qRegisterMetaType<ethoscribe::AnalysisTimes>();
    qRegisterMetaType<QList<ethoscribe::AnalysisModel>>();
    qRegisterMetaType<QList<QStringList>>();
    qRegisterMetaType<QVector<float>>();
    m_thread.setObjectName(QStringLiteral("InferenceEngine"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

InferenceEngine::~InferenceEngine()
{
    cancelAll();
    QMetaObject::invokeMethod(m_worker, [this] { m_networks.clear(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void InferenceEngine::setBlockFrames(int frames)
{
    m_blockFrames = std::max(16, frames);
}

int InferenceEngine::denseOutputsPerPass(qint64 blockFrames)
{
    const qint64 step = WindowPlan::kDenseStep;
    const qint64 outputs = (std::max<qint64>(1, blockFrames) - 1 + step - 1) / step + 1;
    const qint64 passes = (outputs + kDenseOutputs - 1) / kDenseOutputs;
    return int((outputs + passes - 1) / passes);
}

quint64 InferenceEngine::start(const AnalysisRequest &request)
{
    Job job;
    {
        QMutexLocker lock(&m_mutex);
        job.id = m_next++;
        job.request = request;
        m_active[job.id] = job.cancel;
        m_queue.push_back(job);
    }
    QMetaObject::invokeMethod(m_worker, [this] { drain(); }, Qt::QueuedConnection);
    return job.id;
}

void InferenceEngine::cancel(quint64 job)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_active.find(job); it != m_active.end())
        it->second->store(true);
}

void InferenceEngine::cancelAll()
{
    QMutexLocker lock(&m_mutex);
    for (auto &entry : m_active)
        entry.second->store(true);
}

bool InferenceEngine::describe(const QString &path, AnalysisModel *model, QString *error) const
{
    Checkpoint description;
    QString why;
    if (!CheckpointFile::readDescription(path, &description, &why)) {
        *error = Tr::tr("The model file %1 cannot be used: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    const QString hash = Sha256::ofFile(path, &why);
    if (hash.isEmpty()) {
        *error = why;
        return false;
    }
    model->path = QFileInfo(path).absoluteFilePath();
    model->architecture = QString::fromStdString(nets::toString(description.spec.architecture));
    model->stream = QString::fromStdString(nets::toString(description.spec.stream));
    model->classes = description.spec.behaviors;
    model->hash = hash;
    return true;
}

void InferenceEngine::drain()
{
    static thread_local bool initialised = false;
    if (!initialised) {
        at::init_num_threads();
        initialised = true;
    }
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_queue.empty()) {
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
        }
        if (!job.id) {
            // Idle: a window waiting for the next analysis holds none of this one's activations.
            nets::CpuMemoryPool::instance().trim();
            return;
        }
        if (job.cancel->load()) {
            Q_EMIT failed(job.id, Tr::tr("The analysis was cancelled before it started."));
        } else {
            try {
                run(job);
            } catch (const c10::Error &e) {
                // LibTorch's what() carries a C++ backtrace: never show that to a user.
                Q_EMIT failed(job.id,
                              Tr::tr("The analysis of %1 stopped because the network failed: %2")
                                      .arg(QDir::toNativeSeparators(job.request.videoPath),
                                           QString::fromStdString(e.what_without_backtrace())));
            } catch (const std::exception &e) {
                Q_EMIT failed(job.id,
                              Tr::tr("The analysis of %1 stopped because of an internal error: %2")
                                      .arg(QDir::toNativeSeparators(job.request.videoPath),
                                           QString::fromStdString(e.what())));
            }
        }
        QMutexLocker lock(&m_mutex);
        m_active.erase(job.id);
    }
}

void InferenceEngine::run(Job &job)
{
    const AnalysisRequest &r = job.request;
    const std::atomic_bool *cancel = job.cancel.get();
    QElapsedTimer clock;
    clock.start();
    AnalysisTimes times;
    // Adds the time since `since` to *to.
    auto account = [&](qint64 since, double *to) {
        *to += double(clock.nsecsElapsed() - since) / 1e9;
    };
    auto fail = [&](const QString &message) { Q_EMIT failed(job.id, message); };
    auto cancelled = [&] {
        fail(Tr::tr("The analysis of %1 was cancelled; what was finished is kept.")
                     .arg(QDir::toNativeSeparators(r.videoPath)));
    };

    // 0 is every core, as ethoscribe-cli counts them. LibTorch's own default would be the
    // physical cores its CPU detection finds, which on some virtual machines is fewer than the
    // cores the system gives the process (1 of 2 on the machine the benchmarks ran on).
    nets::TorchRuntime::setThreads(r.options.threads > 0 ? r.options.threads
                                                         : QThread::idealThreadCount());
    torch::Device device(torch::kCPU);
    try {
        device = nets::TorchRuntime::parseDevice(r.options.device.toStdString());
    } catch (const std::exception &e) {
        return fail(QString::fromStdString(e.what()));
    }

    // The networks, loaded once per file (and content).
    std::vector<std::shared_ptr<Loaded>> models;
    QList<AnalysisModel> resolved;
    QList<QStringList> classNames;
    for (const AnalysisModel &m : r.models) {
        QString error;
        QString hash = m.hash;
        if (hash.isEmpty()) {
            hash = Sha256::ofFile(m.path, &error);
            if (hash.isEmpty())
                return fail(Tr::tr("The model file %1 cannot be read: %2")
                                    .arg(QDir::toNativeSeparators(m.path), error));
        }
        const QString key = QFileInfo(m.path).absoluteFilePath() + QLatin1Char('|') + hash;
        std::shared_ptr<Loaded> &slot = m_networks[key];
        if (!slot) {
            Checkpoint checkpoint;
            if (!CheckpointFile::load(m.path, &checkpoint, &error)) {
                m_networks.erase(key);
                return fail(Tr::tr("The model file %1 cannot be used: %2")
                                    .arg(QDir::toNativeSeparators(m.path), error));
            }
            auto loaded = std::make_shared<Loaded>();
            loaded->network = checkpoint.makeNetwork(&error);
            if (!loaded->network) {
                m_networks.erase(key);
                return fail(Tr::tr("The model file %1 cannot be used: %2")
                                    .arg(QDir::toNativeSeparators(m.path), error));
            }
            loaded->network->to(device);
            loaded->network->eval();
            loaded->model = m;
            loaded->model.hash = hash;
            loaded->model.architecture
                    = QString::fromStdString(nets::toString(checkpoint.spec.architecture));
            loaded->model.stream = QString::fromStdString(nets::toString(checkpoint.spec.stream));
            loaded->classes = checkpoint.spec.behaviors;
            const QJsonObject transform
                    = checkpoint.extra.value(QStringLiteral("transform")).toObject();
            loaded->crop = transform.value(QStringLiteral("crop")).toInt(checkpoint.spec.inputSize);
            loaded->resize = transform.value(QStringLiteral("resize"))
                                     .toInt((loaded->crop * 8 + 6) / 7);
            slot = loaded;
        }
        if ((!m.architecture.isEmpty() && m.architecture != slot->model.architecture)
            || (!m.stream.isEmpty() && m.stream != slot->model.stream))
            return fail(Tr::tr("The model file %1 holds a %2 network, not %3 %4 as asked.")
                                .arg(QDir::toNativeSeparators(m.path),
                                     streamTitle(slot->model.architecture, slot->model.stream),
                                     m.architecture,
                                     m.stream));
        models.push_back(slot);
        resolved.append(slot->model);
        classNames.append(slot->classes);
    }
    Q_EMIT modelsResolved(job.id, resolved, classNames);

    // 8-bit copies: one per model and video, calibrated on the first block that model predicts.
    std::vector<std::shared_ptr<QuantizedPasses>> quantized(models.size());
    if (r.options.precision == NetworkPrecision::Int8 && device.is_cpu()) {
        std::string why;
        if (!nets::QuantizedNetwork::isAvailable(&why))
            return fail(Tr::tr("The networks cannot run in 8-bit integers with this LibTorch (%1). "
                               "Analyse in 32-bit floating point instead.")
                                .arg(QString::fromStdString(why)));
        for (auto &q : quantized)
            q = std::make_shared<QuantizedPasses>();
    }
    // 16-bit copies: one per loaded model file, kept with it for later jobs.
    std::vector<std::shared_ptr<Float16Passes>> float16(models.size());
    if (r.options.precision == NetworkPrecision::Float16) {
        std::string why;
        if (!nets::TorchRuntime::float16Supported(device, &why))
            return fail(Tr::tr("The networks cannot run in 16-bit floating point here: %1. "
                               "Analyse in 32-bit floating point instead.")
                                .arg(QString::fromStdString(why)));
        for (size_t i = 0; i < models.size(); ++i) {
            std::shared_ptr<Float16Passes> &copy = models[i]->float16;
            if (!copy || copy->device() != device)
                copy = std::make_shared<Float16Passes>(*models[i]->network, device);
            float16[i] = copy;
        }
    }

    VideoReader reader;
    reader.setInterruptCheck([cancel] { return cancel->load(); });
    QString error;
    if (!reader.open(r.videoPath, &error))
        return fail(Tr::tr("The video %1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(r.videoPath), error));
    const qint64 frames = reader.info().frameCount;
    if (frames < 1)
        return fail(
                Tr::tr("The video %1 has no frames.").arg(QDir::toNativeSeparators(r.videoPath)));

    // Frames each model still needs.
    std::vector<std::vector<bool>> needed(models.size());
    for (size_t i = 0; i < models.size(); ++i) {
        const bool all = int(i) >= r.missing.size() || r.missing[int(i)].isEmpty();
        needed[i].assign(size_t(frames), all);
        if (!all)
            for (const FrameRange &range : r.missing[int(i)])
                for (qint64 f = std::max<qint64>(0, range.first);
                     f < std::min(frames, range.first + range.count);
                     ++f)
                    needed[i][size_t(f)] = true;
    }

    // Optical flow first, when a flow model needs it.
    FlowCache flow;
    const bool wantsFlow = std::any_of(models.begin(), models.end(), [](const auto &m) {
        return m->model.stream == QLatin1String("flow");
    });
    if (wantsFlow) {
        if (r.options.flowCachePath.isEmpty())
            return fail(Tr::tr("A flow model needs the video's optical flow, but no place for its "
                               "cache was given."));
        FlowOptions flowOptions;
        flowOptions.method = r.options.flowMethod;
        QString stage = Tr::tr("Optical flow");
        auto progress = [&](qint64 done, qint64 total) {
            Q_EMIT this->progress(job.id, done, total, stage);
        };
        // Another program computing the same flow (a Retrain run, the command line): its
        // progress is shown under a stage that says so.
        auto waiting = [&](const QString &holder) {
            stage = holder.isEmpty() ? Tr::tr("Optical flow")
                                     : Tr::tr("Optical flow, computed by %1").arg(holder);
        };
        const qint64 flowStart = clock.nsecsElapsed();
        const bool flowReady = FlowComputation::ensure(r.videoPath,
                                                       r.contentHash,
                                                       r.options.flowCachePath,
                                                       flowOptions,
                                                       progress,
                                                       job.cancel.get(),
                                                       &error,
                                                       waiting);
        account(flowStart, &times.flow);
        if (!flowReady) {
            if (cancel->load())
                return cancelled();
            return fail(error);
        }
        if (!flow.open(r.options.flowCachePath, &error))
            return fail(error);
    }

    // Blocks of the video in order; each block's frames are read once per stream and size.
    const qint64 block = m_blockFrames.load();
    const int denseOutputs = denseOutputsPerPass(block);
    const qint64 blocks = (frames + block - 1) / block;
    const qint64 total = blocks * qint64(models.size());
    qint64 done = 0;
    for (qint64 a = 0; a < frames; a += block) {
        const qint64 b = std::min(frames, a + block);
        const qint64 lo = std::max<qint64>(0, a - kMargin);
        const qint64 hi = std::min(frames, b + kMargin);
        std::map<std::pair<bool, int>, FrameStore> stores; // (flow, resize) -> frames [lo, hi)
        for (size_t i = 0; i < models.size(); ++i) {
            if (cancel->load())
                return cancelled();
            const Loaded &m = *models[i];
            const auto from = needed[i].begin() + a;
            const auto to = needed[i].begin() + b;
            if (std::find(from, to, true) == to) {
                ++done;
                continue;
            }
            const bool isFlow = m.model.stream == QLatin1String("flow");
            const QString stage = streamTitle(m.model.architecture, m.model.stream);
            Q_EMIT progress(job.id, done, total, stage);
            auto key = std::make_pair(isFlow, m.resize);
            auto found = stores.find(key);
            if (found == stores.end()) {
                const qint64 readStart = clock.nsecsElapsed();
                FrameStore store;
                const bool ok = isFlow ? store.loadFlowRange(flow, lo, hi - lo, m.resize, &error)
                                       : store.loadRgbRange(
                                               reader, lo, hi - lo, m.resize, cancel, &error);
                if (!ok) {
                    if (cancel->load())
                        return cancelled();
                    return fail(Tr::tr("Frames %1 to %2 of %3 cannot be read: %4")
                                        .arg(lo)
                                        .arg(hi - 1)
                                        .arg(QDir::toNativeSeparators(r.videoPath), error));
                }
                found = stores.emplace(key, std::move(store)).first;
                account(readStart, &times.frames);
            }
            const qint64 networkStart = clock.nsecsElapsed();
            FramePredictor predictor(
                    *m.network, device, m.resize, m.crop, std::max(1, r.options.batchSize));
            predictor.setWindows(r.options.mode == WindowMode::Dense, r.options.stride);
            predictor.setDenseOutputs(denseOutputs);
            // Rows for the block's own frames; the margins only feed its edge windows.
            predictor.setFrames(a - lo, b - a);
            predictor.setFrozenPasses(m.frozen);
            predictor.setQuantizedPasses(quantized[i]);
            predictor.setFloat16Passes(float16[i]);
            std::vector<float> rows;
            if (!predictor.probabilities(found->second, {}, cancel, &rows, &error)) {
                if (cancel->load())
                    return cancelled();
                return fail(error);
            }
            account(networkStart, &times.networks);
            const int classes = int(m.classes.size());
            // Deliver the needed runs of [a, b).
            for (qint64 f = a; f < b;) {
                if (!needed[i][size_t(f)]) {
                    ++f;
                    continue;
                }
                qint64 e = f;
                while (e < b && needed[i][size_t(e)])
                    ++e;
                const auto begin = rows.begin() + (f - a) * classes;
                Q_EMIT rowsReady(job.id, int(i), f, e - f, QVector<float>(begin, begin + (e - f) * classes));
                f = e;
            }
            ++done;
        }
        Q_EMIT progress(job.id, done, total, Tr::tr("Analysis"));
    }
    times.total = double(clock.nsecsElapsed()) / 1e9;
    Q_EMIT timesMeasured(job.id, times);
    Q_EMIT finished(job.id, times.total);
}

} // namespace ethoscribe
