// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference/ClipPredictor.h"

#include "nets/MemoryFormat.h"

#include <torch/torch.h>

#include <stdexcept>

namespace ethoscribe {

ClipPredictor::ClipPredictor(std::shared_ptr<nets::VideoNetworkImpl> network,
                             PredictorOptions options)
    : m_network(std::move(network))
    , m_options(options)
{
    if (!m_network)
        throw std::invalid_argument("no network was given to the predictor");
    if (m_options.maxBatch < 1)
        m_options.maxBatch = 1;
    if (m_options.device.is_cuda())
        m_options.optimizeForInference = false;
    m_network->eval();
    m_network->to(m_options.device);
    if (m_options.channelsLast)
        nets::toChannelsLast3d(*m_network);
}

torch::Tensor ClipPredictor::run(const torch::Tensor &batch, bool dense)
{
    torch::Tensor x = batch.to(m_options.device, torch::kFloat32);
    x = x.contiguous(m_options.channelsLast ? torch::MemoryFormat::ChannelsLast3d
                                            : torch::MemoryFormat::Contiguous);
    if (m_options.optimizeForInference) {
        const auto key = std::make_pair(dense, x.sizes().vec());
        auto it = m_frozen.find(key);
        if (it == m_frozen.end()) {
            // Tracing records autograd-free ops but cannot run under InferenceMode.
            it = m_frozen.emplace(key, nets::FrozenNetwork::trace(*m_network, x, dense)).first;
        }
        c10::InferenceMode inference;
        return it->second.forward(x).to(torch::kCPU);
    }
    c10::InferenceMode inference;
    return (dense ? m_network->forwardDense(x) : m_network->forward(x)).to(torch::kCPU);
}

torch::Tensor ClipPredictor::logits(const torch::Tensor &clips)
{
    TORCH_CHECK(clips.dim() == 5, "clips must be [N, C, T, H, W], got ", clips.sizes());
    std::vector<torch::Tensor> parts;
    for (int64_t start = 0; start < clips.size(0); start += m_options.maxBatch)
        parts.push_back(run(clips.slice(0, start, start + m_options.maxBatch), false));
    if (parts.empty())
        return torch::empty({0, m_network->config().classes});
    return torch::cat(parts, 0);
}

torch::Tensor ClipPredictor::probabilities(const torch::Tensor &clips)
{
    return torch::softmax(logits(clips), 1);
}

torch::Tensor ClipPredictor::denseLogits(const torch::Tensor &clips)
{
    TORCH_CHECK(clips.dim() == 5, "clips must be [N, C, T, H, W], got ", clips.sizes());
    std::vector<torch::Tensor> parts;
    for (int64_t start = 0; start < clips.size(0); start += m_options.maxBatch)
        parts.push_back(run(clips.slice(0, start, start + m_options.maxBatch), true));
    TORCH_CHECK(!parts.empty(), "no clips were given");
    return torch::cat(parts, 0);
}

} // namespace ethoscribe
