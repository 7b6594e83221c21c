// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/PickleValue.h"

#include <QByteArray>
#include <QString>

namespace ethoscribe {

// Reads what Python's torch.save() wrote, without Python: the zip layout of PyTorch >= 1.6
// (<name>/data.pkl + <name>/data/<key> raw storages + <name>/version) and the older "legacy"
// layout (several pickles followed by the raw storages). Returns the pickled object: usually a
// dict of tensors (a state_dict), or a dict that wraps one. Storages shared by several tensors
// stay shared; views keep their offsets and strides.
//
// Throws std::runtime_error with a short technical description on anything malformed.
class TorchSaveReader
{
public:
    static PickleValuePtr readZip(const QString &path);
    // True for a zip written by torch.jit.save (it holds code/ and constants.pkl): its data.pkl
    // describes TorchScript objects, which torch::jit::load reads instead.
    static bool isTorchScriptArchive(const QString &path);
    // `bytes` is the whole file.
    static PickleValuePtr readLegacy(const QByteArray &bytes);
};

} // namespace ethoscribe
