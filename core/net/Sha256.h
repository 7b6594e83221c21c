// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ethoscribe {

// SHA-256 checks of downloaded files. An expected value is either the full digest (64 hex
// digits) or a prefix of at least 8 hex digits, as torchvision puts in its file names
// ("r2plus1d_18-91a641e6.pth"); digests are compared as lower-case hex.
class Sha256
{
public:
    static constexpr int kMinimumPrefix = 8;
    static constexpr int kFullLength = 64;

    // The lower-case hex digest of a file's content; empty with a plain-words *error when the
    // file cannot be read.
    static QString ofFile(const QString &path, QString *error);
    // True when `expected` is a full digest or a hex prefix of at least kMinimumPrefix digits.
    static bool isValidExpectation(const QString &expected);
    // True when the full digest `actual` starts with `expected` (case-insensitive).
    static bool matches(const QString &actual, const QString &expected);
    // "the full SHA-256 abc..." or "a SHA-256 starting with 91a641e6", for messages.
    static QString describeExpectation(const QString &expected);
};

} // namespace ethoscribe
