// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>

namespace ethoscribe {

class SyntheticCage;

// What SyntheticDataset::generate() writes.
struct SyntheticDatasetOptions
{
    int videos = 12;
    double seconds = 60.0;
    quint64 seed = 1;
    double difficulty = 0.5;
    int width = 320;
    int height = 240;
    int fps = 30;
    // A VideoWriter codec: "h264" (.mp4), "mpeg4" (.mp4), "mpeg1video" (.mpg), "mjpeg" (.avi),
    // "ffv1" (.mkv), ...
    QString codec = QStringLiteral("h264");
    int quality = 23;
    int gopSize = 30;
    // Videos encoded in parallel; 0 = one per CPU core. Every file is encoded with one encoder
    // thread, so the output does not depend on this number.
    int threads = 0;

    // False with a plain-language reason when a value is out of range.
    bool validate(QString *error) const;
};

// Writes a set of synthetic recordings with their ground truth, for demos, tests and training:
// DIR/video01.mp4 ... videoNN.mp4 and DIR/video01.csv ... videoNN.csv. Each CSV has the header
// `frame,time_s,behavior`, one row per frame: the 0-based frame number, its time in seconds with
// six decimals ('.' as decimal separator in every locale) and the behavior name. Video i uses
// SyntheticCageOptions{..., seed, difficulty, videoIndex = i - 1}, so the files are the same on
// every run with the same options, whatever the number of threads.
class SyntheticDataset
{
public:
    // Called with (frames written so far, frames in total), from worker threads but never two
    // calls at the same time, with `done` increasing. Hand it to the GUI thread with a queued
    // signal.
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    // Returns false and sets *error (may be null) to a plain-language message when the folder
    // cannot be created or a file cannot be written, or when *cancel became true (checked for
    // every frame; the video being written is then deleted, finished ones are kept).
    static bool generate(const QString &outDir,
                         const SyntheticDatasetOptions &options,
                         const ProgressCallback &progress = {},
                         std::atomic_bool *cancel = nullptr,
                         QString *error = nullptr);
    static bool generate(const QString &outDir,
                         int videos,
                         double seconds,
                         quint64 seed,
                         double difficulty,
                         const ProgressCallback &progress = {},
                         std::atomic_bool *cancel = nullptr,
                         QString *error = nullptr);

    // "video01" for index 0 (at least two digits, more when there are over 99 videos).
    static QString baseName(int index, int videos);
    // ".mp4" for h264 and mpeg4, ".mpg" for mpeg1video/mpeg2video, ".mkv" for ffv1, ".avi" else.
    static QString extensionForCodec(const QString &codec);
    // The ground-truth CSV of one video (see above), '\n' line ends.
    static QByteArray labelsCsv(const SyntheticCage &cage);
};

} // namespace ethoscribe
