// SPDX-License-Identifier: GPL-3.0-or-later
#include "fusion/FusionModel.h"

#include "fusion/LabelSmoothing.h"
#include "labels/PredictionTrack.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FusionModel)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Frames per task of a parallel fusion: large enough that scheduling costs nothing, small enough
// that two threads finish together.
constexpr qint64 kBlockFrames = 16384;

// Normalised weights of two inputs for each presence pattern (bit 0: x present, bit 1: y present).
// A pattern is defined when the present inputs have a positive total weight.
void pairTable(double wx, double wy, float coef[4][2], bool defined[4])
{
    for (int pattern = 0; pattern < 4; ++pattern) {
        const double sx = (pattern & 1) ? wx : 0.0;
        const double sy = (pattern & 2) ? wy : 0.0;
        const double sum = sx + sy;
        defined[pattern] = sum > 0.0;
        coef[pattern][0] = defined[pattern] ? float(sx / sum) : 0.0f;
        coef[pattern][1] = defined[pattern] ? float(sy / sum) : 0.0f;
    }
}

} // namespace

// Everything one fusion pass needs, resolved once per pass so that the per-frame loop only reads.
struct FusionModel::Plan
{
    const float *values[kInputs] = {};
    const std::uint8_t *mask[kInputs] = {}; // null: input not connected
    int classCount = 0;
    float streamCoef[4][2] = {}; // (rgb, flow) per presence pattern of a network's streams
    bool networkDefined[4] = {};
    float mixCoef[4][2] = {}; // (i3d, r2plus1d) per pattern of networks defined at the frame
    bool mixDefined[4] = {};
    std::uint8_t expected = 0; // inputs whose absence makes a predicted frame Partial
    float *out = nullptr;
    std::int32_t *labels = nullptr; // the argmax goes here
    float *confidence = nullptr;
    float *margin = nullptr;
    float *disagreement = nullptr;
    std::uint8_t *flags = nullptr;
};

