// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nets/Architecture.h"

#include <string>

namespace ethoscribe::nets {

// Everything needed to build one of the two networks. The defaults give the published network
// (I3D of Carreira & Zisserman 2017 / torchvision's R(2+1)D-18); smaller widths and depths are for
// tests and for fast CPU models, and then no pretrained weights fit them.
struct NetConfig
{
    Architecture arch = Architecture::I3D;
    int inChannels = 3;           // 3 for RGB, 2 for optical flow (horizontal, vertical)
    int classes = 400;            // outputs of the classifier (400 = Kinetics, as the references)
    double widthMultiplier = 1.0; // scales every channel count (at least 1 channel stays)
    double dropoutKeep = 0.36;    // keep-probability of the dropout before the classifier
    int depth = 18;               // R(2+1)D only: 10 ([1,1,1,1]), 18 ([2,2,2,2]) or 34 ([3,4,6,3])

    // The published network for one stream of the paper.
    static NetConfig forStream(Architecture arch, Stream stream, int classes)
    {
        NetConfig c;
        c.arch = arch;
        c.inChannels = inputChannels(stream);
        c.classes = classes;
        return c;
    }
    // A channel count after the width multiplier: round(c * widthMultiplier), at least 1.
    int scaled(int channels) const;
    // Throws std::invalid_argument (plain words) when a field is out of range.
    void validate() const;
    // "i3d, 3 input channels, 400 classes, width 1, depth 18, dropout keep 0.36"
    std::string describe() const;
};

} // namespace ethoscribe::nets
