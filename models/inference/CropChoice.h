// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ethoscribe {

// Where a clip is cut out of its resized frames and whether it is mirrored. One choice applies to
// every frame of a clip (and to both streams when RGB and flow must see the same region).
struct CropChoice
{
    int x = 0;         // left column of the crop in the resized frame
    int y = 0;         // top row
    bool flip = false; // mirrored left-right
};

} // namespace ethoscribe
