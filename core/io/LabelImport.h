// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviors/BehaviorSet.h"
#include "labels/LabelTrack.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ethoscribe {

// The label file formats Ethoscribe reads.
enum class LabelFileFormat {
    Auto,         // detect from the header
    EthogramCsv,  // our per-frame export: frame,time_s,behavior[,p_...]
    BoutsCsv,     // our bout export: behavior,start_frame,end_frame,... (end_frame inclusive)
    BorisTabular, // BORIS "tabular events" export (CSV/TSV), old and recent versions
    DeepEthogram, // DeepEthogram <video>_labels.csv: index column + one 0/1/-1 column per behavior
};

struct LabelImportOptions
{
    // Frames of the video the labels are for; events past the end are an error. -1: unknown, the
    // track is sized to the last labeled frame of the file.
    qint64 frameCount = -1;
    // Frame rate (num/den) used to turn times into frames when a file has no frame numbers.
    qint64 fpsNumerator = 30;
    qint64 fpsDenominator = 1;
    // Extra names -> behavior, e.g. "grooming" -> id of groom. Matched case-insensitively and
    // before the BehaviorSet. Mapping a name to kUnlabeled imports its frames as unlabeled
    // without reporting it (the user chose to skip it).
    QHash<QString, BehaviorId> nameMapping;
    // BORIS: the media file (file name, case-insensitive) and subject whose events to import.
    // Empty: the file must hold events of only one media file / subject.
    QString mediaFile;
    QString subject;
};

// Outcome of one import. An import is all-or-nothing: when ok is false the track is empty and
// error says which file, which line and why. When ok is true but unknownNames is not empty, the
// frames of those names were left unlabeled: ask the user how to map them and import again with
// LabelImportOptions::nameMapping.
struct LabelImportResult
{
    bool ok = false;
    LabelTrack track;
    // Unknown behavior name -> how often it occurs (frames for per-frame formats, events for
    // BORIS, bouts for the bout format).
    QMap<QString, qint64> unknownNames;
    // Unknown behavior name -> the first line (1-based) of the file where it occurs.
    QMap<QString, int> unknownNameLines;
    QStringList warnings;
    QString error; // "<file>, line <n>: <reason>" - ready to show
    QString fileName;
    int errorLine = 0; // 1-based, 0 when the error is not tied to a line
    QString errorReason;
    LabelFileFormat format = LabelFileFormat::Auto;
    // BORIS: the distinct media files (file names) and subjects the file has events for (also when
    // the import failed because it has several and none was chosen): what to offer the user.
    QStringList mediaFiles;
    QStringList subjects;
};

// An import whose unknown behavior names were resolved: each mapped to a project behavior or to
// unlabeled (LabelImportOptions::nameMapping), or added to the project as a new behavior.
struct ResolvedLabelImport
{
    // ok, track, warnings, error as for one import. result.unknownNames holds the names that got
    // no choice: their frames are unlabeled in the track; refuse or ask, do not import as is.
    LabelImportResult result;
    // The behaviors to add with the labels (Document::importLabels), in order of first use.
    QVector<Behavior> newBehaviors;
};

// Importers of label files into a LabelTrack; pure functions, the caller wires them into undoable
// commands. All frame numbers in the files are 0-based except where noted in the format comment.
namespace LabelImport {

// Guesses the format from the first lines; Auto when unknown.
LabelFileFormat detectFormat(const QByteArray &data);
QString formatName(LabelFileFormat format);

// fileName is only used in messages.
LabelImportResult importData(const QByteArray &data,
                             const QString &fileName,
                             LabelFileFormat format,
                             const BehaviorSet &behaviors,
                             const LabelImportOptions &options);
LabelImportResult importFile(const QString &path,
                             LabelFileFormat format,
                             const BehaviorSet &behaviors,
                             const LabelImportOptions &options);

// Imports the file at path (read once) with options.nameMapping, and adds as new behaviors the
// unknown names listed in addNames (case-insensitive) or, with addAllUnknown, all of them. The
// command line (--map, --add-unknown) and the window's import dialog both go through here.
ResolvedLabelImport importResolving(const QString &path,
                                    LabelFileFormat format,
                                    const BehaviorSet &behaviors,
                                    const LabelImportOptions &options,
                                    const QStringList &addNames,
                                    bool addAllUnknown = false);

// The project behavior a file's behavior name most likely means, for a mapping dialog to
// preselect: the same letters ignoring case, spaces and punctuation ("Micro movement" ->
// micro-movement), or one name the start of the other ("grooming" -> groom, "eating" -> eat).
// kUnlabeled when none, or when two behaviors fit equally well.
BehaviorId suggestBehavior(const QString &name, const BehaviorSet &behaviors);

// "'grooming' (first on line 3), 'sniff' (first on line 9)": the unknown names of a result, for
// messages.
QString describeUnknownNames(const LabelImportResult &result);
// The unknown names of a result in the order they first occur in the file.
QStringList unknownNamesInFileOrder(const LabelImportResult &result);

} // namespace LabelImport
} // namespace ethoscribe
