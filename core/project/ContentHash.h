// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ethoscribe {

// A fingerprint of a video file's content, used to find a moved or renamed video again.
//
// Reading a multi-gigabyte recording completely would take minutes, so the hash samples it:
// SHA-256 over the file size (8 bytes, little endian), the first 4 MiB, 8 chunks of 256 KiB at
// evenly spaced offsets in between, and the last 4 MiB (files up to 10 MiB are hashed whole).
// Two different recordings share the size, the container header, the first and the last seconds
// and eight samples in between only if they are copies. The result is
// "sha256s1:<64 hex digits>" (the prefix names this sampling scheme, so that it can change).
// Costs about 10 MiB of reading per file whatever its size.
namespace ContentHash {

// Empty string (and *error) when the file cannot be read.
QString ofFile(const QString &path, QString *error = nullptr);

} // namespace ContentHash
} // namespace ethoscribe
