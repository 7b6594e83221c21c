// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/WindowPlan.h"

#include <algorithm>

namespace ethoscribe {

WindowPlan WindowPlan::stride(qint64 frameCount, int stride)
{
    WindowPlan p;
    p.m_frames = std::max<qint64>(0, frameCount);
    const qint64 s = std::max(1, stride);
    for (qint64 c = 0; c < p.m_frames; c += s)
        p.m_centres.push_back(c);
    if (p.m_frames > 0 && p.m_centres.back() != p.m_frames - 1)
        p.m_centres.push_back(p.m_frames - 1);
    return p;
}

WindowPlan WindowPlan::dense(qint64 frameCount, int outputsPerSegment)
{
    WindowPlan p;
    p.m_dense = true;
    p.m_frames = std::max<qint64>(0, frameCount);
    if (p.m_frames == 0)
        return p;
    const int n = std::max(1, outputsPerSegment);
    for (qint64 c = 0;; c += kDenseStep) {
        p.m_centres.push_back(c);
        if (c >= p.m_frames - 1)
            break;
    }
    const qint64 total = qint64(p.m_centres.size());
    for (qint64 first = 0; first < total; first += n) {
        Segment s;
        s.firstCentre = first;
        s.outputs = int(std::min<qint64>(n, total - first));
        s.firstFrame = p.m_centres[size_t(first)] - kDenseStep;
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
    // Every frame up to and including the last known centre.
    return std::min(m_frames, m_centres[size_t(outputsDone - 1)] + 1);
}

} // namespace ethoscribe
