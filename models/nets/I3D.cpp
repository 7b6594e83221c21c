// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/I3D.h"

#include "nets/SamePadding.h"

#include <torch/torch.h>

namespace ethoscribe::nets {

namespace {
struct MixedSpec
{
    const char *name;
    std::array<int, 6> out; // b0, b1a, b1b, b2a, b2b, b3b
};
// Channel counts of pytorch-i3d / the TF Kinetics-i3d release.
const MixedSpec kMixed[] = {
        {"Mixed_3b", {64, 96, 128, 16, 32, 32}},
        {"Mixed_3c", {128, 128, 192, 32, 96, 64}},
        {"Mixed_4b", {192, 96, 208, 16, 48, 64}},
        {"Mixed_4c", {160, 112, 224, 24, 64, 64}},
        {"Mixed_4d", {128, 128, 256, 24, 64, 64}},
        {"Mixed_4e", {112, 144, 288, 32, 64, 64}},
        {"Mixed_4f", {256, 160, 320, 32, 128, 128}},
        {"Mixed_5b", {256, 160, 320, 32, 128, 128}},
        {"Mixed_5c", {384, 192, 384, 48, 128, 128}},
};
} // namespace

I3DImpl::I3DImpl(const NetConfig &config)
    : VideoNetworkImpl(config)
{
    config.validate();
    const NetConfig &c = config;
    m_conv1a = register_module(
            "Conv3d_1a_7x7", Unit3D(c.inChannels, c.scaled(64), Triple{7, 7, 7}, Triple{2, 2, 2}));
    m_conv2b
            = register_module("Conv3d_2b_1x1", Unit3D(c.scaled(64), c.scaled(64), Triple{1, 1, 1}));
    m_conv2c = register_module("Conv3d_2c_3x3",
                               Unit3D(c.scaled(64), c.scaled(192), Triple{3, 3, 3}));
    int channels = c.scaled(192);
    for (const MixedSpec &spec : kMixed) {
        std::array<int, 6> out;
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = c.scaled(spec.out[i]);
        auto module = register_module(spec.name, InceptionModule(channels, out));
        channels = module->outChannels();
        m_mixed.emplace_back(spec.name, module);
    }
    m_dropout = register_module("dropout", torch::nn::Dropout(1.0 - c.dropoutKeep));
    m_logits = register_module(
            "logits", Unit3D(channels, c.classes, Triple{1, 1, 1}, Triple{1, 1, 1}, false));
}

std::vector<VideoNetworkImpl::Stage> I3DImpl::featureStages()
{
    std::vector<Stage> s;
    s.push_back({"Conv3d_1a_7x7",
                 [this](const torch::Tensor &x) { return m_conv1a->forward(x); },
                 "Conv3d_1a_7x7"});
    s.push_back({"MaxPool3d_2a_3x3",
                 [](const torch::Tensor &x) {
                     return maxPool3dSame(x, {1, 3, 3}, Triple{1, 2, 2});
                 },
                 {}});
    s.push_back({"Conv3d_2b_1x1",
                 [this](const torch::Tensor &x) { return m_conv2b->forward(x); },
                 "Conv3d_2b_1x1"});
    s.push_back({"Conv3d_2c_3x3",
                 [this](const torch::Tensor &x) { return m_conv2c->forward(x); },
                 "Conv3d_2c_3x3"});
    s.push_back({"MaxPool3d_3a_3x3",
                 [](const torch::Tensor &x) {
                     return maxPool3dSame(x, {1, 3, 3}, Triple{1, 2, 2});
                 },
                 {}});
    for (auto &[name, module] : m_mixed) {
        if (name == "Mixed_4b")
            s.push_back({"MaxPool3d_4a_3x3",
                         [](const torch::Tensor &x) {
                             return maxPool3dSame(x, {3, 3, 3}, Triple{2, 2, 2});
                         },
                         {}});
        if (name == "Mixed_5b")
            s.push_back({"MaxPool3d_5a_2x2",
                         [](const torch::Tensor &x) {
                             return maxPool3dSame(x, {2, 2, 2}, Triple{2, 2, 2});
                         },
                         {}});
        InceptionModule m = module;
        s.push_back({name, [m](const torch::Tensor &x) mutable { return m->forward(x); }, name});
    }
    return s;
}

torch::Tensor I3DImpl::features(const torch::Tensor &x)
{
    TORCH_CHECK(x.dim() == 5, "I3D expects [N, C, T, H, W] input, got ", x.sizes());
    TORCH_CHECK(x.size(1) == config().inChannels,
                "I3D was built for ",
                config().inChannels,
                " input channels, got ",
                x.size(1));
    torch::Tensor y = x;
    for (const Stage &stage : featureStages())
        y = stage.run(y);
    return y;
}

torch::Tensor I3DImpl::pooled(const torch::Tensor &f) const
{
    const int64_t kt = std::min<int64_t>(2, f.size(2));
    // LibTorch 1.13 has no 16-bit average pooling on the CPU: average in float.
    if (f.is_cpu() && f.is_floating_point() && f.element_size() == 2)
        return torch::avg_pool3d(f.to(torch::kFloat), {kt, f.size(3), f.size(4)}, {1, 1, 1})
                .to(f.scalar_type());
    return torch::avg_pool3d(f, {kt, f.size(3), f.size(4)}, {1, 1, 1});
}

torch::Tensor I3DImpl::fromFeatures(const torch::Tensor &featureMap, bool dense)
{
    torch::Tensor y = m_logits->forward(m_dropout->forward(pooled(featureMap)));
    y = y.squeeze(4).squeeze(3); // [N, classes, T']
    return dense ? y : y.mean(2);
}

torch::Tensor I3DImpl::forwardDense(const torch::Tensor &x)
{
    return fromFeatures(features(x), true);
}

torch::Tensor I3DImpl::forward(const torch::Tensor &x)
{
    return fromFeatures(features(x), false);
}

torch::Tensor I3DImpl::embed(const torch::Tensor &x)
{
    // The logits are a 1x1x1 convolution (linear), so the mean over time of per-position logits
    // equals the logits of the time-averaged pooled features (without dropout).
    return pooled(features(x)).mean({2, 3, 4});
}

torch::Tensor I3DImpl::embedDense(const torch::Tensor &x)
{
    return pooled(features(x)).squeeze(4).squeeze(3); // [N, F, T']
}

torch::Tensor I3DImpl::classify(const torch::Tensor &features)
{
    torch::Tensor f = features.view({features.size(0), features.size(1), 1, 1, 1});
    return m_logits->forward(m_dropout->forward(f)).flatten(1);
}

std::vector<VideoNetworkImpl::Stage> I3DImpl::stages()
{
    std::vector<Stage> s = featureStages();
    s.push_back({"avg_pool", [this](const torch::Tensor &x) { return pooled(x); }, {}});
    s.push_back({"dropout", [this](const torch::Tensor &x) { return m_dropout->forward(x); }, {}});
    s.push_back(
            {"logits", [this](const torch::Tensor &x) { return m_logits->forward(x); }, "logits"});
    s.push_back({"squeeze + mean over time",
                 [](const torch::Tensor &x) { return x.squeeze(4).squeeze(3).mean(2); },
                 {}});
    return s;
}

} // namespace ethoscribe::nets
