// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>

namespace ethoscribe {

// The 8-bit quantisation of flow used by the cache, the usual I3D convention: each displacement
// component is clipped to +-kClipPixels and mapped linearly to 0..255 (-20 px -> 0, +20 px -> 255).
// Zero motion is not exactly representable: it becomes 128, which reads back as +0.078 px; the
// largest rounding error inside the clip range is 40 / 255 / 2 = 0.078 px.
struct FlowQuantisation
{
    static constexpr float kClipPixels = 20.0f;
    // Largest error of quantise() followed by dequantise() for values within +-kClipPixels.
    static constexpr float kMaxRoundingError = kClipPixels / 255.0f;

    static uint8_t quantise(float pixels);
    static float dequantise(uint8_t v);

    // Whole fields: CV_32FC2 (dx, dy in pixels) <-> CV_8UC2.
    static void quantise(const cv::Mat &flow, cv::Mat *out);
    static void dequantise(const cv::Mat &quantised, cv::Mat *out);
};

} // namespace ethoscribe
