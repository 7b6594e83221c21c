// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Image analysis for the synthetic-video tests: finds the dark mouse in a frame.

#include <QImage>
#include <QPointF>
#include <QRect>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ethoscribe::synthtest {

inline int luma(QRgb c)
{
    return (299 * qRed(c) + 587 * qGreen(c) + 114 * qBlue(c)) / 1000;
}

// The dark pixels of a frame: luma below 55% of the frame's median luma (the light cage,
// bedding and hopper stay above it; the black mouse stays below).
struct MouseBlob
{
    bool found = false;
    int pixels = 0;
    QRect box;     // bounding box of the largest dark component (limbs and tail included)
    QRect coreBox; // the same after a 5x5 erosion (thin tail and legs removed)
    QPointF centroid;
    std::vector<quint8> mask; // largest component, width * height
    int width = 0;
};

inline MouseBlob findMouse(const QImage &frame)
{
    const QImage img = frame.convertToFormat(QImage::Format_RGB32);
    const int w = img.width();
    const int h = img.height();
    std::vector<int> lum(size_t(w) * h);
    std::vector<int> hist(256, 0);
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            lum[size_t(y) * w + x] = luma(line[x]);
            ++hist[size_t(lum[size_t(y) * w + x])];
        }
    }
    int median = 0;
    for (int acc = 0; median < 256; ++median) {
        acc += hist[size_t(median)];
        if (acc * 2 >= w * h)
            break;
    }
    const int threshold = median * 55 / 100;
    std::vector<int> label(size_t(w) * h, 0);
    int best = 0, bestSize = 0, next = 0;
    std::vector<int> stack;
    for (int i = 0; i < w * h; ++i) {
        if (lum[size_t(i)] >= threshold || label[size_t(i)])
            continue;
        ++next;
        int size = 0;
        stack.push_back(i);
        label[size_t(i)] = next;
        while (!stack.empty()) {
            const int p = stack.back();
            stack.pop_back();
            ++size;
            const int px = p % w, py = p / w;
            const int nb[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
            for (const auto &n : nb) {
                const int qx = px + n[0], qy = py + n[1];
                if (qx < 0 || qy < 0 || qx >= w || qy >= h)
                    continue;
                const int q = qy * w + qx;
                if (!label[size_t(q)] && lum[size_t(q)] < threshold) {
                    label[size_t(q)] = next;
                    stack.push_back(q);
                }
            }
        }
        if (size > bestSize) {
            bestSize = size;
            best = next;
        }
    }
    MouseBlob blob;
    blob.width = w;
    if (bestSize < 20)
        return blob;
    blob.found = true;
    blob.pixels = bestSize;
    blob.mask.assign(size_t(w) * h, 0);
    double sx = 0, sy = 0;
    int x0 = w, y0 = h, x1 = -1, y1 = -1;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (label[size_t(y) * w + x] == best) {
                blob.mask[size_t(y) * w + x] = 1;
                sx += x;
                sy += y;
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
    blob.box = QRect(QPoint(x0, y0), QPoint(x1, y1));
    blob.centroid = QPointF(sx / bestSize, sy / bestSize);
    int cx0 = w, cy0 = h, cx1 = -1, cy1 = -1;
    for (int y = 2; y < h - 2; ++y)
        for (int x = 2; x < w - 2; ++x) {
            bool all = true;
            for (int dy = -2; dy <= 2 && all; ++dy)
                for (int dx = -2; dx <= 2 && all; ++dx)
                    all = blob.mask[size_t(y + dy) * w + x + dx] != 0;
            if (all) {
                cx0 = std::min(cx0, x);
                cx1 = std::max(cx1, x);
                cy0 = std::min(cy0, y);
                cy1 = std::max(cy1, y);
            }
        }
    if (cx1 >= 0)
        blob.coreBox = QRect(QPoint(cx0 - 2, cy0 - 2), QPoint(cx1 + 2, cy1 + 2));
    return blob;
}

// Smallest distance from a point to a pixel of the blob.
inline double distanceToBlob(const MouseBlob &blob, QPointF p)
{
    double best = 1e9;
    const int h = int(blob.mask.size()) / std::max(1, blob.width);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < blob.width; ++x)
            if (blob.mask[size_t(y) * blob.width + x])
                best = std::min(best, std::hypot(x - p.x(), y - p.y()));
    return best;
}

// Mean absolute difference of two frames inside a rectangle (all channels).
inline double meanAbsDiff(const QImage &a, const QImage &b, QRect r)
{
    const QImage ia = a.convertToFormat(QImage::Format_RGB32);
    const QImage ib = b.convertToFormat(QImage::Format_RGB32);
    r = r.intersected(ia.rect());
    if (r.isEmpty())
        return 0.0;
    double sum = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const QRgb *la = reinterpret_cast<const QRgb *>(ia.constScanLine(y));
        const QRgb *lb = reinterpret_cast<const QRgb *>(ib.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x)
            sum += std::abs(qRed(la[x]) - qRed(lb[x])) + std::abs(qGreen(la[x]) - qGreen(lb[x]))
                   + std::abs(qBlue(la[x]) - qBlue(lb[x]));
    }
    return sum / (3.0 * r.width() * r.height());
}

} // namespace ethoscribe::synthtest
