// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/CvEvaluation.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ethoscribe::cli {

// What writeRunReport() produced.
struct RunReport
{
    CvEvaluation evaluation;
    QStringList written; // report files, then plot files
    int reportFiles = 0;
    bool plotted = false;
};

// Evaluates a run folder from its predictions/ (and losses.csv) and writes the paper's report
// into it: fusion_sweep.csv, per_behavior.csv, confusion_*.csv and, when `plots` and the GUI
// libraries are built, plots/ as PNG, PDF and SVG. Shared by `cv`, `train` and `runs evaluate`.
bool writeRunReport(const QString &runDir, bool plots, RunReport *report, QString *error);

// The accuracy table of an evaluation: per model at RGB weight 0.0, 0.4 and 1.0, and the best.
void printRunTable(const CvEvaluation &evaluation, QTextStream &stream);

} // namespace ethoscribe::cli
