// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/SyntheticMousePose.h"

#include <QPointF>
#include <QRectF>
#include <QString>

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
};

} // namespace ethoscribe
