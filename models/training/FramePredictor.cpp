// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/FramePredictor.h"

#include "nets/VideoNetwork.h"
#include "training/ClipSampler.h"

#include <QCoreApplication>

#include <torch/torch.h>

namespace ethoscribe {

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
    const qint64 frames = store.frameCount();
    std::vector<torch::Tensor> parts;
    std::vector<TrainingExample> examples;
    for (qint64 first = 0; first < frames; first += m_batch) {
        if (cancel && cancel->load()) {
            if (error)
                *error = QCoreApplication::translate("FramePredictor", "Cancelled.");
            m_network.train(wasTraining);
            return false;
        }
        const qint64 n = std::min<qint64>(m_batch, frames - first);
        examples.assign(size_t(n), TrainingExample{&store, 0, 0});
        for (qint64 i = 0; i < n; ++i)
            examples[size_t(i)].frame = first + i;
        const torch::Tensor clips
                = ClipSampler::centreClips(examples, nets::kClipFrames, m_resize, m_crop)
                          .to(m_device);
        torch::Tensor y
                = embed ? m_network.embed(clips) : torch::softmax(m_network.forward(clips), 1);
        parts.push_back(y.to(torch::kCPU, torch::kFloat));
        if (progress)
            progress(first + n, frames);
    }
    m_network.train(wasTraining);
    *out = parts.empty() ? torch::empty({0, 0}) : torch::cat(parts).contiguous();
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