namespace {

// Which inputs have a row at frame f, as the per-frame loops of both kernels need it: the input
// bits (I3D RGB, I3D flow, R(2+1)D RGB, R(2+1)D flow), each network's stream pattern, and the
// pattern of networks that are defined there.
struct FramePresence
{
    unsigned present = 0;
    unsigned i3d = 0;
    unsigned r2plus1d = 0;
    unsigned networks = 0;
};

template<typename Plan>
inline FramePresence presenceAt(const Plan &p, qint64 f)
{
    FramePresence r;
    for (int s = 0; s < 4; ++s)
        if (p.mask[s] && p.mask[s][f])
            r.present |= 1u << s;
    r.i3d = r.present & 3u;
    r.r2plus1d = r.present >> 2;
    r.networks = unsigned(p.networkDefined[r.i3d]) | (unsigned(p.networkDefined[r.r2plus1d]) << 1);
    return r;
}

// The helpers below are written without data-dependent branches (the compiler turns the
// ternaries into max / blend instructions): which class wins changes from frame to frame, and
// mispredicted branches cost more than the arithmetic of a row.

template<int kC>
inline float maxOf(const float *r, int classCount)
{
    const int n = kC > 0 ? kC : classCount;
    float m = r[0];
    for (int c = 1; c < n; ++c)
        m = r[c] > m ? r[c] : m;
    return m;
}

// The first class whose value is v (0 when none is, e.g. for NaN).
template<int kC>
inline int firstIndexOf(const float *r, float v, int classCount)
{
    const int n = kC > 0 ? kC : classCount;
    int index = 0;
    for (int c = n - 1; c >= 0; --c)
        index = r[c] == v ? c : index;
    return index;
}

template<int kC>
inline int argmaxOf(const float *r, int classCount)
{
    return firstIndexOf<kC>(r, maxOf<kC>(r, classCount), classCount);
}

template<int kC>
inline float halfL1(const float *a, const float *b, int classCount)
{
    const int n = kC > 0 ? kC : classCount;
    float sum = 0.0f;
    for (int c = 0; c < n; ++c)
        sum += std::fabs(a[c] - b[c]);
    return 0.5f * sum;
}

// out = the network's fused row from its present streams (pattern: bit 0 rgb, bit 1 flow).
template<int kC>
inline void combine(float *out,
                    const float *rgb,
                    const float *flow,
                    unsigned pattern,
                    const float coef[2],
                    int classCount)
{
    const int n = kC > 0 ? kC : classCount;
    if (pattern == 3) {
        const float a = coef[0];
        const float b = coef[1];
        for (int c = 0; c < n; ++c)
            out[c] = a * rgb[c] + b * flow[c];
    } else {
        std::memcpy(out, pattern == 1 ? rgb : flow, size_t(n) * sizeof(float));
    }
}

template<typename Plan, int kC>
void fuseKernel(const Plan &p, qint64 first, qint64 end)
{
    const int n = kC > 0 ? kC : p.classCount;
    constexpr int kStatic = kC > 0 ? kC : 64;
    float bufI[kStatic];
    float bufR[kStatic];
    std::vector<float> heap;
    float *fi = bufI;
    float *fr = bufR;
    if (n > kStatic) {
        heap.resize(size_t(2 * n));
        fi = heap.data();
        fr = heap.data() + n;
    }
    const size_t stride = size_t(n);
    for (qint64 f = first; f < end; ++f) {
        const FramePresence fp = presenceAt(p, f);
        const unsigned present = fp.present;
        const unsigned pi = fp.i3d;
        const unsigned pr = fp.r2plus1d;
        const bool di = p.networkDefined[pi];
        const bool dr = p.networkDefined[pr];
        const unsigned q = fp.networks;
        float *o = p.out + size_t(f) * stride;
        if (!p.mixDefined[q]) {
            std::fill_n(o, n, 0.0f);
            p.labels[f] = -1;
            p.confidence[f] = 0.0f;
            p.margin[f] = 0.0f;
            p.disagreement[f] = 0.0f;
            p.flags[f] = 0;
            continue;
        }
        const size_t at = size_t(f) * stride;
        if (di)
            combine<kC>(fi, p.values[0] + at, p.values[1] + at, pi, p.streamCoef[pi], n);
        if (dr)
            combine<kC>(fr, p.values[2] + at, p.values[3] + at, pr, p.streamCoef[pr], n);
        if (q == 3) {
            const float a = p.mixCoef[3][0];
            const float b = p.mixCoef[3][1];
            for (int c = 0; c < n; ++c)
                o[c] = a * fi[c] + b * fr[c];
        } else {
            std::memcpy(o, q == 1 ? fi : fr, stride * sizeof(float));
        }

        // Argmax (the first class on a tie), the highest value and the second highest (0 with
        // one class, as PredictionTrack::margin).
        const float highest = maxOf<kC>(o, n);
        const int best = firstIndexOf<kC>(o, highest, n);
        float second = 0.0f;
        for (int c = 0; c < n; ++c)
            second = (c != best && o[c] > second) ? o[c] : second;
        p.labels[f] = best;
        p.confidence[f] = highest;
        p.margin[f] = highest - second;

        float dis = 0.0f;
        bool differ = false;
        if (q == 3) {
            dis = halfL1<kC>(fi, fr, n);
            differ = argmaxOf<kC>(fi, n) != argmaxOf<kC>(fr, n);
        } else if (di && pi == 3) {
            dis = halfL1<kC>(p.values[0] + at, p.values[1] + at, n);
            differ = argmaxOf<kC>(p.values[0] + at, n) != argmaxOf<kC>(p.values[1] + at, n);
        } else if (dr && pr == 3) {
            dis = halfL1<kC>(p.values[2] + at, p.values[3] + at, n);
            differ = argmaxOf<kC>(p.values[2] + at, n) != argmaxOf<kC>(p.values[3] + at, n);
        }
        p.disagreement[f] = dis;
        p.flags[f] = std::uint8_t(FusionOutput::Predicted
                                  | ((p.expected & ~present) ? FusionOutput::Partial : 0)
                                  | (differ ? FusionOutput::Disagrees : 0));
    }
}

#if defined(__SSE2__)
// The same kernel for class counts that are a multiple of 4 (kV vectors of 4 floats per row),
// with SSE2, which every x86-64 processor has. Same arithmetic as fuseKernel (multiply, then add;
// no fused multiply-add), so results agree with it up to the order of the sum in halfL1.

// x with every lane set to the maximum of x's lanes.
inline __m128 broadcastMax(__m128 x)
{
    x = _mm_max_ps(x, _mm_shuffle_ps(x, x, _MM_SHUFFLE(2, 3, 0, 1)));
    return _mm_max_ps(x, _mm_shuffle_ps(x, x, _MM_SHUFFLE(1, 0, 3, 2)));
}

template<int kV>
struct SseRow
{
    __m128 v[kV];

