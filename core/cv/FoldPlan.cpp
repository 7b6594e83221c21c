// SPDX-License-Identifier: GPL-3.0-or-later
#include "cv/FoldPlan.h"

#include "cv/TrainingSnapshot.h"

#include <QCoreApplication>

#include <algorithm>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FoldPlan)
};

void fillMissingClasses(const TrainingSnapshot &s, FoldPlan::Fold &fold)
{
    std::vector<bool> seen(size_t(s.classNames.size()), false);
    for (int v : fold.training)
        for (int c : s.videos[size_t(v)].labels)
            if (c >= 0 && c < int(seen.size()))
                seen[size_t(c)] = true;
    for (size_t c = 0; c < seen.size(); ++c)
        if (!seen[c])
            fold.missingClasses.push_back(int(c));
}

} // namespace

bool FoldPlan::leaveOneRecordingOut(const TrainingSnapshot &s, FoldPlan *plan, QString *error)
{
    const std::vector<int> labeled = s.labeledVideos();
    QStringList recordings;
    for (int v : labeled)
        if (!recordings.contains(s.videos[size_t(v)].recording))
            recordings << s.videos[size_t(v)].recording;
    if (labeled.empty()) {
        if (error)
            *error = Tr::tr(
                    "No video of the project has labels. Label some frames (or import labels) "
                    "before training.");
        return false;
    }
    if (recordings.size() < 2) {
        if (error)
            *error = QCoreApplication::translate("FoldPlan",
                                                 "Cross-validation needs labeled videos from at "
                                                 "least two recordings; the project has %n.",
                                                 nullptr,
                                                 int(recordings.size()));
        return false;
    }
    FoldPlan p;
    for (int r = 0; r < recordings.size(); ++r) {
        Fold f;
        f.index = r;
        f.recording = recordings[r];
        for (int v : labeled)
            (s.videos[size_t(v)].recording == f.recording ? f.heldOut : f.training).push_back(v);
        fillMissingClasses(s, f);
        p.folds.push_back(std::move(f));
    }
    *plan = std::move(p);
    return true;
}

bool FoldPlan::single(const TrainingSnapshot &s,
                      const QString &heldOutRecording,
                      FoldPlan *plan,
                      QString *error)
{
    Fold f;
    for (int v : s.labeledVideos())
        (!heldOutRecording.isEmpty() && s.videos[size_t(v)].recording == heldOutRecording
                 ? f.heldOut
                 : f.training)
                .push_back(v);
    f.recording = heldOutRecording;
    if (f.training.empty()) {
        if (error)
            *error = heldOutRecording.isEmpty()
                             ? Tr::tr("No video of the project has labels. Label some frames (or "
                                      "import labels) before training.")
                             : Tr::tr("Holding out %1 leaves no labeled video to train on.")
                                       .arg(heldOutRecording);
        return false;
    }
    fillMissingClasses(s, f);
    FoldPlan p;
    p.folds.push_back(std::move(f));
    *plan = std::move(p);
    return true;
}

void FoldPlan::appendAllRecordingsFold(const TrainingSnapshot &s)
{
    Fold f;
    f.index = int(folds.size());
    f.training = s.labeledVideos();
    fillMissingClasses(s, f);
    folds.push_back(std::move(f));
}

} // namespace ethoscribe
