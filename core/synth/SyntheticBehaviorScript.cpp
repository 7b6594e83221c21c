// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/SyntheticBehaviorScript.h"

#include "synth/SynthRandom.h"
#include "synth/SyntheticBehaviorChain.h"

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {

using Chain = SyntheticBehaviorChain;

constexpr double kTwoPi = 2.0 * M_PI;
constexpr double kTurnSeconds = 0.8;
// Hang: rise to the lid, swing into the hanging pose, drop back to the floor.
constexpr double kHangReach = 0.5;
constexpr double kHangClimbed = 1.4;
constexpr double kHangDrop = 0.75;

double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

double smooth(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

int signOf(double v)
{
    return v < 0.0 ? -1 : 1;
}

// A stretch of a walk: a move from x0 to x1 (f0 == f1) or a turn from f0 to f1 (x0 -> x1 only
// to stay clear of the walls).
struct WalkSegment
{
    double t0 = 0.0;
    double t1 = 0.0;
    double x0 = 0.0;
    double x1 = 0.0;
    int f0 = 1;
    int f1 = 1;
    double dist0 = 0.0; // distance walked before this segment (drives the gait)
};

// Everything needed to pose the mouse during one bout.
struct Plan
{
    int behavior = Chain::Walk;
    qint64 start = 0;
    qint64 end = 0;
    bool transit = false;
    SyntheticMousePose startPose;
    double x = 0.0; // pelvis x where the behavior happens
    int facing = 1;
    int variant = 0;
    QPointF target;
    SyntheticMousePose reach; // eat at the hopper, drink
    std::vector<WalkSegment> walk;
    double ph[6] = {0, 0, 0, 0, 0, 0};
    double a1 = 0.0;
    double a2 = 0.0;
    double a3 = 0.0;
    std::vector<double> switches; // groom: times where face washing and body licking alternate
};

SyntheticMousePose shifted(SyntheticMousePose p, double dx)
{
    p.pelvis.rx() += dx;
    for (int i = 0; i < 2; ++i) {
        p.foreFeet[i].rx() += dx;
        p.hindFeet[i].rx() += dx;
    }
    return p;
}

} // namespace

struct SyntheticBehaviorScript::Private
{
    SyntheticCageOptions options;
    SyntheticCageLayout layout;
    SyntheticMouseGeometry geometry;
    double d = 0.5;
    double fps = 30.0;
    qint64 frames = 0;
    std::vector<Plan> plans;
    std::vector<quint8> labels;

    Private(const SyntheticCageOptions &o, const SyntheticCageLayout &l)
        : options(o)
        , layout(l)
        , geometry(l.mouseScale)
        , d(std::clamp(o.difficulty, 0.0, 1.0))
        , fps(o.fps)
        , frames(o.frameCount())
    {}

    double s() const { return layout.mouseScale; }

    // ---- places -------------------------------------------------------------------------
    QRectF hopperZone() const
    {
        const double left = std::min({layout.hopperCenterX - 0.5 * layout.hopperTopWidth,
                                      layout.spoutTip.x(),
                                      layout.spoutTop.x()});
        const double right = std::max({layout.hopperCenterX + 0.5 * layout.hopperTopWidth,
                                       layout.spoutTip.x(),
                                       layout.spoutTop.x()});
        const double bottom = std::min(layout.hopperBottomY, layout.spoutTip.y());
        return QRectF(QPointF(left - 0.7, bottom - 0.7), QPointF(right + 0.7, layout.lidY + 1.0));
    }

    bool inside(const QRectF &bounds) const
    {
        return bounds.left() >= 0.15 && bounds.right() <= layout.cageLength - 0.15
               && bounds.bottom() <= layout.lidY - 0.05;
    }

    void standRange(int f, double *lo, double *hi) const
    {
        const QRectF b = geometry.bodyBounds(geometry.standingPose(0.0, f));
        *lo = 0.2 - b.left();
        *hi = layout.cageLength - 0.2 - b.right();
    }

    double clampStand(double x, int f) const
    {
        double lo, hi;
        standRange(f, &lo, &hi);
        return std::clamp(x, lo, hi);
    }

    double clampBoth(double x) const
    {
        double lo1, hi1, lo2, hi2;
        standRange(1, &lo1, &hi1);
        standRange(-1, &lo2, &hi2);
        return std::clamp(x, std::max(lo1, lo2), std::min(hi1, hi2));
    }

    bool standable(double x, int f) const { return std::abs(clampStand(x, f) - x) < 1e-9; }
    // The mouse can stand there facing either way (so it can turn around there).
    bool turnable(double x) const { return std::abs(clampBoth(x) - x) < 1e-9; }

    // ---- poses of the behaviors ---------------------------------------------------------
    SyntheticMousePose restPose(double x, int f, double t, const Plan &p) const
    {
        SyntheticMousePose r = geometry.standingPose(x, f);
        r.bodyAngle = 0.1;
        r.stretch = 0.8;
        r.roundness = 1.32;
        r.headPitch = -0.95;
        r.headShift = QPointF(-0.45 * s(), -0.15 * s());
        r.breath = 1.0 + 0.012 * std::sin(kTwoPi * p.a2 * t + p.ph[5]);
        geometry.placeBodyBottomAt(r, 0.02);
        geometry.feetOnFloor(r, 0.1 * s());
        r.tailWave = -0.6;
        return r;
    }

    SyntheticMousePose sittingPose(double x, int f, double headPitch) const
    {
        SyntheticMousePose r = shifted(geometry.uprightPose(0.95, f, headPitch, 0.9), x);
        r.roundness = 1.12;
        geometry.placeBodyBottomAt(r, 0.15 * s());
        return r;
    }

    SyntheticMousePose walkPose(const Plan &p, double t) const
    {
        const auto &segs = p.walk;
        double x = p.x;
        double yaw = p.facing;
        double dist = 0.0;
        if (!segs.empty()) {
            size_t i = 0;
            while (i + 1 < segs.size() && t >= segs[i].t1)
                ++i;
            const WalkSegment &w = segs[i];
            const double u = std::clamp((t - w.t0) / std::max(1e-6, w.t1 - w.t0), 0.0, 1.0);
            if (w.f0 == w.f1) {
                const double e = 0.6 * u + 0.4 * smooth(u);
                x = lerp(w.x0, w.x1, e);
                yaw = w.f0;
                dist = w.dist0 + std::abs(x - w.x0);
            } else {
                x = lerp(w.x0, w.x1, smooth(u));
                yaw = w.f0 * std::cos(M_PI * smooth(u));
                dist = w.dist0 + 0.9 * s() * u;
            }
        }
        SyntheticMousePose r = geometry.standingPose(x, signOf(yaw));
        r.yawCos = yaw;
        r.stretch = 1.06;
        const double stride = 2.6 * s();
        const double g = dist / stride;
        r.bodyAngle = 0.03 + 0.025 * std::sin(kTwoPi * g);
        r.headPitch = -0.12 + 0.07 * std::sin(kTwoPi * g + 1.0);
        geometry.placeBodyBottomAt(
                r, 0.42 * s() + 0.1 * s() * (0.5 - 0.5 * std::cos(2.0 * kTwoPi * g)));
        r.tailWave = 0.35 * std::sin(M_PI * g);
        const QPointF sh = geometry.shoulder(r);
        const QPointF hp = geometry.hip(r);
        const double step = 0.55 * s();
        const double lift = 0.35 * s();
        auto foot = [&](QPointF joint, double phase) {
            const double a = kTwoPi * g + phase;
            return QPointF(joint.x() + yaw * step * std::sin(a), lift * std::max(0.0, std::cos(a)));
        };
        // Trot: diagonal pairs move together (near fore with far hind).
        r.foreFeet[0] = foot(sh, 0.0);
        r.hindFeet[1] = foot(hp, 0.0) + QPointF(0.15 * yaw * s(), 0);
        r.foreFeet[1] = foot(sh, M_PI) + QPointF(-0.1 * yaw * s(), 0);
        r.hindFeet[0] = foot(hp, M_PI);
        return r;
    }

    SyntheticMousePose groomPose(const Plan &p, double t) const
    {
        auto phasePose = [&](int phase) {
            if (phase % 2 == 0) {
                // Face washing: forepaws stroke from the nose up over the eyes and ears.
                const double amp = lerp(1.0, 0.45, d) * p.a3;
                const double w = 0.5 - 0.5 * std::cos(kTwoPi * p.a1 * t + p.ph[0]);
                SyntheticMousePose r = sittingPose(
                        p.x, p.facing, -0.45 + 0.12 * amp * std::sin(kTwoPi * p.a1 * t + p.ph[0]));
                const QPointF nose = geometry.headToCage(
                        r, SyntheticMouseGeometry::noseInHead() + QPointF(-0.25, -0.25));
                const QPointF ear = geometry.headToCage(
                        r, SyntheticMouseGeometry::earInHead() + QPointF(0.35, 0.1));
                const QPointF dir = ear - nose;
                const double len = std::max(1e-6, std::hypot(dir.x(), dir.y()));
                const QPointF unit = dir / len;
                const QPointF paw = nose + unit * (std::min(len, amp * 1.6 * s()) * w);
                r.foreFeet[0] = paw;
                r.foreFeet[1] = paw
                                + QPointF(-0.18 * p.facing * s(),
                                          0.08 * s() * std::sin(kTwoPi * p.a1 * t));
                r.mouthOpen = 0.2;
                return r;
            }
            // Body licking: head bent down to the flank, paws on the floor.
            SyntheticMousePose r = sittingPose(p.x, p.facing, -1.25);
            r.headShift = QPointF(-0.5 * s(), -0.35 * s())
                          + QPointF(0.12 * s() * std::sin(kTwoPi * 3.0 * t + p.ph[1]), 0.0);
            const QPointF sh = geometry.shoulder(r);
            r.foreFeet[0] = QPointF(sh.x() + 0.5 * p.facing * s(), 0.0);
            r.foreFeet[1] = QPointF(sh.x() + 0.2 * p.facing * s(), 0.0);
            return r;
        };
        int phase = 0;
        double since = t;
        for (double sw : p.switches) {
            if (t < sw)
                break;
            ++phase;
            since = t - sw;
        }
        const SyntheticMousePose now = phasePose(phase);
        if (phase == 0 || since >= 0.3)
            return now;
        return SyntheticMousePose::blend(phasePose(phase - 1), now, smooth(since / 0.3));
    }

    SyntheticMousePose eatPose(const Plan &p, double t) const
    {
        if (p.variant == 0) {
            // At the hopper: gnawing pellets through the bars.
            SyntheticMousePose r = p.reach;
            const double env = 0.65 + 0.35 * std::sin(kTwoPi * 0.4 * t + p.ph[1]);
            const double c = 0.5 - 0.5 * std::cos(kTwoPi * p.a1 * t + p.ph[0]);
            const double amp = p.a2 * env * c;
            r.headShift = QPointF(-std::cos(r.headPitch) * amp, -std::sin(r.headPitch) * amp);
            r.mouthOpen = 0.6 * c * env;
            for (QPointF &q : r.foreFeet)
                q.ry() += 0.03 * s() * c;
            return r;
        }
        // Sitting under the hopper with a pellet held to the mouth.
        SyntheticMousePose r = sittingPose(p.x, p.facing, -0.25);
        const double c = 0.5 - 0.5 * std::cos(kTwoPi * p.a1 * t + p.ph[0]);
        const double amp = p.a2 * c;
        r.headShift = QPointF(-std::cos(r.headPitch) * amp, -std::sin(r.headPitch) * amp);
        r.mouthOpen = 0.6 * c;
        const QPointF pellet = geometry.headToCage(
                r, SyntheticMouseGeometry::mouthInHead() + QPointF(0.05, -0.35));
        r.foreFeet[0] = pellet + QPointF(-0.12 * p.facing * s(), -0.08 * s());
        r.foreFeet[1] = pellet + QPointF(0.06 * p.facing * s(), -0.14 * s());
        r.pellet = 1.0;
        return r;
    }

    SyntheticMousePose drinkPose(const Plan &p, double t) const
    {
        SyntheticMousePose r = p.reach;
        const double c = 0.5 + 0.5 * std::sin(kTwoPi * p.a1 * t + p.ph[0]);
        const double amp = p.a2 * c;
        r.headShift = QPointF(-std::cos(r.headPitch) * amp, -std::sin(r.headPitch) * amp);
        r.tongue = std::max(0.0, std::sin(kTwoPi * p.a1 * t + p.ph[0])) * lerp(1.0, 0.25, d);
        r.mouthOpen = 0.3 * r.tongue;
        return r;
    }

    SyntheticMousePose rearPose(const Plan &p, double t) const
    {
        const double sway = 0.05 * std::sin(kTwoPi * 0.45 * t + p.ph[3]);
        const double look = 0.16 * std::sin(kTwoPi * 0.7 * t + p.ph[0])
                            + 0.06 * std::sin(kTwoPi * 2.3 * t + p.ph[1]);
        SyntheticMousePose r
                = shifted(geometry.uprightPose(p.a1 + sway, p.facing, 0.15 + look, p.a2), p.x);
        r.headShift = QPointF(0.08 * s() * std::sin(kTwoPi * 3.1 * t + p.ph[2]), 0.0);
        for (QPointF &q : r.foreFeet)
            q.ry() += 0.08 * s() * std::sin(kTwoPi * 1.3 * t + p.ph[4]);
        return r;
    }

    SyntheticMousePose microPose(const Plan &p, double t) const
    {
        SyntheticMousePose stand = geometry.standingPose(p.x, p.facing);
        stand.stretch = 0.96;
        geometry.placeBodyBottomAt(stand, 0.4 * s());
        geometry.feetOnFloor(stand);
        SyntheticMousePose curled = restPose(p.x, p.facing, 0.0, p);
        curled.breath = 1.0;
        curled.headPitch = -0.35;
        curled.headShift = QPointF(-0.2 * s(), -0.05 * s());
        SyntheticMousePose r = SyntheticMousePose::blend(stand, curled, p.a1);
        // Sniffing and looking around: small head movements in bursts.
        const double env = 0.65 + 0.35 * std::sin(kTwoPi * 0.3 * t + p.ph[5]);
        const double ah = lerp(0.22, 0.06, d) * env;
        const double as = lerp(0.35, 0.09, d) * s() * env;
        r.headPitch += ah
                       * (0.6 * std::sin(kTwoPi * 0.9 * t + p.ph[0])
                          + 0.4 * std::sin(kTwoPi * 2.1 * t + p.ph[1]));
        r.headShift += QPointF(as * std::sin(kTwoPi * 1.4 * t + p.ph[2]),
                               0.5 * as * std::sin(kTwoPi * 1.1 * t + p.ph[3]));
        r.breath = 1.0 + 0.01 * std::sin(kTwoPi * 2.6 * t + p.ph[4]);
        return r;
    }

    SyntheticMousePose hangingPose(const Plan &p, double t) const
    {
        SyntheticMousePose r;
        r.yawCos = p.facing;
        r.bodyAngle = p.a1 + 0.05 * std::sin(kTwoPi * 0.4 * t + p.ph[0]);
        r.stretch = 1.12;
        r.roundness = 0.9;
        r.headPitch = -0.15 + 0.15 * std::sin(kTwoPi * 0.6 * t + p.ph[1]);
        const QPointF shoulderBody(0.5 * geometry.semiLength(r), -0.55 * geometry.semiHeight(r));
        const QPointF grip(p.target.x() + p.a2 * t, layout.lidY - 1.05 * s());
        geometry.placeBodyPointAt(r, shoulderBody, grip);
        r.foreFeet[0] = QPointF(grip.x() + 0.2 * s(), layout.lidY);
        r.foreFeet[1] = QPointF(grip.x() - 0.2 * s(), layout.lidY);
        const QPointF hp = geometry.hip(r);
        for (int i = 0; i < 2; ++i) {
            const double side = i == 0 ? 0.22 : -0.22;
            if (layout.lidY - hp.y() < 2.2 * s())
                r.hindFeet[i] = QPointF(hp.x() + side * s(), layout.lidY);
            else
                r.hindFeet[i]
                        = hp
                          + QPointF(side * s(), -1.0 * s() + 0.1 * std::sin(kTwoPi * 0.5 * t + i));
        }
        r.tailWave = 0.5 * std::sin(kTwoPi * 0.35 * t + p.ph[2]);
        return r;
    }

    // The rear under the lid that starts a hang, with the forepaws reaching up.
    SyntheticMousePose hangReachPose(const Plan &p) const
    {
        const SyntheticMousePose hang = hangingPose(p, kHangClimbed);
        // Stretch up towards the lid, but keep the head below it.
        SyntheticMousePose r = geometry.uprightPose(1.5, p.facing, 0.35, 1.2);
        for (double stretch = 1.2;
             stretch > 0.9 && geometry.bodyBounds(r).bottom() > layout.lidY - 0.15;
             stretch -= 0.03)
            r = geometry.uprightPose(1.5, p.facing, 0.35, stretch);
        r = shifted(r, geometry.shoulder(hang).x() - geometry.shoulder(r).x());
        const QPointF sh = geometry.shoulder(r);
        const double top = std::min(layout.lidY, sh.y() + 2.4 * s());
        r.foreFeet[0] = QPointF(sh.x() + 0.3 * p.facing * s(), top);
        r.foreFeet[1] = QPointF(sh.x() + 0.1 * p.facing * s(), top - 0.1 * s());
        return r;
    }

    SyntheticMousePose hangFloorPose(const Plan &p, double t) const
    {
        const SyntheticMousePose hang = hangingPose(p, t);
        const double cx = geometry.center(hang).x();
        const double x = clampStand(
                cx - p.facing * 0.55 * geometry.semiLength(geometry.standingPose(0, p.facing)),
                p.facing);
        return geometry.standingPose(x, p.facing);
    }

    // ---- one bout -----------------------------------------------------------------------
    SyntheticMousePose targetPose(const Plan &p, double t) const
    {
        switch (p.behavior) {
        case Chain::Walk:
            return walkPose(p, t);
        case Chain::Rest:
            return restPose(p.x, p.facing, t, p);
        case Chain::MicroMovement:
            return microPose(p, t);
        case Chain::Groom:
            return groomPose(p, t);
        case Chain::Eat:
            return eatPose(p, t);
        case Chain::Drink:
            return drinkPose(p, t);
        case Chain::Rear:
            return rearPose(p, t);
        case Chain::Hang:
        default:
            return hangingPose(p, t);
        }
    }

    static double blendInSeconds(int behavior)
    {
        switch (behavior) {
        case Chain::Walk:
            return 0.45;
        case Chain::Rest:
            return 0.6;
        case Chain::Groom:
        case Chain::Eat:
            return 0.45;
        case Chain::Drink:
        case Chain::MicroMovement:
            return 0.4;
        default:
            return 0.35;
        }
    }

    SyntheticMousePose pose(const Plan &p, double t) const
    {
        if (p.behavior == Chain::Hang) {
            const double T = (p.end - p.start) / fps;
            if (t < kHangReach)
                return SyntheticMousePose::blend(
                        p.startPose, hangReachPose(p), smooth(t / kHangReach));
            if (t < kHangClimbed)
                return SyntheticMousePose::blend(
                        hangReachPose(p),
                        hangingPose(p, t),
                        smooth((t - kHangReach) / (kHangClimbed - kHangReach)));
            if (t < T - kHangDrop)
                return hangingPose(p, t);
            SyntheticMousePose r
                    = SyntheticMousePose::blend(hangingPose(p, t),
                                                hangFloorPose(p, t),
                                                smooth((t - (T - kHangDrop)) / kHangDrop));
            // Letting go of the lid: the body swings down, never up through the lid.
            const double over = geometry.bodyBounds(r).bottom() - (layout.lidY - 0.1);
            if (over > 0.0) {
                r.pelvis.ry() -= over;
                for (int i = 0; i < 2; ++i) {
                    r.foreFeet[i].ry() -= over;
                    r.hindFeet[i].ry() = std::max(0.0, r.hindFeet[i].y() - over);
                }
            }
            return r;
        }
        return SyntheticMousePose::blend(
                p.startPose, targetPose(p, t), smooth(t / blendInSeconds(p.behavior)));
    }

    // ---- planning -----------------------------------------------------------------------
    void fillParameters(Plan &p, SynthRandom &rng) const
    {
        for (double &v : p.ph)
            v = rng.uniform(0.0, kTwoPi);
        switch (p.behavior) {
        case Chain::Rest:
            p.a2 = rng.uniform(1.8, 2.6); // breaths per second
            break;
        case Chain::MicroMovement:
            p.a1 = std::clamp(lerp(0.15, 0.75, d) + rng.uniform(-0.12, 0.12), 0.0, 1.0); // curl
            break;
        case Chain::Groom:
            p.a1 = lerp(4.5, 5.5, d) * rng.uniform(0.9, 1.1); // strokes per second
            p.a3 = rng.uniform(0.85, 1.15);
            break;
        case Chain::Eat:
            p.variant = rng.chance(lerp(0.15, 0.6, d)) ? 1 : 0;
            p.a1 = lerp(4.5, 6.0, d) * rng.uniform(0.92, 1.08); // chews per second
            p.a2 = (p.variant == 0 ? lerp(0.32, 0.16, d) : lerp(0.2, 0.1, d)) * s(); // cm
            p.target = layout.eatTarget + QPointF(rng.uniform(-0.5, 0.5), 0.0);
            break;
        case Chain::Drink:
            p.a1 = lerp(8.0, 6.5, d) * rng.uniform(0.92, 1.08); // licks per second
            p.a2 = lerp(0.10, 0.14, d) * s();
            p.a3 = rng.chance(d) ? 1.0 : 0.0; // forepaws on the hopper
            p.target = layout.spoutTip + QPointF(0.0, -0.05);
            break;
        case Chain::Rear:
            p.a1 = rng.uniform(1.2, 1.48);  // body elevation
            p.a2 = rng.uniform(1.04, 1.15); // stretch
            break;
        case Chain::Hang:
            p.a1 = rng.uniform(2.1, 3.0);                          // body angle
            p.a2 = rng.chance(0.4) ? rng.uniform(-0.5, 0.5) : 0.0; // drift along the lid, cm/s
            break;
        default:
            break;
        }
    }

    // Poses that depend on where the mouse does the behavior (eat/drink at the spout/hopper).
    bool reachFor(Plan &p, int f) const
    {
        if (p.behavior == Chain::Drink) {
            const double pitch = lerp(0.6, 0.38, d);
            if (!geometry.reachPose(p.target + QPointF(-f * 0.05, 0.0), f, pitch, &p.reach))
                return false;
            if (p.a3 > 0.5) {
                // Forepaws on the hopper's side bars if within reach.
                const int inward = -layout.hopperSide;
                const double y
                        = std::max(layout.hopperBottomY + 0.2, geometry.mouth(p.reach).y() - 0.2);
                const QPointF bar(layout.hopperCenterX + inward * layout.hopperHalfWidthAt(y), y);
                const QPointF sh = geometry.shoulder(p.reach);
                if (std::hypot(bar.x() - sh.x(), bar.y() - sh.y()) < 3.4 * s()) {
                    p.reach.foreFeet[0] = bar;
                    p.reach.foreFeet[1] = bar + QPointF(0.0, 0.35 * s());
                }
            }
        } else {
            if (!geometry.reachPose(p.target, f, 0.3, &p.reach))
                return false;
            const QPointF m = geometry.mouth(p.reach);
            p.reach.foreFeet[0]
                    = QPointF(m.x() - f * 0.35 * s(), layout.hopperBottomY + 0.35 * s());
            p.reach.foreFeet[1] = QPointF(m.x() - f * 0.1 * s(), layout.hopperBottomY + 0.6 * s());
        }
        const double x = p.reach.pelvis.x();
        return turnable(x) && standable(x, f) && inside(geometry.bodyBounds(p.reach));
    }

    bool rearFits(const Plan &p, double x, int f) const
    {
        if (!standable(x, f) || !turnable(x))
            return false;
        Plan q = p;
        q.x = x;
        q.facing = f;
        const QRectF b = geometry.bodyBounds(rearPose(q, 0.0)).adjusted(-0.3, -0.3, 0.3, 0.6);
        return inside(b) && !b.intersects(hopperZone());
    }

    bool hangFits(Plan &p, double gripX, int f) const
    {
        p.facing = f;
        p.target = QPointF(gripX, layout.lidY);
        const double T = (p.end - p.start) / fps;
        for (double t : {kHangClimbed, std::max(kHangClimbed, T)}) {
            const QRectF b = geometry.bodyBounds(hangingPose(p, t));
            if (!inside(b.adjusted(0, 0, 0, -0.1)) || b.intersects(hopperZone()))
                return false;
        }
        const SyntheticMousePose reach = hangReachPose(p);
        const QRectF rb = geometry.bodyBounds(reach);
        if (!inside(rb) || rb.intersects(hopperZone()))
            return false;
        return standable(reach.pelvis.x(), f) && turnable(reach.pelvis.x());
    }

    // Where the behavior of plan p must happen, given the mouse at (x, f). Returns false when it
    // can happen right there. Fills the place-dependent parameters of p.
    bool placeFor(Plan &p, double x, int f, bool fresh, SynthRandom &rng, double *px, int *pf) const
    {
        switch (p.behavior) {
        case Chain::Eat:
        case Chain::Drink: {
            if (p.behavior == Chain::Eat && p.variant == 1) {
                // Sit under the hopper with the head below its middle.
                for (int k = 0; k < 2; ++k) {
                    const int ff = k == 0 ? f : -f;
                    const SyntheticMousePose sit = sittingPose(0.0, ff, -0.25);
                    const double mx = geometry.mouth(sit).x();
                    const double cand
                            = clampBoth(layout.hopperCenterX + rng.uniform(-0.8, 0.8) - mx);
                    if (std::abs(cand + mx - layout.hopperCenterX) < 2.0) {
                        *px = cand;
                        *pf = ff;
                        return true;
                    }
                }
                p.variant = 0;
            }
            // Prefer the facing in which the mouse arrives walking forwards.
            int order[2] = {f, -f};
            double xs[2] = {0, 0};
            bool ok[2] = {false, false};
            for (int k = 0; k < 2; ++k) {
                ok[k] = reachFor(p, order[k]);
                xs[k] = p.reach.pelvis.x();
            }
            int pick = -1;
            for (int k = 0; k < 2 && pick < 0; ++k)
                if (ok[k] && (std::abs(xs[k] - x) < 1.0 || signOf(xs[k] - x) == order[k]))
                    pick = k;
            for (int k = 0; k < 2 && pick < 0; ++k)
                if (ok[k])
                    pick = k;
            if (pick < 0)
                pick = 0;
            reachFor(p, order[pick]);
            *px = xs[pick];
            *pf = order[pick];
            return true;
        }
        case Chain::Rest: {
            const int ff = rng.chance(0.5) ? 1 : -1;
            *px = clampBoth(layout.nestX + rng.uniform(-1.0, 1.0) - ff * 1.0 * s());
            *pf = ff;
            if (!fresh && std::abs(x - layout.nestX) < 3.0 * s()) {
                *px = x;
                *pf = f;
                return false;
            }
            return true;
        }
        case Chain::Rear: {
            if (!fresh && rearFits(p, x, f))
                return false;
            for (int attempt = 0; attempt < 60; ++attempt) {
                const int ff = attempt < 30 ? f : (rng.chance(0.5) ? 1 : -1);
                const double cand = clampStand(rng.uniform(0.0, layout.cageLength), ff);
                if (std::abs(cand - x) > 3.0 && rearFits(p, cand, ff)) {
                    *px = cand;
                    *pf = ff;
                    return true;
                }
            }
            for (int attempt = 0; attempt < 60; ++attempt) {
                const int ff = rng.chance(0.5) ? 1 : -1;
                const double cand = clampStand(rng.uniform(0.0, layout.cageLength), ff);
                if (rearFits(p, cand, ff)) {
                    *px = cand;
                    *pf = ff;
                    return true;
                }
            }
            *px = x;
            *pf = f;
            return false;
        }
        case Chain::Hang: {
            for (int attempt = 0; attempt < 80; ++attempt) {
                const int ff = attempt < 40 ? f : -f;
                const double grip = rng.uniform(0.5, layout.cageLength - 0.5);
                if (hangFits(p, grip, ff)) {
                    *px = hangReachPose(p).pelvis.x();
                    *pf = ff;
                    return true;
                }
            }
            return false;
        }
        default:
            return false;
        }
    }

    // Plans the route of a walk from (x0, f0) to x1 (arriving with facing f1, 0 = any) in about
    // `duration` seconds (<= 0: a transit at a brisk pace). Returns the duration it takes.
    double planWalk(
            Plan &w, double x0, int f0, double x1, int f1, double duration, SynthRandom &rng) const
    {
        const double vMax = 12.0 * s();
        const double vMin = 3.5 * s();
        std::vector<double> detours;
        double v = 0.0;
        double moveLength = 0.0;
        int turns = 0;
        std::vector<WalkSegment> segs;
        for (int round = 0; round < 6; ++round) {
            std::vector<double> pts = detours;
            const double last = pts.empty() ? x0 : pts.back();
            if (f1 != 0 && std::abs(x1 - last) > 0.05 && signOf(x1 - last) != f1) {
                const double approach = x1 - f1 * 3.0 * s();
                if (standable(approach, f1) && standable(approach, -f1))
                    pts.push_back(approach);
            }
            pts.push_back(x1);
            segs.clear();
            double x = x0;
            int f = f0;
            moveLength = 0.0;
            turns = 0;
            for (double target : pts) {
                if (std::abs(target - x) < 0.05)
                    continue;
                const int dir = signOf(target - x);
                if (dir != f) {
                    WalkSegment t;
                    t.x0 = x;
                    t.x1 = clampBoth(x);
                    t.f0 = f;
                    t.f1 = dir;
                    segs.push_back(t);
                    x = t.x1;
                    f = dir;
                    ++turns;
                }
                WalkSegment m;
                m.x0 = x;
                m.x1 = clampStand(target, dir);
                m.f0 = m.f1 = dir;
                moveLength += std::abs(m.x1 - m.x0);
                segs.push_back(m);
                x = m.x1;
            }
            if (f1 != 0 && f1 != f) {
                WalkSegment t;
                t.x0 = x;
                t.x1 = clampBoth(x);
                t.f0 = f;
                t.f1 = f1;
                segs.push_back(t);
                ++turns;
            }
            const double turnTime = turns * kTurnSeconds;
            if (duration <= 0.0) {
                v = rng.uniform(0.55, 0.95) * vMax;
                break;
            }
            const double available = duration - turnTime;
            v = available > 0.05 ? moveLength / available : vMax;
            if (v <= vMax && v >= vMin)
                break;
            if (v > vMax) {
                v = vMax;
                break;
            }
            // Too slow: wander somewhere else first.
            double lo, hi;
            standRange(1, &lo, &hi);
            const double from = detours.empty() ? x0 : detours.back();
            double cand = rng.uniform(0.0, layout.cageLength);
            for (int k = 0; k < 8 && std::abs(cand - from) < 4.0; ++k)
                cand = rng.uniform(0.0, layout.cageLength);
            detours.push_back(clampBoth(cand));
            v = std::max(v, vMin);
        }
        v = std::max(v, 1e-3);
        double t = 0.0;
        double dist = 0.0;
        for (WalkSegment &sgm : segs) {
            sgm.t0 = t;
            sgm.dist0 = dist;
            if (sgm.f0 == sgm.f1) {
                t += std::abs(sgm.x1 - sgm.x0) / v;
                dist += std::abs(sgm.x1 - sgm.x0);
            } else {
                t += kTurnSeconds;
                dist += 0.9 * s();
            }
            sgm.t1 = t;
        }
        // At least the shortest bout: slow the whole walk down.
        if (t < Chain::kMinBoutSeconds && t > 0.0) {
            const double k = Chain::kMinBoutSeconds / t;
            for (WalkSegment &sgm : segs) {
                sgm.t0 *= k;
                sgm.t1 *= k;
            }
            t = Chain::kMinBoutSeconds;
        }
        w.walk = segs;
        w.x = x0;
        w.facing = f0;
        return std::max(t, Chain::kMinBoutSeconds);
    }

    qint64 framesFor(double seconds) const
    {
        const qint64 maxFrames = qint64(std::floor(Chain::kMaxBoutSeconds * fps + 1e-9));
        return std::clamp(qint64(std::ceil(seconds * fps - 1e-6)), qint64(1), maxFrames);
    }

    void build()
    {
        SynthRandom rng(
                SynthRandom::deriveSeed(options.seed, quint64(options.videoIndex), 0x53435250ULL));
        int f = rng.chance(0.5) ? 1 : -1;
        double x = clampStand(rng.uniform(0.0, layout.cageLength), f);
        SyntheticMousePose current = geometry.standingPose(x, f);
        qint64 frame = 0;

        Plan next;
        next.behavior = Chain::sampleInitial(rng);
        bool havePlace = false;
        bool first = true;
        double placeX = 0.0;
        int placeF = 1;
        fillParameters(next, rng);
        double nextDuration = Chain::sampleDuration(next.behavior, rng);

        auto append = [&](Plan p, qint64 n) {
            p.start = frame;
            p.end = std::min(frames, frame + n);
            p.startPose = current;
            plans.push_back(p);
            frame = p.end;
            current = pose(plans.back(), (p.end - p.start) / fps);
            x = current.pelvis.x();
            f = current.facing();
        };

        while (frame < frames) {
            Plan p = next;
            double duration = nextDuration;
            p.end = p.start + framesFor(duration); // hangFits() needs the length
            if (!havePlace && p.behavior != Chain::Walk) {
                havePlace = placeFor(p, x, f, false, rng, &placeX, &placeF);
                if (!havePlace && p.behavior == Chain::Hang) {
                    // No room to hang from here: pause (or groom) instead.
                    p = Plan();
                    p.behavior = !plans.empty() && plans.back().behavior == Chain::MicroMovement
                                         ? Chain::Groom
                                         : Chain::MicroMovement;
                    fillParameters(p, rng);
                }
            }
            if (havePlace && first) {
                // The video starts with the mouse already in place.
                x = placeX;
                f = placeF;
                current = geometry.standingPose(x, f);
            } else if (havePlace && (std::abs(placeX - x) > 1.2 || placeF != f)) {
                Plan w;
                w.behavior = Chain::Walk;
                w.transit = true;
                fillParameters(w, rng);
                const double t = planWalk(w, x, f, placeX, placeF, 0.0, rng);
                append(w, framesFor(t));
                if (frame >= frames)
                    break;
            }
            first = false;
            if (p.behavior == Chain::Walk) {
                // Decide now what follows, so that the walk ends where it happens.
                Plan after;
                after.behavior = Chain::sampleNext(Chain::Walk, rng);
                fillParameters(after, rng);
                const double afterDuration = Chain::sampleDuration(after.behavior, rng);
                after.end = after.start + framesFor(afterDuration);
                double ax = 0.0;
                int af = 0;
                bool placed = placeFor(after, x, f, true, rng, &ax, &af);
                if (!placed) {
                    if (after.behavior == Chain::Hang) {
                        after = Plan();
                        after.behavior = Chain::MicroMovement;
                        fillParameters(after, rng);
                    }
                    // Anywhere a few centimetres away.
                    af = 0;
                    double lo1, hi1;
                    standRange(f, &lo1, &hi1);
                    ax = rng.uniform(0.0, layout.cageLength);
                    for (int k = 0; k < 10 && std::abs(ax - x) < 4.0; ++k)
                        ax = rng.uniform(0.0, layout.cageLength);
                    ax = clampBoth(ax);
                    if (std::abs(ax - x) < 4.0)
                        ax = x < layout.cageLength / 2 ? clampBoth(x + 6.0) : clampBoth(x - 6.0);
                }
                const double t = planWalk(p, x, f, ax, af, duration, rng);
                append(p, framesFor(t));
                next = after;
                nextDuration = afterDuration;
                havePlace = placed;
                placeX = ax;
                placeF = af;
                continue;
            }
            if (havePlace && (std::abs(placeX - x) > 1.2 || placeF != f)
                && p.behavior != Chain::Drink && p.behavior != Chain::Eat
                && p.behavior != Chain::Hang) {
                // The walk could not end exactly there: do it where the mouse is.
                havePlace = false;
            }
            if (havePlace) {
                p.x = placeX;
                p.facing = placeF;
                // Re-solve the reach for the exact place (eat at hopper, drink).
                if (p.behavior == Chain::Drink || (p.behavior == Chain::Eat && p.variant == 0))
                    reachFor(p, placeF);
                if (p.behavior == Chain::Hang)
                    hangFits(p, p.target.x(), placeF);
            } else {
                p.x = x;
                p.facing = f;
            }
            append(p, framesFor(duration));
            next = Plan();
            next.behavior = Chain::sampleNext(p.behavior, rng);
            fillParameters(next, rng);
            nextDuration = Chain::sampleDuration(next.behavior, rng);
            havePlace = false;
        }

        labels.assign(size_t(frames), 0);
        for (const Plan &p : plans)
            for (qint64 i = p.start; i < p.end; ++i)
                labels[size_t(i)] = quint8(p.behavior);
    }

    const Plan &planAt(qint64 frame) const
    {
        auto it = std::upper_bound(plans.begin(), plans.end(), frame, [](qint64 f, const Plan &p) {
            return f < p.start;
        });
        return *(it - 1);
    }
};

SyntheticBehaviorScript::SyntheticBehaviorScript(const SyntheticCageOptions &options,
                                                 const SyntheticCageLayout &layout)
    : d(std::make_unique<Private>(options, layout))
{
    d->build();
}

SyntheticBehaviorScript::~SyntheticBehaviorScript() = default;

qint64 SyntheticBehaviorScript::frameCount() const
{
    return d->frames;
}

int SyntheticBehaviorScript::behaviorAt(qint64 frame) const
{
    return d->labels.at(size_t(frame));
}

std::vector<SyntheticBout> SyntheticBehaviorScript::bouts() const
{
    std::vector<SyntheticBout> out;
    for (const Plan &p : d->plans) {
        if (!out.empty() && out.back().behavior == p.behavior) {
            out.back().endFrame = p.end;
            continue;
        }
        out.push_back({p.behavior, p.start, p.end, p.transit});
    }
    return out;
}

SyntheticMousePose SyntheticBehaviorScript::poseAt(qint64 frame) const
{
    const Plan &p = d->planAt(std::clamp(frame, qint64(0), d->frames - 1));
    return d->pose(p, (frame - p.start) / d->fps);
}

const SyntheticMouseGeometry &SyntheticBehaviorScript::geometry() const
{
    return d->geometry;
}

} // namespace ethoscribe
