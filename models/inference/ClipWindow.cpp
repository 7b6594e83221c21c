// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference/ClipWindow.h"

#include <algorithm>
#include <stdexcept>

namespace ethoscribe {

std::vector<qint64> ClipWindow::frameIndices(qint64 frame, qint64 frameCount, int clipFrames)
{
    if (frameCount < 1 || frame < 0 || frame >= frameCount || clipFrames < 1)
        throw std::invalid_argument("frame " + std::to_string(frame) + " is not in a video of "
                                    + std::to_string(frameCount) + " frames");
    std::vector<qint64> indices(static_cast<size_t>(clipFrames));
    const qint64 first = firstFrame(frame, clipFrames);
    for (int i = 0; i < clipFrames; ++i)
        indices[size_t(i)] = std::clamp<qint64>(first + i, 0, frameCount - 1);
    return indices;
}

} // namespace ethoscribe
