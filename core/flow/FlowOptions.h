// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowMethod.h"

#include <QString>

namespace ethoscribe {

class ProjectDatabase;

// How FlowComputation fills a cache.
struct FlowOptions
{
    FlowMethod method = FlowMethod::TvL1;
    int threads = 0; // parallel frame ranges; 0 = one per core
    int chunkFrames
            = 64; // frames per chunk on disk (new files only; an existing file keeps its own)
};

// The project setting that chooses the flow method ("tvl1", the default, or "dis").
inline constexpr char kFlowMethodSetting[] = "flow/method";

// The options a project asks for: its flow/method setting (TV-L1 when unset or unknown).
FlowOptions flowOptionsForProject(ProjectDatabase &db);
// The same from the setting's value.
FlowOptions flowOptionsFor(const QString &methodSetting);
// Stores the method as the project's flow/method setting. False when the project cannot be
// written (db.errorString() says why).
bool setProjectFlowMethod(ProjectDatabase &db, FlowMethod method);

} // namespace ethoscribe