    void load(const float *p)
    {
        for (int i = 0; i < kV; ++i)
            v[i] = _mm_loadu_ps(p + 4 * i);
    }
    void store(float *p) const
    {
        for (int i = 0; i < kV; ++i)
            _mm_storeu_ps(p + 4 * i, v[i]);
    }
    // a * x + b * y
    static SseRow mix(__m128 a, const SseRow &x, __m128 b, const SseRow &y)
    {
        SseRow r;
        for (int i = 0; i < kV; ++i)
            r.v[i] = _mm_add_ps(_mm_mul_ps(a, x.v[i]), _mm_mul_ps(b, y.v[i]));
        return r;
    }
    __m128 max() const
    {
        __m128 m = v[0];
        for (int i = 1; i < kV; ++i)
            m = _mm_max_ps(m, v[i]);
        return broadcastMax(m);
    }
    // The first lane equal to m (a broadcast), 0 when none is.
    int firstIndexOf(__m128 m) const
    {
        int bits = 0;
        for (int i = 0; i < kV; ++i)
            bits |= _mm_movemask_ps(_mm_cmpeq_ps(v[i], m)) << (4 * i);
        return bits ? __builtin_ctz(unsigned(bits)) : 0;
    }
    int argmax() const { return firstIndexOf(max()); }
    // The highest lane other than `except`, at least 0.
    float maxExcept(int except) const
    {
        const __m128i skip = _mm_set1_epi32(except);
        __m128 m = _mm_setzero_ps();
        for (int i = 0; i < kV; ++i) {
            const __m128i lanes = _mm_setr_epi32(4 * i, 4 * i + 1, 4 * i + 2, 4 * i + 3);
            const __m128 drop = _mm_castsi128_ps(_mm_cmpeq_epi32(lanes, skip));
            m = _mm_max_ps(m, _mm_andnot_ps(drop, v[i]));
        }
        return _mm_cvtss_f32(broadcastMax(m));
    }
    static float halfL1(const SseRow &x, const SseRow &y)
    {
        const __m128 absMask = _mm_castsi128_ps(_mm_set1_epi32(0x7fffffff));
        __m128 sum = _mm_setzero_ps();
        for (int i = 0; i < kV; ++i)
            sum = _mm_add_ps(sum, _mm_and_ps(absMask, _mm_sub_ps(x.v[i], y.v[i])));
        sum = _mm_add_ps(sum, _mm_shuffle_ps(sum, sum, _MM_SHUFFLE(2, 3, 0, 1)));
        sum = _mm_add_ps(sum, _mm_shuffle_ps(sum, sum, _MM_SHUFFLE(1, 0, 3, 2)));
        return 0.5f * _mm_cvtss_f32(sum);
    }
};

template<typename Plan, int kV>
void fuseKernelSse(const Plan &p, qint64 first, qint64 end)
{
    using Row = SseRow<kV>;
    constexpr size_t stride = size_t(4 * kV);
    const auto network = [&p](int net, unsigned pattern, size_t at) {
        const float *rgb = p.values[2 * net] + at;
        const float *flow = p.values[2 * net + 1] + at;
        Row r;
        if (pattern == 3) {
            Row x, y;
            x.load(rgb);
            y.load(flow);
            r = Row::mix(_mm_set1_ps(p.streamCoef[3][0]), x, _mm_set1_ps(p.streamCoef[3][1]), y);
        } else {
            r.load(pattern == 1 ? rgb : flow);
        }
        return r;
    };
    for (qint64 f = first; f < end; ++f) {
        const FramePresence fp = presenceAt(p, f);
        const unsigned present = fp.present;
        const unsigned pi = fp.i3d;
        const unsigned pr = fp.r2plus1d;
        const bool di = p.networkDefined[pi];
        const bool dr = p.networkDefined[pr];
        const unsigned q = fp.networks;
        const size_t at = size_t(f) * stride;
        float *o = p.out + at;
        if (!p.mixDefined[q]) {
            std::fill_n(o, stride, 0.0f);
            p.labels[f] = -1;
            p.confidence[f] = 0.0f;
            p.margin[f] = 0.0f;
            p.disagreement[f] = 0.0f;
            p.flags[f] = 0;
            continue;
        }
        Row fi, fr, fused;
        if (di)
            fi = network(0, pi, at);
        if (dr)
            fr = network(1, pr, at);
        if (q == 3)
            fused = Row::mix(_mm_set1_ps(p.mixCoef[3][0]), fi, _mm_set1_ps(p.mixCoef[3][1]), fr);
        else
            fused = q == 1 ? fi : fr;
        fused.store(o);

        const __m128 highest = fused.max();
        const int best = fused.firstIndexOf(highest);
        const float top = _mm_cvtss_f32(highest);
        p.labels[f] = best;
        p.confidence[f] = top;
        p.margin[f] = top - fused.maxExcept(best);

        float dis = 0.0f;
        bool differ = false;
        if (q == 3) {
            dis = Row::halfL1(fi, fr);
            differ = fi.argmax() != fr.argmax();
        } else if ((di && pi == 3) || (dr && pr == 3)) {
            const int net = di ? 0 : 1;
            Row x, y;
            x.load(p.values[2 * net] + at);
            y.load(p.values[2 * net + 1] + at);
            dis = Row::halfL1(x, y);
            differ = x.argmax() != y.argmax();
        }
        p.disagreement[f] = dis;
        p.flags[f] = std::uint8_t(FusionOutput::Predicted
                                  | ((p.expected & ~present) ? FusionOutput::Partial : 0)
                                  | (differ ? FusionOutput::Disagrees : 0));
    }
}
#endif

} // namespace

