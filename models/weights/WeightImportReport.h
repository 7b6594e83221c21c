// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ethoscribe {

// What happened to every tensor when published weights were loaded into one of our networks, so
// that the user can see whether the import did what they expect (and so that a file made for
// another network is refused rather than silently leaving most of the model random).
struct WeightImportReport
{
    QStringList matched;         // copied unchanged (up to the element type)
    QStringList adapted;         // copied after a change: inflated 2D kernels, RGB stem made flow
    QStringList reinitialised;   // classifier left at its fresh initialisation: other class count
    QStringList missing;         // in the network but not in the file: left at initialisation
    QStringList unexpected;      // in the file but not in the network: ignored
    QStringList shapeMismatched; // same name, incompatible shape: left at initialisation
    QStringList notes;           // sentences for the user (prefix removed, stem averaged, ...)
    int networkTensors = 0;      // parameters and buffers of the network

    // Share of the network's tensors (classifier excluded when re-initialised) that came from
    // the file, in [0, 1].
    double coverage() const;
    // False when the file evidently belongs to another network: less than half of the network
    // came from it, or some tensors have incompatible shapes.
    bool isUsable() const;
    // Why isUsable() is false, in plain words; empty when usable.
    QString problem() const;
    // "matched 298, adapted 1, re-initialised 2, missing 0, unexpected 0, shape mismatches 0".
    QString countsLine() const;
};

} // namespace ethoscribe
