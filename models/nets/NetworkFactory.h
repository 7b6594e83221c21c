// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/NetConfig.h"
#include "nets/VideoNetwork.h"

#include <memory>

namespace ethoscribe::nets {

// The network a configuration describes, freshly initialised (random weights), in training mode
// on the CPU. Throws std::invalid_argument (plain words) for an invalid configuration.
std::shared_ptr<VideoNetworkImpl> makeNetwork(const NetConfig &config);

} // namespace ethoscribe::nets
