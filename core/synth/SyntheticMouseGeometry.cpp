// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/SyntheticMouseGeometry.h"

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {
// Unscaled body semi-axes (cm) of an adult C57BL/6 mouse seen from the side.
constexpr double kBodySemiLength = 3.5;
constexpr double kBodySemiHeight = 1.55;
// Turning towards the camera foreshortens the body, but never below this fraction of its length.
constexpr double kMinForeshortening = 0.42;
} // namespace

SyntheticMouseGeometry::SyntheticMouseGeometry(double scale)
    : m_scale(scale)
{}

double SyntheticMouseGeometry::semiLength(const SyntheticMousePose &pose) const
{
    return kBodySemiLength * m_scale * pose.stretch * pose.breath;
}

double SyntheticMouseGeometry::semiHeight(const SyntheticMousePose &pose) const
{
    return kBodySemiHeight * m_scale * pose.roundness * pose.breath;
}

QPointF SyntheticMouseGeometry::pelvisInBody(const SyntheticMousePose &pose) const
{
    return {-0.55 * semiLength(pose), 0.0};
}

void SyntheticMouseGeometry::bodyFrame(const SyntheticMousePose &pose,
                                       double m[4],
                                       QPointF *center,
                                       bool outline) const
{
    const double c = std::cos(pose.bodyAngle);
    const double s = std::sin(pose.bodyAngle);
    // K * R: R rotates by the elevation, K = diag(yawCos, 1) mirrors x when facing left and
    // foreshortens it during a turn. Points use the true yawCos, so that they move continuously
    // through a turn; outlines keep a minimum width (a mouse facing the camera is not a line).
    const double kTrue = pose.yawCos;
    if (center) {
        const QPointF p = pelvisInBody(pose);
        *center = pose.pelvis - QPointF(kTrue * (c * p.x() - s * p.y()), s * p.x() + c * p.y());
    }
    double k = kTrue;
    if (outline) {
        const double f = pose.yawCos < 0.0 ? -1.0 : 1.0;
        k = f * std::max(std::abs(pose.yawCos), kMinForeshortening);
    }
    m[0] = k * c;
    m[1] = -k * s;
    m[2] = s;
    m[3] = c;
}

QPointF SyntheticMouseGeometry::bodyToCage(const SyntheticMousePose &pose, QPointF b) const
{
    double m[4];
    QPointF c;
    bodyFrame(pose, m, &c);
    return c + QPointF(m[0] * b.x() + m[1] * b.y(), m[2] * b.x() + m[3] * b.y());
}

QPointF SyntheticMouseGeometry::headToBody(const SyntheticMousePose &pose, QPointF h) const
{
    const double a = semiLength(pose);
    const double bh = semiHeight(pose);
    const QPointF neck(0.78 * a, 0.15 * bh);
    const double c = std::cos(pose.headPitch);
    const double s = std::sin(pose.headPitch);
    const double hx = h.x() * m_scale;
    const double hy = h.y() * m_scale;
    return neck + pose.headShift + QPointF(c * hx - s * hy, s * hx + c * hy);
}

QPointF SyntheticMouseGeometry::center(const SyntheticMousePose &pose) const
{
    return bodyToCage(pose, QPointF(0, 0));
}

QPointF SyntheticMouseGeometry::nose(const SyntheticMousePose &pose) const
{
    return headToCage(pose, noseInHead());
}

QPointF SyntheticMouseGeometry::mouth(const SyntheticMousePose &pose) const
{
    return headToCage(pose, mouthInHead());
}

QPointF SyntheticMouseGeometry::headCenter(const SyntheticMousePose &pose) const
{
    return headToCage(pose, QPointF(kHeadCenterX, 0.0));
}

QPointF SyntheticMouseGeometry::shoulder(const SyntheticMousePose &pose) const
{
    return bodyToCage(pose, QPointF(0.5 * semiLength(pose), -0.55 * semiHeight(pose)));
}

QPointF SyntheticMouseGeometry::hip(const SyntheticMousePose &pose) const
{
    return bodyToCage(pose, QPointF(-0.5 * semiLength(pose), -0.5 * semiHeight(pose)));
}

QPointF SyntheticMouseGeometry::tailBase(const SyntheticMousePose &pose) const
{
    return bodyToCage(pose, QPointF(-0.96 * semiLength(pose), -0.12 * semiHeight(pose)));
}

void SyntheticMouseGeometry::placeBodyBottomAt(SyntheticMousePose &pose, double y) const
{
    double m[4];
    QPointF c;
    bodyFrame(pose, m, &c, true);
    const double a = semiLength(pose);
    const double b = semiHeight(pose);
    // Lowest point of the mapped ellipse: centre.y - sqrt((m2 a)^2 + (m3 b)^2).
    const double reach = std::sqrt(m[2] * a * m[2] * a + m[3] * b * m[3] * b);
    pose.pelvis.ry() += y - (c.y() - reach);
}

