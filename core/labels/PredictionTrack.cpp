// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PredictionTrack.h"

#include "labels/PredictionChunk.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace ethoscribe {

namespace {

constexpr char kMagic[4] = {'E', 'S', 'P', 'T'};
constexpr quint16 kBlobVersionZeroRows = 1; // no flags: a row of zeros is not predicted
constexpr quint16 kBlobVersion = 2;         // predicted flags as a bit set before the values
constexpr quint16 kEncodingUint16 = 1;
constexpr int kMaxClasses = 4096;
constexpr int kHeaderSize = 4 + 2 + 2 + 4 + 8;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PredictionTrack)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

template<typename T>
void appendLe(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

} // namespace

PredictionTrack::PredictionTrack(qint64 frameCount, const QStringList &classNames)
    : m_frameCount(std::max<qint64>(0, frameCount))
    , m_classNames(classNames)
    , m_values(size_t(m_frameCount) * size_t(classNames.size()), 0.0f)
    , m_predicted(size_t(m_frameCount), 0)
{}

std::optional<PredictionTrack> PredictionTrack::fromRows(const QStringList &classNames,
                                                         std::vector<float> values,
                                                         std::vector<std::uint8_t> predicted,
                                                         QString *error)
{
    const size_t frames = predicted.size();
    if (classNames.isEmpty() || values.size() != frames * size_t(classNames.size())) {
        setError(error,
                 Tr::tr("The predictions do not fit their classes (%1 values for %2 frames and %3 "
                        "classes).")
                         .arg(values.size())
                         .arg(frames)
                         .arg(classNames.size()));
        return std::nullopt;
    }
    PredictionTrack track;
    track.m_frameCount = qint64(frames);
    track.m_classNames = classNames;
    track.m_values = std::move(values);
    track.m_predicted = std::move(predicted);
    const size_t classes = size_t(classNames.size());
    for (size_t f = 0; f < frames; ++f) {
        if (track.m_predicted[f]) {
            track.m_predicted[f] = 1;
            ++track.m_predictedCount;
        } else {
            std::fill_n(track.m_values.begin() + qsizetype(f * classes), classes, 0.0f);
        }
    }
    return track;
}

PredictionTrack PredictionTrack::fromUnmaskedValues(const QStringList &classNames,
                                                    qint64 frameCount,
                                                    std::vector<float> values)
{
    PredictionTrack track(frameCount, classNames);
    Q_ASSERT(values.size() == track.m_values.size());
    if (values.size() != track.m_values.size())
        return track;
    track.m_values = std::move(values);
    const int classes = track.classCount();
    for (qint64 f = 0; f < track.m_frameCount; ++f) {
        float *r = track.m_values.data() + size_t(f) * size_t(classes);
        bool any = false;
        for (int c = 0; c < classes && !any; ++c)
            any = r[c] > 0.0f;
        if (any) {
            track.m_predicted[size_t(f)] = 1;
            ++track.m_predictedCount;
        } else {
            std::fill_n(r, classes, 0.0f); // negative or NaN leftovers of "nothing"
        }
    }
    return track;
}

void PredictionTrack::setProbability(qint64 frame, int classIndex, float p)
{
    m_values[size_t(frame) * size_t(classCount()) + size_t(classIndex)] = p;
    if (!m_predicted[size_t(frame)]) {
        m_predicted[size_t(frame)] = 1;
        ++m_predictedCount;
    }
}

void PredictionTrack::setRows(qint64 first, qint64 count, const float *rows)
{
    Q_ASSERT(first >= 0 && count >= 0 && first + count <= m_frameCount);
    std::copy(rows,
              rows + size_t(count) * size_t(classCount()),
              m_values.begin() + qsizetype(size_t(first) * size_t(classCount())));
    std::uint8_t *mask = m_predicted.data() + first;
    for (qint64 i = 0; i < count; ++i) {
        m_predictedCount += 1 - mask[i];
        mask[i] = 1;
    }
}

