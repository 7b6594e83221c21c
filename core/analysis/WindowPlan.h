// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace ethoscribe {

// Where a network's 16-frame windows go on a video, and how every frame's prediction is made
// from their outputs. A window "centred" on frame c holds frames c-8 .. c+7 (the paper's window;
// frames before 0 and after the last repeat the first and the last frame).
//
// - stride(frames, s): one window every s frames (0, s, 2s, ...) and one on the last frame;
//   s = 1 is the paper's scheme. Frames in between blend their two neighbouring windows linearly.
// - dense(frames, n): the networks are convolutional in time up to their final pooling, so one
//   pass over a segment of 8(n+1) frames gives n outputs, one every 8 frames, each close to the
//   output of the 16-frame window centred there (VideoNetworkImpl::forwardDense). Centres are
//   0, 8, 16, ... up to the first one at or past the last frame; segments of n outputs cover
//   them (the last segment may be shorter), and frames in between are blended linearly.
//
// Both can plan only part of the frames, [first, first + count), for a reader that holds more
// frames than it wants predicted (the inference engine reads margins around each block so that
// the windows at its edges see real frames): stride centres are then first, first + s, ... and
// first + count - 1; dense centres are the multiples of 8 from the last one at or before `first`
// to the first one at or past first + count - 1. Frame numbers stay those of the whole.
class WindowPlan
{
public:
    // Frames of one network pass in dense mode: frames [firstFrame, firstFrame + frames) (clamped
    // to the video when read), giving the outputs of centres [firstCentre, firstCentre + outputs).
    struct Segment
    {
        qint64 firstFrame = 0;  // = centres()[firstCentre] - 8 (may be negative)
        int frames = 0;         // 8 * (outputs + 1)
        qint64 firstCentre = 0; // index into centres()
        int outputs = 0;
    };
    // Frame f = (1 - weight) * output[left] + weight * output[right] (indexes into centres()).
    struct Blend
    {
        qint64 left = 0;
        qint64 right = 0;
        float weight = 0.0f;
    };

    static constexpr int kClipFrames = 16;
    static constexpr int kDenseStep = 8; // frames between dense outputs

    static WindowPlan stride(qint64 frameCount, int stride);
    static WindowPlan dense(qint64 frameCount, int outputsPerSegment);
    // The same for frames [first, first + count) only (count < 0: to the end).
    static WindowPlan stride(qint64 frameCount, int stride, qint64 first, qint64 count);
    static WindowPlan dense(qint64 frameCount, int outputsPerSegment, qint64 first, qint64 count);

    bool isDense() const { return m_dense; }
    // The planned frames: [firstFrame(), firstFrame() + frameCount()).
    qint64 firstFrame() const { return m_first; }
    qint64 frameCount() const { return m_frames; }
    // Window centres in increasing order (frames; dense centres may pass the last frame).
    const std::vector<qint64> &centres() const { return m_centres; }
    // Dense mode: the passes, in order. Empty in stride mode.
    const std::vector<Segment> &segments() const { return m_segments; }
    Blend blend(qint64 frame) const;
    // The first `result` planned frames can be blended once the outputs of centres
    // [0, outputsDone) are known.
    qint64 framesReady(qint64 outputsDone) const;

private:
    static void clampRange(qint64 frameCount, qint64 *first, qint64 *count);

    bool m_dense = false;
    qint64 m_first = 0;
    qint64 m_frames = 0;
    std::vector<qint64> m_centres;
    std::vector<Segment> m_segments;
};

} // namespace ethoscribe
