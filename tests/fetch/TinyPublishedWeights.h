// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "published" weights the fetch tests serve: a tiny R(2+1)D (width 0.125, depth 10, 5
// classes) with torchvision's tensor names, as a state dict, written as .safetensors.

#include "nets/NetworkFactory.h"
#include "weights/SafeTensors.h"

#include <QString>

namespace ethoscribe::testutil {

inline StateDict tinyPublishedState()
{
    nets::NetConfig config;
    config.arch = nets::Architecture::R2Plus1D;
    config.classes = 5;
    config.widthMultiplier = 0.125;
    config.depth = 10;
    const auto net = nets::makeNetwork(config);
    StateDict state;
    for (const auto &p : net->named_parameters(true))
        state.insert(p.key(), p.value().detach().clone());
    for (const auto &b : net->named_buffers(true))
        if (!state.contains(b.key()))
            state.insert(b.key(), b.value().detach().clone());
    return state;
}

} // namespace ethoscribe::testutil
