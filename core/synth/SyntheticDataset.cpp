// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/SyntheticDataset.h"

#include "synth/SyntheticCage.h"
#include "video/VideoWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>
#include <vector>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticDataset)
};

SyntheticCageOptions cageOptions(const SyntheticDatasetOptions &o, int index)
{
    SyntheticCageOptions c;
    c.width = o.width;
    c.height = o.height;
    c.fps = o.fps;
    c.seconds = o.seconds;
    c.seed = o.seed;
    c.difficulty = o.difficulty;
    c.videoIndex = index;
    return c;
}

} // namespace

bool SyntheticDatasetOptions::validate(QString *error) const
{
    if (videos < 1 || videos > 9999) {
        if (error)
            *error = Tr::tr("The number of videos %1 is not usable: use 1 to 9999.").arg(videos);
        return false;
    }
    if (codec.trimmed().isEmpty()) {
        if (error)
            *error = Tr::tr(
                    "No video codec was given: use h264, mpeg4, mjpeg, mpeg1video or ffv1.");
        return false;
    }
    if (threads < 0) {
        if (error)
            *error = Tr::tr("The number of threads must not be negative (0 = one per CPU core).");
        return false;
    }
    return cageOptions(*this, 0).validate(error);
}

QString SyntheticDataset::baseName(int index, int videos)
{
    const int digits = std::max(2, int(QString::number(std::max(1, videos)).size()));
    return QStringLiteral("video%1").arg(index + 1, digits, 10, QLatin1Char('0'));
}

QString SyntheticDataset::extensionForCodec(const QString &codec)
{
    const QString c = codec.trimmed().toLower();
    if (c == QLatin1String("h264") || c == QLatin1String("libx264") || c == QLatin1String("mpeg4"))
        return QStringLiteral(".mp4");
    if (c == QLatin1String("mpeg1video") || c == QLatin1String("mpeg2video"))
        return QStringLiteral(".mpg");
    if (c == QLatin1String("ffv1"))
        return QStringLiteral(".mkv");
    return QStringLiteral(".avi");
}

QByteArray SyntheticDataset::labelsCsv(const SyntheticCage &cage)
{
    const QStringList names = SyntheticCage::behaviorNames();
    std::vector<QByteArray> utf8;
    for (const QString &n : names)
        utf8.push_back(n.toUtf8());
    const qint64 n = cage.frameCount();
    const double fps = cage.options().fps;
    QByteArray out;
    out.reserve(int(n * 32 + 32));
    out += "frame,time_s,behavior\n";
    for (qint64 i = 0; i < n; ++i) {
        out += QByteArray::number(i);
        out += ',';
        // QByteArray::number does not use the locale: always '.' as decimal separator.
        out += QByteArray::number(double(i) / fps, 'f', 6);
        out += ',';
        out += utf8[size_t(cage.behaviorAt(i))];
        out += '\n';
    }
    return out;
}

bool SyntheticDataset::generate(const QString &outDir,
                                int videos,
                                double seconds,
                                quint64 seed,
                                double difficulty,
                                const ProgressCallback &progress,
                                std::atomic_bool *cancel,
                                QString *error)
{
    SyntheticDatasetOptions o;
    o.videos = videos;
    o.seconds = seconds;
    o.seed = seed;
    o.difficulty = difficulty;
    return generate(outDir, o, progress, cancel, error);
}

bool SyntheticDataset::generate(const QString &outDir,
                                const SyntheticDatasetOptions &options,
                                const ProgressCallback &progress,
                                std::atomic_bool *cancel,
                                QString *error)
{
    QString message;
    if (!options.validate(&message)) {
        if (error)
            *error = message;
        return false;
    }
    if (outDir.trimmed().isEmpty()) {
        if (error)
            *error = Tr::tr("No output folder was given for the synthetic videos.");
        return false;
    }
    QDir dir(outDir);
    if (!dir.exists() && !QDir().mkpath(outDir)) {
        if (error)
            *error = Tr::tr("Could not create the folder %1 for the synthetic videos. Check that "
                            "its "
                            "parent folder exists and that you may write there, or choose another "
                            "folder.")
                             .arg(QDir::toNativeSeparators(QFileInfo(outDir).absoluteFilePath()));
        return false;
    }
    if (!QFileInfo(dir.absolutePath()).isWritable()) {
        if (error)
            *error = Tr::tr("The folder %1 is not writable. Choose another folder for the "
                            "synthetic "
                            "videos or change its permissions.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath()));
        return false;
    }

    const qint64 framesPerVideo = cageOptions(options, 0).frameCount();
    const qint64 total = framesPerVideo * options.videos;
    const QString extension = extensionForCodec(options.codec);

    std::mutex mutex;
    qint64 done = 0;
    QString firstError;
    std::atomic_bool failed{false};
    std::atomic_int nextVideo{0};
    auto isCancelled = [cancel]() {
        return cancel && cancel->load();
    };
    auto report = [&](qint64 frames) {
        std::lock_guard<std::mutex> lock(mutex);
        done += frames;
        if (progress)
            progress(done, total);
    };
    auto setError = [&](const QString &m) {
        std::lock_guard<std::mutex> lock(mutex);
        if (firstError.isEmpty())
            firstError = m;
        failed = true;
    };

    auto worker = [&]() {
        for (;;) {
            const int index = nextVideo.fetch_add(1);
            if (index >= options.videos || failed || isCancelled())
                return;
            const SyntheticCage cage(cageOptions(options, index));
            const QString base = dir.filePath(baseName(index, options.videos));
            const QString videoPath = base + extension;
            VideoWriterSettings settings;
            settings.codec = options.codec;
            settings.width = options.width;
            settings.height = options.height;
            settings.fpsNum = options.fps;
            settings.fpsDen = 1;
            settings.gopSize = options.gopSize;
            settings.quality = options.quality;
            settings.threads = 1;
            VideoWriter writer;
            QString e;
            if (!writer.open(videoPath, settings, &e)) {
                setError(e);
                return;
            }
            qint64 pending = 0;
            for (qint64 f = 0; f < cage.frameCount(); ++f) {
                if (failed || isCancelled()) {
                    writer.close(nullptr);
                    QFile::remove(videoPath);
                    return;
                }
                if (!writer.write(cage.renderFrame(f), &e)) {
                    writer.close(nullptr);
                    QFile::remove(videoPath);
                    setError(e);
                    return;
                }
                if (++pending == 30) {
                    report(pending);
                    pending = 0;
                }
            }
            if (!writer.close(&e)) {
                QFile::remove(videoPath);
                setError(e);
                return;
            }
            QSaveFile csv(base + QStringLiteral(".csv"));
            if (!csv.open(QIODevice::WriteOnly) || csv.write(labelsCsv(cage)) < 0
                || !csv.commit()) {
                setError(Tr::tr("Could not write the labels file %1: %2. Check the free disk space "
                                "and "
                                "the permissions of the folder.")
                                 .arg(QDir::toNativeSeparators(csv.fileName()), csv.errorString()));
                return;
            }
            if (pending)
                report(pending);
        }
    };

    int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    threads = std::clamp(threads, 1, options.videos);
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();

    if (failed) {
        if (error)
            *error = firstError;
        return false;
    }
    if (isCancelled()) {
        if (error)
            *error = Tr::tr("Generating the synthetic videos was cancelled; the videos finished so "
                            "far "
                            "are in %1.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath()));
        return false;
    }
    return true;
}

} // namespace ethoscribe
