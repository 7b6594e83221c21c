// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/types.h>

#include <QString>

namespace ethoscribe {

// Pooled backbone features of every frame's window of one video, on disk, for classifier-only
// training (--tune head): with a frozen backbone they are the same in every fold and epoch, so
// they are computed once per (backbone, video, stream, input size) and reused. A file is
// `<dir>/<key>.features`: a small header (magic, version, rows, columns) and float32 rows,
// written to a temporary name and renamed, so a killed run never leaves a half file.
class FeatureCache
{
public:
    // The file name of a key's features (the key is hashed: any text will do).
    static QString pathFor(const QString &dir, const QString &key);
    // False (without *error) when the file does not exist; false with *error when it is damaged.
    static bool load(const QString &path, torch::Tensor *features, QString *error);
    static bool save(const QString &path, const torch::Tensor &features, QString *error);
};

} // namespace ethoscribe
