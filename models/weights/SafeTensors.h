// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/StateDict.h"

#include <QMap>
#include <QString>

namespace ethoscribe {

// The .safetensors format (Hugging Face): 8-byte little-endian header length, a JSON header
// {name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {str: str}} and the
// raw little-endian tensor bytes. Plain data, so loading it can never run code; used for
// importing published weights, for exports, and as the container of Ethoscribe's checkpoints.
class SafeTensors
{
public:
    using Metadata = QMap<QString, QString>;

    // Reads every tensor (into memory it owns). Returns false with a plain-words *error naming
    // the file when it is not a valid safetensors file. Tensors come in the order of the data.
    static bool read(const QString &path, StateDict *tensors, Metadata *metadata, QString *error);
    // Only the header: names, dtypes, shapes and the metadata, without reading the tensor data.
    static bool readHeader(const QString &path, Metadata *metadata, QString *error);
    // Writes the tensors (made contiguous, moved to the CPU) atomically: the file is replaced only
    // once it was written completely.
    static bool write(const QString &path,
                      const StateDict &tensors,
                      const Metadata &metadata,
                      QString *error);
    // True when the file starts like a safetensors file (a plausible header length and '{').
    static bool looksLike(const QByteArray &firstBytes, qint64 fileSize);
};

} // namespace ethoscribe
