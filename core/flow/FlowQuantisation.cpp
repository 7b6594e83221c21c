// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowQuantisation.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

namespace ethoscribe {

uint8_t FlowQuantisation::quantise(float pixels)
{
    if (std::isnan(pixels))
        pixels = 0.0f;
    const float c = std::clamp(pixels, -kClipPixels, kClipPixels);
    const float v = (c + kClipPixels) * (255.0f / (2.0f * kClipPixels));
    return uint8_t(std::clamp(std::lround(v), 0L, 255L));
}

float FlowQuantisation::dequantise(uint8_t v)
{
    return float(v) * (2.0f * kClipPixels / 255.0f) - kClipPixels;
}

void FlowQuantisation::quantise(const cv::Mat &flow, cv::Mat *out)
{
    CV_Assert(flow.type() == CV_32FC2);
    out->create(flow.size(), CV_8UC2);
    for (int y = 0; y < flow.rows; ++y) {
        const float *src = flow.ptr<float>(y);
        uint8_t *dst = out->ptr<uint8_t>(y);
        for (int x = 0; x < flow.cols * 2; ++x)
            dst[x] = quantise(src[x]);
    }
}

void FlowQuantisation::dequantise(const cv::Mat &quantised, cv::Mat *out)
{
    CV_Assert(quantised.type() == CV_8UC2);
    float table[256];
    for (int i = 0; i < 256; ++i)
        table[i] = dequantise(uint8_t(i));
    out->create(quantised.size(), CV_32FC2);
    for (int y = 0; y < quantised.rows; ++y) {
        const uint8_t *src = quantised.ptr<uint8_t>(y);
        float *dst = out->ptr<float>(y);
        for (int x = 0; x < quantised.cols * 2; ++x)
            dst[x] = table[src[x]];
    }
}

} // namespace ethoscribe
