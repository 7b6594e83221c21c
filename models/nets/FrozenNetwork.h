// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/VideoNetwork.h"

#include <torch/csrc/jit/api/module.h>

#include <vector>

namespace ethoscribe::nets {

// A network traced to TorchScript for one input shape, then frozen (weights become constants,
// batch norm is folded into the convolutions) and, on the CPU, passed through
// torch::jit::optimize_for_inference (oneDNN weight layouts and fused convolutions): the
// 1.4-1.8x faster inference path of /work/shared/PERFORMANCE.md.
//
// LibTorch 1.13 has no torch::jit::trace for C++ modules, but its tracer (torch::jit::tracer::
// trace) records any C++ function; the network's parameters and buffers are registered as
// attributes of a fresh torch::jit::Module so the tracer turns them into module attributes, which
// freezing then folds. The trace is specialised to the example's shape (SAME padding and pooling
// sizes become constants): use it only for inputs of exactly that shape. It copies the weights at
// the time of tracing; trace again after loading other weights.
class FrozenNetwork
{
public:
    // `dense` traces forwardDense() instead of forward(). The network is traced in eval mode;
    // `optimize` = false stops after freezing (for comparisons).
    static FrozenNetwork trace(VideoNetworkImpl &net,
                               const torch::Tensor &example,
                               bool dense,
                               bool optimize = true);

    // Multiply-adds of one forward() of the network on an input of the example's shape, counted
    // from the traced graph: every convolution adds (output elements) x (weights per output
    // channel), every linear layer (output elements) x (input features). Pooling, batch norm and
    // activations are not counted. Runs the network once.
    static int64_t countMultiplyAdds(VideoNetworkImpl &net, const torch::Tensor &example);

    torch::Tensor forward(const torch::Tensor &x);
    const std::vector<int64_t> &inputShape() const { return m_inputShape; }
    bool dense() const { return m_dense; }

private:
    // The network as a traced, not yet frozen, TorchScript module.
    static torch::jit::Module traceModule(VideoNetworkImpl &net,
                                          const torch::Tensor &example,
                                          bool dense);
    FrozenNetwork(torch::jit::Module module, std::vector<int64_t> shape, bool dense);
    torch::jit::Module m_module;
    std::vector<int64_t> m_inputShape;
    bool m_dense = false;
};

} // namespace ethoscribe::nets
