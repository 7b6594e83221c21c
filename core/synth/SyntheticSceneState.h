// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/SyntheticMousePose.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTransform>

namespace ethoscribe {

// The ground truth of one synthetic frame beyond its label: where the mouse is drawn and how it
// is posed. Image coordinates are pixels of the rendered frame (y down).
struct SyntheticSceneState
{
    qint64 frame = 0;
    int behavior = 0; // SyntheticBehaviorChain::Behavior
    QString behaviorName;
    QRectF mouseBox;    // body, head, ears and legs (not the tail)
    QPointF bodyCenter; // centre of the body ellipse
    QPointF head;       // centre of the head
    QPointF nose;
    QPointF mouth;
    double bodyAngleDegrees = 0.0; // elevation of the body axis towards the head
    int facing = 1;                // +1 right, -1 left
    SyntheticMousePose pose;       // cage coordinates (cm)
    // The body ellipse as drawn (the dark part of the mouse without head, legs and tail): body
    // coordinates (cm, centre of the ellipse at 0, +x towards the head) -> image pixels, and its
    // semi-axes in body coordinates. The fur shading is fixed to the body, so the true motion
    // between two frames of the body surface seen at pixel x of frame a is
    // b.bodyToImage.map(a.bodyToImage.inverted().map(x)) - x (ground truth for optical flow where
    // the body is not hidden by the head, a leg or the scenery in front).
    QTransform bodyToImage;
    QSizeF bodySemiAxes;
};

} // namespace ethoscribe
