// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowEstimator.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/optflow.hpp>
#include <opencv2/video/tracking.hpp>

namespace ethoscribe {

struct FlowEstimator::Private
{
    cv::Ptr<cv::optflow::DualTVL1OpticalFlow> tvl1;
    cv::Ptr<cv::DISOpticalFlow> dis;
    int disPreset = cv::DISOpticalFlow::PRESET_MEDIUM;
};

FlowEstimator::FlowEstimator(FlowMethod method, DisPreset disPreset)
    : m_method(method)
    , d(std::make_unique<Private>())
{
    if (method == FlowMethod::TvL1) {
        d->tvl1 = cv::optflow::DualTVL1OpticalFlow::create();
    } else {
        d->disPreset = int(disPreset);
        d->dis = cv::DISOpticalFlow::create(d->disPreset);
    }
}

FlowEstimator::~FlowEstimator() = default;

QJsonObject FlowEstimator::parameters() const
{
    if (d->tvl1) {
        const auto &a = d->tvl1;
        return QJsonObject{{QStringLiteral("tau"), a->getTau()},
                           {QStringLiteral("lambda"), a->getLambda()},
                           {QStringLiteral("theta"), a->getTheta()},
                           {QStringLiteral("gamma"), a->getGamma()},
                           {QStringLiteral("scales"), a->getScalesNumber()},
                           {QStringLiteral("warps"), a->getWarpingsNumber()},
                           {QStringLiteral("epsilon"), a->getEpsilon()},
                           {QStringLiteral("inner_iterations"), a->getInnerIterations()},
                           {QStringLiteral("outer_iterations"), a->getOuterIterations()},
                           {QStringLiteral("scale_step"), a->getScaleStep()},
                           {QStringLiteral("median_filtering"), a->getMedianFiltering()},
                           {QStringLiteral("use_initial_flow"), a->getUseInitialFlow()},
                           {QStringLiteral("input"), QStringLiteral("gray8")}};
    }
    const auto &a = d->dis;
    return QJsonObject{
            {QStringLiteral("preset"), d->disPreset},
            {QStringLiteral("finest_scale"), a->getFinestScale()},
            {QStringLiteral("patch_size"), a->getPatchSize()},
            {QStringLiteral("patch_stride"), a->getPatchStride()},
            {QStringLiteral("gradient_descent_iterations"), a->getGradientDescentIterations()},
            {QStringLiteral("variational_refinement_iterations"),
             a->getVariationalRefinementIterations()},
            {QStringLiteral("variational_refinement_alpha"),
             double(a->getVariationalRefinementAlpha())},
            {QStringLiteral("variational_refinement_delta"),
             double(a->getVariationalRefinementDelta())},
            {QStringLiteral("variational_refinement_gamma"),
             double(a->getVariationalRefinementGamma())},
            {QStringLiteral("use_mean_normalization"), a->getUseMeanNormalization()},
            {QStringLiteral("use_spatial_propagation"), a->getUseSpatialPropagation()},
            {QStringLiteral("input"), QStringLiteral("gray8")}};
}

void FlowEstimator::compute(const cv::Mat &previous, const cv::Mat &next, cv::Mat *flow)
{
    CV_Assert(previous.type() == CV_8UC1 && next.type() == CV_8UC1
              && previous.size() == next.size());
    // A fresh output each time: neither algorithm is asked to start from a previous flow.
    cv::Mat result;
    if (d->tvl1)
        d->tvl1->calc(previous, next, result);
    else
        d->dis->calc(previous, next, result);
    *flow = result;
}

cv::Mat FlowEstimator::toGray(const cv::Mat &rgb)
{
    cv::Mat gray;
    cv::cvtColor(rgb, gray, cv::COLOR_RGB2GRAY);
    return gray;
}

} // namespace ethoscribe
