// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineSummary.h"

#include <algorithm>

namespace ethoscribe {

TimelineSummary::TimelineSummary(int frameCount, int classCount, bool withConfidence)
{
    reset(frameCount, classCount, withConfidence);
}

void TimelineSummary::reset(int frameCount, int classCount, bool withConfidence)
{
    m_frameCount = std::max(0, frameCount);
    m_classCount = std::max(1, classCount);
    m_withConfidence = withConfidence;
    m_frames.fill(qint16(kUnlabeled), m_frameCount);
    m_confidences.clear();
    if (m_withConfidence)
        m_confidences.fill(0.0f, m_frameCount);
    m_levels.clear();
    int blocks = m_frameCount;
    int k = 0;
    while (blocks > 1) {
        ++k;
        const qint64 size = qint64(1) << k;
        blocks = int((m_frameCount + size - 1) / size);
        Level level;
        level.blockCount = blocks;
        level.counts.fill(0, qsizetype(blocks) * slotCount());
        level.majority.fill(qint16(kUnlabeled), blocks);
        if (m_withConfidence)
            level.confidenceSum.fill(0.0, blocks);
        // Every frame starts unlabeled: the unlabeled slot holds the block's frame count.
        for (int b = 0; b < blocks; ++b) {
            const qint64 first = qint64(b) * size;
            const qint64 last = std::min<qint64>(first + size, m_frameCount);
            level.counts[qsizetype(b) * slotCount() + m_classCount] = quint32(last - first);
        }
        m_levels.append(level);
    }
}

int TimelineSummary::blockCount(int level) const
{
    if (level <= 0)
        return m_frameCount;
    if (level > m_levels.size())
        return 0;
    return m_levels[level - 1].blockCount;
}

void TimelineSummary::assign(int start, int end, int label, float confidence)
{
    start = std::max(0, start);
    end = std::min(end, m_frameCount);
    if (start >= end)
        return;
    const qint16 stored = qint16(slotOf(label) == m_classCount ? kUnlabeled : label);
    std::fill(m_frames.begin() + start, m_frames.begin() + end, stored);
    if (m_withConfidence)
        std::fill(m_confidences.begin() + start,
                  m_confidences.begin() + end,
                  stored == kUnlabeled ? 0.0f : confidence);
    updateBlocks(start, end - 1);
}

void TimelineSummary::setFrames(int start,
                                const QVector<int> &labels,
                                const QVector<float> &confidences)
{
    const int first = std::max(0, start);
    const int end = std::min<qint64>(qint64(start) + labels.size(), m_frameCount);
    if (first >= end)
        return;
    // Only the blocks over frames whose label changed need their counts and majorities again
    // (a fusion slider move relabels a few percent of the frames); confidence sums are cheap to
    // redo over the whole range.
    constexpr int kJoinGap = 64; // changed frames closer than this share one block update
    int changedFirst = -1;
    int changedLast = -1;
    qint16 *framesData = m_frames.data(); // detached once, not per frame
    float *confidenceData = m_withConfidence ? m_confidences.data() : nullptr;
    const int *labelData = labels.constData();
    const float *givenConfidence = confidences.constData();
    const qsizetype givenCount = confidences.size();
    for (int f = first; f < end; ++f) {
        const int i = f - start;
        const int label = labelData[i];
        const bool unlabeled = label < 0 || label >= m_classCount;
        const qint16 stored = qint16(unlabeled ? kUnlabeled : label);
        if (framesData[f] != stored) {
            framesData[f] = stored;
            if (changedFirst >= 0 && f - changedLast > kJoinGap) {
                updateBlocks(changedFirst, changedLast);
                changedFirst = -1;
            }
            if (changedFirst < 0)
                changedFirst = f;
            changedLast = f;
        }
        if (confidenceData)
            confidenceData[f] = unlabeled ? 0.0f : (i < givenCount ? givenConfidence[i] : 1.0f);
    }
    if (changedFirst >= 0)
        updateBlocks(changedFirst, changedLast);
    if (m_withConfidence)
        updateConfidenceSums(first, end - 1);
}

void TimelineSummary::updateConfidenceSums(int firstFrame, int lastFrame)
{
    for (int k = 1; k <= m_levels.size(); ++k) {
        Level &level = m_levels[k - 1];
        const int firstBlock = firstFrame >> k;
        const int lastBlock = std::min(lastFrame >> k, level.blockCount - 1);
        double *sums = level.confidenceSum.data();
        if (k == 1) {
            const float *c = m_confidences.constData();
            for (int b = firstBlock; b <= lastBlock; ++b) {
                const int f = 2 * b;
                sums[b] = double(c[f]) + (f + 1 < m_frameCount ? c[f + 1] : 0.0f);
            }
        } else {
            const Level &child = m_levels[k - 2];
            const double *childSums = child.confidenceSum.constData();
            for (int b = firstBlock; b <= lastBlock; ++b) {
                const int c = 2 * b;
                sums[b] = childSums[c] + (c + 1 < child.blockCount ? childSums[c + 1] : 0.0);
            }
        }
    }
}

int TimelineSummary::label(int frame) const
{
    return (frame >= 0 && frame < m_frameCount) ? m_frames[frame] : kUnlabeled;
}

float TimelineSummary::confidence(int frame) const
{
    return (m_withConfidence && frame >= 0 && frame < m_frameCount) ? m_confidences[frame] : 0.0f;
}

void TimelineSummary::updateBlocks(int firstFrame, int lastFrame)
{
    const int slots = slotCount();
    const qint16 *frames = m_frames.constData();
    const float *confidences = m_confidences.constData();
    for (int k = 1; k <= m_levels.size(); ++k) {
        Level &level = m_levels[k - 1];
        const int firstBlock = firstFrame >> k;
        const int lastBlock = std::min(lastFrame >> k, level.blockCount - 1);
        quint32 *allCounts = level.counts.data(); // detached once per level, not per block
        const Level *child = k > 1 ? &m_levels[k - 2] : nullptr;
        const quint32 *childCounts = child ? child->counts.constData() : nullptr;
        const double *childSums = child ? child->confidenceSum.constData() : nullptr;
        for (int b = firstBlock; b <= lastBlock; ++b) {
            quint32 *counts = allCounts + qsizetype(b) * slots;
            std::fill(counts, counts + slots, 0u);
            double confidenceSum = 0.0;
            if (k == 1) {
                for (int f = 2 * b; f < std::min(2 * b + 2, m_frameCount); ++f) {
                    ++counts[slotOf(frames[f])];
                    if (m_withConfidence)
                        confidenceSum += confidences[f];
                }
            } else {
                for (int c = 2 * b; c < std::min(2 * b + 2, child->blockCount); ++c) {
                    const quint32 *from = childCounts + qsizetype(c) * slots;
                    for (int s = 0; s < slots; ++s)
                        counts[s] += from[s];
                    if (m_withConfidence)
                        confidenceSum += childSums[c];
                }
            }
            if (m_withConfidence)
                level.confidenceSum[b] = confidenceSum;
            recomputeMajority(level, b);
        }
    }
}

void TimelineSummary::recomputeMajority(Level &level, int block)
{
    const quint32 *counts = level.counts.constData() + qsizetype(block) * slotCount();
    int best = m_classCount; // unlabeled slot, loses ties against every class
    quint32 bestCount = counts[m_classCount];
    for (int s = 0; s < m_classCount; ++s) {
        if (counts[s] > 0
            && (counts[s] > bestCount || (counts[s] == bestCount && best == m_classCount))) {
            best = s;
            bestCount = counts[s];
        }
    }
    level.majority[block] = qint16(best == m_classCount ? kUnlabeled : best);
}

const quint32 *TimelineSummary::countsOf(int level, int block) const
{
    return m_levels[level - 1].counts.constData() + qsizetype(block) * slotCount();
}

int TimelineSummary::majority(int level, int block) const
{
    if (level <= 0)
        return label(block);
    if (level > m_levels.size() || block < 0 || block >= m_levels[level - 1].blockCount)
        return kUnlabeled;
    return m_levels[level - 1].majority[block];
}

int TimelineSummary::count(int level, int block, int label) const
{
    if (level <= 0)
        return slotOf(this->label(block)) == slotOf(label) && block >= 0 && block < m_frameCount
                       ? 1
                       : 0;
    if (level > m_levels.size() || block < 0 || block >= m_levels[level - 1].blockCount)
        return 0;
    return int(countsOf(level, block)[slotOf(label)]);
}

float TimelineSummary::meanConfidence(int level, int block) const
{
    if (!m_withConfidence)
        return 0.0f;
    if (level <= 0)
        return confidence(block);
    if (level > m_levels.size() || block < 0 || block >= m_levels[level - 1].blockCount)
        return 0.0f;
    const qint64 size = qint64(1) << level;
    const qint64 first = qint64(block) * size;
    const qint64 frames = std::min<qint64>(first + size, m_frameCount) - first;
    return frames > 0 ? float(m_levels[level - 1].confidenceSum[block] / double(frames)) : 0.0f;
}

TimelineSummary::Bin TimelineSummary::bin(int start, int end) const
{
    start = std::max(0, start);
    end = std::min(end, m_frameCount);
    Bin result;
    if (start >= end)
        return result;
    const int length = end - start;
    if (length == 1) {
        result.label = m_frames[start];
        result.confidence = confidence(start);
        return result;
    }
    int k = 0;
    while (k < m_levels.size() && (qint64(2) << k) <= length)
        ++k; // 2^k <= length < 2^(k+1), or the top level
    const int firstBlock = start >> k;
    const int lastBlock = (end - 1) >> k;
    const int slots = slotCount();
    quint32 counts[64];
    QVector<quint32> heapCounts;
    quint32 *sum = counts;
    if (slots > 64) {
        heapCounts.fill(0, slots);
        sum = heapCounts.data();
    } else {
        std::fill(counts, counts + slots, 0u);
    }
    double confidenceSum = 0.0;
    qint64 frames = 0;
    if (k == 0) {
        for (int f = start; f < end; ++f) {
            ++sum[slotOf(m_frames[f])];
            if (m_withConfidence)
                confidenceSum += m_confidences[f];
        }
        frames = length;
    } else {
        const Level &level = m_levels[k - 1];
        for (int b = firstBlock; b <= lastBlock; ++b) {
            const quint32 *c = level.counts.constData() + qsizetype(b) * slots;
            for (int s = 0; s < slots; ++s) {
                sum[s] += c[s];
                frames += c[s];
            }
            if (m_withConfidence)
                confidenceSum += level.confidenceSum[b];
        }
    }
    int best = m_classCount;
    quint32 bestCount = sum[m_classCount];
    for (int s = 0; s < m_classCount; ++s) {
        if (sum[s] > 0 && (sum[s] > bestCount || (sum[s] == bestCount && best == m_classCount))) {
            best = s;
            bestCount = sum[s];
        }
    }
    result.label = best == m_classCount ? kUnlabeled : best;
    result.confidence
            = (m_withConfidence && frames > 0) ? float(confidenceSum / double(frames)) : 0.0f;
    return result;
}

} // namespace ethoscribe
