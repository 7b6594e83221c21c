// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fusion/FrameRange.h"

#include <cstdint>

// Smoothing of per-frame class labels, as FusionModel applies it after fusion. Labels are class
// indices, -1 for a frame that is not predicted. Frames are 0-based; ranges half-open.
//
// Both steps work inside a *segment*, a maximal run of predicted frames: an unpredicted frame is a
// hard boundary that smoothing never looks across and never fills, so a gap in the analysis is
// never bridged by a guess and results arriving later cannot change what was shown on the other
// side of a gap.
namespace ethoscribe::LabelSmoothing {

// Majority filter: each predicted frame of [first, end) gets the most frequent label among the
// frames at most width / 2 away from it in its segment (the window is cut at the ends of the
// segment, so near an end fewer frames vote). Class labels have no order, so this majority vote
// stands in for a median (for two classes it is the median). On a tie the frame keeps its own
// label if it is among the most frequent, otherwise the lowest class index among them wins.
// Unpredicted frames get -1. width must be odd and >= 1; in and out must not overlap.
void majorityFilter(const std::int32_t *in,
                    std::int32_t *out,
                    qint64 frameCount,
                    qint64 first,
                    qint64 end,
                    int width,
                    int classCount);

// Merges bouts (runs of one label) shorter than minFrames into a neighbouring bout of the same
// segment, in place on labels[first, end), which must start and end on a segment boundary or on
// the boundary of a bout of at least minFrames frames (mergeRegion() gives such a range).
//
// Rule: repeatedly take the shortest bout that is shorter than minFrames (the earliest on a tie)
// and give it the label of the neighbour whose class has the higher summed fused probability over
// the short bout's frames (probabilities: frameCount x classCount, row-major; the left neighbour
// on a tie); it then joins that neighbour (and the other one, when it has the same label). A bout
// at a segment's end has one neighbour and joins it. A segment shorter than minFrames ends as one
// bout and is kept. A bout of minFrames frames or more never changes its label, so the result on
// either side of it is independent of the other side.
void mergeShortBouts(std::int32_t *labels,
                     qint64 first,
                     qint64 end,
                     int minFrames,
                     const float *probabilities,
                     int classCount);

// After the labels that mergeShortBouts() reads changed only inside [first, end): the range that
// must be merged again so that the result equals merging everything again. It reaches out to the
// nearest bout of at least minFrames frames that lies wholly outside the change (or to the end of
// the segment) on each side.
FrameRange mergeRegion(
        const std::int32_t *labels, qint64 frameCount, qint64 first, qint64 end, int minFrames);

} // namespace ethoscribe::LabelSmoothing
