// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <QtGlobal>

namespace ethoscribe {

// Multi-resolution summary of one per-frame label sequence, so that the timeline paints a
// one-hour video at full zoom-out as fast as a ten-second one.
//
// Level 0 holds the label (and optional confidence) of every frame. Level k >= 1 holds, for every
// block of 2^k frames, the number of frames of each class, the block's majority class and the sum
// of the confidences. Upper levels are updated only over the blocks an edit touches
// (O(edited frames + log n) work per edit). Frames are 0-based.
//
// Classes are small non-negative integers (the timeline passes behavior ids); -1 is "unlabeled".
// Majority ties go to the smaller class, and labeled classes win ties against unlabeled.
// Not thread-safe; owned and used by the GUI thread.
class TimelineSummary
{
public:
    static constexpr int kUnlabeled = -1;

    // A summary of `frameCount` unlabeled frames over `classCount` classes (0..classCount-1).
    explicit TimelineSummary(int frameCount = 0, int classCount = 8, bool withConfidence = false);

    // Drops every label: all frames become unlabeled, confidence 0.
    void reset(int frameCount, int classCount, bool withConfidence);

    int frameCount() const { return m_frameCount; }
    int classCount() const { return m_classCount; }
    bool hasConfidence() const { return m_withConfidence; }
    // Number of levels: level 0 (frames) up to the first level with a single block.
    int levelCount() const { return m_levels.size() + 1; }
    int blockCount(int level) const;

    // Sets frames [start, end) to `label` (kUnlabeled or 0..classCount-1; other values are
    // stored as unlabeled) with the given confidence (ignored without confidence), then updates
    // the affected blocks of every level. The range is clipped to the frames.
    void assign(int start, int end, int label, float confidence = 1.0f);
    // Sets frames [start, start + labels.size()) one by one (confidences may be empty).
    void setFrames(int start, const QVector<int> &labels, const QVector<float> &confidences = {});

    int label(int frame) const;
    float confidence(int frame) const;

    // Majority class (or kUnlabeled) of block `block` of level `level` (level 0: the frame).
    int majority(int level, int block) const;
    // Number of frames of `label` in the block (label may be kUnlabeled).
    int count(int level, int block, int label) const;
    // Mean confidence over the frames of the block (0 without confidence).
    float meanConfidence(int level, int block) const;

    // What one pixel of the timeline shows for frames [start, end): the majority class over the
    // blocks of the coarsest level whose block size is at most end - start (blocks that straddle
    // the range count fully, so this is approximate at the range's edges: at most two blocks of
    // at most (end - start) frames each), and their mean confidence.
    struct Bin
    {
        int label = kUnlabeled;
        float confidence = 0.0f;
    };
    Bin bin(int start, int end) const;

private:
    struct Level
    {
        int blockCount = 0;
        QVector<quint32> counts;       // blockCount * (classCount + 1); slot classCount = unlabeled
        QVector<qint16> majority;      // -1 = unlabeled
        QVector<double> confidenceSum; // only with confidence
    };

    int slotOf(int label) const
    {
        return (label >= 0 && label < m_classCount) ? label : m_classCount;
    }
    int slotCount() const { return m_classCount + 1; }
    void updateBlocks(int firstFrame, int lastFrame);
    void updateConfidenceSums(int firstFrame, int lastFrame);
    void recomputeMajority(Level &level, int block);
    const quint32 *countsOf(int level, int block) const;

    int m_frameCount = 0;
    int m_classCount = 0;
    bool m_withConfidence = false;
    QVector<qint16> m_frames;     // level 0 labels, -1 = unlabeled
    QVector<float> m_confidences; // level 0 confidences (only with confidence)
    QVector<Level> m_levels;      // m_levels[k - 1] is level k
};

} // namespace ethoscribe
