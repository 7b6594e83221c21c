// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/SyntheticCageOptions.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

namespace ethoscribe {

// Everything about one synthetic recording that stays fixed for its whole length: where the cage
// sits in the image and how large it is, the places of the food hopper and the water spout, the
// nest corner, the mouse's size and shade, and the camera (lighting level and gradient, noise,
// blur, occlusion by the front bedding). Derived deterministically from seed, video index and
// difficulty.
//
// Cage coordinates are centimetres with x to the right from the inner left wall and y up from the
// bedding surface; toImage() maps them to pixels.
struct SyntheticCageLayout
{
    // Cage coordinates -> image pixels.
    double pixelsPerCm = 10.0;
    QPointF origin; // pixel position of cage point (0, 0)

    // Cage (cm).
    double cageLength = 26.0;
    double lidY = 11.2; // underside of the wire lid
    double lidThickness = 0.9;
    double beddingDepth = 1.8;

    // Food hopper hanging from the lid: a trapezoid from lidY down to hopperBottomY.
    int hopperSide = -1; // -1: near the left wall, +1: near the right wall
    double hopperCenterX = 6.0;
    double hopperTopWidth = 5.2;
    double hopperBottomWidth = 3.0;
    double hopperBottomY = 8.0;
    // Water spout: a tube from the bottle above the lid down to its tip, beside the hopper.
    QPointF spoutTip;
    QPointF spoutTop;
    // Where the mouth goes to eat from the hopper (the middle of its bottom bars).
    QPointF eatTarget;
    // Where the mouse rests (pelvis x).
    double nestX = 5.0;

    // Mouse.
    double mouseScale = 1.0;
    QColor mouseColor;

    // Appearance and camera.
    double difficulty = 0.5;
    QColor wallColor;
    QColor beddingColor;
    double lightLevel = 1.0;
    double lightGradient = 0.0; // relative brightness change across the image
    double lightAngle = 0.0;    // direction of the gradient (radians)
    double vignette = 0.0;
    double noiseSigma = 2.0;         // grey levels
    double blur = 0.3;               // 0 = sharp, 1 = a full [1 2 1] blur
    double frontBeddingHeight = 0.3; // cm of bedding in front of the mouse's feet
    double reflectionAlpha = 20.0;   // 0..255
    quint64 textureSeed = 0;
    quint64 noiseSeed = 0;

    static SyntheticCageLayout create(const SyntheticCageOptions &options);

    QPointF toImage(QPointF cage) const
    {
        return {origin.x() + cage.x() * pixelsPerCm, origin.y() - cage.y() * pixelsPerCm};
    }
    QPointF toCage(QPointF image) const
    {
        return {(image.x() - origin.x()) / pixelsPerCm, (origin.y() - image.y()) / pixelsPerCm};
    }
    // A cage-coordinate rectangle (any orientation) as an image rectangle.
    QRectF toImage(const QRectF &cage) const;

    // Image-space landmarks (pixels), for tests and overlays.
    double floorYPx() const { return toImage(QPointF(0, 0)).y(); }
    double lidYPx() const { return toImage(QPointF(0, lidY)).y(); }
    QRectF cageRectPx() const;   // inner cage from bedding bottom to lid top
    QRectF hopperRectPx() const; // bounding box of the hopper
    QPointF spoutTipPx() const { return toImage(spoutTip); }
    QPointF eatTargetPx() const { return toImage(eatTarget); }
    // Gap between the spout tip and the nearest point of the hopper, in pixels.
    double spoutHopperGapPx() const;
    // Horizontal half-width of the hopper at height y (cm).
    double hopperHalfWidthAt(double y) const;
};

} // namespace ethoscribe
