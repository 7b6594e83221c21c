// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/FrozenNetwork.h"

#include <torch/csrc/jit/frontend/tracer.h>
#include <torch/script.h>
#include <torch/torch.h>

namespace ethoscribe::nets {

namespace {
std::string attributeName(const std::string &prefix, std::string key)
{
    for (char &c : key) {
        if (c == '.')
            c = '_';
    }
    return prefix + key;
}
} // namespace

FrozenNetwork::FrozenNetwork(torch::jit::Module module, std::vector<int64_t> shape, bool dense)
    : m_module(std::move(module))
    , m_inputShape(std::move(shape))
    , m_dense(dense)
{}

torch::jit::Module FrozenNetwork::traceModule(VideoNetworkImpl &net,
                                              const torch::Tensor &example,
                                              bool dense)
{
    const bool wasTraining = net.is_training();
    net.eval();
    torch::jit::Module module("EthoscribeTracedNetwork");
    for (const auto &p : net.named_parameters())
        module.register_parameter(attributeName("p_", p.key()), p.value(), false);
    for (const auto &b : net.named_buffers())
        module.register_buffer(attributeName("b_", b.key()), b.value());

    torch::NoGradGuard noGrad;
    auto run = [&net, dense](torch::jit::Stack inputs) -> torch::jit::Stack {
        const torch::Tensor x = inputs.back().toTensor();
        return {dense ? net.forwardDense(x) : net.forward(x)};
    };
    auto traced = torch::jit::tracer::trace(
            {example},
            run,
            [](const torch::autograd::Variable &) { return std::string(); },
            /*strict=*/true,
            /*force_outplace=*/false,
            &module);
    auto function = module._ivalue()->compilation_unit()->create_function(
            c10::QualifiedName(*module.type()->name(), "forward"), traced.first->graph);
    module.type()->addMethod(function);
    module.eval();
    net.train(wasTraining);
    return module;
}

FrozenNetwork FrozenNetwork::trace(VideoNetworkImpl &net,
                                   const torch::Tensor &example,
                                   bool dense,
                                   bool optimize)
{
    torch::jit::Module frozen = torch::jit::freeze(traceModule(net, example, dense));
    if (optimize)
        frozen = torch::jit::optimize_for_inference(frozen);
    return FrozenNetwork(frozen, example.sizes().vec(), dense);
}

int64_t FrozenNetwork::countMultiplyAdds(VideoNetworkImpl &net, const torch::Tensor &example)
{
    torch::jit::Module module = traceModule(net, example, false);
    int64_t total = 0;
    for (const torch::jit::Node *node : module.get_method("forward").graph()->nodes()) {
        const bool conv = node->kind() == c10::Symbol::fromQualString("aten::_convolution");
        const bool linear = node->kind() == c10::Symbol::fromQualString("aten::linear");
        if (!conv && !linear)
            continue;
        const torch::jit::Node *weightNode = node->input(1)->node();
        TORCH_CHECK(weightNode->kind() == c10::prim::GetAttr,
                    "unexpected weight source in the traced graph");
        const torch::Tensor weight = module.attr(weightNode->s(c10::attr::name)).toTensor();
        const auto outType = node->output()->type()->cast<c10::TensorType>();
        TORCH_CHECK(outType && outType->numel(), "the traced graph has no output shape");
        total += static_cast<int64_t>(*outType->numel()) * (weight.numel() / weight.size(0));
    }
    return total;
}

torch::Tensor FrozenNetwork::forward(const torch::Tensor &x)
{
    TORCH_CHECK(x.sizes().vec() == m_inputShape,
                "this frozen network was traced for input ",
                c10::IntArrayRef(m_inputShape),
                ", got ",
                x.sizes());
    return m_module.forward({x}).toTensor();
}

} // namespace ethoscribe::nets