void SyntheticMouseGeometry::placeBodyPointAt(SyntheticMousePose &pose,
                                              QPointF body,
                                              QPointF target) const
{
    pose.pelvis += target - bodyToCage(pose, body);
}

QRectF SyntheticMouseGeometry::bodyBounds(const SyntheticMousePose &pose) const
{
    double m[4];
    QPointF c;
    bodyFrame(pose, m, &c, true);
    const double a = semiLength(pose);
    const double b = semiHeight(pose);
    const double ex = std::sqrt(m[0] * a * m[0] * a + m[1] * b * m[1] * b);
    const double ey = std::sqrt(m[2] * a * m[2] * a + m[3] * b * m[3] * b);
    double x0 = c.x() - ex, x1 = c.x() + ex, y0 = c.y() - ey, y1 = c.y() + ey;
    // The head: sample its outline (QRectF::united() would ignore empty rectangles).
    for (int i = 0; i < 16; ++i) {
        const double t = i * (2.0 * M_PI / 16.0);
        const QPointF p = headToCage(pose,
                                     QPointF(kHeadCenterX + kHeadSemiLength * std::cos(t),
                                             kHeadSemiHeight * std::sin(t)));
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

SyntheticMousePose SyntheticMouseGeometry::standingPose(double pelvisX, int facing) const
{
    SyntheticMousePose p;
    p.yawCos = facing < 0 ? -1.0 : 1.0;
    p.bodyAngle = 0.04;
    p.stretch = 1.0;
    p.headPitch = -0.08;
    p.pelvis = QPointF(pelvisX, 0.0);
    placeBodyBottomAt(p, 0.42 * m_scale);
    feetOnFloor(p);
    return p;
}

SyntheticMousePose SyntheticMouseGeometry::uprightPose(double angle,
                                                       int facing,
                                                       double headPitch,
                                                       double stretch) const
{
    SyntheticMousePose p;
    p.yawCos = facing < 0 ? -1.0 : 1.0;
    p.bodyAngle = angle;
    p.stretch = stretch;
    p.roundness = 0.95;
    p.headPitch = headPitch;
    p.pelvis = QPointF(0.0, 0.0);
    placeBodyBottomAt(p, 0.22 * m_scale);
    const double f = p.facing();
    const QPointF h = hip(p);
    p.hindFeet[0] = QPointF(h.x() + f * 0.35 * m_scale, 0.0);
    p.hindFeet[1] = QPointF(h.x() + f * 0.15 * m_scale, 0.0);
    const QPointF paw = bodyToCage(p, QPointF(0.62 * semiLength(p), -1.25 * semiHeight(p)));
    p.foreFeet[0] = paw;
    p.foreFeet[1] = paw + QPointF(-f * 0.2 * m_scale, 0.15 * m_scale);
    return p;
}

bool SyntheticMouseGeometry::reachPose(QPointF target,
                                       int facing,
                                       double headPitch,
                                       SyntheticMousePose *pose) const
{
    const double lo = 0.25;
    const double hi = 1.55;
    SyntheticMousePose p;
    bool reached = false;
    for (double stretch : {1.0, 1.08, 1.16, 1.24}) {
        if (mouth(uprightPose(hi, facing, headPitch, stretch)).y() < target.y())
            continue;
        double a = lo;
        double b = hi;
        for (int i = 0; i < 40; ++i) {
            const double m = 0.5 * (a + b);
            if (mouth(uprightPose(m, facing, headPitch, stretch)).y() < target.y())
                a = m;
            else
                b = m;
        }
        p = uprightPose(0.5 * (a + b), facing, headPitch, stretch);
        reached = true;
        break;
    }
    if (!reached)
        p = uprightPose(hi, facing, headPitch, 1.24);
    if (mouth(p).y() < target.y() - 0.05) {
        reached = false;
    }
    const double dx = target.x() - mouth(p).x();
    p.pelvis.rx() += dx;
    for (QPointF &q : p.foreFeet)
        q.rx() += dx;
    for (QPointF &q : p.hindFeet)
        q.rx() += dx;
    *pose = p;
    return reached;
}

void SyntheticMouseGeometry::feetOnFloor(SyntheticMousePose &pose, double spread) const
{
    const QPointF s = shoulder(pose);
    const QPointF h = hip(pose);
    const double f = pose.facing();
    pose.foreFeet[0] = QPointF(s.x() + f * spread * m_scale, 0.0);
    pose.foreFeet[1] = QPointF(s.x() - f * spread * m_scale, 0.0);
    pose.hindFeet[0] = QPointF(h.x() - f * spread * m_scale, 0.0);
    pose.hindFeet[1] = QPointF(h.x() + f * spread * m_scale, 0.0);
}

} // namespace ethoscribe
