// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/VideoNetwork.h"

#include <ATen/core/ivalue.h>
#include <torch/types.h>

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ethoscribe::nets {

// The convolutional part of an I3D or R(2+1)D in 8-bit integers (post-training static
// quantization), for fast inference on CPUs: on this project's 2-core machine (AVX-512 VNNI) the
// four full-size networks ran 5.5-6.9x faster than their frozen float copies (docs/BENCHMARKS.md,
// "8-bit networks").
//
// Built from a trained network in eval mode: batch norm is folded into the convolutions, weights
// are quantized per output channel (symmetric, qint8) and activations per tensor (quint8) with
// ranges measured on calibration clips, i.e. the float network's own activations on inputs
// like those it will see. Max pooling runs on the 8-bit values (exact: the maximum of quantized
// values is one of them). The pooling and classifier after the last
// block stay in float and are the network's own (VideoNetworkImpl::fromFeatures).
//
// Results differ from the float network by the rounding of 8-bit activations: measure the
// agreement before relying on it (bench_analysis and docs/BENCHMARKS.md report it). A copy holds
// the weights of the time it was built. Inputs of any shape the float network accepts (clips or
// dense passes) go through the same copy. Inputs that take only the 256 values offset + step * k, k
// = 0..255 (FrameStore's 8-bit pixels and flow: step 1 / 127.5, offset -1). Step 0: not known.
struct QuantizedInputCodes
{
    double step = 0.0;
    double offset = 0.0;
};

class QuantizedNetwork
{
public:
    // Whether this LibTorch has a quantized engine with 3D convolutions (oneDNN, FBGEMM or
    // x86); *why says what is missing otherwise. Selects that engine for the process.
    static bool isAvailable(std::string *why = nullptr);

    using InputCodes = QuantizedInputCodes;

    // Quantizes `net` (an I3DImpl or R2Plus1DImpl on the CPU), measuring activation ranges on
    // `calibration` ([N, C, T, H, W] float, what forward() takes). Inputs of known `codes`
    // quantize exactly; otherwise their range is measured as well. Throws c10::Error (or
    // std::runtime_error) when the engine is missing or the network is of another kind.
    static std::unique_ptr<QuantizedNetwork> build(VideoNetworkImpl &net,
                                                   const torch::Tensor &calibration,
                                                   InputCodes codes = {});

    ~QuantizedNetwork();
    QuantizedNetwork(const QuantizedNetwork &) = delete;
    QuantizedNetwork &operator=(const QuantizedNetwork &) = delete;

    // Logits like the float network's forward(x) (dense = false) or forwardDense(x). An input
    // whose activations go beyond the calibrated ranges (more than 1 in 1,000 values of one
    // layer at the end of its range) widens them, by a float pass over it, and runs again: the
    // copy adapts to what a video shows after its calibration clips (and its results depend on
    // the order of its inputs).
    torch::Tensor forward(const torch::Tensor &x, bool dense);
    // The last block's output, dequantized (the float network's features(x), approximately).
    torch::Tensor features(const torch::Tensor &x);
    // x as the first convolution sees it: quantized and back (padding aside).
    torch::Tensor quantizedInput(const torch::Tensor &x) const;

    // maxPool3dSame on a quantized tensor (quint8, any memory format), exactly: the result has
    // q's scale and zero point.
    static torch::Tensor maxPoolSame(const torch::Tensor &q,
                                     const std::array<int64_t, 3> &kernel,
                                     const std::array<int64_t, 3> &stride);

    // Quantized convolutions (for reports and tests).
    int convolutionCount() const;
    // How often an input went beyond the calibrated ranges, so that they grew (see features()).
    int rangeUpdates() const { return m_rangeUpdates; }

    struct Node;

private:
    QuantizedNetwork(VideoNetworkImpl &net, std::vector<Node> nodes, int values);
    // Runs the graph; `quantized` = false runs the folded float graph (calibration), recording
    // each value's range. *saturated (when given): whether a quantized value had more than
    // kSaturatedShare of its elements at the ends of its range.
    torch::Tensor run(const torch::Tensor &x, bool quantized, bool *saturated = nullptr);
    void calibrate(const torch::Tensor &calibration, InputCodes codes);
    // Scales and zero points from the ranges recorded so far.
    void updateScales();
    static constexpr double kSaturatedShare = 1e-3;
    static constexpr float kHeadroom = 1.25f;
    // The prepacked convolution weights for inputs of x's shape (per node; empty for others).
    const std::vector<c10::IValue> &packedFor(const torch::Tensor &x);
    static constexpr size_t kPackedShapes = 6;

    VideoNetworkImpl &m_net;
    std::vector<Node> m_nodes;
    int m_values = 0;
    // Per value: measured range and the chosen scale / zero point.
    std::vector<float> m_min, m_max;
    std::vector<double> m_scale;
    std::vector<int64_t> m_zeroPoint;
    // Per value: the last node that reads it.
    std::vector<int> m_lastUse;
    InputCodes m_codes;
    int m_rangeUpdates = 0;
    std::map<std::vector<int64_t>, std::vector<c10::IValue>> m_packed;
};

} // namespace ethoscribe::nets
