// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"
#include "labels/PredictionTrack.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace ethoscribe {

// Settings shared by the CSV exports of one video.
struct CsvExportOptions
{
    // Frame rate as a rational number (30000/1001 for NTSC); times are frame * den / num.
    qint64 fpsNumerator = 30;
    qint64 fpsDenominator = 1;
    // When set, the per-frame export adds one column p_<behavior> per behavior of the set with
    // that behavior's probability from this track (matched by name, case-insensitively; empty
    // when the track has no such class or the frame was not predicted), then one column
    // p_<class> per class of the track that no behavior is named after (a behavior renamed
    // since the models were trained): no probability is dropped. Callers tell the user about
    // those columns (LabelExport::unmatchedClasses).
    const PredictionTrack *probabilities = nullptr;
};

// CSV exports of labels. All files are UTF-8 without BOM, ',' separated, '\n' line ends, always
// with a header row, and numbers always use '.' as decimal separator regardless of the locale.
//
// Per-frame ethogram, one row per frame of the video:
//     frame,time_s,behavior[,p_<behavior>...]
//   frame:    0-based frame number;
//   time_s:   start time of the frame in seconds, frame / fps, 6 decimals;
//   behavior: behavior name, empty for unlabeled frames;
//   p_<name>: probability 0..1 with 6 decimals (only with CsvExportOptions::probabilities):
//             the behaviors' columns in behavior order, then the prediction classes that have
//             no behavior of their name, in class order.
//
// Bouts, one row per labeled bout in frame order:
//     behavior,start_frame,end_frame,start_s,end_s,duration_s
//   start_frame, end_frame: first and LAST frame of the bout, 0-based, BOTH INCLUSIVE
//                           (a one-frame bout has start_frame == end_frame);
//   start_s: start_frame / fps; end_s: (end_frame + 1) / fps, the moment the bout ends;
//   duration_s: (end_frame + 1 - start_frame) / fps. Seconds have 6 decimals.
//
// Behaviors whose id is not in the BehaviorSet are written as "#<id>".
namespace LabelExport {

// The prediction classes (in class order) that no behavior of the set is named after
// (case-insensitively); the per-frame export writes them after the behaviors' columns.
QStringList unmatchedClasses(const BehaviorSet &behaviors, const PredictionTrack &predictions);

QByteArray ethogramCsv(const LabelTrack &track,
                       const BehaviorSet &behaviors,
                       const CsvExportOptions &options = {});
QByteArray boutsCsv(const LabelTrack &track,
                    const BehaviorSet &behaviors,
                    const CsvExportOptions &options = {});

// Write atomically (QSaveFile): the file is either complete or untouched. False with a message
// naming the file on error.
bool writeFile(const QString &path, const QByteArray &contents, QString *error = nullptr);
// One CSV field, UTF-8: quoted (with inner quotes doubled) when it holds a comma, a quote or a line
// break, as RFC 4180 says.
QByteArray csvField(const QString &text);

// One video of a multi-video export.
struct VideoLabels
{
    QString videoName; // used for the file names (file name without a media extension)
    // When set, the files' base name as it is (a caller that named a whole batch with
    // BaseNames); otherwise it comes from videoName.
    QString fileBase;
    LabelTrack track;
    qint64 fpsNumerator = 30;
    qint64 fpsDenominator = 1;
    const PredictionTrack *probabilities = nullptr; // optional, see CsvExportOptions
};

enum FileKind { EthogramFiles = 1, BoutFiles = 2, AllFiles = 3 };

struct FolderExportResult
{
    bool ok = false;
    bool cancelled = false;
    QStringList writtenFiles; // absolute paths, in order
    QString error;
};

// Exports several videos into one folder as <base>_ethogram.csv and/or <base>_bouts.csv
// (characters not allowed in file names become '_'; clashing names get _2, _3..., see
// BaseNames). progress is
// called after each video with (done, total) and may return false to cancel; files already
// written stay. Existing files are overwritten.
FolderExportResult exportToFolder(const QVector<VideoLabels> &videos,
                                  const BehaviorSet &behaviors,
                                  const QString &folder,
                                  int kinds = AllFiles,
                                  const std::function<bool(int, int)> &progress = {});

// File base name used for a video name or path: the file name without a known media extension
// (.mp4, .avi, ...; "mouse.01" stays "mouse.01"), characters not allowed in file names -> '_'.
QString safeBaseName(const QString &videoName);

// The file base names of a batch of videos whose files go into one folder (a project export, an
// analysis, the collection of a cluster run's tasks), given out in order: a video's safeBaseName,
// or, when an earlier video of the batch got that name already (ignoring case), the first free
// <base>_2, <base>_3, ... So two recordings called alike in different folders (cage1/day1.mp4,
// cage2/day1.mp4) never overwrite each other's files.
class BaseNames
{
public:
    // The base for a video name or path.
    QString forVideo(const QString &videoName) { return claim(safeBaseName(videoName)); }
    // wanted as it is if still free, else the first free wanted_N.
    QString claim(const QString &wanted);

private:
    QSet<QString> m_used; // case-folded
};

} // namespace LabelExport
} // namespace ethoscribe
