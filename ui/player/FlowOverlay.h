// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowMethod.h"

#include <QObject>
#include <QString>

#include <QImage>

#include <opencv2/core/mat.hpp>

#include <memory>

namespace ethoscribe {

class FlowCache;
class FrameView;

// View > Optical Flow: the flow that led to the shown frame, from the video's flow cache, drawn
// over it in the colours of the flow colour wheel (direction = hue), transparent where nothing
// moves, so the researcher sees what the flow networks see. Reads one frame from the cache per
// frame shown (a few hundred kilobytes); frames whose flow is not computed yet show none.
class FlowOverlay : public QObject
{
    Q_OBJECT

public:
    explicit FlowOverlay(FrameView *view, QObject *parent = nullptr);
    ~FlowOverlay() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // The cache of the shown video (FlowCache::pathFor); empty when there is no video.
    void setCachePath(const QString &path);
    // Shows the flow of frame (or nothing when it is not cached). False when it is not.
    bool showFrame(qint64 frame);

    // The overlay of a flow field (CV_32FC2, pixels): colour-wheel hue, alpha growing with the
    // motion up to maxPixels.
    static QImage render(const cv::Mat &flow, float maxPixels);

Q_SIGNALS:
    // Plain words for the status bar when the overlay cannot show anything.
    void message(const QString &text);

private:
    FrameView *m_view;
    bool m_enabled = false;
    QString m_path;
    std::unique_ptr<FlowCache> m_cache;
    qint64 m_frame = 0;
    bool m_reported = false;
};

} // namespace ethoscribe
