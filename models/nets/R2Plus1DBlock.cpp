// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/R2Plus1DBlock.h"

#include <torch/torch.h>

namespace ethoscribe::nets {

namespace nn = torch::nn;

int midPlanes(int inPlanes, int outPlanes)
{
    const int64_t num = int64_t(inPlanes) * outPlanes * 3 * 3 * 3;
    const int64_t den = int64_t(inPlanes) * 3 * 3 + 3 * int64_t(outPlanes);
    return static_cast<int>(num / den);
}

TensorSequential makeConv2Plus1D(int inPlanes, int outPlanes, int mid, int stride)
{
    return TensorSequential(nn::Conv3d(nn::Conv3dOptions(inPlanes, mid, {1, 3, 3})
                                               .stride({1, stride, stride})
                                               .padding({0, 1, 1})
                                               .bias(false)),
                            nn::BatchNorm3d(mid),
                            nn::ReLU(nn::ReLUOptions().inplace(true)),
                            nn::Conv3d(nn::Conv3dOptions(mid, outPlanes, {3, 1, 1})
                                               .stride({stride, 1, 1})
                                               .padding({1, 0, 0})
                                               .bias(false)));
}

R2Plus1DBlockImpl::R2Plus1DBlockImpl(int inPlanes, int planes, int stride)
{
    const int mid = midPlanes(inPlanes, planes);
    m_conv1 = register_module("conv1",
                              TensorSequential(makeConv2Plus1D(inPlanes, planes, mid, stride),
                                               nn::BatchNorm3d(planes),
                                               nn::ReLU(nn::ReLUOptions().inplace(true))));
    m_conv2 = register_module(
            "conv2",
            TensorSequential(makeConv2Plus1D(planes, planes, mid, 1), nn::BatchNorm3d(planes)));
    if (stride != 1 || inPlanes != planes)
        m_downsample = register_module(
                "downsample",
                TensorSequential(
                        nn::Conv3d(
                                nn::Conv3dOptions(inPlanes, planes, 1).stride(stride).bias(false)),
                        nn::BatchNorm3d(planes)));
}

torch::Tensor R2Plus1DBlockImpl::forward(const torch::Tensor &x)
{
    torch::Tensor out = m_conv2->forward(m_conv1->forward(x));
    torch::Tensor shortcut = m_downsample ? m_downsample->forward(x) : x;
    return torch::relu(out + shortcut);
}

} // namespace ethoscribe::nets
