// SPDX-License-Identifier: GPL-3.0-or-later
#include "nets/QuantizedNetwork.h"

#include "nets/SamePadding.h"

#include <ATen/Parallel.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <stdexcept>

namespace ethoscribe::nets {

using Triple3 = std::array<int64_t, 3>;

struct QuantizedNetwork::Node
{
    enum class Kind { Quantize, Conv, MaxPool, Cat, AddRelu };
    Kind kind = Kind::Conv;
    std::vector<int> inputs;
    int output = 0;
    // Quantize: padding of the first convolution, in float first (I3D's SAME padding, which can
    // be asymmetric, or R(2+1)D's symmetric `padding`), so that padded values are 0.0 exactly
    // whatever `shift` is; then x + shift is quantized. MaxPool: the pool's kernel and stride,
    // SAME padded.
    bool padSame = false;
    double shift = 0.0;
    Triple3 kernel{1, 1, 1};
    Triple3 stride{1, 1, 1};
    // Conv: batch norm folded in; symmetric padding.
    torch::Tensor weight;
    torch::Tensor bias;
    torch::Tensor quantizedBias; // bias, less what the input's shift adds
    Triple3 padding{0, 0, 0};
    bool relu = false;
    torch::Tensor qweight; // per output channel, symmetric
};

namespace {

using Node = QuantizedNetwork::Node;
using Modules = torch::OrderedDict<std::string, std::shared_ptr<torch::nn::Module>>;

c10::OperatorHandle quantizedOp(const char *name, const char *overload = "")
{
    return c10::Dispatcher::singleton().findSchemaOrThrow(name, overload);
}

torch::nn::Module &moduleNamed(const Modules &modules, const std::string &name)
{
    const auto *found = modules.find(name);
    if (!found)
        throw std::runtime_error("the network has no module " + name);
    return **found;
}

Triple3 triple(const torch::ExpandingArray<3> &a)
{
    return {a->at(0), a->at(1), a->at(2)};
}

// One convolution with the batch norm after it (bn empty: none) folded in.
Node foldedConv(const Modules &modules,
                const std::string &conv,
                const std::string &bn,
                bool relu,
                int input,
                int output)
{
    auto *c = moduleNamed(modules, conv).as<torch::nn::Conv3dImpl>();
    if (!c)
        throw std::runtime_error(conv + " is not a 3D convolution");
    TORCH_CHECK(c->options.groups() == 1 && triple(c->options.dilation()) == Triple3({1, 1, 1}),
                conv,
                ": grouped or dilated convolutions are not supported");
    Node n;
    n.kind = Node::Kind::Conv;
    n.inputs = {input};
    n.output = output;
    n.relu = relu;
    n.stride = triple(c->options.stride());
    n.kernel = triple(c->options.kernel_size());
    const auto *padding = c10::get_if<torch::ExpandingArray<3>>(&c->options.padding());
    TORCH_CHECK(padding, conv, ": only explicit padding is supported");
    n.padding = triple(*padding);
    torch::Tensor w = c->weight.detach().to(torch::kFloat).clone();
    const int64_t out = w.size(0);
    torch::Tensor b
            = c->options.bias() ? c->bias.detach().to(torch::kFloat).clone() : torch::zeros({out});
    if (!bn.empty()) {
        auto *norm = moduleNamed(modules, bn).as<torch::nn::BatchNorm3dImpl>();
        if (!norm)
            throw std::runtime_error(bn + " is not a 3D batch norm");
        const torch::Tensor factor
                = norm->weight.detach() / torch::sqrt(norm->running_var + norm->options.eps());
        w = w * factor.view({out, 1, 1, 1, 1});
        b = (b - norm->running_mean) * factor + norm->bias.detach();
    }
    n.weight = w.contiguous();
    n.bias = b.contiguous();
    return n;
}

// The first node of a graph: value 0, the float input, quantized into `output`.
Node quantizeNode(int output)
{
    Node q;
    q.kind = Node::Kind::Quantize;
    q.inputs = {0};
    q.output = output;
    return q;
}

// The graph of an I3D (nets/I3D.cpp): value 0 is the float input.
std::vector<Node> i3dGraph(const Modules &modules, int *values)
{
    std::vector<Node> g;
    int next = 1;
    auto add = [&](Node n) {
        g.push_back(std::move(n));
        return g.back().output;
    };
    Node q = quantizeNode(next++);
    q.padSame = true;
    q.kernel = {7, 7, 7};
    q.stride = {2, 2, 2};
    int x = add(q);
    // Unit3D: SAME padding; for stride 1 and odd kernels it is symmetric and goes into the
    // convolution.
    auto unit = [&](const std::string &name, int input) {
        Node n = foldedConv(modules, name + ".conv3d", name + ".bn", true, input, next++);
        if (name != "Conv3d_1a_7x7") {
            for (int d = 0; d < 3; ++d) {
                TORCH_CHECK(n.stride[d] == 1 && n.kernel[d] % 2 == 1,
                            name,
                            ": SAME padding that is not symmetric");
                n.padding[d] = (n.kernel[d] - 1) / 2;
            }
        }
        return add(std::move(n));
    };
    auto pool = [&](int input, Triple3 kernel, Triple3 stride) {
        Node n;
        n.kind = Node::Kind::MaxPool;
        n.inputs = {input};
        n.output = next++;
        n.kernel = kernel;
        n.stride = stride;
        return add(std::move(n));
    };
    x = unit("Conv3d_1a_7x7", x);
    x = pool(x, {1, 3, 3}, {1, 2, 2});
    x = unit("Conv3d_2b_1x1", x);
    x = unit("Conv3d_2c_3x3", x);
    x = pool(x, {1, 3, 3}, {1, 2, 2});
    for (const char *name : {"Mixed_3b",
                             "Mixed_3c",
                             "Mixed_4b",
                             "Mixed_4c",
                             "Mixed_4d",
                             "Mixed_4e",
                             "Mixed_4f",
                             "Mixed_5b",
                             "Mixed_5c"}) {
        const std::string m = name;
        if (m == "Mixed_4b")
            x = pool(x, {3, 3, 3}, {2, 2, 2});
        if (m == "Mixed_5b")
            x = pool(x, {2, 2, 2}, {2, 2, 2});
        const int b0 = unit(m + ".b0", x);
        const int b1 = unit(m + ".b1b", unit(m + ".b1a", x));
        const int b2 = unit(m + ".b2b", unit(m + ".b2a", x));
        const int b3 = unit(m + ".b3b", pool(x, {3, 3, 3}, {1, 1, 1}));
        Node cat;
        cat.kind = Node::Kind::Cat;
        cat.inputs = {b0, b1, b2, b3};
        cat.output = next++;
        x = add(std::move(cat));
    }
    *values = next;
    return g;
}

// The graph of an R(2+1)D (nets/R2Plus1D.cpp, nets/R2Plus1DBlock.cpp).
std::vector<Node> r2plus1dGraph(const Modules &modules, int *values)
{
    std::vector<Node> g;
    int next = 1;
    auto add = [&](Node n) {
        g.push_back(std::move(n));
        return g.back().output;
    };
    Node q = quantizeNode(next++);
    Node stem = foldedConv(modules, "stem.0", "stem.1", true, q.output, next++);
    q.padding = stem.padding;
    stem.padding = {0, 0, 0};
    add(q);
    int x = add(std::move(stem));
    auto conv = [&](const std::string &c, const std::string &bn, bool relu, int input) {
        return add(foldedConv(modules, c, bn, relu, input, next++));
    };
    x = conv("stem.3", "stem.4", true, x);
    for (int layer = 1; layer <= 4; ++layer) {
        for (int block = 0;; ++block) {
            const std::string p = "layer" + std::to_string(layer) + "." + std::to_string(block);
            if (!modules.find(p))
                break;
            int y = conv(p + ".conv1.0.0", p + ".conv1.0.1", true, x);
            y = conv(p + ".conv1.0.3", p + ".conv1.1", true, y);
            y = conv(p + ".conv2.0.0", p + ".conv2.0.1", true, y);
            y = conv(p + ".conv2.0.3", p + ".conv2.1", false, y);
            const int shortcut = modules.find(p + ".downsample")
                                         ? conv(p + ".downsample.0", p + ".downsample.1", false, x)
                                         : x;
            Node sum;
            sum.kind = Node::Kind::AddRelu;
            sum.inputs = {y, shortcut};
            sum.output = next++;
            x = add(std::move(sum));
        }
    }
    *values = next;
    return g;
}

std::vector<int64_t> vec(const Triple3 &a)
{
    return {a[0], a[1], a[2]};
}

// How many of q's 8-bit codes are 255 (or 0, when `low`). On the bytes themselves: through
// int_repr() and comparisons (three copies of a large activation) it cost more than the
// convolutions (measured: R(2+1)D dense passes 10x slower). Counted byte by byte into 64 bits
// (a loop GCC does not vectorize at -O2) it still took as long as the 8-bit convolutions
// themselves: R(2+1)D-18, one clip, 7.3-8.1 clips/s with the count, 13.8-16.7 without it,
// 14.6-15.6 with the blocks below (bench_nets, 2 cores).
int64_t codesAtEnds(const torch::Tensor &q, bool low)
{
    const torch::Tensor t = q.is_non_overlapping_and_dense() ? q : q.contiguous();
    const auto *codes = reinterpret_cast<const uint8_t *>(t.data_ptr<c10::quint8>());
    const uint8_t bottom = low ? 0 : 255; // not low: 255 counted once
    constexpr int kBlock = 128;           // an 8-bit count cannot overflow
    return at::parallel_reduce(
            int64_t(0),
            t.numel(),
            int64_t(1) << 18,
            int64_t(0),
            [&](int64_t begin, int64_t end, int64_t count) {
                int64_t i = begin;
                // Blocks of a fixed size with an 8-bit count each: the form GCC vectorizes at
                // -O2 (its cheapest cost model takes loops of known trip count only).
                for (; i + kBlock <= end; i += kBlock) {
                    uint8_t n = 0;
                    for (int j = 0; j < kBlock; ++j)
                        n += uint8_t((codes[i + j] == 255) | (codes[i + j] == bottom));
                    count += n;
                }
                for (; i < end; ++i)
                    count += int64_t((codes[i] == 255) | (codes[i] == bottom));
                return count;
            },
            std::plus<int64_t>());
}

} // namespace

bool QuantizedNetwork::isAvailable(std::string *why)
{
    const auto engines = at::globalContext().supportedQEngines();
    for (c10::QEngine e : {c10::QEngine::ONEDNN, c10::QEngine::X86, c10::QEngine::FBGEMM}) {
        if (std::find(engines.begin(), engines.end(), e) != engines.end()) {
            at::globalContext().setQEngine(e);
            return true;
        }
    }
    if (why)
        *why = "this LibTorch has no quantized engine with 3D convolutions (oneDNN, x86 or FBGEMM)";
    return false;
}

QuantizedNetwork::QuantizedNetwork(VideoNetworkImpl &net, std::vector<Node> nodes, int values)
    : m_net(net)
    , m_nodes(std::move(nodes))
    , m_values(values)
    , m_min(size_t(values), std::numeric_limits<float>::max())
    , m_max(size_t(values), std::numeric_limits<float>::lowest())
    , m_scale(size_t(values), 1.0)
    , m_zeroPoint(size_t(values), 0)
    , m_lastUse(size_t(values), -1)
{
    for (size_t i = 0; i < m_nodes.size(); ++i)
        for (int in : m_nodes[i].inputs)
            m_lastUse[size_t(in)] = int(i);
}

QuantizedNetwork::~QuantizedNetwork() = default;

std::unique_ptr<QuantizedNetwork> QuantizedNetwork::build(VideoNetworkImpl &net,
                                                          const torch::Tensor &calibration,
                                                          InputCodes codes)
{
    std::string why;
    if (!isAvailable(&why))
        throw std::runtime_error(why);
    TORCH_CHECK(calibration.dim() == 5 && calibration.device().is_cpu(),
                "calibration clips must be [N, C, T, H, W] on the CPU");
    const Modules modules = net.named_modules("", /*include_self=*/false);
    int values = 0;
    std::vector<Node> nodes = net.config().arch == Architecture::I3D
                                      ? i3dGraph(modules, &values)
                                      : r2plus1dGraph(modules, &values);
    std::unique_ptr<QuantizedNetwork> q(new QuantizedNetwork(net, std::move(nodes), values));
    q->calibrate(calibration, codes);
    return q;
}

void QuantizedNetwork::calibrate(const torch::Tensor &calibration, InputCodes codes)
{
    c10::InferenceMode inference;
    m_codes = codes;
    run(calibration.to(torch::kFloat), false);
    updateScales();
}

void QuantizedNetwork::updateScales()
{
    const InputCodes codes = m_codes;
    for (int v = 0; v < m_values; ++v) {
        if (m_min[size_t(v)] > m_max[size_t(v)])
            continue; // not produced (cannot happen in the two graphs)
        const double lo = std::min(0.0f, m_min[size_t(v)]);
        const double hi = std::max(0.0f, m_max[size_t(v)]);
        const double scale = std::max((hi - lo) / 255.0, 1e-8);
        m_scale[size_t(v)] = scale;
        m_zeroPoint[size_t(v)] = std::clamp<int64_t>(std::llround(-lo / scale), 0, 255);
    }
    // Inputs on a grid of 256 values: shifted onto the integers of a scale of one step, they
    // quantize exactly. (FrameStore's v / 127.5 - 1 lies halfway between the codes of any range
    // calibrated on it: every input would be rounded by half a step in the same direction,
    // which moved a quarter of the labels of the demo's flow networks.)
    Node &input = m_nodes.front();
    if (codes.step > 0) {
        const double position = codes.offset / codes.step;
        const double fraction = position - std::floor(position);
        input.shift = fraction < 1e-6 || fraction > 1 - 1e-6 ? 0.0 : (1.0 - fraction) * codes.step;
        const int64_t zeroPoint = -std::llround((codes.offset + input.shift) / codes.step);
        TORCH_CHECK(zeroPoint >= 0 && zeroPoint <= 255, "input codes outside the range of 8 bits");
        m_scale[size_t(input.output)] = codes.step;
        m_zeroPoint[size_t(input.output)] = zeroPoint;
    }
    for (Node &n : m_nodes) {
        if (n.kind != Node::Kind::Conv)
            continue;
        n.quantizedBias = n.bias;
        if (n.inputs.front() == input.output && input.shift != 0.0)
            n.quantizedBias = n.bias - input.shift * n.weight.sum({1, 2, 3, 4});
    }
    // The branches of a concatenation share its scale, so that it only copies.
    for (const Node &n : m_nodes) {
        if (n.kind != Node::Kind::Cat)
            continue;
        for (int in : n.inputs) {
            m_scale[size_t(in)] = m_scale[size_t(n.output)];
            m_zeroPoint[size_t(in)] = m_zeroPoint[size_t(n.output)];
        }
    }
    for (Node &n : m_nodes) {
        if (n.kind != Node::Kind::Conv)
            continue;
        const int64_t out = n.weight.size(0);
        const torch::Tensor scales
                = n.weight.abs().amax({1, 2, 3, 4}).div(127.0).clamp_min(1e-12).to(torch::kDouble);
        n.qweight = torch::quantize_per_channel(
                n.weight, scales, torch::zeros({out}, torch::kLong), 0, torch::kQInt8);
    }
}

const std::vector<c10::IValue> &QuantizedNetwork::packedFor(const torch::Tensor &x)
{
    // oneDNN lays packed weights out for the first input shape it sees and, with more than one
    // thread, cannot always convert them for another one ("could not create a primitive
    // descriptor for a reorder primitive"): one packing per input shape. A video needs a few
    // (full batches, the last batch, full and last dense segments).
    const std::vector<int64_t> shape = x.sizes().vec();
    auto found = m_packed.find(shape);
    if (found != m_packed.end())
        return found->second;
    if (m_packed.size() >= kPackedShapes)
        m_packed.erase(m_packed.begin());
    static const c10::OperatorHandle prepack = quantizedOp("quantized::conv3d_prepack");
    std::vector<c10::IValue> packed(m_nodes.size());
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.kind != Node::Kind::Conv)
            continue;
        torch::jit::Stack stack{n.qweight,
                                n.quantizedBias,
                                vec(n.stride),
                                vec(n.padding),
                                std::vector<int64_t>{1, 1, 1},
                                int64_t(1)};
        prepack.callBoxed(&stack);
        packed[i] = stack.at(0);
    }
    return m_packed.emplace(shape, std::move(packed)).first->second;
}

