// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/NetConfig.h"
#include "nets/VideoNetwork.h"

#include <memory>

namespace ethoscribe::nets {

// The network a configuration describes, freshly initialised (random weights), in training mode
// on the CPU. Throws std::invalid_argument (plain words) for an invalid configuration.
std::shared_ptr<VideoNetworkImpl> makeNetwork(const NetConfig &config);
// A new network of the same configuration holding a copy of `network`'s parameters and buffers
// (on the CPU, in 32-bit floats, in eval mode); `network` may live on any device.
std::shared_ptr<VideoNetworkImpl> copyNetwork(const VideoNetworkImpl &network);

} // namespace ethoscribe::nets
