// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ethoscribe {

// The names under which the window lists a project's videos. Usually the file name; recordings
// from several cameras or cages often share file names (cage1/day1.mp4, cage2/day1.mp4, or a
// camera's GH010001.MP4 in every folder), and those are told apart by the fewest parent folders
// that differ: "day1.mp4 (cage1)", "day1.mp4 (cage2)"; a/x/day1.mp4 and b/x/day1.mp4 become
// "day1.mp4 (a/x)" and "day1.mp4 (b/x)". File names compare ignoring case; paths may use '/' or
// '\\' and be absolute or relative to the project. Returns one name per path, in order.
QStringList videoDisplayNames(const QStringList &paths);

} // namespace ethoscribe
