// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/LayerInfo.h"
#include "nets/NetConfig.h"

#include <torch/nn/module.h>
#include <torch/types.h>

#include <functional>
#include <string>
#include <vector>

namespace ethoscribe::nets {

// The common interface of I3D and R(2+1)D, so that training, inference and the weight import
// need not know which one they hold. Inputs are [N, C, T, H, W] float tensors.
//
// forward() returns per-clip logits [N, classes]. forwardDense() keeps time: for an input of T
// frames (T a multiple of 8) it returns [N, classes, T/8 - 1]; output j averages the final
// features of temporal positions j and j+1 (the two 8-frame strides that a 16-frame window
// starting at frame 8j covers), so it approximates the per-clip output of the window of frames
// [8j, 8j + 16), i.e. the prediction for frame 8j + 8. On a 16-frame clip forwardDense() gives
// one output equal to forward(). Padding and receptive fields make dense outputs differ slightly
// from separate windows (see /work/shared/PERFORMANCE.md).
class VideoNetworkImpl : public torch::nn::Module
{
public:
    explicit VideoNetworkImpl(const NetConfig &config)
        : m_config(config)
    {}

    virtual torch::Tensor forward(const torch::Tensor &x) = 0;
    virtual torch::Tensor forwardDense(const torch::Tensor &x) = 0;
    // The clip's pooled features before dropout and classifier, [N, F]: what a frozen backbone
    // hands to the classifier when only the classifier is trained (features are cached then).
    virtual torch::Tensor embed(const torch::Tensor &x) = 0;
    // embed() kept in time as forwardDense() keeps the logits: [N, F, T/8 - 1], output j being
    // the features of the window of frames [8j, 8j + 16); classify() of one column gives that
    // column of forwardDense() (in eval mode).
    virtual torch::Tensor embedDense(const torch::Tensor &x) = 0;
    // Dropout and classifier on embed()'s output: [N, classes]. In eval mode
    // classify(embed(x)) equals forward(x).
    virtual torch::Tensor classify(const torch::Tensor &features) = 0;
    // Output of the last convolutional block, [N, F, T/8, h, w]: what forward(), forwardDense()
    // and embed() pool and classify.
    virtual torch::Tensor features(const torch::Tensor &x) = 0;
    // The rest of forward() (dense = false) or forwardDense() (dense = true) after features():
    // forward(x) equals fromFeatures(features(x), false). Lets another implementation of the
    // convolutional part (nets::QuantizedNetwork) share the network's own pooling and classifier.
    virtual torch::Tensor fromFeatures(const torch::Tensor &featureMap, bool dense) = 0;
    // Names of the top-level sub-modules that form the classifier ("logits" / "fc") and the last
    // block before it (I3D: Mixed_5b, Mixed_5c; R(2+1)D: layer4), for partial fine-tuning.
    virtual std::vector<std::string> classifierModules() const = 0;
    virtual std::vector<std::string> lastBlockModules() const = 0;

    const NetConfig &config() const { return m_config; }
    // Temporal stride of forwardDense(): input frames per output.
    static constexpr int kDenseStride = 8;

    // The stages of forward() in order, with output shapes for an input of the given shape
    // ([N, C, T, H, W]). Runs the network once on zeros (on the network's device, without
    // gradients), so it costs one forward pass.
    std::vector<LayerInfo> describeLayers(const std::vector<int64_t> &inputShape);

    int64_t parameterCount() const;

protected:
    // A named step of the forward pass; `module` is the registered sub-module of that name, if
    // any (its parameters are counted), empty for parameter-free steps.
    struct Stage
    {
        std::string name;
        std::function<torch::Tensor(const torch::Tensor &)> run;
        std::string module;
    };
    // forward() as a list of stages (used by describeLayers()).
    virtual std::vector<Stage> stages() = 0;

private:
    NetConfig m_config;
};

} // namespace ethoscribe::nets
