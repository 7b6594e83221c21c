// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectRecords.h"

#include <optional>

namespace ethoscribe {

// Reads what a project records about a video file: its metadata from VideoReader (exact frame
// count, frame rate, size, codec, duration) and its ContentHash. The path in the result is the
// absolute path of the file.
namespace VideoProbe {

// nullopt and a plain-language *error naming the file when it cannot be read as a video.
std::optional<VideoRecord> probe(const QString &path, QString *error);

} // namespace VideoProbe
} // namespace ethoscribe
