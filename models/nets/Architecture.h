// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace ethoscribe::nets {

// The two networks of Nguyen et al. 2019 and the two input streams each is trained on.
enum class Architecture { I3D, R2Plus1D };
enum class Stream { Rgb, Flow };

// Canonical names used on the command line, in checkpoints and in the project database.
inline std::string toString(Architecture a)
{
    return a == Architecture::I3D ? "i3d" : "r2plus1d";
}
inline std::string toString(Stream s)
{
    return s == Stream::Rgb ? "rgb" : "flow";
}
inline std::optional<Architecture> parseArchitecture(const std::string &s)
{
    if (s == "i3d")
        return Architecture::I3D;
    if (s == "r2plus1d" || s == "r(2+1)d" || s == "r2plus1d_18")
        return Architecture::R2Plus1D;
    return std::nullopt;
}
inline std::optional<Stream> parseStream(const std::string &s)
{
    if (s == "rgb")
        return Stream::Rgb;
    if (s == "flow")
        return Stream::Flow;
    return std::nullopt;
}
// Input channels of a stream: RGB 3, optical flow 2 (horizontal, vertical).
inline int inputChannels(Stream s)
{
    return s == Stream::Rgb ? 3 : 2;
}
// The paper's input geometry: 16 frames; I3D 224x224 (resized to 255), R(2+1)D 112x112 (from 128).
constexpr int kClipFrames = 16;
inline int cropSize(Architecture a)
{
    return a == Architecture::I3D ? 224 : 112;
}
inline int resizeSize(Architecture a)
{
    return a == Architecture::I3D ? 255 : 128;
}

} // namespace ethoscribe::nets
