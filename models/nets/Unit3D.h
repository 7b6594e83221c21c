// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include "nets/SamePadding.h"

#include <array>

namespace ethoscribe::nets {

// pytorch-i3d's Unit3D: SAME-padded Conv3d (`conv3d`, no bias when batch norm follows), then
// BatchNorm3d (`bn`, eps 0.001, momentum 0.01) and ReLU. The classifier (`logits`) is a Unit3D
// with bias and neither batch norm nor activation.
class Unit3DImpl : public torch::nn::Module
{
public:
    Unit3DImpl(int inChannels,
               int outChannels,
               std::array<int64_t, 3> kernel,
               std::array<int64_t, 3> stride = {1, 1, 1},
               bool batchNormAndRelu = true);
    torch::Tensor forward(const torch::Tensor &x);

private:
    std::array<int64_t, 3> m_kernel;
    std::array<int64_t, 3> m_stride;
    bool m_batchNormAndRelu;
    torch::nn::Conv3d m_conv{nullptr};
    torch::nn::BatchNorm3d m_bn{nullptr};
};
TORCH_MODULE(Unit3D);

} // namespace ethoscribe::nets
