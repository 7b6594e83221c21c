// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint/Checkpoint.h"

#include "nets/NetworkFactory.h"

#include <QCoreApplication>

#include <cmath>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checkpoint)
};

} // namespace

nets::NetConfig Checkpoint::netConfigFor(const ModelSpec &spec)
{
    nets::NetConfig c = nets::NetConfig::forStream(
            spec.architecture, spec.stream, int(spec.behaviors.size()));
    c.widthMultiplier = spec.widthMultiplier;
    return c;
}

Checkpoint Checkpoint::fromNetwork(const ModelSpec &spec, const nets::VideoNetworkImpl &net)
{
    Checkpoint c;
    c.spec = spec;
    c.network = net.config();
    for (const auto &p : net.named_parameters(true))
        c.weights.insert(p.key(), p.value().detach().to(torch::kCPU).clone());
    for (const auto &b : net.named_buffers(true))
        if (!c.weights.contains(b.key()))
            c.weights.insert(b.key(), b.value().detach().to(torch::kCPU).clone());
    return c;
}

QString Checkpoint::inconsistency() const
{
    if (network.arch != spec.architecture)
        return Tr::tr("the model is described as %1 but its network is %2")
                .arg(QString::fromStdString(nets::toString(spec.architecture)),
                     QString::fromStdString(nets::toString(network.arch)));
    if (network.classes != spec.behaviors.size())
        return Tr::tr("the model lists %1 behaviors but its network has %2 outputs")
                .arg(spec.behaviors.size())
                .arg(network.classes);
    if (network.inChannels != nets::inputChannels(spec.stream))
        return Tr::tr("the model's stream is %1 but its network takes %2 input channels")
                .arg(QString::fromStdString(nets::toString(spec.stream)))
                .arg(network.inChannels);
    if (std::abs(network.widthMultiplier - spec.widthMultiplier) > 1e-9)
        return Tr::tr("the model's width (%1) differs from its network's (%2)")
                .arg(spec.widthMultiplier)
                .arg(network.widthMultiplier);
    return QString();
}

bool Checkpoint::loadInto(torch::nn::Module &net, QString *error) const
{
    auto fail = [error](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies;
    int expected = 0;
    auto collect = [&](const std::string &key, const torch::Tensor &dst) -> QString {
        ++expected;
        const torch::Tensor *src = weights.find(key);
        if (!src)
            return Tr::tr("the weights lack '%1'").arg(QString::fromStdString(key));
        if (src->sizes() != dst.sizes())
            return Tr::tr("'%1' has another shape than the network's")
                    .arg(QString::fromStdString(key));
        copies.emplace_back(dst, *src);
        return QString();
    };
    for (const auto &p : net.named_parameters(true))
        if (QString why = collect(p.key(), p.value()); !why.isEmpty())
            return fail(why);
    const auto params = net.named_parameters(true);
    for (const auto &b : net.named_buffers(true))
        if (!params.contains(b.key()))
            if (QString why = collect(b.key(), b.value()); !why.isEmpty())
                return fail(why);
    if (std::size_t(expected) != weights.size())
        return fail(Tr::tr("the weights hold %1 tensors the network does not have")
                            .arg(int(weights.size()) - expected));
    torch::NoGradGuard noGrad;
    for (auto &[dst, src] : copies)
        dst.copy_(src.to(dst.dtype()));
    return true;
}

std::shared_ptr<nets::VideoNetworkImpl> Checkpoint::makeNetwork(QString *error) const
{
    if (const QString why = inconsistency(); !why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    std::shared_ptr<nets::VideoNetworkImpl> net;
    try {
        net = nets::makeNetwork(network);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    if (!loadInto(*net, error))
        return nullptr;
    return net;
}

} // namespace ethoscribe
