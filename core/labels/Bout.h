// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/Behavior.h"

#include <QVector>
#include <QtGlobal>

namespace ethoscribe {

// A run of consecutive frames [start, end) (end exclusive, 0-based) with one label. In the
// results of LabelTrack::runs() behavior may be kUnlabeled.
struct Bout
{
    qint64 start = 0;
    qint64 end = 0;
    BehaviorId behavior = kUnlabeled;

    qint64 length() const { return end - start; }
    bool contains(qint64 frame) const { return frame >= start && frame < end; }
    bool operator==(const Bout &o) const
    {
        return start == o.start && end == o.end && behavior == o.behavior;
    }
    bool operator!=(const Bout &o) const { return !(*this == o); }
};

} // namespace ethoscribe
