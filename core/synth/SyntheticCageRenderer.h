// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/SyntheticCageLayout.h"
#include "synth/SyntheticCageOptions.h"
#include "synth/SyntheticMouseGeometry.h"
#include "synth/SyntheticMousePose.h"

#include <QImage>
#include <QRectF>
#include <QTransform>

#include <vector>

class QPainter;

namespace ethoscribe {

// Draws frames of a synthetic home cage seen from the side, with QPainter on a QImage (no
// window system, no fonts): the static scene (room wall, transparent cage, bedding, food hopper,
// water bottle and spout, wire lid) is drawn once; each frame adds the posed mouse, the parts of
// the scene in front of it (front bedding, hopper bars, reflections on the cage front) and the
// camera (lighting gradient, blur, seeded per-frame noise). Pure function of (pose, frame).
class SyntheticCageRenderer
{
public:
    SyntheticCageRenderer(const SyntheticCageOptions &options, const SyntheticCageLayout &layout);

    // A frame in QImage::Format_RGB32.
    QImage render(const SyntheticMousePose &pose, qint64 frame) const;
    // The image bounding box of the mouse's body, head, ears and legs (not the tail).
    QRectF mouseBox(const SyntheticMousePose &pose) const;
    // The body ellipse as drawn: body coordinates (cm, SyntheticMouseGeometry) -> image pixels.
    QTransform bodyToImage(const SyntheticMousePose &pose) const;
    // The static scene without mouse and camera effects.
    const QImage &background() const { return m_background; }

private:
    void drawBackground();
    void drawOverlay();
    void buildGainMap();
    void drawMouse(QPainter &painter, const SyntheticMousePose &pose) const;
    void applyCamera(const QImage &src, QImage &dst, qint64 frame) const;

    SyntheticCageOptions m_options;
    SyntheticCageLayout m_layout;
    SyntheticMouseGeometry m_geometry;
    QImage m_background;         // RGB32
    QImage m_overlay;            // ARGB32_Premultiplied, transparent where nothing is in front
    std::vector<quint16> m_gain; // per pixel, 8.8 fixed point
};

} // namespace ethoscribe
