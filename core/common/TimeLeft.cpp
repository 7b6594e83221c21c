// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TimeLeft.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimeLeft)
};

} // namespace

void TimeLeftEstimate::start()
{
    *this = TimeLeftEstimate(m_anchor);
}

void TimeLeftEstimate::update(double fraction, qint64 atMs)
{
    if (!std::isfinite(fraction))
        return;
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (!m_started || fraction < m_lastFraction || atMs < m_lastMs) {
        m_started = true;
        m_firstFraction = m_lastFraction = fraction;
        m_firstMs = m_lastMs = atMs;
        return;
    }
    if (m_anchor == Anchor::LastBeforeMoving && fraction == m_firstFraction)
        m_firstMs = atMs; // has not moved yet: the set-up so far does not count
    m_lastFraction = fraction;
    m_lastMs = atMs;
}

qint64 TimeLeftEstimate::remainingMs() const
{
    if (!m_started)
        return -1;
    if (m_lastFraction >= 1.0)
        return 0;
    const double moved = m_lastFraction - m_firstFraction;
    const qint64 elapsed = m_lastMs - m_firstMs;
    if (elapsed < kMinElapsedMs || moved < kMinProgress)
        return -1;
    return qint64(std::llround(double(elapsed) * (1.0 - m_lastFraction) / moved));
}

QString TimeLeftEstimate::describe(qint64 remainingMs)
{
    if (remainingMs < 0)
        return QString();
    const qint64 minutes = (remainingMs + 30000) / 60000;
    if (minutes < 1)
        return Tr::tr("less than a minute left");
    if (minutes < 60)
        return Tr::tr("about %n minute(s) left", nullptr, int(minutes));
    // Past an hour, to the nearest 10 minutes: more would promise a precision it does not have.
    const qint64 tens = (remainingMs + 300000) / 600000;
    const int hours = int(tens / 6);
    const int rest = int(tens % 6) * 10;
    if (rest == 0)
        return Tr::tr("about %n hour(s) left", nullptr, hours);
    return Tr::tr("about %n hour(s) %1 minutes left", nullptr, hours).arg(rest);
}

} // namespace ethoscribe
