// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/HeldOutPredictions.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace ethoscribe {

// The file of one held-out recording of a cross-validation run, predictions/<video>.csv:
//
//   frame,fold,truth,i3d_rgb_drink,i3d_rgb_eat,...,i3d_flow_drink,...,r2plus1d_flow_walk
//   0,2,eat,0.010000,0.950000,...
//
//   frame: 0-based, every frame of the recording in order;
//   fold:  the 0-based fold that held the recording out (the same on every row);
//   truth: the true class name, empty when the frame is unlabeled;
//   then one column per stream and class, "<model>_<stream>_<class>" (streams in the order
//   i3d/rgb, i3d/flow, r2plus1d/rgb, r2plus1d/flow, only those present; classes in class order,
//   the same for every stream): softmax probabilities with 6 decimals.
//
// Numbers always use '.' as the decimal separator whatever the locale. Reading a written file
// gives back the same structure; probabilities differ by at most 5e-7 (the 6-decimal rounding)
// plus the float rounding of the value read (below 6e-8).
class PredictionsCsv
{
public:
    // Writes to a temporary name, then renames. Needs at least one frame and one stream.
    static bool write(const QString &path,
                      const QStringList &classNames,
                      const HeldOutPredictions &video,
                      QString *error = nullptr);
    static QByteArray toCsv(const QStringList &classNames, const HeldOutPredictions &video);

    // The recording's name is the file name without ".csv". Errors name the file and the line.
    static bool read(const QString &path,
                     QStringList *classNames,
                     HeldOutPredictions *video,
                     QString *error = nullptr);
    // displayName names the file in messages.
    static bool parse(const QByteArray &data,
                      const QString &displayName,
                      QStringList *classNames,
                      HeldOutPredictions *video,
                      QString *error = nullptr);

    // Reads every *.csv of a predictions folder (sorted by name). All files must list the same
    // classes in the same order. False with a plain message when the folder is missing, holds no
    // .csv file, or a file is damaged or disagrees with the first.
    static bool readFolder(const QString &dir,
                           QStringList *classNames,
                           std::vector<HeldOutPredictions> *videos,
                           QString *error = nullptr);
};

} // namespace ethoscribe
