// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/InceptionModule.h"

#include "nets/SamePadding.h"

#include <torch/torch.h>

namespace ethoscribe::nets {

InceptionModuleImpl::InceptionModuleImpl(int inChannels, const std::array<int, 6> &out)
    : m_outChannels(out[0] + out[2] + out[4] + out[5])
{
    m_b0 = register_module("b0", Unit3D(inChannels, out[0], Triple{1, 1, 1}));
    m_b1a = register_module("b1a", Unit3D(inChannels, out[1], Triple{1, 1, 1}));
    m_b1b = register_module("b1b", Unit3D(out[1], out[2], Triple{3, 3, 3}));
    m_b2a = register_module("b2a", Unit3D(inChannels, out[3], Triple{1, 1, 1}));
    m_b2b = register_module("b2b", Unit3D(out[3], out[4], Triple{3, 3, 3}));
    m_b3b = register_module("b3b", Unit3D(inChannels, out[5], Triple{1, 1, 1}));
}

torch::Tensor InceptionModuleImpl::forward(const torch::Tensor &x)
{
    torch::Tensor b0 = m_b0->forward(x);
    torch::Tensor b1 = m_b1b->forward(m_b1a->forward(x));
    torch::Tensor b2 = m_b2b->forward(m_b2a->forward(x));
    torch::Tensor b3 = m_b3b->forward(maxPool3dSame(x, {3, 3, 3}, Triple{1, 1, 1}));
    return torch::cat({b0, b1, b2, b3}, 1);
}

} // namespace ethoscribe::nets
