// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fusion/FrameRange.h"
#include "fusion/FusionOutput.h"
#include "fusion/FusionParameters.h"

#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QThreadPool;

namespace ethoscribe {

class PredictionTrack;

// Fuses the per-frame probabilities of up to four streams of one video - I3D and R(2+1)D, each on
// RGB and optical flow - into one set of probabilities, labels, confidences and flags
// (FusionOutput), and keeps it up to date while rows arrive and while the sliders move.
//
// Fusion at a frame, with w = rgbWeight and m = modelMix:
//   network n:  F_n = (w * p_n,rgb + (1 - w) * p_n,flow) / (sum of the weights of the streams
//               present), over the streams of n that are connected and have a row at the frame;
//               undefined when none of them has a positive weight;
//   fused:      F = (m * F_i3d + (1 - m) * F_r2plus1d) / (sum of the weights of the networks
//               defined there), the same way.
// So a stream that has no row for a frame yet is left out and the weights of the others are
// renormalised - never averaged with zeros - and the frame is flagged Partial. A frame where no
// input with a positive weight has a row is not predicted. With all inputs present this is exactly
// the paper's weighted mean. The label is the argmax of F (the first class on a tie), then
// smoothed (LabelSmoothing: a majority filter of medianWidth frames, then bouts shorter than
// minBoutFrames merged), both inside runs of predicted frames only.
//
// Disagreement compares the two networks' F_n where both are defined; where only one network is,
// it compares that network's RGB and flow rows when both exist. It describes the inputs, so it
// does not depend on modelMix (but F_n depends on rgbWeight).
//
// The inputs are not copied: a connected PredictionTrack must stay alive, and keep its frame count
// and classes, until it is disconnected. After rows of an input change, call updateRange(); after
// connecting or disconnecting, recompute(). Not thread-safe; recompute() itself runs on several
// threads of a QThreadPool.
class FusionModel
{
public:
    enum class Network { I3d = 0, R2Plus1d = 1 };
    enum class Stream { Rgb = 0, Flow = 1 };

    FusionModel();
    ~FusionModel();
    FusionModel(const FusionModel &) = delete;
    FusionModel &operator=(const FusionModel &) = delete;

    // "i3d", "r2plus1d" (the names of TrackRecord::model and of the cross-validation files),
    // case-insensitive.
    static std::optional<Network> networkFromName(const QString &name);
    // "rgb", "flow", case-insensitive.
    static std::optional<Stream> streamFromName(const QString &name);

    // Connects track as the input (network, stream), or disconnects it with nullptr. Every
    // connected track must have the same frame count and class names (in order); otherwise
    // returns false, explains why in *error and changes nothing. Call recompute() afterwards.
    bool setInput(Network network,
                  Stream stream,
                  const PredictionTrack *track,
                  QString *error = nullptr);
    const PredictionTrack *input(Network network, Stream stream) const;
    int inputCount() const;
    // Frame count and classes of the connected inputs (0 / empty when none is).
    qint64 frameCount() const { return m_frameCount; }
    const QStringList &classNames() const { return m_classNames; }

    // Fuses every frame with params. False (and *error) when params are invalid: then nothing
    // changes. With no input connected the output is empty.
    bool recompute(const FusionParameters &params, QString *error = nullptr);
    // Rows [first, first + count) of one or more inputs changed: fuses them again with the current
    // parameters, and smooths again what that can change. Returns the frames whose output may
    // have changed (a superset of the given range when smoothing is on). Does a full recompute()
    // first when there was none since the inputs changed.
    FrameRange updateRange(qint64 first, qint64 count);
    const FusionParameters &parameters() const { return m_params; }
    const FusionOutput &output() const { return m_output; }

    // Threads used by recompute(): 0 (default) = QThreadPool::globalInstance(); 1 = only the
    // calling thread; n > 1 = a pool of this model limited to n threads.
    void setMaxThreads(int threads);

    // Two-stream fusion of two tracks with the same frame count and classes, into out (whose
    // memory is reused): p = (wa * p_a + wb * p_b) / (wa + wb) where both are predicted; where only
    // one is, its row if its weight is positive; otherwise not predicted. The weights must be
    // non-negative and not both zero. Returns false (and *error) on mismatch or bad weights.
    // CvEvaluation's sweep uses it; the two-level fusion above uses the same arithmetic.
    static bool fusePair(PredictionTrack &out,
                         const PredictionTrack &a,
                         const PredictionTrack &b,
                         double wa,
                         double wb,
                         QString *error = nullptr);

private:
    struct Plan;
    static constexpr int kInputs = 4; // index = network * 2 + stream

    Plan makePlan();
    void fuseFrames(const Plan &plan, qint64 first, qint64 end) const;
    void fuseParallel(const Plan &plan, qint64 first, qint64 end);
    // Runs work over [first, end) in blocks on the thread pool (or at once on this thread).
    void forBlocks(qint64 first, qint64 end, const std::function<void(const FrameRange &)> &work);
    void resizeOutput();
    bool smoothingOn() const { return m_params.medianWidth > 1 || m_params.minBoutFrames > 1; }
    FrameRange smooth(qint64 first, qint64 end);

    std::array<const PredictionTrack *, kInputs> m_inputs{};
    qint64 m_frameCount = 0;
    QStringList m_classNames;
    FusionParameters m_params;
    FusionOutput m_output;
    bool m_computed = false;
    std::vector<std::int32_t> m_argmax;   // labels before smoothing (used when smoothing is on)
    std::vector<std::int32_t> m_filtered; // after the majority filter (when medianWidth > 1)
    int m_maxThreads = 0;
    QThreadPool *m_ownPool = nullptr;
};

} // namespace ethoscribe
