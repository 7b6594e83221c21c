// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/Architecture.h"

#include <QtGlobal>

#include <vector>

namespace ethoscribe {

// Which frames make up the clip that predicts one frame. As in the paper, frame t (0-based) is
// predicted from 16 frames: 8 before it, itself and 7 after it (t-8 .. t+7). At the edges of a
// video the missing frames are replaced by the nearest existing one (indices clamped to
// [0, frameCount - 1]), so the first frame is repeated at the start and the last at the end.
// For another clip length L: L/2 before, L - L/2 - 1 after.
struct ClipWindow
{
    static std::vector<qint64> frameIndices(qint64 frame,
                                            qint64 frameCount,
                                            int clipFrames = nets::kClipFrames);
    // First index of the window before clamping (t - L/2); may be negative.
    static qint64 firstFrame(qint64 frame, int clipFrames = nets::kClipFrames)
    {
        return frame - clipFrames / 2;
    }
};

} // namespace ethoscribe
