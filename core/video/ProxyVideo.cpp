// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/ProxyVideo.h"

#include "video/VideoFrame.h"
#include "video/VideoReader.h"
#include "video/VideoWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProxyVideo)
};

} // namespace

bool ProxyVideo::worthMaking(const VideoInfo &info)
{
    if (info.frameCount < 600 || info.width <= 0 || info.height <= 0)
        return false;
    const double gop = double(info.frameCount) / double(std::max<qint64>(1, info.keyframeCount));
    return gop > 16 || info.width > MaxWidth;
}

QString ProxyVideo::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/proxies");
}

QString ProxyVideo::pathFor(const QString &videoPath)
{
    const QFileInfo fi(videoPath);
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(fi.absoluteFilePath().toUtf8());
    h.addData(QByteArray::number(fi.size()));
    h.addData(QByteArray::number(fi.lastModified().toMSecsSinceEpoch()));
    return QDir(folder()).filePath(QString::fromLatin1(h.result().toHex().left(24))
                                   + QStringLiteral(".mp4"));
}

QString ProxyVideo::existingFor(const QString &videoPath)
{
    const QString path = pathFor(videoPath);
    return QFileInfo(path).isFile() ? path : QString();
}

void ProxyVideo::markUsed(const QString &proxyPath)
{
    QFile f(proxyPath);
    if (f.open(QIODevice::ReadWrite)) // (read-write: setFileTime needs an open file)
        f.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
}

qint64 ProxyVideo::prune(qint64 maxBytes, const QString &keep, const QString &inFolder)
{
    const QDir dir(inFolder.isEmpty() ? folder() : inFolder);
    const QString kept = keep.isEmpty() ? QString() : QFileInfo(keep).absoluteFilePath();
    qint64 total = kept.isEmpty() ? 0 : QFileInfo(kept).size();
    qint64 deleted = 0;
    // The others newest first; a build in progress (".part.mp4") is neither counted nor deleted.
    const QFileInfoList files
            = dir.entryInfoList({QStringLiteral("*.mp4")}, QDir::Files, QDir::Time);
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    for (const QFileInfo &f : files) {
        if (f.fileName().endsWith(QLatin1String(".part.mp4"))) {
            if (f.lastModified() < dayAgo && QFile::remove(f.absoluteFilePath()))
                deleted += f.size(); // left by a program that stopped while making it
            continue;
        }
        if (f.absoluteFilePath() == kept)
            continue;
        total += f.size();
        if (total > maxBytes && QFile::remove(f.absoluteFilePath())) {
            deleted += f.size();
            total -= f.size();
        }
    }
    return deleted;
}

void ProxyVideo::proxySize(int width, int height, int *proxyWidth, int *proxyHeight)
{
    int w = width, h = height;
    if (w > MaxWidth) {
        h = int(std::lround(double(h) * MaxWidth / w));
        w = MaxWidth;
    }
    *proxyWidth = std::max(2, w & ~1);
    *proxyHeight = std::max(2, h & ~1);
}

bool ProxyVideo::build(const QString &videoPath,
                       const QString &proxyPath,
                       const std::function<void(qint64, qint64)> &progress,
                       const std::atomic_bool *cancel,
                       QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    VideoReader reader;
    reader.setInterruptCheck([cancel] { return cancel && cancel->load(); });
    QString why;
    if (!reader.open(videoPath, &why))
        return failWith(why);
    const VideoInfo info = reader.info();
    VideoWriterSettings s;
    proxySize(info.width, info.height, &s.width, &s.height);
    s.fpsNum = info.fpsNum > 0 ? info.fpsNum : 30;
    s.fpsDen = info.fpsNum > 0 ? std::max(1, info.fpsDen) : 1;
    s.gopSize = KeyframeInterval;
    s.maxBFrames = 0;
    s.quality = 23;
    s.preset = QStringLiteral("veryfast");
    s.threads = 1;
    if (!QDir().mkpath(QFileInfo(proxyPath).absolutePath()))
        return failWith(Tr::tr("Cannot create the folder %1 for the scrubbing copy of %2.")
                                .arg(QDir::toNativeSeparators(QFileInfo(proxyPath).absolutePath()),
                                     QDir::toNativeSeparators(videoPath)));
    // "name.<process>.part.mp4" (the container is chosen from the extension): two windows making
    // the same proxy at once do not write into one file.
    const QString part = proxyPath.left(proxyPath.size() - 4)
                         + QStringLiteral(".%1.part.mp4").arg(QCoreApplication::applicationPid());
    VideoWriter writer;
    if (!writer.open(part, s, &why))
        return failWith(why);
    const auto abandon = [&](const QString &message) {
        QString ignored;
        writer.close(&ignored);
        QFile::remove(part);
        return failWith(message);
    };
    QImage last(s.width, s.height, QImage::Format_RGB888);
    last.fill(Qt::black);
    for (qint64 i = 0; i < info.frameCount; ++i) {
        if (cancel && cancel->load())
            return abandon(Tr::tr("Making the scrubbing copy of %1 was cancelled.")
                                   .arg(QDir::toNativeSeparators(videoPath)));
        VideoFrame frame;
        // One proxy frame per original frame: a frame that cannot be decoded repeats the last.
        if (reader.readFrame(i, &frame, &why))
            last = frame.image.size() == last.size() ? frame.image
                                                     : frame.image.scaled(s.width,
                                                                          s.height,
                                                                          Qt::IgnoreAspectRatio,
                                                                          Qt::SmoothTransformation);
        else if (cancel && cancel->load())
            continue; // reported at the top of the loop
        if (!writer.write(last, &why))
            return abandon(why);
        if (progress && (i % 64 == 0 || i + 1 == info.frameCount))
            progress(i + 1, info.frameCount);
    }
    if (!writer.close(&why)) {
        QFile::remove(part);
        return failWith(why);
    }
    QFile::remove(proxyPath);
    if (!QFile::rename(part, proxyPath)) {
        QFile::remove(part);
        return failWith(Tr::tr("Could not save the scrubbing copy %1.")
                                .arg(QDir::toNativeSeparators(proxyPath)));
    }
    if (QFileInfo(proxyPath).absolutePath() == QFileInfo(folder()).absoluteFilePath())
        prune(DefaultCacheBytes, proxyPath);
    return true;
}

} // namespace ethoscribe
