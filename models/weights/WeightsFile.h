// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/SafeTensors.h"
#include "weights/StateDict.h"

#include <QString>
#include <QStringList>

namespace ethoscribe {

// Reads published network weights from any of the formats they come in, never running Python
// code from the file:
//  - torch.save(model.state_dict(), "x.pt") - the zip layout of PyTorch >= 1.6, and the legacy
//    layout of older versions (collections.OrderedDict with _metadata, any dtype, views and
//    shared storages);
//  - dicts that wrap the state dict ({"state_dict": ...}, {"model": ...}, {"epoch": 3,
//    "optimizer": ..., "model_state_dict": ...}), and whole pickled modules (torch.save(model)),
//    whose parameters and buffers are collected without importing their class;
//  - TorchScript archives (torch.jit.save): their parameters and buffers;
//  - .safetensors files.
// The "module." prefix that nn.DataParallel / DistributedDataParallel add is removed.
class WeightsFile
{
public:
    struct Info
    {
        QString format;                 // in words: "PyTorch zip (torch.save)", "safetensors", ...
        QString wrapperKey;             // the key that held the state dict ("state_dict"), if any
        int strippedPrefixes = 0;       // keys from which "module." was removed
        QStringList ignoredEntries;     // non-tensor entries left aside (epoch, optimizer, args)
        SafeTensors::Metadata metadata; // safetensors __metadata__
    };

    // Returns false and sets *error (plain words, naming the file, saying what to do) when the
    // file cannot be read or holds no tensors.
    static bool read(const QString &path, StateDict *weights, Info *info, QString *error);
};

} // namespace ethoscribe
