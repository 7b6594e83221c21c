// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectRecords.h"

#include <atomic>
#include <functional>
#include <optional>

namespace ethoscribe {

// Reads what a project records about a video file: its metadata from VideoReader (exact frame
// count, frame rate, size, codec, duration) and its ContentHash. The path in the result is the
// absolute path of the file. The window (adding videos, the demo), the command line and the clip
// importer all use it.
namespace VideoProbe {

// nullopt and a plain-language *error naming the file when it cannot be read as a video. Slow
// for long files the first time (the frame index is built): call it off the GUI thread.
// progress (may be empty) gets a fraction 0..1; cancel (may be null) stops it (then *error says
// "Cancelled.").
std::optional<VideoRecord> probe(const QString &path,
                                 QString *error,
                                 const std::function<void(double)> &progress = {},
                                 const std::atomic_bool *cancel = nullptr);

} // namespace VideoProbe
} // namespace ethoscribe
