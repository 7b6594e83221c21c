// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/SyntheticCageOptions.h"

#include <QCoreApplication>

#include <cmath>

namespace ethoscribe {

bool SyntheticCageOptions::validate(QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (width < 64 || width > 4096 || height < 48 || height > 4096 || width % 2 || height % 2)
        return fail(
                QCoreApplication::translate("SyntheticCage",
                                            "The frame size %1x%2 is not usable: width and height "
                                            "must be even, at least 64x48 and at most 4096x4096.")
                        .arg(width)
                        .arg(height));
    if (fps < 1 || fps > 240)
        return fail(
                QCoreApplication::translate("SyntheticCage",
                                            "The frame rate %1 is not usable: use 1 to 240 frames "
                                            "per second.")
                        .arg(fps));
    if (!std::isfinite(seconds) || seconds <= 0.0 || seconds > 24.0 * 3600.0 || frameCount() < 1)
        return fail(QCoreApplication::translate("SyntheticCage",
                                                "The length %1 s is not usable: use more than one "
                                                "frame and at most 24 hours.")
                            .arg(seconds));
    if (!std::isfinite(difficulty) || difficulty < 0.0 || difficulty > 1.0)
        return fail(
                QCoreApplication::translate("SyntheticCage",
                                            "The difficulty %1 is not usable: use a number from 0 "
                                            "(easy) to 1 (hard).")
                        .arg(difficulty));
    if (videoIndex < 0)
        return fail(QCoreApplication::translate("SyntheticCage",
                                                "The video index must not be negative."));
    return true;
}

} // namespace ethoscribe
