// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/StateDict.h"
#include "weights/WeightImportReport.h"

#include "nets/Architecture.h"

#include <torch/nn/module.h>

#include <string>
#include <vector>

namespace ethoscribe {

// Copies published weights into one of our networks by name. Our modules carry the reference
// implementations' names (torchvision 0.14's r2plus1d_18: stem.0.weight ... fc.bias;
// piergiaj/pytorch-i3d: Conv3d_1a_7x7.conv3d.weight ... logits.conv3d.bias), so the mapping is
// the identity once WeightsFile has removed DataParallel's "module." prefixes. Two adaptations:
//  - classifier (fc / logits) of another class count (400 Kinetics classes vs. our behaviors):
//    left at the network's fresh initialisation and reported as re-initialised;
//  - a flow network given RGB weights: the first convolution's kernel is averaged over the three
//    colour channels and repeated for the two flow channels ("cross-modality initialisation",
//    Wang et al. 2016), as the paper's flow models start from RGB ImageNet weights.
// Everything else that does not fit is reported, never guessed. The network should be freshly
// built (its non-imported tensors are left as they are).
class WeightImporter
{
public:
    struct Options
    {
        bool adaptStemChannels = true; // RGB stem -> flow stem by channel averaging
        bool resetClassifierOnMismatch = true;
    };

    static WeightImportReport load(const StateDict &weights,
                                   torch::nn::Module &network,
                                   nets::Architecture architecture,
                                   const Options &options);
    static WeightImportReport load(const StateDict &weights,
                                   torch::nn::Module &network,
                                   nets::Architecture architecture)
    {
        return load(weights, network, architecture, Options());
    }

    // Names of the classifier's tensors and of the first convolution's kernel.
    static std::vector<std::string> classifierKeys(nets::Architecture architecture);
    static std::string stemKey(nets::Architecture architecture);
    // Cross-modality initialisation: [O, 3, ...] -> [O, channels, ...] by the mean over dim 1.
    static torch::Tensor averageInputChannels(const torch::Tensor &kernel, int64_t channels);
};

} // namespace ethoscribe
