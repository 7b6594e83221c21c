// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/TorchRuntime.h"

#include <mutex>

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/torch.h>
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

torch::ScalarType TorchRuntime::float16Type(const torch::Device &device)
{
    return device.is_cuda() ? torch::kHalf : torch::kBFloat16;
}

bool TorchRuntime::float16Supported(const torch::Device &device, std::string *why)
{
    if (device.is_cuda()) {
        try {
            c10::InferenceMode inference;
            const auto options = torch::TensorOptions().device(device).dtype(float16Type(device));
            const torch::Tensor x = torch::ones({1, 2, 4, 4, 4}, options);
            const torch::Tensor w = torch::ones({2, 2, 1, 1, 1}, options);
            const torch::Tensor y = torch::max_pool3d(torch::conv3d(x, w), {2, 2, 2});
            if (y.to(torch::kCPU, torch::kFloat).sum().item<float>() == 32.0f)
                return true;
            if (why)
                *why = "the GPU computed a wrong result in 16-bit floating point";
        } catch (const std::exception &e) {
            if (why) {
                const std::string what = e.what();
                *why = "the GPU cannot compute in 16-bit floating point: "
                       + what.substr(0, what.find('\n'));
            }
        }
        return false;
    }
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512bf16") || __builtin_cpu_supports("amx-bf16"))
        return true;
    if (why)
        *why = "this processor has no bfloat16 instructions (AVX-512 BF16 or AMX)";
#else
    if (why)
        *why = "16-bit floating point on the processor is supported on x86-64 only";
#endif
    return false;
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
