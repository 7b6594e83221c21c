// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/MemoryFormat.h"

#include <torch/torch.h>

namespace ethoscribe::nets {

void toChannelsLast3d(torch::nn::Module &module)
{
    torch::NoGradGuard noGrad;
    for (auto &p : module.parameters()) {
        if (p.dim() == 5)
            p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast3d));
    }
}

} // namespace ethoscribe::nets
