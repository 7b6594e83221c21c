// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/FrozenNetwork.h"
#include "nets/VideoNetwork.h"

#include <torch/types.h>

#include <map>
#include <memory>
#include <vector>

namespace ethoscribe {

// How a ClipPredictor runs its network.
struct PredictorOptions
{
    torch::Device device = torch::kCPU; // see nets::TorchRuntime::parseDevice()
    int maxBatch = 4;                   // clips per forward pass
    bool channelsLast = false;          // channels_last_3d weights and inputs
    // Trace, freeze and optimize_for_inference once per input shape (CPU: 1.4-1.8x faster for
    // R(2+1)D, see PERFORMANCE.md). Eager is used on CUDA, where the frozen graph was slower.
    bool optimizeForInference = false;
};

// Runs a network on batches of clips for inference: eval mode, c10::InferenceMode, on the chosen
// device, in batches of at most maxBatch clips, returning results on the CPU. Owns the network
// (moves it to the device); like every torch module it must be used from one thread only, and a
// thread other than the one that created it must call at::init_num_threads() first.
class ClipPredictor
{
public:
    ClipPredictor(std::shared_ptr<nets::VideoNetworkImpl> network, PredictorOptions options);

    // clips [N, C, T, H, W] -> logits [N, classes] (CPU, float).
    torch::Tensor logits(const torch::Tensor &clips);
    // Softmax of logits(): per-clip class probabilities [N, classes].
    torch::Tensor probabilities(const torch::Tensor &clips);
    // Dense temporal mode: clips [N, C, T, H, W] -> logits [N, classes, T/8 - 1].
    torch::Tensor denseLogits(const torch::Tensor &clips);

    const PredictorOptions &options() const { return m_options; }
    nets::VideoNetworkImpl &network() { return *m_network; }

private:
    torch::Tensor run(const torch::Tensor &batch, bool dense);

    std::shared_ptr<nets::VideoNetworkImpl> m_network;
    PredictorOptions m_options;
    // Frozen graphs by (dense, input shape): traced lazily, a few shapes at most in practice
    // (full batches and one shorter last batch).
    std::map<std::pair<bool, std::vector<int64_t>>, nets::FrozenNetwork> m_frozen;
};

} // namespace ethoscribe
