// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/nn/module.h>

namespace ethoscribe::nets {

// Converts every 5-D parameter and buffer (the 3D convolution weights) of a module to
// channels_last_3d (NDHWC) in place, as PyTorch's module.to(memory_format=...) does; inputs must
// then be converted with x.contiguous(torch::MemoryFormat::ChannelsLast3d) too.
void toChannelsLast3d(torch::nn::Module &module);

} // namespace ethoscribe::nets
