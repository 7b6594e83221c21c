// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/FramePredictor.h"

#include "analysis/WindowPlan.h"
#include "nets/FrozenNetwork.h"
#include "nets/NetworkFactory.h"
#include "nets/QuantizedNetwork.h"
#include "nets/TorchRuntime.h"
#include "nets/VideoNetwork.h"
#include "training/ClipSampler.h"

#include <QCoreApplication>

#include <torch/torch.h>

namespace ethoscribe {

namespace {
using Segment = WindowPlan::Segment;
} // namespace

FrozenPasses::FrozenPasses(int maxShapes)
    : m_maxShapes(std::max(0, maxShapes))
{}

FrozenPasses::~FrozenPasses() = default;

torch::Tensor FrozenPasses::forward(nets::VideoNetworkImpl &network,
                                    const torch::Tensor &x,
                                    bool dense)
{
    const auto key = std::make_pair(dense, x.sizes().vec());
    auto it = m_modules.find(key);
    if (it == m_modules.end()) {
        if (int(m_modules.size()) >= m_maxShapes)
            return torch::Tensor();
        // The tracer records operations for autograd and cannot run under InferenceMode, nor
        // take an inference tensor as its example.
        std::unique_ptr<nets::FrozenNetwork> module;
        try {
            c10::InferenceMode normal(false);
            const torch::Tensor example = torch::zeros_like(x);
            module = std::make_unique<nets::FrozenNetwork>(
                    nets::FrozenNetwork::trace(network, example, dense));
        } catch (const std::exception &) {
            // A network the tracer cannot handle stays eager (remembered: not traced again).
        }
        it = m_modules.emplace(key, std::move(module)).first;
    }
    return it->second ? it->second->forward(x) : torch::Tensor();
}

QuantizedPasses::QuantizedPasses() = default;
QuantizedPasses::~QuantizedPasses() = default;

bool QuantizedPasses::calibrate(nets::VideoNetworkImpl &network,
                                const torch::Tensor &clips,
                                QString *error)
{
    try {
        m_network = nets::QuantizedNetwork::build(
                network, clips, {FrameStore::kValueStep, FrameStore::kValueOffset});
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QCoreApplication::translate(
                             "FramePredictor",
                             "The network cannot run in 8-bit integers here (%1). Analyse in "
                             "32-bit floating point instead.")
                             .arg(QString::fromStdString(e.what()).section(
                                     QLatin1Char('\n'), 0, 0));
        return false;
    }
}

int QuantizedPasses::rangeUpdates() const
{
    return m_network ? m_network->rangeUpdates() : 0;
}

torch::Tensor QuantizedPasses::forward(const torch::Tensor &x, bool dense)
{
    return m_network->forward(x, dense);
}

Float16Passes::Float16Passes(nets::VideoNetworkImpl &network, torch::Device device)
    : m_network(nets::copyNetwork(network))
    , m_device(device)
    , m_type(nets::TorchRuntime::float16Type(device))
{
    m_network->to(device, m_type);
    m_network->eval();
}

Float16Passes::~Float16Passes() = default;

torch::Tensor Float16Passes::forward(const torch::Tensor &x, bool dense, bool freeze)
{
    const torch::Tensor input = x.to(m_device, m_type);
    torch::Tensor logits;
    if (freeze && m_device.is_cpu())
        logits = m_frozen.forward(*m_network, input, dense);
    if (!logits.defined())
        logits = dense ? m_network->forwardDense(input) : m_network->forward(input);
    return logits.to(torch::kFloat);
}

FramePredictor::FramePredictor(nets::VideoNetworkImpl &network,
                               torch::Device device,
                               int resizeSize,
                               int cropSize,
                               int batchSize)
    : m_network(network)
    , m_device(device)
    , m_resize(resizeSize)
    , m_crop(cropSize)
    , m_batch(std::max(1, batchSize))
{}

void FramePredictor::setWindows(bool dense, int stride)
{
    m_dense = dense;
    m_stride = std::max(1, stride);
}

void FramePredictor::setDenseOutputs(int outputs)
{
    m_denseOutputs = std::max(1, outputs);
}

void FramePredictor::setFrames(qint64 first, qint64 count)
{
    m_first = std::max<qint64>(0, first);
    m_count = count;
}

bool FramePredictor::run(const FrameStore &store,
                         bool embed,
                         const Progress &progress,
                         const std::atomic_bool *cancel,
                         torch::Tensor *out,
                         QString *error)
{
    const bool wasTraining = m_network.is_training();
    m_network.eval();
    c10::InferenceMode inference;
    const qint64 storeFrames = store.frameCount();
    const WindowPlan plan
            = m_dense ? WindowPlan::dense(storeFrames, m_denseOutputs, m_first, m_count)
                      : WindowPlan::stride(storeFrames, m_stride, m_first, m_count);
    const qint64 frames = plan.frameCount();
    auto cancelled = [&] {
        if (!cancel || !cancel->load())
            return false;
        if (error)
            *error = QCoreApplication::translate("FramePredictor", "Cancelled.");
        m_network.train(wasTraining);
        return true;
    };
    const bool frozen = m_frozen && m_device.is_cpu();
    const bool quantized = !embed && m_quantized && m_device.is_cpu();
    const bool float16 = !embed && !quantized && m_float16;
    if (quantized && !m_quantized->isCalibrated() && frames > 0) {
        // Windows spread evenly over the store's frames, centre crop: what the passes will see.
        std::vector<TrainingExample> examples;
        const int n = QuantizedPasses::kCalibrationClips;
        for (int i = 0; i < n; ++i)
            examples.push_back({&store, (storeFrames - 1) * (2 * i + 1) / (2 * n), 0});
        const torch::Tensor clips
                = ClipSampler::centreClips(examples, nets::kClipFrames, m_resize, m_crop);
        if (!m_quantized->calibrate(m_network, clips, error)) {
            m_network.train(wasTraining);
            return false;
        }
    }
    // One row per window centre.
    std::vector<torch::Tensor> parts;
    const qint64 centres = qint64(plan.centres().size());
    CropChoice centreCrop;
    centreCrop.x = centreCrop.y = (m_resize - m_crop) / 2;
    if (!plan.isDense()) {
        std::vector<TrainingExample> examples;
        for (qint64 first = 0; first < centres; first += m_batch) {
            if (cancelled())
                return false;
            const qint64 n = std::min<qint64>(m_batch, centres - first);
            examples.assign(size_t(n), TrainingExample{&store, 0, 0});
            for (qint64 i = 0; i < n; ++i)
                examples[size_t(i)].frame = plan.centres()[size_t(first + i)];
            const torch::Tensor clips
                    = ClipSampler::centreClips(examples, nets::kClipFrames, m_resize, m_crop)
                              .to(m_device);
            torch::Tensor logits;
            if (quantized)
                logits = m_quantized->forward(clips, false);
            else if (float16)
                logits = m_float16->forward(clips, false, n == m_batch);
            else if (!embed && frozen && n == m_batch)
                logits = m_frozen->forward(m_network, clips, false);
            if (!embed && !logits.defined())
                logits = m_network.forward(clips);
            torch::Tensor y = embed ? m_network.embed(clips) : torch::softmax(logits, 1);
            parts.push_back(y.to(torch::kCPU, torch::kFloat));
            if (progress)
                progress(plan.framesReady(first + n), frames);
        }
    } else {
        // Segments of the same length go through the network together (a pass is about
        // m_denseOutputs / 2 clips of work, so fewer of them fit a batch).
        const auto &segments = plan.segments();
        const size_t perBatch = size_t(std::max(1, m_batch / 4));
        const int channels = store.channels();
        int fullLength = 0; // the longest segment: all but the video's (or block's) last ones
        for (const Segment &segment : segments)
            fullLength = std::max(fullLength, segment.frames);
        for (size_t s = 0; s < segments.size();) {
            if (cancelled())
                return false;
            size_t e = s + 1;
            while (e < segments.size() && e - s < perBatch
                   && segments[e].frames == segments[s].frames)
                ++e;
            const int length = segments[s].frames;
            torch::Tensor clips = torch::empty(
                    {int64_t(e - s), channels, length, m_crop, m_crop});
            const size_t clipSize = size_t(channels) * size_t(length) * m_crop * m_crop;
            for (size_t k = s; k < e; ++k)
                store.writeFrames(segments[k].firstFrame,
                                  length,
                                  m_crop,
                                  centreCrop,
                                  clips.data_ptr<float>() + (k - s) * clipSize);
            const torch::Tensor input = clips.to(m_device);
            torch::Tensor logits;
            if (quantized)
                logits = m_quantized->forward(input, true);
            else if (float16)
                logits = m_float16->forward(input, true, e - s == perBatch && length == fullLength);
            else if (!embed && frozen && e - s == perBatch && length == fullLength)
                logits = m_frozen->forward(m_network, input, true);
            if (!embed && !logits.defined())
                logits = m_network.forwardDense(input);
            torch::Tensor y = embed ? m_network.embedDense(input) : torch::softmax(logits, 1);
            // [b, D, n] -> rows [b * n, D] in centre order.
            y = y.transpose(1, 2).reshape({-1, y.size(1)});
            parts.push_back(y.to(torch::kCPU, torch::kFloat));
            const Segment &last = segments[e - 1];
            if (progress)
                progress(plan.framesReady(last.firstCentre + last.outputs), frames);
            s = e;
        }
    }
    m_network.train(wasTraining);
    if (parts.empty()) {
        *out = torch::empty({0, 0});
        return true;
    }
    torch::Tensor perCentre = torch::cat(parts).contiguous();
    if (centres == frames && !plan.isDense()) {
        *out = perCentre;
        return true;
    }
    // Blend the two neighbouring centres of every frame.
    const auto n = static_cast<size_t>(frames);
    std::vector<int64_t> left(n, 0);
    std::vector<int64_t> right(n, 0);
    std::vector<float> weight(n, 0.0f);
    for (qint64 f = 0; f < frames; ++f) {
        const WindowPlan::Blend b = plan.blend(plan.firstFrame() + f);
        left[size_t(f)] = b.left;
        right[size_t(f)] = b.right;
        weight[size_t(f)] = b.weight;
    }
    const auto indexOptions = torch::TensorOptions().dtype(torch::kLong);
    const torch::Tensor l = torch::from_blob(left.data(), {frames}, indexOptions);
    const torch::Tensor r = torch::from_blob(right.data(), {frames}, indexOptions);
    const torch::Tensor w = torch::from_blob(weight.data(), {frames, 1});
    *out = (perCentre.index_select(0, l) * (1 - w) + perCentre.index_select(0, r) * w)
                   .contiguous();
    return true;
}

bool FramePredictor::probabilities(const FrameStore &store,
                                   const Progress &progress,
                                   const std::atomic_bool *cancel,
                                   std::vector<float> *out,
                                   QString *error)
{
    torch::Tensor p;
    if (!run(store, false, progress, cancel, &p, error))
        return false;
    out->assign(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
    return true;
}

bool FramePredictor::features(const FrameStore &store,
                              const Progress &progress,
                              const std::atomic_bool *cancel,
                              torch::Tensor *out,
                              QString *error)
{
    return run(store, true, progress, cancel, out, error);
}

std::vector<float> FramePredictor::classifyFeatures(const torch::Tensor &features)
{
    const bool wasTraining = m_network.is_training();
    m_network.eval();
    std::vector<float> result;
    {
        c10::InferenceMode inference;
        torch::Tensor p = torch::softmax(m_network.classify(features.to(m_device)), 1)
                                  .to(torch::kCPU, torch::kFloat)
                                  .contiguous();
        result.assign(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
    }
    m_network.train(wasTraining);
    return result;
}

} // namespace ethoscribe
