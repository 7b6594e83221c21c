// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowColorWheel.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ethoscribe {

namespace {

// The 55 colours of the Middlebury wheel: red-yellow 15, yellow-green 6, green-cyan 4,
// cyan-blue 11, blue-magenta 13, magenta-red 6.
struct Wheel
{
    std::array<std::array<float, 3>, 55> colors{};
    int count = 0;

    Wheel()
    {
        // Channel `fixed` stays at 255 while channel `ramp` rises from 0 or falls from 255.
        auto add = [this](int steps, int ramp, int fixed, bool rising) {
            for (int i = 0; i < steps; ++i) {
                std::array<float, 3> c{0, 0, 0};
                c[size_t(fixed)] = 255;
                c[size_t(ramp)] = rising ? std::floor(255.0f * i / steps)
                                         : 255.0f - std::floor(255.0f * i / steps);
                colors[size_t(count++)] = c;
            }
        };
        add(15, 1, 0, true);  // RY: R = 255, G rises
        add(6, 0, 1, false);  // YG: G = 255, R falls
        add(4, 2, 1, true);   // GC: G = 255, B rises
        add(11, 1, 2, false); // CB: B = 255, G falls
        add(13, 0, 2, true);  // BM: B = 255, R rises
        add(6, 2, 0, false);  // MR: R = 255, B falls
    }
};

const Wheel &wheel()
{
    static const Wheel w;
    return w;
}

void colorOf(float dx, float dy, float maxPixels, uchar *rgb)
{
    const Wheel &w = wheel();
    if (!std::isfinite(dx) || !std::isfinite(dy)) {
        rgb[0] = rgb[1] = rgb[2] = 0;
        return;
    }
    const float u = dx / maxPixels;
    const float v = dy / maxPixels;
    const float rad = std::sqrt(u * u + v * v);
    const float a = std::atan2(-v, -u) / float(M_PI);
    const float fk = (a + 1.0f) / 2.0f * float(w.count - 1);
    const int k0 = int(std::floor(fk));
    const int k1 = (k0 + 1) % w.count;
    const float f = fk - float(k0);
    for (int ch = 0; ch < 3; ++ch) {
        const float c0 = w.colors[size_t(k0 % w.count)][size_t(ch)] / 255.0f;
        const float c1 = w.colors[size_t(k1)][size_t(ch)] / 255.0f;
        float c = (1.0f - f) * c0 + f * c1;
        c = rad <= 1.0f ? 1.0f - rad * (1.0f - c) : c * 0.75f;
        rgb[ch] = uchar(std::lround(std::clamp(c, 0.0f, 1.0f) * 255.0f));
    }
}

} // namespace

QRgb FlowColorWheel::color(float dx, float dy, float maxPixels)
{
    uchar rgb[3];
    colorOf(dx, dy, maxPixels > 0 ? maxPixels : 1.0f, rgb);
    return qRgb(rgb[0], rgb[1], rgb[2]);
}

QImage FlowColorWheel::render(const cv::Mat &flow, float maxPixels)
{
    CV_Assert(flow.type() == CV_32FC2);
    if (maxPixels <= 0) {
        float largest = 0;
        for (int y = 0; y < flow.rows; ++y) {
            const cv::Vec2f *row = flow.ptr<cv::Vec2f>(y);
            for (int x = 0; x < flow.cols; ++x)
                if (std::isfinite(row[x][0]) && std::isfinite(row[x][1]))
                    largest = std::max(largest, std::hypot(row[x][0], row[x][1]));
        }
        maxPixels = std::max(largest, 1e-3f);
    }
    QImage image(flow.cols, flow.rows, QImage::Format_RGB888);
    for (int y = 0; y < flow.rows; ++y) {
        const cv::Vec2f *row = flow.ptr<cv::Vec2f>(y);
        uchar *out = image.scanLine(y);
        for (int x = 0; x < flow.cols; ++x)
            colorOf(row[x][0], row[x][1], maxPixels, out + 3 * x);
    }
    return image;
}

} // namespace ethoscribe
