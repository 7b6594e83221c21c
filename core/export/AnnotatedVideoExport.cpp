// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AnnotatedVideoExport.h"

#include "video/VideoReader.h"
#include "video/VideoWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AnnotatedVideoExport)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background)
{
    const double luminance
            = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.55 ? Qt::black : Qt::white;
}

} // namespace

QColor AnnotatedVideoExport::colorOf(const BehaviorSet &behaviors, BehaviorId id)
{
    const Behavior *b = behaviors.byId(id);
    if (!b || !b->color.isValid())
        return QColor(64, 64, 64);
    return b->color;
}

bool AnnotatedVideoExport::write(const QString &videoPath,
                                 const LabelTrack &track,
                                 const BehaviorSet &behaviors,
                                 const QString &outPath,
                                 const AnnotatedVideoOptions &options,
                                 const Progress &progress,
                                 const std::atomic_bool *cancel,
                                 QString *error)
{
    VideoReader reader;
    QString why;
    if (!reader.open(videoPath, &why)) {
        if (error)
            *error = why;
        return false;
    }
    const VideoInfo &info = reader.info();
    const qint64 frames = info.frameCount;
    const qint64 first = std::clamp<qint64>(options.first, 0, frames);
    const qint64 end = options.end < 0 ? frames : std::clamp<qint64>(options.end, first, frames);
    if (end <= first) {
        if (error)
            *error = Tr::tr("The frame range %1 to %2 holds no frame of %3 (it has %4 frames).")
                             .arg(options.first)
                             .arg(options.end)
                             .arg(native(videoPath))
                             .arg(frames);
        return false;
    }
    const double fps
            = info.fpsDen > 0 && info.fpsNum > 0 ? double(info.fpsNum) / info.fpsDen : 30.0;
    // H.264 in yuv420p wants even sizes: an odd last row or column is dropped.
    const int width = info.width & ~1;
    const int height = info.height & ~1;
    if (width < 16 || height < 16) {
        if (error)
            *error = Tr::tr("%1 is too small (%2 x %3 pixels) to be annotated.")
                             .arg(native(videoPath))
                             .arg(info.width)
                             .arg(info.height);
        return false;
    }
    VideoWriterSettings settings;
    settings.codec = options.codec;
    settings.width = width;
    settings.height = height;
    settings.fpsNum = info.fpsNum > 0 ? info.fpsNum : 30;
    settings.fpsDen = info.fpsNum > 0 ? std::max(1, info.fpsDen) : 1;
    settings.quality = options.quality;
    settings.threads = 0;
    // Written under a hidden name with the same extension (which chooses the container), then
    // renamed.
    const QFileInfo outInfo(outPath);
    const QString partPath
            = outInfo.absoluteDir().filePath(QLatin1Char('.') + outInfo.completeBaseName()
                                             + QStringLiteral(".part.") + outInfo.suffix());
    VideoWriter writer;
    if (!writer.open(partPath, settings, &why)) {
        if (error)
            *error = Tr::tr("Could not write %1: %2").arg(native(outPath), why);
        return false;
    }
    auto abandon = [&](const QString &message) {
        QString ignored;
        writer.close(&ignored);
        QFile::remove(partPath);
        if (error)
            *error = message;
        return false;
    };
    if (first > 0 && !reader.seek(first, &why))
        return abandon(Tr::tr("Could not read %1: %2").arg(native(videoPath), why));

    // Layout, scaled with the picture.
    const int margin = std::max(2, height / 60);
    const int stripHeight = std::max(6, height / 14);
    const int stripTop = height - stripHeight - margin;
    QFont font;
    font.setPixelSize(std::max(9, height / 16));
    font.setBold(true);
    const QFontMetrics metrics(font);
    const qint64 window = std::max<qint64>(2, qint64(std::llround(options.stripSeconds * fps)));

    VideoFrame frame;
    for (qint64 index = first; index < end; ++index) {
        if (cancel && cancel->load())
            return abandon(Tr::tr("The export was cancelled; nothing was written."));
        if (!reader.readNext(&frame, &why) || frame.index != index) {
            if (why.isEmpty())
                why = Tr::tr("frame %1 could not be decoded").arg(index);
            return abandon(Tr::tr("Could not read %1: %2").arg(native(videoPath), why));
        }
        QImage image = frame.image.copy(0, 0, width, height);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing, false);
            // The behavior of this frame, in its colour.
            const BehaviorId id = track.at(index);
            const Behavior *b = behaviors.byId(id);
            const QString text = id == kUnlabeled ? Tr::tr("unlabeled")
                                                  : (b ? b->name : QStringLiteral("#%1").arg(id));
            const QColor colour = colorOf(behaviors, id);
            const QRect box(margin,
                            margin,
                            metrics.horizontalAdvance(text) + 2 * margin + 4,
                            metrics.height() + margin);
            p.fillRect(box, colour);
            p.setPen(textOn(colour));
            p.setFont(font);
            p.drawText(box, Qt::AlignCenter, text);

            // The moving ethogram: `window` frames centred on this one.
            p.fillRect(QRect(0, stripTop, width, stripHeight), Qt::black);
            const qint64 from = index - window / 2;
            const qint64 to = from + window;
            for (const Bout &run :
                 track.runs(std::max<qint64>(0, from), std::min(track.frameCount(), to))) {
                const qint64 a = std::max(run.start, from);
                const qint64 z = std::min(run.end, to);
                const int x0 = int((a - from) * width / window);
                const int x1 = int((z - from) * width / window);
                p.fillRect(QRect(x0, stripTop, std::max(1, x1 - x0), stripHeight),
                           colorOf(behaviors, run.behavior));
            }
            const int centre = int((index - from) * width / window);
            p.fillRect(QRect(centre - 1, stripTop - margin, 2, stripHeight + 2 * margin),
                       Qt::white);
        }
        if (!writer.write(image, &why))
            return abandon(
                    Tr::tr("Could not write %1 (is the disk full?): %2").arg(native(outPath), why));
        if (progress)
            progress(index - first + 1, end - first);
    }
    if (!writer.close(&why)) {
        QFile::remove(partPath);
        if (error)
            *error = Tr::tr("Could not write %1 (is the disk full?): %2").arg(native(outPath), why);
        return false;
    }
    QFile::remove(outPath);
    if (!QFile::rename(partPath, outPath)) {
        QFile::remove(partPath);
        if (error)
            *error = Tr::tr("Could not write %1 (is the folder read-only?).").arg(native(outPath));
        return false;
    }
    return true;
}

} // namespace ethoscribe
