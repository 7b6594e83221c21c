// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"
#include "checkpoint/Checkpoint.h"
#include "weights/WeightImportReport.h"
#include "weights/WeightsFile.h"

#include <QString>

namespace ethoscribe {

// Turns a published weights file into an Ethoscribe model in one step, for the command line and
// the GUI: read the file (WeightsFile), build the network the spec describes, load the weights
// by name (WeightImporter) or inflate 2D Inception-v1 weights (InceptionInflater), check that
// the file really belongs to that network, and return the checkpoint with the import's report
// recorded in its provenance ("extra": {"import": ...}).
class ModelImporter
{
public:
    struct Request
    {
        QString sourcePath;
        ModelSpec spec;         // architecture, stream, behaviors (class count), width
        int depth = 18;         // R(2+1)D only
        bool inflate2D = false; // the file holds 2D Inception-v1 weights (I3D only)
    };
    struct Result
    {
        Checkpoint checkpoint;
        WeightImportReport report;
        WeightsFile::Info fileInfo;
    };

    // Returns false with a plain-words *error when the file cannot be read, or when it does not
    // fit the network (then result->report still tells what matched, for display).
    static bool run(const Request &request, Result *result, QString *error);
};

} // namespace ethoscribe