torch::Tensor QuantizedNetwork::run(const torch::Tensor &x, bool quantized, bool *saturated)
{
    static const c10::OperatorHandle conv = quantizedOp("quantized::conv3d", "new");
    static const c10::OperatorHandle convRelu = quantizedOp("quantized::conv3d_relu", "new");
    static const c10::OperatorHandle addRelu = quantizedOp("quantized::add_relu");
    const std::vector<c10::IValue> *packed = quantized ? &packedFor(x) : nullptr;
    std::vector<torch::Tensor> v(static_cast<size_t>(m_values));
    v[0] = x;
    auto requantize = [this](const torch::Tensor &f, int value) {
        return torch::quantize_per_tensor(
                f, m_scale[size_t(value)], m_zeroPoint[size_t(value)], torch::kQUInt8);
    };
    int last = 0;
    for (const Node &n : m_nodes) {
        const torch::Tensor &in = v[size_t(n.inputs.front())];
        torch::Tensor y;
        switch (n.kind) {
        case Node::Kind::Quantize:
            y = n.padSame ? padSame(in, n.kernel, n.stride) : in;
            if (n.padding != Triple3{0, 0, 0})
                y = torch::constant_pad_nd(y,
                                           {n.padding[2],
                                            n.padding[2],
                                            n.padding[1],
                                            n.padding[1],
                                            n.padding[0],
                                            n.padding[0]},
                                           0.0);
            if (quantized)
                y = requantize(n.shift != 0.0 ? y + n.shift : y, n.output);
            break;
        case Node::Kind::Conv:
            if (quantized) {
                torch::jit::Stack stack{in,
                                        (*packed)[size_t(&n - m_nodes.data())],
                                        m_scale[size_t(n.output)],
                                        m_zeroPoint[size_t(n.output)]};
                (n.relu ? convRelu : conv).callBoxed(&stack);
                y = stack.at(0).toTensor();
            } else {
                y = torch::conv3d(in, n.weight, n.bias, vec(n.stride), vec(n.padding));
                if (n.relu)
                    y = torch::relu(y);
            }
            break;
        case Node::Kind::MaxPool:
            y = quantized ? maxPoolSame(in, n.kernel, n.stride)
                          : maxPool3dSame(in, n.kernel, n.stride);
            break;
        case Node::Kind::Cat: {
            std::vector<torch::Tensor> parts;
            for (int i : n.inputs)
                parts.push_back(v[size_t(i)]);
            y = torch::cat(parts, 1);
            break;
        }
        case Node::Kind::AddRelu:
            if (quantized) {
                torch::jit::Stack stack{in,
                                        v[size_t(n.inputs.at(1))],
                                        m_scale[size_t(n.output)],
                                        m_zeroPoint[size_t(n.output)]};
                addRelu.callBoxed(&stack);
                y = stack.at(0).toTensor();
            } else {
                y = torch::relu(in + v[size_t(n.inputs.at(1))]);
            }
            break;
        }
        if (saturated && !*saturated
            && (n.kind == Node::Kind::Conv || n.kind == Node::Kind::AddRelu)) {
            // Codes at the ends of the range stand for everything beyond it.
            const int64_t clipped = codesAtEnds(y, m_zeroPoint[size_t(n.output)] > 0);
            *saturated = double(clipped) > kSaturatedShare * double(y.numel());
        }
        if (!quantized) {
            m_min[size_t(n.output)] = std::min(m_min[size_t(n.output)], y.min().item<float>());
            m_max[size_t(n.output)] = std::max(m_max[size_t(n.output)], y.max().item<float>());
        }
        v[size_t(n.output)] = y;
        last = n.output;
        // Values no later node reads are dropped at once (memory of dense passes).
        const int index = int(&n - m_nodes.data());
        for (int i : n.inputs) {
            if (m_lastUse[size_t(i)] == index)
                v[size_t(i)] = torch::Tensor();
        }
    }
    torch::Tensor out = v[size_t(last)];
    return quantized ? out.dequantize() : out;
}

