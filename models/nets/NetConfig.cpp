// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/NetConfig.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace ethoscribe::nets {

int NetConfig::scaled(int channels) const
{
    const long c = std::lround(channels * widthMultiplier);
    return c < 1 ? 1 : static_cast<int>(c);
}

void NetConfig::validate() const
{
    if (inChannels < 1)
        throw std::invalid_argument("a network needs at least one input channel (got "
                                    + std::to_string(inChannels) + ")");
    if (classes < 1)
        throw std::invalid_argument("a network needs at least one output class (got "
                                    + std::to_string(classes) + ")");
    if (!(widthMultiplier > 0.0) || widthMultiplier > 4.0)
        throw std::invalid_argument("the width multiplier must lie in (0, 4] (got "
                                    + std::to_string(widthMultiplier) + ")");
    if (!(dropoutKeep > 0.0) || dropoutKeep > 1.0)
        throw std::invalid_argument("the dropout keep-probability must lie in (0, 1] (got "
                                    + std::to_string(dropoutKeep) + ")");
    if (arch == Architecture::R2Plus1D && depth != 10 && depth != 18 && depth != 34)
        throw std::invalid_argument("R(2+1)D exists with depth 10, 18 or 34 (got "
                                    + std::to_string(depth) + ")");
}

std::string NetConfig::describe() const
{
    std::ostringstream s;
    s << toString(arch) << ", " << inChannels << " input channels, " << classes
      << " classes, width " << widthMultiplier;
    if (arch == Architecture::R2Plus1D)
        s << ", depth " << depth;
    s << ", dropout keep " << dropoutKeep;
    return s.str();
}

} // namespace ethoscribe::nets
