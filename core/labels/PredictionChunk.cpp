// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PredictionChunk.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ethoscribe {

namespace {

constexpr char kMagic[4] = {'E', 'S', 'P', 'C'};
constexpr quint16 kVersion = 1;
constexpr quint16 kEncodingUint16 = 1;
constexpr quint32 kMaxClasses = 4096;
constexpr quint32 kMaxFrames = 1u << 20; // far above any chunk size we write
constexpr int kHeaderSize = 4 + 2 + 2 + 4 + 4;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PredictionChunk)
};

} // namespace

PredictionChunk::PredictionChunk(int classCount, qint64 frameCount)
    : m_classCount(std::max(0, classCount))
    , m_frameCount(std::max<qint64>(0, frameCount))
    , m_values(size_t(m_frameCount) * size_t(m_classCount), 0)
    , m_predicted(size_t(m_frameCount), 0)
{}

std::uint16_t PredictionChunk::quantise(float p)
{
    if (!(p > 0.0f)) // also NaN
        return 0;
    if (p >= 1.0f)
        return 65535;
    return std::uint16_t(p * 65535.0f + 0.5f);
}

qint64 PredictionChunk::predictedCount() const
{
    return qint64(std::count(m_predicted.begin(), m_predicted.end(), std::uint8_t(1)));
}

void PredictionChunk::setRows(qint64 first, qint64 count, const float *rows)
{
    Q_ASSERT(first >= 0 && count >= 0 && first + count <= m_frameCount);
    const size_t n = size_t(count) * size_t(m_classCount);
    std::uint16_t *dst = m_values.data() + size_t(first) * size_t(m_classCount);
    for (size_t i = 0; i < n; ++i)
        dst[i] = quantise(rows[i]);
    std::fill_n(m_predicted.begin() + first, count, std::uint8_t(1));
}

void PredictionChunk::setRows(qint64 first,
                              qint64 count,
                              const float *rows,
                              const std::uint8_t *predicted)
{
    for (qint64 i = 0; i < count; ++i) {
        if (predicted[i])
            setRows(first + i, 1, rows + size_t(i) * size_t(m_classCount));
        else
            clearRows(first + i, 1);
    }
}

void PredictionChunk::clearRows(qint64 first, qint64 count)
{
    Q_ASSERT(first >= 0 && count >= 0 && first + count <= m_frameCount);
    std::fill_n(m_values.begin() + first * m_classCount, count * m_classCount, std::uint16_t(0));
    std::fill_n(m_predicted.begin() + first, count, std::uint8_t(0));
}

void PredictionChunk::readRows(qint64 first,
                               qint64 count,
                               float *rows,
                               std::uint8_t *predicted) const
{
    Q_ASSERT(first >= 0 && count >= 0 && first + count <= m_frameCount);
    const size_t n = size_t(count) * size_t(m_classCount);
    const std::uint16_t *src = m_values.data() + size_t(first) * size_t(m_classCount);
    for (size_t i = 0; i < n; ++i)
        rows[i] = dequantise(src[i]);
    if (predicted)
        std::copy_n(m_predicted.begin() + first, count, predicted);
}

void PredictionChunk::packFlags(const std::uint8_t *flags, qint64 count, unsigned char *out)
{
    std::memset(out, 0, size_t((count + 7) / 8));
    for (qint64 i = 0; i < count; ++i) {
        if (flags[i])
            out[i / 8] |= (unsigned char)(1u << (i % 8));
    }
}

void PredictionChunk::unpackFlags(const unsigned char *in, qint64 count, std::uint8_t *flags)
{
    for (qint64 i = 0; i < count; ++i)
        flags[i] = (in[i / 8] >> (i % 8)) & 1u;
}

QByteArray PredictionChunk::encode() const
{
    const qint64 maskBytes = (m_frameCount + 7) / 8;
    QByteArray out(qsizetype(kHeaderSize + maskBytes + 2 * qint64(m_values.size())),
                   Qt::Uninitialized);
    uchar *p = reinterpret_cast<uchar *>(out.data());
    std::memcpy(p, kMagic, 4);
    qToLittleEndian<quint16>(kVersion, p + 4);
    qToLittleEndian<quint16>(kEncodingUint16, p + 6);
    qToLittleEndian<quint32>(quint32(m_classCount), p + 8);
    qToLittleEndian<quint32>(quint32(m_frameCount), p + 12);
    packFlags(m_predicted.data(), m_frameCount, p + kHeaderSize);
    uchar *values = p + kHeaderSize + maskBytes;
    for (size_t i = 0; i < m_values.size(); ++i)
        qToLittleEndian<quint16>(m_values[i], values + 2 * i);
    return out;
}

std::optional<PredictionChunk> PredictionChunk::decode(const QByteArray &data, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = Tr::tr("a block of stored predictions is damaged (%1)").arg(reason);
        return std::nullopt;
    };
    const uchar *p = reinterpret_cast<const uchar *>(data.constData());
    const qint64 size = data.size();
    if (size < kHeaderSize || std::memcmp(p, kMagic, 4) != 0)
        return fail(Tr::tr("not a block of predictions"));
    const quint16 version = qFromLittleEndian<quint16>(p + 4);
    const quint16 encoding = qFromLittleEndian<quint16>(p + 6);
    if (version != kVersion || encoding != kEncodingUint16) {
        if (error)
            *error = Tr::tr("a block of stored predictions uses format version %1, which this "
                            "version "
                            "of Ethoscribe cannot read")
                             .arg(version);
        return std::nullopt;
    }
    const quint32 classes = qFromLittleEndian<quint32>(p + 8);
    const quint32 frames = qFromLittleEndian<quint32>(p + 12);
    if (classes == 0 || classes > kMaxClasses)
        return fail(Tr::tr("invalid class count"));
    if (frames > kMaxFrames)
        return fail(Tr::tr("invalid frame count"));
    const qint64 maskBytes = (qint64(frames) + 7) / 8;
    if (size != kHeaderSize + maskBytes + 2 * qint64(frames) * qint64(classes))
        return fail(Tr::tr("size does not match %1 frames").arg(frames));
    PredictionChunk chunk{int(classes), qint64(frames)};
    unpackFlags(p + kHeaderSize, frames, chunk.m_predicted.data());
    const uchar *values = p + kHeaderSize + maskBytes;
    for (size_t i = 0; i < chunk.m_values.size(); ++i)
        chunk.m_values[i] = qFromLittleEndian<quint16>(values + 2 * i);
    // Rows that were not predicted hold zeros by definition: do not trust the file on that.
    for (qint64 r = 0; r < qint64(frames); ++r) {
        if (!chunk.m_predicted[size_t(r)])
            std::fill_n(chunk.m_values.begin() + r * classes, classes, std::uint16_t(0));
    }
    return chunk;
}

bool PredictionChunk::operator==(const PredictionChunk &other) const
{
    return m_classCount == other.m_classCount && m_frameCount == other.m_frameCount
           && m_values == other.m_values && m_predicted == other.m_predicted;
}

} // namespace ethoscribe
