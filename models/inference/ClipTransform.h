// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inference/CropChoice.h"
#include "nets/Architecture.h"

#include <QImage>

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

#include <random>
#include <vector>

namespace ethoscribe {

// Turns decoded frames and optical-flow fields into network input, as in Nguyen et al. 2019 /
// Carreira & Zisserman 2017: every frame is resized to a square (255x255 for I3D, 128x128 for
// R(2+1)D; the aspect ratio is not kept), then a square crop (224 / 112) is cut out: the centre at
// inference, a random position plus a horizontal flip with probability 1/2 in training.
// RGB values are scaled from [0, 255] to [-1, 1]. Flow (two float channels, horizontal and
// vertical displacement in pixels of the frames it was computed on; not rescaled by the resize)
// is clipped to +-20 px and divided by 20; when a crop is flipped, the horizontal component
// changes sign. Each frame is transformed once into a [C, crop, crop] tensor, so that frames
// shared by overlapping clips are not transformed again; stackClip() builds [C, T, crop, crop].
class ClipTransform
{
public:
    enum class ChannelOrder { Rgb, Bgr };
    static constexpr float kFlowClipPixels = 20.0f;

    ClipTransform(nets::Architecture arch, nets::Stream stream);
    ClipTransform(int resizeSize, int cropSize, nets::Stream stream);

    int resizeSize() const { return m_resize; }
    int cropSize() const { return m_crop; }
    nets::Stream stream() const { return m_stream; }

    CropChoice centreCrop() const;
    // Uniform crop position and a fair coin for the flip, drawn from `rng` (seed it for
    // reproducible training): x, then y, then flip.
    CropChoice randomCrop(std::mt19937_64 &rng) const;

    // An RGB frame (any QImage format) -> [3, crop, crop] float in [-1, 1].
    torch::Tensor rgbFrame(const QImage &frame, const CropChoice &crop) const;
    // An 8-bit 3-channel frame; `order` says whether its channels are RGB or OpenCV's BGR.
    torch::Tensor rgbFrame(const cv::Mat &frame, ChannelOrder order, const CropChoice &crop) const;
    // A flow field (CV_32FC2: dx, dy in pixels) -> [2, crop, crop] float in [-1, 1].
    torch::Tensor flowFrame(const cv::Mat &flow, const CropChoice &crop) const;

    // [C, H, W] frames -> [C, T, H, W] clip (a copy).
    static torch::Tensor stackClip(const std::vector<torch::Tensor> &frames);

private:
    // Resize to the square and cut the crop (and mirror it); `m` is float, any channel count.
    cv::Mat resizeAndCrop(const cv::Mat &m, const CropChoice &crop) const;
    static torch::Tensor toChannelsFirst(const cv::Mat &hwc);

    int m_resize;
    int m_crop;
    nets::Stream m_stream;
};

} // namespace ethoscribe