FusionModel::FusionModel() = default;

FusionModel::~FusionModel()
{
    delete m_ownPool;
}

std::optional<FusionModel::Network> FusionModel::networkFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("i3d"))
        return Network::I3d;
    if (n == QLatin1String("r2plus1d"))
        return Network::R2Plus1d;
    return std::nullopt;
}

std::optional<FusionModel::Stream> FusionModel::streamFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("rgb"))
        return Stream::Rgb;
    if (n == QLatin1String("flow"))
        return Stream::Flow;
    return std::nullopt;
}

bool FusionModel::setInput(Network network,
                           Stream stream,
                           const PredictionTrack *track,
                           QString *error)
{
    const int index = int(network) * 2 + int(stream);
    if (track) {
        if (track->isNull()) {
            setError(error,
                     Tr::tr("These predictions have no behaviors, so they cannot be fused."));
            return false;
        }
        for (int i = 0; i < kInputs; ++i) {
            const PredictionTrack *other = m_inputs[size_t(i)];
            if (!other || i == index)
                continue;
            if (other->frameCount() != track->frameCount()) {
                setError(
                        error,
                        Tr::tr("These predictions cover %1 frames, the ones already shown %2: they "
                               "cannot be fused.")
                                .arg(track->frameCount())
                                .arg(other->frameCount()));
                return false;
            }
            if (other->classNames() != track->classNames()) {
                setError(error,
                         Tr::tr("These predictions have other behaviors (%1) than the ones already "
                                "shown (%2): they cannot be fused.")
                                 .arg(track->classNames().join(QLatin1String(", ")),
                                      other->classNames().join(QLatin1String(", "))));
                return false;
            }
        }
    }
    m_inputs[size_t(index)] = track;
    m_frameCount = 0;
    m_classNames.clear();
    for (const PredictionTrack *t : m_inputs) {
        if (t) {
            m_frameCount = t->frameCount();
            m_classNames = t->classNames();
            break;
        }
    }
    m_computed = false;
    return true;
}

