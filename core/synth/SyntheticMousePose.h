// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

namespace ethoscribe {

// The posture of the synthetic mouse in one frame, in cage coordinates (cm, x to the right,
// y up, the bedding surface at y = 0). Every member can be interpolated linearly, which is how
// one behavior flows into the next without jumps.
//
// The body is an ellipse anchored at the pelvis; bodyAngle is the elevation of its axis towards
// the head (0 = horizontal, pi/2 = upright, near pi = upside down under the lid). yawCos is the
// cosine of the heading: +1 faces right, -1 faces left, values in between are a turn seen with
// foreshortening.
struct SyntheticMousePose
{
    QPointF pelvis;
    double bodyAngle = 0.0;
    double yawCos = 1.0;
    double stretch = 1.0;   // body length factor
    double roundness = 1.0; // body height factor (curled up > 1)
    double breath = 1.0;    // overall body scale (breathing)
    double headPitch = 0.0; // radians relative to the body axis, positive = nose up
    QPointF headShift;      // cm, in body coordinates (sniffing, chewing, licking)
    double mouthOpen = 0.0; // 0..1
    double tongue = 0.0;    // 0..1, licking
    double pellet = 0.0;    // 0..1, a food pellet held in the forepaws
    double tailWave = 0.0;  // cm, sideways wave of the tail tip
    // Feet in cage coordinates; [0] = near side (towards the camera), [1] = far side.
    QPointF foreFeet[2];
    QPointF hindFeet[2];

    int facing() const { return yawCos < 0.0 ? -1 : 1; }

    static SyntheticMousePose blend(const SyntheticMousePose &a,
                                    const SyntheticMousePose &b,
                                    double t)
    {
        auto mix = [t](double x, double y) {
            return x + (y - x) * t;
        };
        auto mixP = [t](QPointF x, QPointF y) {
            return x + (y - x) * t;
        };
        SyntheticMousePose r;
        r.pelvis = mixP(a.pelvis, b.pelvis);
        r.bodyAngle = mix(a.bodyAngle, b.bodyAngle);
        r.yawCos = mix(a.yawCos, b.yawCos);
        r.stretch = mix(a.stretch, b.stretch);
        r.roundness = mix(a.roundness, b.roundness);
        r.breath = mix(a.breath, b.breath);
        r.headPitch = mix(a.headPitch, b.headPitch);
        r.headShift = mixP(a.headShift, b.headShift);
        r.mouthOpen = mix(a.mouthOpen, b.mouthOpen);
        r.tongue = mix(a.tongue, b.tongue);
        r.pellet = mix(a.pellet, b.pellet);
        r.tailWave = mix(a.tailWave, b.tailWave);
        for (int i = 0; i < 2; ++i) {
            r.foreFeet[i] = mixP(a.foreFeet[i], b.foreFeet[i]);
            r.hindFeet[i] = mixP(a.hindFeet[i], b.hindFeet[i]);
        }
        return r;
    }
};

} // namespace ethoscribe
