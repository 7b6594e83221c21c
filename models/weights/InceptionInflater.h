// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/StateDict.h"
#include "weights/WeightImportReport.h"
#include "weights/WeightImporter.h"

#include <torch/nn/module.h>

#include <string>

namespace ethoscribe {

// Starts I3D from a 2D ImageNet Inception-v1 (BN-Inception as used by Carreira & Zisserman
// 2017), the way the I3D paper does: every 2D kernel [out, in, kh, kw] is repeated N times along
// time and divided by N, N being the temporal size of the I3D kernel it goes to. A video of one
// image repeated (a "boring video") then gives every inflated convolution the activations the 2D
// convolution gives on that image (away from the first and last frames, where I3D's temporal
// zero padding shows).
//
// Expected 2D names: pytorch-i3d's, with 2D kernels. Both spellings are accepted:
//   Conv3d_1a_7x7.conv3d.weight [64, 3, 7, 7]   or   Conv2d_1a_7x7.conv2d.weight [64, 3, 7, 7]
//   Conv3d_1a_7x7.bn.{weight, bias, running_mean, running_var}   (BatchNorm: copied as they are)
//   Conv2d_2b_1x1..., Conv2d_2c_3x3..., Mixed_3b.b0 / b1a / b1b / b2a / b2b / b3b ... Mixed_5c
//   logits.conv2d.weight [1000, 1024, 1, 1], logits.conv2d.bias (ImageNet's 1000 classes: the
//   classifier is re-initialised unless the class count matches)
class InceptionInflater
{
public:
    // "Conv2d_1a_7x7.conv2d.weight" -> "Conv3d_1a_7x7.conv3d.weight"; other names unchanged.
    static std::string to3DName(const std::string &name2d);
    // [out, in, kh, kw] -> [out, in, time, kh, kw] / time.
    static torch::Tensor inflateKernel(const torch::Tensor &kernel2d, int64_t time);
    // The 2D weights renamed and inflated to the shapes of `i3d`'s tensors; *inflated receives
    // the names of the kernels that were inflated.
    static StateDict inflate(const StateDict &weights2d,
                             torch::nn::Module &i3d,
                             QStringList *inflated);
    // inflate() followed by WeightImporter::load; inflated kernels are reported as adapted.
    static WeightImportReport inflateInto(const StateDict &weights2d,
                                          torch::nn::Module &i3d,
                                          const WeightImporter::Options &options);
};

} // namespace ethoscribe
