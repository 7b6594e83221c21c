// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/SamePadding.h"

#include <torch/nn/functional/padding.h>
#include <torch/torch.h>

#include <algorithm>

namespace ethoscribe::nets {

namespace {
int64_t samePad(int64_t size, int64_t kernel, int64_t stride)
{
    if (size % stride == 0)
        return std::max<int64_t>(kernel - stride, 0);
    return std::max<int64_t>(kernel - size % stride, 0);
}
} // namespace

torch::Tensor padSame(const torch::Tensor &x,
                      const std::array<int64_t, 3> &kernel,
                      const std::array<int64_t, 3> &stride,
                      double value)
{
    std::vector<int64_t> pad(6, 0);
    bool any = false;
    // F.pad takes the last dimension first: (w_front, w_back, h_front, h_back, t_front, t_back).
    for (int d = 0; d < 3; ++d) {
        const int64_t p = samePad(x.size(2 + d), kernel[d], stride[d]);
        const int64_t front = p / 2;
        pad[2 * (2 - d)] = front;
        pad[2 * (2 - d) + 1] = p - front;
        any = any || p > 0;
    }
    if (!any)
        return x;
    return torch::constant_pad_nd(x, pad, value);
}

torch::Tensor maxPool3dSeparable(const torch::Tensor &x,
                                 const std::array<int64_t, 3> &kernel,
                                 const std::array<int64_t, 3> &stride)
{
    torch::Tensor u = x;
    for (int d = 0; d < 3; ++d) {
        const int64_t dim = 2 + d, k = kernel[size_t(d)], s = stride[size_t(d)];
        if (k == 1 && s == 1)
            continue;
        const int64_t out = (u.size(dim) - k) / s + 1;
        const int64_t span = (out - 1) * s + 1;
        auto shifted = [&](int64_t j) {
            return u.narrow(dim, j, span).slice(dim, 0, span, s);
        };
        // Out-of-place maxima only: the tracer (FrozenNetwork) records them as plain operators.
        torch::Tensor m = k == 1 ? shifted(0).contiguous() : torch::maximum(shifted(0), shifted(1));
        for (int64_t j = 2; j < k; ++j)
            m = torch::maximum(m, shifted(j));
        u = m;
    }
    return u;
}

torch::Tensor maxPool3dSame(const torch::Tensor &x,
                            const std::array<int64_t, 3> &kernel,
                            const std::array<int64_t, 3> &stride)
{
    // On the CPU without autograd (inference, tracing): one dimension at a time. Training keeps
    // max_pool3d, whose gradient goes to one element of each box (torch::maximum's splits between
    // equal inputs) and which keeps less memory for the backward pass.
    if (x.is_cpu() && !(at::GradMode::is_enabled() && x.requires_grad()))
        return maxPool3dSeparable(padSame(x, kernel, stride), kernel, stride);
    return torch::max_pool3d(padSame(x, kernel, stride),
                             {kernel[0], kernel[1], kernel[2]},
                             {stride[0], stride[1], stride[2]});
}

} // namespace ethoscribe::nets
