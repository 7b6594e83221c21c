// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowMethod.h"
#include "fusion/FrameRange.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ethoscribe {

// One trained network to run on a video: an Ethoscribe model file. The engine fills in what the
// caller leaves empty (architecture, stream and classes come from the file).
struct AnalysisModel
{
    QString path;         // model file (.safetensors, see 'model import' / 'train')
    QString architecture; // "i3d" | "r2plus1d"
    QString stream;       // "rgb" | "flow"
    QString hash;         // SHA-256 of the file: with the video's content hash, the key of results
    QStringList classes;  // behaviors in output order (filled by describe(); optional in requests)
};

// Where the 16-frame windows are placed.
enum class WindowMode {
    Stride, // one window every `stride` frames (1 = the paper), frames in between interpolated
    Dense,  // one pass over long segments shares the convolutions of overlapping windows: one
            // output every 8 frames, frames in between interpolated
};

// The arithmetic of the networks.
enum class NetworkPrecision {
    Float32, // the networks as trained
    Float16, // 16-bit floating-point copies: bfloat16 on processors with bfloat16
             // instructions (AVX-512 BF16, AMX), half precision on CUDA; faster, about 1 label
             // in 100 moved with the demo models on the CPU (docs/BENCHMARKS.md); refused on
             // devices without 16-bit arithmetic
    Int8,    // 8-bit integer copies (nets::QuantizedNetwork; the processor only, CUDA computes
             // in Float32), calibrated on each video's first block: several times faster on
             // CPUs with 8-bit dot products (AVX-512 VNNI, AVX-VNNI); how far their labels move
             // is measured in docs/BENCHMARKS.md
};

// A precision's name in settings and on the command line: float32, float16 or int8.
inline QString precisionName(NetworkPrecision precision)
{
    switch (precision) {
    case NetworkPrecision::Float16:
        return QStringLiteral("float16");
    case NetworkPrecision::Int8:
        return QStringLiteral("int8");
    case NetworkPrecision::Float32:
        break;
    }
    return QStringLiteral("float32");
}

// The precision of a name of precisionName() (any case); false when the name is none of them.
inline bool parsePrecision(const QString &name, NetworkPrecision *precision)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("float32"))
        *precision = NetworkPrecision::Float32;
    else if (n == QLatin1String("float16"))
        *precision = NetworkPrecision::Float16;
    else if (n == QLatin1String("int8"))
        *precision = NetworkPrecision::Int8;
    else
        return false;
    return true;
}

struct AnalysisOptions
{
    // Default: every 4th frame's window, the others blended (measured: 99.6% of the fused labels
    // of stride 1, see docs/BENCHMARKS.md "Window placement").
    WindowMode mode = WindowMode::Stride;
    int stride = 4;            // Stride mode only
    int threads = 0;           // CPU threads for the networks; 0 = all cores
    int batchSize = 4;         // clips (Stride) or segments (Dense) per forward pass
    QString device = QStringLiteral("auto"); // auto (CUDA when available), cpu, cuda, cuda:N
    FlowMethod flowMethod = FlowMethod::TvL1; // when flow must be computed
    QString flowCachePath;     // the video's flow cache (FlowCache::pathFor); needed for flow
    NetworkPrecision precision = NetworkPrecision::Float32;
};

// Where the time of a finished job went: seconds of wall-clock on the engine's thread.
struct AnalysisTimes
{
    double total = 0;
    double flow = 0;     // computing the video's optical flow (or finding it in its cache)
    double frames = 0;   // decoding and resizing video frames, reading cached flow
    double networks = 0; // the networks' passes (softmax and blending between windows included)
};

// What to analyse: a video and the networks to run on it. `missing` lists, per model (same
// index), the frames that still need predictions (empty list: every frame), so that a resumed
// analysis computes only what a killed one did not store.
struct AnalysisRequest
{
    QString videoPath;
    QString contentHash; // the video's content hash (ContentHash.h)
    QList<AnalysisModel> models;
    QList<QList<FrameRange>> missing;
    AnalysisOptions options;
};

// Analysis of videos in the background, with plain values only, so that the GUI and the core
// never see LibTorch: models/ implements it with worker threads that own the networks, app/
// wires the implementation in. Jobs run one after the other in the order they were started.
// Signals are emitted from the worker thread: connect with queued connections (the default
// across threads) and never block in a slot.
class AnalysisService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AnalysisService() override = default;

    // Queues a job and returns its id (ids are never reused within one service).
    virtual quint64 start(const AnalysisRequest &request) = 0;
    // Stops a job (queued or running) as soon as possible; it ends with failed(job, ...) saying
    // it was cancelled. Rows delivered before stay valid.
    virtual void cancel(quint64 job) = 0;
    virtual void cancelAll() = 0;

    // Reads what a model file is (architecture, stream, classes) and its SHA-256 into *model
    // (model->path is set to the absolute path). Reads the whole file to hash it: call it off the
    // GUI thread for large models. Thread-safe. False with a plain-language *error when the file
    // is not a usable model.
    virtual bool describe(const QString &path, AnalysisModel *model, QString *error) const = 0;

Q_SIGNALS:
    // The engine has read the model files of a job: per model (request order), its architecture,
    // stream and class names in output order.
    void modelsResolved(quint64 job, const QList<ethoscribe::AnalysisModel> &models,
                        const QList<QStringList> &classNames);
    // Probabilities of frames [first, first + count) for the job's model `model` (index in the
    // request): count x classes floats, row-major, each row summing to 1.
    void rowsReady(quint64 job, int model, qint64 first, qint64 count, const QVector<float> &rows);
    // Work done so far, `stage` in plain words ("Optical flow", "I3D RGB", ...).
    void progress(quint64 job, qint64 done, qint64 total, const QString &stage);
    // Where the job's time went; emitted just before finished().
    void timesMeasured(quint64 job, const ethoscribe::AnalysisTimes &times);
    void finished(quint64 job, double seconds);
    void failed(quint64 job, const QString &message);
};

} // namespace ethoscribe

Q_DECLARE_METATYPE(ethoscribe::AnalysisModel)
Q_DECLARE_METATYPE(ethoscribe::AnalysisTimes)
