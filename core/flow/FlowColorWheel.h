// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

#include <opencv2/core/mat.hpp>

namespace ethoscribe {

// Renders a flow field the way the Middlebury benchmark does (Baker et al. 2011): hue gives the
// direction (right red, down yellow, left cyan-blue, up violet), saturation the magnitude
// relative to maxPixels (white = no motion; beyond maxPixels the colour darkens).
class FlowColorWheel
{
public:
    // flow: CV_32FC2 (dx, dy) in pixels. maxPixels 0 = the largest magnitude in the field.
    // Returns QImage::Format_RGB888.
    static QImage render(const cv::Mat &flow, float maxPixels = 0);
    // The colour of one displacement, for legends.
    static QRgb color(float dx, float dy, float maxPixels);
};

} // namespace ethoscribe
