// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/WindowPlan.h"

#include <algorithm>

namespace ethoscribe {

void WindowPlan::clampRange(qint64 frameCount, qint64 *first, qint64 *count)
{
    const qint64 frames = std::max<qint64>(0, frameCount);
    *first = std::clamp<qint64>(*first, 0, frames);
    *count = *count < 0 ? frames - *first : std::min(*count, frames - *first);
}

WindowPlan WindowPlan::stride(qint64 frameCount, int stride)
{
    return WindowPlan::stride(frameCount, stride, 0, -1);
}

WindowPlan WindowPlan::stride(qint64 frameCount, int stride, qint64 first, qint64 count)
{
    WindowPlan p;
    clampRange(frameCount, &first, &count);
    p.m_first = first;
    p.m_frames = count;
    const qint64 s = std::max(1, stride);
    const qint64 end = first + count;
    for (qint64 c = first; c < end; c += s)
        p.m_centres.push_back(c);
    if (count > 0 && p.m_centres.back() != end - 1)
        p.m_centres.push_back(end - 1);
    return p;
}

WindowPlan WindowPlan::dense(qint64 frameCount, int outputsPerSegment)
{
    return WindowPlan::dense(frameCount, outputsPerSegment, 0, -1);
}

WindowPlan WindowPlan::dense(qint64 frameCount, int outputsPerSegment, qint64 first, qint64 count)
{
    WindowPlan p;
    p.m_dense = true;
    clampRange(frameCount, &first, &count);
    p.m_first = first;
    p.m_frames = count;
    if (count == 0)
        return p;
    const int n = std::max(1, outputsPerSegment);
    const qint64 last = first + count - 1;
    for (qint64 c = first / kDenseStep * kDenseStep;; c += kDenseStep) {
        p.m_centres.push_back(c);
        if (c >= last)
            break;
    }
    const qint64 total = qint64(p.m_centres.size());
    for (qint64 firstCentre = 0; firstCentre < total; firstCentre += n) {
        Segment s;
        s.firstCentre = firstCentre;
        s.outputs = int(std::min<qint64>(n, total - firstCentre));
        s.firstFrame = p.m_centres[size_t(firstCentre)] - kDenseStep;
        s.frames = kDenseStep * (s.outputs + 1);
        p.m_segments.push_back(s);
    }
    return p;
}

WindowPlan::Blend WindowPlan::blend(qint64 frame) const
{
    Blend b;
    if (m_centres.empty())
        return b;
    // First centre at or after the frame.
    const auto it = std::lower_bound(m_centres.begin(), m_centres.end(), frame);
    if (it == m_centres.end()) {
        b.left = b.right = qint64(m_centres.size()) - 1;
        return b;
    }
    b.right = qint64(it - m_centres.begin());
    if (*it == frame || b.right == 0) {
        b.left = b.right;
        return b;
    }
    b.left = b.right - 1;
    const qint64 a = m_centres[size_t(b.left)];
    b.weight = float(double(frame - a) / double(*it - a));
    return b;
}

qint64 WindowPlan::framesReady(qint64 outputsDone) const
{
    if (outputsDone <= 0 || m_centres.empty())
        return 0;
    if (outputsDone >= qint64(m_centres.size()))
        return m_frames;
    // Every planned frame up to and including the last known centre.
    return std::clamp<qint64>(m_centres[size_t(outputsDone - 1)] + 1 - m_first, 0, m_frames);
}

} // namespace ethoscribe
