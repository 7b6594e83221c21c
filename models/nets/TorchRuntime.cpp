// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/TorchRuntime.h"

#include <mutex>

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <stdexcept>

namespace ethoscribe::nets {

bool TorchRuntime::cudaAvailable()
{
    return torch::cuda::is_available();
}

torch::Device TorchRuntime::parseDevice(const std::string &name)
{
    if (name.empty() || name == "auto")
        return cudaAvailable() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    if (name == "cpu")
        return torch::Device(torch::kCPU);
    if (name.rfind("cuda", 0) == 0) {
        if (!cudaAvailable())
            throw std::invalid_argument("device '" + name
                                        + "' was asked for, but this build of LibTorch has no CUDA "
                                          "support or no GPU is present; use 'cpu' or 'auto'");
        try {
            torch::Device d(name);
            if (d.index() >= static_cast<int>(torch::cuda::device_count()))
                throw std::invalid_argument("there is no GPU number " + std::to_string(d.index()));
            return d;
        } catch (const c10::Error &) {
            throw std::invalid_argument("'" + name
                                        + "' is not a device name; use cpu, cuda or cuda:N");
        }
    }
    throw std::invalid_argument("'" + name
                                + "' is not a device name; use auto, cpu, cuda or cuda:N");
}

void TorchRuntime::setThreads(int threads)
{
    if (threads <= 0)
        return;
    at::set_num_threads(threads);
    // The inter-op pool can be sized only once per process, before any parallel work: a later
    // call (e.g. a second analysis job) throws, so only the first call sets it.
    static std::once_flag interop;
    std::call_once(interop, [] {
        try {
            at::set_num_interop_threads(1);
        } catch (const std::exception &) {
            // Parallel work had started already: keep LibTorch's own size.
        }
    });
}

std::string TorchRuntime::describe(const torch::Device &device)
{
    std::string s = "LibTorch " TORCH_VERSION ", ";
    if (device.is_cuda())
        s += "CUDA device " + std::to_string(device.has_index() ? device.index() : 0);
    else
        s += "CPU, " + std::to_string(at::get_num_threads()) + (at::get_num_threads() == 1 ? " thread" : " threads");
    return s;
}

} // namespace ethoscribe::nets
