// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisService.h"

#include <QMutex>
#include <QThread>

#include <atomic>
#include <deque>
#include <map>
#include <memory>

namespace ethoscribe {

// AnalysisService with LibTorch: one worker thread owns the networks (loaded once per model file
// and kept for later jobs) and runs the jobs one after the other. For each job it computes what is
// missing: the optical flow when a flow model asks for it and the cache is not complete (then
// kept in the cache), then every model over blocks of the video read in order by its own
// decoder (never the display cache), with the transform the model was trained with (square
// resize, centre crop) and the chosen windows (WindowPlan). Rows are delivered per block as they
// are ready.
class InferenceEngine : public AnalysisService
{
    Q_OBJECT
public:
    explicit InferenceEngine(QObject *parent = nullptr);
    ~InferenceEngine() override; // cancels every job and waits for the worker

    quint64 start(const AnalysisRequest &request) override;
    void cancel(quint64 job) override;
    void cancelAll() override;
    bool describe(const QString &path, AnalysisModel *model, QString *error) const override;

    // Frames per block (default 504): rows arrive this many at a time.
    void setBlockFrames(int frames);
    // Most outputs of one dense pass (WindowPlan): a pass of 8 * (n + 1) frames gives n of them.
    // Longer passes share more work but hold more memory and take longer to trace; measured with
    // the four full-size networks, 16 gained little over 8 for 1.3 GB more (docs/BENCHMARKS.md,
    // "Dense passes in the engine").
    static constexpr int kDenseOutputs = 8;
    // Outputs per dense pass for blocks of `blockFrames`: a block's outputs (centres every 8
    // frames up to the one at or past its last frame) in as few equal passes as kDenseOutputs
    // allows (504 frames: 64 outputs, 8 passes of 8).
    static int denseOutputsPerPass(qint64 blockFrames);

private:
    struct Job
    {
        quint64 id = 0;
        AnalysisRequest request;
        std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    };
    void drain(); // on the worker thread
    void run(Job &job);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread: queued calls run there
    QMutex m_mutex;
    std::deque<Job> m_queue;
    std::map<quint64, std::shared_ptr<std::atomic_bool>> m_active; // queued or running
    quint64 m_next = 1;
    // 63 x 8 frames: the dense outputs of a block (its frames and the next block's first) are
    // then 64, passes of kDenseOutputs that all have the same shape.
    std::atomic_int m_blockFrames{504};
    struct Loaded;
    std::map<QString, std::shared_ptr<Loaded>> m_networks; // worker thread only
};

} // namespace ethoscribe
