// SPDX-License-Identifier: GPL-3.0-or-later
#include "fusion/LabelSmoothing.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <tuple>
#include <vector>

namespace ethoscribe::LabelSmoothing {

void majorityFilter(const std::int32_t *in,
                    std::int32_t *out,
                    qint64 frameCount,
                    qint64 first,
                    qint64 end,
                    int width,
                    int classCount)
{
    first = std::max<qint64>(0, first);
    end = std::min(frameCount, end);
    const qint64 half = std::max(0, width / 2);
    if (half == 0) {
        std::copy(in + first, in + std::max(first, end), out + first);
        return;
    }
    std::vector<int> counts(size_t(std::max(1, classCount)), 0);
    qint64 f = first;
    while (f < end) {
        if (in[f] < 0) {
            out[f] = -1;
            ++f;
            continue;
        }
        // A piece of a segment starts at f. The window's lower end: f - half, or the segment's
        // first frame when that is nearer.
        qint64 low = f;
        while (low > 0 && low > f - half && in[low - 1] >= 0)
            --low;
        std::fill(counts.begin(), counts.end(), 0);
        for (qint64 g = low; g < f; ++g)
            ++counts[size_t(in[g])];
        qint64 next = f; // the next frame to enter the window
        bool segmentEnded = false;
        for (; f < end && in[f] >= 0; ++f) {
            while (!segmentEnded && next <= f + half) {
                if (next >= frameCount || in[next] < 0) {
                    segmentEnded = true;
                    break;
                }
                ++counts[size_t(in[next])];
                ++next;
            }
            const qint64 leaving = f - half - 1;
            if (leaving >= low)
                --counts[size_t(in[leaving])];
            const std::int32_t own = in[f];
            std::int32_t best = own;
            int bestCount = counts[size_t(own)];
            // Inside a bout the frame's own label usually has the majority: no need to look.
            const qint64 voters = next - std::max(low, f - half);
            if (2 * qint64(bestCount) > voters) {
                out[f] = own;
                continue;
            }
            for (int c = 0; c < classCount; ++c) {
                if (counts[size_t(c)] > bestCount) {
                    bestCount = counts[size_t(c)];
                    best = c;
                }
            }
            out[f] = best;
        }
    }
}

namespace {

struct Bout
{
    qint64 start;
    qint64 end;
    std::int32_t label;
    int prev; // index in the segment's bout list, -1 at the segment's start
    int next; // -1 at the segment's end
    bool alive;
};

double classSum(const float *probabilities, int classCount, const Bout &b, std::int32_t label)
{
    double sum = 0;
    for (qint64 f = b.start; f < b.end; ++f)
        sum += probabilities[size_t(f) * size_t(classCount) + size_t(label)];
    return sum;
}

void mergeSegment(std::int32_t *labels,
                  qint64 start,
                  qint64 end,
                  int minFrames,
                  const float *probabilities,
                  int classCount)
{
    std::vector<Bout> bouts;
    for (qint64 f = start; f < end;) {
        qint64 g = f + 1;
        while (g < end && labels[g] == labels[f])
            ++g;
        const int index = int(bouts.size());
        bouts.push_back(Bout{f, g, labels[f], index - 1, -1, true});
        if (index > 0)
            bouts[size_t(index - 1)].next = index;
        f = g;
    }
    if (bouts.size() < 2)
        return;
    // (length, start, index): the shortest first, the earliest on a tie. Entries go stale when a
    // bout grows or dies; a bout only grows, so a stale entry never matches its bout again.
    using Entry = std::tuple<qint64, qint64, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
    for (size_t i = 0; i < bouts.size(); ++i) {
        if (bouts[i].end - bouts[i].start < minFrames)
            queue.emplace(bouts[i].end - bouts[i].start, bouts[i].start, int(i));
    }
    bool changed = false;
    while (!queue.empty()) {
        const auto [length, boutStart, i] = queue.top();
        queue.pop();
        Bout &b = bouts[size_t(i)];
        if (!b.alive || b.start != boutStart || b.end - b.start != length)
            continue;
        if (b.prev < 0 && b.next < 0)
            continue; // the whole segment: nothing to join
        int target = b.prev;
        if (b.prev < 0) {
            target = b.next;
        } else if (b.next >= 0 && bouts[size_t(b.next)].label != bouts[size_t(b.prev)].label) {
            const double left = classSum(probabilities, classCount, b, bouts[size_t(b.prev)].label);
            const double right
                    = classSum(probabilities, classCount, b, bouts[size_t(b.next)].label);
            if (right > left)
                target = b.next;
        }
        changed = true;
        // Join b to its left neighbour L (or its right neighbour R); when L and R then carry the
        // same label they become one bout, kept in L's slot.
        int survivor;
        if (target == b.prev) {
            survivor = b.prev;
            bouts[size_t(survivor)].end = b.end;
        } else {
            survivor = b.next;
            bouts[size_t(survivor)].start = b.start;
        }
        const int left = b.prev;
        const int right = b.next;
        b.alive = false;
        if (left >= 0)
            bouts[size_t(left)].next = right;
        if (right >= 0)
            bouts[size_t(right)].prev = left;
        if (left >= 0 && right >= 0 && bouts[size_t(left)].label == bouts[size_t(right)].label) {
            Bout &l = bouts[size_t(left)];
            Bout &r = bouts[size_t(right)];
            l.end = r.end;
            l.next = r.next;
            if (r.next >= 0)
                bouts[size_t(r.next)].prev = left;
            r.alive = false;
            survivor = left;
        }
        const Bout &s = bouts[size_t(survivor)];
        if (s.end - s.start < minFrames)
            queue.emplace(s.end - s.start, s.start, survivor);
    }
    if (!changed)
        return;
    for (const Bout &b : bouts) {
        if (b.alive)
            std::fill(labels + b.start, labels + b.end, b.label);
    }
}

} // namespace

void mergeShortBouts(std::int32_t *labels,
                     qint64 first,
                     qint64 end,
                     int minFrames,
                     const float *probabilities,
                     int classCount)
{
    if (minFrames <= 1)
        return;
    for (qint64 f = first; f < end;) {
        if (labels[f] < 0) {
            ++f;
            continue;
        }
        qint64 g = f;
        while (g < end && labels[g] >= 0)
            ++g;
        mergeSegment(labels, f, g, minFrames, probabilities, classCount);
        f = g;
    }
}

FrameRange mergeRegion(
        const std::int32_t *labels, qint64 frameCount, qint64 first, qint64 end, int minFrames)
{
    first = std::max<qint64>(0, first);
    end = std::min(frameCount, end);
    if (end <= first)
        return FrameRange{first, 0};
    // Left: skip the run that touches the change (its length may have changed), then walk left
    // run by run until a run of at least minFrames frames or the segment's start.
    qint64 a = first;
    if (a > 0 && labels[a - 1] >= 0) {
        qint64 s = a - 1;
        while (s > 0 && labels[s - 1] == labels[a - 1])
            --s;
        for (;;) {
            if (s == 0 || labels[s - 1] < 0) {
                a = s;
                break;
            }
            qint64 s2 = s - 1;
            while (s2 > 0 && labels[s2 - 1] == labels[s - 1])
                --s2;
            if (s - s2 >= minFrames) {
                a = s2;
                break;
            }
            s = s2;
        }
    }
    // Right: the same towards the end.
    qint64 b = end;
    if (b < frameCount && labels[b] >= 0) {
        qint64 e = b + 1;
        while (e < frameCount && labels[e] == labels[b])
            ++e;
        for (;;) {
            if (e >= frameCount || labels[e] < 0) {
                b = e;
                break;
            }
            qint64 e2 = e + 1;
            while (e2 < frameCount && labels[e2] == labels[e])
                ++e2;
            if (e2 - e >= minFrames) {
                b = e2;
                break;
            }
            e = e2;
        }
    }
    return FrameRange{a, b - a};
}

} // namespace ethoscribe::LabelSmoothing
