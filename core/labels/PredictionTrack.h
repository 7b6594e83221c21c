// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace ethoscribe {

// Per-frame class probabilities of one model stream (e.g. I3D RGB) for one video: a row-major
// frameCount x classCount float matrix, the class names in output order, and an explicit
// per-frame "predicted" flag. A frame is predicted once a row was written to it (setRow, setRows,
// setProbability); a track constructed empty has no predicted frame, so the results of an analysis
// that is still running (or was stopped) can be told from frames that have no result yet. Rows of
// frames that are not predicted hold zeros; they have no argmax and confidence 0.
//
// Frames are 0-based. Stored in the project as PredictionChunk blocks (prediction_chunks), or as
// one blob with toBlob(): probabilities quantised to unsigned 16-bit fixed point (p * 65535,
// rounded, clamped to [0, 1]), so a value read back differs from the original by at most
// 1/131070 (about 7.6e-6) - far below anything that changes a decision.
//
// Fusion of several tracks lives in fusion/FusionModel.
class PredictionTrack
{
public:
    PredictionTrack() = default;
    // frameCount frames, none predicted.
    PredictionTrack(qint64 frameCount, const QStringList &classNames);
    // A track from its parts: values (frames x classes, row-major) and predicted (one 0/1 byte
    // per frame; the frame count). Rows that are not predicted are zeroed. Returns nullopt with a
    // reason in *error when the sizes do not match or there are no classes.
    static std::optional<PredictionTrack> fromRows(const QStringList &classNames,
                                                   std::vector<float> values,
                                                   std::vector<std::uint8_t> predicted,
                                                   QString *error = nullptr);
    // For sources that carry no predicted flags (files written before they existed, the
    // probability matrices of a cross-validation run): a row that is all zero (or has no
    // positive value) is "not predicted", every other row is predicted. values.size() must be
    // frameCount x classNames.size().
    static PredictionTrack fromUnmaskedValues(const QStringList &classNames,
                                              qint64 frameCount,
                                              std::vector<float> values);

    bool isNull() const { return m_classNames.isEmpty(); }
    qint64 frameCount() const { return m_frameCount; }
    int classCount() const { return int(m_classNames.size()); }
    const QStringList &classNames() const { return m_classNames; }

    float probability(qint64 frame, int classIndex) const
    {
        return m_values[size_t(frame) * size_t(classCount()) + size_t(classIndex)];
    }
    // Sets one probability and marks the frame predicted (its other classes keep their values).
    void setProbability(qint64 frame, int classIndex, float p);
    // Pointer to the classCount() probabilities of frame (zeros when not predicted).
    const float *row(qint64 frame) const
    {
        return m_values.data() + size_t(frame) * size_t(classCount());
    }
    // Writes the classCount() probabilities of frame and marks it predicted.
    void setRow(qint64 frame, const float *probabilities) { setRows(frame, 1, probabilities); }
    // Writes count rows (count x classCount() floats, row-major) from frame `first` on and marks
    // them predicted. The range must lie inside the track.
    void setRows(qint64 first, qint64 count, const float *rows);
    // Marks count frames from `first` on as not predicted and zeroes their rows.
    void clearRows(qint64 first, qint64 count);
    // All rows, frameCount() x classCount(), row-major.
    const std::vector<float> &values() const { return m_values; }
    // One byte per frame: 1 predicted, 0 not.
    const std::vector<std::uint8_t> &predictedMask() const { return m_predicted; }
    bool isPredicted(qint64 frame) const { return m_predicted[size_t(frame)] != 0; }
    qint64 predictedCount() const { return m_predictedCount; }

    // Index of the most probable class (the first one on a tie), -1 for a frame that was not
    // predicted.
    int argmax(qint64 frame) const;
    // Highest probability of the frame (0 when not predicted).
    float confidence(qint64 frame) const;
    // Highest minus second-highest probability (0 when not predicted): small = ambiguous.
    float margin(qint64 frame) const;
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

    // The whole track as one compact little-endian blob (format version 2, with the predicted
    // flags). fromBlob() also reads version 1, written before the flags existed: there a row of
    // zeros means "not predicted".
    QByteArray toBlob() const;
    static std::optional<PredictionTrack> fromBlob(const QByteArray &blob,
                                                   QString *error = nullptr);

    bool operator==(const PredictionTrack &other) const;
    bool operator!=(const PredictionTrack &other) const { return !(*this == other); }

private:
    friend class FusionModel; // FusionModel::fusePair writes its output in place

    qint64 m_frameCount = 0;
    QStringList m_classNames;
    std::vector<float> m_values;
    std::vector<std::uint8_t> m_predicted;
    qint64 m_predictedCount = 0;
};

} // namespace ethoscribe
