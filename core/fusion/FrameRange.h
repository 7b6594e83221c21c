// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ethoscribe {

// A half-open range of 0-based frames [first, first + count).
struct FrameRange
{
    qint64 first = 0;
    qint64 count = 0;

    qint64 end() const { return first + count; }
    bool isEmpty() const { return count <= 0; }
    bool operator==(const FrameRange &o) const { return first == o.first && count == o.count; }
    bool operator!=(const FrameRange &o) const { return !(*this == o); }
};

} // namespace ethoscribe
