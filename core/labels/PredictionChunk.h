// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ethoscribe {

// A block of consecutive rows of a PredictionTrack in the form the project stores it (one row of
// the prediction_chunks table): per row, whether it was predicted, and its classCount
// probabilities quantised to unsigned 16-bit fixed point (q = round(p * 65535), p clamped to
// [0, 1], NaN stored as 0; read back as q / 65535, so within 1/131070 of what was written).
// Rows that were not predicted hold zeros. Row numbers are 0-based within the chunk; the chunk's
// first frame in the video is kept by whoever stores it.
//
// Read-modify-write of a partial chunk works on the quantised values, so rows that a write does
// not touch come back bit for bit.
class PredictionChunk
{
public:
    PredictionChunk() = default;
    // A chunk of frameCount rows, none predicted.
    PredictionChunk(int classCount, qint64 frameCount);

    int classCount() const { return m_classCount; }
    qint64 frameCount() const { return m_frameCount; }
    bool isPredicted(qint64 row) const { return m_predicted[size_t(row)] != 0; }
    qint64 predictedCount() const;

    // Writes count rows (count x classCount floats, row-major) from row `first` on and marks them
    // predicted. The range must lie inside the chunk.
    void setRows(qint64 first, qint64 count, const float *rows);
    // Same, but a row whose predicted[i] is 0 is cleared instead (its values are ignored).
    void setRows(qint64 first, qint64 count, const float *rows, const std::uint8_t *predicted);
    // Marks count rows from `first` on as not predicted (their values become 0).
    void clearRows(qint64 first, qint64 count);
    // Copies count rows from `first` on into rows (count x classCount floats) and their flags
    // into predicted (0/1; may be null). Rows that were not predicted read as zeros.
    void readRows(qint64 first, qint64 count, float *rows, std::uint8_t *predicted) const;

    // Layout (little-endian): "ESPC", u16 version (1), u16 encoding (1 = u16 fixed point),
    // u32 classCount, u32 frameCount, the predicted flags as a bit set (row i is bit i % 8 of byte
    // i / 8, least significant bit first), then frameCount x classCount u16.
    QByteArray encode() const;
    // The inverse of encode(); nullopt with a plain-language reason in *error when the data are
    // damaged or of an unknown version.
    static std::optional<PredictionChunk> decode(const QByteArray &data, QString *error = nullptr);

    static std::uint16_t quantise(float p);
    static float dequantise(std::uint16_t q) { return float(q) * (1.0f / 65535.0f); }
    // Bit-set packing of 0/1 flags as described at encode(); out must hold (count + 7) / 8 bytes.
    static void packFlags(const std::uint8_t *flags, qint64 count, unsigned char *out);
    static void unpackFlags(const unsigned char *in, qint64 count, std::uint8_t *flags);

    bool operator==(const PredictionChunk &other) const;

private:
    int m_classCount = 0;
    qint64 m_frameCount = 0;
    std::vector<std::uint16_t> m_values;   // m_frameCount x m_classCount
    std::vector<std::uint8_t> m_predicted; // m_frameCount, 0/1
};

} // namespace ethoscribe
