// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace ethoscribe {

// What to generate for one synthetic home-cage video. Two SyntheticCage objects built from equal
// options render bit-identical frames and give identical labels.
struct SyntheticCageOptions
{
    int width = 320;
    int height = 240;
    int fps = 30;
    double seconds = 60.0;
    quint64 seed = 1;
    // 0 = easy (distinct cues), 1 = as hard as the hard pairs of real footage: drink/eat places
    // close together with subtle licking vs chewing, rest vs micro-movement with tiny head
    // movements, grooming and eating with similar paw-to-face poses, more noise and occlusion.
    double difficulty = 0.5;
    // Which recording of a set (0-based): each one has its own cage placement, lighting, mouse
    // size and shade, camera noise and blur, like separate recordings of one lab.
    int videoIndex = 0;

    qint64 frameCount() const { return qint64(seconds * fps + 0.5); }

    // False with a plain-language reason when a value is out of range.
    bool validate(QString *error) const;
};

} // namespace ethoscribe