torch::Tensor QuantizedNetwork::maxPoolSame(const torch::Tensor &q,
                                            const std::array<int64_t, 3> &kernel,
                                            const std::array<int64_t, 3> &stride)
{
    // On the 8-bit values themselves (LibTorch has no quantized 3D max pooling; through float it
    // is an order of magnitude slower), one dimension after the other: the maximum over a box
    // is the maximum over its rows of the maximum along them. Padding with the zero point is
    // padding with 0.0, as maxPool3dSame.
    const torch::Tensor u = maxPool3dSeparable(
            padSame(q.int_repr(), kernel, stride, double(q.q_zero_point())), kernel, stride);
    return at::_make_per_tensor_quantized_tensor(
            u.contiguous(q.suggest_memory_format()), q.q_scale(), q.q_zero_point());
}

torch::Tensor QuantizedNetwork::quantizedInput(const torch::Tensor &x) const
{
    const Node &input = m_nodes.front();
    const torch::Tensor q = torch::quantize_per_tensor(x.to(torch::kFloat) + input.shift,
                                                       m_scale[size_t(input.output)],
                                                       m_zeroPoint[size_t(input.output)],
                                                       torch::kQUInt8);
    return q.dequantize() - input.shift;
}

torch::Tensor QuantizedNetwork::features(const torch::Tensor &x)
{
    c10::InferenceMode inference;
    const torch::Tensor in = x.to(torch::kFloat);
    bool saturated = false;
    torch::Tensor y = run(in, true, &saturated);
    if (saturated) {
        // Activations beyond the calibrated ranges (say the mouse walks, and the calibration
        // clips showed it resting): the ranges grow by this input's, and it runs again.
        run(in, false, nullptr);
        // With a quarter of headroom, so that the next, slightly stronger input need not do it
        // again.
        for (int v = 0; v < m_values; ++v) {
            m_min[size_t(v)] *= kHeadroom;
            m_max[size_t(v)] *= kHeadroom;
        }
        updateScales();
        ++m_rangeUpdates;
        y = run(in, true, nullptr);
    }
    return y;
}

torch::Tensor QuantizedNetwork::forward(const torch::Tensor &x, bool dense)
{
    c10::InferenceMode inference;
    const bool wasTraining = m_net.is_training();
    m_net.eval();
    torch::Tensor y = m_net.fromFeatures(features(x), dense);
    m_net.train(wasTraining);
    return y;
}

int QuantizedNetwork::convolutionCount() const
{
    return int(std::count_if(m_nodes.begin(), m_nodes.end(), [](const Node &n) {
        return n.kind == Node::Kind::Conv;
    }));
}

} // namespace ethoscribe::nets
