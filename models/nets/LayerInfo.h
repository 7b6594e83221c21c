// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ethoscribe::nets {

// One row of a network summary: a named stage (a module of the reference implementation, or a
// parameter-free step such as a pooling), the shape it outputs for a given input, and the number
// of parameters it owns.
struct LayerInfo
{
    std::string name;
    std::vector<int64_t> outputShape;
    int64_t parameters = 0;
};

} // namespace ethoscribe::nets
