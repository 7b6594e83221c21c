// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/TensorSequential.h"
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

namespace ethoscribe::nets {

// torchvision's Conv2Plus1D: a Sequential of Conv3d 1xdxd (spatial, stride (1,s,s)) -> BatchNorm3d
// -> ReLU -> Conv3d tx1x1 (temporal, stride (s,1,1)), no biases. Parameter names 0.weight,
// 1.{weight,bias,running_mean,running_var,num_batches_tracked}, 3.weight.
TensorSequential makeConv2Plus1D(int inPlanes, int outPlanes, int midPlanes, int stride);

// torchvision's midplanes of a (2+1)D block: floor(t*d^2*Nin*Nout / (d^2*Nin + t*Nout)), t=d=3,
// so that the factorised block has as many parameters as the full 3x3x3 convolution.
int midPlanes(int inPlanes, int outPlanes);

// torchvision's video BasicBlock with Conv2Plus1D convolutions: conv1 = [Conv2Plus1D, BN, ReLU],
// conv2 = [Conv2Plus1D, BN], plus an optional downsample = [Conv3d 1x1x1 stride s, BN] on the
// shortcut; output ReLU(conv2(conv1(x)) + shortcut). Both Conv2Plus1D use the midplanes computed
// from the block's input and output widths, exactly as torchvision does.
class R2Plus1DBlockImpl : public torch::nn::Module
{
public:
    R2Plus1DBlockImpl(int inPlanes, int planes, int stride);
    torch::Tensor forward(const torch::Tensor &x);

private:
    TensorSequential m_conv1{nullptr}, m_conv2{nullptr}, m_downsample{nullptr};
};
TORCH_MODULE(R2Plus1DBlock);

} // namespace ethoscribe::nets
