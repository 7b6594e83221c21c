// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowMethod.h"

#include <QJsonObject>

#include <opencv2/core/mat.hpp>

#include <memory>

namespace ethoscribe {

// Computes dense optical flow between two frames with one configured OpenCV algorithm: TV-L1
// (cv::optflow::DualTVL1OpticalFlow with OpenCV's defaults, as in the paper) or DIS
// (cv::DISOpticalFlow, preset medium unless told otherwise). Both run on 8-bit grayscale.
//
// Owns the algorithm object, which keeps scratch buffers between calls: use one estimator per
// thread.
class FlowEstimator
{
public:
    // DIS presets (cv::DISOpticalFlow::PRESET_*), for benchmarks; caches always use medium.
    enum class DisPreset { UltraFast = 0, Fast = 1, Medium = 2 };

    // Throws std::runtime_error (with a plain message) when the method cannot be used here: see
    // isAvailable().
    explicit FlowEstimator(FlowMethod method, DisPreset disPreset = DisPreset::Medium);
    ~FlowEstimator();
    FlowEstimator(const FlowEstimator &) = delete;
    FlowEstimator &operator=(const FlowEstimator &) = delete;

    // False, with a plain message, when this installation cannot compute the method (TV-L1 needs
    // OpenCV's optflow library, loaded on first use).
    static bool isAvailable(FlowMethod method, QString *error);

    FlowMethod method() const { return m_method; }
    // Every parameter the algorithm runs with, read back from the OpenCV object: a cache made with
    // other parameters is stale.
    QJsonObject parameters() const;

    // Flow that carries `previous` onto `next`: for each pixel x of `previous`,
    // previous(x) ~ next(x + flow(x)). Inputs CV_8UC1 of equal size; *flow becomes CV_32FC2
    // (dx, dy) in pixels.
    void compute(const cv::Mat &previous, const cv::Mat &next, cv::Mat *flow);

    // RGB (CV_8UC3, RGB order as VideoFrame::mat() gives it) -> 8-bit grayscale.
    static cv::Mat toGray(const cv::Mat &rgb);

private:
    struct Private;
    FlowMethod m_method;
    std::unique_ptr<Private> d;
};

} // namespace ethoscribe
