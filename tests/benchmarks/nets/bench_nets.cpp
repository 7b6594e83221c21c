// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the two networks at full size: clips per second for I3D (16x224x224) and
// R(2+1)D-18 (16x112x112), RGB and flow, batch 1/4/8, contiguous and channels_last_3d, eager and
// frozen + optimize_for_inference, 8-bit copies (QuantizedNetwork) at batch 1 and 4 on the CPU,
// and 16-bit copies (TorchRuntime::float16Type: bfloat16 on the CPU, half on CUDA; eager and, on
// the CPU, frozen) at batch 1 and 4 where the device computes them at speed;
// the same R(2+1)D-18 forward in Python torchvision in the same run, eager, frozen and quantized by
// PyTorch's own FX post-training quantization, and in bfloat16 (ratios C++ / Python, eager
// against eager, fastest float against fastest float, 8 bits against 8 bits, bfloat16 against
// bfloat16);
// achieved GFLOP/s against one large conv3d measured in the same run. Prints figures, never fails
// on time. C++ tensors come from CpuMemoryPool, as in the programs (--system-allocator: from
// LibTorch's own allocator, as in Python). LibTorch only (also built by the standalone
// models/nets project). Run:
// OPENBLAS_NUM_THREADS=1 bench_nets [--quick] [--device cuda] [--system-allocator]
#include "nets/CpuMemoryPool.h"
#include "nets/FrozenNetwork.h"
#include "nets/MemoryFormat.h"
#include "nets/NetworkFactory.h"
#include "nets/QuantizedNetwork.h"
#include "nets/TorchRuntime.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace ethoscribe::nets;

namespace {

struct Options
{
    bool quick = false;
    int iterations = 2;
    int threads = 0; // 0: all hardware threads
    std::string device = "cpu";
    std::string python = "/usr/bin/python3";
    bool systemAllocator = false;
    bool runPython = true;
    bool bf16 = false; // set in main: the device computes 16-bit floats at speed
};

void synchronize(const torch::Device &device)
{
    if (device.is_cuda())
        torch::cuda::synchronize(device.index());
}

// Seconds per call of f: one warm-up call, then `iterations` timed calls.
template<typename F>
double timeIt(const torch::Device &device, int iterations, F &&f)
{
    f();
    synchronize(device);
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i)
        f();
    synchronize(device);
    const auto t1 = std::chrono::steady_clock::now();
    return std::chrono::duration<double>(t1 - t0).count() / iterations;
}

// GFLOP/s of one large 3x3x3 convolution, the machine's practical convolution peak.
double convolutionPeak(const torch::Device &device, int iterations)
{
    c10::InferenceMode mode;
    const int64_t n = device.is_cuda() ? 16 : 1;
    auto opts = torch::TensorOptions().device(device);
    torch::Tensor x = torch::randn({n, 128, 8, 56, 56}, opts);
    torch::Tensor w = torch::randn({128, 128, 3, 3, 3}, opts) * 0.01;
    const double macs = double(n) * 128 * 8 * 56 * 56 * 128 * 27;
    const double s = timeIt(device, iterations + 1, [&] { torch::conv3d(x, w, {}, 1, 1); });
    return 2.0 * macs / s / 1e9;
}

struct Row
{
    std::string net, stream, format, mode;
    int batch = 1;
    double clipsPerSecond = 0;
    double gflops = 0;
};

struct PythonRate
{
    double eager = 0;  // clips/s, eval + inference_mode
    double frozen = 0; // clips/s, torch.jit.trace + freeze + optimize_for_inference
    double int8 = 0;   // clips/s, FX post-training static quantization (faster of eager/frozen)
    double bf16 = 0;   // clips/s, the model in bfloat16 (faster of eager and frozen + optimized)
};

