// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/VideoNetwork.h"

#include <torch/torch.h>

namespace ethoscribe::nets {

int64_t VideoNetworkImpl::parameterCount() const
{
    int64_t n = 0;
    for (const auto &p : parameters())
        n += p.numel();
    return n;
}

std::vector<LayerInfo> VideoNetworkImpl::describeLayers(const std::vector<int64_t> &inputShape)
{
    c10::InferenceMode inferenceMode;
    const bool wasTraining = is_training();
    eval();
    torch::Device device(torch::kCPU);
    const auto params = parameters();
    if (!params.empty())
        device = params.front().device();
    const auto named = named_children();
    std::vector<LayerInfo> rows;
    torch::Tensor x = torch::zeros(inputShape, torch::TensorOptions().device(device));
    for (const Stage &stage : stages()) {
        x = stage.run(x);
        LayerInfo row;
        row.name = stage.name;
        row.outputShape = x.sizes().vec();
        if (!stage.module.empty()) {
            if (const auto *child = named.find(stage.module)) {
                for (const auto &p : (*child)->parameters())
                    row.parameters += p.numel();
            }
        }
        rows.push_back(std::move(row));
    }
    train(wasTraining);
    return rows;
}

} // namespace ethoscribe::nets
