// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectRecords.h"

#include <QString>

#include <atomic>
#include <functional>

namespace ethoscribe {

class Document;

// What the GUI does when it creates a project or adds a video, kept out of the widgets so that
// the demo, the File menu and the tests share it.
namespace ProjectSetup {

// Creates a project file with the default behaviors (BehaviorSet::jhuangDefault) and opens it in
// `document`. False with a plain-language *error otherwise.
bool createProject(Document &document, const QString &path, QString *error);

// Reads what the project needs to know about a video file (exact frame count, frame rate, size,
// codec, content hash). Slow for long files the first time (the frame index is built), so call it
// off the GUI thread. progress (may be empty) gets a fraction 0..1; cancel (may be null) stops.
// False with a plain-language *error naming the file.
bool probeVideo(const QString &path,
                VideoRecord *record,
                QString *error,
                const std::function<void(double)> &progress = {},
                const std::atomic_bool *cancel = nullptr);

} // namespace ProjectSetup
} // namespace ethoscribe
