// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint/OptimizerState.h"

#include <QCoreApplication>

#include <c10/util/string_utils.h>

namespace ethoscribe {

namespace {

// The key LibTorch's optimizers use for a parameter's state.
std::string stateKey(const torch::Tensor &p)
{
    return c10::guts::to_string(p.unsafeGetTensorImpl());
}

} // namespace

OptimizerState OptimizerState::fromSgd(const torch::optim::SGD &sgd,
                                       const torch::nn::Module &network,
                                       qint64 step,
                                       int epoch)
{
    OptimizerState s;
    if (!sgd.param_groups().empty()) {
        const auto &o = static_cast<const torch::optim::SGDOptions &>(
                sgd.param_groups().front().options());
        s.learningRate = o.lr();
        s.momentum = o.momentum();
        s.dampening = o.dampening();
        s.weightDecay = o.weight_decay();
        s.nesterov = o.nesterov();
    }
    s.step = step;
    s.epoch = epoch;
    const auto &state = sgd.state();
    for (const auto &p : network.named_parameters(true)) {
        auto it = state.find(stateKey(p.value()));
        if (it == state.end())
            continue;
        const auto &ps = static_cast<const torch::optim::SGDParamState &>(*it->second);
        if (ps.momentum_buffer().defined())
            s.momentumBuffers.insert(p.key(), ps.momentum_buffer().detach().clone());
    }
    return s;
}

bool OptimizerState::applyTo(torch::optim::SGD &sgd,
                             const torch::nn::Module &network,
                             QString *error) const
{
    for (auto &group : sgd.param_groups()) {
        auto &o = static_cast<torch::optim::SGDOptions &>(group.options());
        o.lr(learningRate)
                .momentum(momentum)
                .dampening(dampening)
                .weight_decay(weightDecay)
                .nesterov(nesterov);
    }
    const auto params = network.named_parameters(true);
    for (const auto &item : momentumBuffers.items()) {
        const torch::Tensor *p = params.find(item.key());
        if (!p || p->sizes() != item.value().sizes()) {
            if (error)
                *error = QCoreApplication::translate("OptimizerState",
                                                     "The saved training state does not fit the "
                                                     "network (parameter '%1'); training cannot "
                                                     "resume from it.")
                                 .arg(QString::fromStdString(item.key()));
            return false;
        }
    }
    for (const auto &item : momentumBuffers.items()) {
        const torch::Tensor &p = params[item.key()];
        auto state = std::make_unique<torch::optim::SGDParamState>();
        state->momentum_buffer(item.value().to(p.options()).clone());
        sgd.state()[stateKey(p)] = std::move(state);
    }
    return true;
}

QJsonObject OptimizerState::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), QStringLiteral("sgd"));
    o.insert(QStringLiteral("learningRate"), learningRate);
    o.insert(QStringLiteral("momentum"), momentum);
    o.insert(QStringLiteral("dampening"), dampening);
    o.insert(QStringLiteral("weightDecay"), weightDecay);
    o.insert(QStringLiteral("nesterov"), nesterov);
    o.insert(QStringLiteral("step"), step);
    o.insert(QStringLiteral("epoch"), epoch);
    return o;
}

OptimizerState OptimizerState::fromJson(const QJsonObject &o)
{
    OptimizerState s;
    s.learningRate = o.value(QStringLiteral("learningRate")).toDouble(s.learningRate);
    s.momentum = o.value(QStringLiteral("momentum")).toDouble();
    s.dampening = o.value(QStringLiteral("dampening")).toDouble();
    s.weightDecay = o.value(QStringLiteral("weightDecay")).toDouble();
    s.nesterov = o.value(QStringLiteral("nesterov")).toBool();
    s.step = o.value(QStringLiteral("step")).toInteger();
    s.epoch = o.value(QStringLiteral("epoch")).toInt();
    return s;
}

} // namespace ethoscribe
