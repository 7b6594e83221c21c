// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/types.h>

#include <string>

namespace ethoscribe::nets {

// Where and how torch code runs: the device (CPU, or CUDA when this LibTorch was built with it
// and a GPU is present) and the size of the intra-op thread pool. Set once at start-up.
struct TorchRuntime
{
    // "auto" picks CUDA when available, else CPU; "cpu"; "cuda" or "cuda:N".
    // Throws std::invalid_argument with a readable message for an unknown or unavailable device.
    static torch::Device parseDevice(const std::string &name);
    static bool cudaAvailable();
    // Sets torch's intra-op threads (0 = leave torch's default). Call once, before any work.
    static void setThreads(int threads);
    // The 16-bit floating-point format of the networks' 16-bit copies on `device`: IEEE half
    // precision on CUDA (three more significand bits than bfloat16, so closer to 32-bit results;
    // tensor cores on every recent GPU), bfloat16 on the processor (the only 16-bit format of
    // LibTorch 1.13's CPU convolutions).
    static torch::ScalarType float16Type(const torch::Device &device);
    // Whether `device` computes in float16Type() at speed: a processor with the x86 AVX-512 BF16
    // or AMX BF16 instructions (elsewhere oneDNN emulates them, slower than 32-bit floats, or
    // refuses), a CUDA device that runs a small convolution and pooling in half precision
    // correctly. false with a plain reason in *why otherwise.
    static bool float16Supported(const torch::Device &device, std::string *why = nullptr);
    // A one-line description: "LibTorch 1.13.1, CPU, 2 threads" / "... CUDA (NVIDIA H100)".
    static std::string describe(const torch::Device &device);
};

} // namespace ethoscribe::nets
