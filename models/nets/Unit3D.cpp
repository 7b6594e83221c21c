// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/Unit3D.h"

#include "nets/SamePadding.h"

#include <torch/torch.h>

namespace ethoscribe::nets {

Unit3DImpl::Unit3DImpl(int inChannels,
                       int outChannels,
                       std::array<int64_t, 3> kernel,
                       std::array<int64_t, 3> stride,
                       bool batchNormAndRelu)
    : m_kernel(kernel)
    , m_stride(stride)
    , m_batchNormAndRelu(batchNormAndRelu)
{
    m_conv = register_module(
            "conv3d",
            torch::nn::Conv3d(torch::nn::Conv3dOptions(
                                      inChannels, outChannels, {kernel[0], kernel[1], kernel[2]})
                                      .stride({stride[0], stride[1], stride[2]})
                                      .padding(0)
                                      .bias(!batchNormAndRelu)));
    if (batchNormAndRelu)
        m_bn = register_module(
                "bn",
                torch::nn::BatchNorm3d(
                        torch::nn::BatchNorm3dOptions(outChannels).eps(0.001).momentum(0.01)));
}

torch::Tensor Unit3DImpl::forward(const torch::Tensor &x)
{
    torch::Tensor y = m_conv->forward(padSame(x, m_kernel, m_stride));
    if (m_batchNormAndRelu)
        y = torch::relu(m_bn->forward(y));
    return y;
}

} // namespace ethoscribe::nets