// Runs torchvision's r2plus1d_18 (random weights, eval) in Python with the same number of
// threads, eager and through Python's fastest float path on the CPU (traced, frozen,
// optimize_for_inference), and in 8 bits through PyTorch's own post-training quantization (FX
// graph mode, the first quantized engine of x86/fbgemm/onednn this torch has, calibrated on 4
// random clips; 0 when it fails); returns clips/s per batch size, empty when Python/torchvision
// is missing.
std::map<int, PythonRate> pythonR2Plus1D(const Options &o,
                                         const std::vector<int> &batches,
                                         int threads)
{
    std::map<int, PythonRate> result;
    std::string bs;
    for (int b : batches)
        bs += (bs.empty() ? "" : ",") + std::to_string(b);
    const std::string n = std::to_string(o.iterations);
    const std::string script
            = "import time,torch\n"
              "from torchvision.models.video import r2plus1d_18\n"
              "torch.set_num_threads("
              + std::to_string(threads)
              + ")\n"
                "m=r2plus1d_18(num_classes=8).eval()\n"
                "def rate(f,x):\n"
                "  f(x)\n"
                "  t=time.perf_counter()\n"
                "  for i in range("
              + n
              + "): f(x)\n"
                "  return x.shape[0]*"
              + n
              + "/(time.perf_counter()-t)\n"
                "for b in ["
              + bs
              + "]:\n"
                "  x=torch.randn(b,3,16,112,112)\n"
                "  with torch.inference_mode():\n"
                "    e=rate(m,x)\n"
                "  with torch.no_grad():\n"
                "    f=torch.jit.optimize_for_inference(torch.jit.freeze(torch.jit.trace(m,x)))\n"
                "    f(x)\n"
                "    z=rate(f,x)\n"
                "  q8=0\n"
                "  try:\n"
                "    import copy\n"
                "    from torch.ao.quantization import get_default_qconfig_mapping\n"
                "    from torch.ao.quantization.quantize_fx import prepare_fx,convert_fx\n"
                "    eng=[e for e in ['x86','fbgemm','onednn'] if e in "
                "torch.backends.quantized.supported_engines][0]\n"
                "    torch.backends.quantized.engine=eng\n"
                "    p=prepare_fx(copy.deepcopy(m),get_default_qconfig_mapping(eng),(x,))\n"
                "    with torch.no_grad():\n"
                "      for i in range(4): p(torch.randn(1,3,16,112,112))\n"
                "    q=convert_fx(p)\n"
                "    with torch.inference_mode():\n"
                "      q8=rate(q,x)\n"
                "    with torch.no_grad():\n"
                "      qf=torch.jit.freeze(torch.jit.trace(q,x))\n"
                "      qf(x)\n"
                "      q8=max(q8,rate(qf,x))\n"
                "  except Exception:\n"
                "    pass\n"
                "  b16=0\n"
                "  if "
              + std::string(o.bf16 ? "True" : "False")
              + ":\n"
                "    import copy\n"
                "    mb=copy.deepcopy(m).bfloat16()\n"
                "    xb=x.bfloat16()\n"
                "    with torch.inference_mode():\n"
                "      b16=rate(mb,xb)\n"
                "    with torch.no_grad():\n"
                "      "
                "fb=torch.jit.optimize_for_inference(torch.jit.freeze(torch.jit.trace(mb,xb)))\n"
                "      fb(xb)\n"
                "      b16=max(b16,rate(fb,xb))\n"
                "  print('PY',b,e,z,q8,b16,flush=True)\n";
    const std::string path = "/tmp/ethoscribe_bench_nets_r2plus1d.py";
    if (FILE *f = std::fopen(path.c_str(), "w")) {
        std::fputs(script.c_str(), f);
        std::fclose(f);
    } else {
        return result;
    }
    const std::string cmd = "OPENBLAS_NUM_THREADS=1 " + o.python + " " + path + " 2>/dev/null";
    FILE *p = popen(cmd.c_str(), "r");
    if (!p)
        return result;
    char line[256];
    while (std::fgets(line, sizeof line, p)) {
        int b = 0;
        double eager = 0, frozen = 0, int8 = 0, bf16 = 0;
        if (std::sscanf(line, "PY %d %lf %lf %lf %lf", &b, &eager, &frozen, &int8, &bf16) >= 3)
            result[b] = PythonRate{eager, frozen, int8, bf16};
    }
    pclose(p);
    return result;
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--quick")
            o.quick = true;
        else if (a == "--iterations" && i + 1 < argc)
            o.iterations = std::max(1, std::atoi(argv[++i]));
        else if (a == "--threads" && i + 1 < argc)
            o.threads = std::atoi(argv[++i]);
        else if (a == "--device" && i + 1 < argc)
            o.device = argv[++i];
        else if (a == "--python" && i + 1 < argc)
            o.python = argv[++i];
        else if (a == "--no-python")
            o.runPython = false;
        else if (a == "--system-allocator")
            o.systemAllocator = true;
        else {
            std::cout << "usage: bench_nets [--quick] [--iterations N] [--threads N] "
                         "[--device cpu|cuda|auto] [--python PATH] [--no-python] "
                         "[--system-allocator]\n"
                         "  --quick: batch 1 and 4 only, RGB channels_last only for flow\n";
            std::exit(a == "--help" ? 0 : 2);
        }
    }
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    Options o = parse(argc, argv);
    if (!o.systemAllocator)
        CpuMemoryPool::install();
    if (!std::getenv("OPENBLAS_NUM_THREADS"))
        setenv("OPENBLAS_NUM_THREADS", "1", 1);
    TorchRuntime::setThreads(
            o.threads > 0 ? o.threads : int(std::max(1u, std::thread::hardware_concurrency())));
    torch::Device device(torch::kCPU);
    try {
        device = TorchRuntime::parseDevice(o.device);
    } catch (const std::exception &e) {
        std::cerr << "bench_nets: " << e.what() << "\n";
        return 2;
    }
    torch::manual_seed(0);
    std::cout << "bench_nets: " << TorchRuntime::describe(device) << ", " << o.iterations
              << " timed iterations after 1 warm-up" << (o.quick ? ", --quick" : "") << "; "
              << CpuMemoryPool::describe() << "\n";

    // 8-bit copies (QuantizedNetwork) on the CPU, where LibTorch has a quantized engine.
    std::string int8Why;
    const bool int8 = !device.is_cuda() && QuantizedNetwork::isAvailable(&int8Why);
    if (!int8 && !device.is_cuda())
        std::printf("8-bit rows skipped: %s\n", int8Why.c_str());
    // 16-bit copies (copyNetwork, as the inference engine's Float16Passes make them) where the
    // device computes them at speed: rows "f16" (eager) and "f16-fz" (frozen, CPU).
    std::string bf16Why;
    o.bf16 = TorchRuntime::float16Supported(device, &bf16Why);
    if (!o.bf16)
        std::printf("16-bit rows skipped: %s\n", bf16Why.c_str());
    const double peak = convolutionPeak(device, o.iterations);
    std::printf("single conv3d 128->128 3x3x3 on 8x56x56: %.1f GFLOP/s (baseline)\n\n", peak);

    const std::vector<int> batches = o.quick ? std::vector<int>{1, 4} : std::vector<int>{1, 4, 8};
    std::vector<Row> rows;
    std::printf("%-9s %-5s %-14s %-7s %5s %10s %9s %7s\n",
                "network",
                "input",
                "format",
                "mode",
                "batch",
                "clips/s",
                "GFLOP/s",
                "of peak");
    for (Architecture arch : {Architecture::I3D, Architecture::R2Plus1D}) {
        for (Stream stream : {Stream::Rgb, Stream::Flow}) {
            NetConfig config = NetConfig::forStream(arch, stream, 8);
            auto net = makeNetwork(config);
            net->eval();
            const int size = cropSize(arch);
            const torch::Tensor one
                    = torch::randn({1, inputChannels(stream), kClipFrames, size, size});
            const double macsPerClip = double(FrozenNetwork::countMultiplyAdds(*net, one));
            std::printf("# %s %s: %.2f G multiply-adds per clip, %.2f M parameters\n",
                        toString(arch).c_str(),
                        toString(stream).c_str(),
                        macsPerClip / 1e9,
                        net->parameterCount() / 1e6);
            net->to(device);
            for (bool channelsLast : {false, true}) {
                if (channelsLast)
                    toChannelsLast3d(*net);
                if (o.quick && channelsLast && stream == Stream::Flow)
                    continue;
                const auto format = channelsLast ? torch::MemoryFormat::ChannelsLast3d
                                                 : torch::MemoryFormat::Contiguous;
                for (int batch : batches) {
                    torch::Tensor x
                            = torch::randn({batch, inputChannels(stream), kClipFrames, size, size})
                                      .to(device)
                                      .contiguous(format);
                    std::vector<std::string> modes = {"eager"};
                    if (!channelsLast && batch <= 4)
                        modes.push_back("frozen");
                    if (!channelsLast && batch <= 4 && int8)
                        modes.push_back("int8");
                    if (!channelsLast && batch <= 4 && o.bf16) {
                        modes.push_back("f16");
                        if (!device.is_cuda())
                            modes.push_back("f16-fz");
                    }
                    for (const std::string &mode : modes) {
                        double s = 0;
                        if (mode == "eager") {
                            c10::InferenceMode inference;
                            s = timeIt(device, o.iterations, [&] { net->forward(x); });
                        } else if (mode == "f16" || mode == "f16-fz") {
                            const auto type = TorchRuntime::float16Type(device);
                            auto copy = copyNetwork(*net);
                            copy->to(device, type);
                            const torch::Tensor xb = x.to(type);
                            if (mode == "f16") {
                                c10::InferenceMode inference;
                                s = timeIt(device, o.iterations, [&] { copy->forward(xb); });
                            } else {
                                FrozenNetwork frozen = FrozenNetwork::trace(*copy, xb, false);
                                c10::InferenceMode inference;
                                s = timeIt(device, o.iterations, [&] { frozen.forward(xb); });
                            }
                        } else if (mode == "int8") {
                            // Inputs as the engine gives them: FrameStore's 8-bit codes
                            // (v / 127.5 - 1), which the copy quantizes exactly.
                            const double step = 1.0 / 127.5, offset = -1.0;
                            const torch::Tensor codes
                                    = torch::randint(0, 256, x.sizes()).mul(step).add(offset);
                            const auto q = QuantizedNetwork::build(*net, codes, {step, offset});
                            c10::InferenceMode inference;
                            s = timeIt(device, o.iterations, [&] { q->forward(codes, false); });
                        } else {
                            FrozenNetwork frozen
                                    = FrozenNetwork::trace(*net, x, false, !device.is_cuda());
                            c10::InferenceMode inference;
                            s = timeIt(device, o.iterations, [&] { frozen.forward(x); });
                        }
                        Row r{toString(arch),
                              toString(stream),
                              channelsLast ? "channels_last" : "contiguous",
                              mode,
                              batch,
                              batch / s,
                              0};
                        r.gflops = 2.0 * macsPerClip * r.clipsPerSecond / 1e9;
                        std::printf("%-9s %-5s %-14s %-7s %5d %10.2f %9.1f %6.0f%%\n",
                                    r.net.c_str(),
                                    r.stream.c_str(),
                                    r.format.c_str(),
                                    r.mode.c_str(),
                                    batch,
                                    r.clipsPerSecond,
                                    r.gflops,
                                    100.0 * r.gflops / peak);
                        std::fflush(stdout);
                        rows.push_back(r);
                    }
                }
            }
        }
    }

    std::cout << "\n";
    for (const Row &r : rows) {
        if (r.mode != "eager" || r.format != "contiguous" || r.stream != "rgb")
            continue;
        for (const Row &q : rows) {
            if (q.net == r.net && q.stream == r.stream && q.batch == r.batch && q.mode == "frozen")
                std::printf("frozen + optimize_for_inference / eager, %s rgb batch %d: %.2fx\n",
                            r.net.c_str(),
                            r.batch,
                            q.clipsPerSecond / r.clipsPerSecond);
            if (q.net == r.net && q.stream == r.stream && q.batch == r.batch
                && q.format == "channels_last" && q.mode == "eager")
                std::printf("channels_last_3d / contiguous, %s rgb batch %d: %.2fx\n",
                            r.net.c_str(),
                            r.batch,
                            q.clipsPerSecond / r.clipsPerSecond);
        }
    }

    if (o.runPython && !device.is_cuda()) {
        const auto py = pythonR2Plus1D(o, batches, at::get_num_threads());
        if (py.empty())
            std::printf("\nPython torchvision comparison skipped: %s could not run torchvision\n",
                        o.python.c_str());
        for (const auto &[batch, rate] : py) {
            double eager = 0, frozen = 0, int8Rate = 0, bf16Rate = 0;
            for (const Row &r : rows) {
                if (r.net != "r2plus1d" || r.stream != "rgb" || r.format != "contiguous"
                    || r.batch != batch)
                    continue;
                if (r.mode == "eager")
                    eager = r.clipsPerSecond;
                else if (r.mode == "frozen")
                    frozen = r.clipsPerSecond;
                else if (r.mode == "int8")
                    int8Rate = r.clipsPerSecond;
                else
                    bf16Rate = std::max(bf16Rate, r.clipsPerSecond);
            }
            std::printf("r2plus1d rgb batch %d: Python torchvision eager %.2f, frozen %.2f "
                        "clips/s; C++ eager %.2f, frozen %.2f clips/s; C++/Python eager %.2f, "
                        "fastest (frozen) %.2f\n",
                        batch,
                        rate.eager,
                        rate.frozen,
                        eager,
                        frozen,
                        rate.eager > 0 ? eager / rate.eager : 0.0,
                        rate.frozen > 0 ? frozen / rate.frozen : 0.0);
            if (int8Rate > 0 || rate.int8 > 0)
                std::printf("r2plus1d rgb batch %d, 8 bits: Python FX-quantized %.2f clips/s, C++ "
                            "QuantizedNetwork %.2f clips/s; C++/Python %.2f; C++ 8-bit / Python "
                            "fastest float %.2f\n",
                            batch,
                            rate.int8,
                            int8Rate,
                            rate.int8 > 0 ? int8Rate / rate.int8 : 0.0,
                            rate.frozen > 0 ? int8Rate / rate.frozen : 0.0);
            if (bf16Rate > 0 || rate.bf16 > 0)
                std::printf("r2plus1d rgb batch %d, bfloat16: Python %.2f clips/s, C++ %.2f "
                            "clips/s (faster of eager and frozen each); C++/Python %.2f; C++ "
                            "bfloat16 / Python fastest float %.2f\n",
                            batch,
                            rate.bf16,
                            bf16Rate,
                            rate.bf16 > 0 ? bf16Rate / rate.bf16 : 0.0,
                            rate.frozen > 0 ? bf16Rate / rate.frozen : 0.0);
        }
    }
    return 0;
}
