// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/FlowOverlay.h"

#include "flow/FlowCache.h"
#include "flow/FlowColorWheel.h"
#include "player/FrameView.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {
// Displacements of this many pixels per frame or more are drawn fully opaque (a walking mouse
// moves a few pixels per frame at 320x240).
constexpr float kFullPixels = 6.0f;
} // namespace

FlowOverlay::FlowOverlay(FrameView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{}

FlowOverlay::~FlowOverlay() = default;

void FlowOverlay::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_reported = false;
    if (!enabled)
        m_view->setOverlay(QImage());
    else
        showFrame(m_frame);
}

void FlowOverlay::setCachePath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_cache.reset();
    m_reported = false;
    m_view->setOverlay(QImage());
}

bool FlowOverlay::showFrame(qint64 frame)
{
    m_frame = frame;
    if (!m_enabled)
        return false;
    if (!m_cache && !m_path.isEmpty() && QFileInfo::exists(m_path)) {
        auto cache = std::make_unique<FlowCache>();
        QString error;
        if (cache->open(m_path, &error))
            m_cache = std::move(cache);
    }
    cv::Mat flow;
    QString error;
    if (!m_cache || !m_cache->hasFrame(frame) || !m_cache->read(frame, &flow, &error)) {
        m_view->setOverlay(QImage());
        if (!m_reported) {
            m_reported = true;
            Q_EMIT message(tr("No optical flow is computed for this part of the video yet. "
                              "Analysing the video with a flow model computes it."));
        }
        return false;
    }
    m_view->setOverlay(render(flow, kFullPixels));
    return true;
}

QImage FlowOverlay::render(const cv::Mat &flow, float maxPixels)
{
    if (flow.empty() || flow.type() != CV_32FC2)
        return QImage();
    QImage image(flow.cols, flow.rows, QImage::Format_ARGB32);
    for (int y = 0; y < flow.rows; ++y) {
        const cv::Vec2f *row = flow.ptr<cv::Vec2f>(y);
        auto *out = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < flow.cols; ++x) {
            const float dx = row[x][0];
            const float dy = row[x][1];
            const float magnitude = std::sqrt(dx * dx + dy * dy);
            const QRgb c = FlowColorWheel::color(dx, dy, maxPixels);
            const int alpha = int(std::lround(220.0f * std::min(1.0f, magnitude / maxPixels)));
            out[x] = qRgba(qRed(c), qGreen(c), qBlue(c), alpha);
        }
    }
    return image;
}

} // namespace ethoscribe
