// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ethoscribe {

struct TrainingSnapshot;

// The folds of a leave-one-recording-out cross-validation: each fold holds out every video of
// one recording (a video is its own recording unless it was imported as a clip of one) and
// trains on the labeled videos of all the others. Only labeled videos take part.
struct FoldPlan
{
    struct Fold
    {
        int index = 0;             // 0-based
        QString recording;         // the held-out recording
        std::vector<int> heldOut;  // indices into TrainingSnapshot::videos
        std::vector<int> training; // indices into TrainingSnapshot::videos
        // Class indices with no labeled frame in `training` (the fold cannot learn them).
        std::vector<int> missingClasses;

        // Holds nothing out: trains on every labeled recording (the models for new videos).
        bool trainsOnAll() const { return heldOut.empty(); }
    };

    std::vector<Fold> folds;

    // Folds in the order recordings first appear in the project. False with a plain-words
    // *error when fewer than two labeled recordings exist.
    static bool leaveOneRecordingOut(const TrainingSnapshot &snapshot,
                                     FoldPlan *plan,
                                     QString *error);
    // One "fold" that trains on every labeled video except those of `heldOutRecording` (empty:
    // trains on all labeled videos and holds nothing out).
    static bool single(const TrainingSnapshot &snapshot,
                       const QString &heldOutRecording,
                       FoldPlan *plan,
                       QString *error);
    // Appends the fold that trains on every labeled video and holds nothing out (index: the
    // number of folds before it), after the leave-one-out folds: a cross-validation estimates
    // how well the models do on a recording they have not seen, and this fold makes the models
    // to use on new videos, trained on all the labels.
    void appendAllRecordingsFold(const TrainingSnapshot &snapshot);
};

} // namespace ethoscribe
