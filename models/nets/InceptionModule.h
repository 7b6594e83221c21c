// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/Unit3D.h"

#include <array>

namespace ethoscribe::nets {

// pytorch-i3d's InceptionModule: four branches concatenated on channels. Sub-modules b0 (1x1x1),
// b1a (1x1x1) -> b1b (3x3x3), b2a (1x1x1) -> b2b (3x3x3), and a 3x3x3 SAME max pool (b3a in the
// reference, parameter-free, not registered) -> b3b (1x1x1).
class InceptionModuleImpl : public torch::nn::Module
{
public:
    // out = {b0, b1a, b1b, b2a, b2b, b3b} output channels.
    InceptionModuleImpl(int inChannels, const std::array<int, 6> &out);
    torch::Tensor forward(const torch::Tensor &x);
    int outChannels() const { return m_outChannels; }

private:
    Unit3D m_b0{nullptr}, m_b1a{nullptr}, m_b1b{nullptr}, m_b2a{nullptr}, m_b2b{nullptr},
            m_b3b{nullptr};
    int m_outChannels = 0;
};
TORCH_MODULE(InceptionModule);

} // namespace ethoscribe::nets
