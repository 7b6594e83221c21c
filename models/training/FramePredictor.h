// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/FrameStore.h"

#include <torch/types.h>

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace ethoscribe {

namespace nets {
class VideoNetworkImpl;
}

// Runs a network over every frame of a video held in a FrameStore, in batches, in eval mode under
// c10::InferenceMode, centre crop. By default one window per frame (the paper's scheme: frame t
// from frames t-8 .. t+7); setWindows() chooses a stride or the dense mode of WindowPlan, whose
// outputs are blended linearly between window centres. Used to predict held-out recordings in
// cross-validation and to compute the pooled backbone features that classifier-only training
// learns from.
class FramePredictor
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    FramePredictor(nets::VideoNetworkImpl &network,
                   torch::Device device,
                   int resizeSize,
                   int cropSize,
                   int batchSize);

    // Stride mode with `stride` (1 = the paper, the default) or dense mode (stride ignored).
    void setWindows(bool dense, int stride = 1);

    // Softmax probabilities, frames x classes, row-major.
    bool probabilities(const FrameStore &store,
                       const Progress &progress,
                       const std::atomic_bool *cancel,
                       std::vector<float> *out,
                       QString *error);
    // VideoNetworkImpl::embed() of every frame's window: [frames, F] float on the CPU.
    bool features(const FrameStore &store,
                  const Progress &progress,
                  const std::atomic_bool *cancel,
                  torch::Tensor *out,
                  QString *error);
    // Softmax of the classifier over precomputed features [frames, F].
    std::vector<float> classifyFeatures(const torch::Tensor &features);

private:
    bool run(const FrameStore &store,
             bool embed,
             const Progress &progress,
             const std::atomic_bool *cancel,
             torch::Tensor *out,
             QString *error);

    nets::VideoNetworkImpl &m_network;
    torch::Device m_device;
    int m_resize;
    int m_crop;
    int m_batch;
    bool m_dense = false;
    int m_stride = 1;
};

} // namespace ethoscribe
