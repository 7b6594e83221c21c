// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/NetworkFactory.h"

#include "nets/I3D.h"
#include "nets/R2Plus1D.h"

namespace ethoscribe::nets {

std::shared_ptr<VideoNetworkImpl> makeNetwork(const NetConfig &config)
{
    config.validate();
    if (config.arch == Architecture::I3D)
        return std::make_shared<I3DImpl>(config);
    return std::make_shared<R2Plus1DImpl>(config);
}

} // namespace ethoscribe::nets
