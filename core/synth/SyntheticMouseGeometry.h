// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/SyntheticMousePose.h"

#include <QPointF>
#include <QRectF>

namespace ethoscribe {

// The body plan of the synthetic mouse: sizes of body, head and limbs for one mouse scale, and
// where the parts of a posed mouse are in cage coordinates (cm). Shared by the behavior script
// (which must know, e.g., where the mouth ends up to reach the water spout) and the renderer.
//
// Body coordinates: origin at the body centre, +x towards the head, +y dorsal. Head coordinates:
// origin at the neck, +x along the head towards the nose, in units of the mouse scale.
class SyntheticMouseGeometry
{
public:
    explicit SyntheticMouseGeometry(double scale = 1.0);

    double scale() const { return m_scale; }
    // Body ellipse semi-axes for a pose (length along the axis, height across it).
    double semiLength(const SyntheticMousePose &pose) const;
    double semiHeight(const SyntheticMousePose &pose) const;

    // Linear part of the body -> cage mapping (row-major 2x2) and the body centre. With outline
    // set, the mapping keeps a minimum width during turns (for drawing body and head outlines).
    void bodyFrame(const SyntheticMousePose &pose,
                   double m[4],
                   QPointF *center,
                   bool outline = false) const;
    QPointF bodyToCage(const SyntheticMousePose &pose, QPointF body) const;
    QPointF headToBody(const SyntheticMousePose &pose, QPointF head) const;
    QPointF headToCage(const SyntheticMousePose &pose, QPointF head) const
    {
        return bodyToCage(pose, headToBody(pose, head));
    }

    QPointF center(const SyntheticMousePose &pose) const;
    QPointF nose(const SyntheticMousePose &pose) const;
    QPointF mouth(const SyntheticMousePose &pose) const;
    QPointF headCenter(const SyntheticMousePose &pose) const;
    QPointF shoulder(const SyntheticMousePose &pose) const;
    QPointF hip(const SyntheticMousePose &pose) const;
    QPointF tailBase(const SyntheticMousePose &pose) const;
    // The pelvis in body coordinates (the anchor of the pose).
    QPointF pelvisInBody(const SyntheticMousePose &pose) const;

    // Moves the pose vertically so that the lowest point of the body ellipse is at height y.
    void placeBodyBottomAt(SyntheticMousePose &pose, double y) const;
    // Moves the pose so that a point given in body coordinates lands on `target`.
    void placeBodyPointAt(SyntheticMousePose &pose, QPointF body, QPointF target) const;
    // Cage-coordinate bounds of body and head (not limbs or tail).
    QRectF bodyBounds(const SyntheticMousePose &pose) const;

    // Standing on four legs at pelvis x, facing `facing`, feet on the floor.
    SyntheticMousePose standingPose(double pelvisX, int facing) const;
    // Sitting up on the hind legs at body elevation `angle` (rear, reaching for the hopper or
    // the spout), pelvis at x = 0, hind feet under the pelvis, forepaws in front of the chest.
    SyntheticMousePose uprightPose(double angle,
                                   int facing,
                                   double headPitch,
                                   double stretch) const;
    // An upright pose whose mouth is at `target`: solves the body elevation (and, if needed,
    // stretches the body). Returns false when the target is out of reach (the pose is then the
    // closest one).
    bool reachPose(QPointF target, int facing, double headPitch, SyntheticMousePose *pose) const;
    // Puts the feet of a horizontal pose on the floor under shoulder and hip.
    void feetOnFloor(SyntheticMousePose &pose, double spread = 0.25) const;

    // Head sizes (semi-axes) and positions of the head parts, in head coordinates.
    static constexpr double kHeadCenterX = 1.15;
    static constexpr double kHeadSemiLength = 1.3;
    static constexpr double kHeadSemiHeight = 0.8;
    static QPointF noseInHead() { return {2.42, -0.12}; }
    static QPointF mouthInHead() { return {2.1, -0.45}; }
    static QPointF eyeInHead() { return {1.5, 0.22}; }
    static QPointF earInHead() { return {0.55, 0.72}; }

private:
    double m_scale;
};

} // namespace ethoscribe
