// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/pimpl.h>

namespace ethoscribe::nets {

// A torch::nn::Sequential with a plain Tensor -> Tensor forward(), so that it can be nested in
// another Sequential (LibTorch cannot store a Sequential, whose forward() is a template, inside a
// Sequential). Children are named "0", "1", ... as in PyTorch's nn.Sequential.
class TensorSequentialImpl : public torch::nn::SequentialImpl
{
public:
    using SequentialImpl::SequentialImpl;
    torch::Tensor forward(torch::Tensor x) { return SequentialImpl::forward(std::move(x)); }
};
TORCH_MODULE(TensorSequential);

} // namespace ethoscribe::nets
