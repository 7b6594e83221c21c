// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace ethoscribe {

// Stable identifier of a behavior inside one project (the database key). It never changes when
// behaviors are reordered or renamed, so labels stored as ids survive both.
using BehaviorId = int;

// "Unlabeled" is a state of a frame, not a behavior: it never appears in a BehaviorSet.
constexpr BehaviorId kUnlabeled = -1;

// One behavior of a project's ethogram: what the user sees (name, colour) and the keyboard
// shortcut that labels frames with it (Qt::Key_1 .. or 0 for none).
struct Behavior
{
    BehaviorId id = kUnlabeled;
    QString name;
    QColor color;
    int key = 0;

    bool operator==(const Behavior &other) const
    {
        return id == other.id && name == other.name && color == other.color && key == other.key;
    }
    bool operator!=(const Behavior &other) const { return !(*this == other); }
};

} // namespace ethoscribe