void PredictionTrack::clearRows(qint64 first, qint64 count)
{
    Q_ASSERT(first >= 0 && count >= 0 && first + count <= m_frameCount);
    std::fill_n(m_values.begin() + qsizetype(size_t(first) * size_t(classCount())),
                size_t(count) * size_t(classCount()),
                0.0f);
    std::uint8_t *mask = m_predicted.data() + first;
    for (qint64 i = 0; i < count; ++i) {
        m_predictedCount -= mask[i];
        mask[i] = 0;
    }
}

int PredictionTrack::argmax(qint64 frame) const
{
    if (!isPredicted(frame) || classCount() == 0)
        return -1;
    const float *r = row(frame);
    int best = 0;
    float bestValue = r[0];
    for (int c = 1; c < classCount(); ++c) {
        if (r[c] > bestValue) {
            bestValue = r[c];
            best = c;
        }
    }
    return best;
}

float PredictionTrack::confidence(qint64 frame) const
{
    if (!isPredicted(frame))
        return 0.0f;
    const float *r = row(frame);
    float best = 0.0f;
    for (int c = 0; c < classCount(); ++c)
        best = std::max(best, r[c]);
    return best;
}

float PredictionTrack::margin(qint64 frame) const
{
    if (!isPredicted(frame))
        return 0.0f;
    const float *r = row(frame);
    float first = 0.0f;
    float second = 0.0f;
    for (int c = 0; c < classCount(); ++c) {
        if (r[c] > first) {
            second = first;
            first = r[c];
        } else if (r[c] > second) {
            second = r[c];
        }
    }
    return first - second;
}

std::vector<float> PredictionTrack::confidences() const
{
    std::vector<float> result(static_cast<size_t>(m_frameCount));
    for (qint64 f = 0; f < m_frameCount; ++f)
        result[size_t(f)] = confidence(f);
    return result;
}

std::vector<float> PredictionTrack::margins() const
{
    std::vector<float> result(static_cast<size_t>(m_frameCount));
    for (qint64 f = 0; f < m_frameCount; ++f)
        result[size_t(f)] = margin(f);
    return result;
}

LabelTrack PredictionTrack::toLabelTrack(const QVector<BehaviorId> &classToBehavior,
                                         float minConfidence) const
{
    QVector<BehaviorId> frames(int(m_frameCount), kUnlabeled);
    for (qint64 f = 0; f < m_frameCount; ++f) {
        const int c = argmax(f);
        if (c >= 0 && c < classToBehavior.size() && row(f)[c] >= minConfidence)
            frames[int(f)] = classToBehavior.at(c);
    }
    return LabelTrack::fromFrames(frames);
}

QVector<BehaviorId> PredictionTrack::classMapping(const BehaviorSet &behaviors) const
{
    QVector<BehaviorId> mapping;
    mapping.reserve(classCount());
    for (const QString &name : m_classNames) {
        const Behavior *b = behaviors.byName(name, Qt::CaseInsensitive);
        mapping.append(b ? b->id : kUnlabeled);
    }
    return mapping;
}

LabelTrack PredictionTrack::toLabelTrack(const BehaviorSet &behaviors, float minConfidence) const
{
    return toLabelTrack(classMapping(behaviors), minConfidence);
}

