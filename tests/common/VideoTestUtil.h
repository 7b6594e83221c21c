// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helpers for video areas (header-only): frames that carry their own index as a visible
// code that survives lossy compression, and a one-call writer of such videos.
//
// Layout of a coded frame (W x H): the top 40% holds two rows of `bits` blocks. Row 0 holds the
// bits of the index (most significant first, white = 1), row 1 the same bits inverted, so a
// misread block is detected rather than giving a wrong index. The rest of the frame has
// moving shapes and per-frame noise so that encoders use motion prediction and B-frames.

#include "video/VideoWriter.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>

namespace ethoscribe::testutil {

inline QRect frameCodeBlock(int width, int height, int bits, int row, int bit)
{
    const int rowHeight = height * 2 / 10;
    const int x0 = bit * width / bits;
    const int x1 = (bit + 1) * width / bits;
    return QRect(x0, row * rowHeight, x1 - x0, rowHeight);
}

// A frame showing `index` as a code plus moving content. Deterministic for (size, index).
inline QImage makeCodedFrame(int width, int height, qint64 index, int bits = 10)
{
    QImage img(width, height, QImage::Format_RGB888);
    img.fill(QColor(90, 110, 70));
    {
        QPainter p(&img);
        p.setPen(Qt::NoPen);
        // Moving shapes below the code.
        const int top = height * 4 / 10;
        const int span = std::max(1, width - width / 4);
        const int x = int((index * 3) % span);
        p.setBrush(QColor(200, 60, 40));
        p.drawRect(x, top + (height - top) / 4, width / 4, (height - top) / 3);
        p.setBrush(QColor(40, 80, 220));
        p.drawEllipse(QPoint(width - 1 - int((index * 2) % span), top + (height - top) * 3 / 4),
                      width / 10 + 1,
                      (height - top) / 8 + 1);
        for (int bit = 0; bit < bits; ++bit) {
            const bool one = (index >> (bits - 1 - bit)) & 1;
            p.setBrush(one ? Qt::white : Qt::black);
            p.drawRect(frameCodeBlock(width, height, bits, 0, bit));
            p.setBrush(one ? Qt::black : Qt::white);
            p.drawRect(frameCodeBlock(width, height, bits, 1, bit));
        }
    }
    // Light noise in the lower part, seeded by the index.
    QRandomGenerator rng(quint32(index * 2654435761u + 17));
    for (int y = height * 4 / 10; y < height; ++y) {
        uchar *line = img.scanLine(y);
        for (int x = 0; x < width * 3; ++x) {
            const int v = line[x] + int(rng.bounded(9)) - 4;
            line[x] = uchar(std::clamp(v, 0, 255));
        }
    }
    return img;
}

// Mean brightness of the middle half of a block.
inline double frameCodeBlockMean(const QImage &rgb, const QRect &block)
{
    const QRect inner = block.adjusted(
            block.width() / 4, block.height() / 4, -block.width() / 4, -block.height() / 4);
    double sum = 0;
    int n = 0;
    for (int y = inner.top(); y <= inner.bottom(); ++y)
        for (int x = inner.left(); x <= inner.right(); ++x) {
            const QRgb c = rgb.pixel(x, y);
            sum += qGray(c);
            ++n;
        }
    return n ? sum / n : 0;
}

// The index shown by a coded frame, or -1 when the code cannot be read reliably.
inline qint64 readFrameCode(const QImage &image, int bits = 10)
{
    if (image.isNull())
        return -1;
    qint64 value = 0;
    for (int bit = 0; bit < bits; ++bit) {
        const double a = frameCodeBlockMean(
                image, frameCodeBlock(image.width(), image.height(), bits, 0, bit));
        const double b = frameCodeBlockMean(
                image, frameCodeBlock(image.width(), image.height(), bits, 1, bit));
        const bool one = a > 128;
        const bool inverted = b > 128;
        if (one == inverted || std::abs(a - b) < 100)
            return -1;
        value = (value << 1) | (one ? 1 : 0);
    }
    return value;
}

// Writes `frames` coded frames with the given settings. Returns false and sets *error on failure.
inline bool writeCodedVideo(const QString &path,
                            const VideoWriterSettings &settings,
                            int frames,
                            QString *error,
                            int bits = 10)
{
    VideoWriter writer;
    if (!writer.open(path, settings, error))
        return false;
    for (int i = 0; i < frames; ++i)
        if (!writer.write(makeCodedFrame(settings.width, settings.height, i, bits), error))
            return false;
    return writer.close(error);
}

// A 320x240 coded video whose only keyframe is the first frame: the worst case for random access
// (and a video that gets a scrubbing copy when it has 600 frames or more).
inline bool writeOneKeyframeVideo(const QString &path, int frames, QString *error)
{
    VideoWriterSettings settings;
    settings.width = 320;
    settings.height = 240;
    settings.gopSize = frames;
    return writeCodedVideo(path, settings, frames, error);
}

} // namespace ethoscribe::testutil
