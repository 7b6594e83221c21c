// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/SyntheticCageLayout.h"

#include "synth/SynthRandom.h"
#include "synth/SyntheticMouseGeometry.h"

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {

double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

int channel(double v)
{
    return std::clamp(int(std::lround(v)), 0, 255);
}

} // namespace

SyntheticCageLayout SyntheticCageLayout::create(const SyntheticCageOptions &options)
{
    SyntheticCageLayout l;
    const double d = std::clamp(options.difficulty, 0.0, 1.0);
    l.difficulty = d;
    SynthRandom rng(
            SynthRandom::deriveSeed(options.seed, quint64(options.videoIndex), 0x4c41594fULL));

    // Camera placement: each recording frames the cage a little differently.
    const double unit = std::min(options.width / 320.0, options.height / 240.0);
    l.pixelsPerCm = 10.6 * unit * rng.uniform(0.93, 1.05);
    const double shiftX = rng.uniform(-10.0, 10.0) * unit;
    const double shiftY = rng.uniform(-7.0, 7.0) * unit;
    l.origin = QPointF(options.width * 0.5 - 0.5 * l.cageLength * l.pixelsPerCm + shiftX,
                       options.height * 0.80 + shiftY);

    // The mouse.
    l.mouseScale = rng.uniform(0.9, 1.08);
    const double shade = rng.uniform(26.0, 44.0) + d * rng.uniform(0.0, 12.0);
    const double brown = rng.uniform(0.0, 7.0);
    l.mouseColor = QColor(
            channel(shade + brown), channel(shade + 0.4 * brown), channel(shade - 0.2 * brown));

    // Hopper and spout: both hang from the lid next to each other. The spout tip comes closer to
    // the hopper, and to its height, as the difficulty grows.
    const SyntheticMouseGeometry geometry(l.mouseScale);
    l.hopperSide = rng.chance(0.5) ? -1 : 1;
    const double hopperInset = rng.uniform(5.8, 6.6);
    l.hopperCenterX = l.hopperSide < 0 ? hopperInset : l.cageLength - hopperInset;
    l.hopperTopWidth = rng.uniform(4.9, 5.5);
    l.hopperBottomWidth = rng.uniform(2.8, 3.2);
    // The hopper reaches down to where a mouse sitting up at ~66 degrees gets its mouth.
    const double reachAngle = rng.uniform(1.1, 1.2);
    const SyntheticMousePose reach = geometry.uprightPose(reachAngle, 1, 0.3, 1.05);
    l.hopperBottomY = std::min(geometry.mouth(reach).y() + 0.1, l.lidY - 2.2);
    l.eatTarget = QPointF(l.hopperCenterX, l.hopperBottomY + 0.05);
    const int inward = -l.hopperSide;
    const double gap = lerp(4.2, 1.0, d) + rng.uniform(-0.25, 0.25);
    const double drop = lerp(1.7, 0.25, d) + rng.uniform(-0.15, 0.15);
    l.spoutTip = QPointF(l.hopperCenterX + inward * (0.5 * l.hopperBottomWidth + gap),
                         l.hopperBottomY - drop);
    l.spoutTop = QPointF(l.spoutTip.x() + inward * rng.uniform(0.6, 1.4),
                         l.lidY + l.lidThickness + 0.8);

    // The nest (rest place) is usually in the corner away from the food.
    const int nestSide = rng.chance(0.8) ? -l.hopperSide : l.hopperSide;
    const double nestInset = rng.uniform(4.6, 5.4) * l.mouseScale;
    l.nestX = nestSide < 0 ? nestInset : l.cageLength - nestInset;

    // Room and bedding colours.
    const double wall = rng.uniform(205.0, 235.0);
    const double tint = rng.uniform(-6.0, 6.0);
    l.wallColor = QColor(channel(wall + tint), channel(wall), channel(wall - tint));
    l.beddingColor = QColor(channel(rng.uniform(198.0, 216.0)),
                            channel(rng.uniform(176.0, 190.0)),
                            channel(rng.uniform(132.0, 150.0)));

    // Lighting and camera.
    l.lightLevel = rng.uniform(0.84, 1.05);
    l.lightGradient = rng.uniform(0.0, 0.18);
    l.lightAngle = rng.uniform(0.0, 2.0 * M_PI);
    l.vignette = rng.uniform(0.0, 0.14);
    l.noiseSigma = lerp(1.2, 5.0, d) * rng.uniform(0.7, 1.3);
    l.blur = std::clamp(lerp(0.15, 0.7, d) * rng.uniform(0.6, 1.4), 0.0, 1.0);
    l.frontBeddingHeight = lerp(0.15, 0.9, d) * rng.uniform(0.7, 1.3);
    l.reflectionAlpha = lerp(12.0, 40.0, d) * rng.uniform(0.6, 1.4);
    l.textureSeed = rng.nextU64();
    l.noiseSeed = rng.nextU64();
    return l;
}

QRectF SyntheticCageLayout::toImage(const QRectF &cage) const
{
    const QPointF a = toImage(cage.topLeft());
    const QPointF b = toImage(cage.bottomRight());
    return QRectF(a, b).normalized();
}

QRectF SyntheticCageLayout::cageRectPx() const
{
    return toImage(QRectF(QPointF(0.0, -beddingDepth), QPointF(cageLength, lidY + lidThickness)));
}

QRectF SyntheticCageLayout::hopperRectPx() const
{
    return toImage(QRectF(QPointF(hopperCenterX - 0.5 * hopperTopWidth, hopperBottomY),
                          QPointF(hopperCenterX + 0.5 * hopperTopWidth, lidY)));
}

double SyntheticCageLayout::hopperHalfWidthAt(double y) const
{
    const double t
            = std::clamp((y - hopperBottomY) / std::max(0.01, lidY - hopperBottomY), 0.0, 1.0);
    return 0.5 * lerp(hopperBottomWidth, hopperTopWidth, t);
}

double SyntheticCageLayout::spoutHopperGapPx() const
{
    // Distance from the tip to the hopper's outline (sampled along its inner side and bottom).
    double best = 1e9;
    const int inward = -hopperSide;
    for (int i = 0; i <= 50; ++i) {
        const double y = hopperBottomY + (lidY - hopperBottomY) * i / 50.0;
        const QPointF side(hopperCenterX + inward * hopperHalfWidthAt(y), y);
        best = std::min(best, std::hypot(side.x() - spoutTip.x(), side.y() - spoutTip.y()));
        const QPointF bottom(hopperCenterX + (i / 25.0 - 1.0) * 0.5 * hopperBottomWidth,
                             hopperBottomY);
        best = std::min(best, std::hypot(bottom.x() - spoutTip.x(), bottom.y() - spoutTip.y()));
    }
    return best * pixelsPerCm;
}

} // namespace ethoscribe
