// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weights/ModelImporter.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The import step shared by `model import`, `model inflate` and `model fetch`.
namespace ethoscribe::cli {

// Behavior names for a model with `classes` outputs when none were given: the paper's eight
// (drink, eat, groom, hang, micro-movement, rear, rest, walk) for 8, else class1..classN.
QStringList defaultBehaviorNames(int classes);

// Runs ModelImporter, prints its report (format, tensor counts, notes, missing and unexpected
// names) on stdout, adds `extra` to the checkpoint's provenance, writes the model to `outPath`
// and says so. Returns the exit code (ExitOk, or ExitFailure after printing the reason).
int importAndSave(const ModelImporter::Request &request,
                  const QString &outPath,
                  const QJsonObject &extra = QJsonObject());

} // namespace ethoscribe::cli
