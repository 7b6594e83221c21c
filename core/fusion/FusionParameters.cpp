// SPDX-License-Identifier: GPL-3.0-or-later
#include "fusion/FusionParameters.h"

#include <QCoreApplication>

namespace ethoscribe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FusionParameters)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool FusionParameters::isValid(QString *error) const
{
    if (!(rgbWeight >= 0.0 && rgbWeight <= 1.0)) {
        setError(error,
                 Tr::tr("The RGB weight must be between 0 and 1 (it is %1).").arg(rgbWeight));
        return false;
    }
    if (!(modelMix >= 0.0 && modelMix <= 1.0)) {
        setError(error,
                 Tr::tr("The I3D share of the two networks must be between 0 and 1 (it is %1).")
                         .arg(modelMix));
        return false;
    }
    if (medianWidth < 1 || medianWidth % 2 == 0) {
        setError(error,
                 Tr::tr("The smoothing window must be an odd number of frames (it is %1).")
                         .arg(medianWidth));
        return false;
    }
    if (minBoutFrames < 1) {
        setError(error,
                 Tr::tr("The shortest bout must be at least one frame (it is %1).")
                         .arg(minBoutFrames));
        return false;
    }
    return true;
}

} // namespace ethoscribe
