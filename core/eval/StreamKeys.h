// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Names shared by the cross-validation files and the evaluation: the two networks of the paper,
// their two input streams, and "both" (the two networks combined).
namespace ethoscribe::eval {

// "i3d", "r2plus1d", in display order.
QStringList networkNames();
// "rgb", "flow", in display order.
QStringList streamNames();
// "i3d/rgb": the key of HeldOutPredictions::probabilities.
QString streamKey(const QString &network, const QString &stream);
// The four keys in display order: i3d/rgb, i3d/flow, r2plus1d/rgb, r2plus1d/flow.
QStringList streamKeys();
// "both": the mean of the two networks' fused probabilities at the same rgb weight.
QString bothModelName();
// Title for plots and tables: "I3D", "R(2+1)D", "I3D + R(2+1)D" (other names unchanged).
QString modelTitle(const QString &model);

} // namespace ethoscribe::eval
