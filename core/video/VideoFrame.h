// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QtGlobal>

#include <opencv2/core/mat.hpp>

namespace ethoscribe {

// One decoded frame: its 0-based index in presentation order, its time from the start of the
// video, and the picture as 8-bit RGB (QImage::Format_RGB888).
struct VideoFrame
{
    qint64 index = -1;
    double timeSeconds = 0;
    QImage image; // Format_RGB888
    // The decoder reported errors for this picture (e.g. a damaged packet was concealed).
    bool damaged = false;

    bool isValid() const { return index >= 0 && !image.isNull(); }

    // A cv::Mat (CV_8UC3) over the same memory as `image`, without copying. The channel order is
    // RGB, NOT OpenCV's usual BGR: use cv::cvtColor(m, bgr, cv::COLOR_RGB2BGR) before imwrite.
    // Valid while this VideoFrame (or a copy sharing the image) lives and the image is not
    // modified; clone() it to keep it longer. Writing through the Mat writes into a picture that
    // may be shared with caches: do not.
    cv::Mat mat() const
    {
        if (image.isNull())
            return cv::Mat();
        return cv::Mat(image.height(),
                       image.width(),
                       CV_8UC3,
                       const_cast<uchar *>(image.constBits()),
                       size_t(image.bytesPerLine()));
    }
};

} // namespace ethoscribe