int PredictionTrack::classIndex(const QString &name) const
{
    for (int c = 0; c < classCount(); ++c) {
        if (m_classNames.at(c).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

// Layout (little-endian): "ESPT", u16 version, u16 encoding, u32 classCount, u64 frameCount,
// classCount x (u32 byte length + UTF-8 name), [version 2: the predicted flags as a bit set, see
// PredictionChunk::encode()], frameCount x classCount x u16 (p * 65535).
QByteArray PredictionTrack::toBlob() const
{
    QByteArray out;
    const size_t valueCount = m_values.size();
    const qint64 maskBytes = (m_frameCount + 7) / 8;
    out.reserve(qsizetype(kHeaderSize + 64 * classCount() + maskBytes + 2 * qint64(valueCount)));
    out.append(kMagic, 4);
    appendLe<quint16>(out, kBlobVersion);
    appendLe<quint16>(out, kEncodingUint16);
    appendLe<quint32>(out, quint32(classCount()));
    appendLe<quint64>(out, quint64(m_frameCount));
    for (const QString &name : m_classNames) {
        const QByteArray utf8 = name.toUtf8();
        appendLe<quint32>(out, quint32(utf8.size()));
        out.append(utf8);
    }
    qsizetype offset = out.size();
    out.resize(offset + qsizetype(maskBytes));
    PredictionChunk::packFlags(
            m_predicted.data(), m_frameCount, reinterpret_cast<uchar *>(out.data() + offset));
    offset = out.size();
    out.resize(offset + qsizetype(2 * valueCount));
    uchar *dst = reinterpret_cast<uchar *>(out.data() + offset);
    for (size_t i = 0; i < valueCount; ++i)
        qToLittleEndian(PredictionChunk::quantise(m_values[i]), dst + 2 * i);
    return out;
}

std::optional<PredictionTrack> PredictionTrack::fromBlob(const QByteArray &blob, QString *error)
{
    const auto fail = [error](const QString &reason) {
        setError(error,
                 Tr::tr("The stored predictions are damaged (%1). Run the prediction again.")
                         .arg(reason));
        return std::nullopt;
    };
    const uchar *data = reinterpret_cast<const uchar *>(blob.constData());
    const qint64 size = blob.size();
    if (size < kHeaderSize || std::memcmp(data, kMagic, 4) != 0)
        return fail(Tr::tr("not a prediction record"));
    const quint16 version = qFromLittleEndian<quint16>(data + 4);
    const quint16 encoding = qFromLittleEndian<quint16>(data + 6);
    if ((version != kBlobVersion && version != kBlobVersionZeroRows)
        || encoding != kEncodingUint16) {
        setError(error,
                 Tr::tr("The stored predictions use format version %1, which this version of "
                        "Ethoscribe cannot read. Update Ethoscribe or run the prediction again.")
                         .arg(version));
        return std::nullopt;
    }
    const quint32 classes = qFromLittleEndian<quint32>(data + 8);
    const quint64 frames = qFromLittleEndian<quint64>(data + 12);
    if (classes == 0 || classes > quint32(kMaxClasses))
        return fail(Tr::tr("invalid class count"));
    qint64 pos = kHeaderSize;
    QStringList names;
    for (quint32 c = 0; c < classes; ++c) {
        if (size - pos < 4)
            return fail(Tr::tr("truncated"));
        const quint32 length = qFromLittleEndian<quint32>(data + pos);
        pos += 4;
        if (qint64(length) > size - pos)
            return fail(Tr::tr("truncated"));
        names.append(QString::fromUtf8(blob.constData() + pos, qsizetype(length)));
        pos += length;
    }
    const quint64 remaining = quint64(size - pos);
    // Version 1: 2 bytes per value; version 2: also one bit per frame.
    if (frames > remaining / 2 / classes)
        return fail(Tr::tr("size does not match %1 frames").arg(frames));
    const quint64 maskBytes = version == kBlobVersion ? (frames + 7) / 8 : 0;
    if (frames * classes * 2 + maskBytes != remaining)
        return fail(Tr::tr("size does not match %1 frames").arg(frames));
    const size_t count = size_t(frames) * classes;
    std::vector<float> values(count);
    const uchar *src = data + pos + maskBytes;
    for (size_t i = 0; i < count; ++i)
        values[i] = PredictionChunk::dequantise(qFromLittleEndian<quint16>(src + 2 * i));
    if (version == kBlobVersionZeroRows)
        return fromUnmaskedValues(names, qint64(frames), std::move(values));
    std::vector<std::uint8_t> predicted(static_cast<size_t>(frames));
    PredictionChunk::unpackFlags(data + pos, qint64(frames), predicted.data());
    return fromRows(names, std::move(values), std::move(predicted), error);
}

bool PredictionTrack::operator==(const PredictionTrack &other) const
{
    return m_frameCount == other.m_frameCount && m_classNames == other.m_classNames
           && m_predicted == other.m_predicted && m_values == other.m_values;
}

} // namespace ethoscribe
