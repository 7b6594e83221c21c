// SPDX-License-Identifier: GPL-3.0-or-later
#include "inference/ClipTransform.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <stdexcept>

namespace ethoscribe {

ClipTransform::ClipTransform(nets::Architecture arch, nets::Stream stream)
    : ClipTransform(nets::resizeSize(arch), nets::cropSize(arch), stream)
{}

ClipTransform::ClipTransform(int resizeSize, int cropSize, nets::Stream stream)
    : m_resize(resizeSize)
    , m_crop(cropSize)
    , m_stream(stream)
{
    if (cropSize < 1 || resizeSize < cropSize)
        throw std::invalid_argument("the crop (" + std::to_string(cropSize)
                                    + " px) must fit in the resized frame ("
                                    + std::to_string(resizeSize) + " px)");
}

CropChoice ClipTransform::centreCrop() const
{
    const int offset = (m_resize - m_crop) / 2;
    return CropChoice{offset, offset, false};
}

CropChoice ClipTransform::randomCrop(std::mt19937_64 &rng) const
{
    std::uniform_int_distribution<int> position(0, m_resize - m_crop);
    CropChoice c;
    c.x = position(rng);
    c.y = position(rng);
    c.flip = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    return c;
}

cv::Mat ClipTransform::resizeAndCrop(const cv::Mat &m, const CropChoice &crop) const
{
    if (crop.x < 0 || crop.y < 0 || crop.x + m_crop > m_resize || crop.y + m_crop > m_resize)
        throw std::invalid_argument("the crop lies outside the resized frame");
    cv::Mat resized;
    if (m.cols == m_resize && m.rows == m_resize) {
        resized = m;
    } else {
        // Area averaging when shrinking (no aliasing), bilinear when enlarging.
        const bool shrinking = m.cols > m_resize || m.rows > m_resize;
        cv::resize(m,
                   resized,
                   cv::Size(m_resize, m_resize),
                   0,
                   0,
                   shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    cv::Mat cropped = resized(cv::Rect(crop.x, crop.y, m_crop, m_crop));
    cv::Mat out;
    if (crop.flip)
        cv::flip(cropped, out, 1);
    else
        out = cropped.clone();
    return out;
}

torch::Tensor ClipTransform::toChannelsFirst(const cv::Mat &hwc)
{
    CV_Assert(hwc.isContinuous() && hwc.depth() == CV_32F);
    // from_blob does not own the buffer: clone() before the Mat goes away.
    return torch::from_blob(const_cast<float *>(hwc.ptr<float>()),
                            {hwc.rows, hwc.cols, hwc.channels()},
                            torch::kFloat32)
            .permute({2, 0, 1})
            .clone();
}

torch::Tensor ClipTransform::rgbFrame(const cv::Mat &frame,
                                      ChannelOrder order,
                                      const CropChoice &crop) const
{
    if (frame.empty() || frame.type() != CV_8UC3)
        throw std::invalid_argument("an RGB frame must be an 8-bit 3-channel picture");
    cv::Mat rgb;
    if (order == ChannelOrder::Bgr)
        cv::cvtColor(frame, rgb, cv::COLOR_BGR2RGB);
    else
        rgb = frame;
    cv::Mat scaled;
    rgb.convertTo(scaled, CV_32FC3, 2.0 / 255.0, -1.0);
    return toChannelsFirst(resizeAndCrop(scaled, crop));
}

torch::Tensor ClipTransform::rgbFrame(const QImage &frame, const CropChoice &crop) const
{
    if (frame.isNull())
        throw std::invalid_argument("an empty picture was given as an RGB frame");
    const QImage rgb = frame.format() == QImage::Format_RGB888
                               ? frame
                               : frame.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(rgb.height(),
                       rgb.width(),
                       CV_8UC3,
                       const_cast<uchar *>(rgb.constBits()),
                       size_t(rgb.bytesPerLine()));
    return rgbFrame(view, ChannelOrder::Rgb, crop);
}

torch::Tensor ClipTransform::flowFrame(const cv::Mat &flow, const CropChoice &crop) const
{
    if (flow.empty() || flow.type() != CV_32FC2)
        throw std::invalid_argument("an optical-flow field must have two float channels");
    cv::Mat clipped;
    cv::min(flow, cv::Scalar::all(kFlowClipPixels), clipped);
    cv::max(clipped, cv::Scalar::all(-kFlowClipPixels), clipped);
    cv::Mat scaled;
    clipped.convertTo(scaled, CV_32FC2, 1.0 / kFlowClipPixels);
    torch::Tensor t = toChannelsFirst(resizeAndCrop(scaled, crop));
    if (crop.flip)
        t[0].neg_(); // mirrored picture: motion to the right becomes motion to the left
    return t;
}

torch::Tensor ClipTransform::stackClip(const std::vector<torch::Tensor> &frames)
{
    if (frames.empty())
        throw std::invalid_argument("a clip needs at least one frame");
    return torch::stack(frames, 1);
}

} // namespace ethoscribe
