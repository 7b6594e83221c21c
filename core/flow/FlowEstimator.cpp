// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowEstimator.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>
#include <opencv2/optflow.hpp>
#include <opencv2/video/tracking.hpp>

#include <mutex>
#include <stdexcept>
#include <type_traits>

#include <dlfcn.h>

namespace ethoscribe {

namespace {

// TV-L1 lives in OpenCV's optflow module. It is not linked: its dependencies (ximgproc, imgcodecs
// and the image formats behind them) would add about 0.12 s to the start of every program, and
// most starts never compute TV-L1 flow. It is opened when the first TV-L1 estimator is made,
// and stays open. Only the factory (OpenCV's defaults, as in the paper) is looked up: everything
// else is called through the object's virtual functions, declared in the header compiled against.
using CreateTvL1 = decltype(&cv::optflow::createOptFlow_DualTVL1);
// The symbol's name spells the signature (Itanium C++ ABI): a changed OpenCV declaration stops the
// build here instead of calling the function wrongly.
static_assert(std::is_same_v<CreateTvL1, cv::Ptr<cv::optflow::DualTVL1OpticalFlow> (*)()>);
constexpr char kCreateTvL1Symbol[] = "_ZN2cv7optflow22createOptFlow_DualTVL1Ev";

struct TvL1Library
{
    CreateTvL1 create = nullptr;
    QString error;
};

const TvL1Library &tvL1Library()
{
    static TvL1Library library;
    static std::once_flag once;
    std::call_once(once, [] {
        void *handle = ::dlopen(ETHOSCRIBE_OPTFLOW_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        void *symbol = handle ? ::dlsym(handle, kCreateTvL1Symbol) : nullptr;
        if (symbol) {
            library.create = reinterpret_cast<CreateTvL1>(symbol);
            return;
        }
        const char *why = ::dlerror();
        library.error = QCoreApplication::translate(
                                "ethoscribe::FlowEstimator",
                                "TV-L1 optical flow needs OpenCV's optflow library (%1), which "
                                "could not be loaded: %2. Reinstall Ethoscribe, or use DIS flow.")
                                .arg(QString::fromLatin1(ETHOSCRIBE_OPTFLOW_LIBRARY),
                                     QString::fromLocal8Bit(why ? why : "not found"));
    });
    return library;
}

} // namespace

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
        const TvL1Library &library = tvL1Library();
        if (!library.create)
            throw std::runtime_error(library.error.toStdString());
        d->tvl1 = library.create();
    } else {
        d->disPreset = int(disPreset);
        d->dis = cv::DISOpticalFlow::create(d->disPreset);
    }
}

FlowEstimator::~FlowEstimator() = default;

bool FlowEstimator::isAvailable(FlowMethod method, QString *error)
{
    if (method != FlowMethod::TvL1)
        return true;
    const TvL1Library &library = tvL1Library();
    if (!library.create && error)
        *error = library.error;
    return library.create != nullptr;
}

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