const PredictionTrack *FusionModel::input(Network network, Stream stream) const
{
    return m_inputs[size_t(int(network) * 2 + int(stream))];
}

int FusionModel::inputCount() const
{
    return int(std::count_if(m_inputs.begin(), m_inputs.end(), [](auto *t) { return t; }));
}

void FusionModel::setMaxThreads(int threads)
{
    m_maxThreads = std::max(0, threads);
    delete m_ownPool;
    m_ownPool = nullptr;
    if (m_maxThreads > 1) {
        m_ownPool = new QThreadPool;
        m_ownPool->setMaxThreadCount(m_maxThreads);
    }
}

void FusionModel::resizeOutput()
{
    const size_t frames = size_t(m_frameCount);
    m_output.frameCount = m_frameCount;
    m_output.classNames = m_classNames;
    m_output.probabilities.resize(frames * size_t(m_classNames.size()));
    m_output.labels.resize(frames);
    m_output.confidence.resize(frames);
    m_output.margin.resize(frames);
    m_output.disagreement.resize(frames);
    m_output.flags.resize(frames);
    if (smoothingOn()) {
        m_argmax.resize(frames);
        if (m_params.medianWidth > 1)
            m_filtered.resize(frames);
    }
}

FusionModel::Plan FusionModel::makePlan()
{
    Plan plan;
    plan.classCount = int(m_classNames.size());
    const double w[2] = {m_params.rgbWeight, 1.0 - m_params.rgbWeight};
    const double m[2] = {m_params.modelMix, 1.0 - m_params.modelMix};
    for (int i = 0; i < kInputs; ++i) {
        const PredictionTrack *t = m_inputs[size_t(i)];
        if (!t)
            continue;
        plan.values[i] = t->values().data();
        plan.mask[i] = t->predictedMask().data();
        if (m[i / 2] > 0.0 && w[i % 2] > 0.0)
            plan.expected |= std::uint8_t(1u << i);
    }
    pairTable(w[0], w[1], plan.streamCoef, plan.networkDefined);
    pairTable(m[0], m[1], plan.mixCoef, plan.mixDefined);
    plan.out = m_output.probabilities.data();
    plan.labels = smoothingOn() ? m_argmax.data() : m_output.labels.data();
    plan.confidence = m_output.confidence.data();
    plan.margin = m_output.margin.data();
    plan.disagreement = m_output.disagreement.data();
    plan.flags = m_output.flags.data();
    return plan;
}

