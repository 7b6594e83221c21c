// SPDX-License-Identifier: GPL-3.0-or-later
#include <torch/torch.h>

#include "ModelTestUtil.h"
#include "VideoTestUtil.h"
#include "analysis/InferenceEngine.h"
#include "checkpoint/CheckpointFile.h"
#include "flow/FlowCache.h"
#include "flow/FlowCacheLock.h"
#include "nets/CpuMemoryPool.h"
#include "nets/QuantizedNetwork.h"
#include "nets/TorchRuntime.h"
#include "training/FramePredictor.h"
#include "training/FrameStore.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <optional>

using namespace ethoscribe;

namespace {

const QStringList kClasses{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};

QString saveModel(const QString &dir, nets::Architecture arch, nets::Stream stream, int seed)
{
    const QString name = QStringLiteral("%1_%2_%3.safetensors")
                                 .arg(QString::fromStdString(nets::toString(arch)),
                                      QString::fromStdString(nets::toString(stream)))
                                 .arg(seed);
    return testutil::saveTinyModel(QDir(dir).filePath(name), arch, stream, kClasses, seed);
}

struct Collected
{
    std::map<int, std::vector<float>> rows; // per model, frames x classes (NaN = not delivered)
    std::map<int, int> deliveries;
    QString failure;
    bool finished = false;
    QList<AnalysisModel> models;
    std::optional<AnalysisTimes> times; // arrived before finished()
};

// Runs one job to its end and collects what it delivered.
Collected runJob(InferenceEngine &engine, const AnalysisRequest &request, qint64 frames,
                 bool cancelAtFirstRows = false)
{
    Collected c;
    QEventLoop loop;
    quint64 id = 0;
    QObject context;
    QObject::connect(&engine, &AnalysisService::modelsResolved, &context,
                     [&](quint64, const QList<AnalysisModel> &models, const QList<QStringList> &) {
                         c.models = models;
                     });
    QObject::connect(&engine, &AnalysisService::rowsReady, &context,
                     [&](quint64 job, int model, qint64 first, qint64 count,
                         const QVector<float> &rows) {
                         auto &v = c.rows[model];
                         if (v.empty())
                             v.assign(size_t(frames) * 3, std::nanf(""));
                         std::copy(rows.begin(), rows.end(), v.begin() + first * 3);
                         QCOMPARE(qint64(rows.size()), count * 3);
                         ++c.deliveries[model];
                         if (cancelAtFirstRows)
                             engine.cancel(job);
                     });
    QObject::connect(&engine,
                     &AnalysisService::timesMeasured,
                     &context,
                     [&](quint64 job, const AnalysisTimes &times) {
                         if (job == id && !c.finished)
                             c.times = times;
                     });
    QObject::connect(
            &engine, &AnalysisService::finished, &context, [&](quint64 job, double seconds) {
                if (job == id) {
                    c.finished = true;
                    if (c.times)
                        QCOMPARE(seconds, c.times->total);
                    loop.quit();
                }
            });
    QObject::connect(&engine, &AnalysisService::failed, &context,
                     [&](quint64 job, const QString &message) {
                         if (job == id) {
                             c.failure = message;
                             loop.quit();
                         }
                     });
    id = engine.start(request);
    QTimer::singleShot(240000, &loop, &QEventLoop::quit);
    loop.exec();
    return c;
}

// How far one job's rows lie from another's: the largest probability difference, whether any
// differs at all, and the first frame not delivered (-1: every frame was).
struct RowsDifference
{
    float largest = 0;
    bool any = false;
    qint64 firstMissing = -1;
};

RowsDifference difference(const std::vector<float> &got, const std::vector<float> &want)
{
    RowsDifference d;
    for (size_t i = 0; i < got.size() && i < want.size(); ++i) {
        if (std::isnan(got[i])) {
            if (d.firstMissing < 0)
                d.firstMissing = qint64(i / 3);
            continue;
        }
        d.largest = std::max(d.largest, std::abs(got[i] - want[i]));
        d.any = d.any || got[i] != want[i];
    }
    return d;
}

} // namespace

class TestInferenceEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_video;
    QString m_rgbModel;
    QString m_flowModel;
    static constexpr int kFrames = 100;

    // The R(2+1)D RGB model over the test video, on the CPU.
    AnalysisRequest rgbRequest(WindowMode mode) const
    {
        AnalysisRequest r;
        r.videoPath = m_video;
        r.models.append(AnalysisModel{m_rgbModel, {}, {}, {}, {}});
        r.options.mode = mode;
        r.options.device = QStringLiteral("cpu");
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath(QStringLiteral("coded.avi"));
        VideoWriterSettings settings;
        settings.codec = QStringLiteral("mpeg4");
        settings.width = 64;
        settings.height = 48;
        QString error;
        QVERIFY2(testutil::writeCodedVideo(m_video, settings, kFrames, &error, 6),
                 qPrintable(error));
        m_rgbModel = saveModel(m_dir.path(), nets::Architecture::R2Plus1D, nets::Stream::Rgb, 1);
        m_flowModel = saveModel(m_dir.path(), nets::Architecture::I3D, nets::Stream::Flow, 2);
    }

    // Blocks with margins give exactly what one pass over the whole video gives.
    void blocksMatchAWholeVideoPass()
    {
        InferenceEngine engine;
        engine.setBlockFrames(32);
        AnalysisRequest r = rgbRequest(WindowMode::Stride);
        r.options.threads = 2;
        const Collected c = runJob(engine, r, kFrames);
        QVERIFY2(c.finished, qPrintable(c.failure));
        QCOMPARE(c.models.size(), 1);
        QCOMPARE(c.models[0].architecture, QStringLiteral("r2plus1d"));
        QCOMPARE(c.models[0].stream, QStringLiteral("rgb"));
        QCOMPARE(c.models[0].hash.size(), 64);
        QCOMPARE(c.deliveries.at(0), 4); // 100 frames in blocks of 32

        Checkpoint checkpoint;
        QString error;
        QVERIFY(CheckpointFile::load(m_rgbModel, &checkpoint, &error));
        auto net = checkpoint.makeNetwork(&error);
        QVERIFY(net);
        FrameStore store;
        QVERIFY(store.loadRgb(m_video, 28, 0, {}, nullptr, &error));
        FramePredictor predictor(*net, torch::kCPU, 28, 24, r.options.batchSize);
        std::vector<float> whole;
        QVERIFY(predictor.probabilities(store, {}, nullptr, &whole, &error));
        const std::vector<float> &got = c.rows.at(0);
        QCOMPARE(got.size(), whole.size());
        float worst = 0;
        for (size_t i = 0; i < got.size(); ++i)
            worst = std::max(worst, std::abs(got[i] - whole[i]));
        // Equal up to float summation order: 1e-7 seen alone, 1.7e-3 once under ctest -j2 (cause
        // not found yet: batch composition and thread timing change the kernels LibTorch picks).
        QVERIFY2(worst < 5e-3f, qPrintable(QString::number(worst)));
    }

    // With the programs' tensor pool installed, the worker gives its kept blocks back when its
    // queue is empty: a window that is not analysing holds none of the last job's activations.
    void idleWorkerGivesBackKeptMemory()
    {
        QVERIFY(nets::CpuMemoryPool::install());
        struct Uninstall
        {
            ~Uninstall() { nets::CpuMemoryPool::uninstall(); }
        } uninstall;
        nets::CpuMemoryPool &pool = nets::CpuMemoryPool::instance();
        pool.resetCounters();
        InferenceEngine engine;
        engine.setBlockFrames(32);
        AnalysisRequest r = rgbRequest(WindowMode::Stride);
        const Collected c = runJob(engine, r, kFrames);
        QVERIFY2(c.finished, qPrintable(c.failure));
        QVERIFY(pool.stats().hits > 0); // kept blocks served the later blocks of the video
        QTRY_COMPARE(pool.stats().keptBytes, size_t(0));
        QCOMPARE(pool.stats().keptBlocks, size_t(0));
    }

    // A block's dense outputs go through passes of one length (one traced copy serves them).
    void densePassesOfABlock()
    {
        QCOMPARE(InferenceEngine::kDenseOutputs, 8);
        QCOMPARE(InferenceEngine::denseOutputsPerPass(504), 8); // 64 outputs: 8 passes of 8
        QCOMPARE(InferenceEngine::denseOutputsPerPass(512), 8); // 65: 8 x 8, then 1
        QCOMPARE(InferenceEngine::denseOutputsPerPass(48), 7);  // centres 0 .. 48
        QCOMPARE(InferenceEngine::denseOutputsPerPass(16), 3);
        QCOMPARE(InferenceEngine::denseOutputsPerPass(1), 1);
        QCOMPARE(InferenceEngine::denseOutputsPerPass(100), 7); // 14 outputs: 7 + 7
    }

    // Dense mode and a flow model (flow computed into the cache first); only missing frames.
    void denseFlowAndMissingRanges()
    {
        InferenceEngine engine;
        engine.setBlockFrames(48);
        AnalysisRequest r;
        r.videoPath = m_video;
        r.contentHash = QStringLiteral("test-hash");
        r.models.append(AnalysisModel{m_rgbModel, {}, {}, {}, {}});
        r.models.append(
                AnalysisModel{m_flowModel, QStringLiteral("i3d"), QStringLiteral("flow"), {}, {}});
        r.missing.append(QList<FrameRange>{{10, 5}, {60, 30}});
        r.missing.append(QList<FrameRange>{});
        r.options.mode = WindowMode::Dense;
        r.options.device = QStringLiteral("cpu");
        r.options.threads = 1; // a second job that sets threads (LibTorch refused it once)
        r.options.flowMethod = FlowMethod::Dis;
        r.options.flowCachePath = m_dir.filePath(QStringLiteral("flow/coded.flow"));
        const Collected c = runJob(engine, r, kFrames);
        QVERIFY2(c.finished, qPrintable(c.failure));
        FlowCache cache;
        QString error;
        QVERIFY2(cache.open(r.options.flowCachePath, &error), qPrintable(error));
        QVERIFY(cache.isComplete());
        const std::vector<float> &rgb = c.rows.at(0);
        for (qint64 f = 0; f < kFrames; ++f) {
            const bool wanted = (f >= 10 && f < 15) || (f >= 60 && f < 90);
            QCOMPARE(!std::isnan(rgb[size_t(f) * 3]), wanted);
        }
        const std::vector<float> &flow = c.rows.at(1);
        for (qint64 f = 0; f < kFrames; ++f) {
            const float sum = flow[size_t(f) * 3] + flow[size_t(f) * 3 + 1] + flow[size_t(f) * 3 + 2];
            QVERIFY(std::abs(sum - 1.0f) < 1e-4f);
        }
        // Where the time went: each part measured, together not more than the whole.
        QVERIFY(c.times);
        const AnalysisTimes &t = *c.times;
        QVERIFY(t.flow > 0 && t.frames > 0 && t.networks > 0);
        QVERIFY2(t.flow + t.frames + t.networks <= t.total,
                 qPrintable(QStringLiteral("%1 + %2 + %3 of %4")
                                    .arg(t.flow)
                                    .arg(t.frames)
                                    .arg(t.networks)
                                    .arg(t.total)));
    }

    // The flow is being computed by another program (a Retrain run): the job says so in its
    // stage, delivers nothing meanwhile, and goes on when the other lets go.
    void waitsForFlowAnotherProgramComputes()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("flow/held.flow"));
        FlowCacheLock other(cachePath);
        QString error;
        QCOMPARE(other.tryLock(&error), FlowCacheLock::Outcome::Locked);
        InferenceEngine engine;
        AnalysisRequest r;
        r.videoPath = m_video;
        r.contentHash = QStringLiteral("held-hash");
        r.models.append(
                AnalysisModel{m_flowModel, QStringLiteral("i3d"), QStringLiteral("flow"), {}, {}});
        r.options.mode = WindowMode::Dense;
        r.options.device = QStringLiteral("cpu");
        r.options.flowMethod = FlowMethod::Dis;
        r.options.flowCachePath = cachePath;
        QStringList stages;
        bool waitingSeen = false;
        QObject context;
        connect(&engine,
                &AnalysisService::progress,
                &context,
                [&](quint64, qint64, qint64, const QString &stage) {
                    if (stages.isEmpty() || stages.last() != stage)
                        stages << stage;
                    if (!waitingSeen && stage.contains(QStringLiteral("computed by"))) {
                        waitingSeen = true;
                        // Let go a little later: nothing may be delivered before.
                        QTimer::singleShot(500, &context, [&] { other.unlock(); });
                    }
                });
        int rowsWhileHeld = 0;
        connect(&engine, &AnalysisService::rowsReady, &context, [&] {
            if (other.isLocked())
                ++rowsWhileHeld;
        });
        // Threads left at 0 (every core) after a job that asked for 1: the networks use every
        // core, not what the last job or LibTorch's own default (1 of 2 cores on some virtual
        // machines) left. Read on the worker thread, where the networks run.
        std::atomic_int workerThreads{0};
        connect(
                &engine,
                &AnalysisService::rowsReady,
                &context,
                [&] { workerThreads = at::get_num_threads(); },
                Qt::DirectConnection);
        const Collected c = runJob(engine, r, kFrames);
        QVERIFY2(c.finished, qPrintable(c.failure));
        QCOMPARE(workerThreads.load(), QThread::idealThreadCount());
        QVERIFY2(waitingSeen, qPrintable(stages.join(QLatin1Char('|'))));
        QVERIFY2(stages.first().contains(QStringLiteral("this computer")),
                 qPrintable(stages.first()));
        QCOMPARE(rowsWhileHeld, 0);
        FlowCache cache;
        QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
        QVERIFY(cache.isComplete());
        QCOMPARE(c.deliveries.at(0), 1);
    }

    // 8-bit networks: the job calibrates per model, delivers every frame, and stays close to the
    // float job (tiny random networks: their probabilities lie close together, so labels are not
    // compared here; the agreement on trained models is measured in docs/BENCHMARKS.md).
    void int8JobsStayCloseToFloat()
    {
        std::string why;
        if (!nets::QuantizedNetwork::isAvailable(&why))
            QSKIP(why.c_str());
        InferenceEngine engine;
        engine.setBlockFrames(48);
        AnalysisRequest r = rgbRequest(WindowMode::Dense);
        const Collected reference = runJob(engine, r, kFrames);
        QVERIFY2(reference.finished, qPrintable(reference.failure));
        r.options.precision = NetworkPrecision::Int8;
        const Collected c = runJob(engine, r, kFrames);
        QVERIFY2(c.finished, qPrintable(c.failure));
        const std::vector<float> &got = c.rows.at(0);
        const std::vector<float> &want = reference.rows.at(0);
        QCOMPARE(got.size(), want.size());
        const RowsDifference d = difference(got, want);
        QCOMPARE(d.firstMissing, qint64(-1));
        qInfo("largest probability difference: %.4f", double(d.largest));
        QVERIFY2(d.largest < 0.05f, qPrintable(QString::number(d.largest)));
        QVERIFY(d.any); // the job did run in integers
    }

    // 16-bit copies (bfloat16 on the CPU): both architectures (I3D pools in float on the CPU),
    // windows of both modes (full batches through frozen copies, the short last one eager), every
    // frame delivered and close to the float job. Where the processor has no bfloat16
    // instructions the job is refused with a message that says what to do.
    void float16JobsStayCloseToFloat()
    {
        const QString i3d = saveModel(m_dir.path(), nets::Architecture::I3D, nets::Stream::Rgb, 3);
        InferenceEngine engine;
        engine.setBlockFrames(48);
        for (const WindowMode mode : {WindowMode::Stride, WindowMode::Dense}) {
            AnalysisRequest r = rgbRequest(mode);
            r.models.append(AnalysisModel{i3d, {}, {}, {}, {}});
            const Collected reference = runJob(engine, r, kFrames);
            QVERIFY2(reference.finished, qPrintable(reference.failure));
            r.options.precision = NetworkPrecision::Float16;
            const Collected c = runJob(engine, r, kFrames);
            std::string why;
            if (!nets::TorchRuntime::float16Supported(torch::kCPU, &why)) {
                QVERIFY(!c.finished);
                QVERIFY2(c.failure.contains(QStringLiteral("32-bit floating point instead")),
                         qPrintable(c.failure));
                QSKIP(why.c_str());
            }
            QVERIFY2(c.finished, qPrintable(c.failure));
            for (int m = 0; m < 2; ++m) {
                const std::vector<float> &got = c.rows.at(m);
                const std::vector<float> &want = reference.rows.at(m);
                QCOMPARE(got.size(), want.size());
                const RowsDifference d = difference(got, want);
                QCOMPARE(d.firstMissing, qint64(-1));
                qInfo("%s, model %d: largest probability difference %.5f",
                      mode == WindowMode::Dense ? "dense" : "stride",
                      m,
                      double(d.largest));
                QVERIFY2(d.largest < 0.02f, qPrintable(QString::number(d.largest)));
                QVERIFY(d.any); // the job did run in 16 bits
            }
        }
    }

    void cancelKeepsDeliveredRows()
    {
        InferenceEngine engine;
        engine.setBlockFrames(16);
        AnalysisRequest r = rgbRequest(WindowMode::Stride);
        const Collected c = runJob(engine, r, kFrames, true);
        QVERIFY(!c.finished);
        QVERIFY2(c.failure.contains(QStringLiteral("cancelled")), qPrintable(c.failure));
        QVERIFY(c.deliveries.at(0) >= 1);
        QVERIFY(c.deliveries.at(0) < 7);
    }

    void badInputSaysWhy()
    {
        InferenceEngine engine;
        AnalysisRequest r;
        r.videoPath = m_video;
        const QString junk = m_dir.filePath(QStringLiteral("junk.safetensors"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a model");
        f.close();
        r.models.append(AnalysisModel{junk, {}, {}, {}, {}});
        Collected c = runJob(engine, r, kFrames);
        QVERIFY(!c.finished);
        QVERIFY2(c.failure.contains(QStringLiteral("cannot be used")), qPrintable(c.failure));

        // A flow model asked for as RGB.
        r.models = {
                AnalysisModel{m_flowModel, QStringLiteral("i3d"), QStringLiteral("rgb"), {}, {}}};
        c = runJob(engine, r, kFrames);
        QVERIFY2(c.failure.contains(QStringLiteral("not i3d rgb")), qPrintable(c.failure));

        // A video that is not one.
        r.models = {AnalysisModel{m_rgbModel, {}, {}, {}, {}}};
        r.videoPath = junk;
        c = runJob(engine, r, kFrames);
        QVERIFY2(c.failure.contains(QStringLiteral("cannot be read")), qPrintable(c.failure));
    }
};

QTEST_GUILESS_MAIN(TestInferenceEngine)
#include "test_inference_engine.moc"
