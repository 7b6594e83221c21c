// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helpers for the flow tests (header-only): a video of a smooth random texture that moves by
// a known whole number of pixels per frame.

#include "video/VideoWriter.h"

#include <QImage>
#include <QRandomGenerator>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace ethoscribe::flowtest {

// Frame t shows the texture shifted by t * (dx, dy) pixels: content moves right for dx > 0 and
// down for dy > 0, so the true flow of every frame t >= 1 is (dx, dy) wherever the content
// did not enter through the border.
inline bool writeTranslationVideo(
        const QString &path, int width, int height, int frames, int dx, int dy, QString *error)
{
    const int margin = 4 + frames * std::max(std::abs(dx), std::abs(dy));
    cv::Mat noise(height + 2 * margin, width + 2 * margin, CV_32FC3);
    QRandomGenerator rng(12345);
    for (int y = 0; y < noise.rows; ++y)
        for (int x = 0; x < noise.cols; ++x)
            noise.at<cv::Vec3f>(y, x) = cv::Vec3f(
                    float(rng.bounded(256)), float(rng.bounded(256)), float(rng.bounded(256)));
    cv::Mat smooth;
    cv::GaussianBlur(noise, smooth, cv::Size(0, 0), 1.5);
    cv::Mat texture;
    cv::normalize(smooth, smooth, 20, 235, cv::NORM_MINMAX);
    smooth.convertTo(texture, CV_8UC3);

    VideoWriterSettings s;
    s.codec = QStringLiteral("ffv1"); // lossless: the motion in the file is exactly (dx, dy)
    s.width = width;
    s.height = height;
    s.gopSize = 10;
    VideoWriter writer;
    if (!writer.open(path, s, error))
        return false;
    for (int t = 0; t < frames; ++t) {
        const cv::Rect crop(margin - t * dx, margin - t * dy, width, height);
        const cv::Mat view = texture(crop).clone();
        const QImage image(view.data, view.cols, view.rows, int(view.step), QImage::Format_RGB888);
        if (!writer.write(image.copy(), error))
            return false;
    }
    return writer.close(error);
}

} // namespace ethoscribe::flowtest
