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
    // A one-line description: "LibTorch 1.13.1, CPU, 2 threads" / "... CUDA (NVIDIA H100)".
    static std::string describe(const torch::Device &device);
};

} // namespace ethoscribe::nets