void FusionModel::fuseFrames(const Plan &plan, qint64 first, qint64 end) const
{
    // The common class counts get a loop of known length, which the compiler unrolls and
    // vectorises; others take the general path.
#if defined(__SSE2__)
    switch (plan.classCount) {
    case 4:
        return fuseKernelSse<Plan, 1>(plan, first, end);
    case 8:
        return fuseKernelSse<Plan, 2>(plan, first, end);
    case 12:
        return fuseKernelSse<Plan, 3>(plan, first, end);
    case 16:
        return fuseKernelSse<Plan, 4>(plan, first, end);
    default:
        break;
    }
#endif
    switch (plan.classCount) {
    case 2:
        return fuseKernel<Plan, 2>(plan, first, end);
    case 3:
        return fuseKernel<Plan, 3>(plan, first, end);
    case 4:
        return fuseKernel<Plan, 4>(plan, first, end);
    case 5:
        return fuseKernel<Plan, 5>(plan, first, end);
    case 6:
        return fuseKernel<Plan, 6>(plan, first, end);
    case 7:
        return fuseKernel<Plan, 7>(plan, first, end);
    case 8:
        return fuseKernel<Plan, 8>(plan, first, end);
    case 9:
        return fuseKernel<Plan, 9>(plan, first, end);
    case 10:
        return fuseKernel<Plan, 10>(plan, first, end);
    case 12:
        return fuseKernel<Plan, 12>(plan, first, end);
    case 16:
        return fuseKernel<Plan, 16>(plan, first, end);
    default:
        return fuseKernel<Plan, 0>(plan, first, end);
    }
}

void FusionModel::forBlocks(qint64 first,
                            qint64 end,
                            const std::function<void(const FrameRange &)> &work)
{
    if (m_maxThreads == 1 || end - first <= kBlockFrames) {
        work(FrameRange{first, end - first});
        return;
    }
    std::vector<FrameRange> blocks;
    for (qint64 f = first; f < end; f += kBlockFrames)
        blocks.push_back(FrameRange{f, std::min(kBlockFrames, end - f)});
    QThreadPool *pool = m_ownPool ? m_ownPool : QThreadPool::globalInstance();
    QtConcurrent::blockingMap(pool, blocks, work);
}

void FusionModel::fuseParallel(const Plan &plan, qint64 first, qint64 end)
{
    forBlocks(first, end, [this, &plan](const FrameRange &block) {
        fuseFrames(plan, block.first, block.end());
    });
}

FrameRange FusionModel::smooth(qint64 first, qint64 end)
{
    const qint64 half = m_params.medianWidth / 2;
    const qint64 z0 = std::max<qint64>(0, first - half);
    const qint64 z1 = std::min(m_frameCount, end + half);
    const std::int32_t *filtered = m_argmax.data();
    if (m_params.medianWidth > 1) {
        m_filtered.resize(size_t(m_frameCount));
        // Each frame's result depends on the input alone, so blocks can be filtered in parallel.
        const auto filter = [this](const FrameRange &block) {
            LabelSmoothing::majorityFilter(m_argmax.data(),
                                           m_filtered.data(),
                                           m_frameCount,
                                           block.first,
                                           block.end(),
                                           m_params.medianWidth,
                                           int(m_classNames.size()));
        };
        forBlocks(z0, z1, filter);
        filtered = m_filtered.data();
    }
    FrameRange region{z0, z1 - z0};
    if (m_params.minBoutFrames > 1)
        region = LabelSmoothing::mergeRegion(
                filtered, m_frameCount, z0, z1, m_params.minBoutFrames);
    std::copy(filtered + region.first,
              filtered + region.end(),
              m_output.labels.begin() + region.first);
    LabelSmoothing::mergeShortBouts(m_output.labels.data(),
                                    region.first,
                                    region.end(),
                                    m_params.minBoutFrames,
                                    m_output.probabilities.data(),
                                    int(m_classNames.size()));
    return region;
}

