// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/R2Plus1DBlock.h"
#include "nets/VideoNetwork.h"

#include "nets/TensorSequential.h"
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/pooling.h>

namespace ethoscribe::nets {

// R(2+1)D (Tran et al. 2018) as torchvision 0.14's VideoResNet(BasicBlock, Conv2Plus1D,
// R2Plus1dStem), so that torchvision's r2plus1d_18 weights load by name: `stem` (Conv3d 1x7x7 to
// 45 channels, BN, ReLU, Conv3d 3x1x1 to 64, BN, ReLU), `layer1`..`layer4` (64/128/256/512
// channels, strides 1/2/2/2 in space and time), `avgpool`, `fc`. Depth 18 has [2,2,2,2] blocks,
// 34 [3,4,6,3], 10 [1,1,1,1]. One addition: a dropout (`dropout`, no parameters) before fc.
//
// Input [N, C, T, 112, 112]; the final feature map has T/8 temporal positions. forward() pools
// globally like torchvision ([N, classes]); forwardDense() pools space only, averages adjacent
// temporal positions (2 with stride 1, as I3D's final pool) and applies fc at each remaining
// position: [N, classes, T/8 - 1]; on a 16-frame clip it equals forward().
class R2Plus1DImpl : public VideoNetworkImpl
{
public:
    explicit R2Plus1DImpl(const NetConfig &config);

    torch::Tensor forward(const torch::Tensor &x) override;
    torch::Tensor forwardDense(const torch::Tensor &x) override;
    torch::Tensor embed(const torch::Tensor &x) override;
    torch::Tensor embedDense(const torch::Tensor &x) override;
    torch::Tensor classify(const torch::Tensor &features) override;
    std::vector<std::string> classifierModules() const override { return {"fc"}; }
    std::vector<std::string> lastBlockModules() const override { return {"layer4"}; }
    // Output of layer4, [N, 512, T/8, H/16, W/16] at full width.
    torch::Tensor features(const torch::Tensor &x) override;
    torch::Tensor fromFeatures(const torch::Tensor &featureMap, bool dense) override;

protected:
    std::vector<Stage> stages() override;

private:
    // Space averaged, then adjacent temporal positions: [N, C, T/8 - 1].
    static torch::Tensor densePooled(const torch::Tensor &featureMap);
    TensorSequential makeLayer(int &inPlanes, int planes, int blocks, int stride);

    TensorSequential m_stem{nullptr};
    TensorSequential m_layers[4] = {nullptr, nullptr, nullptr, nullptr};
    torch::nn::AdaptiveAvgPool3d m_avgpool{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::Linear m_fc{nullptr};
};
TORCH_MODULE(R2Plus1D);

} // namespace ethoscribe::nets
