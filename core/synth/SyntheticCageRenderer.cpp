// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/SyntheticCageRenderer.h"

#include "synth/SynthRandom.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QRadialGradient>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {

int clamp255(double v)
{
    return std::clamp(int(std::lround(v)), 0, 255);
}

QColor shade(const QColor &c, double delta, int alpha = 255)
{
    return QColor(clamp255(c.red() + delta),
                  clamp255(c.green() + delta),
                  clamp255(c.blue() + delta),
                  alpha);
}

double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

} // namespace

SyntheticCageRenderer::SyntheticCageRenderer(const SyntheticCageOptions &options,
                                             const SyntheticCageLayout &layout)
    : m_options(options)
    , m_layout(layout)
    , m_geometry(layout.mouseScale)
{
    drawBackground();
    drawOverlay();
    buildGainMap();
}

// ---- static scene ---------------------------------------------------------------------------

void SyntheticCageRenderer::drawBackground()
{
    const SyntheticCageLayout &L = m_layout;
    const double ppc = L.pixelsPerCm;
    auto P = [&L](double x, double y) {
        return L.toImage(QPointF(x, y));
    };
    m_background = QImage(m_options.width, m_options.height, QImage::Format_RGB32);
    SynthRandom rng(SynthRandom::deriveSeed(L.textureSeed, 1));

    QPainter p(&m_background);
    p.setRenderHint(QPainter::Antialiasing, true);

    // Room wall, lighter towards the top, and the table the cage stands on.
    QLinearGradient wall(0, 0, 0, m_options.height);
    wall.setColorAt(0.0, shade(L.wallColor, 8));
    wall.setColorAt(1.0, shade(L.wallColor, -10));
    p.fillRect(m_background.rect(), wall);
    const double cageBottom = P(0, -L.beddingDepth - 0.25).y();
    p.fillRect(QRectF(0, cageBottom, m_options.width, m_options.height - cageBottom),
               shade(QColor(L.wallColor.red(), L.wallColor.green() - 4, L.wallColor.blue() - 10),
                     -22));
    p.setPen(QPen(shade(L.wallColor, -45), 1.0));
    p.drawLine(QPointF(0, cageBottom), QPointF(m_options.width, cageBottom));

    // Back of the transparent cage: slightly darker, bluish; back edges offset by perspective.
    const QPointF back(0.45 * ppc, -0.35 * ppc);
    const QRectF inner = L.toImage(
            QRectF(QPointF(0, -L.beddingDepth), QPointF(L.cageLength, L.lidY + L.lidThickness)));
    p.fillRect(inner.translated(back * 0.5), QColor(150, 170, 190, 22));
    p.setPen(QPen(QColor(120, 130, 140, 70), std::max(1.0, 0.12 * ppc)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(inner.translated(back));
    for (const QPointF &corner :
         {inner.topLeft(), inner.topRight(), inner.bottomLeft(), inner.bottomRight()})
        p.drawLine(corner, corner + back);

    // Bedding: a wavy top surface over wood shavings (static for the whole video).
    QPolygonF bedding;
    const int steps = 48;
    std::vector<double> waves(4);
    for (double &w : waves)
        w = rng.uniform(0.0, 2.0 * M_PI);
    auto surface = [&](double x) {
        return 0.12 * std::sin(x * 0.9 + waves[0]) + 0.08 * std::sin(x * 2.3 + waves[1])
               + 0.05 * std::sin(x * 5.1 + waves[2]);
    };
    bedding << P(0, -L.beddingDepth);
    for (int i = 0; i <= steps; ++i) {
        const double x = L.cageLength * i / steps;
        bedding << P(x, surface(x));
    }
    bedding << P(L.cageLength, -L.beddingDepth);
    p.setPen(Qt::NoPen);
    p.setBrush(L.beddingColor);
    p.drawPolygon(bedding);
    p.save();
    QPainterPath clip;
    clip.addPolygon(bedding);
    p.setClipPath(clip);
    const QRectF bedRect = bedding.boundingRect();
    const int flecks = int(bedRect.width() * bedRect.height() * 0.9);
    for (int i = 0; i < flecks; ++i) {
        const double x = rng.uniform(bedRect.left(), bedRect.right());
        const double y = rng.uniform(bedRect.top(), bedRect.bottom());
        const double len = rng.uniform(0.8, 2.6) * ppc / 10.0;
        const double ang = rng.uniform(0.0, M_PI);
        // Shavings lighter and darker than the base, never as dark as the mouse.
        const double delta = rng.uniform(-38.0, 30.0);
        p.setPen(QPen(shade(L.beddingColor, delta, 220),
                      rng.uniform(0.6, 1.6) * ppc / 10.0,
                      Qt::SolidLine,
                      Qt::RoundCap));
        p.drawLine(QPointF(x, y), QPointF(x + len * std::cos(ang), y + 0.5 * len * std::sin(ang)));
    }
    p.restore();

    // Water bottle above the lid, seen through the wire.
    const double bottleW = 3.6;
    const QRectF bottle = L.toImage(
            QRectF(QPointF(L.spoutTop.x() - bottleW / 2, L.lidY + L.lidThickness + 0.6),
                   QPointF(L.spoutTop.x() + bottleW / 2, L.lidY + L.lidThickness + 9.0)));
    p.setPen(QPen(QColor(140, 150, 160, 150), std::max(1.0, 0.1 * ppc)));
    p.setBrush(QColor(185, 210, 225, 90));
    p.drawRoundedRect(bottle, 0.6 * ppc, 0.6 * ppc);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(160, 195, 220, 70));
    p.drawRect(QRectF(bottle.left() + 2,
                      bottle.top() + bottle.height() * 0.35,
                      bottle.width() - 4,
                      bottle.height() * 0.62));
    p.setBrush(QColor(255, 255, 255, 60));
    p.drawRect(QRectF(bottle.left() + bottle.width() * 0.18,
                      bottle.top() + 3,
                      bottle.width() * 0.1,
                      bottle.height() - 6));

    // Food hopper: pellets behind its bars.
    QPolygonF hopper;
    hopper << P(L.hopperCenterX - L.hopperTopWidth / 2, L.lidY + L.lidThickness)
           << P(L.hopperCenterX + L.hopperTopWidth / 2, L.lidY + L.lidThickness)
           << P(L.hopperCenterX + L.hopperBottomWidth / 2, L.hopperBottomY)
           << P(L.hopperCenterX - L.hopperBottomWidth / 2, L.hopperBottomY);
    p.setBrush(QColor(196, 190, 178));
    p.drawPolygon(hopper);
    p.save();
    QPainterPath hopperClip;
    hopperClip.addPolygon(hopper);
    p.setClipPath(hopperClip);
    const QRectF hr = hopper.boundingRect();
    const int pellets = int(hr.width() * hr.height() / (0.45 * ppc * ppc) * 1.6) + 10;
    for (int i = 0; i < pellets; ++i) {
        const QPointF c(rng.uniform(hr.left(), hr.right()), rng.uniform(hr.top(), hr.bottom()));
        const double r = rng.uniform(0.32, 0.48) * ppc;
        const double tone = rng.uniform(-15.0, 15.0);
        p.setPen(
                QPen(QColor(clamp255(172 + tone), clamp255(134 + tone), clamp255(92 + tone)), 0.8));
        p.setBrush(QColor(clamp255(198 + tone), clamp255(158 + tone), clamp255(110 + tone)));
        p.drawEllipse(c, r, r * rng.uniform(0.6, 0.85));
    }
    p.restore();

    // Wire lid: two rails and many rods.
    const double lidTop = P(0, L.lidY + L.lidThickness).y();
    const double lidBottom = P(0, L.lidY).y();
    p.setPen(QPen(QColor(150, 154, 160, 170), std::max(0.8, 0.07 * ppc)));
    for (double x = 0.3; x < L.cageLength; x += 0.55) {
        const double hx = std::abs(x - L.hopperCenterX);
        if (hx < L.hopperTopWidth / 2)
            continue; // the hopper sits in the lid there
        p.drawLine(QPointF(P(x, 0).x(), lidTop), QPointF(P(x, 0).x(), lidBottom));
    }
    p.setPen(QPen(QColor(140, 144, 150), std::max(1.0, 0.16 * ppc)));
    p.drawLine(P(-0.2, L.lidY), P(L.cageLength + 0.2, L.lidY));
    p.drawLine(P(-0.2, L.lidY + L.lidThickness), P(L.cageLength + 0.2, L.lidY + L.lidThickness));

    // Water spout: a steel tube from the bottle down through the lid.
    const QPointF top = L.toImage(L.spoutTop + QPointF(0, 1.0));
    const QPointF tip = L.toImage(L.spoutTip);
    p.setPen(QPen(QColor(136, 141, 148), 0.42 * ppc, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(top, tip);
    p.setPen(QPen(QColor(172, 178, 186), 0.26 * ppc, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(top, tip);
    p.setPen(QPen(QColor(228, 232, 238), 0.07 * ppc, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(top + QPointF(-0.06 * ppc, 0), tip + QPointF(-0.06 * ppc, -0.1 * ppc));
    p.end();
}

void SyntheticCageRenderer::drawOverlay()
{
    const SyntheticCageLayout &L = m_layout;
    const double ppc = L.pixelsPerCm;
    auto P = [&L](double x, double y) {
        return L.toImage(QPointF(x, y));
    };
    SynthRandom rng(SynthRandom::deriveSeed(L.textureSeed, 2));
    m_overlay = QImage(m_options.width, m_options.height, QImage::Format_ARGB32_Premultiplied);
    m_overlay.fill(Qt::transparent);
    QPainter p(&m_overlay);
    p.setRenderHint(QPainter::Antialiasing, true);

    // Bedding in front of the mouse: a ragged band that hides feet and tail tip.
    QPolygonF lip;
    lip << P(0, -L.beddingDepth);
    const int steps = 90;
    std::vector<double> ph(3);
    for (double &v : ph)
        v = rng.uniform(0.0, 2.0 * M_PI);
    for (int i = 0; i <= steps; ++i) {
        const double x = L.cageLength * i / steps;
        const double h
                = L.frontBeddingHeight
                          * (0.55 + 0.25 * std::sin(x * 1.3 + ph[0])
                             + 0.15 * std::sin(x * 3.7 + ph[1]) + 0.12 * std::sin(x * 9.1 + ph[2]))
                  - 0.15;
        lip << P(x, h + rng.uniform(-0.06, 0.06));
    }
    lip << P(L.cageLength, -L.beddingDepth);
    p.setPen(Qt::NoPen);
    p.setBrush(shade(L.beddingColor, 4));
    p.drawPolygon(lip);
    p.save();
    QPainterPath clip;
    clip.addPolygon(lip);
    p.setClipPath(clip);
    const QRectF lr = lip.boundingRect();
    const int flecks = int(lr.width() * lr.height() * 0.9);
    for (int i = 0; i < flecks; ++i) {
        const double x = rng.uniform(lr.left(), lr.right());
        const double y = rng.uniform(lr.top(), lr.bottom());
        const double len = rng.uniform(0.8, 2.8) * ppc / 10.0;
        const double ang = rng.uniform(0.0, M_PI);
        p.setPen(QPen(shade(L.beddingColor, rng.uniform(-36.0, 32.0), 230),
                      rng.uniform(0.6, 1.6) * ppc / 10.0,
                      Qt::SolidLine,
                      Qt::RoundCap));
        p.drawLine(QPointF(x, y), QPointF(x + len * std::cos(ang), y + 0.5 * len * std::sin(ang)));
    }
    p.restore();

    // Front bars and rim of the hopper (in front of a feeding mouse's head).
    const double topY = L.lidY + L.lidThickness;
    p.setPen(QPen(QColor(142, 146, 152, 210), std::max(0.8, 0.07 * ppc)));
    for (double u = -0.5; u <= 0.5001; u += 1.0 / 9.0) {
        p.drawLine(P(L.hopperCenterX + u * L.hopperTopWidth, topY),
                   P(L.hopperCenterX + u * L.hopperBottomWidth, L.hopperBottomY));
    }
    p.setPen(QPen(QColor(138, 142, 148), std::max(1.0, 0.15 * ppc)));
    p.setBrush(Qt::NoBrush);
    QPolygonF rim;
    rim << P(L.hopperCenterX - L.hopperTopWidth / 2, topY)
        << P(L.hopperCenterX - L.hopperBottomWidth / 2, L.hopperBottomY)
        << P(L.hopperCenterX + L.hopperBottomWidth / 2, L.hopperBottomY)
        << P(L.hopperCenterX + L.hopperTopWidth / 2, topY);
    p.drawPolyline(rim);

    // Front edges of the cage.
    const QRectF inner = L.toImage(
            QRectF(QPointF(0, -L.beddingDepth), QPointF(L.cageLength, L.lidY + L.lidThickness)));
    p.setPen(QPen(QColor(125, 132, 140, 150), std::max(1.2, 0.2 * ppc)));
    p.drawLine(inner.topLeft(), inner.bottomLeft());
    p.drawLine(inner.topRight(), inner.bottomRight());
    p.drawLine(inner.bottomLeft(), inner.bottomRight());

    // Reflections on the cage front.
    const int streaks = 2 + rng.uniformInt(2);
    for (int i = 0; i < streaks; ++i) {
        const double x = rng.uniform(inner.left(), inner.right());
        const double w = rng.uniform(0.3, 1.2) * ppc;
        const double slant = rng.uniform(0.2, 0.5) * inner.height();
        QPolygonF band;
        band << QPointF(x, inner.top()) << QPointF(x + w, inner.top())
             << QPointF(x + w - slant, inner.bottom()) << QPointF(x - slant, inner.bottom());
        QLinearGradient g(band.boundingRect().topLeft(), band.boundingRect().bottomLeft());
        const int a = clamp255(L.reflectionAlpha * rng.uniform(0.6, 1.2));
        g.setColorAt(0.0, QColor(255, 255, 255, 0));
        g.setColorAt(0.4, QColor(255, 255, 255, a));
        g.setColorAt(1.0, QColor(255, 255, 255, a / 3));
        p.setPen(Qt::NoPen);
        p.setBrush(g);
        p.drawPolygon(band);
    }
    p.end();
}

void SyntheticCageRenderer::buildGainMap()
{
    const SyntheticCageLayout &L = m_layout;
    const int w = m_options.width;
    const int h = m_options.height;
    m_gain.resize(size_t(w) * size_t(h));
    const double cx = 0.5 * w;
    const double cy = 0.5 * h;
    const double half = 0.5 * std::hypot(w, h);
    const double ca = std::cos(L.lightAngle);
    const double sa = std::sin(L.lightAngle);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const double dx = (x - cx) / half;
            const double dy = (y - cy) / half;
            const double g = L.lightLevel * (1.0 + L.lightGradient * (dx * ca + dy * sa))
                             * (1.0 - L.vignette * (dx * dx + dy * dy));
            m_gain[size_t(y) * size_t(w) + size_t(x)]
                    = quint16(std::clamp(g, 0.0, 2.0) * 256.0 + 0.5);
        }
    }
}

// ---- the mouse ------------------------------------------------------------------------------

QRectF SyntheticCageRenderer::mouseBox(const SyntheticMousePose &pose) const
{
    const SyntheticCageLayout &L = m_layout;
    const double ppc = L.pixelsPerCm;
    double m[4];
    QPointF c;
    m_geometry.bodyFrame(pose, m, &c, true);
    const double a = m_geometry.semiLength(pose);
    const double b = m_geometry.semiHeight(pose);
    auto ellipseBox = [&](QPointF centerCage,
                          double l00,
                          double l01,
                          double l10,
                          double l11,
                          double ea,
                          double eb) {
        const double ex = std::sqrt(l00 * ea * l00 * ea + l01 * eb * l01 * eb);
        const double ey = std::sqrt(l10 * ea * l10 * ea + l11 * eb * l11 * eb);
        const QPointF ci = L.toImage(centerCage);
        return QRectF(ci.x() - ex * ppc, ci.y() - ey * ppc, 2 * ex * ppc, 2 * ey * ppc);
    };
    QRectF box = ellipseBox(c, m[0], m[1], m[2], m[3], a, b);
    // Head: outline frame rotated by the head pitch.
    const double hc = std::cos(pose.headPitch);
    const double hs = std::sin(pose.headPitch);
    const double h00 = m[0] * hc + m[1] * hs, h01 = -m[0] * hs + m[1] * hc;
    const double h10 = m[2] * hc + m[3] * hs, h11 = -m[2] * hs + m[3] * hc;
    const double s = m_geometry.scale();
    box = box.united(ellipseBox(m_geometry.headCenter(pose),
                                h00,
                                h01,
                                h10,
                                h11,
                                SyntheticMouseGeometry::kHeadSemiLength * s,
                                SyntheticMouseGeometry::kHeadSemiHeight * s));
    const QPointF headC = m_geometry.headCenter(pose);
    auto headPoint = [&](QPointF hp) {
        const double x = (hp.x() - SyntheticMouseGeometry::kHeadCenterX) * s;
        const double y = hp.y() * s;
        return L.toImage(headC + QPointF(h00 * x + h01 * y, h10 * x + h11 * y));
    };
    const QPointF ear = headPoint(SyntheticMouseGeometry::earInHead());
    box = box.united(QRectF(ear - QPointF(0.5 * s * ppc, 0.5 * s * ppc), QSizeF(s * ppc, s * ppc)));
    for (int i = 0; i < 2; ++i) {
        for (const QPointF &f : {pose.foreFeet[i], pose.hindFeet[i]}) {
            const QPointF fi = L.toImage(f);
            box = box.united(
                    QRectF(fi - QPointF(0.2 * ppc, 0.2 * ppc), QSizeF(0.4 * ppc, 0.4 * ppc)));
        }
    }
    return box;
}

QTransform SyntheticCageRenderer::bodyToImage(const SyntheticMousePose &pose) const
{
    const double ppc = m_layout.pixelsPerCm;
    double m[4];
    QPointF c;
    m_geometry.bodyFrame(pose, m, &c, true);
    const QPointF ci = m_layout.toImage(c);
    return QTransform(ppc * m[0], -ppc * m[2], ppc * m[1], -ppc * m[3], ci.x(), ci.y());
}

void SyntheticCageRenderer::drawMouse(QPainter &p, const SyntheticMousePose &pose) const
{
    const SyntheticCageLayout &L = m_layout;
    const double ppc = L.pixelsPerCm;
    const double s = m_geometry.scale();
    const double d = L.difficulty;
    const QColor fur = L.mouseColor;
    const QColor skin(
            clamp255(fur.red() + 100), clamp255(fur.green() + 70), clamp255(fur.blue() + 68));
    const QColor tailColor
            = shade(QColor(clamp255(fur.red() + 14), fur.green() + 4, fur.blue() + 4), 52);
    auto I = [&L](QPointF c) {
        return L.toImage(c);
    };

    double m[4];
    QPointF c;
    m_geometry.bodyFrame(pose, m, &c, true);
    const double a = m_geometry.semiLength(pose);
    const double b = m_geometry.semiHeight(pose);
    const QTransform bodyT = bodyToImage(pose);
    const double hc = std::cos(pose.headPitch);
    const double hs = std::sin(pose.headPitch);
    // Head: outline-frame linear part (rotated by pitch, scaled by s), centred on the true head.
    const double l00 = ppc * (m[0] * hc + m[1] * hs) * s, l01 = ppc * (-m[0] * hs + m[1] * hc) * s;
    const double l10 = -ppc * (m[2] * hc + m[3] * hs) * s,
                 l11 = -ppc * (-m[2] * hs + m[3] * hc) * s;
    const QPointF headCi = I(m_geometry.headCenter(pose));
    const double kx = SyntheticMouseGeometry::kHeadCenterX;
    const QTransform headT(l00, l10, l01, l11, headCi.x() - l00 * kx, headCi.y() - l10 * kx);

    // Shadow on the bedding.
    const QRectF bb = m_geometry.bodyBounds(pose);
    const double above = std::max(0.0, bb.top());
    if (above < 6.0) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(40, 30, 20, clamp255(55 * (1.0 - above / 6.0))));
        const QPointF sc = I(QPointF(bb.center().x(), 0.02));
        p.drawEllipse(sc, 0.55 * bb.width() * ppc, 0.22 * ppc);
    }

    // Tail: a chain of segments that leaves the body backwards and falls under gravity onto
    // the bedding (or hangs down when the mouse is up on the lid).
    {
        QPointF pt = m_geometry.tailBase(pose);
        double ax = m[0], ay = m[2];
        double n = std::hypot(ax, ay);
        QPointF dir = n > 1e-6 ? QPointF(-ax / n, -ay / n) : QPointF(-pose.facing(), 0);
        const int segs = 12;
        const double segLen = 0.72 * s;
        QPointF prev = pt;
        for (int i = 0; i < segs; ++i) {
            const double u = double(i + 1) / segs;
            dir = dir + QPointF(0.0, -0.22);
            double dn = std::hypot(dir.x(), dir.y());
            dir /= dn;
            QPointF next = prev + dir * segLen;
            if (next.y() < 0.1) {
                next.setY(0.1);
                const double sx
                        = std::abs(dir.x()) > 0.05 ? (dir.x() < 0 ? -1.0 : 1.0) : -pose.facing();
                dir = QPointF(sx, 0.0);
                next = QPointF(prev.x() + sx * segLen * 0.95, 0.1);
            }
            next.setX(std::clamp(next.x(), 0.1, L.cageLength - 0.1));
            const QPointF perp(-dir.y(), dir.x());
            const QPointF wave = perp * (pose.tailWave * 0.25 * std::sin(u * M_PI) * u);
            const double width = lerp(0.36, 0.1, u) * s * ppc;
            p.setPen(QPen(tailColor, width, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(
                    I(prev
                      + (i ? perp
                                         * (pose.tailWave * 0.25 * std::sin((u - 1.0 / segs) * M_PI)
                                            * (u - 1.0 / segs))
                           : QPointF())),
                    I(next + wave));
            prev = next;
        }
    }

    // Legs: thick dark limbs from shoulder/hip to the feet, with pink paws.
    auto drawLeg = [&](QPointF joint, QPointF foot, bool hind, bool farSide) {
        const QColor legColor = farSide ? shade(fur, -10) : fur;
        const QPointF j = I(joint);
        const QPointF f = I(foot);
        const QPointF mid = (j + f) * 0.5;
        const QPointF v = f - j;
        const double len = std::hypot(v.x(), v.y());
        QPointF perp = len > 1e-6 ? QPointF(-v.y() / len, v.x() / len) : QPointF();
        // Hind knees bend forwards, elbows backwards.
        const double bend = (hind ? 1.0 : -1.0) * pose.facing() * 0.18 * len;
        if (perp.x() * pose.facing() < 0)
            perp = -perp;
        QPainterPath path(j);
        path.quadTo(mid + perp * bend, f);
        p.setPen(QPen(legColor, (hind ? 0.5 : 0.36) * s * ppc, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(farSide ? shade(skin, -25) : skin);
        const double pawLen = (hind ? 0.34 : 0.2) * s * ppc;
        const QPointF toe = hind ? QPointF(pose.facing() * pawLen * 0.8, 0) : QPointF();
        p.drawEllipse(f + toe * 0.5, pawLen, (hind ? 0.12 : 0.16) * s * ppc);
    };
    const QPointF shoulder = m_geometry.shoulder(pose);
    const QPointF hip = m_geometry.hip(pose);
    drawLeg(hip, pose.hindFeet[1], true, true);
    drawLeg(shoulder, pose.foreFeet[1], false, true);

    // Body with a soft sheen on the back.
    p.save();
    p.setTransform(bodyT);
    QRadialGradient sheen(QPointF(0.1 * a, 0.45 * b), 1.2 * a);
    sheen.setColorAt(0.0, shade(fur, 12));
    sheen.setColorAt(1.0, shade(fur, -6));
    p.setPen(Qt::NoPen);
    p.setBrush(sheen);
    p.drawEllipse(QPointF(0, 0), a, b);
    p.restore();

    // Hind leg near side over the body (thigh outline).
    drawLeg(hip, pose.hindFeet[0], true, false);

    // Head.
    p.save();
    p.setTransform(headT);
    p.setPen(Qt::NoPen);
    p.setBrush(shade(fur, 6));
    p.drawEllipse(QPointF(kx, 0.0),
                  SyntheticMouseGeometry::kHeadSemiLength,
                  SyntheticMouseGeometry::kHeadSemiHeight);
    // Snout towards the nose.
    p.drawEllipse(QPointF(2.0, -0.1), 0.5, 0.38);
    // Lower jaw opens when chewing or licking.
    if (pose.mouthOpen > 0.01) {
        p.save();
        p.translate(1.4, -0.45);
        p.rotate(-18.0 * pose.mouthOpen);
        p.setBrush(shade(fur, 2));
        p.drawEllipse(QPointF(0.4, 0.0), 0.55, 0.2);
        p.restore();
    }
    if (pose.tongue > 0.02) {
        p.setBrush(QColor(210, 120, 130));
        p.drawEllipse(SyntheticMouseGeometry::mouthInHead() + QPointF(0.2 * pose.tongue, 0.05),
                      0.3 * pose.tongue + 0.05,
                      0.12);
    }
    // Nose tip.
    p.setBrush(skin);
    p.drawEllipse(SyntheticMouseGeometry::noseInHead(), 0.13, 0.11);
    // Ear: pink-grey inside, dark rim.
    p.setBrush(shade(fur, 12));
    p.drawEllipse(SyntheticMouseGeometry::earInHead(), 0.46, 0.55);
    p.setBrush(QColor(
            clamp255(fur.red() + 48), clamp255(fur.green() + 30), clamp255(fur.blue() + 30)));
    p.drawEllipse(SyntheticMouseGeometry::earInHead() + QPointF(0.04, 0.02), 0.3, 0.38);
    // Eye with a small highlight.
    p.setBrush(QColor(8, 8, 10));
    p.drawEllipse(SyntheticMouseGeometry::eyeInHead(), 0.17, 0.15);
    p.setBrush(QColor(230, 230, 235, 200));
    p.drawEllipse(SyntheticMouseGeometry::eyeInHead() + QPointF(0.05, 0.05), 0.05, 0.05);
    // Whiskers.
    p.setPen(QPen(QColor(190, 190, 190, 70), 0.03));
    for (int i = -1; i <= 1; ++i)
        p.drawLine(SyntheticMouseGeometry::noseInHead() + QPointF(-0.2, 0.0),
                   SyntheticMouseGeometry::noseInHead() + QPointF(0.7, 0.25 * i));
    p.restore();

    // Near foreleg in front, then a pellet held in the paws.
    drawLeg(shoulder, pose.foreFeet[0], false, false);
    if (pose.pellet > 0.01) {
        const QPointF pc = I((pose.foreFeet[0] + pose.foreFeet[1]) * 0.5 + QPointF(0.0, 0.08 * s));
        const double r = lerp(0.32, 0.2, d) * s * ppc * pose.pellet;
        p.setPen(QPen(QColor(150, 115, 75), 0.6));
        p.setBrush(QColor(190, 150, 100));
        p.drawEllipse(pc, r, 0.8 * r);
    }
}

// ---- camera ---------------------------------------------------------------------------------

void SyntheticCageRenderer::applyCamera(const QImage &src, QImage &dst, qint64 frame) const
{
    const int w = src.width();
    const int h = src.height();
    const int blurW = std::clamp(int(std::lround(m_layout.blur * 256.0)), 0, 256);
    const double sigma = m_layout.noiseSigma;
    // Noise: per channel an Irwin-Hall sum of three 7-bit uniforms (2 * sum - 381 has a standard
    // deviation of 128), scaled to sigma in 1/256 steps.
    const int noiseScale = int(std::lround(sigma / 128.0 * 256.0));
    quint64 state = SynthRandom::deriveSeed(m_layout.noiseSeed, quint64(frame), 0x4e4f495345ULL);
    // Frame-to-frame flicker of the light.
    const int flicker = 256 + int((SynthRandom::mix(state) % 9)) - 4;

    std::vector<quint16> rows(size_t(3) * size_t(w) * 4);
    auto hrow = [&](int y, quint16 *out) {
        const uchar *line = src.constScanLine(std::clamp(y, 0, h - 1));
        for (int x = 0; x < w; ++x) {
            const int xl = std::max(0, x - 1) * 4;
            const int xr = std::min(w - 1, x + 1) * 4;
            const int xc = x * 4;
            for (int k = 0; k < 3; ++k)
                out[xc + k] = quint16(line[xl + k] + 2 * line[xc + k] + line[xr + k]);
        }
    };
    quint16 *r0 = rows.data();
    quint16 *r1 = r0 + size_t(w) * 4;
    quint16 *r2 = r1 + size_t(w) * 4;
    hrow(-1, r0);
    hrow(0, r1);
    for (int y = 0; y < h; ++y) {
        hrow(y + 1, r2);
        const uchar *in = src.constScanLine(y);
        uchar *out = dst.scanLine(y);
        const quint16 *gain = m_gain.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x) {
            state += 0x9e3779b97f4a7c15ULL;
            quint64 rnd = SynthRandom::mix(state);
            const int g = (int(gain[x]) * flicker) >> 8;
            for (int k = 0; k < 3; ++k) {
                const int i = x * 4 + k;
                const int blurred = (r0[i] + 2 * r1[i] + r2[i] + 8) >> 4;
                const int mixed = (in[i] * (256 - blurW) + blurred * blurW) >> 8;
                const int sum = int(rnd & 127) + int((rnd >> 7) & 127) + int((rnd >> 14) & 127);
                rnd >>= 21;
                const int v = ((mixed * g) >> 8) + (((2 * sum - 381) * noiseScale) >> 8);
                out[i] = uchar(std::clamp(v, 0, 255));
            }
            out[x * 4 + 3] = 255;
        }
        std::swap(r0, r1);
        std::swap(r1, r2);
    }
}

QImage SyntheticCageRenderer::render(const SyntheticMousePose &pose, qint64 frame) const
{
    QImage scene = m_background.copy();
    {
        QPainter p(&scene);
        p.setRenderHint(QPainter::Antialiasing, true);
        drawMouse(p, pose);
        p.drawImage(0, 0, m_overlay);
    }
    QImage out(scene.size(), QImage::Format_RGB32);
    applyCamera(scene, out, frame);
    return out;
}

} // namespace ethoscribe
