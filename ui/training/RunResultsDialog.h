// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

class QComboBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QTableWidget;

namespace ethoscribe {

// Models > Training Results...: the cross-validation runs the project recorded. For the selected
// run: each network's accuracy at its best RGB/flow weight and at every weight (the paper's
// Fig. 10 as a table), per-behavior accuracy at the best weight, and its plots (accuracy per
// behavior, confusion matrices as heatmaps, accuracy against the fusion ratio, loss curves) from
// the run's folder. Ticking several runs compares them side by side. A run whose folder is
// missing or damaged is reported in words, never crashed on.
class RunResultsDialog : public QDialog
{
    Q_OBJECT

public:
    // runs: the recorded run folders, newest last (ProjectDatabase::cvRuns()' runDir).
    explicit RunResultsDialog(const QStringList &runDirs, QWidget *parent = nullptr);

    // What the dialog shows for the selected run (tests).
    QString summaryText() const;
    QStringList plotNames() const;
    int comparedRuns() const;
    void selectRun(int row);
    void setCompared(const QList<int> &rows);

private:
    void showRun(int row);
    void showPlot(int index);
    void updateComparison();

    QStringList m_runs;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_behaviors = nullptr;
    QComboBox *m_plots = nullptr;
    QLabel *m_plot = nullptr;
    QTableWidget *m_compare = nullptr;
    QStringList m_plotPaths;
};

} // namespace ethoscribe
