// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace ethoscribe {

// How long a job still needs, from the progress it made while it was watched: the rate between an
// anchor sample and the latest one, applied to what is left. Work done before the anchor (a
// resumed run's earlier part) does not count. No estimate until the job has moved for
// kMinElapsedMs and by kMinProgress (early rates are noise).
class TimeLeftEstimate
{
public:
    static constexpr qint64 kMinElapsedMs = 20000;
    static constexpr double kMinProgress = 0.005;

    enum class Anchor {
        // The first sample: for coarse progress (tasks done of a cluster run), where the time
        // until the first step is part of the rate.
        FirstSample,
        // The last sample before the progress first moved: for fine progress that stands still
        // during a set-up which is not repeated (a run's optical flow before its first training
        // step), so that the set-up is not extrapolated over the whole job.
        LastBeforeMoving
    };
    explicit TimeLeftEstimate(Anchor anchor = Anchor::FirstSample)
        : m_anchor(anchor)
    {}

    // Forget everything (a new run, or the same one resumed after a pause).
    void start();
    // Progress as a fraction of the whole job (0-1) at a time in milliseconds (any clock, as long
    // as it is the same for every sample: event times read back from a run folder work as well
    // as a live clock). A fraction lower than the last one (the job restarted) starts over.
    void update(double fraction, qint64 atMs);
    // Milliseconds left at the last sample; -1 while unknown.
    qint64 remainingMs() const;
    // remainingMs() in words: "about 5 minutes left", "about 2 hours 10 minutes left", "less than
    // a minute left"; empty while unknown.
    QString text() const { return describe(remainingMs()); }
    static QString describe(qint64 remainingMs);

private:
    Anchor m_anchor;
    bool m_started = false;
    double m_firstFraction = 0;
    qint64 m_firstMs = 0;
    double m_lastFraction = 0;
    qint64 m_lastMs = 0;
};

} // namespace ethoscribe
