// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/R2Plus1D.h"

#include <torch/torch.h>

namespace ethoscribe::nets {

namespace nn = torch::nn;

R2Plus1DImpl::R2Plus1DImpl(const NetConfig &config)
    : VideoNetworkImpl(config)
{
    config.validate();
    const NetConfig &c = config;
    const int stemMid = c.scaled(45);
    const int width = c.scaled(64);
    m_stem = register_module(
            "stem",
            TensorSequential(nn::Conv3d(nn::Conv3dOptions(c.inChannels, stemMid, {1, 7, 7})
                                                .stride({1, 2, 2})
                                                .padding({0, 3, 3})
                                                .bias(false)),
                             nn::BatchNorm3d(stemMid),
                             nn::ReLU(nn::ReLUOptions().inplace(true)),
                             nn::Conv3d(nn::Conv3dOptions(stemMid, width, {3, 1, 1})
                                                .stride(1)
                                                .padding({1, 0, 0})
                                                .bias(false)),
                             nn::BatchNorm3d(width),
                             nn::ReLU(nn::ReLUOptions().inplace(true))));
    std::array<int, 4> blocks = {2, 2, 2, 2};
    if (c.depth == 34)
        blocks = {3, 4, 6, 3};
    else if (c.depth == 10)
        blocks = {1, 1, 1, 1};
    const int planes[4] = {64, 128, 256, 512};
    int inPlanes = width;
    for (int i = 0; i < 4; ++i)
        m_layers[i] = register_module(
                "layer" + std::to_string(i + 1),
                makeLayer(inPlanes, c.scaled(planes[i]), blocks[i], i == 0 ? 1 : 2));
    m_avgpool = register_module("avgpool", nn::AdaptiveAvgPool3d(1));
    m_dropout = register_module("dropout", nn::Dropout(1.0 - c.dropoutKeep));
    m_fc = register_module("fc", nn::Linear(inPlanes, c.classes));

    // torchvision's initialisation.
    torch::NoGradGuard noGrad;
    for (auto &m : modules(/*include_self=*/false)) {
        if (auto *conv = m->as<nn::Conv3d>()) {
            nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanOut, torch::kReLU);
        } else if (auto *bn = m->as<nn::BatchNorm3d>()) {
            nn::init::ones_(bn->weight);
            nn::init::zeros_(bn->bias);
        } else if (auto *fc = m->as<nn::Linear>()) {
            nn::init::normal_(fc->weight, 0.0, 0.01);
            nn::init::zeros_(fc->bias);
        }
    }
}

TensorSequential R2Plus1DImpl::makeLayer(int &inPlanes, int planes, int blocks, int stride)
{
    TensorSequential layer;
    layer->push_back(R2Plus1DBlock(inPlanes, planes, stride));
    inPlanes = planes;
    for (int i = 1; i < blocks; ++i)
        layer->push_back(R2Plus1DBlock(planes, planes, 1));
    return layer;
}

torch::Tensor R2Plus1DImpl::features(const torch::Tensor &x)
{
    TORCH_CHECK(x.dim() == 5, "R(2+1)D expects [N, C, T, H, W] input, got ", x.sizes());
    TORCH_CHECK(x.size(1) == config().inChannels,
                "R(2+1)D was built for ",
                config().inChannels,
                " input channels, got ",
                x.size(1));
    torch::Tensor y = m_stem->forward(x);
    for (auto &layer : m_layers)
        y = layer->forward(y);
    return y;
}

torch::Tensor R2Plus1DImpl::forward(const torch::Tensor &x)
{
    return fromFeatures(features(x), false);
}

torch::Tensor R2Plus1DImpl::fromFeatures(const torch::Tensor &featureMap, bool dense)
{
    if (!dense) {
        torch::Tensor y = m_avgpool->forward(featureMap).flatten(1);
        return m_fc->forward(m_dropout->forward(y));
    }
    torch::Tensor f = m_dropout->forward(densePooled(featureMap)).transpose(1, 2); // [N, T'', C]
    return m_fc->forward(f).transpose(1, 2); // [N, classes, T'']
}

torch::Tensor R2Plus1DImpl::embed(const torch::Tensor &x)
{
    return m_avgpool->forward(features(x)).flatten(1);
}

torch::Tensor R2Plus1DImpl::classify(const torch::Tensor &features)
{
    return m_fc->forward(m_dropout->forward(features));
}

torch::Tensor R2Plus1DImpl::densePooled(const torch::Tensor &featureMap)
{
    torch::Tensor f = featureMap.mean({3, 4}); // [N, C, T']
    const int64_t kt = std::min<int64_t>(2, f.size(2));
    return torch::avg_pool1d(f, {kt}, {1}); // [N, C, T'']
}

torch::Tensor R2Plus1DImpl::embedDense(const torch::Tensor &x)
{
    return densePooled(features(x));
}

torch::Tensor R2Plus1DImpl::forwardDense(const torch::Tensor &x)
{
    return fromFeatures(features(x), true);
}

std::vector<VideoNetworkImpl::Stage> R2Plus1DImpl::stages()
{
    std::vector<Stage> s;
    s.push_back({"stem", [this](const torch::Tensor &x) { return m_stem->forward(x); }, "stem"});
    for (int i = 0; i < 4; ++i) {
        const std::string name = "layer" + std::to_string(i + 1);
        TensorSequential layer = m_layers[i];
        s.push_back({name,
                     [layer](const torch::Tensor &x) mutable { return layer->forward(x); },
                     name});
    }
    s.push_back({"avgpool",
                 [this](const torch::Tensor &x) { return m_avgpool->forward(x).flatten(1); },
                 {}});
    s.push_back({"dropout", [this](const torch::Tensor &x) { return m_dropout->forward(x); }, {}});
    s.push_back({"fc", [this](const torch::Tensor &x) { return m_fc->forward(x); }, "fc"});
    return s;
}

} // namespace ethoscribe::nets
