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

std::shared_ptr<VideoNetworkImpl> copyNetwork(const VideoNetworkImpl &network)
{
    auto copy = makeNetwork(network.config());
    torch::NoGradGuard noGrad;
    const auto parameters = network.named_parameters(true);
    for (auto &p : copy->named_parameters(true))
        p.value().copy_(parameters[p.key()]);
    const auto buffers = network.named_buffers(true);
    for (auto &b : copy->named_buffers(true))
        b.value().copy_(buffers[b.key()]);
    copy->eval();
    return copy;
}

} // namespace ethoscribe::nets
