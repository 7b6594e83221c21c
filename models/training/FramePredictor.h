// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/FrameStore.h"

#include <torch/types.h>

#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace ethoscribe {

namespace nets {
class VideoNetworkImpl;
class FrozenNetwork;
class QuantizedNetwork;
} // namespace nets

// Frozen, optimised copies of one network (nets::FrozenNetwork: batch norm folded, oneDNN
// layouts; 1.4-1.8x faster on the CPU, ../shared/PERFORMANCE.md), one per input shape, traced
// on first use. A copy holds the weights of the time it was traced: keep a cache only as long as
// the network's weights do not change (the inference engine keeps one per loaded model file).
class FrozenPasses
{
public:
    explicit FrozenPasses(int maxShapes = 2);
    ~FrozenPasses();
    FrozenPasses(const FrozenPasses &) = delete;
    FrozenPasses &operator=(const FrozenPasses &) = delete;

    // forward(x) (or forwardDense(x)) through the copy for x's shape, traced now when there is
    // none and fewer than maxShapes are held; an undefined tensor when the cache is full of
    // other shapes or the network could not be traced for this one (run it eagerly then).
    torch::Tensor forward(nets::VideoNetworkImpl &network, const torch::Tensor &x, bool dense);
    int shapes() const { return int(m_modules.size()); }

private:
    int m_maxShapes;
    std::map<std::pair<bool, std::vector<int64_t>>, std::unique_ptr<nets::FrozenNetwork>> m_modules;
};

// An 8-bit copy of one network (nets::QuantizedNetwork) for one video: a FramePredictor given it
// calibrates it on the first frames it predicts (kCalibrationClips windows spread evenly over
// them) and then runs every pass through it. Keep one per video and network, so that a video's
// results do not depend on which videos were analysed before it.
class QuantizedPasses
{
public:
    static constexpr int kCalibrationClips = 4;
    QuantizedPasses();
    ~QuantizedPasses();
    QuantizedPasses(const QuantizedPasses &) = delete;
    QuantizedPasses &operator=(const QuantizedPasses &) = delete;

    bool isCalibrated() const { return bool(m_network); }
    // How often inputs beyond the calibrated ranges made them grow (nets::QuantizedNetwork).
    int rangeUpdates() const;
    // Builds the copy from `network`, calibrated on `clips`; false with a plain *error when it
    // cannot be built (no quantized engine in this LibTorch, an unknown network).
    bool calibrate(nets::VideoNetworkImpl &network, const torch::Tensor &clips, QString *error);
    torch::Tensor forward(const torch::Tensor &x, bool dense);

private:
    std::unique_ptr<nets::QuantizedNetwork> m_network;
};

// A 16-bit floating-point copy of one network (nets::TorchRuntime::float16Type: bfloat16 on the
// processor, half precision on CUDA): weights copied from the network when it is made,
// activations in 16 bits, results returned as 32-bit floats. Faster than 32-bit floats where the
// device has 16-bit arithmetic (nets::TorchRuntime::float16Supported; measured in
// docs/BENCHMARKS.md, with how many labels move). On the CPU full passes go through frozen
// copies (FrozenPasses). Holds the weights of the time it was made: make a new one after loading
// other weights.
class Float16Passes
{
public:
    Float16Passes(nets::VideoNetworkImpl &network, torch::Device device);
    ~Float16Passes();
    Float16Passes(const Float16Passes &) = delete;
    Float16Passes &operator=(const Float16Passes &) = delete;

    // Logits of forward(x) or forwardDense(x) (x of any floating type), as 32-bit floats.
    // `freeze`: through a frozen copy for x's shape (CPU only; see FrozenPasses).
    torch::Tensor forward(const torch::Tensor &x, bool dense, bool freeze);
    const torch::Device &device() const { return m_device; }

private:
    std::shared_ptr<nets::VideoNetworkImpl> m_network;
    torch::Device m_device;
    torch::ScalarType m_type;
    FrozenPasses m_frozen;
};

// Runs a network over every frame of a video held in a FrameStore, in batches, in eval mode under
// c10::InferenceMode, centre crop. By default one window per frame (the paper's scheme: frame t
// from frames t-8 .. t+7); setWindows() chooses a stride or the dense mode of WindowPlan, whose
// outputs are blended linearly between window centres. Used to predict held-out recordings in
// cross-validation and to compute the pooled backbone features that classifier-only training
// learns from.
class FramePredictor
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    FramePredictor(nets::VideoNetworkImpl &network,
                   torch::Device device,
                   int resizeSize,
                   int cropSize,
                   int batchSize);

    // Stride mode with `stride` (1 = the paper, the default) or dense mode (stride ignored).
    void setWindows(bool dense, int stride = 1);
    // Outputs of one dense pass (default 8: a pass of 72 frames, 8/9 of them new).
    void setDenseOutputs(int outputs);
    // Predict only frames [first, first + count) of the store (count < 0: to its end); the
    // frames around them are read by the windows but get no rows (WindowPlan's ranges).
    void setFrames(qint64 first, qint64 count);
    // Probabilities of full batches (batchSize windows, or dense segments of full length) go
    // through `frozen` (CPU only; features and other shapes stay eager). The network's weights
    // must not change while the cache lives. Null (the default): eager only.
    void setFrozenPasses(std::shared_ptr<FrozenPasses> frozen) { m_frozen = std::move(frozen); }
    // Probabilities go through this 8-bit copy instead (CPU only; all passes, any shape),
    // calibrated first when it is not. Takes precedence over setFrozenPasses().
    void setQuantizedPasses(std::shared_ptr<QuantizedPasses> quantized)
    {
        m_quantized = std::move(quantized);
    }

    // Probabilities go through this 16-bit copy instead (any device; full passes through its
    // frozen copies on the CPU). setQuantizedPasses() takes precedence.
    void setFloat16Passes(std::shared_ptr<Float16Passes> passes) { m_float16 = std::move(passes); }

    // Softmax probabilities, frames x classes, row-major (the frames of setFrames()).
    bool probabilities(const FrameStore &store,
                       const Progress &progress,
                       const std::atomic_bool *cancel,
                       std::vector<float> *out,
                       QString *error);
    // VideoNetworkImpl::embed() of every frame's window: [frames, F] float on the CPU.
    bool features(const FrameStore &store,
                  const Progress &progress,
                  const std::atomic_bool *cancel,
                  torch::Tensor *out,
                  QString *error);
    // Softmax of the classifier over precomputed features [frames, F].
    std::vector<float> classifyFeatures(const torch::Tensor &features);

private:
    bool run(const FrameStore &store,
             bool embed,
             const Progress &progress,
             const std::atomic_bool *cancel,
             torch::Tensor *out,
             QString *error);

    nets::VideoNetworkImpl &m_network;
    torch::Device m_device;
    int m_resize;
    int m_crop;
    int m_batch;
    bool m_dense = false;
    int m_stride = 1;
    int m_denseOutputs = 8;
    qint64 m_first = 0;
    qint64 m_count = -1;
    std::shared_ptr<FrozenPasses> m_frozen;
    std::shared_ptr<QuantizedPasses> m_quantized;
    std::shared_ptr<Float16Passes> m_float16;
};

} // namespace ethoscribe
