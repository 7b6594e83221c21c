// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelTrack.h"

#include <algorithm>

namespace ethoscribe {

LabelTrack::LabelTrack(qint64 frameCount)
    : m_frameCount(std::max<qint64>(0, frameCount))
{}

void LabelTrack::setFrameCount(qint64 frameCount)
{
    frameCount = std::max<qint64>(0, frameCount);
    if (frameCount < m_frameCount)
        erase(frameCount, m_frameCount);
    m_frameCount = frameCount;
}

BehaviorId LabelTrack::at(qint64 frame) const
{
    if (frame < 0 || frame >= m_frameCount || m_runs.empty())
        return kUnlabeled;
    auto it = m_runs.upper_bound(frame);
    if (it == m_runs.begin())
        return kUnlabeled;
    --it;
    return it->second.end > frame ? it->second.behavior : kUnlabeled;
}

// Removes all labels in [start, end) (already clipped to the track), splitting runs that straddle
// the range boundaries.
void LabelTrack::erase(qint64 start, qint64 end)
{
    if (start >= end || m_runs.empty())
        return;
    auto it = m_runs.upper_bound(start);
    if (it != m_runs.begin()) {
        auto prev = std::prev(it);
        const Run run = prev->second;
        if (run.end > start) {
            const qint64 cutEnd = std::min(run.end, end);
            m_labeledFrames -= cutEnd - start;
            if (prev->first == start)
                m_runs.erase(prev);
            else
                prev->second.end = start;
            if (run.end > end) {
                // The range lies inside one run: keep its tail and stop.
                m_runs.emplace_hint(it, end, Run{run.end, run.behavior});
                return;
            }
        }
    }
    while (it != m_runs.end() && it->first < end) {
        if (it->second.end <= end) {
            m_labeledFrames -= it->second.end - it->first;
            it = m_runs.erase(it);
        } else {
            const Run run = it->second;
            m_labeledFrames -= end - it->first;
            it = m_runs.erase(it);
            m_runs.emplace_hint(it, end, run);
            break;
        }
    }
}

void LabelTrack::assign(qint64 start, qint64 end, BehaviorId behavior)
{
    start = std::max<qint64>(0, start);
    end = std::min(m_frameCount, end);
    if (start >= end)
        return;
    erase(start, end);
    if (behavior == kUnlabeled)
        return;
    m_labeledFrames += end - start;
    qint64 newEnd = end;
    auto next = m_runs.lower_bound(end);
    if (next != m_runs.end() && next->first == end && next->second.behavior == behavior) {
        newEnd = next->second.end;
        next = m_runs.erase(next);
    }
    if (next != m_runs.begin()) {
        auto prev = std::prev(next);
        if (prev->second.end == start && prev->second.behavior == behavior) {
            prev->second.end = newEnd;
            return;
        }
    }
    m_runs.emplace_hint(next, start, Run{newEnd, behavior});
}

QVector<Bout> LabelTrack::bouts() const
{
    QVector<Bout> result;
    result.reserve(int(m_runs.size()));
    for (const auto &[start, run] : m_runs)
        result.append(Bout{start, run.end, run.behavior});
    return result;
}

QVector<Bout> LabelTrack::runs(qint64 start, qint64 end) const
{
    QVector<Bout> result;
    start = std::max<qint64>(0, start);
    end = std::min(m_frameCount, end);
    if (start >= end)
        return result;
    auto it = m_runs.upper_bound(start);
    if (it != m_runs.begin() && std::prev(it)->second.end > start)
        --it;
    qint64 pos = start;
    for (; it != m_runs.end() && it->first < end; ++it) {
        const qint64 runStart = std::max(it->first, start);
        if (runStart > pos)
            result.append(Bout{pos, runStart, kUnlabeled});
        const qint64 runEnd = std::min(it->second.end, end);
        result.append(Bout{runStart, runEnd, it->second.behavior});
        pos = runEnd;
    }
    if (pos < end)
        result.append(Bout{pos, end, kUnlabeled});
    return result;
}

void LabelTrack::setRuns(const QVector<Bout> &runs)
{
    for (const Bout &run : runs)
        assign(run.start, run.end, run.behavior);
}

std::optional<Bout> LabelTrack::boutAt(qint64 frame) const
{
    std::optional<Bout> run = runAt(frame);
    if (run && run->behavior == kUnlabeled)
        return std::nullopt;
    return run;
}

std::optional<Bout> LabelTrack::runAt(qint64 frame) const
{
    if (frame < 0 || frame >= m_frameCount)
        return std::nullopt;
    auto it = m_runs.upper_bound(frame);
    qint64 gapStart = 0;
    if (it != m_runs.begin()) {
        auto prev = std::prev(it);
        if (prev->second.end > frame)
            return Bout{prev->first, prev->second.end, prev->second.behavior};
        gapStart = prev->second.end;
    }
    const qint64 gapEnd = it != m_runs.end() ? it->first : m_frameCount;
    return Bout{gapStart, gapEnd, kUnlabeled};
}

qint64 LabelTrack::nextChange(qint64 frame) const
{
    if (m_frameCount == 0 || frame >= m_frameCount)
        return -1;
    if (frame < 0)
        return 0;
    const qint64 end = runAt(frame)->end;
    return end < m_frameCount ? end : -1;
}

qint64 LabelTrack::previousChange(qint64 frame) const
{
    if (m_frameCount == 0 || frame <= 0)
        return -1;
    frame = std::min(frame, m_frameCount);
    return runAt(frame - 1)->start;
}

QHash<BehaviorId, qint64> LabelTrack::counts() const
{
    QHash<BehaviorId, qint64> result;
    for (const auto &[start, run] : m_runs)
        result[run.behavior] += run.end - start;
    return result;
}

QHash<BehaviorId, qint64> LabelTrack::countsIn(qint64 start, qint64 end) const
{
    QHash<BehaviorId, qint64> result;
    for (const Bout &run : runs(start, end))
        result[run.behavior] += run.length();
    return result;
}

void LabelTrack::replaceBehavior(BehaviorId from, BehaviorId to)
{
    if (from == to || from == kUnlabeled)
        return;
    QVector<Bout> affected;
    for (const auto &[start, run] : m_runs) {
        if (run.behavior == from)
            affected.append(Bout{start, run.end, from});
    }
    for (const Bout &bout : std::as_const(affected))
        assign(bout.start, bout.end, to);
}

QVector<BehaviorId> LabelTrack::toFrames() const
{
    QVector<BehaviorId> frames(int(m_frameCount), kUnlabeled);
    for (const auto &[start, run] : m_runs)
        std::fill(frames.begin() + start, frames.begin() + run.end, run.behavior);
    return frames;
}

LabelTrack LabelTrack::fromFrames(const QVector<BehaviorId> &frames)
{
    LabelTrack track(frames.size());
    const qint64 n = frames.size();
    qint64 i = 0;
    while (i < n) {
        const BehaviorId behavior = frames[i];
        qint64 j = i + 1;
        while (j < n && frames[j] == behavior)
            ++j;
        if (behavior != kUnlabeled) {
            track.m_runs.emplace_hint(track.m_runs.end(), i, Run{j, behavior});
            track.m_labeledFrames += j - i;
        }
        i = j;
    }
    return track;
}

bool LabelTrack::operator==(const LabelTrack &other) const
{
    return m_frameCount == other.m_frameCount && m_labeledFrames == other.m_labeledFrames
           && m_runs == other.m_runs;
}

} // namespace ethoscribe
