// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/types.h>

#include <array>

namespace ethoscribe::nets {

// A (time, height, width) kernel size or stride.
using Triple = std::array<int64_t, 3>;

// TensorFlow's "SAME" padding as pytorch-i3d computes it (compute_pad): per dimension of
// size s, kernel k and stride st, pad max(k - st, 0) when s % st == 0, else max(k - s % st, 0);
// the smaller half goes before. Pads with zeros (also before max pooling, as the reference), or
// with `value`.
torch::Tensor padSame(const torch::Tensor &x,
                      const std::array<int64_t, 3> &kernel,
                      const std::array<int64_t, 3> &stride,
                      double value = 0.0);

// Max pooling without padding, one dimension after the other (the maximum over a box is the
// maximum over its rows of the maxima along them), through torch::maximum on strided views: for
// any element type that has it, and exactly max_pool3d's result. On the CPU several times faster
// than LibTorch 1.13's max_pool3d (which has no 16-bit or integer kernels there either).
torch::Tensor maxPool3dSeparable(const torch::Tensor &x,
                                 const std::array<int64_t, 3> &kernel,
                                 const std::array<int64_t, 3> &stride);

// pytorch-i3d's MaxPool3dSamePadding: zero SAME padding, then max pooling (maxPool3dSeparable on
// the CPU when no gradient is recorded, max_pool3d in training and on other devices).
torch::Tensor maxPool3dSame(const torch::Tensor &x,
                            const std::array<int64_t, 3> &kernel,
                            const std::array<int64_t, 3> &stride);

} // namespace ethoscribe::nets
