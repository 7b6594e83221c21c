// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ClipSampler.h"

#include <torch/torch.h>

#include <random>

namespace ethoscribe {

ClipSampler::ClipSampler(std::vector<TrainingExample> examples,
                         int classCount,
                         bool balanceClasses,
                         int clipFrames,
                         int resizeSize,
                         int cropSize,
                         quint64 seed)
    : m_examples(std::move(examples))
    , m_classes(classCount)
    , m_balance(balanceClasses)
    , m_clipFrames(clipFrames)
    , m_resize(resizeSize)
    , m_crop(cropSize)
    , m_seed(seed)
{
    std::vector<std::vector<size_t>> byClass(size_t(std::max(0, classCount)));
    for (size_t i = 0; i < m_examples.size(); ++i) {
        const int c = m_examples[i].label;
        if (c >= 0 && c < classCount)
            byClass[size_t(c)].push_back(i);
    }
    for (auto &list : byClass)
        if (!list.empty())
            m_byClass.push_back(std::move(list));
}

std::vector<qint64> ClipSampler::classCounts() const
{
    std::vector<qint64> counts(size_t(std::max(0, m_classes)), 0);
    for (const TrainingExample &e : m_examples)
        if (e.label >= 0 && e.label < m_classes)
            ++counts[size_t(e.label)];
    return counts;
}

TrainingBatch ClipSampler::make(int step, int batchSize) const
{
    // splitmix-style mixing of seed and step: independent streams per step.
    quint64 z = m_seed * 0x9E3779B97F4A7C15ULL + quint64(step) * 0xBF58476D1CE4E5B9ULL + 1;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    std::mt19937_64 rng(z ^ (z >> 31));

    TrainingBatch batch;
    batch.step = step;
    const int channels = m_examples.empty() ? 3 : m_examples.front().store->channels();
    batch.clips = torch::empty({batchSize, channels, m_clipFrames, m_crop, m_crop});
    batch.labels = torch::empty({batchSize}, torch::kLong);
    const size_t clipSize = size_t(channels) * m_clipFrames * m_crop * m_crop;
    float *out = batch.clips.data_ptr<float>();
    int64_t *labels = batch.labels.data_ptr<int64_t>();
    std::uniform_int_distribution<int> position(0, m_resize - m_crop);
    std::uniform_int_distribution<int> coin(0, 1);
    for (int b = 0; b < batchSize; ++b) {
        size_t index;
        if (m_balance && !m_byClass.empty()) {
            const auto &list = m_byClass[std::uniform_int_distribution<size_t>(
                    0, m_byClass.size() - 1)(rng)];
            index = list[std::uniform_int_distribution<size_t>(0, list.size() - 1)(rng)];
        } else {
            index = std::uniform_int_distribution<size_t>(0, m_examples.size() - 1)(rng);
        }
        CropChoice crop;
        crop.x = position(rng);
        crop.y = position(rng);
        crop.flip = coin(rng) == 1;
        const TrainingExample &e = m_examples[index];
        e.store->writeClip(e.frame, m_clipFrames, m_crop, crop, out + size_t(b) * clipSize);
        labels[b] = e.label;
    }
    return batch;
}

torch::Tensor ClipSampler::centreClips(const std::vector<TrainingExample> &examples,
                                       int clipFrames,
                                       int resizeSize,
                                       int cropSize)
{
    const int channels = examples.empty() ? 3 : examples.front().store->channels();
    torch::Tensor clips
            = torch::empty({int64_t(examples.size()), channels, clipFrames, cropSize, cropSize});
    const size_t clipSize = size_t(channels) * clipFrames * cropSize * cropSize;
    CropChoice centre;
    centre.x = centre.y = (resizeSize - cropSize) / 2;
    float *out = clips.data_ptr<float>();
    for (size_t i = 0; i < examples.size(); ++i)
        examples[i].store->writeClip(
                examples[i].frame, clipFrames, cropSize, centre, out + i * clipSize);
    return clips;
}

} // namespace ethoscribe