bool FusionModel::recompute(const FusionParameters &params, QString *error)
{
    if (!params.isValid(error))
        return false;
    const bool sameFusion = m_computed && m_params.sameWeights(params);
    const bool wasSmoothing = smoothingOn();
    m_params = params;
    if (m_frameCount == 0 || m_classNames.isEmpty()) {
        m_output = FusionOutput();
        m_computed = true;
        return true;
    }
    resizeOutput();
    if (sameFusion) {
        // Only smoothing changed: the fused rows and the argmax stay.
        if (smoothingOn()) {
            if (!wasSmoothing) // the labels are the plain argmax
                std::copy(m_output.labels.begin(), m_output.labels.end(), m_argmax.begin());
            smooth(0, m_frameCount);
        } else if (wasSmoothing) {
            std::copy(m_argmax.begin(), m_argmax.end(), m_output.labels.begin());
        }
        return true;
    }
    const Plan plan = makePlan();
    fuseParallel(plan, 0, m_frameCount);
    if (smoothingOn())
        smooth(0, m_frameCount);
    m_computed = true;
    return true;
}

FrameRange FusionModel::updateRange(qint64 first, qint64 count)
{
    const qint64 end = std::min(m_frameCount, first + std::max<qint64>(0, count));
    first = std::max<qint64>(0, first);
    if (!m_computed) {
        recompute(m_params);
        return FrameRange{0, m_frameCount};
    }
    if (end <= first)
        return FrameRange{first, 0};
    const Plan plan = makePlan();
    fuseParallel(plan, first, end);
    if (!smoothingOn())
        return FrameRange{first, end - first};
    const FrameRange region = smooth(first, end);
    const qint64 lo = std::min(first, region.first);
    return FrameRange{lo, std::max(end, region.end()) - lo};
}

bool FusionModel::fusePair(PredictionTrack &out,
                           const PredictionTrack &a,
                           const PredictionTrack &b,
                           double wa,
                           double wb,
                           QString *error)
{
    if (a.frameCount() != b.frameCount()) {
        setError(error,
                 Tr::tr("The two prediction streams cover different numbers of frames (%1 and %2).")
                         .arg(a.frameCount())
                         .arg(b.frameCount()));
        return false;
    }
    if (a.classNames() != b.classNames()) {
        setError(error,
                 Tr::tr("The two prediction streams have different behaviors (%1 / %2).")
                         .arg(a.classNames().join(QLatin1String(", ")),
                              b.classNames().join(QLatin1String(", "))));
        return false;
    }
    const double sum = wa + wb;
    if (!(wa >= 0.0) || !(wb >= 0.0) || !(sum > 0.0) || !std::isfinite(sum)) {
        setError(error,
                 Tr::tr("Fusion weights must be non-negative and not both zero (got %1 and %2).")
                         .arg(wa)
                         .arg(wb));
        return false;
    }
    float coef[4][2];
    bool defined[4];
    pairTable(wa, wb, coef, defined);
    const qint64 frames = a.frameCount();
    const int n = a.classCount();
    if (out.m_frameCount != frames || out.m_classNames != a.classNames()) {
        out.m_frameCount = frames;
        out.m_classNames = a.classNames();
    }
    out.m_values.resize(a.m_values.size());
    out.m_predicted.resize(size_t(frames));
    out.m_predictedCount = 0;
    const float ca = coef[3][0];
    const float cb = coef[3][1];
    for (qint64 f = 0; f < frames; ++f) {
        const unsigned pattern = unsigned(a.isPredicted(f)) | (unsigned(b.isPredicted(f)) << 1);
        const size_t at = size_t(f) * size_t(n);
        float *__restrict po = out.m_values.data() + at;
        if (!defined[pattern]) {
            std::fill_n(po, n, 0.0f);
            out.m_predicted[size_t(f)] = 0;
            continue;
        }
        const float *__restrict pa = a.m_values.data() + at;
        const float *__restrict pb = b.m_values.data() + at;
        if (pattern == 3) {
            for (int c = 0; c < n; ++c)
                po[c] = ca * pa[c] + cb * pb[c];
        } else {
            std::copy_n(pattern == 1 ? pa : pb, n, po);
        }
        out.m_predicted[size_t(f)] = 1;
        ++out.m_predictedCount;
    }
    return true;
}

} // namespace ethoscribe
