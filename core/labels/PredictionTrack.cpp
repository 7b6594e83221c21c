// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PredictionTrack.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ethoscribe {

namespace {

constexpr char kMagic[4] = {'E', 'S', 'P', 'T'};
constexpr quint16 kBlobVersion = 1;
constexpr quint16 kEncodingUint16 = 1;
constexpr int kMaxClasses = 4096;
constexpr int kHeaderSize = 4 + 2 + 2 + 4 + 8;

QString tr(const char *text)
{
    return QCoreApplication::translate("PredictionTrack", text);
}

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
{}

void PredictionTrack::setRow(qint64 frame, const float *probabilities)
{
    std::copy(probabilities, probabilities + classCount(), row(frame));
}

bool PredictionTrack::isPredicted(qint64 frame) const
{
    const float *r = row(frame);
    for (int c = 0; c < classCount(); ++c) {
        if (r[c] > 0.0f)
            return true;
    }
    return false;
}

int PredictionTrack::argmax(qint64 frame) const
{
    const float *r = row(frame);
    int best = -1;
    float bestValue = 0.0f;
    for (int c = 0; c < classCount(); ++c) {
        if (r[c] > bestValue) {
            bestValue = r[c];
            best = c;
        }
    }
    return best;
}

float PredictionTrack::confidence(qint64 frame) const
{
    const float *r = row(frame);
    float best = 0.0f;
    for (int c = 0; c < classCount(); ++c)
        best = std::max(best, r[c]);
    return best;
}

float PredictionTrack::margin(qint64 frame) const
{
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
// classCount x (u32 byte length + UTF-8 name), frameCount x classCount x u16 (p * 65535).
QByteArray PredictionTrack::toBlob() const
{
    QByteArray out;
    const size_t valueCount = m_values.size();
    out.reserve(int(kHeaderSize + 64 * classCount() + 2 * valueCount));
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
    const qsizetype offset = out.size();
    out.resize(offset + qsizetype(2 * valueCount));
    uchar *dst = reinterpret_cast<uchar *>(out.data() + offset);
    for (size_t i = 0; i < valueCount; ++i) {
        const float p = std::clamp(m_values[i], 0.0f, 1.0f); // NaN -> 0 below
        const quint16 q = std::isnan(p) ? 0 : quint16(p * 65535.0f + 0.5f);
        qToLittleEndian(q, dst + 2 * i);
    }
    return out;
}

std::optional<PredictionTrack> PredictionTrack::fromBlob(const QByteArray &blob, QString *error)
{
    const auto fail = [error](const QString &reason) {
        setError(error,
                 tr("The stored predictions are damaged (%1). Run the prediction again.")
                         .arg(reason));
        return std::nullopt;
    };
    const uchar *data = reinterpret_cast<const uchar *>(blob.constData());
    const qint64 size = blob.size();
    if (size < kHeaderSize || std::memcmp(data, kMagic, 4) != 0)
        return fail(tr("not a prediction record"));
    const quint16 version = qFromLittleEndian<quint16>(data + 4);
    const quint16 encoding = qFromLittleEndian<quint16>(data + 6);
    if (version != kBlobVersion || encoding != kEncodingUint16) {
        setError(error,
                 tr("The stored predictions use format version %1, which this version of "
                    "Ethoscribe cannot read. Update Ethoscribe or run the prediction again.")
                         .arg(version));
        return std::nullopt;
    }
    const quint32 classes = qFromLittleEndian<quint32>(data + 8);
    const quint64 frames = qFromLittleEndian<quint64>(data + 12);
    if (classes == 0 || classes > quint32(kMaxClasses))
        return fail(tr("invalid class count"));
    qint64 pos = kHeaderSize;
    QStringList names;
    for (quint32 c = 0; c < classes; ++c) {
        if (size - pos < 4)
            return fail(tr("truncated"));
        const quint32 length = qFromLittleEndian<quint32>(data + pos);
        pos += 4;
        if (qint64(length) > size - pos)
            return fail(tr("truncated"));
        names.append(QString::fromUtf8(blob.constData() + pos, qsizetype(length)));
        pos += length;
    }
    const quint64 remaining = quint64(size - pos);
    if (frames > remaining / 2 / classes || frames * classes * 2 != remaining)
        return fail(tr("size does not match %1 frames").arg(frames));
    PredictionTrack track(qint64(frames), names);
    const size_t count = size_t(frames) * classes;
    const uchar *src = data + pos;
    constexpr float scale = 1.0f / 65535.0f;
    for (size_t i = 0; i < count; ++i)
        track.m_values[i] = float(qFromLittleEndian<quint16>(src + 2 * i)) * scale;
    return track;
}

bool PredictionTrack::fuseInto(PredictionTrack &out,
                               const PredictionTrack &rgb,
                               const PredictionTrack &flow,
                               double wRgb,
                               double wFlow,
                               QString *error)
{
    if (rgb.m_frameCount != flow.m_frameCount) {
        setError(error,
                 tr("The two prediction streams cover different numbers of frames (%1 and %2).")
                         .arg(rgb.m_frameCount)
                         .arg(flow.m_frameCount));
        return false;
    }
    if (rgb.m_classNames != flow.m_classNames) {
        setError(error,
                 tr("The two prediction streams have different behaviors (%1 / %2).")
                         .arg(rgb.m_classNames.join(QLatin1String(", ")),
                              flow.m_classNames.join(QLatin1String(", "))));
        return false;
    }
    const double sum = wRgb + wFlow;
    if (!(wRgb >= 0.0) || !(wFlow >= 0.0) || !(sum > 0.0) || !std::isfinite(sum)) {
        setError(error,
                 tr("Fusion weights must be non-negative and not both zero (got %1 and %2).")
                         .arg(wRgb)
                         .arg(wFlow));
        return false;
    }
    const float a = float(wRgb / sum);
    const float b = float(wFlow / sum);
    if (out.m_frameCount != rgb.m_frameCount || out.m_classNames != rgb.m_classNames) {
        out.m_frameCount = rgb.m_frameCount;
        out.m_classNames = rgb.m_classNames;
    }
    const size_t n = rgb.m_values.size();
    out.m_values.resize(n);
    const float *__restrict pr = rgb.m_values.data();
    const float *__restrict pf = flow.m_values.data();
    float *__restrict po = out.m_values.data();
    for (size_t i = 0; i < n; ++i)
        po[i] = a * pr[i] + b * pf[i];
    return true;
}

PredictionTrack PredictionTrack::fuse(const PredictionTrack &rgb,
                                      const PredictionTrack &flow,
                                      double wRgb,
                                      double wFlow,
                                      QString *error)
{
    PredictionTrack out;
    if (!fuseInto(out, rgb, flow, wRgb, wFlow, error))
        return PredictionTrack();
    return out;
}

bool PredictionTrack::operator==(const PredictionTrack &other) const
{
    return m_frameCount == other.m_frameCount && m_classNames == other.m_classNames
           && m_values == other.m_values;
}

} // namespace ethoscribe
