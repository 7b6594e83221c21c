// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace ethoscribe {

// Per-frame class probabilities of one model stream (e.g. I3D RGB) for one video: a row-major
// frameCount x classCount float matrix plus the class names in output order. A row of zeros
// means "not predicted" (e.g. inference stopped early): it has no argmax, confidence 0.
//
// Stored in the project database with toBlob(): probabilities are quantised to unsigned 16-bit
// fixed point (p * 65535, rounded, clamped to [0, 1]), so a value read back differs from the
// original by at most 1/131070 (about 7.6e-6) - far below anything that changes a decision.
class PredictionTrack
{
public:
    PredictionTrack() = default;
    PredictionTrack(qint64 frameCount, const QStringList &classNames);

    bool isNull() const { return m_classNames.isEmpty(); }
    qint64 frameCount() const { return m_frameCount; }
    int classCount() const { return int(m_classNames.size()); }
    const QStringList &classNames() const { return m_classNames; }

    float probability(qint64 frame, int classIndex) const
    {
        return m_values[size_t(frame) * size_t(classCount()) + size_t(classIndex)];
    }
    void setProbability(qint64 frame, int classIndex, float p)
    {
        m_values[size_t(frame) * size_t(classCount()) + size_t(classIndex)] = p;
    }
    // Pointer to the classCount() probabilities of frame.
    const float *row(qint64 frame) const { return m_values.data() + size_t(frame) * classCount(); }
    float *row(qint64 frame) { return m_values.data() + size_t(frame) * classCount(); }
    void setRow(qint64 frame, const float *probabilities);
    const std::vector<float> &values() const { return m_values; }
    std::vector<float> &values() { return m_values; }

    // Index of the most probable class, -1 for a frame that was not predicted.
    int argmax(qint64 frame) const;
    // Highest probability of the frame (0 when not predicted).
    float confidence(qint64 frame) const;
    // Highest minus second-highest probability (0 when not predicted): small = ambiguous.
    float margin(qint64 frame) const;
    bool isPredicted(qint64 frame) const;
    std::vector<float> confidences() const;
    std::vector<float> margins() const;

    // Argmax labels; classToBehavior maps class index -> behavior id (kUnlabeled drops a class).
    // Frames that are not predicted or whose confidence is below minConfidence stay unlabeled.
    LabelTrack toLabelTrack(const QVector<BehaviorId> &classToBehavior,
                            float minConfidence = 0.0f) const;
    // Same, mapping class names to behaviors by name (case-insensitive).
    LabelTrack toLabelTrack(const BehaviorSet &behaviors, float minConfidence = 0.0f) const;
    // Class index -> behavior id by case-insensitive name (kUnlabeled when not in the set).
    QVector<BehaviorId> classMapping(const BehaviorSet &behaviors) const;
    // Class index of a behavior name (case-insensitive), -1 if absent.
    int classIndex(const QString &name) const;

    // Compact little-endian binary form for the database (see the class comment for precision).
    QByteArray toBlob() const;
    static std::optional<PredictionTrack> fromBlob(const QByteArray &blob,
                                                   QString *error = nullptr);

    // p = wRgb * p_rgb + wFlow * p_flow, with the weights divided by their sum when it is not 1
    // (so fused rows still sum to 1). Both tracks must have the same frame count and class names
    // (in order); otherwise, or when the weights are negative or both zero, returns a null track
    // and explains why in *error.
    static PredictionTrack fuse(const PredictionTrack &rgb,
                                const PredictionTrack &flow,
                                double wRgb,
                                double wFlow,
                                QString *error = nullptr);
    // Same into an existing track, reusing its memory (for a weight slider). Returns false on
    // error.
    static bool fuseInto(PredictionTrack &out,
                         const PredictionTrack &rgb,
                         const PredictionTrack &flow,
                         double wRgb,
                         double wFlow,
                         QString *error = nullptr);

    bool operator==(const PredictionTrack &other) const;
    bool operator!=(const PredictionTrack &other) const { return !(*this == other); }

private:
    qint64 m_frameCount = 0;
    QStringList m_classNames;
    std::vector<float> m_values;
};

} // namespace ethoscribe
