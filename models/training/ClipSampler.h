// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/FrameStore.h"

#include <torch/types.h>

#include <QtGlobal>

#include <vector>

namespace ethoscribe {

// One labeled frame that training can draw: the frames it is predicted from are its window in
// `store`.
struct TrainingExample
{
    const FrameStore *store = nullptr;
    qint64 frame = 0;
    int label = 0;
};

// A training batch: clips [N, C, T, crop, crop] and their class indices [N] (int64).
struct TrainingBatch
{
    int step = -1;
    torch::Tensor clips;
    torch::Tensor labels;
};

// Draws training batches: the examples of a step, a random crop and flip per clip (one choice
// for all frames of a clip), optionally equal numbers of each class. A batch depends only on
// (seed, step), never on earlier draws, so that a run resumed at step k sees exactly the
// batches an uninterrupted run would, and any number of loader threads can build batches at
// once. Thread-safe (const).
class ClipSampler
{
public:
    ClipSampler(std::vector<TrainingExample> examples,
                int classCount,
                bool balanceClasses,
                int clipFrames,
                int resizeSize,
                int cropSize,
                quint64 seed);

    TrainingBatch make(int step, int batchSize) const;
    // Centre-cropped, unflipped clips of the given examples (for evaluation and features).
    static torch::Tensor centreClips(const std::vector<TrainingExample> &examples,
                                     int clipFrames,
                                     int resizeSize,
                                     int cropSize);

    size_t exampleCount() const { return m_examples.size(); }
    // Labeled frames per class among the examples.
    std::vector<qint64> classCounts() const;

private:
    std::vector<TrainingExample> m_examples;
    std::vector<std::vector<size_t>> m_byClass; // example indices per class (non-empty classes)
    int m_classes;
    bool m_balance;
    int m_clipFrames;
    int m_resize;
    int m_crop;
    quint64 m_seed;
};

} // namespace ethoscribe
